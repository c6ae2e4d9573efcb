/**
 * Which pre-2025 province an article is about.
 *
 * Every place mention is scored and the best-scoring province wins:
 *   1. Split the article into zones: title, the lead (the first body line of
 *      at least `LEAD_MIN_CHARS`), the rest of the body (including short
 *      lines before the lead) and boilerplate. Each zone has a weight
 *      (`ZONE_WEIGHTS`). A first body line repeating the title is dropped.
 *   2. Split each text into folded words once and look n-grams up in one
 *      index built at module load from the gazetteer (province names and
 *      aliases, districts, site banners, decoys), longest match first.
 *   3. Keep a match only if it reads as a place: capitalised, not part of a
 *      person's name, not a street, not a commune named like a province, with
 *      a type word where the bare name is too ambiguous ("Vinh", "Hai Bà
 *      Trưng"). The type word also tells "huyện Hòa Bình" (Bạc Liêu) from
 *      the province, marks tell "Phù Mỹ" from "Phú Mỹ", and "(cũ)" after a
 *      name doubles it.
 *   4. Add the outlet evidence: a source tag at the head of the lead
 *      ("(CTTĐTBP) -"), the page's URL host, and hosts named in the text
 *      ("Nguồn: daitienlang.vn"), resolved by known hosts and by the
 *      "bao<province>" / "dai<district>" naming patterns.
 *   5. Credit district names shared by several provinces ("Châu Thành") only
 *      to those of their provinces that already have other evidence.
 *   6. Take the top province if it reaches `MIN_SCORE`; ties go to the one
 *      mentioned first. Otherwise null: "nothing found" is not an error.
 *   7. After the 2025 merger, when the top province gave its name to a merged
 *      unit, another member the article is really about takes its place
 *      (`_mergedMemberRival`).
 *
 * Pure and fast (about 2,000 articles of 4 KB in well under a second): one
 * pass over the code units through a folding table, a hash filter so that
 * most words cost one bit test, Map lookups only for the few words that can
 * start a name, and no per-name regexes. Input should be NFC as produced by
 * `normalizeText`; NFD folds the same.
 */
import { PROVINCES, UNITS_2025, nameKey } from './gazetteer.js';
import { foldDiacritics, normalizeText } from './normalize-text.js';

export interface ProvinceDetectionInput {
  title: string | null;
  body: string;
  /** Page furniture kept apart from the body (menus, footers, banners). */
  boilerplate?: string;
  url?: string | null;
}

export interface ProvinceDetection {
  /** Canonical pre-2025 name, as in data/provinces.json. */
  province: string;
  province_2025: string | null;
  /** Sum of the weights of the evidence for `province`. */
  score: number;
  /** What counted, strongest first: `title: province "Bình Phước" +6`. */
  evidence: string[];
}

type Zone = 'title' | 'lead' | 'body' | 'boilerplate';

/** Multiplier of a name or district mention by where it sits. */
export const ZONE_WEIGHTS: Readonly<Record<Zone, number>> = { title: 3, lead: 2, body: 1, boilerplate: 0.5 };

/**
 * Base weight of each kind of evidence. Names, districts and text hosts are
 * multiplied by the zone weight; tags, the URL host, "Nguồn:" hosts and
 * banners are flat because where they sit is already what makes them strong.
 */
export const EVIDENCE_WEIGHTS = {
  province: 2,
  districtTyped: 1.5,
  districtBare: 1,
  /** A district name shared by several provinces, credited to those already in evidence. */
  sharedDistrict: 1,
  sourceTag: 10,
  urlHost: 5,
  sourceLineHost: 6,
  textHost: 2,
  banner: 4,
} as const;

/** Multiplier of a mention marked as the old province ("Bình Phước (cũ)", "tỉnh Sóc Trăng trước đây"). */
export const OLD_MARK_MULTIPLIER = 2;

/**
 * After the 2025 merger, another member of a merged unit needs at least this
 * much text evidence to beat the member that gave the unit its name (see
 * `_mergedMemberRival`).
 */
export const MIN_MEMBER_SCORE = 2;

/** Below this the article is not about a province we can tell (one body mention of a province is enough). */
export const MIN_SCORE = 1;

/** The lead is the first body line at least this long; shorter lines before it are dates, captions, menus. */
export const LEAD_MIN_CHARS = 80;

/** At most this many evidence strings are returned. */
const MAX_EVIDENCE = 12;

// ---------------------------------------------------------------------------
// Folding and words. Tables and regexes are built once here; nothing is compiled per article.

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

function _hashWord(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = _hashStep(h, key.charCodeAt(i));
  return h;
}

/** Bits of the single-word and two-word filters: a name can start at a word only if its bit is set. */
const FILTER_BITS = 20;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

function _pairHash(h1: number, h2: number): number {
  return (Math.imul(h1, 0x9e3779b1) ^ h2) & FILTER_MASK;
}

/**
 * The words of a text, as parallel arrays (no object per word): offsets into
 * the text, a hash of the folded word, and the line number. Folded keys are
 * made only for the few words that pass the filters.
 */
interface Words {
  text: string;
  count: number;
  /** Four numbers per word (one allocation): start, end, hash, line. Read through `_start`, `_end`, `_hash`, `_line`. */
  data: Int32Array;
  keys: Array<string | undefined>;
}

const WORD_STRIDE = 4;

function _start(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE] ?? 0;
}

function _end(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 1] ?? 0;
}

function _hash(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 2] ?? 0;
}

function _line(w: Words, k: number): number {
  return w.data[k * WORD_STRIDE + 3] ?? -1;
}

