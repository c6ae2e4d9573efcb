/**
 * Steps 1–4 of province detection over one text: the zones of the body (lead
 * and the rest), outlet tags on the lines up to the lead, place names matched
 * against the index longest first, and hosts written in the text. Everything
 * found goes to the article's `_Scorer`.
 */
import { nameKey } from '../gazetteer.js';
import { isSpaceCode } from '../word-boundary.js';
import { _end, _hash, _keyIs, _line, _start, _words } from './fold-words.js';
import { _accept, _context, _isCapitalised, type Scanned } from './match-context.js';
import { INDEX, _accentedKey, type IndexEntry, type NameNode } from './name-index.js';
import { ERA_MARK_AFTER, ERA_MARK_WINDOW, HOST_IN_TEXT, HOST_TOP_LEVEL_DOMAINS, SOURCE_LINE, SOURCE_TAG_AT_LINE_START } from './place-cues.js';
import { _provinceOfHost } from './province-of-host.js';
import { EVIDENCE_WEIGHTS, LEAD_MIN_CHARS, OLD_MARK_MULTIPLIER, ZONE_WEIGHTS, type _Scorer, type Era, type Zone } from './score-mentions.js';


/** What names the old province a unit was merged with, right before it: "hợp nhất với LĐLĐ tỉnh ", "sáp nhập vào ". */
const MERGED_WITH_BEFORE = /(?<![\p{L}])(?:hợp nhất|sáp nhập)(?:\s+(?:với|vào|cùng))?\s+(?:(?:LĐLĐ|Liên đoàn Lao động|Đảng bộ|Đảng ủy|Công đoàn|Tỉnh đoàn|UBND|Ủy ban nhân dân|Hội)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s+)?$/iu;
/**
 * Words a and b can belong to one name: same line, separated only by spaces,
 * dashes or dots ("Bà Rịa - Vũng Tàu", "TP.HCM", "Phan Rang-Tháp Chàm"), not
 * by a comma or a bracket ("huyện Châu Thành, A Lưới" is two places).
 */
function _joinsName(s: Scanned, a: number, b: number): boolean {
  if (_line(s, a) !== _line(s, b)) return false;
  const from = _end(s, a);
  const to = _start(s, b);
  for (let i = from; i < to; i++) {
    const c = s.text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2e && c !== 0x2013 && c !== 0x2014) return false;
    // (A dot then a space ends a sentence after a word, "… Tổng LĐLĐ Việt Nam. Đồng chí …" is no "Nam Đông"; it
    // joins only after an abbreviation: "TP. Hồ Chí Minh", "Tp. Vinh".)
    if (c === 0x2e && i + 1 < to && s.text.charCodeAt(i + 1) === 0x20 && !_isAbbreviation(s.text, _start(s, a), from)) return false;
  }
  return true;
}

/** Whether text[from, to) is an abbreviation: two letters at most, or capitals only ("TP", "Tp", "TX", "HCM"). */
function _isAbbreviation(text: string, from: number, to: number): boolean {
  if (to - from <= 2) return true;
  const word = text.slice(from, to);
  return word === word.toUpperCase();
}

/** The child of `node` for word k of the text, or undefined: found by the word's hash, checked letter by letter. */
function _childFor(node: NameNode, s: Scanned, k: number): NameNode | undefined {
  const list = node.next.get(_hash(s, k));
  if (list === undefined) return undefined;
  for (const child of list) if (_keyIs(s, k, child.word)) return child;
  return undefined;
}

/**
 * The longest index match starting at word i, as [last word, entries], or null: walks the trie word by
 * word while the words join into one name and the words so far begin some key.
 */
