/**
 * Step 4 of extractFacts for a number with no noun after it: the noun named
 * before it ("tổng số đảng viên là 1.234", "số CĐCS: 463", "Trong số đảng
 * viên được kết nạp, có 31 người"), or the count just stated in the sentence.
 */
import { countWordIn, GROUP_NAMED, LABEL_LINE, RATE_VERB, type NounClass, type VerbClass } from '../cues.js';
import type { Metric } from '../types.js';
import { _firstClauseVerb, _firstNounIn, _lastClauseVerb, _nounAt, _verbAtStart } from './cue-scan.js';
import type { Draft } from './draft.js';
import { PEOPLE_NOUNS, metricFor, type MentionContext, type Reading } from './noun-verb-metric.js';

/** "Trong số đảng viên được kết nạp, có 31 người …": people of the group named before them. */
export function _groupNamedBefore(left: string, ctx: MentionContext): Reading | null {
  let at = -1;
  GROUP_NAMED.lastIndex = 0;
  for (let m = GROUP_NAMED.exec(left); m; m = GROUP_NAMED.exec(left)) at = m.index + m[0].length;
  if (at < 0) return null;
  const noun = _nounAt(left.slice(at));
  if (!noun) return null;
  const rest = left.slice(at + noun.length, at + noun.length + 60).split(/[,;]/u)[0] ?? '';
  const inner = _lastClauseVerb(rest);
  return metricFor(noun.cls, inner, { ...ctx, trailing: rest });
}

/**
 * A group of those admitted opening the sentence, after a short lead-in at most: "Trong 23 ĐV mới kết nạp có ",
 * "Trong số đảng viên được kết nạp, ", "Theo báo cáo, trong số đảng viên mới được kết nạp, ".
 */
export const NEW_GROUP_BEFORE = /^\s*(?:[^,;:()]{1,40},\s*)?trong(?: số| tổng số)?\s+(?:[\d.]+\s+)?(\p{L}[^\d,;:()]{0,30}?)\s+(?:mới\s+(?:được\s+)?(?:kết nạp|thành lập|phát triển)|(?:được\s+)?(?:kết nạp|thành lập|phát triển)(?:\s+mới)?|mới(?:\s+được)?\s+(?:kết nạp|thành lập)|mới)(?![\p{L}])/iu;

/**
 * What a group of new ones named at the head of a sentence counts ("Trong tổng số đảng viên mới kết nạp …" →
 * party_admissions, "Trong số 19 CĐCS thành lập mới" → union_grassroots); null for no such group.
 */
export function _newGroupMetric(left: string): Metric | null {
  const group = NEW_GROUP_BEFORE.exec(left);
  const noun = group === null ? null : _nounAt(group[1]!);
  if (noun === null) return null;
  const body = noun.cls === 'enterprise' || noun.cls === 'party_org' || noun.cls === 'union_org' || noun.cls === 'youth_org';
  return metricFor(noun.cls, body ? 'found' : 'admit', { sentence: left, at: left.length, trailing: '' })?.metric ?? null;
}

/** Metrics that count the same people or bodies at different moments: admissions change the membership. */
export function _sameFamily(a: Metric, b: Metric): boolean {
  const family = (m: Metric): string => (m === 'party_admissions' ? 'party_members' : m);
  return family(a) === family(b);
}

/** The last count of this sentence that is not itself a comparison (and a flow, with `flowOnly`). */
export function _previousCount(drafts: readonly Draft[], firstDraftOfSentence: number, flowOnly = false): Reading | null {
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && !d.isDelta && (!flowOnly || d.kind === 'flow')) return { metric: d.metric, kind: d.kind };
  }
  return null;
}

/** Metrics that count people: what "… 19 người" after a count can refer to. */
export const PEOPLE_METRICS: ReadonlySet<Metric> = new Set<Metric>(['party_members', 'party_admissions', 'union_members', 'youth_members', 'referrals', 'trainees', 'workers']);

