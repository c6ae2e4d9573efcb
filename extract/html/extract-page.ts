/**
 * Saved article page (HTML string) → title, date, author, site, canonical URL,
 * main text and the page's remaining chrome text. Pure: no fs, network or
 * clock. All selectors and patterns come from selectors.ts.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeText } from '../normalize-text.js';
import { parseDateStamp, parseUrlDate } from '../parse-date.js';
import {
  AUTHOR_LABEL,
  BLOCK_TAGS,
  BOILERPLATE_HEAD_CHARS,
  BOILERPLATE_LINES,
  BOILERPLATE_MAX_CHARS,
  BYLINE_LABEL,
  BYLINE_SHAPE,
  CANDIDATE_TAGS,
  CELL_TAGS,
  COMMON_BODY_REMOVE,
  DETECTION_WEIGHTS,
  FAMILIES,
  GENERIC_BODY_REMOVE,
  GENERIC_FAMILY,
  JSON_LD_DATE_PUBLISHED,
  LIKELY_CONTAINER,
  META_KEYS,
  MIN_SCORED_TEXT,
  NON_AUTHOR_LABEL,
  NON_TEXT_TAGS,
  NOT_PUBLICATION_DATE,
  NOT_TITLE_CONTAINER,
  PAGE_NON_TEXT,
  RIGHT_ALIGNED_STYLE,
  UNLIKELY_CONTAINER,
  UNRENDERED_TEMPLATE,
  type FamilySelectors,
} from './selectors.js';

export interface PageContent {
  title: string | null;
  /** "YYYY-MM-DD", or null when the page shows no date of its own. */
  published: string | null;
  /** The string the date was read from (visible stamp, meta value or URL). */
  publishedRaw: string | null;
  author: string | null;
  site: string | null;
  canonicalUrl: string | null;
  /** The selector family that matched, or "generic". */
  family: string;
  /** Article text: one paragraph per line, NFC, boilerplate removed. */
  body: string;
  /** Text of the rest of the page (banners, menus, footer), capped; province detection reads it. */
  boilerplate: string;
}

export interface ExtractPageOptions {
  /** The URL the page was fetched from: helps family detection, relative canonical links and the URL-date fallback. */
  url?: string | null;
}

/**
 * htmlparser2 in HTML mode rather than cheerio's default parse5: measured
 * ~3–4× faster on a 60 KB portal page (see test/fixtures/html/README.md), and
 * we need no spec-exact tree repair for text extraction.
 */
const PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } } as const;

/** Any run of whitespace (HTML's inter-element whitespace included). */
const WHITESPACE_RUN = /\s+/gu;

