/**
 * Step 6 of extractFacts: noun class × verb class → metric and kind
 * (metricFor), with what a trailing verb says happened to counted people
 * ("… được kết nạp") and whether a bare "đoàn viên" is a Youth Union member.
 */
import { letterBefore } from '../word-boundary.js';
import {
  CLASS_CONTEXT,
  PARTY_ADMIT_HINT,
  TRAILING_ADMIT_PARTY,
  TRAILING_AWARD,
  TRAILING_JOIN_UNION,
  TRAILING_JOIN_YOUTH,
  TRAILING_REFER,
  TRAILING_IS_MEMBER,
  TRAILING_TRAIN,
  TRAINING_CONTEXT,
  UNION_CONTEXT,
  UNION_ORG_MENTION,
  YOUTH_CONTEXT,
  YOUTH_ORG_MENTION,
  type NounClass,
  type VerbClass,
} from '../cues.js';
import { lowerTwin } from '../lower-case.js';
import { _isDigitCode } from '../parse-number.js';
import type { Kind, Metric } from '../types.js';

/** Nouns that say someone belongs to the Party, the union or the Youth Union. */
export const MEMBERSHIP_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['party_member', 'new_party_member', 'union_member', 'member', 'youth_member']);

/**
 * Members of a union or of the Youth Union said, in `rest`, to be newly admitted with no Party named ("3.215 đoàn viên
 * được kết nạp mới"), or admitted in a sentence that names a union and no Party ("12 CĐCS đã được thành lập mới …, với
 * 468 đoàn viên được kết nạp"): new members of their own body, a flow; else null.
 */
export function _newMembersReading(noun: NounClass, rest: string, ctx: MentionContext): Reading | null {
  if (noun !== 'member' && noun !== 'union_member' && noun !== 'youth_member') return null;
  if (!NEWLY_ADMITTED_MEMBERS_AFTER.test(rest) && !(ADMITTED_MEMBERS_AFTER.test(rest) && UNION_BODY_NAMED.test(ctx.sentence) && !PARTY_NAMED.test(ctx.sentence)) && !_admittedByUnion(rest)) return null;
  const members = metricFor(noun, 'stock', { ...ctx, trailing: '' });
  return members === null ? null : { metric: members.metric, kind: 'flow' };
}
/** Members said to be newly admitted, and no Party named: " được kết nạp mới", " được các cấp công đoàn kết nạp mới trong năm", " phát triển mới". */
// (" phát triển mới", " được phát triển mới" as well: "xếp thứ nhất với 4.820 đoàn viên phát triển mới".)
const NEWLY_ADMITTED_MEMBERS_AFTER = /^\s*(?:(?:đã\s+)?được\s+(?:[^,;.\d]{0,40}?\s)?kết nạp mới|(?:(?:đã\s+)?được\s+)?phát triển mới)(?![\p{L}])(?![^;.]{0,40}(?<![\p{L}])(?:Đảng|đảng)(?![\p{L}]))/u;
/** Members said to be admitted: " được kết nạp", " đã được công đoàn kết nạp". */
const ADMITTED_MEMBERS_AFTER = /^\s*(?:đã\s+|vừa\s+|mới\s+)?được\s+(?:[^,;.\d]{0,40}?\s)?kết nạp(?![\p{L}])/u;
/** Members said to be admitted by a union body: " đã được công đoàn cơ sở tại nơi làm việc mới tiếp nhận, kết nạp lại". */
const ADMITTED_BY_UNION_AFTER = /^\s*(?:đã\s+|vừa\s+)?được\s+(?:các\s+(?:cấp\s+)?)?(?:công đoàn|Công đoàn|CĐCS|nghiệp đoàn)(?![\p{L}])[^;.\d]{0,60}?(?<![\p{L}])kết nạp(?![\p{L}])/u;
/** Whether the members are said, right after them, to be admitted by a union body, and no Party is named next. */
function _admittedByUnion(rest: string): boolean {
  const admitted = ADMITTED_BY_UNION_AFTER.exec(rest);
  return admitted !== null && !/(?<![\p{L}])(?:Đảng|đảng)(?![\p{L}])/u.test(rest.slice(admitted[0].length, admitted[0].length + 40));
}
/** A union body named: "CĐCS", "công đoàn", "nghiệp đoàn". */
const UNION_BODY_NAMED = /(?<![\p{L}])(?:CĐCS|[Cc]ông đoàn|[Nn]ghiệp đoàn)(?![\p{L}])/u;
/**
 * The Party named, one of its bodies, or those put forward to it: "Đảng", "đảng viên", "chi bộ", "TCCSĐ", "giới thiệu
 * 305 đoàn viên ưu tú, …; 112 đoàn viên đã được kết nạp".
 */
export const PARTY_NAMED = /(?<![\p{L}])(?:[Đđ]ảng|[Cc]hi bộ|TCCSĐ|ĐV|ưu tú|giới thiệu|cảm tình)(?![\p{L}])/u;

/** A verb of hiring right before a figure: "tuyển thêm ", "tuyển dụng mới được khoảng ". */
const HIRED_BEFORE = /(?<![\p{L}])(?<!(?:mỗi|hằng|hàng)\s+(?:tháng|năm|quý|tuần)\s+)tuyển(?:\s+dụng)?(?:\s+(?:thêm|mới))?(?:\s+được)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A figure, then "người": "2.000 người", "200 - 300 người". */
const FIGURE_OF_PEOPLE = /^[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s+người(?![\p{L}])/u;

/** Nouns that count people, whose fate a trailing verb can tell ("… được kết nạp"). */
export const PEOPLE_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['member', 'union_member', 'youth_member', 'outstanding', 'person', 'staff', 'worker']);

