/**
 * Word boundaries without lookbehinds. A regex that starts with a lookbehind
 * such as `(?<![\p{L}])(?:kết nạp|thành lập|…)` makes V8 try the whole
 * alternation at every position of the text; the same alternation without the
 * lookbehind is scanned several times faster, and the boundary is then checked
 * on its few matches (`execAtBoundary`). The result is the same match: the
 * leftmost position where both the boundary and the alternation hold, with the
 * same alternative chosen.
 */

/** The code units of JavaScript's `\s`. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Letters and digits of Vietnamese words: ASCII, Latin-1 and Latin Extended-A/B
 * (but × and ÷), Latin Extended Additional. Every such code unit is `\p{L}` or
 * `\p{N}`; letters of other scripts are not included (callers treat them as
 * "maybe", never as a sure boundary).
 */
export function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether the code point ending right before `at` is a letter (`\p{L}`), or a
 * letter or digit when `digits` is set: exactly what `(?<![\p{L}])` or
 * `(?<![\p{L}\p{N}])` reject under the `u` flag (surrogate pairs included).
 */
export function letterBefore(text: string, at: number, digits: boolean): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (digits && c >= 0x30 && c <= 0x39);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  let point = String.fromCharCode(c);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) point = String.fromCharCode(high, c);
  }
  return (digits ? LETTER_OR_DIGIT : LETTER).test(point);
}

/**
 * The next match of the global regex `re` (compiled without a leading
 * lookbehind) that does not start right after a letter (or a letter or digit,
 * with `digits`), from `re.lastIndex` on; null when there is none. Leaves
 * `re.lastIndex` after the match, as `exec` does.
 */
export function execAtBoundary(re: RegExp, text: string, digits: boolean): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterBefore(text, m.index, digits)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Code units whose lower case is not one code unit (only İ, U+0130, among isWordUnit's): the lower-case tables below mark them so. */
const _NOT_ONE_UNIT = -1;

/** The lower case of each code unit below U+0250 and of U+1E00–U+1EFF (isWordUnit's ranges), as `toLowerCase` gives it, built at load. */
function _lowerTable(from: number, count: number): Int32Array {
  const table = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const lower = String.fromCharCode(from + i).toLowerCase();
    table[i] = lower.length === 1 ? lower.charCodeAt(0) : _NOT_ONE_UNIT;
  }
  return table;
}
const _LOWER_LATIN = _lowerTable(0, 0x250);
const _LOWER_ADDITIONAL = _lowerTable(0x1e00, 0x100);

/**
 * The lower case of a word unit (`isWordUnit(c)`), or -1 when it is longer than one code unit.
 * Lower-casing these code units is context-free (only Σ lower-cases by context), so a word in
 * lower case is its units each lowered: `_lowerWordUnit` per unit equals `toLowerCase` on the word.
 */
function _lowerWordUnit(c: number): number {
  return c < 0x250 ? _LOWER_LATIN[c]! : _LOWER_ADDITIONAL[c - 0x1e00]!;
}

/**
 * Words some word must end with, for the gates in front of regexes anchored at the end of a text
 * (`(?:số|Điều|…)\s*$`): a text whose last word ends with none of them cannot match, and the
 * regex, which tries its alternation at every position, is not run. Lower case.
 */
export class WordEndings {
  /** The words (lower case) by their last code unit: a last word is compared only with those ending as it does. */
  private readonly byLast: ReadonlyMap<number, readonly string[]>;
  /** Whether "" is one of the words (any last word then ends with it). */
  private readonly empty: boolean;

  constructor(words: readonly string[]) {
    const byLast = new Map<number, string[]>();
    for (const w of new Set(words.map((w) => w.toLowerCase()))) {
      if (w.length === 0) continue;
      const last = w.charCodeAt(w.length - 1);
      const list = byLast.get(last);
      if (list) list.push(w);
      else byLast.set(last, [w]);
    }
    this.byLast = byLast;
    this.empty = words.includes('');
  }

  /**
   * Whether the last word of `text` (its run of isWordUnit code units before any trailing white
   * space) ends with one of the words, case aside. A text ending in anything else says false.
   * (Compared unit by unit from the end, without slicing or lower-casing the word: called for
   * most figures, several times each. As before, a word holding İ, whose lower case is longer,
   * says false.)
   */
  endsText(text: string): boolean {
    let end = text.length;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) return false;
    const lastUnit = text.charCodeAt(end - 1);
    if (!isWordUnit(lastUnit)) return false;
    if (!this.empty) {
      const candidates = this.byLast.get(_lowerWordUnit(lastUnit));
      if (candidates === undefined) return false;
      let k = 0;
      while (k < candidates.length && !_endsWith(text, end, candidates[k]!)) k++;
      if (k === candidates.length) return false;
    }
    // The rest of the word must hold no unit that lower-cases to two (the whole word was lower-cased before).
    for (let i = end - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (!isWordUnit(c)) break;
      if (_lowerWordUnit(c) === _NOT_ONE_UNIT) return false;
    }
    return true;
  }
}

/** Whether the run of word units ending at `end` ends with `word` (lower case), case aside. */
function _endsWith(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = end - 1, j = word.length - 1; j >= 0; i--, j--) {
    const c = text.charCodeAt(i);
    if (!isWordUnit(c) || _lowerWordUnit(c) !== word.charCodeAt(j)) return false;
  }
  return true;
}
