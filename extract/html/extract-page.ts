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
 * htmlparser2 in HTML mode rather than cheerio's default parse5: ~3× faster
 * on a 60 KB portal page, same output on every fixture (numbers in
 * test/fixtures/html/README.md); text extraction needs no spec-exact tree repair.
 */
const PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } } as const;

/** Any run of whitespace (HTML's inter-element whitespace included). */
const WHITESPACE_RUN = /\s+/gu;

/**
 * Whitespace a plain single space does not already stand for: two in a row,
 * or any other space character. Matches: "a  b", "a\nb", "a\u00A0b". Does not match: "a b".
 */
const WHITESPACE_TO_COLLAPSE = /\s\s|[^\S ]/u;

/** Separator left at the end of a <title> once the site name is cut: "Tin A - " → "Tin A". */
const TRAILING_TITLE_SEPARATOR = /\s*[-|–—:]\s*$/u;

/** Separators between a <title>'s headline and the site name, most specific first. */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — '] as const;

/** A letter: a site-name suffix has one, a year range ("2025 - 2030") does not. */
const LETTER = /\p{L}/u;

/** Commas: the density scorer counts them as a sign of running prose. */
const COMMA = /,/gu;

/** Bootstrap's right-alignment class on a byline paragraph ("p.text-right"). */
const TEXT_RIGHT_CLASS = /(?:^|\s)text-right(?:\s|$)/u;

/**
 * Extracts one article page. Steps:
 * 1. Parse the HTML with cheerio's htmlparser2 mode and index it in one pass:
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
 * 5. Skip boilerplate inside the body: scripts, forms, share bars, tags,
 *    related lists, ratings, counters (family list + common list).
 * 6. Text: block elements end lines, inline text is joined as written,
 *    whitespace collapsed, templates `{{…}}` dropped, normalizeText, tool lines
 *    ("Cỡ chữ", "Bản in", "Lượt xem: N") and repeated lines dropped.
 * 7. Boilerplate: the text of the page without the article, capped at ~4,000
 *    characters (head and tail kept), NFC but without the tone rules.
 * Every string returned is NFC: normalisation happens on the way out, not
 * over the whole page.
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): PageContent {
  // 1. parse and index
  // No NFC pass over the whole page (it costs as much as parsing a 140 KB
  // page): every string that leaves this function is normalised on the way out.
  const root = cheerio.load(html, PARSER_OPTIONS).root()[0]!;
  const index = _indexDocument(root);
  const pageUrl = options.url ?? null;
  const canonicalUrl = _resolveUrl(index.canonical ?? _meta(index, META_KEYS.url), pageUrl);
  const urlForShape = pageUrl ?? canonicalUrl;

  // 2. family, with its body
  const { family, bodyEl } = _chooseFamily(index, urlForShape);

  // 3. metadata
  const siteMeta = _meta(index, META_KEYS.site);
  const site = (siteMeta ? _cleanInline(siteMeta) : null) || _firstText(index, family.site ?? []);
  const titleEl = _findTitleElement(index, family, bodyEl);
  const title = _chooseTitle(family, titleEl, index, site);
  const byline = bodyEl && family.byline ? _findByline(bodyEl, family.byline) : null;
  const author = _chooseAuthor(index, family, byline, site);
  const date = _chooseDate(index, family, titleEl, bodyEl, urlForShape);

  // 4–6. body text; boilerplate inside it is skipped rather than deleted
  const leadEls = _findLead(index, family, bodyEl);
  const articleEls = bodyEl ? [...leadEls, bodyEl] : [];
  const removeQuery = [...COMMON_BODY_REMOVE, ...family.remove, ...(family === GENERIC_FAMILY ? GENERIC_BODY_REMOVE : [])].join(', ');
  const bodySkip = new Set<AnyNode>(articleEls.flatMap((el) => _selectWithin(el, removeQuery)));
  let bodyLines = _cleanLines(articleEls.flatMap((el) => _linesOf(el, bodySkip)));
  if (title) bodyLines = _dropLeadingTitle(bodyLines, title);

  // 7. boilerplate: everything else (the title is returned on its own)
  const chromeSkip = new Set<AnyNode>(titleEl ? [...articleEls, titleEl] : articleEls);
  const chromeLines = _linesOf(root, chromeSkip, null, _parseSelectorList(PAGE_NON_TEXT.join(', ')));
  const boilerplate = _capBoilerplate(_cleanChromeLines(_preCap(chromeLines)));

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
  root: AnyNode;
  ids: Set<string>;
  classes: Set<string>;
  /** Elements by id, class token and tag name, in document order: document-wide queries start from these buckets. */
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byTag: Map<string, Element[]>;
  /** Document position of every element, to merge buckets back into document order. */
  order: Map<Element, number>;
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
    root,
    ids: new Set(),
    classes: new Set(),
    byId: new Map(),
    byClass: new Map(),
    byTag: new Map(),
    order: new Map(),
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
      index.order.set(node, index.order.size);
      _addToBucket(index.byTag, name, node);
      if (attribs.id) {
        index.ids.add(attribs.id);
        _addToBucket(index.byId, attribs.id, node);
      }
      if (attribs.class)
        for (const token of attribs.class.split(WHITESPACE_RUN))
          if (token) {
            index.classes.add(token);
            _addToBucket(index.byClass, token, node);
          }
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
          if (index.titleTag === null) index.titleTag = _collapse(_rawText(node));
          continue;
        case 'script':
          if ((attribs.type ?? '').toLowerCase() === 'application/ld+json') index.jsonLd.push(_rawText(node));
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