/** Other staff, then workers, listed after "cán bộ": ", giảng viên, người lao động", ", công nhân lao động". */
const STAFF_AND_WORKERS_AFTER = /^(?:\s*,\s*(?:giảng viên|giáo viên|bác sĩ|y bác sĩ|y, bác sĩ|nhân viên|kỹ sư|viên chức|công chức|chiến sĩ))*\s*(?:,|và)\s*(?:người lao động|công nhân lao động|lao động|CNLĐ|NLĐ)(?![\p{L}])/u;
/** A figure of students or pupils: "6.200 sinh viên", "1.500 học sinh". */
const STUDENTS_AT = /^[\d.,\s]*(?:sinh viên|học sinh)(?![\p{L}])/iu;

/** People at work, said right after them: " đang làm việc tại", " làm việc trong". */
const WORKING_AFTER = /^\s*(?:đang\s+)?(?:làm việc|lao động|làm công nhân)(?![\p{L}])/u;

/** Young people said, within their clause, to be admitted to the Youth Union: "… được kết nạp vào Đoàn". */
const YOUTH_JOINED_AFTER = /^[^;.]{0,100}?(?<![\p{L}])(?:được\s+)?(?:kết nạp vào Đoàn|gia nhập Đoàn|vào Đoàn TNCS)(?![\p{L}])/u;

/**
 * Workers said, past a place (or places listed), to be admitted to a union or to the Party (group 1): "… tại 9 doanh
 * nghiệp được kết nạp vào công đoàn cơ sở", "… ở các khu chế xuất, khu công nghiệp được kết nạp Đảng". Not past a part
 * or a clause of its own ("…, trong đó 30 người được kết nạp Đảng").
 */
const ADMITTED_PAST_PLACE = /^(?:(?!trong (?:đó|số)|,\s*(?:có|nhưng|song|còn)\s)[^;.]){0,80}?\s(?:tại|ở|của|trong|thuộc)\s(?:(?!trong (?:đó|số)|,\s*(?:có|nhưng|song|còn)\s)[^;.]){0,80}?(?<![\p{L}])(?:đã\s+)?được kết nạp (?:vào\s+)?(?:(Đảng)|(?:tổ chức\s+)?(?:công đoàn|Công đoàn|nghiệp đoàn|CĐCS))(?![\p{L}])/u;

/** An admission "for" the people counted next: "kết nạp đoàn viên mới cho ", "kết nạp cho ". */
const ADMIT_FOR_BEFORE = /kết nạp(?:[^,;.]{0,40}\s|\s)(?:dành )?cho\s*$/iu;

/** What a figure counts: a metric and a kind (FACTS.md). */
export interface Reading {
  metric: Metric;
  kind: Kind;
}

/** Where a number stands, for the rules that look around it. */
export interface MentionContext {
  /** The sentence (for union/youth and training context). */
  sentence: string;
  /** Where the number stands in the sentence. */
  at: number;
  /** Text after the noun up to the end of the clause. */
  trailing: string;
  /** Whether the article is about the Youth Union (extractFacts): the default for a bare "đoàn viên". */
  youthArticle?: () => boolean;
}

/** Young people said to take part in the Youth Union, right after them: " sinh hoạt đoàn", " đang sinh hoạt trong tổ chức Đoàn". */
const YOUTH_ACTIVITY_AFTER = /^\s*(?:đang\s+|đã\s+)?(?:tham gia\s+)?sinh hoạt\s+(?:tại\s+|trong\s+)?(?:tổ chức\s+)?(?:đoàn|Đoàn)(?![\p{L}])/u;
/** Young people right after a figure: "92% thanh niên", "1.200 thanh niên công nhân". */
const YOUNG_COUNTED_AT = /^[\d.,]+\s*%?\s+thanh niên(?![\p{L}])/iu;

