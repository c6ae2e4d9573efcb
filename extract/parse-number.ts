/**
 * Numbers as Vietnamese writes them: "80.689" (dot thousands), "94,7" (decimal
 * comma), "21 nghìn", "1,2 triệu", "05", "hai mươi lăm", "1-2", "từ 8.000 –
 * 11.000", "62%", "62 phần trăm". Pure string → value functions plus one
 * scanner, findNumbers(), that lists every number mention of a sentence with
 * its span, leaving out dates, times, years, phone and document numbers.
 */

import { lowerCased, lowerTwin } from './lower-case.js';
import { execAtBoundary, isSpaceCode, isWordUnit, letterBefore } from './word-boundary.js';

/**
 * A written number in digits.
 * - dot thousands: "80.689", "1.234.567" (groups of exactly three digits);
 * - comma thousands, as page widgets print them: "1,180", "10,589,565";
 * - space thousands, as some reports print them: "72 415", "1 986", "(chỉ tiêu 7 000)";
 * - decimal comma "94,7" or decimal point "12.5";
 * - plain "56", "05".
 * Must match: "80.689", "1,2", "1,180". Must not match inside "2024-06-02" as one number,
 * nor any part of "1.2.3.4" or "0,0,0" (not numbers: they used to read as 1.2 and 0).
 * The alternatives are ordered so the longest reading wins; each is a flat
 * sequence (no nested quantifiers), so it cannot backtrack badly.
 */
export const DIGIT_NUMBER = /(?<![\d])(?<![\d][.,])(?:\d{1,3}(?: \d{3})+(?![\d.,]?\d)|\d{1,3}(?:\.\u2060*\d{3})+(?:,\d{1,3})?(?![\d.,]\d)|\d{1,3}(?:,\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)?(?![.,]\d))/gu;

/**
 * DIGIT_NUMBER tried at one place (sticky), its lookbehinds included: at the starts of the runs of
 * digits, since every match of DIGIT_NUMBER starts at a digit no digit precedes.
 */
const DIGIT_NUMBER_AT = new RegExp(DIGIT_NUMBER.source, 'uy');

/** Scale words after a number: "21 nghìn" = 21000, "1,2 triệu" = 1200000, "2 chục" = 20. */
// ("8 trăm đoàn viên", as radio transcripts and speech write it.)
export const SCALE_WORD = /^\s*(nghìn|ngàn|triệu|tỷ|tỉ|vạn|chục|trăm)(?![\p{L}\p{N}])/iu;
const SCALES: Record<string, number> = { chục: 10, trăm: 100, nghìn: 1e3, ngàn: 1e3, vạn: 1e4, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
/** The hundreds after "nghìn" in a figure said in mixed form, then a word: " 200 công nhân" of "3 nghìn 200 công nhân". */
/** "rưỡi" right after a scale word: "1 nghìn rưỡi". */
const HALF_AFTER_SCALE = /^\s+rưỡi(?![\p{L}\p{N}])/iu;
/** "trăm" right after the digit of the hundreds: "1 nghìn 1 trăm". */
const HUNDRED_WORD_AFTER = /^\s+trăm(?![\p{L}])/iu;
const HUNDREDS_AFTER_THOUSAND = /^\s+(\d{1,3})(?![\d.,])(?=\s+\p{L})/u;
/** One digit of thousands after "vạn", with its scale word: " 2 nghìn" of "1 vạn 2 nghìn". */
const THOUSANDS_AFTER_TEN_THOUSAND = /^\s+(\d)\s+(?:nghìn|ngàn)(?![\p{L}\p{N}])/iu;

/** Percent after a number: "62%", "62 %", "62 phần trăm". */
export const PERCENT_AFTER = /^\s*(?:%|phần trăm(?![\p{L}]))/iu;

/**
 * The second half of a range: "1-2", "1 - 2", "8.000 – 11.000", "1 đến 2", "1 tới 2", "2~3", "40 ~ 50%".
 * Must match "-2 lớp" after "1"; must not match "/6/2024".
 */
export const RANGE_TAIL = /^\s*(?:-|–|—|~|đến|tới)\s*(?=\d)/iu;

/** Vietnamese number words, one syllable each. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6,
  bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10, mươi: 10, mốt: 1, trăm: 100, nghìn: 1000,
  ngàn: 1000, vạn: 1e4, triệu: 1e6, linh: 0, lẻ: 0, chục: 10, rưỡi: 0.5,
};

/** The scale words "rưỡi" (and a half) may follow: "hai nghìn rưỡi" is 2,500, "một vạn rưỡi" 15,000, "trăm rưỡi" 150. */
const HALF_AFTER: Readonly<Record<string, number>> = { trăm: 100, nghìn: 1000, ngàn: 1000, vạn: 1e4, triệu: 1e6 };

/** The number-word syllables as one alternation (see NUMBER_WORDS). */
export const NUMBER_WORD_ALT = 'một|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|trăm|nghìn|ngàn|vạn|triệu|linh|lẻ|chục|rưỡi|không';

/**
 * A run of number words ending right before a noun: "hai mươi lăm " in "hai
 * mươi lăm đảng viên". Must match "ba " before "chi bộ"; parseNumberWords then
 * rejects runs that are not numbers ("tư" alone, as in "tư nhân").
 */
/** The first of two neighbouring numbers in words: "năm, " in "năm, sáu đảng viên", "ba - " in "ba - bốn lớp". */
const WORD_PAIR_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${NUMBER_WORD_ALT})(?: (?:${NUMBER_WORD_ALT}))*)\\s*(,|-|–|đến|tới|hoặc)\\s*$`, 'iu');

const NUMBER_WORD_RUN_AT_END = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${NUMBER_WORD_ALT})(?: (?:${NUMBER_WORD_ALT}))*)\\s+$`, 'iu');

