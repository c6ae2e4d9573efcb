/**
 * The index of everything province detection looks up, built once at module
 * load from the gazetteer: province names, aliases and abbreviations,
 * districts, site banners and decoy phrases keyed by their folded words
 * ("binh phuoc", "tp hcm"), in a trie of words under their hashes, with the
 * hash filters that let the scan skip most words; plus outlet tags, known
 * hosts and the compact keys that host labels are read against.
 */
import { PROVINCES, nameKey } from '../gazetteer.js';
import { normalizeText } from '../normalize-text.js';
import { _hashWord, _key, _words } from './fold-words.js';
import { FILTER_MASK, _newFilters, _pairHash, _setBit, type WordFilters } from './word-filters.js';

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

export type EntryKind = 'province' | 'district' | 'banner' | 'decoy';

export interface IndexEntry {
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

/**
 * A node of the trie of keys, one level per word: the root, or the last word of a key or of a proper
 * word-prefix of a key ("binh" → "phuoc" for "binh phuoc"; "thanh" → "pho" → "ho" → "chi" → "minh").
 */
export interface NameNode {
  /** The folded word that leads here from the parent ('' at the root). */
  word: string;
  /** What the words from the root to here name, when they are a key. */
  entries: readonly IndexEntry[] | undefined;
  /** The next words, under the hashes of their folded words (`_hashWord`); words whose hashes collide share a list. */
  next: ReadonlyMap<number, readonly NameNode[]>;
}

export interface Index {
  /** Folded words joined by spaces ("binh phuoc", "tp hcm") → what they name. */
  entries: ReadonlyMap<string, readonly IndexEntry[]>;
  /** The same keys as a trie of words: lets the scan match word by word, by hash, without building strings. */
  names: NameNode;
  /** Bit sets of the hashes of one-word keys and of the first two words of longer keys: most words start no name. */
  filters: WordFilters;
  tags: ReadonlyMap<string, string>;
  /**
   * Outlet tags made from a province's name, as provincial papers write them in front of a lead:
   * "(BĐL) -" Báo Đắk Lắk, "(BĐ) -" Báo Bình Định, "(QBĐT) -" Quảng Bình điện tử. Keyed as
   * written (upper case, marks kept: "BĐ" is Bình Định, "BD" would be Bình Dương); only tags no
   * other province could make, and no national outlet's (NATIONAL_OUTLET_TAGS).
   */
  outletTags: ReadonlyMap<string, string>;
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
export function _accentedKey(phrase: string): string {
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

  const names = _newNode('');
  const filters = _newFilters();
  for (const [key, list] of entries) {
    const words = key.split(' ');
    let node = names;
    for (const word of words) node = _childNode(node, word);
    node.entries = list;
    const h1 = _hashWord(words[0] ?? '');
    if (words.length === 1) _setBit(filters.single, h1 & FILTER_MASK);
    else _setBit(filters.pair, _pairHash(h1, _hashWord(words[1] ?? '')));
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
  return { entries, names, filters, tags, outletTags: _outletTags(tags), hosts, compactProvince, compactDistrict };
}

interface MutableNameNode {
  word: string;
  entries: readonly IndexEntry[] | undefined;
  next: Map<number, MutableNameNode[]>;
}

function _newNode(word: string): MutableNameNode {
  return { word, entries: undefined, next: new Map() };
}

/** The child of `node` for `word`, made if missing. */
function _childNode(node: MutableNameNode, word: string): MutableNameNode {
  const h = _hashWord(word);
  const list = node.next.get(h) ?? [];
  let child = list.find((c) => c.word === word);
  if (child === undefined) {
    child = _newNode(word);
    list.push(child);
    node.next.set(h, list);
  }
  return child;
}

/** Tags of national outlets and agencies, never a province's: "(LĐ)" is Lao Động, "(TN)" Thanh Niên. */
const NATIONAL_OUTLET_TAGS: ReadonlySet<string> = new Set([
  'TTXVN', 'VNA', 'LĐ', 'LĐO', 'NLĐ', 'NLĐO', 'ND', 'NDO', 'QĐND', 'CAND', 'TN', 'TT', 'TTO', 'VTV', 'VTC', 'SGGP', 'DT',
  'VOV', 'VOH', 'PLVN', 'TPO', 'GDVN', 'TCCS', 'TCCSĐT', 'LLCT', 'GDLL', 'ĐCSVN', 'CP', 'VGP', 'KTĐT', 'HQ',
]);

/** "Đắk Lắk" → ĐL, BĐL, ĐLĐT, BĐLĐT, ĐLO: initials, with "B" (Báo) before and "ĐT" (điện tử) or "O" (online) after ("(STO) -" is Báo Sóc Trăng's). */
function _outletTagVariants(name: string): string[] {
  const initials = name
    .split(/[\s\-–]+/u)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return [initials, `B${initials}`, `${initials}ĐT`, `B${initials}ĐT`, `${initials}O`];
}

/** The outlet tags that only one province's name makes, and that no explicit tag already names. */
function _outletTags(explicit: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const makers = new Map<string, Set<string>>();
  for (const p of PROVINCES) {
    for (const tag of _outletTagVariants(p.name)) {
      if (tag.length < 2) continue;
      const set = makers.get(tag) ?? new Set<string>();
      set.add(p.name);
      makers.set(tag, set);
    }
  }
  const out = new Map<string, string>();
  for (const [tag, provinces] of makers) {
    if (provinces.size !== 1 || NATIONAL_OUTLET_TAGS.has(tag)) continue;
    const owner = [...provinces][0]!;
    const named = explicit.get(nameKey(tag));
    if (named !== undefined && named !== owner) continue;
    out.set(tag, owner);
  }
  return out;
}

export const INDEX: Index = _buildIndex();

/** Canonical province → its 2025 unit, for the result (no re-folding of a name we already know is canonical). */
export const UNIT_2025_OF: ReadonlyMap<string, string> = new Map(PROVINCES.map((p) => [p.name, p.unit_2025]));