function _addToBucket(buckets: Map<string, Element[]>, key: string, el: Element): void {
  const bucket = buckets.get(key);
  if (bucket) {
    if (bucket[bucket.length - 1] !== el) bucket.push(el);
  } else buckets.set(key, [el]);
}

function _isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Raw concatenated text of a node (for <title>, JSON-LD, length measures). */
function _rawText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += _rawText(child);
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
  index: PageIndex,
  url: string | null,
): { family: FamilySelectors; bodyEl: Element | null } {
  const generator = _meta(index, META_KEYS.generator) ?? '';
  const scored = FAMILIES.map((family, order) => ({ family, order, score: _detectionScore(family, index, generator, url) }))
    .filter((entry) => entry.score >= DETECTION_WEIGHTS.marker)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { family } of scored) {
    const bodyEl = _firstElement(index, family.body);
    if (bodyEl && _hasText(bodyEl)) return { family, bodyEl };
  }
  return { family: GENERIC_FAMILY, bodyEl: _firstElement(index, GENERIC_FAMILY.body) ?? _scoreContainers(index) };
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

/** First element matching the first selector (in priority order) that matches anything. */
function _firstElement(index: PageIndex, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const [el] = _select(index, selector, 1);
    if (el) return el;
  }
  return null;
}

/** Whether an element has any non-space text (stops at the first). */
function _hasText(node: AnyNode): boolean {
  if (node.type === 'text') return node.data.trim() !== '';
  if (!('children' in node)) return false;
  return node.children.some(_hasText);
}

// ---------------------------------------------------------------------------
// Step 3: metadata
// ---------------------------------------------------------------------------

/** Text of an element as one line: templates dropped, normalised, spaces collapsed. */
function _inlineText(el: AnyNode): string {
  return _cleanInline(_linesOf(el).join(' '));
}

/** One-line text from the page (element text, meta content): templates dropped, normalizeText, spaces collapsed. */
function _cleanInline(text: string): string {
  return _collapse(normalizeText(text.replace(UNRENDERED_TEMPLATE, ' ')));
}

function _firstText(index: PageIndex, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of _select(index, selector)) {
      const text = _inlineText(el);
      if (text) return text;
    }
  }
  return null;
}