/** Whether `s` is one or more ASCII digits: "056" → true, "" and "1.2" → false. */
function _allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** "80.689" → 80689, "1,180" → 1180, "94,7" → 94.7, "12.5" → 12.5, "05" → 5. */
export function parseDigits(raw: string): number | null {
  // (A word joiner stands where a line broke a figure after its thousands dot: see CUT_THOUSANDS in extract-facts.ts.)
  const s = (raw.includes('\u2060') ? raw.replace(/\u2060/gu, '') : raw).trim();
  let value: number;
  if (_allDigits(s)) value = Number(s);
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,3})?$/u.test(s)) value = Number(s.replace(/\./gu, '').replace(',', '.'));
  else if (/^\d{1,3}(?:,\d{3})+$/u.test(s)) value = Number(s.replace(/,/gu, ''));
  else if (/^\d{1,3}(?: \d{3})+$/u.test(s)) value = Number(s.replace(/ /gu, ''));
  else if (/^\d+(?:[.,]\d+)?$/u.test(s)) value = Number(s.replace(',', '.'));
  else return null;
  // Beyond 2^53 a double no longer holds the written integer ("99999999999999999999" became 1e20): not a figure to store.
  return Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER ? value : null;
}

/** The digits one to nine in words ("tư", "lăm" and the like only follow tens). */
const ONE_DIGIT_WORDS: ReadonlySet<string> = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín']);

/**
 * "hai mươi lăm" → 25, "một trăm linh năm" → 105, "mười hai" → 12,
 * "hai nghìn" → 2000, "ba" → 3. Returns null for runs that are not a number
 * ("tư" alone, "lăm" alone, "linh", "mươi", "chục" alone).
 */
export function parseNumberWords(run: string): number | null {
  const said = run.toLowerCase().split(/\s+/u).filter(Boolean);
  if (said.length === 0) return null;
  // ("trăm rưỡi" is 150, "nghìn rưỡi" 1.500, "nghìn hai" 1.200: a scale word said first, then a half or one digit, has its
  // "một" left out, as speech does; "trăm" alone, "trăm nghìn" stay no figure.)
  const words = said.length === 2 && HALF_AFTER[said[0]!] !== undefined && (said[1] === 'rưỡi' || ONE_DIGIT_WORDS.has(said[1]!)) ? ['một', ...said] : said;
  const first = words[0]!;
  if (['tư', 'lăm', 'nhăm', 'mốt', 'linh', 'lẻ', 'mươi', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'chục', 'không', 'rưỡi'].includes(first)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let previous = '';
  for (const word of words) {
    const n = NUMBER_WORDS[word];
    if (n === undefined) return null;
    if (word === 'mươi' || word === 'chục') {
      if (digit === null) return null;
      section += digit * 10;
      digit = null;
    } else if (word === 'mười') {
      if (digit !== null || section % 100 >= 10) return null;
      section += 10;
    } else if (word === 'trăm') {
      section += (digit ?? 1) * 100;
      digit = null;
    } else if (word === 'rưỡi') {
      // Half of the scale word just said, and nothing after it: "hai nghìn rưỡi", not "hai rưỡi", "hai nghìn rưỡi ba".
      const half = HALF_AFTER[previous];
      if (half === undefined || word !== words[words.length - 1]) return null;
      if (previous === 'trăm') section += half / 2;
      else total += half / 2;
    } else if (word === 'nghìn' || word === 'ngàn' || word === 'vạn' || word === 'triệu') {
      section += digit ?? 0;
      digit = null;
      total += (section || 1) * n;
      section = 0;
    } else if (word === 'linh' || word === 'lẻ') {
      // ("một trăm linh năm", "một nghìn linh hai": no tens, or no hundreds and tens.)
      if (previous !== 'trăm' && previous !== 'nghìn' && previous !== 'ngàn') return null;
    } else {
      // a unit digit; "tư", "mốt", "lăm" only after a tens word
      if ((word === 'tư' || word === 'mốt' || word === 'lăm' || word === 'nhăm') && !['mươi', 'mười', 'chục'].includes(previous)) return null;
      if (digit !== null) return null;
      digit = n;
    }
    previous = word;
  }
  // ("một nghìn hai" is 1.200, "một trăm hai" 120, "hai triệu hai" 2,2 triệu: a digit alone after a scale word is the next
  // place down, as speech says it; "một nghìn linh hai" says 1.002.)
  const placeBelow: Readonly<Record<string, number>> = { trăm: 10, nghìn: 100, ngàn: 100, vạn: 1000, triệu: 100000 };
  if (digit !== null && words.length >= 3 && placeBelow[words[words.length - 2]!] !== undefined) return total + section + digit * placeBelow[words[words.length - 2]!]!;
  section += digit ?? 0;
  return total + section;
}

/**
 * Nouns that number words can count in our metrics: the number-word scan
 * starts from these, and "phần trăm" after a rate in words. Must match "năm đảng viên", "ba chi bộ", "mười bốn phần
 * trăm"; not "năm 2024".
 * Scanned with execAtBoundary (a match after a letter is skipped).
 */
const MAY_COUNT_IN_WORDS = /(?:phần trăm|đảng viên|đoàn viên|chi bộ|đảng bộ|công đoàn|CĐCS|lao động|công nhân|doanh nghiệp|lớp|học viên|quần chúng|chi đoàn|tổ chức|thanh niên|ĐV|DN|người|đồng chí|bạn|chị|tín đồ|anh chị em|chủ doanh nghiệp|chủ DN|doanh nhân|nhà quản lý|TCCSĐ|CBCS|ĐBCS|ĐVCĐ|ĐVTN|CNLĐ|NLĐ|QCƯT)/giu;

/**
 * Number words with no noun, as the part of a breakdown: "trong đó gần hai nghìn là thợ lò", "trong số đó mười
 * bốn là nữ" (the group 1 is the words). Must not match "trong đó, năm 2024 là …" (a year) nor "Một là, …".
 */
const PART_IN_WORDS = new RegExp(`(?<![\\p{L}])trong (?:số )?đó,?\\s+(?:có\\s+)?(?:(?:gần|hơn|khoảng|trên)\\s+)?((?:${NUMBER_WORD_ALT})(?:\\s+(?:${NUMBER_WORD_ALT}))*)\\s+là(?![\\p{L}])`, 'giu');

/** A hedge right before "chục" alone, which makes it ten: "hơn ", "gần ", "ngót ", "khoảng ", "trên ". */
const TEN_HEDGED_BEFORE = /(?:^|[^\p{L}])(?:hơn|gần|ngót|khoảng|trên)\s+$/iu;

/** A figure right before a word: "3 " before "năm" in "sau 3 năm". */
const FIGURE_BEFORE_YEAR_WORD = /\d\s+$/u;

/** Words that make the number words after them vague: "dăm ba", "vài ba", "đôi ba", "mấy chục". */
/** A digit, then spaces, right before a run of number words: "1 " of "1 nghìn rưỡi". */
const DIGIT_BEFORE = /\d\s*$/u;
const VAGUE_BEFORE = /(?:^|[^\p{L}])(?:dăm|vài|đôi|mấy)\s+$/iu;

/** The number-word syllables, lower case (NUMBER_WORD_ALT as a set). */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORD_ALT.split('|'));

