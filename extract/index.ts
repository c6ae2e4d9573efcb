/**
 * The public face of extract/: one article in, its metadata and facts out.
 * Pure: no files, network or clock. Callers (pipeline/) read the bytes.
 */
import { detectProvinceName } from './detect-province.js';
import { extractFacts } from './extract-facts.js';
import { RELATED_ITEM_LINE } from './boilerplate-cues.js';
import { splitScrapedText } from './clean-text.js';
import { decodeBytes, looksBinary } from './html/decode-bytes.js';
import { extractPage } from './html/extract-page.js';
import { normalizeText } from './normalize-text.js';
import { parseUrlDate } from './parse-date.js';
import { isSpaceCode } from './word-boundary.js';
import type { ArticleExtraction, ExtractIssue } from './types.js';

export type { ArticleExtraction, ArticleMeta, Fact, ExtractIssue, Metric, Kind, Unit, Approx } from './types.js';
export { METRICS, KINDS, UNITS, APPROX } from './types.js';
export { normalizeText, foldDiacritics } from './normalize-text.js';

/** Bumped whenever a rule change can change facts: every stored fact carries it. */
export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractOptions {
  /** Where the page came from: used for province hints and URL dates. */
  url?: string | null;
  /** A publication date known from elsewhere (feed, listing): used when the page shows none. */
  published?: string | null;
}

/**
 * A plain-text article as scraped (title line, stamp line, body, site chrome).
 *  1. normalise (NFC, tone marks, spaces);
 *  2. split title, date stamp, author, body and boilerplate;
 *  3. detect the province from title, body, banners and URL;
 *  4. extract facts from the body.
 */
export function extractFromText(raw: string, options: ExtractOptions = {}): ArticleExtraction {
  const text = _withoutStrayTags(normalizeText(raw));
  const page = splitScrapedText(text);
  // (A scrape that opens with the page's address, "https://nld.com.vn/…-20191212213015482.htm", gives it as the URL.)
  const saved = SAVED_URL_LINE.exec(text);
  return assemble(
    { title: page.title, body: page.body, boilerplate: page.boilerplate, author: page.author, published: page.published, site: null, canonicalUrl: saved?.[1] ?? null },
    options,
    [],
  );
}

/**
 * HTML tags a scrape left in its text ("cơ sở.<br>Theo báo cáo", "<p><strong>Năm 2025 …", a "<br" cut at the line's end):
 * those that end a block end the line, the others go.
 */
