/**
 * Folding and words for province detection: one pass over the code units of
 * a text through a folding table gives its words as offsets, a hash of each
 * folded word and its line, and the words that may start a name, with no
 * regex and no object per word. Words are compared with folded keys in place
 * ("Phước" is "phuoc"); no key string is made while scanning. Tables are
 * built once at module load; nothing is compiled per article.
 */
import { foldDiacritics } from '../normalize-text.js';
import { FILTER_MASK, _bit, _newFilters, _pairHash, type WordFilters } from './word-filters.js';

/**
 * Size of the folding table: Latin-1, Latin Extended-A/B, combining marks,
 * Latin Extended Additional (all Vietnamese letters) and General Punctuation
 * up to the curly quotes.
 */
const FOLD_TABLE_SIZE = 0x2020;

/** Folded code of a letter the table cannot reduce to ASCII (Greek, CJK…): part of a word, matches no name. */
const UNKNOWN_LETTER = 0x5f; // "_"

/** Folded code of an apostrophe: inside a word when a letter follows ("M'Đrắk", "Cư M’gar"). Dropped from keys. */
const JOINER = 0x27; // "'"

/** Folded code of a combining mark: always part of the word it follows, so NFD input folds like NFC. Dropped from keys. */
const MARK = 0x60; // "`"

/** Folded code of everything that separates words. */
const SEPARATOR = 0x20;

/** Any letter or digit. Used to build the tables, and for the rare code unit beyond them. Matches "ệ"; not "–". */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A single ASCII letter or digit: what a Vietnamese letter must fold to. Matches "a", "7"; not "ss". */
const ASCII_ALNUM = /^[a-z0-9]$/u;

interface FoldTables {
  /** Code unit → folded ASCII code: "Ợ" → "o", "Đ" → "d", "’" → "'", U+0301 → "`", "–" → " ". Word codes are a–z, 0–9, "_". */
  fold: Uint8Array;
  /** 1 for upper-case letters ("B", "Đ", "Ư"). */
  upper: Uint8Array;
  /** 1 for lower-case letters. */
  lower: Uint8Array;
}

function _buildFoldTables(): FoldTables {
  const fold = new Uint8Array(FOLD_TABLE_SIZE);
  const upper = new Uint8Array(FOLD_TABLE_SIZE);
  const lower = new Uint8Array(FOLD_TABLE_SIZE);
  for (let c = 0; c < FOLD_TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase()) upper[c] = 1;
    if (ch !== ch.toUpperCase()) lower[c] = 1;
    if (c >= 0x300 && c <= 0x36f) {
      fold[c] = MARK;
    } else if (c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc) {
      fold[c] = JOINER;
    } else if (LETTER_OR_DIGIT.test(ch)) {
      const f = foldDiacritics(ch);
      fold[c] = ASCII_ALNUM.test(f) ? f.charCodeAt(0) : UNKNOWN_LETTER;
    } else {
      fold[c] = SEPARATOR;
    }
  }
  return { fold, upper, lower };
}

const TABLES: FoldTables = _buildFoldTables();

/** Code unit `c` is an upper-case letter ("B", "Đ", "Ư"). */
export function _isUpper(c: number): boolean {
  return c < FOLD_TABLE_SIZE && TABLES.upper[c] === 1;
}

/** Code unit `c` is a lower-case letter. */
export function _isLower(c: number): boolean {
  return c < FOLD_TABLE_SIZE && TABLES.lower[c] === 1;
}

function _foldCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < FOLD_TABLE_SIZE) return TABLES.fold[c] ?? SEPARATOR;
  // Surrogates (emoji) separate; other letters beyond the table (CJK) are words that match nothing.
  return c >= 0xd800 && c <= 0xdfff ? SEPARATOR : LETTER_OR_DIGIT.test(text.charAt(i)) ? UNKNOWN_LETTER : SEPARATOR;
}

function _isWordCode(f: number): boolean {
  return (f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39) || f === UNKNOWN_LETTER;
}