/** One pass over the code units from `from` on, no regex: "Bình Phước – Huế" → 3 words. */
function _words(text: string, from = 0): Words {
  const n = text.length;
  // A word takes at least one code unit and one separator.
  const data = new Int32Array((((n - from) >> 1) + 1) * WORD_STRIDE);
  const fold = TABLES.fold;
  let m = 0;
  let line = 0;
  let start = -1;
  let h = HASH_SEED;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < FOLD_TABLE_SIZE ? (fold[c] ?? SEPARATOR) : _foldCode(text, i);
    if (_isWordCode(f)) {
      if (start < 0) {
        start = i;
        h = HASH_SEED;
      }
      h = _hashStep(h, f);
      continue;
    }
    if (f === MARK && start >= 0) continue;
    if (f === JOINER && start >= 0 && i + 1 < n && _isWordCode(_foldCode(text, i + 1))) continue;
    if (start >= 0) {
      data[m++] = start;
      data[m++] = i;
      data[m++] = h;
      data[m++] = line;
      start = -1;
    }
    if (c === 0x0a) line++;
  }
  if (start >= 0) {
    data[m++] = start;
    data[m++] = n;
    data[m++] = h;
    data[m++] = line;
  }
  const count = m / WORD_STRIDE;
  return { text, count, data, keys: new Array<string | undefined>(count) };
}

/** The folded key of word k, made on first use: "Phước" → "phuoc", "M'Đrắk" → "mdrak". */
function _key(w: Words, k: number): string {
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

/**
 * An outlet tag at the head of a line: "(CTTĐTBP) - …", "(CTO) - …",
 * "(Baonghean.vn) - …", or unbracketed capitals "BPO - …", "GLO - …".
 * Group 1 is a bracketed tag, group 2 an unbracketed one. Run on the few
 * lines up to the lead only.
 * Matches: "(ĐN)- Sáng 3/5", "BQNg - Chiều 2/6". Does not match: "Sáng - ", "Chủ nhật - 02/06/2024".
 */
const SOURCE_TAG_AT_LINE_START = /^\s*(?:\(\s*([^()\n]{2,40}?)\s*\)\s*[-–—:]?|([A-ZĐ][A-Za-zĐđ]{1,9})\s*[-–—]\s)/u;

/**
 * A host name in text, with or without scheme: "daitienlang.vn",
 * "https://baobinhduong.vn/…", "ldld@tphcm.gov.vn". Starts only at a word
 * start (the look-behind), so the single `*` scans each word once.
 * Matches: "Nguồn: daitienlang.vn". Does not match: "TP.HCM", "02.06.2024".
 */
const HOST_IN_TEXT = /(?<![A-Za-z0-9_.-])(?:https?:\/\/)?([A-Za-z0-9][A-Za-z0-9.-]*\.(?:vn|com|org|net|info))(?![A-Za-z0-9_-])/gu;

/** Top-level domains worth looking for; the host regex runs only if one occurs. */
const HOST_MARKERS: readonly string[] = ['.vn', '.com', '.org', '.net', '.info'];

/**
 * The head of a line that credits a source: hosts on it weigh like the URL.
 * Matches: "Nguồn: daitienlang.vn", "Theo baobinhduong.vn". Does not match: "Người theo dõi".
 */
const SOURCE_LINE = /^\s*(?:nguồn|theo|source)(?![\p{L}])/iu;

/**
 * What follows a place name when an article written after the 2025 merger
 * tells the old province from the new one: "Bình Phước (cũ)", "tỉnh Sóc Trăng
 * trước đây", "tỉnh Gia Lai (mới)". Group 1 is "cũ" or "mới" in brackets,
 * group 2 a bare "cũ" or "trước đây". Run on the few characters after a match.
 * Matches: " (cũ), là", " trước đây". Does not match: " cũng", " mới đây".
 */
const ERA_MARK_AFTER = /^\s*(?:\(\s*(cũ|mới)\s*\)|(cũ|trước đây)(?![\p{L}]))/iu;

/** How many characters after a match `ERA_MARK_AFTER` looks at. */
const ERA_MARK_WINDOW = 16;

/**
 * Signs that an article was written after the 2025 merger, when a merged
 * unit's name ("Đồng Nai", "Cần Thơ", "Gia Lai") may mean the new unit:
 * "(mới)"/"(cũ)", "chính quyền địa phương hai cấp", "sau (khi) hợp nhất /
 * sáp nhập / sắp xếp", "hợp nhất hai tỉnh", "lần thứ I, nhiệm kỳ 2025".
 * Matches: "Sau khi hợp nhất hai tỉnh Gia Lai và Bình Định". Does not match:
 * "Đại hội lần thứ XI, nhiệm kỳ 2020-2025".
 */
const POST_MERGER_CUE = /\((?:mới|cũ)\)|hai cấp|sau (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp)|hợp nhất (?:hai|ba) tỉnh|lần thứ I,? nhiệm kỳ 2025/iu;

/** "www." at the head of a host. Matches "www.baobinhphuoc.com.vn"; not "wwwx.vn". */
const WWW_PREFIX = /^www\./u;

/** Hyphens in a host label: "baria-vungtau" → "bariavungtau". */
const HYPHENS = /-/gu;

// ---------------------------------------------------------------------------
// Cue words around a name, compared on the lower-cased token (both tone styles where it matters).

/** Which level a type word names: "tỉnh" a province, "huyện" a district, "thành phố" either. */
type TypeLevel = 'province' | 'district' | 'either';

/**
 * Words that make a following name a place, and of which level: "tỉnh Bình
 * Phước", "huyện Hòa Bình" (the district of Bạc Liêu, not the province),
 * "TP. Vinh". One word or two ("thành phố", "Huyện ủy", "huyện đảo"); both
 * tone styles of "ủy".
 */
const TYPE_WORDS: ReadonlyMap<string, TypeLevel> = new Map<string, TypeLevel>([
  ['tỉnh', 'province'], ['tỉnh ủy', 'province'], ['tỉnh uỷ', 'province'],
  ['huyện', 'district'], ['quận', 'district'], ['tx', 'district'], ['thị xã', 'district'], ['thị trấn', 'district'],
  ['huyện đảo', 'district'], ['huyện ủy', 'district'], ['huyện uỷ', 'district'], ['quận ủy', 'district'],
  ['quận uỷ', 'district'], ['thị ủy', 'district'], ['thị uỷ', 'district'],
  ['thành phố', 'either'], ['tp', 'either'], ['thành ủy', 'either'], ['thành uỷ', 'either'],
]);

/** Words after which a name is a street, not a place: "đường Điện Biên Phủ", "phố Hai Bà Trưng", "Quốc lộ". */
const STREET_WORDS: ReadonlySet<string> = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'lộ']);