/** What a trailing verb says happened to counted people, if anything. */
export function _trailingReading(ctx: MentionContext): Reading | null {
  const t = _peopleClause(ctx.trailing);
  const member = TRAILING_IS_MEMBER.exec(t);
  if (member) {
    const what = member[1]!.toLowerCase();
    // ("có 2 công nhân là đoàn viên công đoàn được kết nạp vào Đảng": members of another body, admitted.)
    if (what !== 'đảng viên' && ADMITTED_AFTER_MEMBERSHIP.test(t.slice(member.index + member[0].length))) return { metric: 'party_admissions', kind: 'flow' };
    if (what === 'đảng viên') return { metric: 'party_members', kind: 'stock' };
    // ("92% thanh niên trong Công ty là đoàn viên": young people who are members are the Youth Union's.)
    if (what === 'đoàn viên thanh niên' || (what === 'đoàn viên' && YOUNG_COUNTED_AT.test(ctx.sentence.slice(ctx.at, ctx.at + 24)))) return { metric: 'youth_members', kind: 'stock' };
    return { metric: 'union_members', kind: 'stock' };
  }
  // ("… người lao động chưa được tập hợp vào tổ chức công đoàn": not yet joined, so no members.)
  const join = TRAILING_JOIN_UNION.exec(t);
  if (join !== null && !NOT_YET_BEFORE.test(t.slice(0, join.index))) return { metric: 'union_members', kind: 'flow' };
  if (TRAILING_JOIN_YOUTH.test(t)) return { metric: 'youth_members', kind: 'flow' };
  // ("công đoàn đã vận động thêm hơn 200 người gia nhập": joining what the sentence's union subject is.)
  if (BARE_JOIN_END.test(t) && UNION_BODY_BEFORE.test(ctx.sentence.slice(0, ctx.at))) return { metric: 'union_members', kind: 'flow' };
  // ("… được giới thiệu cho tổ chức đảng xem xét, bồi dưỡng kết nạp": referred first, the admission only asked for.)
  if (REFERRED_FIRST.test(t)) return { metric: 'referrals', kind: 'flow' };
  // ("… đang được bồi dưỡng để xem xét kết nạp": the admission is what they are prepared for, not what happened.)
  if (TRAILING_ADMIT_PARTY.test(t) && !ADMISSION_AIMED_AT.test(t)) return { metric: 'party_admissions', kind: 'flow' };
  if (TRAILING_REFER.test(t)) return { metric: 'referrals', kind: 'flow' };
  // (Not a class of other knowledge named after them: "45 chị em tham gia lớp truyền nghề".)
  if (TRAILING_TRAIN.test(t) && TRAINING_CONTEXT.test(t) && !(OTHER_CLASS.test(t) && !POLITICAL_CLASS.test(t))) return { metric: 'trainees', kind: 'flow' };
  // ("chi bộ mở lớp cảm tình Đảng ngay tại xưởng, có 34 công nhân theo học": the class named before, its students after.)
  if (STUDYING_AFTER.test(t) && PARTY_CLASS_NAMED.test(ctx.sentence.slice(0, ctx.at))) return { metric: 'trainees', kind: 'flow' };
  return null;
}

/** Admitted to the Party, said after what those counted are members of: " công đoàn được kết nạp vào Đảng". */
const ADMITTED_AFTER_MEMBERSHIP = /^[^,;.]{0,40}?(?<![\p{L}])(?:đã\s+)?được kết nạp (?:vào )?Đảng(?![\p{L}])/u;

/** Those counted study, the class left unnamed: " theo học", " đã tham gia học", " được học". */
const STUDYING_AFTER = /^\s*(?:đã\s+|đều\s+)?(?:theo học|tham gia học|được học|đi học)(?![\p{L}])(?!\s+(?:nghề|văn hóa|văn hoá|ngoại ngữ|tin học|tiếng))/u;

/** A Party-awareness or political class named: "lớp cảm tình Đảng", "lớp bồi dưỡng nhận thức về Đảng", "lớp lý luận chính trị". */
const PARTY_CLASS_NAMED = /(?<![\p{L}])lớp(?:\s+học)?\s+(?:bồi dưỡng\s+)?(?:cảm tình Đảng|nhận thức về Đảng|lý luận chính trị|đối tượng (?:Đảng|kết nạp Đảng|kết nạp đảng)|đảng viên mới)/iu;

/** A negation in what is said of the people counted: " chưa được tập hợp ", " không ". */
export const NOT_YET_BEFORE = /(?<![\p{L}])(?:chưa|không)(?![\p{L}])/iu;

