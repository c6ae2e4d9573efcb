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
 *      Null too when `MANY_PROVINCES` or more are named, none in the title,
 *      and the top one scores no more than `MIN_SCORE_AMONG_MANY`: a roundup
 *      of several provinces is about none of them.
 *   7. After the 2025 merger, when the top province gave its name to a merged
 *      unit, another member the article is really about takes its place
 *      (`_mergedMemberRival`).
 *
 * Pure and fast (about 2,000 articles of 4 KB in well under a second): one
 * pass over the code units through a folding table, hash filters applied in
 * that pass (without a branch) that leave a short list of words that may
 * start a name, Map lookups only for those, no allocation per word and no
 * per-name regexes. Input should be NFC as produced by `normalizeText`; NFD
 * folds the same.
 *
 * The parts, under `province/`:
 *   - `fold-words.ts`: the folding table and the one-pass word scanner;
 *   - `word-filters.ts`: the bit filters of the words that may start a name;
 *   - `place-cues.ts`: patterns and cue words read around names (named data);
 *   - `name-index.ts`: the index of names, districts, banners, tags and hosts;
 *   - `province-of-host.ts`: host → province by known hosts and naming patterns;
 *   - `match-context.ts`: step 3, whether a match reads as the place;
 *   - `scan-mentions.ts`: steps 1–4 over one text;
 *   - `score-mentions.ts`: zones, weights, tallies, steps 5–7.
 */
import { UNIT_2025_OF } from './province/name-index.js';
import { NATIONAL_OUTLET_CHROME, POST_MERGER_CUE } from './province/place-cues.js';
import { _hostOfUrl, _provinceOfHost } from './province/province-of-host.js';
import { _bodyZones, _scan, _scanMentions } from './province/scan-mentions.js';
import {
  EVIDENCE_WEIGHTS,
  MANY_PROVINCES,
  MIN_SCORE_AMONG_MANY,
  _Scorer,
  _bestProvince,
  _creditSharedDistricts,
  _contentScore,
  _mergedMemberRival,
  _wholeUnitOf,
  _round,
  _topEvidence,
  type Tally,
} from './province/score-mentions.js';
import { letterBefore } from './word-boundary.js';

// The tunable weights and thresholds are part of this module's API.
export {
  EVIDENCE_WEIGHTS,
  LEAD_MIN_CHARS,
  MANY_PROVINCES,
  MIN_MEMBER_SCORE,
  MIN_SCORE,
  MIN_SCORE_AMONG_MANY,
  OLD_MARK_MULTIPLIER,
  ZONE_WEIGHTS,
} from './province/score-mentions.js';

/** How many first lines of the chrome are the masthead, where a national outlet names itself. */
const MASTHEAD_LINES = 2;

/** Every mention of a national outlet in the chrome (those right after a letter are skipped by `_nextOutletName`). */
const NATIONAL_OUTLET_CHROME_ALL = new RegExp(NATIONAL_OUTLET_CHROME.source, 'giu');

/**
 * The next name of a national outlet in the chrome, from `re.lastIndex` on, that does not follow a letter
 * (`(?<![\p{L}])`, checked here on the few matches: the same leftmost match, with the same alternative).
 */