/** Commune-level words: "xã Hòa Bình", "phường Tân An" name a commune elsewhere, not the district or province. */
const COMMUNE_WORDS: ReadonlySet<string> = new Set(['xã', 'phường', 'ấp', 'thôn', 'bản', 'khóm', 'xóm', 'làng']);

/**
 * Directions that extend a place name into a ward's ("phường Quy Nhơn Đông",
 * 2025) without making it another proper name, unlike "Tân Sơn Nhất".
 */
const DIRECTIONS: ReadonlySet<string> = new Set(['đông', 'tây', 'nam', 'bắc']);

/** Forms of address before a person's name: "đồng chí Vinh", "bà Huế". */
const HONORIFICS: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'thầy', 'chí']);

/**
 * Surnames and the commonest middle names. A place name right after one of
 * these is part of a person's name: "Nguyễn Thị Hà Giang", "Nguyễn Văn Lâm".
 */
const PERSON_NAME_PARTS: ReadonlySet<string> = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'đinh', 'trịnh', 'lương', 'đoàn', 'lâm', 'mai', 'cao', 'tạ', 'triệu', 'thị', 'văn', 'hữu',
]);

/**
 * Bare names that are rarely the place: people and battles ("Hai Bà Trưng",
 * "Ngô Quyền", "Điện Biên Phủ"), landmarks of national news ("Ba Đình",
 * "Hoàn Kiếm"), sovereignty news ("Hoàng Sa", "Trường Sa"), common words
 * ("Thống Nhất") and one-syllable names ("Vinh", "Lắk"). They count only
 * after a type word: "quận Hai Bà Trưng", "TP Vinh", "huyện đảo Trường Sa".
 */
const NEEDS_TYPE_WORD: ReadonlySet<string> = new Set(
  [
    'Hai Bà Trưng', 'Ngô Quyền', 'Lê Chân', 'Hồng Bàng', 'Trần Văn Thời', 'Hoàn Kiếm', 'Ba Đình', 'Đống Đa',
    'Điện Biên Phủ', 'Hoàng Sa', 'Trường Sa', 'Thống Nhất', 'Vinh', 'Lắk',
  ].map(_phraseKey),
);

/**
 * Phrases that contain a place name without being one. Matched like names
 * and then dropped, so "Thái Bình Dương" (the Pacific) is neither Thái Bình
 * nor Bình Dương, and bare "Hồ Chí Minh"/"HCM" (the President: "tư tưởng Hồ
 * Chí Minh", "Đoàn TNCS HCM") is not the city, which needs "TP."/"thành phố".
 */
const DECOY_PHRASES: readonly string[] = [
  'Thái Bình Dương', 'Châu Á - Thái Bình Dương', 'Đồng Tháp Mười', 'Hồ Chí Minh', 'HCM',
];

// ---------------------------------------------------------------------------
// The index, built once.

type EntryKind = 'province' | 'district' | 'banner' | 'decoy';

interface IndexEntry {
  kind: EntryKind;
  /** Canonical province ('' for decoys). */
  province: string;
  /** The name as written in the gazetteer, for evidence. */
  label: string;
  /** Leading tokens of the key that are type words ("tp hcm": 1); not checked for capitals. */
  typePrefix: number;
  needsTypeWord: boolean;
  /** One token and not an acronym ("Huế", "Pleiku"): guarded like a district against people's names. */
  singleWord: boolean;
  /** For single words: the lower-case spellings that count, accented and bare ("huế", "hue"), so "Huệ" is not "Huế". */
  spellings: readonly string[];
  /** The label with its marks, lower case, words joined by spaces: tells "Phù Mỹ" from "Phú Mỹ" when folding cannot. */
  accented: string;
}

interface Index {
  /** Folded words joined by spaces ("binh phuoc", "tp hcm") → what they name. */
  entries: ReadonlyMap<string, readonly IndexEntry[]>;
  /** Every proper word-prefix of a key ("thanh pho ho chi"): lets the n-gram scan stop early. */
  prefixes: ReadonlySet<string>;
  /** Bit set of the hashes of one-word keys: most words start no name and are skipped with one bit test. */
  singleFilter: Uint32Array;
  /** Bit set of the hashes of the first two words of longer keys. */
  pairFilter: Uint32Array;
  tags: ReadonlyMap<string, string>;
  hosts: ReadonlyMap<string, string>;
  /** Compact province keys ("binhphuoc", "tphcm", "hue") for host labels. */
  compactProvince: ReadonlyMap<string, string>;
  /** Compact district keys → provinces ("tienlang" → ["Hải Phòng"]). */
  compactDistrict: ReadonlyMap<string, readonly string[]>;
}