/** Flows of people on the road to the Party, whose parts a breakdown names by who they are: admissions, referrals, trainees. */
export const PEOPLE_FLOWS: ReadonlySet<Metric> = new Set<Metric>(['party_admissions', 'referrals', 'trainees']);

/** The last count of this sentence if it counts people: "kết nạp 53 đảng viên, nhưng chỉ có 19 người …". */
export function _previousPeopleReading(drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count') return PEOPLE_METRICS.has(d.metric) ? { metric: d.metric, kind: d.kind } : null;
  }
  return null;
}

/** "tổng số đảng viên là 1.234", "số CĐCS: 463": the noun stands before the number. */
export function _countNamedBefore(left: string, right: string, verb: VerbClass | null, ctx: MentionContext, afterClassifier = false): Reading | null {
  // The number must end its phrase: followed by punctuation, the end, or a people word (after which,
  // `afterClassifier`, anything may follow: "dao động từ 13.000 đến 14.500 người tùy thời vụ").
  // "số đảng viên từ 78 lên 146": the first of a change also ends its phrase, and so does a figure
  // that "với" describes further ("nâng tổng số tổ chức đảng … lên 58 với 1.024 đảng viên").
  // ("Thành lập mới CĐCS: 87 đơn vị", "17 tổ chức": a unit word counts what the label names.)
  if (!afterClassifier && !/^\s*(?:$|[,.;:)(]|người|đồng chí|trường hợp|đơn vị(?![\p{L}])|tổ chức(?!\s+(?:đảng|Đảng|công đoàn|Công đoàn|đoàn|Đoàn|cơ sở))|(?:nhưng|song|do|vì|nên)(?![\p{L}])|và\s+(?:tổng\s+)?số\s|\/\s*(?:KH|kế hoạch|chỉ tiêu)(?![\p{L}])|\/\s*\d[\d.]*\s*(?:người|đồng chí|tổ chức|đơn vị)?\s*(?:(?:chỉ tiêu|KH|kế hoạch)(?:\s+năm)?\s*)?(?:[,.;:)(]|$)|so với|với(?![\p{L}])|trên\s+tổng\s+số\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d|(?:năm\s+(?:19|20)\d{2}\s+|(?:đầu|cuối)\s+(?:nhiệm kỳ|năm|kỳ)\s+)?(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+còn)?\s+\d|(?:vào\s+)?(?:(?:giữa|cuối|đầu)\s+)?năm\s+(?:19|20)\d{2}\s*(?:[,.;:)]|$))/u.test(right)) return null;
  const clause = left.slice(left.lastIndexOf(';') + 1).slice(-130);
  // "Số tổ chức đảng tăng từ 38 lên 86, số đảng viên từ 612 lên 1.544": the count word of the figure's own
  // part of the clause, if it has one, before the clause's first.
  // ("Số chi bộ tăng 9 và số đảng viên tăng 118": "và" before another count word opens a part as a comma does.)
  const comma = Math.max(clause.lastIndexOf(','), _lastPartJoin(clause));
  // (A part may be a label of its own only after a figure: "CĐCS: 148, đoàn viên công đoàn: 47.925", not the two
  // nouns of one label, "Chi đoàn, đoàn cơ sở: 12".)
  const own = comma > 0 ? (_headNounAfterCountWord(clause.slice(comma + 1)) ?? _bareSubjectOfPart(clause.slice(comma + 1), FIGURE_ENDS_PART.test(clause.slice(0, comma)))) : null;
  // ("…; đoàn viên từ 21.480 lên 33.915 người": a part after ";" that opens with its own noun, not a name: "Công ty có 53".)
  const named = own ?? _headNounAfterCountWord(clause) ?? labelLineNoun(clause) ?? _subjectBeforeStockVerb(clause, afterClassifier) ?? (left.includes(';') && /^\s*\p{Ll}/u.test(clause) ? _bareSubjectOfPart(clause) : null);
  if (!named) return null;
  const between = named.rest;
  if (/[;]/u.test(between) || between.length > 100) return null;
  // ("Số quần chúng đã qua lớp nhưng chưa được kết nạp hiện là 190 người": people not admitted, a pool, none of ours;
  // "Đảng viên dự bị quá hạn chưa xét công nhận chính thức: 6 đồng chí": members not yet made full, members still.)
  if (NOT_YET_ADMITTED.test(between) && named.cls !== 'enterprise') return named.cls === 'party_member' ? metricFor(named.cls, 'stock', { ...ctx, trailing: '' }) : null;
  // "tăng từ 5 lên 11": both ends of the change are states.
  // ("tăng từ gần 9.000 người năm 2010 lên hơn 38.000 người hiện nay": hedges and a year may come between.)
  const fromTo = CHANGE_TO_AFTER.test(right) || CHANGE_FROM_BEFORE.test(left);
  // ("Số đảng viên kết nạp mới tăng từ 118 lên 184": both ends of a change of a flow are flows.)
  // ("số đảng viên giảm xuống dưới 10 đồng chí": the state a change reached is a state too.)
  const innerVerb = fromTo || REACHED_BEFORE.test(between) ? (OWN_FLOW_VERB.test(between) ? _firstClauseVerb(between) : 'stock') : _firstClauseVerb(between);
  return metricFor(named.cls, innerVerb ?? verb ?? 'stock', { ...ctx, trailing: between });
}

