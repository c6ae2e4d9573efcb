/**
 * Text → facts: the Vietnamese-aware rules.
 *
 * A fact is a number mention plus what it counts. For every sentence:
 *  1. list the number mentions (parse-number.ts), leaving out dates, times,
 *     years, phone and document numbers;
 *  2. drop labels, dates, money and units ("Khối thi đua số 1", "năm 2017",
 *     "500 triệu đồng", "02 ngày");
 *  3. read the approximation cue right before the number ("trên", "ít nhất");
 *  4. read the noun right after it ("đảng viên", "CĐCS", "lớp"), or, for a
 *     bare number, the noun named before it ("tổng số đảng viên là 1.234");
 *  5. find the verb that governs it: the one right before it ("kết nạp được
 *     31"), else the last one of the sentence (lists: "kết nạp 31 …; 5 …"),
 *     else the parent's in a "trong đó" breakdown;
 *  6. combine noun class and verb class into a metric and a kind
 *     (metricFor); a target cue earlier in the sentence makes it a target;
 *  7. percents take their metric from a trailing verb ("50% được kết nạp"),
 *     their noun, or the figure they qualify ("31 đảng viên …, đạt 62%");
 *  8. attach scope, period and evidence; link breakdown parts to their total.
 */
import {
  ACHIEVEMENT_BEFORE,
  APPROX_BEFORE,
  AT_LEAST_AFTER,
  BREAKDOWN_CUE,
  CLASS_CONTEXT,
  DATE_WORD_BEFORE,
  LABEL_BEFORE,
  MONEY_AFTER,
  NOUN_CUES,
  RATE_NOUN,
  RESULT_CUE,
  SHARE_BEFORE,
  TARGET_CUE,
  TARGET_CUE_EXCLUDED_BEFORE,
  TRAILING_ADMIT_PARTY,
  TRAILING_JOIN_UNION,
  TRAILING_JOIN_YOUTH,
  TRAILING_REFER,
  TRAILING_TRAIN,
  TRAINING_CONTEXT,
  UNION_CONTEXT,
  UNION_ORG_MENTION,
  UNIT_AFTER,
  VERB_CUES,
  VERB_NUMBER_FILLER,
  YOUTH_CONTEXT,
  YOUTH_ORG_MENTION,
  type NounClass,
  type VerbClass,
} from './cues.js';
import { findScope } from './find-scope.js';
import { findPeriods, periodAt, type PeriodMention } from './find-period.js';
import { findNumbers, type NumberMention } from './parse-number.js';
import { segmentSentences, type Sentence } from './segment-sentences.js';
import type { Approx, Fact, Kind, Metric } from './types.js';

export interface ExtractFactsOptions {
  /** The article's publication date, for "đến nay" and "năm nay". */
  published?: string | null;
}

// ---------------------------------------------------------------------------
// Compiled cue regexes (module constants, built once).
// ---------------------------------------------------------------------------

/** Noun at the start of the text after a number: one alternation, named groups by index. */
const NOUN_AFTER = new RegExp(`^\\s*(?:${NOUN_CUES.map((c, i) => `(?<n${i}>${c.pattern})`).join('|')})`, 'iu');
/** The same nouns anywhere (for "tổng số đảng viên là 1.234" and "tỷ lệ đoàn viên … đạt 85%"). */
const NOUN_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOUN_CUES.map((c, i) => `(?<n${i}>${c.pattern})`).join('|')})`, 'giu');

const APPROX_ALT = APPROX_BEFORE.map((a) => a.pattern).join('|');
/** An approximation cue ending the text before a number: "… trên ". */
/** Any approximation cue at the end of a text; the matched words are then classified (one regex pass instead of five). */
const APPROX_AT_END = new RegExp(`(?:^|[^\\p{L}])(${APPROX_ALT})\\s*$`, 'iu');
const APPROX_CLASSIFIERS = APPROX_BEFORE.map((a) => ({ approx: a.approx, re: new RegExp(`^(?:${a.pattern})$`, 'iu') }));

/** Every verb cue of a sentence, found in one pass (no capture groups: they cost more than classifying the few matches). */
const VERB_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${VERB_CUES.map((v) => `(?:${v.pattern})`).join('|')})`, 'giu');
/** Each verb cue anchored at the start and end of a match, in VERB_CUES order, to name a match's class. */
const VERB_CLASSIFIERS = VERB_CUES.map((v) => ({ cls: v.cls, re: new RegExp(`^(?:${v.pattern})$`, 'iu') }));

/**
 * What may separate a verb from the number it governs: "kết nạp được 31",
 * "có trên 200", "tổ chức từ 1-2" (fillers, an approximation, "từ").
 */
const VERB_TO_NUMBER = new RegExp(`^${VERB_NUMBER_FILLER}\\s*(?:(?:${APPROX_ALT})\\s*)?(?:từ\\s*)?$`, 'iu');

interface VerbMention {
  start: number;
  end: number;
  cls: VerbClass;
}

function verbMentions(sentence: string): VerbMention[] {
  const out: VerbMention[] = [];
  VERB_ANYWHERE.lastIndex = 0;
  for (let m = VERB_ANYWHERE.exec(sentence); m; m = VERB_ANYWHERE.exec(sentence)) {
    const text = m[0];
    const cls = VERB_CLASSIFIERS.find((c) => c.re.test(text))?.cls;
    if (cls) out.push({ start: m.index, end: m.index + text.length, cls });
  }
  return out;
}

/** Any non-stock verb in a clause, for percents that say "kết nạp đảng viên mới đạt 120%". */
const CLAUSE_VERB = new RegExp(`(?<![\\p{L}])(?:${VERB_CUES.filter((v) => v.cls !== 'stock').map((v) => `(?:${v.pattern})`).join('|')})`, 'giu');