/** The index key of a phrase: folded words joined by single spaces ("TP.HCM" → "tp hcm"). */
function _phraseKey(phrase: string): string {
  const w = _words(phrase.normalize('NFC'));
  const keys: string[] = [];
  for (let k = 0; k < w.count; k++) keys.push(_key(w, k));
  return keys.join(' ');
}

/** Anything between words, for `_accentedKey`. Matches " - ", "."; not "ắ". */
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * A phrase with its diacritics, new-style tone marks, lower case, words
 * joined by single spaces: "Thạnh Hoá" → "thạnh hóa". Used only to choose
 * between entries whose folded keys collide, so its cost does not matter.
 */
function _accentedKey(phrase: string): string {
  return normalizeText(phrase).toLowerCase().replace(NON_WORD_RUN, ' ').trim();
}

/** Type words that may open a gazetteer name ("Quận 1", "TP. Hồ Chí Minh"), lower case with marks. */
const NAME_TYPE_PREFIXES: readonly (readonly string[])[] = [['thành', 'phố'], ['thị', 'xã'], ['tp'], ['tx'], ['quận'], ['huyện'], ['tỉnh']];

/**
 * How many leading words of a name are type words, compared with marks so
 * that "Tĩnh Gia" (a former district) is not "tỉnh Gia…": "Thành phố Hồ Chí
 * Minh" → 2, "Quận 1" → 1, "Bình Phước" → 0.
 */
function _typePrefixLength(label: string): number {
  const words = _accentedKey(label).split(' ');
  for (const prefix of NAME_TYPE_PREFIXES) {
    if (words.length > prefix.length && prefix.every((w, k) => words[k] === w)) return prefix.length;
  }
  return 0;
}

function _setBit(bits: Uint32Array, n: number): void {
  bits[n >>> 5] = (bits[n >>> 5] ?? 0) | (1 << (n & 31));
}

function _hasBit(bits: Uint32Array, n: number): boolean {
  return ((bits[n >>> 5] ?? 0) & (1 << (n & 31))) !== 0;
}

function _isAcronymPhrase(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Abbreviations shorter than this ("BP", "ĐN") are too ambiguous in running text ("DN" = doanh nghiệp). */
const MIN_ABBREVIATION_LETTERS = 3;

function _buildIndex(): Index {
  const entries = new Map<string, IndexEntry[]>();
  const add = (phrase: string, kind: EntryKind, province: string): void => {
    const key = _phraseKey(phrase);
    if (key === '') return;
    const list = entries.get(key) ?? [];
    if (list.some((e) => e.kind === kind && e.province === province)) return;
    const typePrefix = _typePrefixLength(phrase);
    const words = key.split(' ');
    list.push({
      kind,
      province,
      label: phrase,
      typePrefix,
      needsTypeWord: NEEDS_TYPE_WORD.has(key),
      singleWord: words.length === 1 && !_isAcronymPhrase(phrase),
      spellings: words.length === 1 ? [...new Set([phrase.normalize('NFC').toLowerCase(), key])] : [],
      accented: _accentedKey(phrase),
    });
    entries.set(key, list);
  };

  for (const d of DECOY_PHRASES) add(d, 'decoy', '');
  for (const p of PROVINCES) {
    add(p.name, 'province', p.name);
    for (const a of p.aliases) add(a, 'province', p.name);
    for (const a of p.abbreviations) if (nameKey(a).length >= MIN_ABBREVIATION_LETTERS) add(a, 'province', p.name);
    for (const b of p.banners ?? []) add(b, 'banner', p.name);
  }
  // Districts spelt like a province ("Hòa Bình" in Bạc Liêu, "Quảng Ninh" in Quảng Bình) share its key: the
  // type word before decides (`_scanNames`); so do marks where folding merges names ("Thạnh Hóa" in Long An).
  // Decoys are never places.
  const decoys = new Set(DECOY_PHRASES.map(_phraseKey));
  for (const p of PROVINCES) {
    const districtNames = [...p.districts, ...(p.other_districts ?? []), ...Object.keys(p.district_aliases ?? {})];
    for (const d of districtNames) if (!decoys.has(_phraseKey(d))) add(d, 'district', p.name);
  }

  const prefixes = new Set<string>();
  const singleFilter = new Uint32Array((FILTER_MASK + 1) / 32);
  const pairFilter = new Uint32Array((FILTER_MASK + 1) / 32);
  for (const key of entries.keys()) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    const h1 = _hashWord(words[0] ?? '');
    if (words.length === 1) _setBit(singleFilter, h1 & FILTER_MASK);
    else _setBit(pairFilter, _pairHash(h1, _hashWord(words[1] ?? '')));
  }

  const tags = new Map<string, string>();
  const hosts = new Map<string, string>();
  const compactProvince = new Map<string, string>();
  const compactDistrict = new Map<string, string[]>();
  for (const p of PROVINCES) {
    for (const t of p.source_tags) tags.set(nameKey(t), p.name);
    for (const h of p.domains) hosts.set(h.toLowerCase(), p.name);
    for (const n of [p.name, ...p.aliases]) {
      const k = nameKey(n);
      if (k.length >= MIN_ABBREVIATION_LETTERS && !compactProvince.has(k)) compactProvince.set(k, p.name);
    }
    for (const d of [...p.districts, ...(p.other_districts ?? [])]) {
      const list = compactDistrict.get(nameKey(d)) ?? [];
      if (!list.includes(p.name)) list.push(p.name);
      compactDistrict.set(nameKey(d), list);
    }
  }
  return { entries, prefixes, singleFilter, pairFilter, tags, hosts, compactProvince, compactDistrict };
}