/**
 * Extracts one article page. Steps:
 * 1. Parse the HTML (NFC first) with htmlparser2 and index it in one pass:
 *    ids, class tokens, meta tags, canonical link, `<title>`, JSON-LD,
 *    h1/p/time elements.
 * 2. Detect the CMS family from the generator meta, marker ids/classes and
 *    the URL shape; the best-scoring family whose body selector matches wins,
 *    else "generic".
 * 3. Metadata:
 *    - title: the family's h1 > og:title > `<title>` minus its " - Site" suffix;
 *    - published: the family's visible stamp > `article:published_time` (the
 *      NukeViet "2024-06-02+0716:05:00" quirk read for its date only) >
 *      JSON-LD datePublished > `time[datetime]` in the article > microdata
 *      datePublished (NukeViet 4.5 prints the edit time there, hence after the
 *      visible `span.h5`) > a date stamp next to the title (never a masthead
 *      "today") > a date in the URL;
 *    - author: the family's author element ("Tác giả:" label stripped) > its
 *      byline paragraph > `<meta name=author>`;
 *    - site name: og:site_name > the family's site element (NukeViet span.site_name);
 *    - canonical URL: `link[rel=canonical]` > og:url.
 * 4. Body: the family's body container with its lead prepended; for unknown
 *    layouts `[itemprop=articleBody]`/`article`, else the container with the
 *    most paragraph text and fewest links (a small readability-like scorer).
 * 5. Remove boilerplate inside the body: scripts, forms, share bars, tags,
 *    related lists, ratings, counters (family list + common list).
 * 6. Text: block elements end lines, inline text is joined as written,
 *    whitespace collapsed, templates `{{…}}` dropped, normalizeText, tool lines
 *    ("Cỡ chữ", "Bản in", "Lượt xem: N") and repeated lines dropped.
 * 7. Boilerplate: the text of the page without the article, capped at ~4,000
 *    characters (head and tail kept).
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): PageContent {
  // 1. parse and index
  const $ = cheerio.load(html.normalize('NFC'), PARSER_OPTIONS);
  const root = $.root()[0]!;
  const index = _indexDocument(root);
  const pageUrl = options.url ?? null;

  const canonicalUrl = _resolveUrl(index.canonical ?? _meta(index, META_KEYS.url), pageUrl);
  const urlForShape = pageUrl ?? canonicalUrl;

  // 2. family, with its body
  const { family, bodyEl } = _chooseFamily($, index, urlForShape);

  // 3. metadata
  const site = _meta(index, META_KEYS.site) ?? _firstText($, family.site ?? []);
  const titleEl = _findTitleElement($, family, index, bodyEl);
  const title = _chooseTitle($, family, titleEl, index, site);
  const byline = bodyEl && family.byline ? _findByline($, bodyEl, family.byline) : null;
  const author = _chooseAuthor($, family, byline, index, site);
  const date = _chooseDate($, family, index, titleEl, bodyEl, urlForShape);

  // 4–6. body text
  const leadEls = _findLead($, family, bodyEl);
  let bodyLines: string[] = [];
  if (bodyEl) {
    const removeSelectors = [...COMMON_BODY_REMOVE, ...family.remove, ...(family === GENERIC_FAMILY ? GENERIC_BODY_REMOVE : [])];
    const removeQuery = removeSelectors.join(', ');
    for (const el of [...leadEls, bodyEl]) $(el).find(removeQuery).remove();
    const lines = [...leadEls, bodyEl].flatMap((el) => _linesOf(el));
    bodyLines = _cleanLines(lines);
    if (title) bodyLines = _dropLeadingTitle(bodyLines, title);
  }

  // 7. boilerplate: everything else (the title is returned on its own)
  for (const el of [...leadEls, ...(bodyEl ? [bodyEl] : []), ...(titleEl ? [titleEl] : [])]) $(el).remove();
  $(PAGE_NON_TEXT.join(', ')).remove();
  const chromeLines = _cleanLines(_linesOf(root));
  const boilerplate = _capBoilerplate(chromeLines);

  return {
    title,
    published: date?.value ?? null,
    publishedRaw: date?.raw ?? null,
    author,
    site,
    canonicalUrl,
    family: family.name,
    body: bodyLines.join('\n'),
    boilerplate,
  };
}

// ---------------------------------------------------------------------------
// Step 1: one-pass index
// ---------------------------------------------------------------------------

interface PageIndex {
  ids: Set<string>;
  classes: Set<string>;
  /** Lower-cased property/name/itemprop → content, first occurrence. */
  metas: Map<string, string>;
  canonical: string | null;
  titleTag: string | null;
  jsonLd: string[];
  h1s: Element[];
  paragraphs: Element[];
  textBlocks: Element[];
  times: Element[];
  datePublished: Element[];
}

function _indexDocument(root: AnyNode): PageIndex {
  const index: PageIndex = {
    ids: new Set(),
    classes: new Set(),
    metas: new Map(),
    canonical: null,
    titleTag: null,
    jsonLd: [],
    h1s: [],
    paragraphs: [],
    textBlocks: [],
    times: [],
    datePublished: [],
  };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    if (_isElement(node)) {
      const { attribs, name } = node;
      if (attribs.id) index.ids.add(attribs.id);
      if (attribs.class) for (const token of attribs.class.split(WHITESPACE_RUN)) if (token) index.classes.add(token);
      if (attribs.itemprop === 'datePublished') index.datePublished.push(node);
      switch (name) {
        case 'meta': {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          const content = attribs.content;
          if (key && content !== undefined && !index.metas.has(key)) index.metas.set(key, content.trim());
          continue;
        }
        case 'link':
          if (index.canonical === null && (attribs.rel ?? '').toLowerCase().split(WHITESPACE_RUN).includes('canonical') && attribs.href)
            index.canonical = attribs.href.trim();
          continue;
        case 'title':
          if (index.titleTag === null) index.titleTag = _collapse($textOf(node));
          continue;
        case 'script':
          if ((attribs.type ?? '').toLowerCase() === 'application/ld+json') index.jsonLd.push($textOf(node));
          continue;
        case 'style':
          continue;
        case 'h1':
          index.h1s.push(node);
          break;
        case 'p':
          index.paragraphs.push(node);
          break;
        case 'time':
          if (attribs.datetime) index.times.push(node);
          break;
        default:
          if (CANDIDATE_TAGS.has(name) && _directTextLength(node) >= MIN_SCORED_TEXT * 3) index.textBlocks.push(node);
      }
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return index;
}

function _isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Raw concatenated text of a node (for <title>, JSON-LD, length measures). */
function $textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += $textOf(child);
  return out;
}