/** Words that name a count or a rate before its noun: "tổng số đảng viên", "tỷ lệ đoàn viên". */
const COUNT_WORD = /(?<![\p{L}])(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ)\s+/giu;

/**
 * A threshold, not a count: "doanh nghiệp có từ 30 lao động trở lên", "chi bộ
 * có trên 50 đảng viên trở lên". Matched on the text before the number; the
 * rule also needs "trở lên" after the noun.
 */
const CRITERION_BEFORE = /(?:doanh nghiệp|DN|đơn vị|nơi|công ty|chi bộ|tổ chức|cơ sở)[^,;.]{0,30}\s(?:có|sử dụng|với)\s(?:từ\s|trên\s)?$/iu;

/**
 * A threshold stated without "trở lên": "tỷ lệ doanh nghiệp FDI có trên 200
 * lao động …", "doanh nghiệp có từ 30 lao động". Only a generic enterprise
 * (lower-case words after it, no proper name) with "từ"/"trên": "Công ty
 * Pouchen có trên 2.000 lao động" stays a stock.
 */
const GENERIC_THRESHOLD_BEFORE = /(?<![\p{L}])(?:doanh nghiệp|DN|đơn vị|nơi)(?: (?:FDI|[\p{Ll}]+)){0,5} (?:có|sử dụng) (?:từ|trên) $/u;

/** Nouns that say someone belongs to the Party, the union or the Youth Union. */
const MEMBERSHIP_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['party_member', 'new_party_member', 'union_member', 'member', 'youth_member']);

/** Nouns that count people, whose fate a trailing verb can tell ("… được kết nạp"). */
const PEOPLE_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['member', 'union_member', 'youth_member', 'outstanding', 'person', 'staff', 'worker']);

/** After an organisation count: "…, với (tổng số) 173 đảng viên" (see the 'found' rule in scanSentence). */
const FOUND_WITH_MEMBERS = /(?:^|[\s,])với(?: tổng số)?(?: (?:hơn|trên|gần|khoảng|dưới))?\s*\d/iu;

/** "… kết nạp Đảng", "… vào Đảng" after members: the admission is into the Party, not the union. */
const PARTY_ADMIT_HINT = /kết nạp (?:vào )?Đảng|vào Đảng|kết nạp đảng/u;

/** "/46 doanh nghiệp" after "38": the rest of a fraction. */
const FRACTION_AFTER = /^\/\d[\d.]*/u;

/** "tăng 12 đảng viên so với năm 2022": a comparison with another period, not this period's figure. */
const COMPARISON_AFTER = /^[^;]{0,40}?(?:so với|so cùng kỳ|so với cùng kỳ)/iu;

/** A figure right after a plan word names the plan for the figure before: "14 CĐCS (kế hoạch 10)". */
const PLAN_BEFORE = /(?:kế hoạch|chỉ tiêu|KH)\s*:?\s*$/iu;

/** "đạt lần lượt 45,9% và 47,5%": percents that qualify the figures before, in order. */
const RESPECTIVELY = /lần lượt/iu;

/** Clause boundaries for scope and trailing windows. */
const CLAUSE_END = /[;.!?]/u;

function nounAt(text: string): { cls: NounClass; length: number } | null {
  const m = NOUN_AFTER.exec(text);
  if (!m?.groups) return null;
  for (let i = 0; i < NOUN_CUES.length; i++) {
    if (m.groups[`n${i}`] !== undefined) return { cls: NOUN_CUES[i]!.cls, length: m[0].length };
  }
  return null;
}

function lastNounIn(text: string): { cls: NounClass; index: number; end: number } | null {
  let found: { cls: NounClass; index: number; end: number } | null = null;
  NOUN_ANYWHERE.lastIndex = 0;
  for (let m = NOUN_ANYWHERE.exec(text); m; m = NOUN_ANYWHERE.exec(text)) {
    for (let i = 0; i < NOUN_CUES.length; i++) {
      if (m.groups?.[`n${i}`] !== undefined) {
        found = { cls: NOUN_CUES[i]!.cls, index: m.index, end: m.index + m[0].length };
        break;
      }
    }
  }
  return found;
}

function firstNounIn(text: string): { cls: NounClass; index: number } | null {
  NOUN_ANYWHERE.lastIndex = 0;
  const m = NOUN_ANYWHERE.exec(text);
  if (!m?.groups) return null;
  for (let i = 0; i < NOUN_CUES.length; i++) if (m.groups[`n${i}`] !== undefined) return { cls: NOUN_CUES[i]!.cls, index: m.index };
  return null;
}

/**
 * The verb right before the number at `at`, with only fillers between: "kết nạp được 31".
 * The earliest such verb wins, since fillers can be verbs themselves: in "được giới thiệu cho
 * Đảng là 46 người" the governing verb is "giới thiệu", not "là".
 */
function directVerb(sentence: string, verbs: readonly VerbMention[], at: number): VerbClass | null {
  let best: VerbClass | null = null;
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i]!;
    if (v.end > at) continue;
    if (at - v.end > 64) break;
    // (A later verb may sit inside a filler: "cho" in "giới thiệu cho Đảng là 46", so keep looking.)
    if (VERB_TO_NUMBER.test(sentence.slice(v.end, at))) best = v.cls;
  }
  return best;
}

/** Each non-stock verb cue anchored at the start, to name the class of a CLAUSE_VERB match. */
const VERB_AT_START = VERB_CUES.filter((v) => v.cls !== 'stock').map((v) => ({ cls: v.cls, re: new RegExp(`^(?:${v.pattern})`, 'iu') }));

function lastClauseVerb(text: string): VerbClass | null {
  let last: string | null = null;
  CLAUSE_VERB.lastIndex = 0;
  for (let m = CLAUSE_VERB.exec(text); m; m = CLAUSE_VERB.exec(text)) last = m[0];
  if (last === null) return null;
  return VERB_AT_START.find((v) => v.re.test(last))?.cls ?? null;
}

