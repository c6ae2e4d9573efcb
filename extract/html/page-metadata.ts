/**
 * Step 3 of page extraction, all but the date (`page-date.ts`): the title
 * element and title, the author, the site name and the canonical URL, each
 * from the family's selectors first, then meta tags.
 */
import type { AnyNode, Element } from 'domhandler';
import { normalizeText } from '../normalize-text.js';
import { _collapse } from './collapse-space.js';
import { _commonAncestorDepth, _hasAncestorIn, _isElement, _rawText } from './dom-nodes.js';
import { _selectWithin } from './match-selector.js';
import { _meta, _select, type PageIndex } from './page-index.js';
import { _cleanInline, _inlineText } from './page-lines.js';
import {
  AUTHOR_LABEL,
  BYLINE_LABEL,
  BYLINE_SHAPE,
  META_KEYS,
  NON_AUTHOR_LABEL,
  NOT_TITLE_CONTAINER,
  RIGHT_ALIGNED_STYLE,
  type FamilySelectors,
} from './selectors.js';

/** Separator left at the end of a <title> once the site name is cut: "Tin A - " → "Tin A". */
const TRAILING_TITLE_SEPARATOR = /\s*[-|–—:]\s*$/u;

/** Separators between a <title>'s headline and the site name, most specific first. */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — '] as const;

/**
 * What a site's name reads like: a portal, newspaper or committee by its
 * head noun ("Cổng Thông tin điện tử Đảng bộ tỉnh …", "Báo Quảng Ninh",
 * "Liên đoàn Lao động tỉnh …"), or a host name ("baohungyen.vn").
 */
const SITE_NAME =
  /^(?:Cổng|Trang|Báo|Đài|Tạp chí|Website|Đảng bộ|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Công đoàn|Liên đoàn|LĐLĐ|Ủy ban|UBND)(?![\p{L}])|^[\w.-]+\.(?:vn|com|net|org)$/u;

/** A year: a site's name has none, a headline's second half often does ("… sơ kết … năm 2023"). */
const YEAR_IN_NAME = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** A letter: a site-name suffix has one, a year range ("2025 - 2030") does not. */
const LETTER = /\p{L}/u;

/** Bootstrap's right-alignment class on a byline paragraph ("p.text-right"). */
const TEXT_RIGHT_CLASS = /(?:^|\s)text-right(?:\s|$)/u;

/** The first non-empty one-line text of an element matched by `selectors`, in priority order. */
export function _firstText(index: PageIndex, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of _select(index, selector)) {
      const text = _inlineText(el);
      if (text) return text;
    }
  }
  return null;
}

/** The headline element: the family's title selector, else a generic h1 choice. */
export function _findTitleElement(index: PageIndex, family: FamilySelectors, bodyEl: Element | null): Element | null {
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

/** The title: the headline element's text > og:title > `<title>` minus the site name; the family's suffix removed. */
export function _chooseTitle(
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
  return _splitSiteSuffix(collapsed)?.head ?? collapsed;
}

/**
 * The site name a <title> ends with, on a page that names its site nowhere
 * else: "Kết nạp 12 đảng viên - Cổng TTĐT Đảng bộ tỉnh Thừa Thiên Huế" →
 * "Cổng TTĐT Đảng bộ tỉnh Thừa Thiên Huế". 
 */
export function _titleSiteSuffix(title: string): string | null {
  const collapsed = _collapse(title);
  for (const separator of TITLE_SEPARATORS) {
    const at = collapsed.lastIndexOf(separator);
    if (at <= 0) continue;
    // (A portal's long name may outrun a short headline; a headline's own dash is no site: it must read as one.)
    const suffix = collapsed.slice(at + separator.length).trim();
    if (suffix.length <= 80 && SITE_NAME.test(suffix) && !YEAR_IN_NAME.test(suffix)) return suffix;
  }
  return null;
}

/** A collapsed <title> split at its last separator before a site name, or null when it has none. */
function _splitSiteSuffix(collapsed: string): { head: string; suffix: string } | null {
  for (const separator of TITLE_SEPARATORS) {
    const at = collapsed.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = collapsed.slice(at + separator.length);
    if (LETTER.test(suffix) && suffix.length < at && suffix.length <= 60) return { head: collapsed.slice(0, at).trim(), suffix: suffix.trim() };
  }
  return null;
}

/** The author: the family's author element (label stripped) > the byline > `<meta name=author>` unless it is the site. */
export function _chooseAuthor(index: PageIndex, family: FamilySelectors, byline: string | null, site: string | null): string | null {
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
export function _findByline(bodyEl: Element, style: 'right-aligned' | 'last-line'): string | null {
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

/** `href` made absolute against `base` when it is relative and can be; otherwise as given. */
export function _resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  if (URL.canParse(href)) return href;
  if (base && URL.canParse(href, base)) return new URL(href, base).href;
  return href;
}