/** MAY_COUNT_IN_WORDS anchored where it is tried: right after a number word and its space. */
const MAY_COUNT_AT = new RegExp(MAY_COUNT_IN_WORDS.source, 'iuy');

/** The two scans above for lower-cased text (lower-case.ts). */
const MAY_COUNT_IN_WORDS_LOWER = lowerTwin(MAY_COUNT_IN_WORDS);
const MAY_COUNT_AT_LOWER = lowerTwin(MAY_COUNT_AT);

/**
 * Whether the text before `end` (not before `from`) ends with a number word and white space:
 * what NUMBER_WORD_RUN_AT_END needs, checked without a regex. "ba " → true; "năm" (no space),
 * "khám " → false.
 */
function _numberWordEndsAt(text: string, from: number, end: number): boolean {
  let e = end;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === end) return false;
  let s = e;
  while (s > from && isWordUnit(text.charCodeAt(s - 1))) s--;
  return s < e && NUMBER_WORD_SET.has(text.slice(s, e).toLowerCase());
}

/** A number word followed by white space, with no boundary check (a lookbehind here makes V8 try every position; the boundary is checked on the few matches). */
const NUMBER_WORD_THEN_SPACE = new RegExp(`(?:${NUMBER_WORD_ALT})(?=\\s)`, 'giu');
const NUMBER_WORD_THEN_SPACE_LOWER = lowerTwin(NUMBER_WORD_THEN_SPACE);

/**
 * Whether some number word of `text` is followed by white space and a noun that number words
 * count ("ba chi bộ"): without one, the noun-first scan of findNumbers finds nothing.
 */
function _mayCountInWords(original: string): boolean {
  const lower = lowerCased(original);
  const text = lower ?? original;
  const words = lower === null ? NUMBER_WORD_THEN_SPACE : NUMBER_WORD_THEN_SPACE_LOWER;
  const noun = lower === null ? MAY_COUNT_AT : MAY_COUNT_AT_LOWER;
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (m.index > 0 && isWordUnit(text.charCodeAt(m.index - 1))) {
      words.lastIndex = m.index + 1;
      continue;
    }
    let at = m.index + m[0].length;
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    noun.lastIndex = at;
    if (noun.test(text)) return true;
    words.lastIndex = m.index + 1;
  }
  return false;
}

export interface NumberMention {
  /** Span of the whole number expression in the sentence: "trên" not included, "%" and scale included. */
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: 'count' | 'percent';
  /** Written in words ("hai mươi"): the rules accept these only before a counted noun. */
  inWords: boolean;
  /** Stated loosely ("năm, sáu đảng viên"): the approximation is "about". */
  approximate?: boolean;
  /** Written with a "+" glued after it ("950+ đoàn viên", "52k+ doanh nghiệp"): more than the figure. */
  plus?: boolean;
  raw: string;
}

// ---------------------------------------------------------------------------
// Spans that hold digits but no count: dates, times, year ranges, phone and
// document numbers. Digits inside them never become mentions.
// ---------------------------------------------------------------------------