/** People said not to be admitted, referred or made full members (yet): " chưa được kết nạp", " chưa xét công nhận". */
const NOT_YET_ADMITTED = /(?<![\p{L}])(?:chưa|không)\s+(?:được\s+)?(?:xét\s+)?(?:kết nạp|giới thiệu|công nhận)(?![\p{L}])/u;

/** A change that ends on the state it reached, right before the figure: " giảm xuống dưới ", " tăng lên ". */
// ("Số CĐCS doanh nghiệp giảm còn 142": "còn" after a fall names the state it reached too.)
const REACHED_BEFORE = /(?<![\p{L}])(?:lên|xuống|giảm(?:\s+xuống)?\s+còn)(?:\s+(?:còn|mức))?(?:\s+(?:dưới|trên|hơn|gần|khoảng|xấp xỉ))?\s*$/u;

/** Where the last " và" that joins a part opening with a count word ("… và số đảng viên …") ends, or -1. */
function _lastPartJoin(clause: string): number {
  let at = -1;
  PART_JOIN.lastIndex = 0;
  for (let m = PART_JOIN.exec(clause); m; m = PART_JOIN.exec(clause)) at = m.index + m[0].length - 1;
  return at;
}
/** " và" before "số", "tổng số" and a word: "… tăng 9 và số đảng viên …". */
const PART_JOIN = /\svà(?=\s+(?:tổng\s+)?số\s+\p{L})/gu;

/**
 * A counted noun that opens the part of a clause after a comma, right before its verb and figure:
 * ", đảng viên giảm 167" in "Số TCCSĐ giảm 5, đảng viên giảm 167" (the part names its own subject).
 */
