/**
 * Step 3 of province detection: how the words around a matched name read (a
 * type word, a street, a commune, a person) and whether the match therefore
 * counts as the place.
 */
import { _end, _hash, _isDigitsWord, _isLower, _isUpper, _line, _start, _words, type Words } from './fold-words.js';
import type { IndexEntry } from './name-index.js';
import {
  COMMUNE_WORDS,
  DIRECTIONS,
  HONORIFICS,
  PERSON_NAME_PARTS,
  STREET_WORDS,
  TYPE_WORDS,
  type TypeLevel,
} from './place-cues.js';
import type { Zone } from './score-mentions.js';

/** A text being scanned: its words and the zone of each offset. */
export interface Scanned extends Words {
  zoneAt: (offset: number) => Zone;
}

/** Word k starts with a capital or a digit ("Bình", "HCM", "12"). */
export function _isCapitalised(s: Scanned, k: number): boolean {
  const c = s.text.charCodeAt(_start(s, k));
  return _isUpper(c) || (c >= 0x30 && c <= 0x39);
}

/** Word k has two or more letters, none lower-case: "LĐLĐ", "KCN", "UBND". */
function _isAcronym(s: Scanned, k: number): boolean {
  const start = _start(s, k);
  const end = _end(s, k);
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = s.text.charCodeAt(i);
    if (_isLower(c)) return false;
  }
  return true;
}

/** Word k is capitalised and not an acronym: a syllable of a proper name ("Văn", "Thanh"), not "LĐLĐ". */
function _isNameSyllable(s: Scanned, k: number): boolean {
  return _isUpper(s.text.charCodeAt(_start(s, k))) && !_isAcronym(s, k);
}

/** Words a and b (a before b) are separated by spaces only. */
function _adjacent(s: Scanned, a: number, b: number): boolean {
  const from = _end(s, a);
  const to = _start(s, b);
  for (let i = from; i < to; i++) if (s.text.charCodeAt(i) !== 0x20) return false;
  return from < to;
}

/** Words a and b are separated by at most a dot and spaces ("TP. Vinh", "thành phố Huế"). */
function _closeForType(s: Scanned, a: number, b: number): boolean {
  const from = _end(s, a);
  const to = _start(s, b);
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = s.text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x2e) return false;
  }
  return true;
}

/**
 * Code units that NFC leaves alone, each and side by side: Latin below U+0300 and Latin Extended Additional
 * (U+1E00–U+1EFF), all of Vietnamese in NFC. (All are starters whose decompositions compose back, and no
 * two of them compose with each other, so any string of them is NFC; checked pair by pair for all of them.)
 */
function _isNfcStable(c: number): boolean {
  return c < 0x300 || (c >= 0x1e00 && c <= 0x1eff);
}

/** Word k in lower case, NFC (only for the few words next to a candidate name). */
function _lower(s: Scanned, k: number): string {
  const start = _start(s, k);
  const end = _end(s, k);
  const word = s.text.slice(start, end);
  for (let i = start; i < end; i++) if (!_isNfcStable(s.text.charCodeAt(i))) return word.normalize('NFC').toLowerCase();
  return word.toLowerCase();
}

/** The last words of the two-word type words ("phố" of "thành phố", "ủy" of "tỉnh ủy"). */
const TWO_WORD_CUE_ENDS: ReadonlySet<string> = new Set(
  [...TYPE_WORDS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1)),
);

/**
 * Code units beyond the folding table that lower-case to an ASCII letter: the Kelvin sign "K" (U+212A, to
 * "k"), which folds to no letter. (Checked once over all BMP code units: every other code unit lower-cases,
 * after NFC, to what folds as it does, or to letters of other scripts, as "Å" U+212B to "å".)
 */
const ASCII_LOWER_BEYOND_TABLE: ReadonlyMap<string, string> = new Map([['k', '\u212a']]);

/**
 * The `_hash`es a word may have whose lower case (`_lower`) is one of `words`: the hash of each word, and of
 * its spellings with the letters of ASCII_LOWER_BEYOND_TABLE.
 */
function _hashesOf(words: Iterable<string>): ReadonlySet<number> {
  const hashes = new Set<number>();
  for (const word of words) {
    let spellings = [word];
    for (const [letter, other] of ASCII_LOWER_BEYOND_TABLE) {
      for (let at = word.indexOf(letter); at >= 0; at = word.indexOf(letter, at + 1)) {
        spellings = spellings.flatMap((w) => [w, w.slice(0, at) + other + w.slice(at + 1)]);
      }
    }
    for (const spelling of spellings) {
      const w = _words(spelling);
      if (w.count !== 1) throw new Error(`cue word of ${w.count} words: ${spelling}`);
      hashes.add(_hash(w, 0));
    }
  }
  return hashes;
}

/**
 * The hashes of the words `_context` looks up the word before a match in (type words of one word and the
 * last words of two, streets, communes, honorifics, surnames): a word with another hash is in none of them,
 * and is not lower-cased.
 */