/** Those counted join, the body left unsaid, at the end of their clause: " gia nhập", " đã gia nhập”". */
const BARE_JOIN_END = /^\s*(?:đã\s+|đều\s+)?gia nhập\s*[”"’)]*\s*$/u;

/** A union body before the figure, the subject that people join: "công đoàn đã vận động", "CĐCS công ty". */
const UNION_BODY_BEFORE = /(?<![\p{L}])(?:công đoàn|CĐCS|LĐLĐ|nghiệp đoàn)(?![\p{L}])/iu;

/** An admission as the aim of what is done to those counted: " để xem xét kết nạp", " chờ kết nạp", " nhằm kết nạp". */
// ("có 11 công nhân tự tìm đến hỏi tôi thủ tục vào Đảng", "… phấn đấu vào Đảng": joining asked about or striven for.)
const ADMISSION_AIMED_AT = /(?<![\p{L}])(?:(?:để|chờ|nhằm|chuẩn bị)\s+(?:(?:xem xét|đề nghị),?\s+)?kết nạp|(?:thủ tục|muốn|mong muốn|mong được|xin|nguyện vọng|ước mơ|phấn đấu)\s+(?:được\s+)?(?:vào|kết nạp vào|đứng vào hàng ngũ(?: của)?)\s+Đảng)(?![\p{L}])/iu;

/** A referral right after the people counted: " được giới thiệu", " đã được giới thiệu cho Đảng", " được công đoàn giới thiệu", " của công ty được giới thiệu". */
const REFERRED_FIRST = /^\s*(?:ưu tú\s+)?(?:của\s+(?:các\s+)?(?:công ty|doanh nghiệp|nhà máy|chi đoàn|công đoàn|CĐCS|đơn vị)(?:\s+\p{Lu}[^,;.\d]{0,30}?)?\s+)?(?:đã\s+)?được\s+(?:(?:công đoàn|Công đoàn|CĐCS|chi đoàn|Đoàn|đoàn thanh niên|Đoàn Thanh niên)\s+)?giới thiệu(?![\p{L}])(?![^,;.]{0,40}?(?:và|,)?\s*(?:đã\s+)?được\s+kết nạp)(?!\s*(?:và|,)\s*(?:đã\s+)?kết nạp)/u;

/**
 * What a trailing verb says of the people counted is said before the first comma that starts another
 * subject. The trailing text up to that comma: "…, việc phát hiện quần chúng ưu tú
 * không khó, khó là làm sao để các em có thời gian đi học lớp …" is not what the people counted did, while
 * "…, đoàn viên ưu tú tham gia học lớp …" goes on naming them and "… xem xét bồi dưỡng, kết nạp" on
 * saying what happens to them.
 */
function _peopleClause(t: string): string {
  for (let at = t.indexOf(','); at >= 0; at = t.indexOf(',', at + 1)) {
    // (Not a decimal comma: "(chiếm 40,8%) đã được kết nạp vào Đảng".)
    if (_isDigitCode(t.charCodeAt(at - 1)) && _isDigitCode(t.charCodeAt(at + 1))) continue;
    if (PEOPLE_AFTER_COMMA.test(t.slice(at + 1, at + 40))) continue;
    // ("… đã được các chi bộ, đảng bộ doanh nghiệp kết nạp": the bodies that act on them, listed.)
    if (AGENT_BEFORE_COMMA.test(t.slice(0, at)) && AGENT_AFTER_COMMA.test(t.slice(at + 1, at + 40))) continue;
    return t.slice(0, at);
  }
  return t;
}
/** "được" and the bodies that act, before a comma: " đã được các chi bộ", " đều được Chi bộ công ty", " đã được các công đoàn cơ sở". */
const AGENT_BEFORE_COMMA = /(?<![\p{L}])được\s+(?:các\s+)?(?:chi bộ|đảng bộ|tổ chức đảng|cấp ủy|cấp uỷ|công đoàn|CĐCS|chi đoàn|đoàn cơ sở|đoàn thanh niên)[^,;.]{0,40}$/iu;
/** Another body after that comma: " đảng bộ doanh nghiệp kết nạp", " chi đoàn giới thiệu". */
const AGENT_AFTER_COMMA = /^\s*(?:các\s+)?(?:chi bộ|đảng bộ|tổ chức đảng|cấp ủy|cấp uỷ|công đoàn|CĐCS|chi đoàn|đoàn cơ sở|đoàn thanh niên)(?![\p{L}])/iu;
const PEOPLE_AFTER_COMMA = /^\s*(?:công nhân|người lao động|lao động|CNLĐ|NLĐ|đoàn viên|ĐVCĐ|ĐVTN|quần chúng|thanh niên|học sinh|sinh viên|cán bộ|nhân viên|kỹ sư|kĩ sư|kỹ thuật viên|nhà quản lý|giám đốc|phó giám đốc|quản đốc|tổ trưởng|trưởng ca|trưởng chuyền|doanh nhân|người|chủ yếu|phần lớn|phần đông|hầu hết|đa số|chủ|(?:đã |sẽ )?(?:được |đều )?(?:kết nạp|bồi dưỡng|xem xét|giới thiệu|đứng vào|vào Đảng|trở thành|tham gia))(?![\p{L}])/u;

/** The sentence before the figure, from the start of its clause (after the last ";"). */
function _clauseBefore(ctx: MentionContext): string {
  return ctx.sentence.slice(ctx.sentence.lastIndexOf(';', ctx.at) + 1, ctx.at);
}

/** Whether a bare "đoàn viên" at ctx.at belongs to the Youth Union: the nearest organisation named before it decides. */
function isYouth(ctx: MentionContext): boolean {
  const left = ctx.sentence.slice(0, ctx.at);
  // (The case-sensitive twins run on the text in lower case, where they match exactly where the originals do: a
  // regex with `i` is twice as slow. A text whose lower case is longer, or with a letter `/iu` folds otherwise than
  // to its lower case ("ſ" is "s" to it), keeps the originals.)
  const lower = left.toLowerCase();
  const twins = lower.length === left.length && !FOLDS_ODDLY.test(left);
  const youth = _lastIndexOf(twins ? YOUTH_ORG_MENTION_LOWER : YOUTH_ORG_MENTION, twins ? lower : left);
  const union = _lastIndexOf(twins ? UNION_ORG_MENTION_LOWER : UNION_ORG_MENTION, twins ? lower : left);
  if (youth >= 0 || union >= 0) return youth > union;
  // ("Số đoàn viên là công nhân lao động … là 1.135 người, chiếm 46,1% tổng số đoàn viên của Đoàn Khối": the body named
  // after the figure, none before it, says whose.)
  const right = ctx.sentence.slice(ctx.at);
  const youthAfter = _firstIndexOf(YOUTH_ORG_MENTION, right);
  if (youthAfter >= 0) {
    const unionAfter = _firstIndexOf(UNION_ORG_MENTION, right);
    if (unionAfter < 0 || youthAfter < unionAfter) return true;
  }
  if (YOUTH_CONTEXT.test(ctx.sentence)) return !UNION_CONTEXT.test(ctx.sentence);
  // Nothing in the sentence says: the article's subject does ("Phấn đấu kết nạp ít nhất 2 700 đoàn viên
  // mới" in a Tỉnh đoàn report).
  return !UNION_CONTEXT.test(ctx.sentence) && ctx.youthArticle?.() === true;
}

/** Whether `text` holds "ợ" or "Ợ" (the only code points `/iu` takes for the "ợ" of "được"). */
function _holdsO(text: string): boolean {
  return text.includes('ợ') || text.includes('Ợ');
}

/** Where the first match of the global regex `re` in `text` starts, or -1. */
function _firstIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  // (Not glued to a word before it: "côngđoàn cơ sở" is a union typed without its space.)
  for (let m = re.exec(text); m; m = re.exec(text)) if (!letterBefore(text, m.index, false)) return m.index;
  return -1;
}

