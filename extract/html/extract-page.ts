/**
 * Saved article page (HTML string) → title, date, author, site, canonical URL,
 * main text and the page's remaining chrome text. Pure: no fs, network or
 * clock. All selectors and patterns come from selectors.ts.
 *
 * This module is the orchestrator; the steps live beside it:
 *   - `page-index.ts`: step 1, the one-pass index and document-wide queries;
 *   - `match-selector.ts`: the CSS subset of selectors.ts, parsed and matched;
 *   - `detect-family.ts`: step 2, the CMS family and its body;
 *   - `density-scorer.ts`: the generic body when no family matches;
 *   - `page-metadata.ts`, `page-date.ts`: step 3;
 *   - `page-lines.ts`: step 6, subtree → cleaned lines;
 *   - `cap-boilerplate.ts`: step 7;
 *   - `dom-nodes.ts`, `collapse-space.ts`: tree and whitespace helpers.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { _capBoilerplate, _preCap } from './cap-boilerplate.js';
import { _chooseFamily } from './detect-family.js';
import { _isElement, _isInside } from './dom-nodes.js';
import { _parseSelectorList, _selectWithin } from './match-selector.js';
import { _chooseDate } from './page-date.js';
import { _indexDocument, _meta, _select, type PageIndex } from './page-index.js';
import { _cleanChromeLines, _cleanInline, _cleanLines, _dropLeadingTitle, _linesOf } from './page-lines.js';
import { _chooseAuthor, _chooseTitle, _findByline, _findTitleElement, _firstText, _resolveUrl, _titleSiteSuffix } from './page-metadata.js';
import { normalizeText } from '../normalize-text.js';
import {
  COMMON_BODY_REMOVE,
  GENERIC_BODY_REMOVE,
  GENERIC_FAMILY,
  GENERIC_LEAD,
  META_KEYS,
  PAGE_NON_TEXT,
  type FamilySelectors,
} from './selectors.js';

/** Internal, exported for the test that every selector in selectors.ts is in the supported subset. */
export { _parseSelectorList } from './match-selector.js';

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
 *    - site name: og:site_name > the family's site element (NukeViet span.site_name)
 *      > what the <title> ends with after its headline (" - Cổng TTĐT tỉnh …");
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
  const chosen = _chooseFamily(index, urlForShape);
  const family = chosen.family;
  // A body in several parts is their container, without what stands between them but text ("Xem thêm" boxes).
  const container = chosen.parts?.[0]?.parent ?? null;
  const bodyEl = container !== null && _isElement(container) ? container : chosen.bodyEl;
  const between = chosen.parts === null || bodyEl === null ? [] : bodyEl.children.filter((n): n is Element => _isElement(n) && !chosen.parts!.includes(n) && !TEXT_BLOCK_TAGS.has(n.name));

  // 3. metadata
  const siteMeta = _meta(index, META_KEYS.site);
  const site =
    (siteMeta ? _cleanInline(siteMeta) : null) ||
    _firstText(index, family.site ?? []) ||
    (index.titleTag ? _titleSiteSuffix(normalizeText(index.titleTag)) : null);
  const titleEl = _findTitleElement(index, family, bodyEl);
  const title = _chooseTitle(family, titleEl, index, site);
  const byline = bodyEl && family.byline ? _findByline(bodyEl, family.byline) : null;
  const author = _chooseAuthor(index, family, byline, site);
  const date = _chooseDate(index, family, titleEl, bodyEl, urlForShape);

  // 4–6. body text; boilerplate inside it is skipped rather than deleted
  const leadEls = _findLead(index, family, bodyEl);
  const articleEls = bodyEl ? [...leadEls, bodyEl] : [];
  const removeQuery = [...COMMON_BODY_REMOVE, ...family.remove, ...(family === GENERIC_FAMILY ? GENERIC_BODY_REMOVE : [])].join(', ');
  const bodySkip = new Set<AnyNode>([...articleEls.flatMap((el) => _selectWithin(el, removeQuery)), ...between]);
  let bodyLines = _cleanLines(articleEls.flatMap((el) => _linesOf(el, bodySkip, null, undefined, true)));
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

/** Elements of running text, kept when they stand between the parts of a body. */
const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table', 'ul', 'ol', 'blockquote', 'strong', 'em', 'b', 'i', 'span', 'br']);

/** Step 4: the family's lead block, when it lies outside the body (prepended to it). */
function _findLead(index: PageIndex, family: FamilySelectors, bodyEl: Element | null): Element[] {
  if (!bodyEl) return [];
  if (family === GENERIC_FAMILY) return _genericLead(index, bodyEl);
  // (A lead stands before its body: a ".sapo" after it is another story's, in a list of stories of the same section.)
  const bodyAt = index.order.get(bodyEl) ?? Infinity;
  for (const selector of family.lead) {
    const leads = _select(index, selector, 8);
    if (leads.length === 0) continue;
    for (const lead of leads) {
      if (_isInside(lead, bodyEl) || _isInside(bodyEl, lead)) return [];
      if ((index.order.get(lead) ?? 0) < bodyAt) return [lead];
    }
    return [];
  }
  return [];
}

/**
 * On an unknown layout, a sapo block ("div.article-sapo", "div.chappeau", …) is the lead only when it
 * stands just before the body, in the same container (or the one above): related lists carry sapos too.
 */
function _genericLead(index: PageIndex, bodyEl: Element): Element[] {
  for (const selector of GENERIC_LEAD) {
    for (const lead of _select(index, selector, 8)) {
      if (_isInside(lead, bodyEl) || _isInside(bodyEl, lead)) continue;
      if (_precedesNear(lead, bodyEl)) return [lead];
    }
  }
  return [];
}

/** Whether `lead` is an earlier sibling of `bodyEl` or of its parent. */
function _precedesNear(lead: Element, bodyEl: Element): boolean {
  for (const anchor of [bodyEl, bodyEl.parent]) {
    for (let n: AnyNode | null = anchor?.prev ?? null; n !== null; n = n.prev) if (n === lead) return true;
  }
  return false;
}
