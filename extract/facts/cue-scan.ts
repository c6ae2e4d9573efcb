/**
 * The cue lists of cues.ts compiled into one-pass regexes, and the readers
 * that find a noun, a verb or an approximation around a number (steps 3–5 of
 * extractFacts). The regexes are module constants, built once; the global ones
 * are reset before every use.
 */
import { APPROX_BEFORE, NOUN_CUES, VERB_CUES, VERB_NUMBER_FILLER, WB, type NounClass, type VerbClass } from '../cues.js';
import type { Approx } from '../types.js';
import { lowerCased, lowerTwin } from '../lower-case.js';
import { execAtBoundary, isSpaceCode, isWordUnit } from '../word-boundary.js';

// ---------------------------------------------------------------------------
// Nouns: what a number counts.
// ---------------------------------------------------------------------------

/** Capture groups a pattern holds of its own, so each cue's group index in an alternation is known. */
function _groupCount(pattern: string): number {
  return (new RegExp(`${pattern}|`, 'u').exec('')?.length ?? 1) - 1;
}

/** Group index of each noun cue in an alternation `(c0)|(c1)|…`, counting the cues' own groups. */
const NOUN_GROUP: readonly number[] = (() => {
  const at: number[] = [];
  let next = 1;
  for (const c of NOUN_CUES) {
    at.push(next);
    next += 1 + _groupCount(c.pattern);
  }
  return at;
})();

/**
 * Noun at the start of the text after a number: one alternation, one numbered group per cue (named groups cost an
 * object per match). "nữ" may stand before it, as Vietnamese writes women counted: "58 nữ đảng viên", "300 nữ đoàn
 * viên ưu tú", "1.200 nữ công nhân"; so may "anh em" or "chị em", as stories speak of workers: "42 anh em công nhân", "300
 * chị em lao động nữ".
 */
const NOUN_AFTER = new RegExp(`^\\s*(?:(?:nữ|anh em|chị em)\\s+)?(?:${NOUN_CUES.map((c) => `(${c.pattern})`).join('|')})`, 'iu');
/** The same nouns anywhere (for "tổng số đảng viên là 1.234" and "tỷ lệ đoàn viên … đạt 85%"), not right after a letter or digit (execAtBoundary). */
const NOUN_ANYWHERE = new RegExp(`(?:${NOUN_CUES.map((c) => `(${c.pattern})`).join('|')})`, 'giu');
/** NOUN_ANYWHERE for lower-cased text (lower-case.ts). */
const NOUN_ANYWHERE_LOWER = lowerTwin(NOUN_ANYWHERE);

/** The class of the cue whose group matched in `m` (an exec of NOUN_AFTER or NOUN_ANYWHERE). */
function _nounClassOf(m: RegExpExecArray): NounClass | null {
  for (let i = 0; i < NOUN_CUES.length; i++) if (m[NOUN_GROUP[i]!] !== undefined) return NOUN_CUES[i]!.cls;
  return null;
}

/** The noun class at the very start of `text` ("đảng viên, …" after "56"), with the length it covers. */
export function _nounAt(text: string): { cls: NounClass; length: number } | null {
  const m = NOUN_AFTER.exec(text);
  if (m === null) return null;
  const cls = _nounClassOf(m);
  // ("Chi đoàn thanh niên có 86 đoàn viên, Công đoàn cơ sở có 1.290 đoàn viên": a capital after the comma opens the next
  // item of a list; "đoàn viên" is the noun, not "đoàn viên, công đoàn".)
  if (cls === 'union_member' && m[0].includes(',')) {
    const comma = m[0].indexOf(',');
    if (/^,\s*\p{Lu}/u.test(m[0].slice(comma)) && /đoàn viên\s*$/iu.test(m[0].slice(0, comma))) return { cls: 'member', length: comma };
  }
  return cls === null ? null : { cls, length: m[0].length };
}

/** Whether a counted noun starts `after`: what makes a number word ("năm", "một") a number (parse-number.ts). */
export function _isCountedNoun(after: string): boolean {
  return _nounAt(after) !== null;
}

/** The last noun named anywhere in `text`. */
export function _lastNounIn(text: string): { cls: NounClass; index: number; end: number } | null {
  let found: { cls: NounClass; index: number; end: number } | null = null;
  const lower = lowerCased(text);
  const re = lower === null ? NOUN_ANYWHERE : NOUN_ANYWHERE_LOWER;
  const s = lower ?? text;
  re.lastIndex = 0;
  for (let m = execAtBoundary(re, s, true); m; m = execAtBoundary(re, s, true)) {
    const cls = _nounClassOf(m);
    if (cls !== null) found = { cls, index: m.index, end: m.index + m[0].length };
  }
  return found;
}