/** "31/5/2024", "02-06-2024", "2.6.2024"; also "01 - 02/6/2024" (a range of days). Not inside a number: "11.482/13.236" is a fraction. */
const FULL_DATE = /(?<!\d)(?<!\d[.,])(?:\d{1,2}\s*[-–]\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/gu;
/** Month/year "6/2014", "tháng 9/2016", "12/2023". */
const MONTH_YEAR = /(?<![\d/])\d{1,2}\/(?:19|20)\d{2}(?!\d)/gu;
/** Day/month without a year "23/4", "14-1" after a day word: validated before masking. */
const DAY_MONTH = /(?<![\d/.,])(\d{1,2})[/](\d{1,2})(?![\d/])/gu;
const DAY_MONTH_DASH = /(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm)\s(\d{1,2})-(\d{1,2})(?![\d])/gu;
/** Times "16:05", "8h30", "8 giờ 30", "14h". */
const TIME = /(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?|h\d{0,2}(?![\p{L}]))/gu;
/** Year ranges "2021-2025", "2021 – 2023", "2020/2025". */
const YEAR_RANGE = /(?<!\d)(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)?\d{2}(?!\d)/gu;
/** Document numbers "28-NQ/TU", "07-CT/TW", "151-QĐ/TU", "202/2025/QH15", "số 15/KH-UBND". */
const DOC_NUMBER = /(?<!\d)\d+(?:\/\d{4})?[-/][A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9]*)*/gu;
/** Footnote marks glued to the word before them: "900 nghìn lao động(1)", "doanh nghiệp[2]" (the glue is checked on the matches). */
const FOOTNOTE = /[([]\d{1,2}[)\]]/gu;
/** What a footnote mark is glued to: a letter, a figure ("3.416(1)") or closing punctuation. */
const FOOTNOTE_GLUE = /[\p{L}\d.,;:”")]/u;
/** Phone numbers "0271.3879.123", "0913 456 789", "(0271) 3 879 123". */
const PHONE = /(?<![\d.,])\(?0\d{1,3}\)?(?:[ .]?\d){7,8}(?![\d.,]?\d)/gu;

type Span = readonly [number, number];

/** The patterns above that start at a run of digits (or the bracket before one), sticky: for collectAt. */
const FULL_DATE_AT = new RegExp(FULL_DATE.source, 'uy');
const MONTH_YEAR_AT = new RegExp(MONTH_YEAR.source, 'uy');
const DAY_MONTH_AT = new RegExp(DAY_MONTH.source, 'uy');
const TIME_AT = new RegExp(TIME.source, 'uy');
const YEAR_RANGE_AT = new RegExp(YEAR_RANGE.source, 'uy');
const DOC_NUMBER_AT = new RegExp(DOC_NUMBER.source, 'uy');
const FOOTNOTE_AT = new RegExp(FOOTNOTE.source, 'uy');
const PHONE_AT = new RegExp(PHONE.source, 'uy');

/** A day word right before a day/month: "ngày 13/10", "sáng 5/3", "hôm 2/9". */
const DAY_WORD_BEFORE = /(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm)\s+$/u;

// What `_digitContexts` finds around the digits of a sentence: for each masking pattern, a short
// stretch that every match of it contains (so a sentence without it skips the pattern's pass).
/** `\d[/.-]\d{1,2}[/.-]\d`: in every FULL_DATE ("31/5/2024": "1/5/2"). */
const DATE_PARTS = 1 << 0;
/** `\d/19\d\d` or `\d/20\d\d`: in every MONTH_YEAR ("6/2014"). */
const MONTH_THEN_YEAR = 1 << 1;
/** A `-`, `–`, `—` or `/` whose last code unit before it other than white space (`\s`) is a digit: in every YEAR_RANGE ("2021 – 2023"). */
const DIGIT_THEN_RANGE_MARK = 1 << 2;
/** Four digits in a row: in every YEAR_RANGE. */
const FOUR_DIGITS = 1 << 3;
/** `\d[-/]` then A-Z or Đ: in every DOC_NUMBER ("28-NQ/TU": "8-N"; "202/2025/QH15": "5/Q"). */
const DIGIT_THEN_CODE = 1 << 4;
/** A run of digits that starts with `0\d`: in every PHONE, whose "0" no digit precedes (its lookbehind, or its "("), which also holds nine digits at least (its 0, 1-3 more, then 7-8). */
const ZERO_THEN_DIGIT = 1 << 5;
/** Nine digits or more in all. */
const NINE_DIGITS = 1 << 6;
/** `\d:\d` or `\dh`: in every TIME ("16:05", "8h30", "14h"). */
const DIGIT_THEN_TIME_MARK = 1 << 7;
/** `(` or `[` then a digit: in every FOOTNOTE ("(1)"). */
const BRACKET_THEN_DIGIT = 1 << 8;
/** `\d-\d`: in every DAY_MONTH_DASH ("ngày 14-1"). */
const DIGIT_DASH_DIGIT = 1 << 9;
/** `\d/\d`: in every DAY_MONTH ("23/4"). */
const DIGIT_SLASH_DIGIT = 1 << 10;

/** Whether `c` is an ASCII digit (what `\d` matches); false for NaN (past either end of the text). */
export function _isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `c` is one of the `[/.-]` of FULL_DATE. */
function _isDateMark(c: number): boolean {
  return c === 0x2f || c === 0x2e || c === 0x2d;
}

/** A digit, as `_digitContexts` finds the runs of digits: `test` (no match array) leaves `lastIndex` just past it. */
const NEXT_DIGIT = /\d/g;

/**
 * The stretches above that `original` holds, as bits, found from the runs of digits of `text`, its
 * lower case (or itself): each stretch is a run with what touches it (a bracket before; a mark
 * after, at most white space apart, then what follows the mark). Lower-casing keeps the offsets,
 * digits and marks, so the bits are those of `original`, but that an "H" reads as "h" (the bit then
 * only says "maybe": still set wherever a TIME is) and the capital after a DOC_NUMBER's mark is
 * read in `original`. The start of each run is pushed on `runs` (the places a DIGIT_NUMBER may
 * start: the same in `original`). (One native search for each run's first digit, its other digits
 * read in place: nine searches for single marks cost more, and let FULL_DATE run on any sentence
 * with a digit and a full stop; a loop over every code unit in JavaScript, more again.)
 */
function _digitContexts(text: string, original: string, runs: number[]): number {
  let bits = 0;
  let digits = 0;
  NEXT_DIGIT.lastIndex = 0;
  while (NEXT_DIGIT.test(text)) {
    const start = NEXT_DIGIT.lastIndex - 1;
    let end = start + 1;
    while (_isDigitCode(text.charCodeAt(end))) end++;
    NEXT_DIGIT.lastIndex = end;
    runs.push(start);
    digits += end - start;
    if (end - start >= 4) bits |= FOUR_DIGITS;
    if (end - start >= 2 && text.charCodeAt(start) === 0x30) bits |= ZERO_THEN_DIGIT;
    const before = text.charCodeAt(start - 1);
    if (before === 0x28 || before === 0x5b) bits |= BRACKET_THEN_DIGIT;
    let at = end;
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    if (c < CONTEXT_MARK.length && CONTEXT_MARK[c] === 1) bits |= _markContexts(text, original, at, c);
  }
  if (digits >= 9) bits |= NINE_DIGITS;
  return bits;
}

/** The code units `_markContexts` reads (- – — / . : h ( [) marked 1. */
const CONTEXT_MARK: Uint8Array = (() => {
  const marks = new Uint8Array(0x2015);
  for (const mark of '-–—/.:h([') marks[mark.charCodeAt(0)] = 1;
  return marks;
})();

/** The bits of `_digitContexts` that the mark `c` at `i` completes, the last code unit before it other than white space being a digit. */
function _markContexts(text: string, original: string, i: number, c: number): number {
  if (c === 0x28 || c === 0x5b) return _isDigitCode(text.charCodeAt(i + 1)) ? BRACKET_THEN_DIGIT : 0;
  let bits = 0;
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f) bits |= DIGIT_THEN_RANGE_MARK;
  if (!_isDigitCode(text.charCodeAt(i - 1))) return bits;
  if (c === 0x68) return bits | DIGIT_THEN_TIME_MARK;
  const next = text.charCodeAt(i + 1);
  if (c === 0x3a) return _isDigitCode(next) ? bits | DIGIT_THEN_TIME_MARK : bits;
  if (c === 0x2d || c === 0x2f) {
    const code = original.charCodeAt(i + 1);
    if ((code >= 0x41 && code <= 0x5a) || code === 0x110) bits |= DIGIT_THEN_CODE;
  }
  if (!_isDigitCode(next)) return bits;
  if (c === 0x2d) bits |= DIGIT_DASH_DIGIT;
  if (c === 0x2f) {
    bits |= DIGIT_SLASH_DIGIT;
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    if (((c1 === 0x31 && c2 === 0x39) || (c1 === 0x32 && c2 === 0x30)) && _isDigitCode(text.charCodeAt(i + 3)) && _isDigitCode(text.charCodeAt(i + 4))) bits |= MONTH_THEN_YEAR; // "19", "20"
  }
  if (_isDateMark(c)) {
    const second = _isDigitCode(text.charCodeAt(i + 2)) ? i + 3 : i + 2;
    if (_isDateMark(text.charCodeAt(second)) && _isDigitCode(text.charCodeAt(second + 1))) bits |= DATE_PARTS;
  }
  return bits;
}

