/**
 * Folding and words for province detection: one pass over the code units of
 * a text through a folding table gives its words as offsets, a hash of each
 * folded word and its line, with no regex and no object per word. Folded
 * keys ("Phước" → "phuoc") are made only for the few words that can start a
 * name. Tables are built once at module load; nothing is compiled per article.
 */
import { foldDiacritics } from '../normalize-text.js';

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
 * the text, a hash of the folded word, and the line number. Folded keys are
 * made only for the few words that pass the filters.
 */
export interface Words {
  text: string;
  count: number;
  /** Four numbers per word (one allocation): start, end, hash, line. Read through `_start`, `_end`, `_hash`, `_line`. */
  data: Int32Array;
  keys: Array<string | undefined>;
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

/** Classes of code units for `_words`, one table lookup per code unit. */
const CLASS_SEPARATOR = 0;
const CLASS_WORD = 1;
const CLASS_MARK = 2;
const CLASS_JOINER = 3;
const CLASS_NEWLINE = 4;

/** Code unit → its class for `_words` (word codes, marks, joiners, the line feed, separators). */
const CLASS_OF: Uint8Array = (() => {
  const classes = new Uint8Array(FOLD_TABLE_SIZE);
  for (let c = 0; c < FOLD_TABLE_SIZE; c++) {
    const f = TABLES.fold[c]!;
    classes[c] = _isWordCode(f) ? CLASS_WORD : f === MARK ? CLASS_MARK : f === JOINER ? CLASS_JOINER : c === 0x0a ? CLASS_NEWLINE : CLASS_SEPARATOR;
  }
  return classes;
})();

/** The class of code unit i of `text`, beyond the table too. */
function _classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < FOLD_TABLE_SIZE) return CLASS_OF[c]!;
  return _isWordCode(_foldCode(text, i)) ? CLASS_WORD : CLASS_SEPARATOR;
}

let scratch = new Int32Array(4096);

/** One pass over the code units from `from` on, no regex: "Bình Phước – Huế" → 3 words. */
export function _words(text: string, from = 0): Words {
  const n = text.length;
  // A word takes at least one code unit and one separator. The words go to a shared scratch buffer
  // first and are copied out at their exact size: one small allocation per text.
  const capacity = (((n - from) >> 1) + 1) * WORD_STRIDE;
  if (scratch.length < capacity) scratch = new Int32Array(Math.max(capacity, scratch.length * 2));
  const data = scratch;
  const fold = TABLES.fold;
  let m = 0;
  let line = 0;
  let start = -1;
  let h = HASH_SEED;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = c < FOLD_TABLE_SIZE ? CLASS_OF[c]! : _classAt(text, i);
    if (cls === CLASS_WORD) {
      if (start < 0) {
        start = i;
        h = HASH_SEED;
      }
      h = _hashStep(h, c < FOLD_TABLE_SIZE ? fold[c]! : _foldCode(text, i));
      continue;
    }
    if (start >= 0) {
      if (cls === CLASS_MARK) continue;
      if (cls === CLASS_JOINER && i + 1 < n && _classAt(text, i + 1) === CLASS_WORD) continue;
      data[m++] = start;
      data[m++] = i;
      data[m++] = h;
      data[m++] = line;
      start = -1;
    }
    if (cls === CLASS_NEWLINE) line++;
  }
  if (start >= 0) {
    data[m++] = start;
    data[m++] = n;
    data[m++] = h;
    data[m++] = line;
  }
  const count = m / WORD_STRIDE;
  return { text, count, data: data.slice(0, m), keys: new Array<string | undefined>(count) };
}

/** The folded key of word k, made on first use: "Phước" → "phuoc", "M'Đrắk" → "mdrak". */
export function _key(w: Words, k: number): string {
  const cached = w.keys[k];
  if (cached !== undefined) return cached;
  const start = _start(w, k);
  const end = _end(w, k);
  let key = '';
  for (let i = start; i < end; i++) {
    const f = _foldCode(w.text, i);
    if (f !== JOINER && f !== MARK) key += String.fromCharCode(f);
  }
  w.keys[k] = key;
  return key;
}