/** Where the last match of the global regex `re` in `text` starts, or -1. */
function _lastIndexOf(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}
/** Code points whose simple case folding (what `/iu` compares) is not their lower case. */
const FOLDS_ODDLY = /[\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1e9e\u1fbe\u2126\u212a\u212b]/u;
const YOUTH_ORG_MENTION_LOWER = lowerTwin(YOUTH_ORG_MENTION);
const UNION_ORG_MENTION_LOWER = lowerTwin(UNION_ORG_MENTION);

/** A political class, then "với" right before the figure: "lớp bồi dưỡng lý luận chính trị … với ". */
const CLASS_WITH_BEFORE = /(?<![\p{L}])lớp(?:\s+học)?\s+(?:bồi dưỡng|BDNT|BDCT|cảm tình|đối tượng|lý luận|nhận thức|đảng viên mới)[^;.]{0,110}?(?<![\p{L}])(?:với|có)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Classes of other knowledge (defence, trades, skills) in a sentence that names no political class. */
function _otherClass(sentence: string): boolean {
  return OTHER_CLASS.test(sentence) && !POLITICAL_CLASS.test(sentence);
}

/**
 * Whether the class a figure is of, or is held for, teaches other knowledge: the words of its own class when they say
 * ("mở 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 93 học viên và 2 lớp bồi dưỡng kiến thức quốc phòng - an
 * ninh cho 160 học viên": the 2 classes and their 160 people are of defence), else the sentence's (`_otherClass`). With
 * `own` the figure counts the classes (the words after it), else people (the words from the last "lớp" before it).
 */
function _otherClassAt(ctx: MentionContext, own: boolean): boolean {
  const s = ctx.sentence;
  let phrase: string | null = null;
  if (own) {
    const rest = s.slice(ctx.at, ctx.at + 120).replace(/^\S+\s*/u, '');
    const stop = rest.search(/[;]|\s\d/u);
    phrase = stop < 0 ? rest : rest.slice(0, stop);
  } else {
    const before = s.slice(Math.max(0, ctx.at - 120), ctx.at);
    const i = before.lastIndexOf('lớp');
    phrase = i < 0 ? null : before.slice(i);
  }
  if (phrase !== null && OTHER_CLASS.test(phrase)) return !POLITICAL_CLASS.test(phrase);
  if (phrase !== null && POLITICAL_CLASS.test(phrase)) return false;
  return _otherClass(s);
}
/**
 * A sentence about training that may be the Party's: not a training in skills or trade ("hội nghị tập huấn nghiệp vụ công
 * tác đảng viên … cho hơn 200 đồng chí là bí thư …", "4 lớp tập huấn kỹ năng cho 180 cán bộ công đoàn") unless it names a
 * Party-awareness or political class too.
 */
function _partyTraining(sentence: string): boolean {
  if (!TRAINING_CONTEXT.test(sentence)) return false;
  return !(SKILL_TRAINING.test(sentence) && !PARTY_CLASS_WORDS.test(sentence));
}
const SKILL_TRAINING = /(?:tập huấn|bồi dưỡng|đào tạo)\s+(?:nghiệp vụ|kỹ năng|chuyên môn|kiến thức pháp luật)/iu;
const PARTY_CLASS_WORDS = /nhận thức về Đảng|cảm tình Đảng|lý luận chính trị|đảng viên mới|đối tượng kết nạp|lớp đối tượng Đảng|BDNT/iu;

const OTHER_CLASS = /quốc phòng|tay nghề|dạy nghề|học nghề|truyền nghề|đào tạo nghề|đào tạo ngắn hạn|theo đặt hàng|nghiệp vụ|kỹ năng|pháp luật|dạy tiếng|học tiếng|tiếng (?:Mông|Anh|Hàn|Nhật|Trung|Thái|Khmer|Ê Đê|Jrai|Bahnar|dân tộc)|ngoại ngữ|tin học|an toàn(?: vệ sinh)? lao động|ATVSLĐ|AT-VSLĐ|AT, VSLĐ|PCCC|phòng cháy|phần mềm|chuyển đổi số|công nghệ thông tin|tập huấn|kỹ thuật an toàn|an toàn,? vệ sinh|bổ túc văn h(?:óa|oá)|xóa mù chữ|xoá mù chữ/iu;
/** A class about the Party or politics; "Đảng ủy", "Đảng bộ" only name who holds a class ("Đảng ủy … mở 2 lớp bổ túc văn hóa"). */
const POLITICAL_CLASS = /Đảng(?!\s+(?:ủy|uỷ|bộ)(?![\p{L}]))|chính trị|cảm tình|nhận thức|kết nạp|công tác đảng(?! vụ)/u;