function collect(re: RegExp, text: string, out: Span[], accept?: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!accept || accept(m)) out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * `collect` for a pattern whose every match starts at a run of digits (`runs`: their starts, in
 * order), or at one of `leads` right before one ("(" of "(0271) …"): `sticky`, its sticky twin, is
 * tried at those places only, from the end of the last match on, which finds the matches `collect`
 * finds (the leftmost from there, each time) without a scan of the whole text per pattern.
 */
function collectAt(sticky: RegExp, text: string, runs: readonly number[], leads: string, atRun: boolean, out: Span[], accept?: (m: RegExpExecArray) => boolean): void {
  let next = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    for (let at = leads.length > 0 && run > 0 && leads.includes(text.charAt(run - 1)) ? run - 1 : run; at <= run; at++) {
      if (at < next || (at === run && !atRun)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      if (!accept || accept(m)) out.push([m.index, m.index + m[0].length]);
      next = m.index + m[0].length;
    }
  }
}

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Spans of the sentence that are dates, times, years, phone or document
 * numbers. `isCountedNoun(after)` lets "5/10 doanh nghiệp" stay a fraction.
 */
export function maskedSpans(text: string, isCountedNoun: (after: string) => boolean): Span[] {
  // Each pattern needs digits: a sentence without any has nothing to mask.
  const runs: number[] = [];
  const contexts = _digitContexts(lowerCased(text) ?? text, text, runs);
  return runs.length > 0 ? _maskedSpans(text, isCountedNoun, contexts, runs) : [];
}

