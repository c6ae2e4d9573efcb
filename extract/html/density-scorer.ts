/**
 * The generic fallback for pages of no known family: the container with the
 * most paragraph text and fewest links (a small readability-like scorer).
 */
import type { AnyNode, Element } from 'domhandler';
import { _collapse } from './collapse-space.js';
import { _isElement } from './dom-nodes.js';
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
  const text = _textSummaries(index.root);
  for (const { el, own } of units) {
    const summary = text.get(el) ?? BLANK;
    if (summary.length < MIN_SCORED_TEXT) continue;
    const points = 1 + summary.commas + Math.min(Math.floor(summary.length / 100), 3);
    const parent = own ? el : el.parent;
    add(parent, points);
    add(parent?.parent ?? null, points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const hint = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    const unlikely = UNLIKELY_CONTAINER.test(hint) && !LIKELY_CONTAINER.test(hint);
    const score = raw * (1 - _linkDensity(el, text)) * (unlikely ? 0.2 : 1) * (LIKELY_CONTAINER.test(hint) ? 1.25 : 1);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best === null ? null : _repeatedEntries(best, text);
}

/**
 * The container of a body printed as entries of one kind, a live blog's ("div.live-item" × 7, each with its time, title and
 * text): when the best candidate, or its parent, is one of three or more siblings of its class with prose of their own
 * (together more than twice its text), the body is all of them, their parent.
 */
function _repeatedEntries(best: Element, text: ReadonlyMap<AnyNode, TextSummary>): Element {
  const own = text.get(best)?.length ?? 0;
  for (let node: Element = best, up = 0; up < 2; up++) {
    const parent = node.parent;
    const cls = node.attribs.class;
    if (!parent || !_isElement(parent) || !cls) {
      if (!parent || !_isElement(parent)) break;
      node = parent;
      continue;
    }
    const twins = parent.children.filter((c): c is Element => _isElement(c) && c.attribs.class === cls && (text.get(c)?.length ?? 0) >= MIN_SCORED_TEXT);
    const total = twins.reduce((sum, c) => sum + (text.get(c)?.length ?? 0), 0);
    if (twins.length >= 3 && total > 2 * own) return parent;
    node = parent;
  }
  return best;
}

/** Share of the element's text inside links (`<a>` not below another `<a>`), each measured collapsed. */
function _linkDensity(el: Element, text: ReadonlyMap<AnyNode, TextSummary>): number {
  const summary = text.get(el) ?? BLANK;
  return summary.length === 0 ? 1 : summary.linked / summary.length;
}

/**
 * What the scorer needs of a subtree's raw text (`_rawText`) once whitespace
 * is collapsed (`_collapse`): its length and commas, and the collapsed length
 * of the text inside its links. Measuring each paragraph and candidate
 * separately was quadratic when paragraphs nest: a page of 20,000 unclosed
 * `<p>…<b><i>` (test/robustness, "unclosed-tags-1mb") took minutes. So every
 * node is summarised once, children before parents, and summaries combine
 * exactly: `length` is the collapsed, trimmed length; `lead` / `trail` say
 * whether the raw text starts / ends with whitespace (for a blank text:
 * whether it holds any), which decides the one space at a junction.
 */
interface TextSummary {
  length: number;
  commas: number;
  lead: boolean;
  trail: boolean;
  /** `_linkDensity`'s numerator: collapsed length of the `<a>` elements reached from the node's element children without crossing another `<a>`. */
  linked: number;
}

const BLANK: TextSummary = { length: 0, commas: 0, lead: false, trail: false, linked: 0 };

/** Leading / trailing whitespace (the `\s` that `_collapse` and `trim` remove). */
const LEADING_SPACE = /^\s/u;
const TRAILING_SPACE = /\s$/u;

function _summariseText(data: string): TextSummary {
  const length = _collapse(data).length;
  if (length === 0) return { length: 0, commas: 0, lead: data.length > 0, trail: data.length > 0, linked: 0 };
  return { length, commas: data.match(COMMA)?.length ?? 0, lead: LEADING_SPACE.test(data), trail: TRAILING_SPACE.test(data), linked: 0 };
}

/** The summary of `a` followed by `b` (raw texts concatenated), without `linked`. */
function _concat(a: TextSummary, b: TextSummary): TextSummary {
  if (a.length === 0 && b.length === 0) return { length: 0, commas: 0, lead: a.lead || b.lead, trail: a.trail || b.trail, linked: 0 };
  if (a.length === 0) return { length: b.length, commas: b.commas, lead: a.lead || b.lead, trail: b.trail, linked: 0 };
  if (b.length === 0) return { length: a.length, commas: a.commas, lead: a.lead, trail: a.trail || b.trail, linked: 0 };
  return { length: a.length + b.length + (a.trail || b.lead ? 1 : 0), commas: a.commas + b.commas, lead: a.lead, trail: b.trail, linked: 0 };
}

/** Summaries of every node under `root` with children, in one iterative post-order pass. */
function _textSummaries(root: AnyNode): Map<AnyNode, TextSummary> {
  const out = new Map<AnyNode, TextSummary>();
  const stack: Array<{ node: AnyNode; done: boolean }> = [{ node: root, done: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (!('children' in node)) continue;
    if (!entry.done) {
      stack.push({ node, done: true });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, done: false });
      continue;
    }
    let summary = BLANK;
    let linked = 0;
    for (const child of node.children) {
      if (child.type === 'text') summary = _concat(summary, _summariseText(child.data));
      else if ('children' in child) {
        const inner = out.get(child) ?? BLANK;
        summary = _concat(summary, inner);
        if (_isElement(child)) linked += child.name === 'a' ? inner.length : inner.linked;
      }
    }
    out.set(node, { ...summary, linked });
  }
  return out;
}