function _bareSubjectOfPart(part: string, labelAllowed = false): { cls: NounClass; rest: string } | null {
  // (", trong đó ĐVCĐ: 4.018": the part of a breakdown names its own noun too.)
  const lead = part.length - part.trimStart().length + (BREAKDOWN_LEAD.exec(part.trimStart())?.[0].length ?? 0);
  const noun = _nounAt(part.slice(lead));
  if (noun === null) return null;
  const rest = part.slice(lead + noun.length);
  // (", đoàn viên công đoàn: 47.925": a label of its own after a comma, as "CĐCS: 148" before it.)
  return PART_VERB_TO_FIGURE.test(rest) || (labelAllowed && PART_LABEL_TO_FIGURE.test(rest)) ? { cls: noun.cls, rest } : null;
}
/** "trong đó ", "trong số đó, ", "riêng ", "còn " opening a part. */
// ("…, riêng đảng viên giảm 74 đồng chí": so does a part said of its own, "riêng", "còn".)
const BREAKDOWN_LEAD = /^(?:trong (?:số )?đó\s*,?\s*|(?:riêng|còn)\s+(?:số\s+)?)/iu;
/** The rest of a label after its noun, up to the figure: ":", " công đoàn:", " nữ: ". */
const PART_LABEL_TO_FIGURE = /^(?:\s+(?!(?:với|và|cho|của|tại|ở|trong)(?![\p{L}]))[^\s:,;\d()]+){0,2}\s*:\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;
/** A part that ends with a figure (and its unit word): "CĐCS: 148", "Công nhân lao động: 4.260 người". */
const FIGURE_ENDS_PART = /\d[\d.,]*\s*%?(?:\s+\p{L}+){0,2}\s*$/u;
/** What may stand between such a subject and its figure: "giảm ", "cũng tăng thêm ", "là ". */
// (And the first state of a change: "; đoàn viên từ 21.480 lên 33.915 người", ", đoàn viên tăng từ …".)
const PART_VERB_TO_FIGURE = /^\s+(?:cũng\s+)?(?:(?:tăng|giảm|là|đạt|có)(?:\s+thêm)?|(?:(?:tăng|giảm)\s+)?từ(?:\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+(?:\s*\([^()]{0,20}\))?(?:\s+người)?\s+(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+còn)?)?)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$/u;

/** A flow verb right after the counted noun: "(số đảng viên) kết nạp mới", "(số CĐCS) được thành lập". */
const OWN_FLOW_VERB = /^\s*(?:mới\s+)?(?:được\s+)?(?:kết nạp|thành lập|phát triển|giới thiệu)(?![\p{L}])/iu;

/** The rest of a change after its first figure: " lên 11", " người năm 2010 lên hơn 38.000". */
export const CHANGE_TO_AFTER = /^[^;,]{0,30}?(?:^|\s)(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+còn)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d/u;

/** The start of a change before its second figure: "từ 5 lên ", "từ gần 9.000 người năm 2010 lên hơn ". */
const CHANGE_FROM_BEFORE = /từ\s+(?:(?:hơn|gần|khoảng|trên)\s+)?[\d.,]+[^;,]{0,40}?\s(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+còn)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/** "hiện có", "có", "là", "mới" (and a hedge) right before a bare number, at the end of its clause. */
// (A hedge alone stands for the verb in speech: "Lao động trong các DN trên địa bàn cỡ 52.000".)
const STOCK_VERB_AT_END = /(?<![\p{L}])(?:(?:hiện có|hiện nay có|có tổng cộng|chỉ có|mới có|có|là|chỉ|mới)\s*(?:(?:khoảng|gần|hơn|trên|chừng|cỡ|tầm|xấp xỉ|chưa đến|chưa tới|dưới)\s+)?|(?:khoảng|chừng|cỡ|tầm|xấp xỉ|ước(?:\s+(?:tính|khoảng|đạt))?(?:\s+(?:trên|hơn|khoảng|gần|chừng))?)\s+)$/iu;
/** "tăng", "giảm", "tăng ròng" (and a hedge) right before a figure of people: a change of the subject's members. */
const CHANGE_VERB_AT_END = /(?<![\p{L}])(?:tăng|giảm)(?:\s+(?:ròng|thêm|đi))?\s+(?:(?:khoảng|gần|hơn|trên|chừng)\s+)?$/iu;
/** Members whose number changes: "đảng viên", "đoàn viên công đoàn", "đoàn viên". */
const MEMBERS_WHO_CHANGE: ReadonlySet<NounClass> = new Set<NounClass>(['party_member', 'union_member', 'youth_member', 'member']);
/** What may stand before a clause's subject: "Riêng", "Hiện nay", "Toàn tỉnh", "Đến nay", "nhưng". */
const BEFORE_SUBJECT = /^\s*(?:(?:riêng|hiện nay|hiện tại|hiện|toàn tỉnh|toàn thành phố|toàn huyện|đến nay|tính đến nay|cả tỉnh|nhưng|song|mà|còn|trong đó|trong số đó)\s*,?\s*)?(?:(?:đội ngũ|lực lượng)\s+)?$/iu;

