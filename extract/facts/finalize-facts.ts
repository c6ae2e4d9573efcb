/**
 * Step 8 of extractFacts, once every sentence is read: parents for parts
 * whose total came in an earlier sentence, then ids, evidence and mentions.
 */
import type { Sentence } from '../segment-sentences.js';
import type { Fact } from '../types.js';
import type { Draft } from './draft.js';

/** "… 9 chi bộ … 150 đảng viên. Trong đó có 01 chi bộ …": the total is the latest earlier fact with the same metric and kind. */
export function _resolvePendingParents(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (!d.pendingParent) return;
    for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
      const p = drafts[j]!;
      if (p.sentenceIndex === d.sentenceIndex || p.isDelta) continue;
      if (p.metric === d.metric && p.kind === d.kind && p.unit === d.unit && p.value > d.value) {
        d.parentIndex = j;
        break;
      }
    }
  });
}

/**
 * Whether two drafts of one place in one sentence text state the same: the same metric, value, unit and kind.
 * (What a key joining them as text compared: a value's text is the same exactly when the values are equal, 0 and
 * -0 alike, or both NaN.)
 */
function _sameStatement(a: Draft, b: Draft): boolean {
  return a.metric === b.metric && (a.value === b.value || (a.value !== a.value && b.value !== b.value)) && a.unit === b.unit && a.kind === b.kind;
}

/**
 * A sentence quoted again inside a longer one (a pull quote or a heading the body restates: '"Xưởng em có 1.200 công
 * nhân mà chỉ có 5 đảng viên thôi!"' and 'Chị kể: "Xưởng em có 1.200 công nhân …'): the statement once, from the
 * longer sentence. Removes from `keep` each draft whose statement a draft of another sentence makes, when its
 * sentence, letters and digits only, lies inside that one's.
 */
function _dropQuotedAgain(keep: number[], drafts: readonly Draft[], sentences: readonly Sentence[], sentenceKey: ReadonlyMap<number, number>): void {
  const byValue = new Map<number, number[]>();
  let repeated = false;
  for (const i of keep) {
    const same = byValue.get(drafts[i]!.value);
    if (same === undefined) byValue.set(drafts[i]!.value, [i]);
    else (same.push(i), (repeated = true));
  }
  if (!repeated) return;
  const cores = new Map<number, string>();
  const core = (sentence: number): string => {
    let c = cores.get(sentence);
    if (c === undefined) cores.set(sentence, (c = ` ${sentences[sentence]!.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
    return c;
  };
  const dropped = new Set<number>();
  for (const same of byValue.values()) {
    if (same.length < 2) continue;
    for (const i of same) {
      const a = drafts[i]!;
      const ka = sentenceKey.get(a.sentenceIndex)!;
      const inside = same.some((j) => {
        if (j === i || dropped.has(j)) return false;
        const b = drafts[j]!;
        const kb = sentenceKey.get(b.sentenceIndex)!;
        if (kb === ka || !_sameStatement(a, b)) return false;
        const ca = core(ka);
        const cb = core(kb);
        return ca.length < cb.length && cb.includes(ca);
      });
      if (inside) dropped.add(i);
    }
  }
  if (dropped.size === 0) return;
  const rest = keep.filter((i) => !dropped.has(i));
  keep.length = 0;
  keep.push(...rest);
}

/** Drafts → facts: one per metric, value, unit, kind and place in a sentence text, numbered f1…, with parent, evidence and mention. */
export function _finalize(drafts: readonly Draft[], sentences: readonly Sentence[]): Fact[] {
  const keep: number[] = [];
  // The same statement twice (a caption repeated as a paragraph): one fact. Sentences are keyed by
  // the first sentence with the same text, so each text is hashed once.
  const firstWithText = new Map<string, number>();
  const sentenceKey = new Map<number, number>();
  for (const d of drafts) {
    if (sentenceKey.has(d.sentenceIndex)) continue;
    const text = sentences[d.sentenceIndex]!.text;
    if (!firstWithText.has(text)) firstWithText.set(text, d.sentenceIndex);
    sentenceKey.set(d.sentenceIndex, firstWithText.get(text)!);
  }
  // (The mention's place is part of the key: "năm 2023: 9; năm 2024: 9" are two facts.) The drafts kept, by
  // sentence key and mention start; a draft is dropped when one of them has its metric, value, unit and kind.
  const kept = new Map<number, Map<number, number[]>>();
  drafts.forEach((d, i) => {
    const sentence = sentenceKey.get(d.sentenceIndex)!;
    let byStart = kept.get(sentence);
    if (byStart === undefined) kept.set(sentence, (byStart = new Map()));
    const same = byStart.get(d.mentionStart);
    if (same === undefined) byStart.set(d.mentionStart, [i]);
    else if (same.some((j) => _sameStatement(drafts[j]!, d))) return;
    else same.push(i);
    keep.push(i);
  });
  _dropQuotedAgain(keep, drafts, sentences, sentenceKey);
  const idOf: Array<string | undefined> = new Array<string | undefined>(drafts.length);
  keep.forEach((draftIndex, n) => (idOf[draftIndex] = `f${n + 1}`));
  const facts: Fact[] = keep.map((i) => {
    const d = drafts[i]!;
    const s = sentences[d.sentenceIndex]!;
    const id = idOf[i]!;
    const parent = d.parentIndex !== null ? (idOf[d.parentIndex] ?? null) : null;
    const evidence = { text: s.text, start: s.start, end: s.end };
    const mention = { text: s.text.slice(d.mentionStart, d.mentionEnd), start: s.start + d.mentionStart, end: s.start + d.mentionEnd };
    // Two literals rather than a conditional spread (slow in V8), with the same key order.
    if (d.value_max !== undefined) {
      return { id, metric: d.metric, value: d.value, value_max: d.value_max, unit: d.unit, kind: d.kind, approx: d.approx, scope: d.scope, period: d.period, as_of: d.as_of, parent, confidence: d.confidence, evidence, mention };
    }
    return { id, metric: d.metric, value: d.value, unit: d.unit, kind: d.kind, approx: d.approx, scope: d.scope, period: d.period, as_of: d.as_of, parent, confidence: d.confidence, evidence, mention };
  });
  // Parts that add up to their total say so on the total.
  const byParent = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.parent === null || f.unit !== 'count') continue;
    const siblings = byParent.get(f.parent);
    if (siblings === undefined) byParent.set(f.parent, [f]);
    else siblings.push(f);
  }
  for (const total of facts) {
    if (total.unit !== 'count') continue;
    const parts = byParent.get(total.id)?.filter((f) => f.metric === total.metric) ?? [];
    if (parts.length >= 2) total.parts_sum_match = parts.reduce((s, p) => s + p.value, 0) === total.value;
  }
  return facts;
}
