/**
 * Step 3 of page extraction, the publication date: a cascade from the
 * family's visible stamp to a date in the URL (the order is listed on
 * `_chooseDate`). Never a masthead's "today" or a related story's date.
 */
import type { AnyNode, Element } from 'domhandler';
import { normalizeText } from '../normalize-text.js';
import { isMastheadLine, parseStampLine } from '../find-published.js';
import { parseDateStamp, parseUrlDate } from '../parse-date.js';
import { _collapse } from './collapse-space.js';
import { _hasAncestorIn, _isElement, _isInside, _rawText } from './dom-nodes.js';
import { _select, type PageIndex } from './page-index.js';
import { _inlineText, _linesOf } from './page-lines.js';
import { JSON_LD_DATE_PUBLISHED, META_KEYS, NOT_PUBLICATION_DATE, OTHER_STORY_DATES, type FamilySelectors } from './selectors.js';

/** A date found on the page: "YYYY-MM-DD" and the string it was read from. */
export interface FoundDate {
  value: string;
  raw: string;
}

/**
 * The publication date, the first found of: a. the family's visible stamp (a
 * machine `datetime`/`content` on it first); b. the published-time meta tags;
 * c. JSON-LD datePublished; d. `time[datetime]` inside the article; e.
 * microdata datePublished; f. a stamp next to the title; g. a date in the URL; h. a stamp line just
 * before the body or at its head.
 */
export function _chooseDate(
  index: PageIndex,
  family: FamilySelectors,
  titleEl: Element | null,
  bodyEl: Element | null,
  url: string | null,
): FoundDate | null {
  const stampOptions = { monthFirst: family.monthFirstDates ?? false };
  // a. the family's visible stamp (not in today's date or a list of other stories: "Tin cùng chuyên mục … (02/02/2024)")
  let otherStories: ReadonlySet<AnyNode> | undefined;
  for (const selector of family.date) {
    for (const el of _select(index, selector)) {
      otherStories ??= new Set<AnyNode>(_select(index, OTHER_STORY_DATES.join(', ')));
      if (otherStories.size > 0 && (otherStories.has(el) || _hasAncestorIn(el, otherStories))) continue;
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
  // h. a stamp line just before the body or at its head (old table and font layouts: "Cập nhật: 15/11/2019 08:47")
  return bodyEl ? _dateAroundBody(index, bodyEl, stampOptions) : null;
}

/** Lines of the three elements before the body (and before its parent and grandparent), then the body's first three lines. */
function _dateAroundBody(index: PageIndex, bodyEl: Element, stampOptions: { monthFirst: boolean }): FoundDate | null {
  // (Not mastheads, headers, menus or related lists: their dates are today's or other stories'.)
  const excluded = new Set<AnyNode>(_select(index, NOT_PUBLICATION_DATE.join(', ')));
  const blocks: AnyNode[] = [];
  // (And before its grandparent: a table layout sets the stamp in the row above the body's cell.)
  for (const anchor of [bodyEl, bodyEl.parent, bodyEl.parent?.parent ?? null]) {
    let n: AnyNode | null = anchor?.prev ?? null;
    for (let k = 0; n !== null && k < 3; n = n.prev) {
      if (!_isElement(n)) continue;
      blocks.push(n);
      k++;
    }
  }
  const lines = [...blocks.filter((b) => !excluded.has(b)).flatMap((b) => _linesOf(b, excluded).slice(-3)), ..._linesOf(bodyEl, excluded).slice(0, 3)];
  for (const line of lines) {
    const raw = _collapse(normalizeText(line));
    if (raw === '' || raw.length > 120 || isMastheadLine(raw)) continue;
    const value = parseStampLine(raw) !== null ? parseDateStamp(raw, stampOptions) : null;
    if (value) return { value, raw };
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
  // A body that holds its title ("div.journal-content-article > h1 + div.info + div.content"): the three elements
  // after the title.
  if (bodyEl !== null && titleEl !== bodyEl && _isInside(titleEl, bodyEl)) {
    let k = 0;
    for (let n: AnyNode | null = titleEl.next; n !== null && k < 3; n = n.next) {
      if (!_isElement(n) || excluded.has(n)) continue;
      k++;
      for (const line of _linesOf(n, excluded)) {
        const raw = _collapse(normalizeText(line));
        if (!raw || raw.length > 120) continue;
        const value = parseDateStamp(raw, stampOptions);
        if (value) return { value, raw };
      }
    }
  }
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