/**
 * maskedSpans of a text with digits, whose `_digitContexts` are `contexts` and whose runs of digits
 * start at `runs`: a pattern runs only when the stretch every match of it holds is there, and only
 * where a match may start (collectAt): at a digit no digit precedes (each one's lookbehind, or
 * DAY_MONTH's capture, says so), or at the "(" or "[" before one (PHONE, FOOTNOTE).
 */
function _maskedSpans(text: string, isCountedNoun: (after: string) => boolean, contexts: number, runs: readonly number[]): Span[] {
  const spans: Span[] = [];
  if (contexts & DATE_PARTS) collectAt(FULL_DATE_AT, text, runs, '', true, spans);
  if (contexts & MONTH_THEN_YEAR) collectAt(MONTH_YEAR_AT, text, runs, '', true, spans);
  if (contexts & DIGIT_THEN_RANGE_MARK && contexts & FOUR_DIGITS) collectAt(YEAR_RANGE_AT, text, runs, '', true, spans);
  // ("236/KH năm 450": a result over its plan, "KH" alone being no document code.)
  if (contexts & DIGIT_THEN_CODE) collectAt(DOC_NUMBER_AT, text, runs, '', true, spans, (m) => !m[0].endsWith('/KH') || /^[-/]/u.test(text.slice(m.index + m[0].length)));
  if (contexts & ZERO_THEN_DIGIT && contexts & NINE_DIGITS) collectAt(PHONE_AT, text, runs, '(', true, spans);
  if (contexts & DIGIT_THEN_TIME_MARK) collectAt(TIME_AT, text, runs, '', true, spans);
  if (contexts & BRACKET_THEN_DIGIT) collectAt(FOOTNOTE_AT, text, runs, '([', false, spans, (m) => m.index > 0 && FOOTNOTE_GLUE.test(text.charAt(m.index - 1)));
  if (contexts & DIGIT_DASH_DIGIT) collect(DAY_MONTH_DASH, text, spans, (m) => validDayMonth(Number(m[1]), Number(m[2])));
  if (contexts & DIGIT_SLASH_DIGIT) collectAt(DAY_MONTH_AT, text, runs, '', true, spans, (m) => {
    if (!validDayMonth(Number(m[1]), Number(m[2]))) return false;
    // ("đến ngày 13/10 công ty vẫn chưa trả": after a day word it is a date, whatever follows.)
    if (DAY_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return true;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 48);
    // ("Thành lập mới tổ chức cơ sở đảng: 4/6 tổ chức, đạt 66,7%": a rate that is the first over the second, to its
    // written precision, makes them a fraction, whatever noun follows.)
    return !isCountedNoun(after.slice(0, 40)) && !_ratioStatedAfter(after, Number(m[1]), Number(m[2]));
  });
  return spans;
}

/** A rate stated after "N/M" ("…, đạt 66,7%") that is N over M to its written precision. */
const RATE_AFTER_FRACTION = /^[^;.\d%]{0,30}?(?<![\p{L}])(?:đạt|bằng|chiếm|đạt tỷ lệ|tỷ lệ)\s+(\d{1,3})(?:,(\d{1,2}))?\s*%/u;

function _ratioStatedAfter(after: string, part: number, whole: number): boolean {
  if (!after.includes('%')) return false;
  const rate = RATE_AFTER_FRACTION.exec(after);
  if (rate === null || whole === 0) return false;
  const decimals = rate[2]?.length ?? 0;
  const value = Number(rate[1]) + (decimals > 0 ? Number(rate[2]) / 10 ** decimals : 0);
  return Math.abs((100 * part) / whole - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

function inside(spans: readonly Span[], at: number): boolean {
  for (const [s, e] of spans) if (at >= s && at < e) return true;
  return false;
}

/** The code unit at `at` after any white space, or -1 at the end of the text. */
function _unitAfterSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length ? text.charCodeAt(i) : -1;
}

/**
 * Whether RANGE_TAIL can match at `at`: its first character after spaces is a dash or "~", or "đ" then "ế",
 * or "t" then "ớ", in either case (the only letters `/iu` folds to these; "đảng viên", "tổ chức"
 * after a figure stop here).
 */
function _mayBeRangeTail(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7e) return true;
  const next = text.charCodeAt(i + 1);
  if (c === 0x111 || c === 0x110) return next === 0x1ebf || next === 0x1ebe; // đ/Đ, ế/Ế
  return (c | 0x20) === 0x74 && (next === 0x1edb || next === 0x1eda); // t/T, ớ/Ớ
}

/** The DIGIT_NUMBER match starting at `at`, or null: what `DIGIT_NUMBER.exec` finds when it finds one there. */
function _digitNumberAt(text: string, at: number): RegExpExecArray | null {
  DIGIT_NUMBER_AT.lastIndex = at;
  return DIGIT_NUMBER_AT.exec(text);
}