const INDEX: Index = _buildIndex();

/** Canonical province → its 2025 unit, for the result (no re-folding of a name we already know is canonical). */
const UNIT_2025_OF: ReadonlyMap<string, string> = new Map(PROVINCES.map((p) => [p.name, p.unit_2025]));

/** Host labels that never name a place. */
const GENERIC_HOST_LABELS: ReadonlySet<string> = new Set(['vn', 'com', 'org', 'net', 'info', 'gov', 'edu', 'dcs', 'www']);

/** Label prefixes of provincial outlets: "bao" + province (baobinhphuoc), "tinhuy", "congdoan", "dai" (radio)… */
const PROVINCE_LABEL_PREFIXES: readonly string[] = ['truyenhinh', 'congdoan', 'tuyengiao', 'thanhuy', 'tinhuy', 'dangbo', 'ldld', 'ptth', 'bao', 'dai'];

/** Label prefixes of district outlets: "dai" + district (daitienlang = Đài Tiên Lãng), "huyenuy" + district. */
const DISTRICT_LABEL_PREFIXES: readonly string[] = ['huyenuy', 'quanuy', 'thiuy', 'dai'];

/** Label suffixes of outlets: "baobacninhtv", "vinhphuctv". */
const LABEL_SUFFIXES: readonly string[] = ['online', 'dientu', 'tv'];

function _stripSuffix(label: string): string {
  for (const s of LABEL_SUFFIXES) if (label.length > s.length + 2 && label.endsWith(s)) return label.slice(0, -s.length);
  return label;
}

/** The province a single host label stands for, or null: "binhduong", "baobinhphuoc", "daitienlang". */
function _provinceOfLabel(rawLabel: string): string | null {
  const label = rawLabel.replace(HYPHENS, '');
  for (const candidate of [label, _stripSuffix(label)]) {
    const direct = INDEX.compactProvince.get(candidate);
    if (direct !== undefined) return direct;
  }
  for (const prefix of PROVINCE_LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const rest = label.slice(prefix.length);
    const p = INDEX.compactProvince.get(rest) ?? INDEX.compactProvince.get(_stripSuffix(rest));
    if (p !== undefined) return p;
  }
  for (const prefix of DISTRICT_LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const owners = INDEX.compactDistrict.get(label.slice(prefix.length));
    if (owners?.length === 1) return owners[0] ?? null;
  }
  return null;
}

/**
 * The province a host belongs to, or null: known hosts first (exact, so
 * "travinh.baovinhlong.vn" is Trà Vinh), then labels left to right
 * ("bencat.binhduong.gov.vn"), then known parent hosts.
 */
function _provinceOfHost(rawHost: string): string | null {
  const host = rawHost.toLowerCase().replace(WWW_PREFIX, '');
  const known = INDEX.hosts.get(host);
  if (known !== undefined) return known;
  const labels = host.split('.');
  for (const label of labels) {
    if (GENERIC_HOST_LABELS.has(label)) continue;
    const p = _provinceOfLabel(label);
    if (p !== null) return p;
  }
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = INDEX.hosts.get(labels.slice(i).join('.'));
    if (parent !== undefined) return parent;
  }
  return null;
}

function _hostOfUrl(url: string): string | null {
  if (!URL.canParse(url)) return null;
  return new URL(url).hostname;
}

// ---------------------------------------------------------------------------
// Scoring.

/** Kinds of evidence, as they read in `ProvinceDetection.evidence`. */
type EvidenceKind = 'province' | 'district' | 'shared district' | 'banner' | 'source tag' | 'source host' | 'host';

/** One piece of evidence; formatted into a string only if its province wins. */
interface Evidence {
  weight: number;
  where: Zone | 'url';
  kind: EvidenceKind;
  label: string;
  /** The mention was marked "(cũ)"/"trước đây" (old) or "(mới)" (new): see `ERA_MARK_AFTER`. */
  era: Era;
}

type Era = 'old' | 'new' | null;

interface Tally {
  score: number;
  /** Order of the first piece of evidence: breaks ties. */
  first: number;
  evidence: Evidence[];
}

interface SharedMention {
  provinces: readonly string[];
  weight: number;
  where: Zone;
  label: string;
  era: Era;
}

/** Evidence collected for one article; lives for one `detectProvince` call. */
class _Scorer {
  readonly tallies = new Map<string, Tally>();
  readonly shared: SharedMention[] = [];
  /** Some place was marked "(cũ)" or "(mới)": the article was written after the 2025 merger. */
  sawEraMark = false;
  private order = 0;

  add(province: string, weight: number, where: Evidence['where'], kind: EvidenceKind, label: string, era: Era = null): void {
    const tally = this.tallies.get(province) ?? { score: 0, first: this.order, evidence: [] };
    tally.score += weight;
    tally.evidence.push({ weight, where, kind, label, era });
    this.tallies.set(province, tally);
    this.order++;
  }
}