function approxBefore(left: string): Approx {
  const m = APPROX_AT_END.exec(left.slice(-24));
  if (!m) return 'exact';
  const words = m[1]!;
  return APPROX_CLASSIFIERS.find((a) => a.re.test(words))?.approx ?? 'exact';
}

// ---------------------------------------------------------------------------
// Noun class × verb class → metric and kind.
// ---------------------------------------------------------------------------

interface Reading {
  metric: Metric;
  kind: Kind;
}

interface Context {
  /** The sentence (for union/youth and training context). */
  sentence: string;
  /** Where the number stands in the sentence. */
  at: number;
  /** Text after the noun up to the end of the clause. */
  trailing: string;
}

/** What a trailing verb says happened to counted people, if anything. */
function trailingReading(ctx: Context): Reading | null {
  const t = ctx.trailing;
  if (TRAILING_JOIN_UNION.test(t)) return { metric: 'union_members', kind: 'flow' };
  if (TRAILING_JOIN_YOUTH.test(t)) return { metric: 'youth_members', kind: 'flow' };
  if (TRAILING_ADMIT_PARTY.test(t)) return { metric: 'party_admissions', kind: 'flow' };
  if (TRAILING_REFER.test(t)) return { metric: 'referrals', kind: 'flow' };
  if (TRAILING_TRAIN.test(t) && TRAINING_CONTEXT.test(t)) return { metric: 'trainees', kind: 'flow' };
  return null;
}

/** Whether a bare "đoàn viên" at ctx.at belongs to the Youth Union: the nearest organisation named before it decides. */
function isYouth(ctx: Context): boolean {
  const left = ctx.sentence.slice(0, ctx.at);
  const lastOf = (re: RegExp): number => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(left); m; m = re.exec(left)) at = m.index;
    return at;
  };
  const youth = lastOf(YOUTH_ORG_MENTION);
  const union = lastOf(UNION_ORG_MENTION);
  if (youth >= 0 || union >= 0) return youth > union;
  return YOUTH_CONTEXT.test(ctx.sentence) && !UNION_CONTEXT.test(ctx.sentence);
}

/**
 * The heart of the rules. `verb` is null when nothing governs the number
 * (a bare stock: "9 chi bộ trực thuộc với 150 đảng viên" has "với").
 */
export function metricFor(noun: NounClass, verb: VerbClass | null, ctx: Context): Reading | null {
  const v = verb ?? 'stock';
  // Honours are not counts of our metrics: "tặng giấy khen cho 8 tổ chức đảng, 14 đảng viên".
  if (v === 'award') return null;
  const flowVerb = v === 'admit' || v === 'found' || v === 'develop' || v === 'increase';
  switch (noun) {
    case 'party_member':
      if (v === 'admit' || v === 'develop') return { metric: 'party_admissions', kind: 'flow' };
      if (v === 'refer') return { metric: 'referrals', kind: 'flow' };
      if (v === 'increase' || v === 'mobilize') return { metric: 'party_members', kind: 'flow' };
      if (v === 'train') return TRAINING_CONTEXT.test(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric: 'party_members', kind: 'stock' };
      return { metric: 'party_members', kind: 'stock' };
    case 'new_party_member':
      if (v === 'train' && TRAINING_CONTEXT.test(ctx.sentence)) return { metric: 'trainees', kind: 'flow' };
      return { metric: 'party_admissions', kind: 'flow' };
    case 'party_org':
      return { metric: 'party_organizations', kind: flowVerb ? 'flow' : 'stock' };
    case 'union_org':
      return { metric: 'union_grassroots', kind: flowVerb ? 'flow' : 'stock' };
    case 'youth_org':
      return { metric: 'youth_organizations', kind: flowVerb ? 'flow' : 'stock' };
    case 'union_member':
    case 'youth_member':
    case 'member': {
      const youth = noun === 'youth_member' || (noun === 'member' && isYouth(ctx));
      const metric: Metric = youth ? 'youth_members' : 'union_members';
      if (v === 'refer') return { metric: 'referrals', kind: 'flow' };
      // "Số đoàn viên được kết nạp Đảng: 612": union members admitted to the Party.
      if (v === 'admit' && PARTY_ADMIT_HINT.test(ctx.trailing)) return { metric: 'party_admissions', kind: 'flow' };
      if (v === 'train') return TRAINING_CONTEXT.test(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric, kind: 'stock' };
      if (v === 'stock') {
        const t = trailingReading(ctx);
        if (t && t.metric !== metric) return t;
      }
      return { metric, kind: flowVerb || v === 'mobilize' ? 'flow' : 'stock' };
    }
    case 'young_person':
      // "kết nạp đoàn viên mới cho 64 thanh niên công nhân": only an admission makes them members.
      return (v === 'admit' && /đoàn viên|vào Đoàn/iu.test(ctx.sentence)) || /kết nạp đoàn viên/iu.test(ctx.sentence) ? { metric: 'youth_members', kind: 'flow' } : null;
    case 'outstanding':
    case 'person':
    case 'staff': {
      if (v === 'admit') {
        if (TRAILING_JOIN_UNION.test(ctx.trailing)) return { metric: 'union_members', kind: 'flow' };
        if (noun === 'staff') return null;
        return { metric: 'party_admissions', kind: 'flow' };
      }
      if (v === 'refer') return noun === 'staff' ? null : { metric: 'referrals', kind: 'flow' };
      const t = trailingReading(ctx);
      if (t) return t;
      if (noun === 'staff') return null;
      if (v === 'train' || TRAILING_TRAIN.test(ctx.trailing) || (noun === 'outstanding' && TRAINING_CONTEXT.test(ctx.sentence))) {
        return TRAINING_CONTEXT.test(ctx.sentence) || TRAILING_TRAIN.test(ctx.trailing) ? { metric: 'trainees', kind: 'flow' } : null;
      }
      return null;
    }
    case 'worker': {
      if (v === 'admit') {
        if (TRAILING_ADMIT_PARTY.test(ctx.trailing)) return { metric: 'party_admissions', kind: 'flow' };
        return UNION_CONTEXT.test(ctx.trailing) || /công đoàn/iu.test(ctx.sentence) ? { metric: 'union_members', kind: 'flow' } : { metric: 'party_admissions', kind: 'flow' };
      }
      if (v === 'refer') return { metric: 'referrals', kind: 'flow' };
      const t = trailingReading(ctx);
      if (t) return t;
      if (v === 'train') return TRAINING_CONTEXT.test(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric: 'workers', kind: 'stock' };
      // "thu hút trên 95.000 lao động": a workforce employed, i.e. a stock.
      if (v === 'mobilize') return null;
      return { metric: 'workers', kind: v === 'increase' ? 'flow' : 'stock' };
    }
    case 'enterprise':
      return { metric: 'enterprises', kind: flowVerb || v === 'mobilize' ? 'flow' : 'stock' };
    case 'class':
      return CLASS_CONTEXT.test(ctx.sentence) ? { metric: 'training_classes', kind: 'flow' } : null;
    case 'trainee':
      return { metric: 'trainees', kind: 'flow' };
  }
}