/** The first noun named anywhere in `text`. */
export function _firstNounIn(text: string): { cls: NounClass; index: number } | null {
  const lower = lowerCased(text);
  const re = lower === null ? NOUN_ANYWHERE : NOUN_ANYWHERE_LOWER;
  re.lastIndex = 0;
  const m = execAtBoundary(re, lower ?? text, true);
  if (m === null) return null;
  const cls = _nounClassOf(m);
  return cls === null ? null : { cls, index: m.index };
}

// ---------------------------------------------------------------------------
// Verbs: what happened to the counted things.
// ---------------------------------------------------------------------------

const APPROX_ALT = APPROX_BEFORE.map((a) => a.pattern).join('|');

/** Every verb cue of a sentence, found in one pass (no capture groups: they cost more than classifying the few matches), not right after a letter (execAtBoundary). */
/** A verb ends before a letter only: "kết nạp21 đảng viên" (a figure glued to it, as scraped pages print) keeps its verb. */
const VERB_END = '(?![\\p{L}])';
const VERB_ANYWHERE = new RegExp(`(?:${VERB_CUES.map((v) => `(?:${v.pattern.split(WB).join(VERB_END)})`).join('|')})`, 'giu');
const VERB_ANYWHERE_LOWER = lowerTwin(VERB_ANYWHERE);
/** Each verb cue anchored at the start and end of a match, in VERB_CUES order, to name a match's class. */
const VERB_CLASSIFIERS = VERB_CUES.map((v) => ({ cls: v.cls, re: new RegExp(`^(?:${v.pattern})$`, 'iu') }));

/**
 * What may separate a verb from the number it governs: "kết nạp được 31",
 * "có trên 200", "tổ chức từ 1-2" (fillers, an approximation, "từ").
 */
const VERB_TO_NUMBER = new RegExp(`^${VERB_NUMBER_FILLER}\\s*:?\\s*(?:(?:${APPROX_ALT})\\s*)?(?:từ\\s*)?$`, 'iu');

/** Any non-stock verb in a clause (not right after a letter: execAtBoundary), for percents that say "kết nạp đảng viên mới đạt 120%". */
const CLAUSE_VERB = new RegExp(`(?:${VERB_CUES.filter((v) => v.cls !== 'stock').map((v) => `(?:${v.pattern})`).join('|')})`, 'giu');
const CLAUSE_VERB_LOWER = lowerTwin(CLAUSE_VERB);
/** Each non-stock verb cue anchored at the start, to name the class of a CLAUSE_VERB match. */
const VERB_AT_START = VERB_CUES.filter((v) => v.cls !== 'stock').map((v) => ({ cls: v.cls, re: new RegExp(`^(?:${v.pattern})`, 'iu') }));

/** Classes of verb texts already classified: a few dozen texts ("kết nạp", "có") recur in every article. */
const VERB_CLASS_OF = new Map<string, VerbClass | null>();
const VERB_CLASS_MEMO_LIMIT = 4096;

/** The class of a VERB_ANYWHERE match: the first VERB_CUES entry matching it whole. */
function _verbClassOf(text: string): VerbClass | null {
  const known = VERB_CLASS_OF.get(text);
  if (known !== undefined) return known;
  const cls = VERB_CLASSIFIERS.find((c) => c.re.test(text))?.cls ?? null;
  if (VERB_CLASS_OF.size >= VERB_CLASS_MEMO_LIMIT) VERB_CLASS_OF.clear();
  VERB_CLASS_OF.set(text, cls);
  return cls;
}

export interface VerbMention {
  start: number;
  end: number;
  cls: VerbClass;
}

/** Every verb cue of a sentence with its class, in order; computed once per sentence. */
export function _verbMentions(sentence: string): VerbMention[] {
  const out: VerbMention[] = [];
  const lower = lowerCased(sentence);
  const re = lower === null ? VERB_ANYWHERE : VERB_ANYWHERE_LOWER;
  const s = lower ?? sentence;
  re.lastIndex = 0;
  for (let m = execAtBoundary(re, s, false); m; m = execAtBoundary(re, s, false)) {
    const text = m[0];
    let cls = _verbClassOf(text);
    // "giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp: 1.208 người": the admission a referral asks for.
    // ("Đoàn cơ sở giới thiệu 9 đoàn viên ưu tú cho Đảng, Đảng ủy đã xem xét kết nạp 7 đồng chí": what was done, not asked.)
    // ("… giới thiệu 6 đoàn viên công đoàn ưu tú cho Đảng ủy xem xét, kết nạp được 4 đảng viên": "được" says it was done.)
    if (cls === 'admit' && CONSIDER_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index)) && !CONSIDERED_DONE_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index)) && !/(?<![\p{L}])được\s*$/u.test(text) && !/^\s*được(?![\p{L}])/u.test(s.slice(m.index + text.length, m.index + text.length + 8)) && _referredBefore(s, out, m.index)) cls = 'refer';
    if (cls) out.push({ start: m.index, end: m.index + text.length, cls });
  }
  return out;
}