function _findTitleElement(index: PageIndex, family: FamilySelectors, bodyEl: Element | null): Element | null {
  for (const selector of family.title) {
    for (const el of _select(index, selector)) if (_inlineText(el)) return el;
  }
  // Generic: an h1 outside logos/navigation, preferring one the <title> repeats.
  const chrome = new Set<AnyNode>(_select(index, NOT_TITLE_CONTAINER.join(', ')));
  const candidates = index.h1s.filter((h1) => _inlineText(h1) && !_hasAncestorIn(h1, chrome));
  const titleTag = index.titleTag ? normalizeText(index.titleTag) : '';
  const repeated = candidates.find((h1) => titleTag.includes(_inlineText(h1)));
  if (repeated) return repeated;
  if (!bodyEl) return candidates[0] ?? null;
  // Else the h1 sharing the deepest container with the body (the first on ties).
  let best: Element | null = null;
  let bestDepth = -1;
  for (const h1 of candidates) {
    const depth = _commonAncestorDepth(h1, bodyEl);
    if (depth > bestDepth) [best, bestDepth] = [h1, depth];
  }
  return best;
}

function _chooseTitle(
  family: FamilySelectors,
  titleEl: Element | null,
  index: PageIndex,
  site: string | null,
): string | null {
  const fromElement = titleEl ? _inlineText(titleEl) : '';
  const fromMeta = _meta(index, META_KEYS.title);
  const fromTag = index.titleTag ? _stripSiteSuffix(normalizeText(index.titleTag), site) : null;
  const raw = fromElement || (fromMeta ? _cleanInline(fromMeta) : '') || fromTag || '';
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
    const stripped = collapsed.slice(0, -site.length).replace(TRAILING_TITLE_SEPARATOR, '');
    if (stripped) return stripped;
  }
  for (const separator of TITLE_SEPARATORS) {
    const at = collapsed.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = collapsed.slice(at + separator.length);
    if (LETTER.test(suffix) && suffix.length < at && suffix.length <= 60) return collapsed.slice(0, at).trim();
  }
  return collapsed;
}

function _chooseAuthor(index: PageIndex, family: FamilySelectors, byline: string | null, site: string | null): string | null {
  for (const selector of family.author) {
    for (const el of _select(index, selector)) {
      const text = _inlineText(el);
      if (!text || NON_AUTHOR_LABEL.test(text)) continue;
      const name = text.replace(AUTHOR_LABEL, '').trim();
      if (name) return name;
    }
  }
  if (byline) return byline;
  const fromMeta = _meta(index, META_KEYS.author);
  const metaAuthor = fromMeta ? _cleanInline(fromMeta) : '';
  if (metaAuthor && (!site || metaAuthor.toLowerCase() !== site.toLowerCase())) return metaAuthor;
  return null;
}

/** The body's last short paragraph, as a byline, if it has the family's byline shape. */
function _findByline(bodyEl: Element, style: 'right-aligned' | 'last-line'): string | null {
  const blocks = _selectWithin(bodyEl, 'p, div');
  let last: Element | undefined;
  for (let i = blocks.length - 1; i >= 0 && !last; i--) if (_collapse(_rawText(blocks[i]!))) last = blocks[i];
  if (!last) return null;
  const text = _inlineText(last);
  if (style === 'right-aligned') {
    const aligned = (el: Element) =>
      RIGHT_ALIGNED_STYLE.test(el.attribs.style ?? '') || (el.attribs.align ?? '').toLowerCase() === 'right' || TEXT_RIGHT_CLASS.test(el.attribs.class ?? '');
    if (!aligned(last) && !(last.parent && _isElement(last.parent) && last.parent !== bodyEl && aligned(last.parent))) return null;
  }
  const name = text.replace(BYLINE_LABEL, '').trim();
  if (!name || name.split(' ').length > 8 || !BYLINE_SHAPE.test(name)) return null;
  return name;
}

interface FoundDate {
  value: string;
  raw: string;
}

