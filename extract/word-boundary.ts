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

/**
 * Words some word must end with, for the gates in front of regexes anchored at the end of a text
 * (`(?:số|Điều|…)\s*$`): a text whose last word ends with none of them cannot match, and the
 * regex, which tries its alternation at every position, is not run. Lower case.
 */
export class WordEndings {
  private readonly words: ReadonlySet<string>;
  private readonly lengths: readonly number[];

  constructor(words: readonly string[]) {
    this.words = new Set(words.map((w) => w.toLowerCase()));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => a - b);
  }

  /**
   * Whether the last word of `text` (its run of isWordUnit code units before any trailing white
   * space) ends with one of the words, case aside. A text ending in anything else says false.
   */
  endsText(text: string): boolean {
    let end = text.length;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
    if (start === end) return false;
    const word = text.slice(start, end).toLowerCase();
    if (word.length !== end - start) return false; // (no Vietnamese letter changes length in lower case)
    for (const n of this.lengths) {
      if (n > word.length) break;
      if (this.words.has(n === word.length ? word : word.slice(word.length - n))) return true;
    }
    return false;
  }
}