function _directTextLength(el: Element): number {
  let length = 0;
  for (const child of el.children) if (child.type === 'text') length += child.data.trim().length;
  return length;
}

function _meta(index: PageIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = index.metas.get(key);
    if (value) return value;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Step 2: family detection
// ---------------------------------------------------------------------------

function _chooseFamily(
  $: cheerio.CheerioAPI,
  index: PageIndex,
  url: string | null,
): { family: FamilySelectors; bodyEl: Element | null } {
  const generator = _meta(index, META_KEYS.generator) ?? '';
  const scored = FAMILIES.map((family, order) => ({ family, order, score: _detectionScore(family, index, generator, url) }))
    .filter((entry) => entry.score >= DETECTION_WEIGHTS.marker)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { family } of scored) {
    const bodyEl = _firstElement($, family.body);
    if (bodyEl && _collapse($textOf(bodyEl)).length > 0) return { family, bodyEl };
  }
  return { family: GENERIC_FAMILY, bodyEl: _firstElement($, GENERIC_FAMILY.body) ?? _scoreContainers(index) };
}

function _detectionScore(family: FamilySelectors, index: PageIndex, generator: string, url: string | null): number {
  const { detect } = family;
  let score = 0;
  if (detect.generator && detect.generator.test(generator)) score += DETECTION_WEIGHTS.generator;
  for (const marker of detect.markers ?? []) if (_hasMarker(index, marker)) score += DETECTION_WEIGHTS.marker;
  if (detect.url && url && detect.url.test(url)) score += DETECTION_WEIGHTS.url;
  return score;
}

/** `#id` or `.a.b` (all classes present somewhere: an approximation good enough for detection). */
function _hasMarker(index: PageIndex, marker: string): boolean {
  if (marker.startsWith('#')) return index.ids.has(marker.slice(1));
  return marker
    .split('.')
    .filter(Boolean)
    .every((cls) => index.classes.has(cls));
}

function _firstElement($: cheerio.CheerioAPI, selectors: readonly string[], scope?: Element): Element | null {
  for (const selector of selectors) {
    const found = scope ? $(scope).find(selector) : $(selector);
    const el = found.get().find(_isElement);
    if (el) return el;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Step 3: metadata
// ---------------------------------------------------------------------------

/** Text of an element as one line: templates dropped, normalised, spaces collapsed. */
function _inlineText(el: AnyNode): string {
  return _collapse(normalizeText(_linesOf(el).join(' ').replace(UNRENDERED_TEMPLATE, ' ')));
}

function _firstText($: cheerio.CheerioAPI, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of $(selector).get()) {
      const text = _inlineText(el);
      if (text) return text;
    }
  }
  return null;
}

function _findTitleElement($: cheerio.CheerioAPI, family: FamilySelectors, index: PageIndex, bodyEl: Element | null): Element | null {
  for (const selector of family.title) {
    for (const el of $(selector).get()) if (_isElement(el) && _inlineText(el)) return el;
  }
  // Generic: an h1 outside logos/navigation, preferring one the <title> repeats.
  const chrome = new Set($(NOT_TITLE_CONTAINER.join(', ')).get());
  const candidates = index.h1s.filter((h1) => _inlineText(h1) && !_hasAncestorIn(h1, chrome));
  const titleTag = index.titleTag ? normalizeText(index.titleTag) : '';
  const repeated = candidates.find((h1) => titleTag.includes(_inlineText(h1)));
  if (repeated) return repeated;
  if (bodyEl) {
    // The h1 closest before the body in document order.
    const inArticle = candidates.filter((h1) => _commonAncestorDepth(h1, bodyEl) > 1);
    if (inArticle.length > 0) return inArticle[inArticle.length - 1]!;
  }
  return candidates[0] ?? null;
}