/** Hash of a folded word, the same whether computed from text or from a key: FNV-style, 32-bit. */
function _hashStep(h: number, f: number): number {
  return Math.imul(h ^ f, 0x01000193);
}
const HASH_SEED = 0x811c9dc5 | 0;

export function _hashWord(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = _hashStep(h, key.charCodeAt(i));
  return h;
}

/**
 * The words of a text, as parallel arrays (no object per word): offsets into
 * the text, a hash of the folded word, and the line number; and the words
 * that may start a name.
 */
export interface Words {
  text: string;
  count: number;
  /**
   * Four numbers per word: start, end, hash, line. Read through `_start`, `_end`, `_hash`, `_line`.
   * A shared buffer, longer than `count` words: valid until the next call of `_words`.
   */
  data: Int32Array;
  /** The words that pass the filters given to `_words`, in order (`candidateCount` of them; same sharing as `data`). */
  candidates: Int32Array;
  candidateCount: number;
}

const WORD_STRIDE = 4;

export function _start(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE] ?? 0;
}

export function _end(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 1] ?? 0;
}

export function _hash(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 2] ?? 0;
}

export function _line(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 3] ?? -1;
}

/**
 * What `_words` reads for each code unit, in one table lookup: the folded code of a word code unit
 * ("Ợ" → "o", always ≥ `MIN_WORD_CODE`), or one of the small codes below for the rest.
 */
const SCAN_SEPARATOR = 0;
const SCAN_MARK = 1;
const SCAN_JOINER = 2;
const SCAN_NEWLINE = 3;

/** Folded word codes are "0"–"9", "_" and "a"–"z": all at least "0". */
const MIN_WORD_CODE = 0x30;

/** A run of letters and digits. Matches "ệ", "中文"; not "–". */
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]+/gu;

/** Code units per `String.fromCharCode` call when the table is built. */
const CHUNK = 1024;

/**
 * Code unit → its scan code, for all 2^16 code units (so the scan needs no range test): the folded code of
 * word code units, else `SCAN_MARK`, `SCAN_JOINER`, `SCAN_NEWLINE` or `SCAN_SEPARATOR`. Beyond the folding
 * table as `_foldCode` reads it: surrogates separate, and other letters and digits are words folding to
 * `UNKNOWN_LETTER` (found as runs by one regex pass over all those code units, not one test each).
 */
const SCAN_CODE: Uint8Array = (() => {
  const codes = new Uint8Array(0x10000);
  for (let c = 0; c < FOLD_TABLE_SIZE; c++) {
    const f = TABLES.fold[c]!;
    codes[c] = _isWordCode(f) ? f : f === MARK ? SCAN_MARK : f === JOINER ? SCAN_JOINER : c === 0x0a ? SCAN_NEWLINE : SCAN_SEPARATOR;
  }
  // (No surrogate in these ranges, so each code unit is a code point of its own for the `u` regex.)
  for (const [from, to] of [[FOLD_TABLE_SIZE, 0xd800], [0xe000, 0x10000]] as const) {
    const units: number[] = [];
    let text = '';
    for (let c = from; c < to; c++) {
      units.push(c);
      if (units.length === CHUNK || c === to - 1) text += String.fromCharCode(...units.splice(0));
    }
    for (const m of text.matchAll(LETTERS_OR_DIGITS)) codes.fill(UNKNOWN_LETTER, from + m.index, from + m.index + m[0].length);
  }
  return codes;
})();

let scratch = new Int32Array(4096);
let scratchCandidates = new Int32Array(1024);

/** Filters that let no word through, for `_words` without filters. */
const NO_FILTERS: WordFilters = _newFilters();

/**
 * One pass over the code units from `from` on, no regex: "Bình Phước – Huế" → 3 words. With `filters`,
 * also the words that may start a name: those that pass `filters.single`, or `filters.pair` with the next
 * word on the same line. (Every word where a key of the index starts passes: the key has one word, or its
 * second word is the next word, on the same line as `_joinsName` requires.)
 * The result lives in shared buffers: it is valid until the next call.
 */