function _withoutStrayTags(text: string): string {
  if (text.includes('<')) text = text.replace(STRAY_TAG, (tag, name: string) => (BLOCK_TAG.test(name) ? '\n' : ''));
  // ("… tổng số doanh nghiệp.TIN LIÊN QUANKết nạp Đảng cho 50 công nhân …": a related box's heading glued between the
  // sentence before it and its first headline stands on a line of its own.)
  if (text.includes('LIÊN QUAN') || text.includes('liên quan')) text = text.replace(GLUED_BOX_HEADING, (_all, before: string, heading: string) => `${before}\n${heading}\n`);
  // ("Thứ ba: 10:20 ngày 23/07/2024(BTN) - Chiều 22-7, …", "Thứ tư - 10/01/2024  15:20Phổ Yên là …": the page's stamp glued
  // to the lead, near the top, stands on a line of its own.)
  const head = text.slice(0, GLUED_STAMP_ZONE);
  if (GLUED_STAMP.test(head)) text = head.replace(GLUED_STAMP_ALL, '$1\n') + text.slice(GLUED_STAMP_ZONE);
  return text;
}
/** How far from the top a stamp glued to the lead is looked for (the header of a scrape). */
const GLUED_STAMP_ZONE = 1500;
/** A line opening with a date (and its time) glued to a source tag or a capitalised word. */
const GLUED_STAMP = /^([^\n]{0,40}?(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?:[ \t,|-]+\d{1,2}:\d{2}(?::\d{2})?)?)(?=\(\p{Lu}|\p{Lu}\p{Ll})/mu;
const GLUED_STAMP_ALL = new RegExp(GLUED_STAMP.source, 'gmu');
const GLUED_BOX_HEADING = /([.!?…"”])[ \t]*((?:TIN|BÀI) LIÊN QUAN|(?:Tin|Bài) liên quan)\s*:?[ \t]*(?=\p{Lu})/gu;
const STRAY_TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>\n]{0,200})?\s*\/?>|<(br)\s*\/?(?=[ \t]*$)/gimu;
const BLOCK_TAG = /^(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)$/iu;

/** The page's address alone on the first line of a scrape (group 1). */
const SAVED_URL_LINE = /^\s*(https?:\/\/[^\s/]+\.[^\s]+)[ \t]*(?:\n|$)/u;

/**
 * A saved page.
 *  1. main-content extraction (cheerio): title, date, author, body, chrome;
 *  2. then as for text: province, facts.
 */
export function extractFromHtml(html: string, options: ExtractOptions = {}): ArticleExtraction {
  const page = extractPage(html, { url: options.url ?? null });
  const issues: ExtractIssue[] = [];
  if (page.body.trim() === '') issues.push({ code: 'no-content', message: 'no article text found on the page' });
  return assemble(
    { title: page.title, body: page.body, boilerplate: page.boilerplate, author: page.author, published: page.published, site: page.site, canonicalUrl: page.canonicalUrl },
    options,
    issues,
  );
}

/**
 * Raw bytes of a fetched or saved article: decodes the charset, refuses binary
 * content, and picks the HTML or text path.
 */
export function extractFromBytes(bytes: Uint8Array, options: ExtractOptions & { contentType?: string | null; fileName?: string | null } = {}): ArticleExtraction {
  if (looksBinary(bytes)) {
    return emptyResult([{ code: 'binary', message: 'binary content (not text or HTML)' }]);
  }
  const decoded = decodeBytes(bytes, { contentType: options.contentType ?? null });
  const issues: ExtractIssue[] = [...decoded.issues];
  if (decoded.text.trim() === '') return emptyResult([...issues, { code: 'empty', message: 'empty file' }]);
  const result = isHtml(decoded.text, options) ? extractFromHtml(decoded.text, options) : extractFromText(decoded.text, options);
  result.issues.unshift(...issues);
  return result;
}

/** An HTML page by name or content type, or by its first tag. */
export function isHtml(text: string, options: { contentType?: string | null; fileName?: string | null }): boolean {
  if (options.contentType && /html|xml/iu.test(options.contentType)) return true;
  if (options.fileName && /\.x?html?$/iu.test(options.fileName)) return true;
  if (options.fileName && /\.txt$/iu.test(options.fileName)) return false;
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/iu.test(text.slice(0, 512));
}

interface PageParts {
  title: string | null;
  body: string;
  boilerplate: string;
  author: string | null;
  published: string | null;
  site: string | null;
  canonicalUrl: string | null;
}

/** Moves related-article link lines ("… (26/06/2023)") from the body to the boilerplate: their figures are other articles'. */
/** RELATED_ITEM_LINE, tried only on lines whose last visible character is the bracket it ends with. */
function isRelatedItem(line: string): boolean {
  let end = line.length;
  while (end > 0 && isSpaceCode(line.charCodeAt(end - 1))) end--;
  const last = end > 0 ? line.charCodeAt(end - 1) : -1;
  return (last === 0x29 || last === 0x5d) && RELATED_ITEM_LINE.test(line); // ")" or "]"
}

/**
 * Whether some line of `body` ends, before its trailing spaces, with ")" or "]": the lines `isRelatedItem`
 * may take. Read in place, so that a body with none (most) is not split into lines.
 */
function mayHoldRelatedItem(body: string): boolean {
  for (let start = 0; ; ) {
    const nl = body.indexOf('\n', start);
    let end = nl < 0 ? body.length : nl;
    while (end > start && isSpaceCode(body.charCodeAt(end - 1))) end--;
    const last = end > start ? body.charCodeAt(end - 1) : -1;
    if (last === 0x29 || last === 0x5d) return true; // ")" or "]"
    if (nl < 0) return false;
    start = nl + 1;
  }
}

function dropRelatedItems(page: PageParts): PageParts {
  // (No line that `isRelatedItem` could take: every line is kept, and the page is returned as it is.)
  if (!mayHoldRelatedItem(page.body)) return page;
  const lines = page.body.split('\n');
  const kept = lines.filter((l) => !isRelatedItem(l));
  if (kept.length === lines.length) return page;
  const dropped = lines.filter((l) => isRelatedItem(l));
  return { ...page, body: kept.join('\n'), boilerplate: [page.boilerplate, ...dropped].filter(Boolean).join('\n') };
}

function assemble(parts: PageParts, options: ExtractOptions, issues: ExtractIssue[]): ArticleExtraction {
  const page = dropRelatedItems(parts);
  const url = options.url ?? page.canonicalUrl ?? null;
  const published = page.published ?? options.published ?? (url ? parseUrlDate(url) : null);
  const place = detectProvinceName({ title: page.title, body: page.body, boilerplate: page.boilerplate, site: page.site, url, published });
  const facts = extractFacts(page.body, { published });
  if (!place) issues.push({ code: 'no-province', message: 'no province could be identified' });
  return {
    meta: {
      title: page.title,
      published,
      author: page.author,
      province: place?.province ?? null,
      province_2025: place?.province_2025 ?? null,
      url,
      site: page.site,
    },
    text: page.body,
    facts,
    issues,
  };
}

function emptyResult(issues: ExtractIssue[]): ArticleExtraction {
  return {
    meta: { title: null, published: null, author: null, province: null, province_2025: null, url: null, site: null },
    text: '',
    facts: [],
    issues,
  };
}