/** "xem xét, ", "xem xét, bồi dưỡng và ": what a referral asks the Party to do before it admits. */
const CONSIDER_BEFORE = /xem xét,?\s+(?:(?:bồi dưỡng|giới thiệu),?\s+(?:và\s+)?)?$/u;

/** "đã xem xét " right before the admission: the Party considered and admitted. */
const CONSIDERED_DONE_BEFORE = /(?<![\p{L}])đã\s+xem xét,?\s+$/u;

/** Whether a referral verb stands earlier in the same clause (no ";" or "." between). */
function _referredBefore(s: string, verbs: readonly VerbMention[], at: number): boolean {
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!;
    if (/[;.]/u.test(s.slice(v.end, at))) return false;
    if (v.cls === 'refer') return true;
  }
  return false;
}

/**
 * The verb right before the number at `at`, with only fillers between: "kết nạp được 31".
 * The earliest such verb wins, since fillers can be verbs themselves: in "được giới thiệu cho
 * Đảng là 46 người" the governing verb is "giới thiệu", not "là".
 */
export function _directVerb(sentence: string, verbs: readonly VerbMention[], at: number): VerbClass | null {
  let best: VerbClass | null = null;
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!;
    if (v.end > at) continue;
    if (at - v.end > 64) break;
    // (A later verb may sit inside a filler: "cho" in "giới thiệu cho Đảng là 46", so keep looking.)
    if (_gapMayJoin(sentence, v.end, at) && VERB_TO_NUMBER.test(sentence.slice(v.end, at))) best = v.cls;
    // ("ba địa bàn kết nạp nhiều nhất, với 24 đảng viên": the figure of those who did the most.)
    else if ((best === null || best === 'stock') && v.cls !== 'stock' && MOST_THEN_FIGURE.test(sentence.slice(v.end, at))) best = v.cls;
  }
  return best;
}

/** Between a verb and its figure, the most of it: " nhiều nhất, với ", " nhiều CĐCS nhất là ", " cao nhất với ". */
const MOST_THEN_FIGURE = /^\s+(?:[^\d,;.()]{0,30}?\s)?(?:nhiều|cao|đông|lớn)(?:\s+[^\d,;.()]{0,20}?)?\s+nhất\s*,?\s*(?:với|là|đạt)\s+(?:(?:hơn|gần|khoảng|trên|chừng)\s+)?$/u;

/**
 * Whether the text between a verb and a number can be VERB_TO_NUMBER's fillers: they hold no digit
 * and no ",", ";", ".", "(" or ")" (a gap of white space only is the common "kết nạp 31").
 */
function _gapMayJoin(sentence: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = sentence.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x3b || c === 0x2e || c === 0x28 || c === 0x29) return false;
  }
  return true;
}

/** The class of the last non-stock verb in `text`, if any. */
export function _lastClauseVerb(text: string): VerbClass | null {
  let last: string | null = null;
  const lower = lowerCased(text);
  const re = lower === null ? CLAUSE_VERB : CLAUSE_VERB_LOWER;
  const s = lower ?? text;
  re.lastIndex = 0;
  for (let m = execAtBoundary(re, s, false); m; m = execAtBoundary(re, s, false)) last = m[0];
  if (last === null) return null;
  return VERB_AT_START.find((v) => v.re.test(last))?.cls ?? null;
}

/** A non-stock verb cue at the very start of `text` ("kết nạp đảng viên: …"), with the length it covers. */
export function _verbAtStart(text: string): { cls: VerbClass; length: number } | null {
  for (const v of VERB_AT_START) {
    const m = v.re.exec(text);
    if (m !== null) return { cls: v.cls, length: m[0].length };
  }
  return null;
}

/**
 * The first non-stock verb of a text: what happened to a noun named before its
 * number ("Số đoàn viên ưu tú giới thiệu cho Đảng: 586" → refer, not the "cho").
 */
export function _firstClauseVerb(text: string): VerbClass | null {
  const lower = lowerCased(text);
  const re = lower === null ? CLAUSE_VERB : CLAUSE_VERB_LOWER;
  re.lastIndex = 0;
  const m = execAtBoundary(re, lower ?? text, false);
  if (!m) return null;
  const first = m[0];
  return VERB_AT_START.find((v) => v.re.test(first))?.cls ?? null;
}