const CUE_WORD_HASHES: ReadonlySet<number> = _hashesOf([
  ...[...TYPE_WORDS.keys()].filter((k) => !k.includes(' ')),
  ...TWO_WORD_CUE_ENDS,
  'chí',
  ...STREET_WORDS,
  ...COMMUNE_WORDS,
  ...HONORIFICS,
  ...PERSON_NAME_PARTS,
]);

/** The hashes of DIRECTIONS, as CUE_WORD_HASHES. */
const DIRECTION_HASHES: ReadonlySet<number> = _hashesOf(DIRECTIONS);

/** How the words around a match read: a type word, a street, a commune, or a person. */
export interface Context {
  /** The level of the type word right before the match, or null. */
  typed: TypeLevel | null;
  street: boolean;
  commune: boolean;
  honorific: boolean;
  /** The word before is a surname or common middle name ("Văn"), or a name syllable after another one. */
  personBefore: boolean;
  digitsBefore: boolean;
  /** The word after is a capitalised name syllable, adjacent ("Tân Sơn Nhất"). */
  nameAfter: boolean;
}

/** The context of a match on words i..j. */
export function _context(s: Scanned, i: number, j: number): Context {
  const ctx: Context = {
    typed: null, street: false, commune: false, honorific: false,
    personBefore: false, digitsBefore: false, nameAfter: false,
  };
  // (A word whose hash is no direction's is no direction: it is not lower-cased.)
  const after = j + 1;
  if (after < s.count && _adjacent(s, j, after) && _isNameSyllable(s, after) && !(DIRECTION_HASHES.has(_hash(s, after)) && DIRECTIONS.has(_lower(s, after)))) {
    ctx.nameAfter = true;
  }
  const prev = i - 1;
  if (prev < 0 || _line(s, prev) !== _line(s, i)) return ctx;
  const prev2 = i - 2;
  const hasPrev2 = prev2 >= 0 && _closeForType(s, prev2, prev);
  // ('' for a word whose hash is no cue word's (CUE_WORD_HASHES): its lower case is in none of the sets read
  // below, nor is ''; and "chí" is a cue word.)
  const p1 = CUE_WORD_HASHES.has(_hash(s, prev)) ? _lower(s, prev) : '';
  // (The two words before are read only when the word before can end a two-word cue, "thành phố", "đồng chí":
  // otherwise no key of TYPE_WORDS can equal them, since p1, a word, holds no space.)
  const p2 = hasPrev2 && (TWO_WORD_CUE_ENDS.has(p1) || p1 === 'chí') ? `${_lower(s, prev2)} ${p1}` : '';
  if (_closeForType(s, prev, i)) {
    const level = TYPE_WORDS.get(p2) ?? TYPE_WORDS.get(p1);
    if (level !== undefined) ctx.typed = level;
    else if (STREET_WORDS.has(p1)) ctx.street = true;
    else if (COMMUNE_WORDS.has(p1)) ctx.commune = true;
  }
  if (!_adjacent(s, prev, i)) return ctx;
  if (HONORIFICS.has(p1) && (p1 !== 'chí' || p2 === 'đồng chí')) ctx.honorific = true;
  if (_isDigitsWord(s, prev)) ctx.digitsBefore = true;
  if (_isNameSyllable(s, prev)) {
    ctx.personBefore =
      PERSON_NAME_PARTS.has(p1) || (prev2 >= 0 && _adjacent(s, prev2, prev) && _isNameSyllable(s, prev2));
  }
  return ctx;
}

/** Step 3: whether words i..j, matched to `entry`, read as that place. */
export function _accept(entry: IndexEntry, s: Scanned, i: number, j: number, ctx: Context): boolean {
  for (let k = i + entry.typePrefix; k <= j; k++) if (!_isCapitalised(s, k)) return false;
  // Folding merges "Huế" with "Huệ" (a given name) and "Vinh" with "Vĩnh": one-word names must keep their marks or have none.
  // (None of the one-word names has an oa/oe/uy pair, so the old/new tone style cannot differ.)
  if (entry.spellings.length > 0 && !entry.spellings.includes(_lower(s, i))) return false;
  if (ctx.street) return false;
  // "xã Hòa Bình" is a commune somewhere, not the province; but a commune or (since 2025) ward named after a
  // district of one province lies in it: "Phường Chơn Thành" (golden 115) counts as a bare mention of Chơn Thành.
  if (ctx.commune && entry.kind !== 'district') return false;
  const typed = ctx.typed !== null || entry.typePrefix > 0;
  if (entry.needsTypeWord && !typed) return false;
  if (typed) return true;
  if (entry.kind === 'district' || entry.singleWord) {
    // Districts are short, common syllable pairs: "Văn Lâm", "Thanh Hà", "Hải An" are also people and firms.
    return !ctx.honorific && !ctx.personBefore && !ctx.nameAfter && !ctx.digitsBefore;
  }
  return !ctx.personBefore;
}