function _chooseTitle(
  $: cheerio.CheerioAPI,
  family: FamilySelectors,
  titleEl: Element | null,
  index: PageIndex,
  site: string | null,
): string | null {
  const fromElement = titleEl ? _inlineText(titleEl) : '';
  const fromMeta = _meta(index, META_KEYS.title);
  const fromTag = index.titleTag ? _stripSiteSuffix(normalizeText(index.titleTag), site) : null;
  const raw = fromElement || (fromMeta ? _collapse(normalizeText(fromMeta)) : '') || fromTag || '';
  const title = family.titleSuffix ? raw.replace(family.titleSuffix, '') : raw;
  return title.trim() || null;
}

/**
 * Drops a trailing " - Site name" / " | Site" from a <title>. The suffix must
 * contain a letter ("nhiệm kỳ 2025 - 2030" keeps its "2030") and be shorter
 * than what precedes it.
 */
function _stripSiteSuffix(title: string, site: string | null): string {
  const collapsed = _collapse(title);
  if (site && collapsed.endsWith(site)) {
    const stripped = collapsed.slice(0, -site.length).replace(/\s*[-|–—:]\s*$/u, '');
    if (stripped) return stripped;
  }
  const separators = [' | ', ' - ', ' – ', ' — '];
  for (const separator of separators) {
    const at = collapsed.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = collapsed.slice(at + separator.length);
    if (/\p{L}/u.test(suffix) && suffix.length < at && suffix.length <= 60) return collapsed.slice(0, at).trim();
  }
  return collapsed;
}

function _chooseAuthor(
  $: cheerio.CheerioAPI,
  family: FamilySelectors,
  byline: string | null,
  index: PageIndex,
  site: string | null,
): string | null {
  for (const selector of family.author) {
    for (const el of $(selector).get()) {
      const text = _inlineText(el);
      if (!text || NON_AUTHOR_LABEL.test(text)) continue;
      const name = text.replace(AUTHOR_LABEL, '').trim();
      if (name) return name;
    }
  }
  if (byline) return byline;
  const fromMeta = _meta(index, META_KEYS.author);
  if (fromMeta && (!site || fromMeta.toLowerCase() !== site.toLowerCase())) return _collapse(normalizeText(fromMeta));
  return null;
}

/** The body's last short paragraph, as a byline, if it has the family's byline shape. */
function _findByline($: cheerio.CheerioAPI, bodyEl: Element, style: 'right-aligned' | 'last-line'): string | null {
  const blocks = $(bodyEl).find('p, div').get();
  let last: Element | undefined;
  for (let i = blocks.length - 1; i >= 0 && !last; i--) {
    const el = blocks[i]!;
    if (_isElement(el) && _collapse($textOf(el))) last = el;
  }
  if (!last) return null;
  const text = _inlineText(last);
  if (style === 'right-aligned') {
    const aligned = (el: Element) =>
      RIGHT_ALIGNED_STYLE.test(el.attribs.style ?? '') || (el.attribs.align ?? '').toLowerCase() === 'right' || /\btext-right\b/u.test(el.attribs.class ?? '');
    if (!aligned(last) && !(last.parent && _isElement(last.parent) && last.parent !== bodyEl && aligned(last.parent))) return null;
  }
  if (text.split(' ').length > 8 || !BYLINE_SHAPE.test(text)) return null;
  const name = text.replace(BYLINE_LABEL, '').trim();
  return name || null;
}

interface FoundDate {
  value: string;
  raw: string;
}

function _chooseDate(
  $: cheerio.CheerioAPI,
  family: FamilySelectors,
  index: PageIndex,
  titleEl: Element | null,
  bodyEl: Element | null,
  url: string | null,
): FoundDate | null {
  const stampOptions = { monthFirst: family.monthFirstDates ?? false };
  // a. the family's visible stamp
  for (const selector of family.date) {
    for (const el of $(selector).get()) {
      if (!_isElement(el)) continue;
      const machine = el.attribs.datetime ?? el.attribs.content;
      if (machine) {
        const value = _parseMachineDate(machine);
        if (value) return { value, raw: machine };
      }
      const raw = _inlineText(el);
      const value = raw ? parseDateStamp(raw, stampOptions) : null;
      if (value) return { value, raw };
    }
  }
  // b. OpenGraph / meta
  for (const key of META_KEYS.published) {
    const raw = index.metas.get(key);
    const value = raw ? _parseMachineDate(raw) : null;
    if (raw && value) return { value, raw };
  }
  // c. JSON-LD
  for (const block of index.jsonLd) {
    const raw = JSON_LD_DATE_PUBLISHED.exec(block)?.[1];
    const value = raw ? _parseMachineDate(raw) : null;
    if (raw && value) return { value, raw };
  }
  // d. <time datetime> inside the article (sidebars carry times of other stories)
  const article = _articleScope(titleEl, bodyEl);
  for (const el of index.times) {
    if (article && !_isInside(el, article)) continue;
    const raw = el.attribs.datetime!;
    const value = _parseMachineDate(raw);
    if (value) return { value, raw };
  }
  // e. microdata datePublished
  for (const el of index.datePublished) {
    const raw = el.attribs.content ?? el.attribs.datetime ?? _collapse($textOf(el));
    const value = raw ? _parseMachineDate(raw) : null;
    if (value) return { value, raw };
  }
  // f. a stamp next to the title, outside the body and mastheads
  const near = titleEl ? _dateNearTitle($, titleEl, bodyEl, stampOptions) : null;
  if (near) return near;
  // g. the URL
  if (url) {
    const value = parseUrlDate(url);
    if (value) return { value, raw: url };
  }
  return null;
}