export function _words(text: string, from = 0, filters: WordFilters = NO_FILTERS): Words {
  const n = text.length;
  // A word takes at least one code unit and one separator. The words go to shared scratch buffers,
  // grown when needed: no allocation per text.
  const capacity = ((n - from) >> 1) + 1;
  if (scratch.length < capacity * WORD_STRIDE) scratch = new Int32Array(Math.max(capacity * WORD_STRIDE, scratch.length * 2));
  if (scratchCandidates.length < capacity + 1) scratchCandidates = new Int32Array(Math.max(capacity + 1, scratchCandidates.length * 2));
  const data = scratch;
  const candidates = scratchCandidates;
  const codes = SCAN_CODE;
  const { single, pair } = filters;
  let m = 0;
  let k = 0;
  let nc = 0;
  let line = 0;
  // The previous word, for the filters: its hash and line, and 1 once there is one.
  let prevHash = 0;
  let prevLine = 0;
  let hasPrev = 0;
  let i = from;
  while (i < n) {
    // (One lookup gives both the class and the folded code: word codes are all ≥ MIN_WORD_CODE, the other codes below it.)
    let f = codes[text.charCodeAt(i)]!;
    if (f < MIN_WORD_CODE) {
      if (f === SCAN_NEWLINE) line++;
      i++;
      continue;
    }
    // A word: word code units, and marks and apostrophes followed by a word code unit inside it, up to the next other code unit.
    const start = i;
    let h = HASH_SEED;
    for (;;) {
      if (f >= MIN_WORD_CODE) h = _hashStep(h, f);
      else if (f !== SCAN_MARK && !(f === SCAN_JOINER && i + 1 < n && codes[text.charCodeAt(i + 1)]! >= MIN_WORD_CODE)) break;
      if (++i >= n) break;
      f = codes[text.charCodeAt(i)]!;
    }
    data[m++] = start;
    data[m++] = i;
    data[m++] = h;
    data[m++] = line;
    // The previous word is a candidate if it passes `single`, or `pair` with this word on the same line. (No branch:
    // the test fails for almost every word, and where is unpredictable; the slot is overwritten when it fails.)
    const pairBit = _pairHash(prevHash, h);
    const passes = _bit(single, prevHash & FILTER_MASK) | (_bit(pair, pairBit) & (prevLine === line ? 1 : 0));
    candidates[nc] = k - 1;
    nc += passes & hasPrev;
    prevHash = h;
    prevLine = line;
    hasPrev = 1;
    k++;
  }
  // The last word has no next word.
  candidates[nc] = k - 1;
  nc += _bit(single, prevHash & FILTER_MASK) & hasPrev;
  return { text, count: k, data, candidates, candidateCount: nc };
}

/** Whether the folded key of word k is `key`, read in place without making the key: "Phước" is "phuoc". */
export function _keyIs(w: Words, k: number, key: string): boolean {
  const end = _end(w, k);
  let p = 0;
  for (let i = _start(w, k); i < end; i++) {
    const f = _foldCode(w.text, i);
    if (f === JOINER || f === MARK) continue;
    if (key.charCodeAt(p) !== f) return false;
    p++;
  }
  return p === key.length;
}

/** Whether word k folds to digits only ("12", "2024"), read in place. */
export function _isDigitsWord(w: Words, k: number): boolean {
  const end = _end(w, k);
  let digits = 0;
  for (let i = _start(w, k); i < end; i++) {
    const f = _foldCode(w.text, i);
    if (f === JOINER || f === MARK) continue;
    if (f < 0x30 || f > 0x39) return false;
    digits++;
  }
  return digits > 0;
}

/** The folded key of word k: "Phước" → "phuoc", "M'Đrắk" → "mdrak". */
export function _key(w: Words, k: number): string {
  const start = _start(w, k);
  const end = _end(w, k);
  let key = '';
  for (let i = start; i < end; i++) {
    const f = _foldCode(w.text, i);
    if (f !== JOINER && f !== MARK) key += String.fromCharCode(f);
  }
  return key;
}