/**
 * The counted noun that opens a clause ending in a stock verb before a bare number:
 * "Riêng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước hiện có 53, với 824 đảng viên"
 * → the 53 are party organisations. Only a lower-case noun that opens the clause (after
 * "Riêng", "Hiện nay" …) is its subject: "Công ty có 53, …" says nothing of what is counted.
 */
function _subjectBeforeStockVerb(clause: string, people = false): { cls: NounClass; rest: string } | null {
  // ("Đoàn viên công đoàn toàn thành phố tăng ròng 12.268 người": members of a change said in people, their noun first.)
  const change = people && STOCK_VERB_AT_END.exec(clause) === null ? CHANGE_VERB_AT_END.exec(clause) : null;
  const verb = change ?? STOCK_VERB_AT_END.exec(clause);
  if (verb === null) return null;
  // (A comma inside brackets ends no clause: "Đảng viên là người dân tộc thiểu số (S'tiêng, M'nông, Khmer) có 74 đồng chí".)
  const subject = clause.slice(Math.max(_lastOutsideBrackets(clause, ',') + 1, clause.lastIndexOf(':') + 1), verb.index);
  const noun = _firstNounIn(subject);
  if (noun === null || !BEFORE_SUBJECT.test(subject.slice(0, noun.index))) return null;
  // A capitalised noun is a named body ("Đảng bộ …", "Công ty …"): one organisation, not the things counted;
  // people opening a sentence are people ("Đảng viên là người dân tộc thiểu số … có 74 đồng chí").
  const initial = subject.charAt(noun.index);
  const length = _nounAt(subject.slice(noun.index))?.length ?? 0;
  // (The subject of a part after a comma starts after its space: "…; trong đó, CĐCS khu vực ngoài nhà nước là 1.642".)
  const first = subject.length - subject.trimStart().length;
  // ("Tổ chức đảng ở doanh nghiệp ngoài nhà nước là 187": a sentence opening with a noun that no name follows.)
  const generic = noun.index === first && /^\s+\p{Ll}/u.test(subject.slice(noun.index + length));
  // (An abbreviation, "CĐCS", "TCCSĐ", names no body.)
  const abbreviation = /^\p{Lu}{2,}$/u.test(subject.slice(noun.index, noun.index + length));
  // (A named body is the subject of the people it has, though: "Chi bộ có 15 đồng chí", "Đảng bộ Công ty có 418 đồng chí".)
  const bodyOfPeople = people && noun.index === first && ORGANISATION_NOUNS.has(noun.cls);
  if (initial !== initial.toLowerCase() && !abbreviation && !bodyOfPeople && !(noun.index === first && (PEOPLE_NOUNS.has(noun.cls) || noun.cls === 'party_member' || generic))) return null;
  if (change !== null && !(noun.index === first && MEMBERS_WHO_CHANGE.has(noun.cls))) return null;
  return { cls: noun.cls, rest: subject.slice(noun.index + length) };
}

/** Nouns of organisations, whose people are their members: a Party cell's "đồng chí" are Party members. */
export const ORGANISATION_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['party_org', 'union_org', 'youth_org']);

/** The last `mark` of `text` that is not inside brackets, or -1. */
function _lastOutsideBrackets(text: string, mark: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ')') depth++;
    else if (c === '(') depth = Math.max(0, depth - 1);
    else if (c === mark && depth === 0) return i;
  }
  return -1;
}

