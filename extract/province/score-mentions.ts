/**
 * How mentions become a score: the zones of an article and their weights,
 * the weight of each kind of evidence, the tally per province, and the
 * choice of the winner (shared district names, ties, the post-merger rule).
 * The tunable constants are re-exported by `../detect-province.ts`.
 */
import { UNITS_2025 } from '../gazetteer.js';

/** Where a mention sits; each zone has a weight (`ZONE_WEIGHTS`). */
export type Zone = 'title' | 'lead' | 'body' | 'boilerplate';

// ---------------------------------------------------------------------------
// Weights and thresholds.

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
  /** The site's own name naming one province: the outlet, as its URL host is. */
  siteName: 5,
} as const;

/**
 * The most a province can score from site chrome (banners, footers, menus) on
 * one page: a little more than one banner, a little less than the article's
 * title naming another province twice.
 */
export const CHROME_CAP = 5;

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

/**
 * An article that names at least `MANY_PROVINCES` provinces, none in its title, is about one of them only when
 * that one scores above `MIN_SCORE_AMONG_MANY` (more than two body mentions, or one in the lead and more): the
 * roundups of national outlets quote several provinces once or twice each ("Tại Bình Dương …, còn Đồng Nai …").
 */
export const MANY_PROVINCES = 4;
export const MIN_SCORE_AMONG_MANY = 5;

/** The lead is the first body line at least this long; shorter lines before it are dates, captions, menus. */
export const LEAD_MIN_CHARS = 80;

/** At most this many evidence strings are returned. */
const MAX_EVIDENCE = 12;

// ---------------------------------------------------------------------------
// Scoring.

/** Kinds of evidence, as they read in `ProvinceDetection.evidence`. */
export type EvidenceKind = 'province' | 'district' | 'shared district' | 'banner' | 'source tag' | 'source host' | 'host';

/** One piece of evidence; formatted into a string only if its province wins. */
export interface Evidence {
  weight: number;
  where: Zone | 'url';
  kind: EvidenceKind;
  label: string;
  /** The mention was marked "(cũ)"/"trước đây" (old) or "(mới)" (new): see `ERA_MARK_AFTER`. */
  era: Era;
}

export type Era = 'old' | 'new' | null;

export interface Tally {
  score: number;
  /** Order of the first piece of evidence: breaks ties. */
  first: number;
  evidence: Evidence[];
}

export interface SharedMention {
  provinces: readonly string[];
  weight: number;
  where: Zone;
  label: string;
  era: Era;
}

/** Evidence collected for one article; lives for one `detectProvince` call. */
export class _Scorer {
  readonly tallies = new Map<string, Tally>();
  readonly shared: SharedMention[] = [];
  /** What each province has scored from site chrome so far (capped at `CHROME_CAP`). */
  private readonly chrome = new Map<string, number>();
  /** Some place was marked "(cũ)" or "(mới)": the article was written after the 2025 merger. */
  sawEraMark = false;
  private order = 0;