/**
 * Machine-readable dates (meta content, `datetime`, JSON-LD). parse-date.ts
 * reads ISO stamps, shifts those with an explicit zone to Vietnam's calendar
 * day, and reads NukeViet's "2024-06-02+0716:05:00" for its date only.
 */
function _parseMachineDate(raw: string): string | null {
  return parseDateStamp(raw.trim());
}

/**
 * Looks for a date stamp in the blocks around the title: up to three
 * ancestors of the h1, their text up to the body, minus mastheads and related
 * lists (NOT_PUBLICATION_DATE). Lines are tried in document order.
 */
function _dateNearTitle(
  $: cheerio.CheerioAPI,
  titleEl: Element,
  bodyEl: Element | null,
  stampOptions: { monthFirst: boolean },
): FoundDate | null {
  const excluded = new Set<AnyNode>($(NOT_PUBLICATION_DATE.join(', ')).get());
  let scope: AnyNode | null = titleEl.parent;
  for (let level = 0; level < 3 && scope && _isElement(scope) && scope.name !== 'body' && scope.name !== 'html'; level++) {
    if (_hasAncestorIn(scope, excluded) || excluded.has(scope)) return null;
    // Only text before the body: after it come related lists with their own dates.
    for (const line of _linesOf(scope, excluded, bodyEl)) {
      const raw = _collapse(normalizeText(line));
      if (!raw || raw.length > 120) continue;
      const value = parseDateStamp(raw, stampOptions);
      if (value) return { value, raw };
    }
    scope = scope.parent;
  }
  return null;
}

function _articleScope(titleEl: Element | null, bodyEl: Element | null): Element | null {
  if (titleEl && bodyEl) {
    let node: AnyNode | null = bodyEl;
    while (node && _isElement(node)) {
      if (_isInside(titleEl, node)) return node.name === 'body' || node.name === 'html' ? null : node;
      node = node.parent;
    }
  }
  return bodyEl;
}

function _isInside(node: AnyNode, container: AnyNode): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur === container) return true;
  return false;
}

function _hasAncestorIn(node: AnyNode, set: ReadonlySet<AnyNode>): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) if (set.has(cur)) return true;
  return false;
}

function _commonAncestorDepth(a: AnyNode, b: AnyNode): number {
  const ancestors = new Set<AnyNode>();
  for (let cur: AnyNode | null = a; cur; cur = cur.parent) ancestors.add(cur);
  let common: AnyNode | null = b;
  while (common && !ancestors.has(common)) common = common.parent;
  let depth = 0;
  for (let cur = common; cur; cur = cur.parent) depth++;
  return depth;
}

function _resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  if (URL.canParse(href)) return href;
  if (base && URL.canParse(href, base)) return new URL(href, base).href;
  return href;
}

// ---------------------------------------------------------------------------
// Step 4: body
// ---------------------------------------------------------------------------

function _findLead($: cheerio.CheerioAPI, family: FamilySelectors, bodyEl: Element | null): Element[] {
  if (!bodyEl) return [];
  const lead = _firstElement($, family.lead);
  if (!lead || _isInside(lead, bodyEl) || _isInside(bodyEl, lead)) return [];
  return [lead];
}