/** `title: province "Bình Phước" +6`, `lead: source tag (CTTĐTBP) +10`, `body: source host daitienlang.vn +6`. */
function _formatEvidence(e: Evidence): string {
  const what =
    e.kind === 'source tag' ? `source tag (${e.label})` : e.kind.endsWith('host') ? `${e.kind} ${e.label}` : `${e.kind} "${e.label}"`;
  return `${e.where}: ${what} +${_round(e.weight)}`;
}

function _round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------
// Reading the words around a match.

/** A text being scanned: its words and the zone of each offset. */
interface Scanned extends Words {
  zoneAt: (offset: number) => Zone;
}

function _isUpper(c: number): boolean {
  return c < FOLD_TABLE_SIZE && TABLES.upper[c] === 1;
}

/** Word k starts with a capital or a digit ("Bình", "HCM", "12"). */
function _isCapitalised(s: Scanned, k: number): boolean {
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
    if (c < FOLD_TABLE_SIZE && TABLES.lower[c] === 1) return false;
  }
  return true;
}

/** Word k is capitalised and not an acronym: a syllable of a proper name ("Văn", "Thanh"), not "LĐLĐ". */
function _isNameSyllable(s: Scanned, k: number): boolean {
  return _isUpper(s.text.charCodeAt(_start(s, k))) && !_isAcronym(s, k);
}