  add(province: string, weight: number, where: Evidence['where'], kind: EvidenceKind, label: string, era: Era = null): void {
    const tally = this.tallies.get(province) ?? { score: 0, first: this.order, evidence: [] };
    if (where === 'boilerplate') {
      // Site chrome repeats the outlet's name on every page: it decides only when the article itself
      // names no place strongly (an article about Hà Nội re-posted on another province's portal).
      const chrome = this.chrome.get(province) ?? 0;
      weight = Math.max(0, Math.min(weight, CHROME_CAP - chrome));
      this.chrome.set(province, chrome + weight);
    }
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

/** Two decimals, for scores shown in results. */
export function _round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------
// The winner.

/** Step 5: district names shared by several provinces go to those of them that have other evidence. */
export function _creditSharedDistricts(scorer: _Scorer): void {
  const evidenced = new Set(scorer.tallies.keys());
  for (const mention of scorer.shared) {
    for (const p of mention.provinces) {
      if (evidenced.has(p)) scorer.add(p, mention.weight, mention.where, 'shared district', mention.label, mention.era);
    }
  }
}

/** Step 6: the best-scoring province, ties to the first mentioned; null below `MIN_SCORE`. */
export function _bestProvince(scorer: _Scorer): readonly [string, Tally] | null {
  let bestName: string | null = null;
  let best: Tally | null = null;
  for (const [name, tally] of scorer.tallies) {
    // (A tie goes to the outlet's own province, then to the one mentioned first: "Cổng thông tin điện tử thành phố
    // Đà Nẵng" reporting on workers who came from Quảng Nam.)
    const tie = best !== null && tally.score === best.score;
    const outlet = tie ? _hasOutletEvidence(tally) : false;
    if (best === null || tally.score > best.score || (tie && outlet && !_hasOutletEvidence(best)) || (tie && outlet === _hasOutletEvidence(best) && tally.first < best.first)) {
      bestName = name;
      best = tally;
    }
  }
  if (bestName === null || best === null || best.score < MIN_SCORE) return null;
  return [bestName, best];
}

/** Whether a tally holds evidence of the outlet: the URL's host, the site's banner, a source tag or a credited host. */
function _hasOutletEvidence(tally: Tally): boolean {
  return tally.evidence.some((e) => e.where === 'url' || e.kind === 'banner' || e.kind === 'source tag' || e.kind === 'source host');
}

/** The evidence strings of a tally, strongest first, at most `MAX_EVIDENCE`. */
export function _topEvidence(tally: Tally): string[] {
  return [...tally.evidence]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE)
    .map(_formatEvidence);
}

// ---------------------------------------------------------------------------
// Step 7: after the 2025 merger.

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
export function _contentScore(tally: Tally | undefined, titleOnly: boolean): number {
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
 * When `winner` is an old part of a merged 2025 unit named after another part, and the text names that unit as a whole
 * (`_namesWholeUnit`), the part that named it; else null.
 */
export function _wholeUnitOf(winner: string, scorer: _Scorer): readonly [string, Tally] | null {
  for (const [name, others] of OTHER_MEMBERS) {
    if (!others.includes(winner)) continue;
    const tally = scorer.tallies.get(name);
    // (A title that names the part alone keeps it: "Khu vực Bến Tre (cũ): Số đoàn viên công đoàn chiếm 38,2% toàn tỉnh".)
    if (_contentScore(scorer.tallies.get(winner), true) > 0 && _contentScore(tally, true) === 0) return null;
    return tally !== undefined && _namesWholeUnit(tally, name, scorer) ? [name, tally] : null;
  }
  return null;
}

/**
 * Whether the text (not the outlet) names the merged unit `winner` gave its name to as new, "(mới)", and either the old
 * part of the same name, "(cũ)", beside another old part, or its other parts with no "(cũ)" on any: an article on the
 * whole unit.
 */
function _namesWholeUnit(own: Tally | undefined, winner: string, scorer: _Scorer): boolean {
  const inText = (e: Evidence): boolean => e.where !== 'url' && e.where !== 'boilerplate' && e.kind === 'province';
  if (own === undefined || !own.evidence.some((e) => inText(e) && e.era === 'new')) return false;
  const members = (OTHER_MEMBERS.get(winner) ?? []).map((m) => scorer.tallies.get(m)?.evidence.filter(inText) ?? []);
  if (own.evidence.some((e) => inText(e) && e.era === 'old')) return members.some((named) => named.some((e) => e.era === 'old'));
  // ("LĐLĐ thành phố Đà Nẵng (mới) … trên cơ sở hợp nhất LĐLĐ thành phố Đà Nẵng và LĐLĐ tỉnh Quảng Nam": the new unit, and
  // its parts named with no "(cũ)" on any, an article on the whole unit; a part marked "(cũ)" is what one is about.)
  return members.some((named) => named.length > 0) && members.every((named) => !named.some((e) => e.era === 'old'));
}

/**
 * When `winner` gave its name to a merged 2025 unit, the other member the
 * article is really about, or null. The title decides when it names only one
 * of them ("Phường Chơn Thành: …" is Bình Phước, golden 115; "Đồng Nai (mới):
 * …" the unit, golden 124); otherwise the member the text says most about,
 * if more than about `winner` and at least `MIN_MEMBER_SCORE` (golden 126).
 */
export function _mergedMemberRival(winner: string, scorer: _Scorer): readonly [string, Tally] | null {
  const own = scorer.tallies.get(winner);
  // ("… từ hai khu vực Tuyên Quang (cũ) và Hà Giang (cũ)" beside "Đảng ủy UBND tỉnh Tuyên Quang (mới)": the text names the
  // unit as a whole, and its parts as parts.)
  if (_namesWholeUnit(own, winner, scorer)) return null;
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