function _chooseDate(
  index: PageIndex,
  family: FamilySelectors,
  titleEl: Element | null,
  bodyEl: Element | null,
  url: string | null,
): FoundDate | null {
  const stampOptions = { monthFirst: family.monthFirstDates ?? false };
  // a. the family's visible stamp
  for (const selector of family.date) {
    for (const el of _select(index, selector)) {
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
    if (value) return { value, raw: raw.trim() };
  }
  // e. microdata datePublished
  for (const el of index.datePublished) {
    const raw = el.attribs.content ?? el.attribs.datetime ?? _collapse(_rawText(el));
    const value = raw ? _parseMachineDate(raw) : null;
    if (value) return { value, raw };
  }
  // f. a stamp next to the title, outside the body and mastheads
  const near = titleEl ? _dateNearTitle(index, titleEl, bodyEl, stampOptions) : null;
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
  index: PageIndex,
  titleEl: Element,
  bodyEl: Element | null,
  stampOptions: { monthFirst: boolean },
): FoundDate | null {
  // A <header> that holds the title is the article's own header (HTML5
  // "article > header > h1 + time"), not a masthead: keep it.
  const excluded = new Set<AnyNode>(_select(index, NOT_PUBLICATION_DATE.join(', ')).filter((el) => !_isInside(titleEl, el)));
  let scope: AnyNode | null = titleEl.parent;
  for (let level = 0; level < 3 && scope && _isElement(scope) && scope.name !== 'body' && scope.name !== 'html'; level++) {
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

/** The smallest container of both title and body; the body alone when they only share <body>. */
function _articleScope(titleEl: Element | null, bodyEl: Element | null): Element | null {
  if (titleEl && bodyEl) {
    for (let node: AnyNode | null = bodyEl; node && _isElement(node); node = node.parent) {
      if (_isInside(titleEl, node)) return node.name === 'body' || node.name === 'html' ? bodyEl : node;
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

function _findLead(index: PageIndex, family: FamilySelectors, bodyEl: Element | null): Element[] {
  if (!bodyEl) return [];
  const lead = _firstElement(index, family.lead);
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
    const text = _collapse(_rawText(el));
    if (text.length < MIN_SCORED_TEXT) continue;
    const points = 1 + (text.match(COMMA)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
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
  const total = _collapse(_rawText(el)).length;
  if (total === 0) return 1;
  let linked = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!_isElement(node)) continue;
    if (node.name === 'a') linked += _collapse(_rawText(node)).length;
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
function _linesOf(
  node: AnyNode,
  skip?: ReadonlySet<AnyNode> | null,
  stopAt?: AnyNode | null,
  skipMatching?: readonly ComplexSelector[],
): string[] {
  const lines: string[] = [];
  let current = '';
  let stopped = false;
  const flush = () => {
    const line = current.trim();
    if (line) lines.push(line);
    current = '';
  };
  const space = () => {
    if (current !== '' && !current.endsWith(' ')) current += ' ';
  };
  const walk = (n: AnyNode) => {
    if (stopped || n === stopAt) {
      stopped = true;
      return;
    }
    if (skip?.has(n)) return;
    if (n.type === 'text') {
      // Most text nodes between tags are pure indentation: one space, no regex.
      if (n.data.trim() === '') return space();
      let data = WHITESPACE_TO_COLLAPSE.test(n.data) ? n.data.replace(WHITESPACE_RUN, ' ') : n.data;
      if (data.startsWith(' ') && (current === '' || current.endsWith(' '))) data = data.slice(1);
      current += data;
      return;
    }
    if (!_isElement(n)) {
      if (n.type === 'root') for (const child of n.children) walk(child);
      return;
    }
    if (NON_TEXT_TAGS.has(n.name) || (skipMatching && _matchesList(n, skipMatching))) return;
    if (n.name === 'br') return flush();
    const block = BLOCK_TAGS.has(n.name);
    if (CELL_TAGS.has(n.name)) space();
    if (block) flush();
    for (const child of n.children) walk(child);
    if (block) flush();
  };
  walk(node);
  flush();
  return lines;
}

/** Body lines: templates out, normalizeText, tool lines and repeated neighbours dropped. */
function _cleanLines(lines: readonly string[]): string[] {
  const joined = normalizeText(lines.join('\n').replace(UNRENDERED_TEMPLATE, ' '));
  const out: string[] = [];
  for (const rawLine of joined.split('\n')) {
    const line = _collapseIfNeeded(rawLine);
    if (!line) continue;
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue;
    if (out.length > 0 && out[out.length - 1] === line) continue;
    out.push(line);
  }
  return out;
}

/**
 * Chrome lines, cleaned lightly: NFC, templates out, repeated neighbours
 * dropped, but no normalizeText. Province detection, the only reader, folds
 * diacritics itself, and the tone rules cost a pass per rule over every menu.
 */
function _cleanChromeLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const rawLine of lines) {
    const line = _collapseIfNeeded((rawLine.includes('{{') ? rawLine.replace(UNRENDERED_TEMPLATE, ' ') : rawLine).normalize('NFC'));
    if (!line) continue;
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

/** `_collapse`, skipped for the usual line that has nothing to collapse. */
function _collapseIfNeeded(text: string): string {
  return WHITESPACE_TO_COLLAPSE.test(text) || text.startsWith(' ') || text.endsWith(' ') ? _collapse(text) : text;
}

// ---------------------------------------------------------------------------
// Step 7: boilerplate cap
// ---------------------------------------------------------------------------

/** A generous first cut (twice the final budget, head and tail), so that menus the cap drops anyway are not cleaned first. */
function _preCap(lines: readonly string[]): readonly string[] {
  return _headAndTail(lines, BOILERPLATE_HEAD_CHARS * 2, BOILERPLATE_MAX_CHARS * 2);
}

/** Keeps whole lines from the start (masthead, menus) and the end (footer: the owning agency, address). */
function _capBoilerplate(lines: readonly string[]): string {
  return _headAndTail(lines, BOILERPLATE_HEAD_CHARS, BOILERPLATE_MAX_CHARS).join('\n');
}

/** Whole lines: from the start up to `headChars`, then from the end up to `maxChars` in all. */
function _headAndTail(lines: readonly string[], headChars: number, maxChars: number): readonly string[] {
  let total = 0;
  for (const line of lines) total += line.length + 1;
  if (total <= maxChars) return lines;
  const head: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > headChars) break;
    head.push(line);
    used += line.length + 1;
  }
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= head.length; i--) {
    const line = lines[i]!;
    if (used + line.length + 1 > maxChars) break;
    tail.push(line);
    used += line.length + 1;
  }
  return [...head, ...tail.reverse()];
}

// ---------------------------------------------------------------------------
// Selector matching
// ---------------------------------------------------------------------------
//
// cheerio's css-select took ~0.7 ms per whole-document query on a 60 KB portal
// page, 25× a plain tree walk, and an extraction runs ~15 queries. The
// selectors in selectors.ts use a small CSS subset, matched here directly:
// type, `*`, `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr*=v]`, `[attr^=v]`,
// `[attr$=v]`, `[attr~=v]`, `:not(<selector list>)`, the descendant and child
// (`>`) combinators and `,` lists. Anything else throws, which the fixture
// tests catch the first time a selector is added.

interface AttributeTest {
  name: string;
  operator: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}

interface CompoundSelector {
  tag: string | null;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
  not: ComplexSelector[][];
}

interface ComplexSelector {
  /** Left to right. */
  parts: CompoundSelector[];
  /** combinators[i] joins parts[i] and parts[i + 1]. */
  combinators: Array<'descendant' | 'child'>;
}

/** Sticky tokens of the selector subset. Each matches at the parser's position only. */
const SELECTOR_TOKENS = {
  /** "div", "h1", "*". */
  tag: /\*|[a-zA-Z][a-zA-Z0-9-]*/y,
  /** "#news-bodyhtml". */
  id: /#([\w-]+)/y,
  /** ".content-fck". */
  className: /\.([\w-]+)/y,
  /** '[itemprop=headline]', '[style*="display:none"]', "[hidden]". */
  attribute: /\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s"']+))\s*)?\]/y,
  /** ":not(". */
  notOpen: /:not\(/y,
  /** " > " or a run of spaces between compounds. */
  combinator: /\s*>\s*|\s+(?![\s,)>]|$)/y,
  /** ", " between complex selectors. */
  comma: /\s*,\s*/y,
  /** Spaces before ")" or the end. */
  trailing: /\s*/y,
} as const;

/** Internal, exported for the test that every selector in selectors.ts is in the supported subset. */
export function _parseSelectorList(text: string): ComplexSelector[] {
  const state = { text, at: 0 };
  const list = _parseList(state);
  if (state.at !== text.length) throw new Error(`unsupported selector syntax at ${state.at} in "${text}"`);
  return list;
}

function _eat(state: { text: string; at: number }, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = state.at;
  const match = pattern.exec(state.text);
  if (match) state.at = pattern.lastIndex;
  return match;
}

function _parseList(state: { text: string; at: number }): ComplexSelector[] {
  const list: ComplexSelector[] = [];
  _eat(state, SELECTOR_TOKENS.trailing);
  do {
    const complex: ComplexSelector = { parts: [_parseCompound(state)], combinators: [] };
    for (let combinator = _eat(state, SELECTOR_TOKENS.combinator); combinator; combinator = _eat(state, SELECTOR_TOKENS.combinator)) {
      complex.combinators.push(combinator[0].includes('>') ? 'child' : 'descendant');
      complex.parts.push(_parseCompound(state));
    }
    list.push(complex);
  } while (_eat(state, SELECTOR_TOKENS.comma));
  _eat(state, SELECTOR_TOKENS.trailing);
  return list;
}

function _parseCompound(state: { text: string; at: number }): CompoundSelector {
  const compound: CompoundSelector = { tag: null, ids: [], classes: [], attributes: [], not: [] };
  const start = state.at;
  const tag = _eat(state, SELECTOR_TOKENS.tag);
  if (tag && tag[0] !== '*') compound.tag = tag[0].toLowerCase();
  for (;;) {
    let match: RegExpExecArray | null;
    if ((match = _eat(state, SELECTOR_TOKENS.id))) compound.ids.push(match[1]!);
    else if ((match = _eat(state, SELECTOR_TOKENS.className))) compound.classes.push(match[1]!);
    else if ((match = _eat(state, SELECTOR_TOKENS.attribute)))
      compound.attributes.push({
        name: match[1]!.toLowerCase(),
        operator: (match[2] ?? '') as AttributeTest['operator'],
        value: match[3] ?? match[4] ?? match[5] ?? '',
      });
    else if (_eat(state, SELECTOR_TOKENS.notOpen)) {
      compound.not.push(_parseList(state));
      if (state.text[state.at] !== ')') throw new Error(`unclosed :not( in "${state.text}"`);
      state.at++;
    } else break;
  }
  if (state.at === start) throw new Error(`unsupported selector syntax at ${start} in "${state.text}"`);
  return compound;
}

function _matchesCompound(el: Element, compound: CompoundSelector): boolean {
  if (compound.tag !== null && el.name !== compound.tag) return false;
  const { attribs } = el;
  for (const id of compound.ids) if (attribs.id !== id) return false;
  for (const cls of compound.classes) if (!_hasToken(attribs.class, cls)) return false;
  for (const { name, operator, value } of compound.attributes) {
    const actual = attribs[name];
    if (actual === undefined) return false;
    if (operator === '=' && actual !== value) return false;
    if (operator === '*=' && !actual.includes(value)) return false;
    if (operator === '^=' && !actual.startsWith(value)) return false;
    if (operator === '$=' && !actual.endsWith(value)) return false;
    if (operator === '~=' && !_hasToken(actual, value)) return false;
  }
  for (const list of compound.not) if (_matchesList(el, list)) return false;
  return true;
}

/** Whether a space-separated attribute value contains `token`, without splitting (this runs per element per selector). */
function _hasToken(value: string | undefined, token: string): boolean {
  if (!value) return false;
  for (let at = value.indexOf(token); at !== -1; at = value.indexOf(token, at + 1)) {
    const before = at === 0 ? ' ' : value[at - 1]!;
    const after = at + token.length === value.length ? ' ' : value[at + token.length]!;
    if (before.trim() === '' && after.trim() === '') return true;
  }
  return false;
}

function _matchesComplex(el: Element, complex: ComplexSelector): boolean {
  const last = complex.parts.length - 1;
  return _matchesCompound(el, complex.parts[last]!) && _matchesLeftOf(el, complex, last);
}

/** `el` matched parts[index]; do its ancestors match the parts to the left? (backtracks over descendant combinators) */
function _matchesLeftOf(el: Element, complex: ComplexSelector, index: number): boolean {
  if (index === 0) return true;
  const part = complex.parts[index - 1]!;
  if (complex.combinators[index - 1] === 'child') {
    const parent = el.parent;
    return !!parent && _isElement(parent) && _matchesCompound(parent, part) && _matchesLeftOf(parent, complex, index - 1);
  }
  for (let ancestor = el.parent; ancestor && _isElement(ancestor); ancestor = ancestor.parent) {
    if (_matchesCompound(ancestor, part) && _matchesLeftOf(ancestor, complex, index - 1)) return true;
  }
  return false;
}

/**
 * Descendants of `root` (not root itself) matching `selector`, in document
 * order, as jQuery's `find`: ancestors named in the selector may lie above
 * root. Walks the subtree: for bodies and other small scopes.
 */
function _selectWithin(root: AnyNode, selector: string, limit = Infinity): Element[] {
  const list = _parseSelectorList(selector);
  const found: Element[] = [];
  if (!('children' in root)) return found;
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (!_isElement(node)) continue;
    if (_matchesList(node, list)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/**
 * Document-wide query, in document order. Each complex selector starts from
 * the index bucket of its rightmost id, class or tag (the smallest class
 * bucket when there are several) instead of walking the whole page; a
 * selector with none of them ("[hidden]") falls back to the walk.
 */
function _select(index: PageIndex, selector: string, limit = Infinity): Element[] {
  const list = _parseSelectorList(selector);
  const buckets: Element[][] = [];
  for (const complex of list) {
    const bucket = _bucketFor(index, complex.parts[complex.parts.length - 1]!);
    if (!bucket) return _selectWithin(index.root, selector, limit);
    buckets.push(bucket);
  }
  const found: Element[] = [];
  if (buckets.length === 1) {
    for (const el of buckets[0]!) {
      if (_matchesComplex(el, list[0]!)) found.push(el);
      if (found.length >= limit) break;
    }
    return found;
  }
  const seen = new Set<Element>();
  for (const [i, bucket] of buckets.entries()) {
    for (const el of bucket) if (!seen.has(el) && _matchesComplex(el, list[i]!)) seen.add(el);
  }
  return [...seen].sort((a, b) => index.order.get(a)! - index.order.get(b)!).slice(0, limit);
}

const NO_ELEMENTS: Element[] = [];

function _bucketFor(index: PageIndex, compound: CompoundSelector): Element[] | null {
  if (compound.ids.length > 0) return index.byId.get(compound.ids[0]!) ?? NO_ELEMENTS;
  if (compound.classes.length > 0) {
    let smallest: Element[] | null = null;
    for (const cls of compound.classes) {
      const bucket = index.byClass.get(cls) ?? NO_ELEMENTS;
      if (!smallest || bucket.length < smallest.length) smallest = bucket;
    }
    return smallest;
  }
  if (compound.tag !== null) return index.byTag.get(compound.tag) ?? NO_ELEMENTS;
  return null;
}

function _matchesList(el: Element, list: readonly ComplexSelector[]): boolean {
  for (const complex of list) if (_matchesComplex(el, complex)) return true;
  return false;
}