/**
 * The generic density scorer: every paragraph (and every block with much
 * direct text) gives 1 + its commas + up to 3 for length to its parent, and
 * half that to its grandparent; a candidate's score is then scaled by
 * (1 − link density) and penalised when its class/id says "sidebar",
 * "related", "footer"… The best candidate is the body.
 */
function _scoreContainers(index: PageIndex): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: AnyNode | null, points: number) => {
    if (el && _isElement(el) && CANDIDATE_TAGS.has(el.name)) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  const units: Array<{ el: Element; own: boolean }> = [
    ...index.paragraphs.map((el) => ({ el, own: false })),
    ...index.textBlocks.map((el) => ({ el, own: true })),
  ];
  for (const { el, own } of units) {
    const text = _collapse($textOf(el));
    if (text.length < MIN_SCORED_TEXT) continue;
    const points = 1 + (text.match(/,/gu)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    const parent = own ? el : el.parent;
    add(parent, points);
    add(parent?.parent ?? null, points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const hint = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    const unlikely = UNLIKELY_CONTAINER.test(hint) && !LIKELY_CONTAINER.test(hint);
    const score = raw * (1 - _linkDensity(el)) * (unlikely ? 0.2 : 1) * (LIKELY_CONTAINER.test(hint) ? 1.25 : 1);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

function _linkDensity(el: Element): number {
  const total = _collapse($textOf(el)).length;
  if (total === 0) return 1;
  let linked = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!_isElement(node)) continue;
    if (node.name === 'a') linked += _collapse($textOf(node)).length;
    else stack.push(...node.children);
  }
  return linked / total;
}

// ---------------------------------------------------------------------------
// Step 6: text
// ---------------------------------------------------------------------------

/**
 * Block layout of a subtree: block elements and `<br>` end lines, inline
 * text is concatenated exactly as written (so `<b>Đ</b>ảng` stays one word and
 * `<span>Đang truy cập</span><span>1,180</span>` stays glued, as in the
 * seeds), whitespace runs become one space, table cells are space-separated.
 */
function _linesOf(node: AnyNode, skip?: ReadonlySet<AnyNode>, stopAt?: AnyNode | null): string[] {
  const lines: string[] = [];
  let current = '';
  let stopped = false;
  const flush = () => {
    const line = current.trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (n: AnyNode) => {
    if (stopped || n === stopAt) {
      stopped = true;
      return;
    }
    if (skip?.has(n)) return;
    if (n.type === 'text') {
      current += n.data.replace(WHITESPACE_RUN, ' ');
      return;
    }
    if (!_isElement(n) && n.type !== 'root') return;
    if (_isElement(n)) {
      if (NON_TEXT_TAGS.has(n.name)) return;
      if (n.name === 'br') return flush();
      if (CELL_TAGS.has(n.name)) current += ' ';
      if (BLOCK_TAGS.has(n.name)) flush();
    }
    for (const child of (n as Element).children) walk(child);
    if (_isElement(n) && BLOCK_TAGS.has(n.name)) flush();
  };
  walk(node);
  flush();
  return lines;
}

/** Templates out, normalizeText, collapse, drop empty, tool and repeated lines. */
function _cleanLines(lines: readonly string[]): string[] {
  const joined = normalizeText(lines.join('\n').replace(UNRENDERED_TEMPLATE, ' '));
  const out: string[] = [];
  for (const rawLine of joined.split('\n')) {
    const line = _collapse(rawLine);
    if (!line) continue;
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue;
    if (out.length > 0 && out[out.length - 1] === line) continue;
    out.push(line);
  }
  return out;
}

function _dropLeadingTitle(lines: string[], title: string): string[] {
  let start = 0;
  while (start < lines.length && lines[start] === title) start++;
  return start === 0 ? lines : lines.slice(start);
}

function _collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

// ---------------------------------------------------------------------------
// Step 7: boilerplate cap
// ---------------------------------------------------------------------------

/** Keeps whole lines from the start (masthead, menus) and the end (footer: the owning agency, address). */
function _capBoilerplate(lines: readonly string[]): string {
  const all = lines.join('\n');
  if (all.length <= BOILERPLATE_MAX_CHARS) return all;
  const head: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > BOILERPLATE_HEAD_CHARS) break;
    head.push(line);
    used += line.length + 1;
  }
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= head.length; i--) {
    const line = lines[i]!;
    if (used + line.length + 1 > BOILERPLATE_MAX_CHARS) break;
    tail.unshift(line);
    used += line.length + 1;
  }
  return [...head, ...tail].join('\n');
}