// ---------------------------------------------------------------------------
// Approximation and the clause window.
// ---------------------------------------------------------------------------

/** Any approximation cue at the end of a text ("… trên "); the matched words are then classified (one regex pass instead of five). */
const APPROX_AT_END = new RegExp(`(?:^|[^\\p{L}])(${APPROX_ALT})\\s*$`, 'iu');
const APPROX_CLASSIFIERS = APPROX_BEFORE.map((a) => ({ approx: a.approx, re: new RegExp(`^(?:${a.pattern})$`, 'iu') }));

/** The last word of each approximation cue ("nhất" of "ít nhất", "là" of "ít nhất là"), lower case. */
const APPROX_LAST_WORDS: ReadonlySet<string> = new Set(APPROX_ALT.replace(/\(\?:([^()]*)\)\?/gu, '|$1').split('|').map((cue) => cue.trim().split(' ').pop()!.toLowerCase()));

/** "là" and "có" end a cue only after these words ("ít nhất là", "tối đa là", "ít nhất có"), never alone: before a figure they are everywhere. */
const APPROX_COMMON_LAST = new Set(['là', 'có']);
const APPROX_BEFORE_COMMON_LAST: ReadonlySet<string> = new Set(
  APPROX_ALT.replace(/\(\?: (là|có)\)\?/gu, ' $1')
    .split('|')
    .map((cue) => cue.trim().split(' '))
    .filter((words) => words.length >= 2 && APPROX_COMMON_LAST.has(words.at(-1)!.toLowerCase()))
    .map((words) => words.at(-2)!.toLowerCase()),
);

/** Start of the run of Vietnamese letters (isWordUnit without digits) that ends at `end`. */
function _letterRunStart(text: string, end: number): number {
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (!isWordUnit(c) || (c >= 0x30 && c <= 0x39)) break;
  }
  return start;
}

/**
 * Whether the last word of `text` (before trailing white space) can end an approximation cue:
 * what APPROX_AT_END needs, checked without trying its alternation at every position. The word is
 * read as Vietnamese letters (isWordUnit without digits); a letter of another script before it only
 * makes the check say "maybe". "là" and "có" need the word before them to be one of the cue's.
 */
function _endsWithApproxWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const start = _letterRunStart(text, end);
  if (start === end) return false;
  const word = text.slice(start, end).toLowerCase();
  if (!APPROX_LAST_WORDS.has(word)) return false;
  if (!APPROX_COMMON_LAST.has(word)) return true;
  let before = start;
  while (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) before--;
  const from = _letterRunStart(text, before);
  return from < before && APPROX_BEFORE_COMMON_LAST.has(text.slice(from, before).toLowerCase());
}

/** The approximation cue ending the text before a number: "trên 21 nghìn" → more_than. */
export function _approxBefore(left: string): Approx {
  const tail = left.slice(-24);
  if (!_endsWithApproxWord(tail)) return 'exact';
  const m = APPROX_AT_END.exec(tail);
  if (!m) return 'exact';
  const words = m[1]!;
  // ("412 đoàn viên trên 436 lao động": "trên" between a part and its whole is "out of", not "over".)
  if (words.toLowerCase() === 'trên' && RATIO_OVER_BEFORE.test(left.slice(-48))) return 'exact';
  return APPROX_CLASSIFIERS.find((a) => a.re.test(words))?.approx ?? 'exact';
}

/** A count and its noun, then "trên", right before a figure: the part of a ratio, "412 đoàn viên trên ". */
const RATIO_OVER_BEFORE = /\d\s+(?:đoàn viên(?: công đoàn)?|đảng viên|ĐVCĐ|ĐV|công nhân(?: lao động)?|lao động|người|CĐCS|doanh nghiệp|DN)\s+trên\s+$/u;

/** Clause boundaries for scope and trailing windows; a comma before a new plural subject ("…, nhiều đoàn viên đã được giới thiệu") or a contrast ("…, nhưng …") ends one too, and so does a consequence (" nên …"). */
// (So does a consequence: "… chỉ có 1 nhân viên nên việc bố trí thời gian học lớp … gặp trở ngại".)
const CLAUSE_END = /[;.!?]|,\s+(?:nhiều|một số|hầu hết|phần lớn|đa số|gần như|toàn bộ|nhưng|song|tuy nhiên|trong khi)\s|,?\s(?:nên|cho nên|vì vậy|do vậy|do đó)\s/u;

/** The text from `from` to the end of its clause, stopping at `until` (the next number) and within 160 characters. */
export function _clauseAfter(text: string, from: number, until: number): string {
  const slice = text.slice(from, Math.min(until, from + 160));
  const stop = CLAUSE_END.exec(slice);
  return stop ? slice.slice(0, stop.index) : slice;
}