// ---------------------------------------------------------------------------
// Sentence scan.
// ---------------------------------------------------------------------------

interface Draft extends Omit<Fact, 'id' | 'parent' | 'evidence' | 'mention'> {
  sentenceIndex: number;
  mentionStart: number;
  mentionEnd: number;
  verb: VerbClass | null;
  /** Index (in drafts) of the total this is a part of. */
  parentIndex: number | null;
  /** Set on parts introduced by a sentence-initial "Trong đó": parent is found later by metric. */
  pendingParent: boolean;
  /** A comparison with another period ("tăng 12 … so với năm 2022"): never the figure a percent or part refers to. */
  isDelta: boolean;
}

interface ParagraphState {
  paragraph: number;
  scope: string | null;
  period: PeriodMention | null;
  /** Inside a list introduced by a target heading ("Chỉ tiêu năm 2024:" then "+ …" lines). */
  targetList: boolean;
}

/** A list item line: "- …", "+ …", "• …", "a) …", "1. …". */
const LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;

/**
 * A figure whose period lies wholly after the article's date is a plan:
 * "Giai đoạn 2026 – 2030: mỗi năm thành lập mới từ 5 đến 7 tổ chức cơ sở đảng"
 * in an article of 2024.
 */
function isFuture(period: PeriodMention | null, published: string | null): boolean {
  if (!period?.period || !published) return false;
  const start = Number(period.period.slice(0, 4));
  return Number.isFinite(start) && start > Number(published.slice(0, 4));
}

interface CuePositions {
  /** Goal cues; `until` ends their reach when they sit inside a parenthesis. */
  targets: Array<{ at: number; until: number }>;
  results: number[];
}

