/**
 * Step 2 of page extraction: which CMS family the page comes from, by its
 * generator meta, marker ids/classes and URL shape; the best-scoring family
 * whose body selector finds text wins, else "generic" with the density
 * scorer's choice of body.
 */
import type { Element } from 'domhandler';
import { _scoreContainers } from './density-scorer.js';
import { _hasText, _rawText } from './dom-nodes.js';
import { _firstElement, _meta, _select, type PageIndex } from './page-index.js';
import { DETECTION_WEIGHTS, FAMILIES, GENERIC_FAMILY, META_KEYS, type FamilySelectors } from './selectors.js';

/** Step 2: the family and its body element (null when even the generic fallback finds none). */
export function _chooseFamily(
  index: PageIndex,
  url: string | null,
): { family: FamilySelectors; bodyEl: Element | null; parts: Element[] | null } {
  const generator = _meta(index, META_KEYS.generator) ?? '';
  const scored = FAMILIES.map((family, order) => ({ family, order, score: _detectionScore(family, index, generator, url) }))
    .filter((entry) => entry.score >= DETECTION_WEIGHTS.marker)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { family } of scored) {
    const bodyEl = _bodyElement(index, family.body);
    if (bodyEl && _hasText(bodyEl)) return { family, bodyEl, parts: _siblingParts(index, family.body, bodyEl) };
  }
  return { family: GENERIC_FAMILY, bodyEl: _firstElement(index, GENERIC_FAMILY.body) ?? _scoreContainers(index), parts: null };
}

/** Text a body must hold for a later selector of the family not to be tried before it. */
const MIN_BODY_CHARS = 200;

/**
 * The body element: the first selector's (in priority order) that holds at least `MIN_BODY_CHARS` of text, else the
 * first that matches anything. (On a Liferay portal, the first ".journal-content-article" may be a sidebar's hotline
 * box, while the story sits in ".news-detail .content-detail": danang.gov.vn.)
 */
function _bodyElement(index: PageIndex, selectors: readonly string[]): Element | null {
  let fallback: Element | null = null;
  for (const selector of selectors) {
    const [el] = _select(index, selector, 1);
    if (!el) continue;
    if (_rawText(el).trim().length >= MIN_BODY_CHARS) return el;
    fallback ??= el;
  }
  return fallback;
}

/**
 * A body printed in several parts, siblings the same selector finds ("div.detail-content.part-1", a related box,
 * "div.detail-content.part-2", …): those parts, in order, when there are two or more; else null.
 */
function _siblingParts(index: PageIndex, selectors: readonly string[], bodyEl: Element): Element[] | null {
  for (const selector of selectors) {
    const found = _select(index, selector, 12);
    if (!found.includes(bodyEl)) continue;
    const parts = found.filter((el) => el.parent === bodyEl.parent && el.parent !== null);
    return parts.length >= 2 ? parts : null;
  }
  return null;
}

/** Generator, marker and URL-shape evidence for one family (`DETECTION_WEIGHTS`). */
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