function _isDigits(s: Scanned, k: number): boolean {
  const key = _key(s, k);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return key.length > 0;
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

/** Word k in lower case, NFC (only for the few words next to a candidate name). */
function _lower(s: Scanned, k: number): string {
  return s.text.slice(_start(s, k), _end(s, k)).normalize('NFC').toLowerCase();
}

/** How the words around a match read: a type word, a street, a commune, or a person. */
interface Context {
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
function _context(s: Scanned, i: number, j: number): Context {
  const ctx: Context = {
    typed: null, street: false, commune: false, honorific: false,
    personBefore: false, digitsBefore: false, nameAfter: false,
  };
  if (j + 1 < s.count && _adjacent(s, j, j + 1) && _isNameSyllable(s, j + 1) && !DIRECTIONS.has(_lower(s, j + 1))) {
    ctx.nameAfter = true;
  }
  const prev = i - 1;
  if (prev < 0 || _line(s, prev) !== _line(s, i)) return ctx;
  const prev2 = i - 2;
  const hasPrev2 = prev2 >= 0 && _closeForType(s, prev2, prev);
  const p1 = _lower(s, prev);
  const p2 = hasPrev2 ? `${_lower(s, prev2)} ${p1}` : '';
  if (_closeForType(s, prev, i)) {
    const level = TYPE_WORDS.get(p2) ?? TYPE_WORDS.get(p1);
    if (level !== undefined) ctx.typed = level;
    else if (STREET_WORDS.has(p1)) ctx.street = true;
    else if (COMMUNE_WORDS.has(p1)) ctx.commune = true;
  }
  if (!_adjacent(s, prev, i)) return ctx;
  if (HONORIFICS.has(p1) && (p1 !== 'chí' || p2 === 'đồng chí')) ctx.honorific = true;
  if (_isDigits(s, prev)) ctx.digitsBefore = true;
  if (_isNameSyllable(s, prev)) {
    ctx.personBefore =
      PERSON_NAME_PARTS.has(p1) || (prev2 >= 0 && _adjacent(s, prev2, prev) && _isNameSyllable(s, prev2));
  }
  return ctx;
}

/** Step 3: whether words i..j, matched to `entry`, read as that place. */
function _accept(entry: IndexEntry, s: Scanned, i: number, j: number, ctx: Context): boolean {
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

// ---------------------------------------------------------------------------
// Scanning.

/**
 * Words a and b can belong to one name: same line, separated only by spaces,
 * dashes or dots ("Bà Rịa - Vũng Tàu", "TP.HCM", "Phan Rang-Tháp Chàm"), not
 * by a comma or a bracket ("huyện Châu Thành, A Lưới" is two places).
 */
function _joinsName(s: Scanned, a: number, b: number): boolean {
  if (_line(s, a) !== _line(s, b)) return false;
  const to = _start(s, b);
  for (let i = _end(s, a); i < to; i++) {
    const c = s.text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2e && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/** The longest index match starting at word i, as [last word, entries], or null. */
function _longestMatch(s: Scanned, i: number): readonly [number, readonly IndexEntry[]] | null {
  const h = _hash(s, i);
  const line = _line(s, i);
  const single = _hasBit(INDEX.singleFilter, h & FILTER_MASK);
  const pair = i + 1 < s.count && _line(s, i + 1) === line && _hasBit(INDEX.pairFilter, _pairHash(h, _hash(s, i + 1)));
  if (!single && !pair) return null;
  let key = _key(s, i);
  let bestEnd = -1;
  let best: readonly IndexEntry[] | undefined;
  for (let j = i; j < s.count; j++) {
    if (j > i) {
      if (!_joinsName(s, j - 1, j)) break;
      key = `${key} ${_key(s, j)}`;
    }
    const found = INDEX.entries.get(key);
    if (found !== undefined) {
      bestEnd = j;
      best = found;
    }
    if (!INDEX.prefixes.has(key)) break;
  }
  return best === undefined ? null : [bestEnd, best];
}

/**
 * Among entries whose folded keys collide, those spelt exactly as the text
 * (marks included) if there are any: "Phù Mỹ" is Bình Định, "Phú Mỹ" is
 * Bà Rịa - Vũng Tàu, "Thạnh Hóa" is Long An, not the province Thanh Hóa.
 */
function _preferSpelling(entries: readonly IndexEntry[], s: Scanned, i: number, j: number): readonly IndexEntry[] {
  if (entries.length < 2) return entries;
  const written = _accentedKey(s.text.slice(_start(s, i), _end(s, j)));
  const exact = entries.filter((e) => e.accented === written);
  return exact.length > 0 ? exact : entries;
}

/** "(cũ)"/"trước đây" (old) or "(mới)" (new) right after the match ending at word j, or null. */
function _eraMark(s: Scanned, j: number, scorer: _Scorer): Era {
  const after = _end(s, j);
  const m = ERA_MARK_AFTER.exec(s.text.slice(after, after + ERA_MARK_WINDOW));
  if (m === null) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  if (m[1] !== undefined) scorer.sawEraMark = true;
  return word === 'mới' ? 'new' : 'old';
}

/** Steps 2–3: names, districts and banners of one text, longest match first. */
function _scanNames(s: Scanned, scorer: _Scorer): void {
  let i = 0;
  while (i < s.count) {
    const match = _longestMatch(s, i);
    const head = match?.[1][0];
    if (match === null || head === undefined) {
      i++;
      continue;
    }
    const [end, entries] = match;
    if (head.kind === 'decoy') {
      i = end + 1;
      continue;
    }
    const zone = s.zoneAt(_start(s, i));
    if (head.kind === 'banner') {
      scorer.add(head.province, EVIDENCE_WEIGHTS.banner, zone, 'banner', head.label);
      i = end + 1;
      continue;
    }
    const ctx = _context(s, i, end);
    const accepted = _preferSpelling(
      entries.filter((e) => _accept(e, s, i, end, ctx)),
      s,
      i,
      end,
    );
    if (accepted.length === 0) {
      i++;
      continue;
    }
    const era = _eraMark(s, end, scorer);
    const zoneWeight = ZONE_WEIGHTS[zone] * (era === 'old' ? OLD_MARK_MULTIPLIER : 1);
    const province = accepted.find((e) => e.kind === 'province');
    const districts = accepted.filter((e) => e.kind === 'district');
    const district = districts[0];
    if (province !== undefined && (ctx.typed !== 'district' || district === undefined)) {
      // "huyện Hòa Bình" is the district of Bạc Liêu; "tỉnh Hòa Bình" and a bare "Hòa Bình" are the province.
      scorer.add(province.province, EVIDENCE_WEIGHTS.province * zoneWeight, zone, 'province', province.label, era);
    } else if (district !== undefined && districts.length === 1) {
      const typed = ctx.typed !== null || district.typePrefix > 0;
      const base = typed ? EVIDENCE_WEIGHTS.districtTyped : EVIDENCE_WEIGHTS.districtBare;
      scorer.add(district.province, base * zoneWeight, zone, 'district', district.label, era);
    } else if (district !== undefined) {
      scorer.shared.push({
        provinces: districts.map((e) => e.province),
        weight: EVIDENCE_WEIGHTS.sharedDistrict * zoneWeight,
        where: zone,
        label: district.label,
        era,
      });
    }
    i = end + 1;
  }
}

/** Step 4: hosts written in the text ("Nguồn: daitienlang.vn"). */
function _scanHosts(s: Scanned, scorer: _Scorer): void {
  if (!HOST_MARKERS.some((m) => s.text.includes(m))) return;
  for (const m of s.text.matchAll(HOST_IN_TEXT)) {
    const host = m[1];
    if (host === undefined) continue;
    const province = _provinceOfHost(host);
    if (province === null) continue;
    const zone = s.zoneAt(m.index);
    const lineStart = s.text.lastIndexOf('\n', m.index) + 1;
    if (SOURCE_LINE.test(s.text.slice(lineStart, m.index))) {
      scorer.add(province, EVIDENCE_WEIGHTS.sourceLineHost, zone, 'source host', host);
    } else {
      scorer.add(province, EVIDENCE_WEIGHTS.textHost * ZONE_WEIGHTS[zone], zone, 'host', host);
    }
  }
}

/** Step 4: an outlet tag at the head of a line before or at the lead ("(CTTĐTBP) - …"). */
function _scanSourceTag(line: string, scorer: _Scorer): void {
  const m = SOURCE_TAG_AT_LINE_START.exec(line);
  if (m === null) return;
  const tag = m[1] ?? m[2];
  if (tag === undefined) return;
  const province = tag.includes('.') ? _provinceOfHost(tag.trim()) : (INDEX.tags.get(nameKey(tag)) ?? null);
  if (province !== null) scorer.add(province, EVIDENCE_WEIGHTS.sourceTag, 'lead', 'source tag', tag);
}

function _scan(text: string, zoneAt: (offset: number) => Zone, from = 0): Scanned {
  const w = _words(text, from);
  return { text: w.text, count: w.count, data: w.data, keys: w.keys, zoneAt };
}

/** The lead is looked for among this many first body lines; outlet tags only there and up to the lead. */
const MAX_LINES_BEFORE_LEAD = 20;

/**
 * Step 1 for the body: drops a first line that repeats the title, finds the
 * lead, scans outlet tags on the lines up to it, and returns the body with
 * its zones (lead ×2, everything else ×1).
 */
function _scanBody(body: string, title: string, scorer: _Scorer): Scanned {
  // Offsets instead of slices: the body is scanned in place.
  let from = 0;
  while (from < body.length && body.charCodeAt(from) <= 0x20) from++;
  if (title !== '' && body.startsWith(title, from)) from += title.length;
  let leadStart = -1;
  let leadEnd = -1;
  let start = from;
  for (let lineNo = 0; lineNo < MAX_LINES_BEFORE_LEAD && start <= body.length; lineNo++) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    const line = body.slice(start, end);
    _scanSourceTag(line, scorer);
    if (line.trim().length >= LEAD_MIN_CHARS) {
      leadStart = start;
      leadEnd = end;
      break;
    }
    if (nl === -1) break;
    start = end + 1;
  }
  return _scan(body, (offset) => (offset >= leadStart && offset < leadEnd ? 'lead' : 'body'), from);
}

/** Other members of each merged 2025 unit, keyed by the member that gave the unit its name ("Cần Thơ" → Sóc Trăng, Hậu Giang). */
const OTHER_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(
  UNITS_2025.filter((u) => u.members.length > 1 && u.members.includes(u.name)).map(
    (u) => [u.name, u.members.filter((m) => m !== u.name)] as const,
  ),
);

/**
 * What the text itself says about a province, for `_mergedMemberRival`: names
 * and districts in the title, lead and body (or in the title only), not the
 * outlet (URL, tags, banners, boilerplate), which after 2025 belongs to the
 * whole merged unit. A mention marked "(mới)" is the new unit: it counts only
 * in the title, where it makes the whole unit the subject ("Đồng Nai (mới):
 * Gần 900 nghìn đoàn viên…", golden 124).
 */
function _contentScore(tally: Tally | undefined, titleOnly: boolean): number {
  let score = 0;
  for (const e of tally?.evidence ?? []) {
    if (e.where === 'url' || e.where === 'boilerplate' || (titleOnly && e.where !== 'title')) continue;
    if (e.kind !== 'province' && e.kind !== 'district' && e.kind !== 'shared district') continue;
    if (e.era === 'new' && e.where !== 'title') continue;
    score += e.weight;
  }
  return score;
}

/**
 * When `winner` gave its name to a merged 2025 unit, the other member the
 * article is really about, or null. The title decides when it names only one
 * of them ("Phường Chơn Thành: …" is Bình Phước, golden 115; "Đồng Nai (mới):
 * …" the unit, golden 124); otherwise the member the text says most about,
 * if more than about `winner` and at least `MIN_MEMBER_SCORE` (golden 126).
 */
function _mergedMemberRival(winner: string, scorer: _Scorer): readonly [string, Tally] | null {
  const own = scorer.tallies.get(winner);
  const ownTitle = _contentScore(own, true);
  const ownText = _contentScore(own, false);
  let rival: readonly [string, Tally] | null = null;
  let rivalText = 0;
  for (const member of OTHER_MEMBERS.get(winner) ?? []) {
    const tally = scorer.tallies.get(member);
    const title = _contentScore(tally, true);
    const text = _contentScore(tally, false);
    if (tally === undefined || text < MIN_MEMBER_SCORE) continue;
    // The title decides when it names one side only; otherwise the text does.
    const beats = ownTitle > 0 && title === 0 ? false : ownTitle === 0 && title > 0 ? true : text > ownText;
    if (beats && text > rivalText) {
      rival = [member, tally];
      rivalText = text;
    }
  }
  return rival;
}

/**
 * The pre-2025 province the article is about, with its score and the
 * evidence for it; null when nothing reaches `MIN_SCORE` ("Việt Nam",
 * "Trung ương", no place at all). Input is expected in NFC (NFD folds the
 * same, but tone-style variants only matter for the evidence labels).
 */
export function detectProvince(input: ProvinceDetectionInput): ProvinceDetection | null {
  const scorer = new _Scorer();

  // Steps 1–4: zones, outlet evidence, names.
  if (input.url) {
    const host = _hostOfUrl(input.url);
    const province = host === null ? null : _provinceOfHost(host);
    if (province !== null && host !== null) scorer.add(province, EVIDENCE_WEIGHTS.urlHost, 'url', 'host', host);
  }
  const title = input.title?.trim() ?? '';
  const bodyScan = _scanBody(input.body, title, scorer);
  const texts: Scanned[] = [bodyScan];
  if (title !== '') texts.unshift(_scan(title, () => 'title'));
  if (input.boilerplate) texts.push(_scan(input.boilerplate, () => 'boilerplate'));
  for (const s of texts) {
    _scanNames(s, scorer);
    _scanHosts(s, scorer);
  }

  // Step 5: shared district names go to their provinces that have other evidence.
  const evidenced = new Set(scorer.tallies.keys());
  for (const mention of scorer.shared) {
    for (const p of mention.provinces) {
      if (evidenced.has(p)) scorer.add(p, mention.weight, mention.where, 'shared district', mention.label, mention.era);
    }
  }

  // Step 6: the best province, ties to the first mentioned.
  let bestName: string | null = null;
  let best: Tally | null = null;
  for (const [name, tally] of scorer.tallies) {
    if (best === null || tally.score > best.score || (tally.score === best.score && tally.first < best.first)) {
      bestName = name;
      best = tally;
    }
  }
  if (bestName === null || best === null || best.score < MIN_SCORE) return null;

  // Step 7: after the 2025 merger, a merged unit's name and outlets cover all its members; a member the text
  // itself says more about is what the article is about (golden 115, 121, 126; 124 stays with the unit's name).
  const rival = _mergedMemberRival(bestName, scorer);
  if (rival !== null && (scorer.sawEraMark || POST_MERGER_CUE.test(title) || POST_MERGER_CUE.test(bodyScan.text))) {
    [bestName, best] = rival;
  }

  const evidence = [...best.evidence]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE)
    .map(_formatEvidence);
  return { province: bestName, province_2025: UNIT_2025_OF.get(bestName) ?? null, score: _round(best.score), evidence };
}
