/**
 * The generic fallback for pages of no known family: the container with the
 * most paragraph text and fewest links (a small readability-like scorer).
 */
import type { AnyNode, Element } from 'domhandler';
import { _collapse } from './collapse-space.js';
import { _isElement, _rawText } from './dom-nodes.js';
import type { PageIndex } from './page-index.js';
import { CANDIDATE_TAGS, LIKELY_CONTAINER, MIN_SCORED_TEXT, UNLIKELY_CONTAINER } from './selectors.js';

/** Commas: the density scorer counts them as a sign of running prose. */
const COMMA = /,/gu;

/**
 * The generic density scorer: every paragraph (and every block with much
 * direct text) gives 1 + its commas + up to 3 for length to its parent, and
 * half that to its grandparent; a candidate's score is then scaled by
 * (1 − link density) and penalised when its class/id says "sidebar",
 * "related", "footer"… The best candidate is the body.
 */
export function _scoreContainers(index: PageIndex): Element | null {
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
