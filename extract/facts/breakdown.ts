/**
 * Breakdowns (step 8 of extractFacts): "kết nạp 56 đảng viên, trong đó … 05
 * đảng viên" makes the parts after "trong đó" children of the total before it.
 */
import { BREAKDOWN_CUE } from '../cues.js';
import { lowerCased, lowerTwin } from '../lower-case.js';
import type { Draft } from './draft.js';
import { PEOPLE_FLOWS, _sameFamily } from './named-counts.js';
import type { Reading } from './noun-verb-metric.js';

const BREAKDOWN_CUE_LOWER = lowerTwin(BREAKDOWN_CUE);

/** Positions of "trong đó" in a sentence. */
export function _breakdownPositions(sentence: string): number[] {
  const out: number[] = [];
  const lower = lowerCased(sentence);
  const re = lower === null ? BREAKDOWN_CUE : BREAKDOWN_CUE_LOWER;
  const s = lower ?? sentence;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index);
  // "1.884 đảng viên (nữ 612, dân tộc thiểu số 23)": a bracket of parts opens a breakdown too.
  if (sentence.includes('(')) {
    PART_BRACKET.lastIndex = 0;
    for (let m = PART_BRACKET.exec(sentence); m; m = PART_BRACKET.exec(sentence)) out.push(m.index);
    out.sort((a, b) => a - b);
  }
  return out;
}

/** A bracket that lists parts of the figure before it: "(nữ 612, …)", "(đảng viên dự bị 142)". */
const PART_BRACKET = /\((?=\s*(?:nữ|nam|dân tộc thiểu số|người dân tộc thiểu số|đảng viên dự bị|dự bị|chính thức|đoàn viên thanh niên)\s+\d)/giu;

/** Where a sentence's breakdown stands as its numbers are read from left to right. */
export interface BreakdownState {
  /** Index (in drafts) of the total the next figures are parts of; -1 when a sentence-initial "Trong đó" leaves it to be found later. */
  parent: number | null;
  /** Position of the last "trong đó" passed. */
  lastSeen: number;
  /** The parent is the paragraph's (a line of parts under a total, a footnote): a ";" between parts does not close it. */
  wholeLine?: boolean;
}

/**
 * Moves the breakdown on to the number at `at`: a "trong đó" between the last
 * fact and this number opens a breakdown; a ";" closes it.
 */
export function _followBreakdown(
  state: BreakdownState,
  text: string,
  breakdowns: readonly number[],
  at: number,
  drafts: readonly Draft[],
  firstDraftOfSentence: number,
): void {
  const lineParent = state.wholeLine === true ? state.parent : null;
  for (const b of breakdowns) {
    if (b < at && b > state.lastSeen) {
      state.lastSeen = b;
      state.wholeLine = false;
      // The total is the last count before "trong đó" ("kết nạp 141 đảng viên, đạt 56,4%; trong đó có 87 …").
      // (A plan in brackets is passed over: "kết nạp 12 đảng viên mới (kế hoạch năm là 60 đảng viên), đạt 20%,
      // trong đó 7 đảng viên là công nhân" breaks down the 12.)
      let lastInSentence: number | null = null;
      for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
        const d = drafts[i]!;
        // ("kết nạp 138/150 đảng viên, đạt 92% chỉ tiêu, trong đó 79 …": the parts are of those admitted, not of the plan.)
        // (Nor any count in a bracket closed before it: "623 tổ chức cơ sở đảng (tăng 18 tổ chức so với năm 2022), gồm 171
        // đảng bộ và 452 chi bộ" breaks down the 623.)
        if (d.unit === 'count' && !d.isDelta && d.planOfFraction !== true && !_inClosedBracket(text, d.mentionStart, b)) {
          lastInSentence = i;
          break;
        }
      }
      state.parent = lastInSentence !== null && drafts[lastInSentence]!.mentionEnd <= b ? lastInSentence : null;
      // A sentence-initial "Trong đó": the parent is found later, unless the line breaks down a total already
      // (a footnote "(4) Trong đó: …").
      if (lastInSentence === null && b < 12) {
        state.parent = lineParent ?? -1;
        state.wholeLine = lineParent !== null;
      }
    }
  }
  // A ";" closes a breakdown: "…, trong đó có 01 chi bộ …; kết nạp 50 …"; so does the ")" of a bracket of parts.
  if (state.parent !== null && state.wholeLine !== true && text.slice(state.lastSeen, at).includes(';')) state.parent = null;
  // (Only a bracket that opened the breakdown: a line of parts under a total may itself start with one, "(3) Năm 2021: 31 …".)
  if (state.parent !== null && text.charCodeAt(state.lastSeen) === 0x28 && breakdowns.includes(state.lastSeen) && text.slice(state.lastSeen, at).includes(')')) state.parent = null;
}

/** Whether `at` sits in a bracket that closes before `before`: "(kế hoạch 60 đảng viên)". */
function _inClosedBracket(text: string, at: number, before: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  return close >= 0 && close < before;
}

/**
 * The reading of a part after a sentence-initial "Trong đó": when the previous sentence's last
 * count is of the same family (members and admissions), the part counts what that figure counts,
 * with its kind: "Đảng bộ kết nạp 203 đảng viên. Trong đó có 71 đảng viên là công nhân" → 71
 * admissions (flow), not 71 members (stock).
 */
export function _pendingPartReading(reading: Reading, drafts: readonly Draft[], firstDraftOfSentence: number, sentenceIndex: number): Reading {
  for (let i = firstDraftOfSentence - 1; i >= 0; i--) {
    const d = drafts[i]!;
    // (The sentence before, or the one before it when that one gave only a rate: "Kết nạp 87 đảng viên" / "Đạt
    // 108,7% chỉ tiêu năm" / "Trong đó 52 đảng viên là công nhân".)
    if (d.sentenceIndex !== sentenceIndex - 1 && !(d.sentenceIndex === sentenceIndex - 2 && drafts[i + 1]?.sentenceIndex === sentenceIndex - 1 && drafts[i + 1]!.unit === 'percent')) return reading;
    // (A plan in brackets is passed over: "Kết nạp 173 ĐV (chỉ tiêu 150 ĐV). Trong đó có 68 ĐV là …".)
    if (d.unit !== 'count' || d.isDelta || d.kind === 'target') continue;
    if (d.metric !== reading.metric && _sameFamily(d.metric, reading.metric)) return { metric: d.metric, kind: d.kind };
    // ("… kết nạp 1.486 đảng viên. Trong đó có 1.402 công nhân lao động và 84 chủ doanh nghiệp": those admitted, by what they
    // are at work.)
    return reading.metric === 'workers' && reading.kind === 'stock' && d.kind === 'flow' && PEOPLE_FLOWS.has(d.metric) ? { metric: d.metric, kind: d.kind } : reading;
  }
  return reading;
}