/**
 * A report line "Label: N" whose label starts with a counted noun:
 * "Trong đó CĐCS khu vực ngoài nhà nước: 19", "- Đảng viên mới: 56"; and
 * "số được kết nạp: 402", where the noun is left out after an admission.
 */
function labelLineNoun(clause: string): { cls: NounClass; rest: string } | null {
  const label = LABEL_LINE.exec(clause);
  if (!label) return null;
  // ("- Lao động trong các DN: trên 62.000 người": a hedge after the colon.)
  const rest = clause.slice(label[0].length).replace(HEDGE_AFTER_COLON, ':');
  if (!/:\s*$/u.test(rest)) return null;
  const noun = _nounAt(rest);
  if (noun) {
    // "CĐCS giới thiệu ĐVCĐ ưu tú: 315": a subject, a verb and what it counts.
    const after = rest.slice(noun.length);
    const verb = _verbAtStart(after.trimStart());
    const skipped = after.length - after.trimStart().length + (verb?.length ?? 0);
    const object = verb !== null && verb.cls !== 'stock' ? _nounAt(after.slice(skipped)) : null;
    if (object !== null) return { cls: object.cls, rest: `${after.slice(0, skipped)} ${after.slice(skipped + object.length)}` };
    return { cls: noun.cls, rest: after };
  }
  // "Chỉ tiêu kết nạp đảng viên: 100", "Thực hiện kết nạp đảng viên: 112", "Thành lập mới CĐCS: 30",
  // "Kết nạp đoàn viên: 1.032" (rows of plans and results, table headers): a plan or result word and
  // a verb before the noun. The verb is handed on with what follows the noun, where the caller looks for it.
  const afterGoal = rest.slice(GOAL_OR_RESULT_LABEL.exec(rest)?.[0].length ?? 0).trimStart();
  const verb = _verbAtStart(afterGoal);
  const nounAfterVerb = verb === null ? null : _nounAt(afterGoal.slice(verb.length));
  if (verb !== null && nounAfterVerb !== null) {
    return { cls: nounAfterVerb.cls, rest: `${afterGoal.slice(0, verb.length)} ${afterGoal.slice(verb.length + nounAfterVerb.length)}` };
  }
  // "số được kết nạp: 402": people admitted, the noun left out.
  if (/^\s*(?:được\s+)?kết nạp/iu.test(rest)) return { cls: 'new_party_member', rest };
  return null;
}

/** A hedge between a label's colon and its figure: ": trên ", ": khoảng ". */
const HEDGE_AFTER_COLON = /:\s*(?:khoảng|gần|hơn|trên|chừng|xấp xỉ|ước|gần như)\s+$/u;

/** A plan or result word heading a report line: "Chỉ tiêu …:", "Kế hoạch …:", "Thực hiện …:". */
const GOAL_OR_RESULT_LABEL = /^\s*(?:chỉ tiêu|kế hoạch|mục tiêu|thực hiện|kết quả)\s+/iu;

/**
 * The noun right after the first "số", "tổng số", "số lượng", "tỷ lệ" of a
 * clause: the head of "Tổng số đảng viên của Đảng bộ là …" is "đảng viên",
 * not "Đảng bộ"; of "Tỷ lệ đoàn viên công đoàn trên tổng số lao động", the
 * union members.
 */
export function _headNounAfterCountWord(clause: string): { cls: NounClass; rest: string } | null {
  const first = countWordIn(clause);
  if (!first) return null;
  // "tỷ lệ thành lập công đoàn cơ sở …": a verb may stand between the rate and its noun.
  const at = first.index + first[0].length + (RATE_VERB.exec(clause.slice(first.index + first[0].length))?.[0].length ?? 0);
  const noun = _nounAt(clause.slice(at));
  return noun ? { cls: noun.cls, rest: clause.slice(at + noun.length) } : null;
}