function _nextOutletName(re: RegExp, chrome: string): RegExpExecArray | null {
  for (let m = re.exec(chrome); m; m = re.exec(chrome)) {
    if (!letterBefore(chrome, m.index, false)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** A line where a site names its owner: "Cơ quan chủ quản: …", "© Bản quyền thuộc về …", "… - Giấy phép số …". */
const OWNER_LINE = /chủ quản|bản quyền|©|giấy phép|cơ quan của|copyright/iu;

/**
 * Whether the chrome is a national outlet's: its name in the masthead (the head of the chrome) or on the line
 * naming the site's owner, not in a list of links ("Liên kết website … Báo Nhân Dân" on a provincial paper).
 */
function _isNationalOutletChrome(chrome: string): boolean {
  const re = NATIONAL_OUTLET_CHROME_ALL;
  re.lastIndex = 0;
  let masthead = -1;
  for (let k = 0; k < MASTHEAD_LINES && masthead < chrome.length; k++) {
    const nl = chrome.indexOf('\n', masthead + 1);
    masthead = nl < 0 ? chrome.length : nl;
  }
  for (let m = _nextOutletName(re, chrome); m; m = _nextOutletName(re, chrome)) {
    if (m.index < masthead) return true;
    const start = chrome.lastIndexOf('\n', m.index) + 1;
    const end = chrome.indexOf('\n', m.index);
    if (OWNER_LINE.test(chrome.slice(start, end < 0 ? chrome.length : end))) return true;
  }
  return false;
}

/**
 * Step 4b: the site's own name is its banner. The one province it names
 * ("Cổng Thông tin điện tử Đảng bộ tỉnh Thừa Thiên Huế", "Báo Cần Thơ")
 * scores as much as the URL's host, within the chrome's cap; a name with no
 * province ("Báo Người Lao Động") or with two gives nothing.
 */
function _scoreSite(site: string, scorer: _Scorer): void {
  const probe = new _Scorer();
  _scanMentions(_scan(site, () => 'boilerplate'), probe);
  if (probe.tallies.size !== 1) return;
  const [province] = probe.tallies.keys();
  scorer.add(province!, EVIDENCE_WEIGHTS.siteName, 'boilerplate', 'banner', site);
}

/**
 * What introduces another province than the article's own: "tỉnh bạn Cà Mau", "các tỉnh bạn như Long An",
 * "học tập kinh nghiệm tại Bình Dương". Group 1: the words after it, where the name is.
 */
// ("Chị Hạnh (32 tuổi, quê Thanh Hóa)": a person's home province is not where the article is.)
// (After "quê", only a name: "quê Thanh Hóa", "quê ở các tỉnh Thanh Hóa, Nghệ An", not "về quê làm việc ở Cẩm Phả".)
const OTHER_PROVINCE_CUE = /(?<![\p{L}])(?:(?:[Tt]ỉnh bạn|[Tt]hành phố bạn|[Đđ]ịa phương bạn|[Hh]ọc tập kinh nghiệm (?:tại|ở|của))\s+((?:như\s+|là\s+)?[^,;.:()\n]{2,40})|[Qq]uê(?: ở| quán| gốc)?\s+((?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s+)?\p{Lu}[^;.:()\n]{1,40}))/gu;

/** How many mentions besides those the cues introduce make a province named most often the article's own. */
const OWN_BESIDES_CUES = 3;

/** How much of its score a province introduced as another keeps (title, URL and tags aside). */
const OTHER_PROVINCE_KEEPS = 0.25;

/**
 * Step 5b: provinces the body introduces as others ("Đối chiếu với tỉnh bạn Cà Mau, …") keep a quarter of what the
 * body and chrome gave them, when another province has evidence too: a column comparing its province with a
 * neighbour names the neighbour as often as its own.
 */
function _discountOtherProvinces(body: string, scorer: _Scorer): void {
  if (scorer.tallies.size < 2 || !(body.includes('ỉnh bạn') || body.includes('phố bạn') || body.includes('phương bạn') || body.includes('kinh nghiệm') || body.includes('quê'))) return;
  const others = new Map<string, number>();
  // (Provinces a neighbour's cue names, "tỉnh bạn", "học tập kinh nghiệm tại", not only a home town.)
  const neighbours = new Set<string>();
  OTHER_PROVINCE_CUE.lastIndex = 0;
  for (let m = OTHER_PROVINCE_CUE.exec(body); m; m = OTHER_PROVINCE_CUE.exec(body)) {
    const probe = new _Scorer();
    _scanMentions(_scan(m[1] ?? m[2]!, () => 'body'), probe);
    for (const [province, tally] of probe.tallies) {
      others.set(province, (others.get(province) ?? 0) + tally.evidence.length);
      if (m[1] !== undefined) neighbours.add(province);
    }
  }
  // (A home town named of people, "… đưa … người lao động quê Nghệ An về đón Tết" by "LĐLĐ tỉnh Nghệ An": a province the
  // text names most often besides is the article's own.)
  const named = (province: string): number => (scorer.tallies.get(province)?.evidence.filter((e) => e.where === 'lead' || e.where === 'body').length ?? 0) - (others.get(province) ?? 0);
  let most = 0;
  for (const province of scorer.tallies.keys()) most = Math.max(most, named(province));
  for (const province of others.keys()) {
    const tally = scorer.tallies.get(province);
    if (tally === undefined || tally.evidence.some((e) => e.where === 'title' || e.where === 'url' || e.kind === 'source tag')) continue;
    if (!neighbours.has(province) && named(province) >= OWN_BESIDES_CUES && named(province) === most && [...scorer.tallies.keys()].every((p) => p === province || named(p) < most)) continue;
    tally.score *= OTHER_PROVINCE_KEEPS;
  }
}

/** A report of the whole country: "cả nước", "toàn quốc", the national confederation or the central Party bodies. */
const NATIONAL_CUE = /(?<![\p{L}])(?:cả nước|toàn quốc|Tổng Liên đoàn Lao động Việt Nam|Tổng LĐLĐ Việt Nam|Ban Tổ chức Trung ương|Trung ương Đoàn|Ban Bí thư)(?![\p{L}])/iu;

/** The central Party committee of state enterprises, or a national state group by its name ("Tập đoàn Dầu khí Quốc gia Việt Nam", "Tập đoàn Than - Khoáng sản Việt Nam"). */
const NATIONAL_BODY = /(?<![\p{L}])(?:(?:Đảng ủy|Đảng bộ) Khối (?:Doanh nghiệp|các cơ quan) Trung ương|Tập đoàn \p{Lu}\p{Ll}*(?: (?:- )?\p{L}+){0,5}? (?:Quốc gia )?Việt Nam)(?![\p{L}])/u;

/** Whether the head of an article names the whole country or a national body. */
function _namesNation(head: string): boolean {
  return NATIONAL_CUE.test(head) || NATIONAL_BODY.test(head);
}

export interface ProvinceDetectionInput {
  title: string | null;
  body: string;
  /** Page furniture kept apart from the body (menus, footers, banners). */
  boilerplate?: string;
  /** The site's own name (og:site_name, or what a saved page's <title> ends with): a banner of its province. */
  site?: string | null;
  url?: string | null;
  /** The page's own date (YYYY-MM-DD): one from 1 July 2025 on was written after the merger. */
  published?: string | null;
}

/** The day the 63 provinces became 34. */
const MERGER_DAY = '2025-07-01';

export interface ProvinceDetection {
  /** Canonical pre-2025 name, as in data/provinces.json. */
  province: string;
  province_2025: string | null;
  /** Sum of the weights of the evidence for `province`. */
  score: number;
  /** What counted, strongest first: `title: province "Bình Phước" +6`. */
  evidence: string[];
  /** The province with the next best score, if any: how close the call was. */
  runnerUp: { province: string; score: number } | null;
  /** How many provinces had any evidence. */
  candidates: number;
}

/**
 * The pre-2025 province the article is about, with its score and the
 * evidence for it; null when nothing reaches `MIN_SCORE` ("Việt Nam",
 * "Trung ương", no place at all). Input is expected in NFC (NFD folds the
 * same, but tone-style variants only matter for the evidence labels).
 */
export function detectProvince(input: ProvinceDetectionInput): ProvinceDetection | null {
  const found = _detect(input);
  if (found === null) return null;
  const { scorer, bestName, best } = found;
  let runnerUp: ProvinceDetection['runnerUp'] = null;
  for (const [name, tally] of scorer.tallies) {
    if (name !== bestName && (runnerUp === null || tally.score > runnerUp.score)) runnerUp = { province: name, score: tally.score };
  }
  if (runnerUp !== null) runnerUp.score = _round(runnerUp.score);
  return {
    province: bestName,
    province_2025: UNIT_2025_OF.get(bestName) ?? null,
    score: _round(best.score),
    evidence: _topEvidence(best),
    runnerUp,
    candidates: scorer.tallies.size,
  };
}

/**
 * The province of `detectProvince` and its 2025 unit, without the score, evidence strings and runner-up
 * (for callers that read only the names: the article's metadata).
 */
export function detectProvinceName(input: ProvinceDetectionInput): Pick<ProvinceDetection, 'province' | 'province_2025'> | null {
  const found = _detect(input);
  return found === null ? null : { province: found.bestName, province_2025: UNIT_2025_OF.get(found.bestName) ?? null };
}

/** Steps 1–7: the evidence of every province, and the one `detectProvince` chooses with its tally; null for none. */
function _detect(input: ProvinceDetectionInput): { scorer: _Scorer; bestName: string; best: Tally } | null {
  const scorer = new _Scorer();

  // Steps 1–4: zones, outlet evidence, names.
  if (input.url) {
    const host = _hostOfUrl(input.url);
    const province = host === null ? null : _provinceOfHost(host);
    if (province !== null && host !== null) scorer.add(province, EVIDENCE_WEIGHTS.urlHost, 'url', 'host', host);
  }
  const title = input.title?.trim() ?? '';
  // (Outlet tags first, then title, body and boilerplate, one text at a time: a scan is valid until the next.)
  const body = _bodyZones(input.body, title, scorer);
  if (title !== '') _scanMentions(_scan(title, () => 'title'), scorer);
  _scanMentions(_scan(input.body, body.zoneAt, body.from), scorer);
  // (A national outlet's chrome names its own seat, Hà Nội or TP.HCM, whatever the article is about.)
  // (The site's name heads the chrome: "Báo Nhân Dân điện tử" as the site is a national outlet's masthead.)
  const national = _isNationalOutletChrome(input.site ? `${input.site}\n${input.boilerplate ?? ''}` : (input.boilerplate ?? ''));
  if (input.boilerplate && !national) _scanMentions(_scan(input.boilerplate, () => 'boilerplate'), scorer);
  if (input.site && !national) _scoreSite(input.site, scorer);

  // Step 5: shared district names go to their provinces that have other evidence.
  _creditSharedDistricts(scorer);
  // Step 5b: a province the body introduces as another's ("tỉnh bạn Cà Mau") is what the article compares with.
  _discountOtherProvinces(input.body, scorer);

  // Step 6: the best province, ties to the first mentioned; none when many are named about as weakly.
  const top = _bestProvince(scorer);
  if (top === null) return null;
  if (scorer.tallies.size >= MANY_PROVINCES && top[1].score <= MIN_SCORE_AMONG_MANY && !top[1].evidence.some((e) => e.where === 'title')) return null;
  let [bestName, best] = top;
  // ("Tổng LĐLĐ Việt Nam tổng kết … cả nước có …", "tại Hà Nội": a national body's report names the capital where it
  // meets; with no title, address or tag of Hà Nội, the article is the whole country's.)
  if (bestName === 'Hà Nội' && !best.evidence.some((e) => e.where === 'title' || e.where === 'url' || e.kind === 'source tag' || e.kind === 'banner') && _namesNation(`${title}\n${input.body.slice(0, 600)}`)) return null;

  // Step 7: after the 2025 merger, a merged unit's name and outlets cover all its members; a member the text
  // itself says more about is what the article is about (golden 115, 121, 126; 124 stays with the unit's name).
  const rival = _mergedMemberRival(bestName, scorer);
  // ("Phường Phan Thiết: …" on the merged Lâm Đồng's paper, dated 2026: a page of the merged unit's time, though it says so
  // nowhere, whose title names the member alone.)
  const titled = rival !== null && input.published != null && input.published >= MERGER_DAY && _contentScore(rival[1], true) > 0;
  if (rival !== null && (titled || scorer.sawEraMark || POST_MERGER_CUE.test(title) || POST_MERGER_CUE.test(input.body))) {
    [bestName, best] = rival;
  }
  // (An old part that won, where the text names the new unit and its parts: the unit, "Tuyên Quang (mới) … từ hai khu vực
  // Tuyên Quang (cũ) và Hà Giang (cũ)".)
  const whole = rival === null ? _wholeUnitOf(bestName, scorer) : null;
  if (whole !== null) [bestName, best] = whole;
  return { scorer, bestName, best };
}