function _longestMatch(s: Scanned, i: number): readonly [number, readonly IndexEntry[]] | null {
  let bestEnd = -1;
  let best: readonly IndexEntry[] | undefined;
  let node = _childFor(INDEX.names, s, i);
  for (let j = i; node !== undefined; ) {
    if (node.entries !== undefined) {
      bestEnd = j;
      best = node.entries;
    }
    j++;
    if (node.next.size === 0 || j >= s.count || !_joinsName(s, j - 1, j)) break;
    node = _childFor(node, s, j);
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
  // (Entries all spelt alike, as "Châu Thành" in six provinces, are all kept whatever the text's spelling:
  // the filter below keeps all of them or none. The text's spelling is read only when it can choose.)
  const spelling = entries[0]!.accented;
  if (entries.every((e) => e.accented === spelling)) return entries;
  const written = _accentedKey(s.text.slice(_start(s, i), _end(s, j)));
  const exact = entries.filter((e) => e.accented === written);
  return exact.length > 0 ? exact : entries;
}

/** "(cũ)"/"trước đây" (old) or "(mới)" (new) right after the match ending at word j, or null. */
function _eraMark(s: Scanned, j: number, scorer: _Scorer): Era {
  const after = _end(s, j);
  // (After white space, a mark starts with "(", "c" or "t" in either case, as no other letter folds to them:
  // at anything else in the window the regex cannot match, and is not run.)
  const windowEnd = Math.min(after + ERA_MARK_WINDOW, s.text.length);
  let k = after;
  while (k < windowEnd && isSpaceCode(s.text.charCodeAt(k))) k++;
  const first = k < windowEnd ? s.text.charCodeAt(k) : -1;
  if (first !== 0x28 && first !== 0x43 && first !== 0x63 && first !== 0x54 && first !== 0x74) return null;
  const m = ERA_MARK_AFTER.exec(s.text.slice(after, after + ERA_MARK_WINDOW));
  if (m === null) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  // (A bare "cũ" after a province, "tỉnh Hậu Giang cũ", "khu vực Yên Bái cũ", dates the article as a bracketed one does;
  // "trước đây" may be any time.)
  if (m[1] !== undefined || m[2]?.toLowerCase() === 'cũ') scorer.sawEraMark = true;
  return word === 'mới' ? 'new' : 'old';
}

/**
 * Steps 2–3: names, districts and banners of one text, longest match first: a match takes its words, and
 * the scan goes on after it. Only the candidate words of the scan can start a match (see `_words`): the
 * others are passed over, as a match of none of them would be.
 */
export function _scanNames(s: Scanned, scorer: _Scorer): void {
  // The first word a match may start at: the word after the last match taken.
  let next = 0;
  for (let c = 0; c < s.candidateCount; c++) {
    const i = s.candidates[c]!;
    if (i < next) continue;
    const match = _longestMatch(s, i);
    const head = match?.[1][0];
    if (match === null || head === undefined) continue;
    const [end, entries] = match;
    if (head.kind === 'decoy') {
      next = end + 1;
      continue;
    }
    const zone = s.zoneAt(_start(s, i));
    if (head.kind === 'banner') {
      scorer.add(head.province, EVIDENCE_WEIGHTS.banner, zone, 'banner', head.label);
      next = end + 1;
      continue;
    }
    // (`_accept` wants the words of an entry capitalised from its type prefix on: "có tổ" is not Cô Tô. When no
    // entry has its first such word capitalised, none is accepted, and the context is not read.)
    if (!entries.some((e) => _isCapitalised(s, i + e.typePrefix))) continue;
    const ctx = _context(s, i, end);
    const accepted = _preferSpelling(
      entries.filter((e) => _accept(e, s, i, end, ctx)),
      s,
      i,
      end,
    );
    if (accepted.length === 0) continue;
    const era = _eraMark(s, end, scorer);
    // ("LĐLĐ tỉnh Đồng Nai hoạt động sau khi hợp nhất với LĐLĐ tỉnh Bình Phước (cũ)": the old province a unit was merged
    // with is named as a part of the whole the article is about, not as its subject; its mark counts for nothing more.)
    const mergedWith = era === 'old' && MERGED_WITH_BEFORE.test(s.text.slice(Math.max(0, _start(s, i) - 60), _start(s, i)));
    const zoneWeight = ZONE_WEIGHTS[zone] * (era === 'old' && !mergedWith ? OLD_MARK_MULTIPLIER : 1);
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
    next = end + 1;
  }
}

/** The first letters of `HOST_TOP_LEVEL_DOMAINS`, by code unit. */
const TOP_LEVEL_DOMAIN_STARTS: ReadonlySet<number> = new Set(HOST_TOP_LEVEL_DOMAINS.map((tld) => tld.charCodeAt(0)));

/** Whether a dot and one of `HOST_TOP_LEVEL_DOMAINS` occur in the text (".vn"): one search for dots, not one search per domain. */
function _hasHostMarker(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    // (Most dots end a sentence or group digits: the domains are compared only after a dot followed by a first letter of one.)
    if (!TOP_LEVEL_DOMAIN_STARTS.has(text.charCodeAt(dot + 1))) continue;
    for (const tld of HOST_TOP_LEVEL_DOMAINS) if (text.startsWith(tld, dot + 1)) return true;
  }
  return false;
}

/** Step 4: hosts written in the text ("Nguồn: daitienlang.vn"). */
export function _scanHosts(s: Scanned, scorer: _Scorer): void {
  if (!_hasHostMarker(s.text)) return;
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
  const province = tag.includes('.') ? _provinceOfHost(tag.trim()) : (INDEX.tags.get(nameKey(tag)) ?? INDEX.outletTags.get(tag.trim()) ?? null);
  if (province !== null) scorer.add(province, EVIDENCE_WEIGHTS.sourceTag, 'lead', 'source tag', tag);
}

/**
 * A text ready to scan: its words from `from` on, the words that may start a name, and the zone of each
 * offset. Valid until the next call (the words live in shared buffers): scan one text at a time.
 */
export function _scan(text: string, zoneAt: (offset: number) => Zone, from = 0): Scanned {
  const w = _words(text, from, INDEX.filters);
  return { text: w.text, count: w.count, data: w.data, candidates: w.candidates, candidateCount: w.candidateCount, zoneAt };
}

/** Steps 2–4 over one text: its names, districts, banners and hosts. */
export function _scanMentions(s: Scanned, scorer: _Scorer): void {
  _scanNames(s, scorer);
  _scanHosts(s, scorer);
}

/** The lead is looked for among this many first body lines; outlet tags only there and up to the lead. */
const MAX_LINES_BEFORE_LEAD = 20;

/** Where the words of the body start (after a first line repeating the title), and the zone of each offset. */
export interface BodyZones {
  from: number;
  zoneAt: (offset: number) => Zone;
}

/**
 * Step 1 for the body: drops a first line that repeats the title, finds the
 * lead, scans outlet tags on the lines up to it, and returns where the words
 * of the body start and its zones (lead ×2, everything else ×1).
 */
export function _bodyZones(body: string, title: string, scorer: _Scorer): BodyZones {
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
  return { from, zoneAt: (offset) => (offset >= leadStart && offset < leadEnd ? 'lead' : 'body') };
}