/** Where a sentence names a goal and where it reports a result; computed once per sentence. */
function cuePositions(sentence: string): CuePositions {
  const targets: CuePositions['targets'] = [];
  const results: number[] = [];
  TARGET_CUE.lastIndex = 0;
  for (let m = TARGET_CUE.exec(sentence); m; m = TARGET_CUE.exec(sentence)) {
    if (TARGET_CUE_EXCLUDED_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    // A plan in a parenthesis governs only its inside: "14 CĐCS (kế hoạch 10), 5 chi bộ".
    const open = sentence.lastIndexOf('(', m.index);
    const close = sentence.indexOf(')', m.index);
    const inside = open >= 0 && open > sentence.lastIndexOf(')', m.index) && close >= 0;
    targets.push({ at: m.index, until: inside ? close : Number.POSITIVE_INFINITY });
  }
  RESULT_CUE.lastIndex = 0;
  for (let m = RESULT_CUE.exec(sentence); m; m = RESULT_CUE.exec(sentence)) results.push(m.index);
  return { targets, results };
}

/** Whether the number at `at` stands in a target context: after a goal cue, with no result reported in between. */
function isTargetAt(cues: CuePositions, at: number): boolean {
  let targetAt = -1;
  for (const t of cues.targets) if (t.at < at && at < t.until) targetAt = t.at;
  if (targetAt < 0) return false;
  return !cues.results.some((r) => r > targetAt && r < at);
}

/** Positions of "trong đó" in a sentence. */
function breakdownPositions(sentence: string): number[] {
  const out: number[] = [];
  BREAKDOWN_CUE.lastIndex = 0;
  for (let m = BREAKDOWN_CUE.exec(sentence); m; m = BREAKDOWN_CUE.exec(sentence)) out.push(m.index);
  return out;
}

function clauseAfter(text: string, from: number, until: number): string {
  const slice = text.slice(from, Math.min(until, from + 160));
  const stop = CLAUSE_END.exec(slice);
  return stop ? slice.slice(0, stop.index) : slice;
}

function isCountedNoun(after: string): boolean {
  return nounAt(after) !== null;
}

function scanSentence(sentence: Sentence, index: number, drafts: Draft[], state: ParagraphState, published: string | null): void {
  const text = sentence.text;
  const mentions = findNumbers(text, isCountedNoun);
  if (mentions.length === 0) return;
  const periods = findPeriods(text, published);
  const cues = cuePositions(text);
  const verbs = verbMentions(text);
  const breakdowns = breakdownPositions(text);
  const firstDraftOfSentence = drafts.length;
  let governing: VerbClass | null = null;
  let breakdownParent: number | null = null;
  let lastBreakdownSeen = -1;

  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const left = text.slice(0, m.start);
    const right = text.slice(m.end);

    // 2. labels, dates, money, units
    if (LABEL_BEFORE.test(left.slice(-24)) || DATE_WORD_BEFORE.test(left.slice(-16))) continue;
    if (MONEY_AFTER.test(right.slice(0, 16))) continue;
    if (m.unit === 'count' && UNIT_AFTER.test(right.slice(0, 24))) continue;

    // Breakdown bookkeeping: a "trong đó" between the last fact and this number opens a breakdown.
    for (const b of breakdowns) {
      if (b < m.start && b > lastBreakdownSeen) {
        lastBreakdownSeen = b;
        // The total is the last count before "trong đó" ("kết nạp 141 đảng viên, đạt 56,4%; trong đó có 87 …").
        let lastInSentence: number | null = null;
        for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
          if (drafts[i]!.unit === 'count' && !drafts[i]!.isDelta) {
            lastInSentence = i;
            break;
          }
        }
        breakdownParent = lastInSentence !== null && drafts[lastInSentence]!.mentionEnd <= b ? lastInSentence : null;
        if (lastInSentence === null && b < 12) breakdownParent = -1; // sentence-initial "Trong đó": parent found later
      }
    }
    // A ";" closes a breakdown: "…, trong đó có 01 chi bộ …; kết nạp 50 …"
    if (breakdownParent !== null && text.slice(lastBreakdownSeen, m.start).includes(';')) breakdownParent = null;

    // 3. approximation
    let approx = approxBefore(left);
    if (m.approximate && approx === 'exact') approx = 'about';

    // 5. governing verb
    const direct = directVerb(text, verbs, m.start);
    const comparison = direct === 'increase' && COMPARISON_AFTER.test(right);
    if (direct && direct !== 'stock' && !comparison) governing = direct;
    let verb: VerbClass | null;
    let inherited = false;
    const parentDraft = breakdownParent !== null && breakdownParent >= 0 ? drafts[breakdownParent] : undefined;
    if (parentDraft && (direct === null || direct === 'stock')) {
      verb = parentDraft.verb;
      inherited = true;
    } else if (direct) {
      verb = direct;
    } else {
      verb = governing;
      inherited = governing !== null;
    }

    // "38/46 doanh nghiệp": the first figure of a fraction counts the same noun.
    const fraction = FRACTION_AFTER.exec(right);
    const noun = nounAt(right) ?? (fraction ? nounAt(right.slice(fraction[0].length)) : null);
    const trailingStart = m.end + (noun?.length ?? 0);
    const ctx: Context = { sentence: text, at: m.start, trailing: clauseAfter(text, trailingStart, next ? next.start : text.length) };
    if (noun && AT_LEAST_AFTER.test(text.slice(trailingStart, trailingStart + 48)) && approx === 'exact') approx = 'at_least';

    let reading: Reading | null = null;
    let confidence = inherited ? 0.75 : 0.9;
    let isDelta = false;

    if (m.unit === 'count') {
      // Number words count only before a counted noun; a lone "một" is an article ("từ một Đảng bộ có …"),
      // and "năm" after "mỗi", "những", "các" is a year ("mỗi năm Đảng bộ kết nạp …").
      if (m.inWords && (!noun || (m.value === 1 && !(direct && direct !== 'stock')))) continue;
      if (m.inWords && /^năm/iu.test(m.raw) && YEAR_WORD_BEFORE.test(left.slice(-16))) continue;
      if (noun && CRITERION_BEFORE.test(left.slice(-60)) && AT_LEAST_AFTER.test(text.slice(trailingStart, trailingStart + 48))) continue;
      if (noun && GENERIC_THRESHOLD_BEFORE.test(left.slice(-70))) continue;
      if (comparison) {
        // A change against another period. Of a stock ("… 812 đảng viên, tăng 9 tổ chức đảng và 231 đảng
        // viên so với đầu nhiệm kỳ") it is that noun's flow; of a flow just stated ("kết nạp 87 đảng viên,
        // tăng 12 đảng viên so với năm 2022") it is a difference of flows, marked as a delta.
        const subject = noun?.cls ?? firstNounIn(left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(',')) + 1).slice(-120))?.cls ?? null;
        const own = subject ? metricFor(subject, 'increase', ctx) : null;
        const before = previousCount(drafts, firstDraftOfSentence);
        if (before && before.kind === 'flow' && (!own || sameFamily(before.metric, own.metric))) {
          reading = { metric: before.metric, kind: 'flow' };
          isDelta = true;
        } else {
          reading = own ? { metric: own.metric, kind: 'flow' } : null;
          governing = 'increase';
        }
        confidence = 0.6;
      } else if (!noun && PLAN_BEFORE.test(left.slice(-16))) {
        // "14 CĐCS (kế hoạch 10)": the plan for the figure before.
        const before = previousCount(drafts, firstDraftOfSentence);
        reading = before ? { metric: before.metric, kind: 'target' } : null;
        confidence = 0.7;
      } else if (noun) {
        // A passive verb after people overrides an inherited or weak verb:
        // "giới thiệu 420 đoàn viên …; trong đó, 215 đoàn viên được kết nạp vào Đảng",
        // "tổng số 123 đảng viên được kết nạp".
        const weak = inherited || verb === null || verb === 'stock' || verb === 'mobilize';
        const peopleTrailing = weak && PEOPLE_NOUNS.has(noun.cls) ? trailingReading(ctx) : null;
        const partyTrailing = weak && noun.cls === 'party_member' && TRAILING_ADMIT_PARTY.test(ctx.trailing) ? ({ metric: 'party_admissions', kind: 'flow' } as const) : null;
        reading = peopleTrailing ?? partyTrailing ?? metricFor(noun.cls, verb, ctx);
        // "… là 3.390 đồng chí": a classifier after a count named before it;
        // "kết nạp 53 đảng viên, nhưng chỉ có 19 người …": people of the group just counted;
        // "Trong số đảng viên được kết nạp, có 31 người …": people of the group named.
        if (!reading && noun.cls === 'person' && direct !== 'award') {
          reading = countNamedBefore(left, right.slice(noun.length), verb, ctx) ?? groupNamedBefore(left, ctx) ?? previousPeopleReading(drafts, firstDraftOfSentence);
          confidence = 0.7;
        }
      } else {
        reading = countNamedBefore(left, right, verb, ctx);
        confidence = 0.7;
      }
    } else {
      reading = percentReading(m, left, noun?.cls ?? null, verb, ctx, drafts, firstDraftOfSentence);
      confidence = 0.7;
    }
    if (!reading) continue;

    // 6. kind: a target context wins, for counts and percents alike
    let kind = reading.kind;
    // "đã thành lập 12 chi bộ …, với tổng số 173 đảng viên": organisations described with their
    // members are the current state, not this period's new ones ("thành lập mới" stays a flow).
    if (direct === 'found' && m.unit === 'count' && kind === 'flow' && !/(?:mới|thêm)\s*(?:được\s*)?$/iu.test(left) && FOUND_WITH_MEMBERS.test(text.slice(trailingStart, trailingStart + 60).split(';')[0] ?? '')) kind = 'stock';
    const period = periodAt(periods, m.start, state.period);
    if (isTargetAt(cues, m.start) || state.targetList || isFuture(period, published)) kind = 'target';
    else if (parentDraft && m.unit === 'count' && parentDraft.unit === 'count') kind = parentDraft.kind;

    // 8. scope and period
    const previousEnd = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]!.mentionEnd : 0;
    const scope = findScope(text, m.start, breakdowns, previousEnd) ?? (drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]!.scope : state.scope);
    drafts.push({
      metric: reading.metric,
      value: m.value,
      ...(m.valueMax !== undefined ? { value_max: m.valueMax } : {}),
      unit: m.unit,
      kind,
      approx,
      scope,
      period: period?.period ?? null,
      as_of: kind === 'stock' ? (period?.asOf ?? null) : null,
      confidence,
      sentenceIndex: index,
      mentionStart: m.start,
      mentionEnd: m.end + (noun ? (nounAt(right) ? 0 : (fraction?.[0].length ?? 0)) + noun.length : 0),
      verb,
      parentIndex: breakdownParent !== null && breakdownParent >= 0 ? breakdownParent : null,
      pendingParent: breakdownParent === -1,
      isDelta,
    });
    if (scope) state.scope = scope;
  }
  const lastPeriod = periods[periods.length - 1];
  if (lastPeriod) state.period = lastPeriod;
}