/** Reads an optional scale word and percent after a number ending at `end`. */
function readSuffix(text: string, end: number, value: number): { end: number; value: number; percent: boolean } {
  let at = end;
  let v = value;
  // ("32k đoàn viên", "1k2 đoàn viên ưu tú", "2,1k CĐCS": the thousands of social posts, "k" glued to the figure, maybe
  // with the hundreds after it; not "5km", "2kg".)
  if (text.charCodeAt(end) === 0x6b) {
    const next = text.charCodeAt(end + 1);
    const digit = next >= 0x30 && next <= 0x39;
    const after = text.charCodeAt(end + (digit ? 2 : 1));
    if (!isWordUnit(after) || Number.isNaN(after)) {
      return { end: end + (digit ? 2 : 1), value: round((value + (digit ? (next - 0x30) / 10 : 0)) * 1000), percent: false };
    }
  }
  // The regexes run only where the first character after the spaces can start a match.
  const c = _unitAfterSpaces(text, at) | 0x20;
  const scale = c === 0x6e || c === 0x74 || c === 0x76 || c === 0x63 ? SCALE_WORD.exec(text.slice(at, at + 12)) : null; // n, t, v, c
  if (scale) {
    const word = scale[1]!.toLowerCase();
    v *= SCALES[word] ?? 1;
    at += scale[0].length;
    // "1 nghìn rưỡi lao động", "2 vạn rưỡi": and a half of the scale.
    const half = Number.isInteger(value) ? HALF_AFTER_SCALE.exec(text.slice(at, at + 8)) : null;
    if (half !== null) {
      v += (SCALES[word] ?? 0) / 2;
      at += half[0].length;
    }
    // "3 nghìn 200 công nhân": the rest, in digits, after the thousands.
    // ("1 nghìn 2 công nhân", "4 nghìn 3 đảng viên": one digit alone after the thousands is the hundreds, as speech says
    // them; "1 nghìn 1 trăm lao động": so is a digit before "trăm".)
    // ("1 vạn 2 nghìn đoàn viên": the thousands, in a digit, after the ten-thousands.)
    const thousands = word === 'vạn' && half === null && Number.isInteger(value) ? THOUSANDS_AFTER_TEN_THOUSAND.exec(text.slice(at, at + 12)) : null;
    if (thousands !== null) {
      v += Number(thousands[1]) * 1000;
      at += thousands[0].length;
    }
    const rest = (word === 'nghìn' || word === 'ngàn') && half === null && Number.isInteger(value) ? HUNDREDS_AFTER_THOUSAND.exec(text.slice(at, at + 16)) : null;
    if (rest !== null) {
      const hundreds = rest[1]!.length === 1 ? HUNDRED_WORD_AFTER.exec(text.slice(at + rest[0].length, at + rest[0].length + 8)) : null;
      v += rest[1]!.length === 1 ? Number(rest[1]) * 100 : Number(rest[1]);
      at += rest[0].length + (hundreds?.[0].length ?? 0);
    }
  }
  const p = scale ? _unitAfterSpaces(text, at) | 0x20 : c;
  const pct = p === 0x25 || p === 0x70 ? PERCENT_AFTER.exec(text.slice(at, at + 14)) : null; // %, p
  if (pct) at += pct[0].length;
  return { end: at, value: round(v), percent: pct !== null };
}

/** A capital A-Z or Đ. */
function _isCodeCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x110;
}

/**
 * Whether the digits at `at` close a word of one to three capitals glued to them ("A3", "B5", "SMT4", "F0"):
 * the label of a workshop, a line or a model. (Text glued to a figure by a scrape ends in a small letter:
 * "chi phối13", "Đang truy cập1,180"; a longer word of capitals, "ĐẢNG VIÊN1.234", is a heading glued on.)
 */
function _afterCodeCapitals(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 4 && _isCodeCapital(text.charCodeAt(i - 1))) i--;
  if (i === at || at - i > 3) return false;
  return !letterBefore(text, i, true);
}

/** The parts of breakdowns written in words with no noun (PART_IN_WORDS), added to `mentions`. */
function _partsInWords(text: string, masked: readonly Span[], mentions: NumberMention[]): void {
  PART_IN_WORDS.lastIndex = 0;
  for (let m = PART_IN_WORDS.exec(text); m; m = PART_IN_WORDS.exec(text)) {
    const words = m[1]!;
    const start = m.index + m[0].lastIndexOf(words);
    const value = parseNumberWords(words);
    if (value === null || inside(masked, start)) continue;
    mentions.push({ start, end: start + words.length, value, unit: 'count', inWords: true, raw: words });
  }
}

/** Floating-point noise from "1,2 × 1e6" must not reach the database. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * Every number mention in `text` (one sentence), outside masked spans, in
 * reading order. Ranges come out as one mention with valueMax.
 */
