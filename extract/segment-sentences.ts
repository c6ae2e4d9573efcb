/**
 * Sentences with their offsets in the article text. Lines are paragraphs; a
 * sentence ends at ".", "!", "?", "…" or "./." followed by a space and a
 * capital or an opening mark, never inside "80.689", "TP. Hồ Chí Minh" or
 * "PGS.TS. Nguyễn". ";" and ":" do not end a sentence: a target context
 * governs a whole "Mục tiêu năm 2017 là: …; …; …" list.
 */

import { isSpaceCode } from './word-boundary.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

/**
 * A sentence break: end punctuation, spaces, then something that starts a
 * sentence (a capital letter, a digit, an opening quote or bracket, a dash).
 * Must match ". Kết nạp" in "cho tổ chức đảng. Kết nạp"; must not match the
 * dot in "80.689" (no space) or ". với" (lower case).
 */
const SENTENCE_BREAK = /([.!?…]+(?:\/\.)?)(\s+)(?=[\p{Lu}\p{N}"“‘'(\[–-])/gu;

/**
 * Abbreviations ending in a dot that do not end a sentence: "TP. Hồ Chí
 * Minh", "Tp. Thủ Dầu Một", "ThS. Nguyễn", "PGS.TS. Trần", "Th.S", "Q. 1",
 * "P. Tân Định", "TX. Bến Cát", "H. Đồng Phú", a page "tr. 12".
 */
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(])(?:TP|Tp|tp|TX|Tx|ThS|Th\.S|TS|PGS|GS|BS|KS|CN|Q|P|H|X|Ô|Bà|Ông|St|Mr|Mrs|Dr|v\.v|PGS\.TS|GS\.TS|NXB|Nxb|tr|Tr)$/u;

/** SENTENCE_BREAK tried at one position (sticky): the scan jumps from one end mark to the next. */
const SENTENCE_BREAK_AT = new RegExp(SENTENCE_BREAK.source, 'yu');

/** The characters a SENTENCE_BREAK match starts with (its first class). */
const END_MARKS = ['.', '!', '?', '…'] as const;

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // Where each end mark next occurs at or after the scan position (-1: nowhere after it), found with
  // `indexOf` once per occurrence, so the whole text is searched once per mark, not once per line.
  const next = END_MARKS.map(() => -2);
  for (let lineStart = 0; ; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (!_isBlank(text, lineStart, lineEnd)) {
      let from = lineStart;
      // A match can start only at an end mark: trying SENTENCE_BREAK at each end mark of the line in
      // order finds the matches a scan of the line would, the same ones.
      for (let at = lineStart; ; ) {
        const mark = _nextMark(text, next, at);
        if (mark < 0 || mark >= lineEnd) break;
        SENTENCE_BREAK_AT.lastIndex = mark;
        const m = SENTENCE_BREAK_AT.exec(text);
        // (A match that runs to the line's end took the "\n" for a space: a scan of the line alone fails there.)
        if (m === null || SENTENCE_BREAK_AT.lastIndex >= lineEnd) {
          at = mark + 1;
          continue;
        }
        at = SENTENCE_BREAK_AT.lastIndex;
        const punctEnd = mark + m[1]!.length;
        if (m[1] === '.' && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(lineStart, mark - 8), mark))) continue;
        push(sentences, text, from, punctEnd, paragraph);
        from = at;
      }
      push(sentences, text, from, lineEnd, paragraph);
      paragraph++;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return sentences;
}

/** The first end mark at or after `at`, or -1, keeping `next` (per END_MARKS entry) up to date. */
function _nextMark(text: string, next: number[], at: number): number {
  let first = -1;
  for (let k = 0; k < END_MARKS.length; k++) {
    let position = next[k]!;
    if (position !== -1 && position < at) next[k] = position = text.indexOf(END_MARKS[k]!, at);
    if (position !== -1 && (first < 0 || position < first)) first = position;
  }
  return first;
}

/** Whether `text` holds only whitespace between `start` and `end` (as `trim()` would leave nothing). */
function _isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The longest sentence handed on whole. The rules look back over the
 * sentence for every number in it, so a "sentence" of a megabyte (a table or
 * a list flattened into one line, with no full stop: test/robustness,
 * "single-line-1mb") cost minutes. Real sentences stay far below: the longest
 * in the seeds and corpora is about 1,200 characters.
 */
export const MAX_SENTENCE_CHARS = 4000;

/**
 * Where an over-long sentence is cut, best first: after "; ", after ", ", at a
 * space. Always before a space, so no piece starts inside a token (a piece
 * starting in the middle of "1.000.000.000…" read "000.000" as a count of 0).
 */
const LONG_SENTENCE_CUTS = ['; ', ', ', ' '] as const;

/** Whitespace, to skip a run without any (`\s` as `push` trims it). */
const NEXT_SPACE = /\s/gu;

/** Appends the sentence `text[from, to)` (a piece of one line), trimmed, cut if over-long. */
function push(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // An over-long sentence is cut into pieces of at most MAX_SENTENCE_CHARS, each after the last separator that keeps it under.
  while (e - s > MAX_SENTENCE_CHARS) {
    const window = text.slice(s, s + MAX_SENTENCE_CHARS + 1);
    let cut = -1;
    for (const separator of LONG_SENTENCE_CUTS) {
      const at = window.lastIndexOf(separator);
      if (at > 0) {
        cut = at + separator.length - 1;
        break;
      }
    }
    if (cut > 0) push(out, text, s, s + cut, paragraph);
    else {
      // A run of MAX_SENTENCE_CHARS characters without a space is no sentence: skipped, never read.
      // (A space found past the line's end, its "\n" or later, is past `e` too: the run is skipped to `e` either way.)
      NEXT_SPACE.lastIndex = s;
      cut = (NEXT_SPACE.exec(text)?.index ?? e) - s;
    }
    s = Math.min(e, s + cut);
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph });
}