/** A verb between "tỷ lệ" and its noun: "tỷ lệ thành lập CĐCS", "tỷ lệ kết nạp đảng viên". */
const RATE_VERB = /^(?:thành lập|có|kết nạp|phát triển|tập hợp)\s+/iu;

/** "năm" after these is the word for year, not five: "mỗi năm", "những năm", "hằng năm". */
const YEAR_WORD_BEFORE = /(?:mỗi|hằng|hàng|các|những|trong|cả|nhiều|mấy|vài|từng|qua|sau|trước|đây|này|nọ|của)[\s,]*$/iu;

/** "Trong số đảng viên được kết nạp, …": the group later people counts belong to. */
const GROUP_NAMED = /(?:trong số|trong tổng số)\s+(?:các |những )?/giu;

function groupNamedBefore(left: string, ctx: Context): Reading | null {
  let at = -1;
  GROUP_NAMED.lastIndex = 0;
  for (let m = GROUP_NAMED.exec(left); m; m = GROUP_NAMED.exec(left)) at = m.index + m[0].length;
  if (at < 0) return null;
  const noun = nounAt(left.slice(at));
  if (!noun) return null;
  const rest = left.slice(at + noun.length, at + noun.length + 60).split(/[,;]/u)[0] ?? '';
  const inner = lastClauseVerb(rest);
  return metricFor(noun.cls, inner, { ...ctx, trailing: rest });
}

/** Percents after "lần lượt" map, in order, onto the counts just before it. */
function respectivelyReading(m: NumberMention, left: string, drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  const clauseStart = left.lastIndexOf(';') + 1;
  const r = left.slice(clauseStart).search(RESPECTIVELY);
  if (r < 0) return null;
  const from = clauseStart + r;
  const between = left.slice(from);
  const index = (between.match(/\d[\d.,]*\s*%/gu) ?? []).length;
  const counts: Draft[] = [];
  for (let i = firstDraftOfSentence; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.unit === 'count' && !d.isDelta && d.mentionEnd <= from) counts.push(d);
  }
  // How many percents the list holds: this one and those already passed, at least; the counts decide the rest.
  const target = counts.length - Math.max(index + 1, Math.min(counts.length, 2)) + index;
  const d = counts[target];
  if (!d) return null;
  return { metric: d.metric, kind: ACHIEVEMENT_BEFORE.test(left.slice(from - 12, from)) || /đạt/iu.test(left.slice(from - 12, from)) ? 'achievement' : 'share' };
}

/** Metrics that count the same people or bodies at different moments: admissions change the membership. */
function sameFamily(a: Metric, b: Metric): boolean {
  const family = (m: Metric): string => (m === 'party_admissions' ? 'party_members' : m);
  return family(a) === family(b);
}

/** The last count of this sentence that is not itself a comparison. */
function previousCount(drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && !d.isDelta) return { metric: d.metric, kind: d.kind };
  }
  return null;
}

const PEOPLE_METRICS: ReadonlySet<Metric> = new Set<Metric>(['party_members', 'party_admissions', 'union_members', 'youth_members', 'referrals', 'trainees', 'workers']);

function previousPeopleReading(drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count') return PEOPLE_METRICS.has(d.metric) ? { metric: d.metric, kind: d.kind } : null;
  }
  return null;
}