export function findNumbers(text: string, isCountedNoun: (after: string) => boolean): NumberMention[] {
  // Where the runs of digits start (none: nothing to mask and no figure in digits, only number words are read).
  const runs: number[] = [];
  const contexts = _digitContexts(lowerCased(text) ?? text, text, runs);
  const masked = runs.length > 0 ? _maskedSpans(text, isCountedNoun, contexts, runs) : [];
  const mentions: NumberMention[] = [];
  // The matches of DIGIT_NUMBER, scanned from `next` on: each starts at a run of digits (see DIGIT_NUMBER_AT).
  let next = 0;
  for (let r = 0; r < runs.length; r++) {
    const start = runs[r]!;
    if (start < next) continue;
    const m = _digitNumberAt(text, start);
    if (m === null) continue;
    next = start + m[0].length;
    if (inside(masked, start)) continue;
    // "xưởng A3", "dây chuyền SMT4", "nhóm F0": a code of one to three capitals and digits labels a thing.
    if (_afterCodeCapitals(text, start)) continue;
    // A number of 16+ digits is an identifier, never a count we can store exactly.
    if (m[0].length > 15 && m[0].replace(/\D/gu, '').length > 15) continue;
    const value = parseDigits(m[0]);
    if (value === null) continue;
    const first = readSuffix(text, start + m[0].length, value);
    let mention: NumberMention = {
      start,
      end: first.end,
      value: first.value,
      unit: first.percent ? 'percent' : 'count',
      inWords: false,
      raw: text.slice(start, first.end),
    };
    // ("950+ đoàn viên", "52k+ doanh nghiệp": a social post's "+" glued after a figure; not a sum, "15+20".)
    if (!first.percent && text.charCodeAt(first.end) === 0x2b && !/^[\d+]/u.test(text.slice(first.end + 1, first.end + 2))) {
      mention.end = first.end + 1;
      mention.raw = text.slice(start, mention.end);
      mention.plus = true;
    }
    // A range: "1-2 lớp", "từ 8.000 – 11.000", "70 - 80%".
    const tail = _mayBeRangeTail(text, first.end) ? RANGE_TAIL.exec(text.slice(first.end, first.end + 8)) : null;
    if (tail) {
      const secondStart = first.end + tail[0].length;
      const second = _digitNumberAt(text, secondStart);
      if (second && !inside(masked, secondStart)) {
        const secondValue = parseDigits(second[0]);
        if (secondValue !== null) {
          const sfx = readSuffix(text, secondStart + second[0].length, secondValue);
          // "1-2" with the scale or percent only on the second half applies it to both.
          // (Not a first half bigger than the second's digits: "từ 8.000 đến 1 vạn", the scale the second's own.)
          const low = first.end === start + m[0].length && sfx.value !== secondValue && value < secondValue ? round(value * (sfx.value / secondValue)) : first.value;
          if (sfx.value > low) {
            mention = {
              start,
              end: sfx.end,
              value: low,
              valueMax: sfx.value,
              unit: sfx.percent || first.percent ? 'percent' : 'count',
              inWords: false,
              raw: text.slice(start, sfx.end),
            };
          }
        }
      }
      next = mention.end;
    }
    // (A suffix may have read digits too: "3 nghìn 200".)
    next = Math.max(next, mention.end);
    mentions.push(mention);
  }
  // ("trong đó gần hai nghìn là thợ lò": the part of a breakdown, in words, with no noun; the plain search first.)
  if (text.includes('rong đó') || text.includes('rong số đó')) _partsInWords(text, masked, mentions);
  // Number words count only before a counted noun, so look for the nouns (rare) and read the
  // words right before each, rather than trying the number-word alternation at every position.
  // Most sentences have no number word before such a noun at all: a word scan says so first.
  if (!_mayCountInWords(text)) return mentions.sort((a, b) => a.start - b.start);
  let lastRunStart = -1;
  const lower = lowerCased(text);
  const nouns = lower === null ? MAY_COUNT_IN_WORDS : MAY_COUNT_IN_WORDS_LOWER;
  const scanned = lower ?? text;
  nouns.lastIndex = 0;
  for (let n = execAtBoundary(nouns, scanned, false); n; n = execAtBoundary(nouns, scanned, false)) {
    const from = Math.max(0, n.index - 48);
    if (!_numberWordEndsAt(text, from, n.index)) continue;
    const run = NUMBER_WORD_RUN_AT_END.exec(text.slice(from, n.index));
    if (!run) continue;
    const start = from + run.index + (run[0].length - run[0].trimStart().length);
    const words = run[1]!;
    // ("hơn chục doanh nghiệp", "gần chục chi bộ": "chục" alone after a hedge is ten, the hedge read as any other.)
    const value = parseNumberWords(words) ?? (words.toLowerCase() === 'chục' && TEN_HEDGED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 10 : null);
    if (value === null || start === lastRunStart || inside(masked, start)) continue;
    // "dăm ba đoàn viên", "vài ba người", "mấy chục": a few, not a figure.
    if (VAGUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // ("1 nghìn rưỡi lao động": a scale word after a figure in digits is that figure's, read with it.)
    if (HALF_AFTER[words.split(/\s/u, 1)[0]!.toLowerCase()] !== undefined && DIGIT_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // ("sau 3 năm Chi bộ Công ty kết nạp được …": "năm" right after a figure is the years it counts, not five.)
    if (FIGURE_BEFORE_YEAR_WORD.test(text.slice(Math.max(0, start - 6), start)) && /^năm(?![\p{L}])/iu.test(words)) continue;
    lastRunStart = start;
    const sfx = readSuffix(text, start + words.length, value);
    // "năm, sáu đảng viên": two neighbouring numbers in words are an approximate range.
    const pair = WORD_PAIR_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const low = pair ? parseNumberWords(pair[1]!) : null;
    // ("mười đến mười lăm đảng viên": a range said in words, its ends any distance apart.)
    const said = pair !== null && /^(?:đến|tới|-|–)$/iu.test(pair[2]!);
    if (pair && low !== null && low < value && (value - low <= 2 || said)) {
      const pairStart = start - pair[0].length + (pair[0].length - pair[0].trimStart().length);
      const range: NumberMention = { start: pairStart, end: sfx.end, value: low, valueMax: sfx.value, unit: 'count', inWords: true, raw: text.slice(pairStart, sfx.end) };
      if (!said) range.approximate = true;
      mentions.push(range);
      continue;
    }
    mentions.push({ start, end: sfx.end, value: sfx.value, unit: sfx.percent ? 'percent' : 'count', inWords: true, raw: text.slice(start, sfx.end) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