/** A Youth Union body admitting, right before the figure: "chi đoàn kết nạp thêm ", "Đoàn cơ sở đã kết nạp ". */
// ("toàn Đoàn đã kết nạp ", "Năm 2017, Đoàn kết nạp ": the Youth Union by its short name, never "Công đoàn".)
const YOUTH_ADMITS = /(?<![\p{L}])(?<![Cc]ông |[Nn]ghiệp |[Ll]iên )(?:chi đoàn|cơ sở đoàn|đoàn cơ sở|Đoàn Thanh niên|Đoàn TN|Đoàn Khối|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn xã|Đoàn phường|toàn Đoàn|Đoàn(?! viên))(?![\p{L}])[^,;]{0,30}?(?<![\p{L}])kết nạp(?:\s+(?:mới|thêm|được))*\s*$/u;
/** A union body admitting, right before the figure: "nghiệp đoàn kết nạp ", "CĐCS đã kết nạp thêm ". */
/** A Party body, then its admission, at the end of the clause before a figure: "chi bộ kết nạp được ", "Đảng ủy Khối đã kết nạp ". */
const PARTY_BODY_ADMITS = /(?<![\p{L}])(?:chi bộ|Chi bộ|đảng bộ|Đảng bộ|đảng ủy|Đảng ủy|tổ chức đảng|TCCSĐ)(?![\p{L}])[^,;]{0,30}?(?<![\p{L}])kết nạp(?:\s+(?:mới|thêm|được))*\s*$/u;
const UNION_ADMITS = /(?<![\p{L}])(?:công đoàn cơ sở|công đoàn|Công đoàn|CĐCS|nghiệp đoàn|Nghiệp đoàn)(?![\p{L}])[^,;]{0,30}?(?<![\p{L}])kết nạp(?:\s+(?:mới|thêm|được))*\s*$/u;

/** A referral of members, then "kết nạp" in the same clause right before a bare "đoàn viên": "giới thiệu 96 đoàn viên, kết nạp ". */
const ADMIT_AFTER_REFERRAL = /giới thiệu\s+[\d.]+\s+(?:đoàn viên|ĐV|quần chúng)[^;.]{0,80}?(?:,|và)\s*(?:đã\s+)?kết nạp(?: được)?\s*$/iu;

/** A class named by the admission it prepares for, then "cho", right before a figure: "lớp bồi dưỡng kết nạp Đảng cho ", "lớp đối tượng kết nạp Đảng cho hơn ". */
export const CLASS_FOR_ADMISSION_BEFORE = /(?<![\p{L}])lớp\s+(?:bồi dưỡng\s+|học\s+)?(?:(?:cho\s+)?(?:đối tượng|quần chúng)\s+)?(?:để\s+)?(?:xem xét\s+)?kết nạp\s+(?:vào\s+)?Đảng\s+cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Members referred to take part in a cell's activity, right after them: " sinh hoạt tạm thời", " về sinh hoạt tại chi bộ", " chuyển sinh hoạt đảng". */
const REFERRED_TO_ACTIVITY_AFTER = /^\s*(?:(?:đi|về|đến|tới)\s+)?(?:chuyển\s+)?sinh hoạt(?![\p{L}])/iu;

/**
 * The heart of the rules. `verb` is null when nothing governs the number
 * (a bare stock: "9 chi bộ trực thuộc với 150 đảng viên" has "với").
 */