/** "tổng số đảng viên là 1.234", "số CĐCS: 463": the noun stands before the number. */
function countNamedBefore(left: string, right: string, verb: VerbClass | null, ctx: Context): Reading | null {
  // The number must end its phrase: followed by punctuation, the end, or a people word.
  // "số đảng viên từ 78 lên 146": the first of a change also ends its phrase.
  if (!/^\s*(?:$|[,.;:)(]|người|đồng chí|trường hợp|so với|(?:lên|xuống)\s+\d)/u.test(right)) return null;
  const clause = left.slice(left.lastIndexOf(';') + 1).slice(-130);
  const named = headNounAfterCountWord(clause) ?? labelLineNoun(clause);
  if (!named) return null;
  const between = named.rest;
  if (/[;]/u.test(between) || between.length > 100) return null;
  // "tăng từ 5 lên 11": both ends of the change are states.
  const fromTo = /^\s*(?:lên|xuống)\s+\d/u.test(right) || /từ\s+[\d.,]+\s+(?:\S+\s+)?(?:lên|xuống)\s*$/u.test(left);
  const innerVerb = fromTo ? 'stock' : lastClauseVerb(between);
  return metricFor(named.cls, innerVerb ?? verb ?? 'stock', { ...ctx, trailing: between });
}

/**
 * A report line "Label: N" whose label starts with a counted noun:
 * "Trong đó CĐCS khu vực ngoài nhà nước: 19", "- Đảng viên mới: 56"; and
 * "số được kết nạp: 402", where the noun is left out after an admission.
 */
function labelLineNoun(clause: string): { cls: NounClass; rest: string } | null {
  const label = LABEL_LINE.exec(clause);
  if (!label) return null;
  const rest = clause.slice(label[0].length);
  if (!/:\s*$/u.test(rest)) return null;
  const noun = nounAt(rest);
  if (noun) return { cls: noun.cls, rest: rest.slice(noun.length) };
  // "số được kết nạp: 402": people admitted, the noun left out.
  return /^\s*(?:được\s+)?kết nạp/iu.test(rest) ? { cls: 'new_party_member', rest } : null;
}

/** The start of a report line: a list mark, "Trong đó", "Số". */
const LABEL_LINE = /(?:^|[;,]\s*)(?:[-+•*]\s*)?(?:trong đó,?\s*|số\s+|tổng số\s+)?/iu;

/**
 * The noun right after the first "số", "tổng số", "số lượng", "tỷ lệ" of a
 * clause: the head of "Tổng số đảng viên của Đảng bộ là …" is "đảng viên",
 * not "Đảng bộ"; of "Tỷ lệ đoàn viên công đoàn trên tổng số lao động", the
 * union members.
 */
function headNounAfterCountWord(clause: string): { cls: NounClass; rest: string } | null {
  COUNT_WORD.lastIndex = 0;
  const first = COUNT_WORD.exec(clause);
  if (!first) return null;
  // "tỷ lệ thành lập công đoàn cơ sở …": a verb may stand between the rate and its noun.
  const at = first.index + first[0].length + (RATE_VERB.exec(clause.slice(first.index + first[0].length))?.[0].length ?? 0);
  const noun = nounAt(clause.slice(at));
  return noun ? { cls: noun.cls, rest: clause.slice(at + noun.length) } : null;
}

/**
 * 7. Percents: "đạt 62%" (achievement of the figure before), "chiếm 45%",
 * "tỷ lệ đoàn viên … đạt 78%" (shares of what the clause names), "50% được
 * kết nạp" (a trailing verb), "30% đảng viên …" (a noun after the percent).
 */
function percentReading(
  m: NumberMention,
  left: string,
  noun: NounClass | null,
  verb: VerbClass | null,
  ctx: Context,
  drafts: readonly Draft[],
  firstDraftOfSentence: number,
): Reading | null {
  const tail = left.slice(-48);
  const clause = left.slice(left.lastIndexOf(';') + 1).slice(-160);
  // "thành lập 19 CĐCS, kết nạp 1.376 đoàn viên, đạt lần lượt 45,9% và 47,5% kế hoạch": in order.
  const respectively = respectivelyReading(m, left, drafts, firstDraftOfSentence);
  if (respectively) return respectively;
  const rate = RATE_NOUN.test(clause);
  const achievement = ACHIEVEMENT_BEFORE.test(tail) && !rate;
  const kind: Kind = achievement ? 'achievement' : 'share';

  // A trailing verb: "trong đó có 50% được kết nạp".
  const trailing = trailingReading(ctx);
  if (trailing && !achievement) return { metric: trailing.metric, kind };
  // A noun after the percent, possibly after "là" or "tổng số": "30% đảng viên", "60% là lao động ngoài tỉnh".
  // ("chiếm 82,9% tổng số lao động" names the whole, not the part: that is left to the figure before.)
  const denominator = /^\s*(?:tổng số|so với|trên tổng|trong tổng)/iu.test(ctx.sentence.slice(m.end));
  const after = denominator ? null : (noun ?? nounAt(ctx.sentence.slice(m.end).replace(/^\s*(?:là|đều là)(?![\p{L}])/u, ''))?.cls ?? null);
  if (after && after !== 'person') {
    const r = metricFor(after, verb, ctx);
    if (r) return { metric: r.metric, kind };
  }
  const previous = (): Reading | null => {
    for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
      const d = drafts[i]!;
      if (d.unit === 'count') return { metric: d.metric, kind };
    }
    return null;
  };
  const head = (): Reading | null => {
    let named = headNounAfterCountWord(clause);
    if (!named) return null;
    // "số công nhân lao động là đoàn viên công đoàn chiếm 87%": the share of those who are members.
    const predicate = /^\s*là\s+/u.exec(named.rest);
    const predicateNoun = predicate ? nounAt(named.rest.slice(predicate[0].length)) : null;
    // (Only a membership predicate: in "tỷ lệ đảng viên là công nhân …" the share is still of Party members.)
    if (predicate && predicateNoun && MEMBERSHIP_NOUNS.has(predicateNoun.cls) && !MEMBERSHIP_NOUNS.has(named.cls)) {
      named = { cls: predicateNoun.cls, rest: named.rest.slice(predicate[0].length + predicateNoun.length) };
    }
    const inner = trailingReading({ ...ctx, trailing: named.rest });
    if (inner && named.cls !== 'enterprise' && named.cls !== 'party_org' && named.cls !== 'union_org') return { metric: inner.metric, kind };
    const r = metricFor(named.cls, lastClauseVerb(named.rest) ?? 'stock', { ...ctx, trailing: named.rest });
    return r ? { metric: r.metric, kind } : null;
  };
  // "đạt 62%" after a count qualifies that count; a rate or "số …" clause qualifies what it names.
  let reading = achievement ? (previous() ?? head()) : (head() ?? previous());
  // "…; trong đó 1.586 đồng chí đã được kết nạp vào Đảng, đạt 73,9%": a part over its total is a share.
  const lastCount = drafts.slice(firstDraftOfSentence).reverse().find((d) => d.unit === 'count');
  if (reading && achievement && lastCount && lastCount.parentIndex !== null) reading = { metric: reading.metric, kind: 'share' };
  if (reading) return reading;
  const named = lastNounIn(clause.slice(-100));
  if (named && (achievement || SHARE_BEFORE.test(tail))) {
    const r = metricFor(named.cls, lastClauseVerb(clause) ?? 'stock', ctx);
    if (r) return { metric: r.metric, kind };
  }
  // "Lực lượng thanh niên công nhân chiếm gần 70% tổng số lao động": only the whole is a metric.
  if (denominator && SHARE_BEFORE.test(tail)) {
    const whole = nounAt(ctx.sentence.slice(m.end).replace(/^\s*(?:tổng số|so với|trên tổng số|trong tổng số)/iu, ''));
    const r = whole ? metricFor(whole.cls, 'stock', ctx) : null;
    if (r) return { metric: r.metric, kind };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Orchestration.
// ---------------------------------------------------------------------------

export function extractFacts(text: string, options: ExtractFactsOptions = {}): Fact[] {
  const published = options.published ?? null;
  const sentences = segmentSentences(text);
  const drafts: Draft[] = [];
  const state: ParagraphState = { paragraph: -1, scope: null, period: null, targetList: false };
  let headingIsTarget = false;
  sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== state.paragraph) {
      state.paragraph = sentence.paragraph;
      state.scope = null;
      state.period = null;
      // A target heading ending in ":" governs the list items under it.
      state.targetList = headingIsTarget && LIST_ITEM.test(sentence.text);
      headingIsTarget = state.targetList;
    }
    scanSentence(sentence, i, drafts, state, published);
    if (/:\s*$/u.test(sentence.text)) headingIsTarget = isTargetAt(cuePositions(sentence.text), sentence.text.length);
  });
  resolvePendingParents(drafts);
  return finalize(drafts, sentences);
}

/** "… 9 chi bộ … 150 đảng viên. Trong đó có 01 chi bộ …": the total is the latest earlier fact with the same metric and kind. */
function resolvePendingParents(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (!d.pendingParent) return;
    for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
      const p = drafts[j]!;
      if (p.sentenceIndex === d.sentenceIndex) continue;
      if (p.metric === d.metric && p.kind === d.kind && p.unit === d.unit && p.value > d.value) {
        d.parentIndex = j;
        break;
      }
    }
  });
}

function finalize(drafts: readonly Draft[], sentences: readonly Sentence[]): Fact[] {
  const seen = new Set<string>();
  const keep: number[] = [];
  // The same statement twice (a caption repeated as a paragraph): one fact. Sentences are keyed by
  // the first sentence with the same text, so each text is hashed once.
  const firstWithText = new Map<string, number>();
  const sentenceKey = new Map<number, number>();
  for (const d of drafts) {
    if (sentenceKey.has(d.sentenceIndex)) continue;
    const text = sentences[d.sentenceIndex]!.text;
    if (!firstWithText.has(text)) firstWithText.set(text, d.sentenceIndex);
    sentenceKey.set(d.sentenceIndex, firstWithText.get(text)!);
  }
  drafts.forEach((d, i) => {
    const key = `${d.metric}|${d.value}|${d.unit}|${d.kind}|${sentenceKey.get(d.sentenceIndex)}`;
    if (seen.has(key)) return;
    seen.add(key);
    keep.push(i);
  });
  const idOf = new Map<number, string>();
  keep.forEach((draftIndex, n) => idOf.set(draftIndex, `f${n + 1}`));
  const facts: Fact[] = keep.map((i) => {
    const d = drafts[i]!;
    const s = sentences[d.sentenceIndex]!;
    const fact: Fact = {
      id: idOf.get(i)!,
      metric: d.metric,
      value: d.value,
      ...(d.value_max !== undefined ? { value_max: d.value_max } : {}),
      unit: d.unit,
      kind: d.kind,
      approx: d.approx,
      scope: d.scope,
      period: d.period,
      as_of: d.as_of,
      parent: d.parentIndex !== null ? (idOf.get(d.parentIndex) ?? null) : null,
      confidence: d.confidence,
      evidence: { text: s.text, start: s.start, end: s.end },
      mention: { text: s.text.slice(d.mentionStart, d.mentionEnd), start: s.start + d.mentionStart, end: s.start + d.mentionEnd },
    };
    return fact;
  });
  // Parts that add up to their total say so on the total.
  for (const total of facts) {
    const parts = facts.filter((f) => f.parent === total.id && f.unit === 'count' && f.metric === total.metric);
    if (parts.length >= 2 && total.unit === 'count') total.parts_sum_match = parts.reduce((s, p) => s + p.value, 0) === total.value;
  }
  return facts;
}