export function metricFor(noun: NounClass, verb: VerbClass | null, ctx: MentionContext): Reading | null {
  // "cho N …" names those something is for: the trainees of a class ("mở lớp bồi dưỡng cho 120 quần
  // chúng"), else the beneficiaries of a programme, a service or gifts ("tổ chức chương trình … cho
  // 2.500 công nhân", "khám sức khỏe cho 1.000 đoàn viên"), whom none of our metrics counts.
  // "kết nạp đoàn viên mới cho 64 thanh niên", "kết nạp Đảng cho 25 quần chúng": those admitted.
  let v: VerbClass = verb ?? 'stock';
  if (verb === 'benefit') {
    const before = ctx.sentence.slice(Math.max(0, ctx.at - 80), ctx.at);
    // (Not an admission that names a class: "mở 6 lớp bồi dưỡng kết nạp Đảng cho 389 quần chúng".)
    if (ADMIT_FOR_BEFORE.test(before.slice(-72)) && !CLASS_FOR_ADMISSION_BEFORE.test(before)) v = 'admit';
    else if (_partyTraining(ctx.sentence) && !_otherClassAt(ctx, false)) v = 'train';
    else return null;
  }
  // Honours are not counts of our metrics: "tặng giấy khen cho 8 tổ chức đảng, 14 đảng viên",
  // "12 TCCSĐ được Ban Thường vụ Đảng ủy Khối tặng Giấy khen".
  // (TRAILING_AWARD needs "được", any case: its "ợ" or "Ợ" first, a plain search.)
  if (v === 'award' || (_holdsO(ctx.trailing) && TRAILING_AWARD.test(ctx.trailing))) return null;
  // "Đảng ủy phối hợp với Công đoàn mở 2 lớp bổ túc văn hóa cho 64 công nhân": those a class of other knowledge is
  // held for are no trainees of ours (the class itself is read by CLASS_CONTEXT).
  if (v === 'train' && noun !== 'class' && _otherClassAt(ctx, false)) return null;
  const flowVerb = v === 'admit' || v === 'found' || v === 'develop' || v === 'increase';
  switch (noun) {
    case 'party_member':
      if (v === 'admit' || v === 'develop') return { metric: 'party_admissions', kind: 'flow' };
      // ("giới thiệu 19 đảng viên sinh hoạt tạm thời tại chi bộ nơi làm việc": members sent to take part elsewhere, no referral.)
      if (v === 'refer') return { metric: REFERRED_TO_ACTIVITY_AFTER.test(ctx.trailing) ? 'party_members' : 'referrals', kind: 'flow' };
      if (v === 'increase' || v === 'mobilize') return { metric: 'party_members', kind: 'flow' };
      if (v === 'train') return _partyTraining(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric: 'party_members', kind: 'stock' };
      return { metric: 'party_members', kind: 'stock' };
    case 'new_party_member':
      if (v === 'train' && _partyTraining(ctx.sentence)) return { metric: 'trainees', kind: 'flow' };
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
      const youth = noun === 'youth_member' || (noun === 'member' && (isYouth(ctx) || (v === 'admit' && YOUTH_ADMITS.test(_clauseBefore(ctx)))));
      const metric: Metric = youth ? 'youth_members' : 'union_members';
      if (v === 'refer') return { metric: 'referrals', kind: 'flow' };
      // "Số đoàn viên được kết nạp Đảng: 612": union members admitted to the Party.
      // "giới thiệu 96 đoàn viên, kết nạp 31 đoàn viên là công nhân": admitted to the Party, after being referred.
      if (v === 'admit' && (PARTY_ADMIT_HINT.test(ctx.trailing) || (noun === 'member' && ADMIT_AFTER_REFERRAL.test(ctx.sentence.slice(Math.max(0, ctx.at - 140), ctx.at))))) return { metric: 'party_admissions', kind: 'flow' };
      if (v === 'train') return _partyTraining(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric, kind: 'stock' };
      // ("3.215 đoàn viên được kết nạp mới", "9.762 đoàn viên được các cấp công đoàn kết nạp mới": new members of their own
      // body, no Party named.)
      if (v === 'stock' && _newMembersReading(noun, ctx.trailing, ctx) !== null) return { metric, kind: 'flow' };
      if (v === 'stock') {
        const t = _trailingReading(ctx);
        if (t && t.metric !== metric) return t;
      }
      return { metric, kind: flowVerb || v === 'mobilize' ? 'flow' : 'stock' };
    }
    case 'young_person':
      // "kết nạp đoàn viên mới cho 64 thanh niên công nhân": only an admission makes them members.
      // ("120 thanh niên công nhân tại 9 doanh nghiệp được kết nạp vào Đoàn": so does one said after them, past a place.)
      if ((v === 'admit' && /đoàn viên|vào Đoàn/iu.test(ctx.sentence)) || /kết nạp đoàn viên/iu.test(ctx.sentence) || YOUTH_JOINED_AFTER.test(ctx.sentence.slice(ctx.at, ctx.at + 140))) return { metric: 'youth_members', kind: 'flow' };
      // ("tỷ lệ thanh niên công nhân được tập hợp vào tổ chức Đoàn": those the Youth Union holds.)
      // ("mới có khoảng 1,4% thanh niên công nhân sinh hoạt đoàn tại doanh nghiệp": those who take part in it, its members.)
      if (TRAILING_JOIN_YOUTH.test(ctx.trailing) || YOUTH_ACTIVITY_AFTER.test(ctx.trailing)) return { metric: 'youth_members', kind: 'stock' };
      // ("Khoảng 32.000 thanh niên công nhân đang làm việc tại …": young people at work are a workforce.)
      return WORKING_AFTER.test(ctx.trailing) ? { metric: 'workers', kind: 'stock' } : null;
    case 'outstanding':
    case 'person':
    case 'staff': {
      if (v === 'admit') {
        if (TRAILING_JOIN_UNION.test(ctx.trailing)) return { metric: 'union_members', kind: 'flow' };
        if (noun === 'staff') return null;
        // "chi đoàn kết nạp thêm 5 em", "nghiệp đoàn kết nạp 40 người": a Youth Union or a union admits its own members.
        const clause = _clauseBefore(ctx);
        if (YOUTH_ADMITS.test(clause)) return { metric: 'youth_members', kind: 'flow' };
        if (UNION_ADMITS.test(clause)) return { metric: 'union_members', kind: 'flow' };
        // ("Đầu năm công đoàn có 620 đoàn viên, cả năm kết nạp thêm 190 người": a sentence of a union that names no Party.)
        if (noun === 'person' && UNION_BODY_NAMED.test(ctx.sentence) && !PARTY_NAMED.test(ctx.sentence)) return { metric: 'union_members', kind: 'flow' };
        return { metric: 'party_admissions', kind: 'flow' };
      }
      if (v === 'refer') return noun === 'staff' ? null : { metric: 'referrals', kind: 'flow' };
      // "công ty dự kiến tuyển thêm 2.000 người": people hired are workers.
      // (Not students enrolled, "tuyển mới 1.850 sinh viên", nor hires at a rate: "mỗi tháng tuyển mới 200 - 300 người".)
      if (v === 'increase' && noun === 'person' && HIRED_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 40), ctx.at)) && FIGURE_OF_PEOPLE.test(ctx.sentence.slice(ctx.at, ctx.at + 24))) return { metric: 'workers', kind: 'flow' };
      // (Those a class is for stay its trainees, whatever they are: "mở 38 lớp … cho 2.970 quần chúng ưu tú là
      // đoàn viên công đoàn".)
      const t = _trailingReading(ctx);
      if (t && !(v === 'train' && t.kind === 'stock')) return t;
      // "gần 800 cán bộ, giảng viên, người lao động": a staff listed with its workers is a workforce.
      // (Members if the list is said to join the union: "100% cán bộ, công chức, viên chức, người lao động đủ điều kiện
      // tham gia công đoàn".)
      if (noun === 'staff') {
        const listed = v !== 'train' ? STAFF_AND_WORKERS_AFTER.exec(ctx.trailing) : null;
        if (listed === null) return null;
        if (TRAILING_JOIN_UNION.test(ctx.trailing.slice(listed[0].length, listed[0].length + 60))) return { metric: 'union_members', kind: 'stock' };
        return { metric: 'workers', kind: v === 'increase' ? 'flow' : 'stock' };
      }
      // ("trường có hơn 6.200 sinh viên đang theo học": students of a school are no trainees of ours.)
      if (TRAILING_TRAIN.test(ctx.trailing) && v !== 'train' && STUDENTS_AT.test(ctx.sentence.slice(ctx.at, ctx.at + 32))) return null;
      if (v === 'train' || TRAILING_TRAIN.test(ctx.trailing) || (noun === 'outstanding' && _partyTraining(ctx.sentence))) {
        // (Not a class of other knowledge named after them: "45 chị em tham gia lớp truyền nghề".)
        const trailingClass = TRAILING_TRAIN.test(ctx.trailing);
        if (trailingClass && _otherClassAt(ctx, true)) return null;
        return _partyTraining(ctx.sentence) || trailingClass ? { metric: 'trainees', kind: 'flow' } : null;
      }
      // "mở 2 lớp bồi dưỡng lý luận chính trị … với 131 đồng chí tham dự": a political class's people are its trainees.
      if (CLASS_WITH_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 140), ctx.at)) && !_otherClassAt(ctx, false)) return { metric: 'trainees', kind: 'flow' };
      return null;
    }
    case 'worker': {
      if (v === 'admit') {
        if (TRAILING_ADMIT_PARTY.test(ctx.trailing)) return { metric: 'party_admissions', kind: 'flow' };
        // ("các CĐCS ở 9 hãng taxi đã kết nạp 1.034 lái xe": a union body admits them.)
        const clause = _clauseBefore(ctx);
        // ("Năm nay chi bộ kết nạp được 5 công nhân, tất cả đều do công đoàn giới thiệu": a Party cell admits to the Party.)
        if (PARTY_BODY_ADMITS.test(clause)) return { metric: 'party_admissions', kind: 'flow' };
        return UNION_CONTEXT.test(ctx.trailing) || /công đoàn/iu.test(ctx.sentence) || UNION_ADMITS.test(clause) ? { metric: 'union_members', kind: 'flow' } : { metric: 'party_admissions', kind: 'flow' };
      }
      if (v === 'refer') return { metric: 'referrals', kind: 'flow' };
      // ("38 người lao động nước ngoài tại 9 doanh nghiệp được kết nạp vào công đoàn cơ sở": joined, said past a place.)
      // ("Gần 190 người lao động ở các khu chế xuất, khu công nghiệp được kết nạp Đảng": to the Party, past places listed.)
      const joined = ctx.trailing.length < 60 ? ADMITTED_PAST_PLACE.exec(ctx.sentence.slice(ctx.at, ctx.at + 200)) : null;
      if (joined !== null) return { metric: joined[1] !== undefined ? 'party_admissions' : 'union_members', kind: 'flow' };
      // (What follows a comma is another clause: "Công ty có gần 4.000 công nhân, việc phát hiện quần chúng … đi học".)
      const t = _trailingReading({ ...ctx, trailing: ctx.trailing.split(',', 1)[0]! });
      if (t) return t;
      if (v === 'train') return _partyTraining(ctx.sentence) ? { metric: 'trainees', kind: 'flow' } : { metric: 'workers', kind: 'stock' };
      // ("Lớp cảm tình Đảng năm 2015 có 42 công nhân tham gia": the workers a political class has are its trainees.)
      if ((v === null || v === 'stock') && CLASS_WITH_BEFORE.test(ctx.sentence.slice(Math.max(0, ctx.at - 140), ctx.at)) && !_otherClassAt(ctx, false)) return { metric: 'trainees', kind: 'flow' };
      // "thu hút trên 95.000 lao động": a workforce employed, i.e. a stock.
      if (v === 'mobilize') return null;
      return { metric: 'workers', kind: v === 'increase' ? 'flow' : 'stock' };
    }
    case 'enterprise':
      return { metric: 'enterprises', kind: flowVerb || v === 'mobilize' ? 'flow' : 'stock' };
    case 'class':
      // ("mở 4 lớp bồi dưỡng cho … cán bộ CĐCS về pháp luật lao động và kỹ năng đối thoại": classes of other knowledge.)
      return CLASS_CONTEXT.test(ctx.sentence) && !_otherClassAt(ctx, true) ? { metric: 'training_classes', kind: 'flow' } : null;
    case 'trainee':
      // (Students of a course of trades or skills are none of ours: "khóa kế toán … cho 50 học viên"; nor are those
      // present at a conference, no class named: "Gần 200 học viên đã tham dự tại điểm cầu chính".)
      if (_otherClassAt(ctx, false) || (/học phí|kế toán/iu.test(ctx.sentence) && !POLITICAL_CLASS.test(ctx.sentence))) return null;
      if (/^\s*(?:đã\s+)?tham dự(?![\p{L}])/u.test(ctx.trailing) && !POLITICAL_CLASS.test(ctx.sentence) && !/(?<![\p{L}])lớp(?![\p{L}])/iu.test(ctx.sentence)) return null;
      // "đã có 31 học viên được kết nạp vào Đảng": trainees who were admitted (in their own clause: not "bồi dưỡng cho 52
      // học viên, trong đó nhiều người đã được … kết nạp", a part of them).
      return TRAILING_ADMIT_PARTY.test(_peopleClause(ctx.trailing)) ? { metric: 'party_admissions', kind: 'flow' } : { metric: 'trainees', kind: 'flow' };
  }
}
