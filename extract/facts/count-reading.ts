/**
 * Steps 4–6 of extractFacts for a count: numbers that are no count at all
 * (an article "một", the year word "năm", a threshold), then what a count
 * counts: a change against another period, a plan in brackets, the noun after
 * it, or the noun named before it.
 */
import { ATTENDANCE_LIST, ATTENDED_AFTER, BARE_ATTENDED_AFTER, AT_LEAST_AFTER, CLAUSE_CONJUNCTION, NEW_CLAUSE, AWARD_HEAD_BEFORE, BODIES_A_UNIT_HAS, CONTEST_ENTRANTS_BEFORE, CRITERION_BEFORE, CRITERION_BEFORE_ENDS, DEED_ONLY_LABEL_HEAD, GENERIC_THRESHOLD_BEFORE, NEWLY_FOUNDED_AFTER, PLAN_BEFORE, RATIO_BASE_BEFORE, SERIES_LABEL_BEFORE, TEAM_SIZE_BEFORE, TRAILING_ADMIT_PARTY, UNITS_NO_METRIC_COUNTS, YEAR_IS_BEFORE, YEAR_WORD_BEFORE, type NounClass, type VerbClass } from '../cues.js';
import { canonicalProvince } from '../gazetteer.js';
import { gated } from '../needed-words.js';
import type { NumberMention } from '../parse-number.js';
import { WordEndings } from '../word-boundary.js';
import { _firstNounIn, _lastNounIn, _nounAt, _verbAtStart } from './cue-scan.js';
import type { Draft } from './draft.js';
import type { Metric } from '../types.js';
import { NEW_GROUP_BEFORE, ORGANISATION_NOUNS, PEOPLE_METRICS, _countNamedBefore, _groupNamedBefore, _previousCount, _previousPeopleReading, _sameFamily } from './named-counts.js';
import { NOT_YET_BEFORE, PARTY_NAMED, PEOPLE_NOUNS, _newMembersReading, _trailingReading, metricFor, type MentionContext, type Reading } from './noun-verb-metric.js';

/** A count mention with what the scan has read around it so far. */
export interface CountMention {
  m: NumberMention;
  /** The sentence before and after the number. */
  left: string;
  right: string;
  /** The noun right after the number (or after the rest of a fraction, "38/46 doanh nghiệp"). */
  noun: { cls: NounClass; length: number } | null;
  /** Where the text after the noun starts. */
  trailingStart: number;
  /** The verb right before the number, and the verb that governs it (maybe inherited). */
  direct: VerbClass | null;
  verb: VerbClass | null;
  inherited: boolean;
  /** "tăng 12 đảng viên so với năm 2022". */
  comparison: boolean;
  ctx: MentionContext;
  /** The total of a "trong đó" breakdown this count is a part of. */
  parent: Reading | null;
  /** The sentence before, in the paragraph, when it gave no figure (ParagraphState.quiet). */
  quietBefore?: string | null;
}

/** What a count counts, how sure the rules are, and the verb it makes govern the numbers after it. */
export interface CountReading {
  reading: Reading | null;
  confidence: number;
  isDelta: boolean;
  /** Set when the count changes the sentence's governing verb ("tăng 9 tổ chức đảng … so với …"). */
  governs: VerbClass | null;
}

/**
 * Numbers that are no count: number words count only before a counted noun; a lone "một" is an
 * article ("từ một Đảng bộ có …"), and "năm" after "mỗi", "những", "các" is a year ("mỗi năm Đảng bộ
 * kết nạp …"); "doanh nghiệp có từ 30 lao động trở lên" is a threshold; honours listed under their
 * heading and a team's size in a story are no counts either.
 */
/** A rating said of those counted: " được xếp loại hoàn thành tốt nhiệm vụ", " khu vực doanh nghiệp đã được đánh giá, xếp loại". */
const RATED_AFTER = /^[^;.\d]{0,50}?(?<![\p{L}])(?:(?:đã\s+)?được\s+(?:đánh giá,?\s+)?xếp loại|xếp loại|hoàn thành (?:tốt|xuất sắc) nhiệm vụ)(?![\p{L}])/iu;

/**
 * An activity, then the place it was held at or the firms it was for, right before a count of firms: "tổ chức đối thoại
 * tại ", "khám sức khỏe cho công nhân ở ", "khởi kiện thay NLĐ đối với ", "kiểm tra ".
 */
const ACTIVITY_AT_FIRMS_BEFORE = /(?<![\p{L}])(?:đối thoại|khám (?:sức khỏe|sức khoẻ|bệnh)|kiểm tra|giám sát|khảo sát|thăm(?: hỏi)?|tặng quà|trao quà|khởi kiện|tập huấn|ra quân|Bữa cơm công đoàn|bữa cơm|tuyên truyền)(?![\p{L}])[^;.\d]{0,60}?(?<![\p{L}])(?:tại|ở|với|đối với|cho)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$|(?<![\p{L}])(?:kiểm tra|giám sát|khảo sát|đề nghị|làm việc (?:trực tiếp )?với)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** The last words ACTIVITY_AT_FIRMS_BEFORE ends with. */
const ACTIVITY_ENDS = new WordEndings(['tại', 'ở', 'với', 'cho', 'hơn', 'gần', 'oảng', 'trên', 'tra', 'sát', 'nghị']);

/** "khai trừ" right before a figure: "khai trừ ", "khai trừ ra khỏi Đảng ". */
const EXPELLED_BEFORE = /(?<![\p{L}])khai trừ(?:\s+(?:ra\s+)?khỏi Đảng)?\s*:?\s*$/iu;
/** A place right after a bare figure: " ở bệnh viện", " tại các doanh nghiệp FDI". */
const PLACED_AFTER = /^\s+(?:ở|tại)\s/u;

/** Inside a bracket, nothing or the parts before this one, each a figure and its place: "(", "(6 ở bệnh viện, ". */
const PLACED_PARTS_BEFORE = /\(\s*(?:\d[\d.]*\s+(?:ở|tại)\s[^,;()\d]{1,40},\s*)*$/u;

/** The reading of the count a bracket of placed parts follows ("8 tổ chức đảng (6 ở …, 2 ở …)"), or null. */
function _placedPartInBracket(left: string, drafts: readonly Draft[], first: number): Reading | null {
  const parts = PLACED_PARTS_BEFORE.exec(left.slice(-120));
  if (parts === null) return null;
  const open = left.length - parts[0].length;
  // (Past the parts already read in the bracket.)
  let i = drafts.length - 1;
  while (i >= first && drafts[i]!.mentionStart > open) i--;
  const d = i >= first ? drafts[i]! : undefined;
  if (d === undefined || d.unit !== 'count' || d.isDelta || d.mentionEnd > open || open - d.mentionEnd > 40 || /[\d;()]/u.test(left.slice(d.mentionEnd, open))) return null;
  return { metric: d.metric, kind: d.kind };
}

/** Other forms of discipline listed with their figures: "khiển trách 5", "cảnh cáo 2", "cách chức 1". */
const DISCIPLINE_FORMS_LISTED = /(?<![\p{L}])(?:khiển trách|cảnh cáo|cách chức)\s*:?\s*\d/iu;

/** People called out for a task, right before them: "huy động khoảng ", "điều động hơn " (not "vận động", said of those won over to join). */
/** A Party or political class named: "nhận thức về Đảng", "cảm tình Đảng", "lý luận chính trị", "đảng viên mới". */
const PARTY_CLASS_NAMED = /nhận thức về Đảng|cảm tình Đảng|lý luận chính trị|đảng viên mới|đối tượng kết nạp|kết nạp Đảng|chính trị/iu;
/** People put on a task, right before their figure: "bố trí ", "phân công ", "cử hơn ". */
const ASSIGNED_BEFORE = /(?<![\p{L}])(?:bố trí|phân công|cử)(?:\s+(?:hơn|gần|khoảng|trên|chừng))?\s+$/iu;
/** What they are put on, said after them: " tình nguyện", " hỗ trợ", " trực", " làm nhiệm vụ". */
const VOLUNTEERING_AFTER = /^\s*(?:(?:tình nguyện|thường trực)(?![\p{L}])|(?:hỗ trợ|trực|làm nhiệm vụ|phục vụ)\s)/iu;
const MOBILISED_FOR_TASK_BEFORE = /(?<![\p{L}])(?:huy động|điều động)(?:\s+được)?\s+(?:(?:hơn|gần|khoảng|trên|chừng)\s+)?$/iu;

/** Whether a figure opens a short slogan in quotes: '"3 tại chỗ"', '“5 không”' (the quote right before, its close soon after). */
function _opensQuotedSlogan(left: string, right: string): boolean {
  const c = left.charCodeAt(left.length - 1);
  return (c === 0x22 || c === 0x201c || c === 0x2018) && SLOGAN_CLOSE_AFTER.test(right.slice(0, 28));
}
/** The rest of a short slogan after its figure, up to the closing quote: ' tại chỗ"', ' không”'. */
const SLOGAN_CLOSE_AFTER = /^\s[^"”’\d;.,]{1,24}["”’]/u;
/** Each of a set of people put in charge of what the figure counts: "mỗi Ủy viên … phụ trách ít nhất ". */
const EACH_IN_CHARGE_BEFORE = /(?<![\p{L}])mỗi\s[^;,.\d]{0,60}?(?<![\p{L}])(?:phụ trách|kèm cặp|dìu dắt|giúp đỡ|theo dõi)(?:,?\s+(?:phụ trách|kèm cặp|dìu dắt|giúp đỡ|theo dõi))*\s+(?:(?:ít nhất|tối thiểu|từ|khoảng)\s+)?$/iu;

export function _isNotACount(c: CountMention): boolean {
  const { m, noun, direct, left, right, trailingStart } = c;
  // (The gated rules below are given windows of the sentence: they look up their words in it once.)
  const text = c.ctx.sentence;
  // "Ví dụ, một doanh nghiệp có 300 người lao động …", "Trường hợp công ty chỉ có 2 đảng viên chính thức, …": an example
  // or a case put, no figure of a real body.
  if (HYPOTHETICAL_OPENING.test(text)) return true;
  // ("Muốn kết nạp được một người phải mất một, hai năm theo dõi": the one of a purpose said in general, no real deed.)
  if (m.inWords && m.value === 1 && PURPOSE_OPENING_BEFORE.test(left)) return true;
  // "02 Công đoàn - “cánh tay nối dài”", "03 Đích đến năm 2025": a long read's chapter number before its title, a line of
  // its own (not "02 CĐCS được thành lập", an abbreviation counted).
  if (m.raw.length === 2 && m.raw.charCodeAt(0) === 0x30 && text.length < 90 && left.trim() === '' && CHAPTER_TITLE_AFTER.test(right) && !/[.;:]\s*$/u.test(text)) return true;
  // "đã tổ chức đối thoại tại 6 doanh nghiệp", "khởi kiện thay NLĐ đối với 5 doanh nghiệp": the firms where something was
  // done, no count of the firms there are (the bodies at them are: "tổ chức đảng ở 84 doanh nghiệp").
  if (noun !== null && noun.cls === 'enterprise' && ACTIVITY_ENDS.endsText(left) && ACTIVITY_AT_FIRMS_BEFORE.test(left.slice(-90))) return true;
  // ("ít nhất một CĐCS mới": a lone "một" after "ít nhất" or "tối thiểu" is a count.)
  // ("có ba đồng chí là công nhân và một đồng chí là chủ doanh nghiệp": "một" after "và" that closes a list of counts of
  // the same noun is the last count.)
  // (Words with no noun are read only as the part of a breakdown, said with "là": "trong đó gần hai nghìn là thợ lò".)
  if (m.inWords && ((!noun && !PART_IS_AFTER.test(right)) || (noun && m.value === 1 && !(direct && ONE_TAKES_VERBS.has(direct)) && !AT_LEAST_ONE_BEFORE.test(left.slice(-16)) && !(m.valueMax === undefined && ONLY_ONE_BEFORE.test(left.slice(-24)) && !SOME_PLACES_BEFORE.test(left)) && !_lastOfCounts(left, right.slice(0, noun.length))))) return true;
  // ("Chi bộ Nhà máy May 1 là chi bộ đông nhất", "Công ty TNHH Điện tử NT 2 (lô 27-29 …", "từ Chi bộ Xóm 4, xã …": the
  // number that ends a name; "mã số công nhân 02917", "mã số doanh nghiệp 4601346829": a code.)
  if (noun === null && !m.inWords && m.unit === 'count' && (_isCode(m.raw, left) || _endsName(m.raw, left, right))) return true;
  // ("49/52 CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên", "160/160 CĐCS … đã được đánh giá, xếp loại": both
  // figures of a fraction of bodies rated.)
  if ((right.charCodeAt(0) === 0x2f || left.charCodeAt(left.length - 1) === 0x2f) && RATED_AFTER.test(text.slice(trailingStart, trailingStart + 80))) return true;
  // ("chỉ chiếm khoảng 2%(1)", "khu vực này(2)": a footnote mark glued to the word or figure before it.)
  if (noun === null && m.value < 100 && right.charCodeAt(0) === 0x29 && left.length > 1 && left.charCodeAt(left.length - 1) === 0x28 && FOOTNOTE_GLUED_BEFORE.test(left.slice(-2))) return true;
  // ('thực hiện "3 tại chỗ"', 'phong trào “5 không”': the figure that opens a slogan in quotes.)
  if (_opensQuotedSlogan(left, right)) return true;
  // ("thi hành kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 2, cách chức 1, khai trừ 1": the expelled as one form of
  // discipline among others listed, a breakdown of those disciplined, not a change of the membership stated for itself.)
  if (left.includes('khai trừ') && EXPELLED_BEFORE.test(left.slice(-40)) && DISCIPLINE_FORMS_LISTED.test(left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf('.')) + 1))) return true;
  // ("4 nghiệp đoàn nghề cá trực thuộc Hội Nghề cá thị xã, với 312 đoàn viên nghiệp đoàn": fishermen's guilds the sentence
  // puts under the fisheries association, no unions of the labour federation, and their members; those a labour federation
  // founds are its unions.)
  if (noun !== null && (text.includes('Hội Nghề cá') || text.includes('hội nghề cá')) && FISHING_GUILD_AT.test(right.slice(0, noun.length + 20))) return true;
  // ("… là 73 đảng viên, không phải 37 đảng viên như bản đăng trước": a figure denied, a correction's withdrawn one.)
  if (left.includes('không phải') && DENIED_BEFORE.test(left.slice(-20))) return true;
  // ("hoàn thành thoái vốn tại cả hai doanh nghiệp", "hai doanh nghiệp này": a few firms or bodies named before, referred
  // back to, no new count.)
  if (noun !== null && m.value <= 10 && m.valueMax === undefined && BODY_OR_FIRM_NOUNS.has(noun.cls) && ((left.includes('cả', left.length - 4) && AT_ALL_OF_BEFORE.test(left.slice(-12))) || (m.inWords && REFERRED_BACK_AFTER.test(text.slice(trailingStart, trailingStart + 12))))) return true;
  // ("4 cán bộ công đoàn … được giới thiệu ứng cử đại biểu HĐND tỉnh", "kết quả sơ bộ có 19 đồng chí trúng cử": candidates and
  // those elected to a council, no count of ours.)
  if (noun !== null && CANDIDACY_AFTER.test(text.slice(trailingStart, trailingStart + 90))) return true;
  // ("tổ chức phát thẻ đảng viên cho 64 đồng chí", "trao thẻ đoàn viên cho 120 người": cards handed to members, no count.)
  // (Not those the card says were just admitted: "trao thẻ đoàn viên cho 120 người lao động mới kết nạp".)
  if (left.includes('thẻ') && CARDS_FOR_BEFORE.test(left.slice(-60)) && !/(?<![\p{L}])kết nạp(?![\p{L}])/u.test(text.slice(trailingStart, trailingStart + 40))) return true;
  // ("có 3 người con": children.)
  if (noun !== null && noun.cls === 'person' && CHILDREN_AFTER.test(right)) return true;
  // ("là 1 trong 60 đoàn viên, người lao động tiêu biểu được LĐLĐ tỉnh tặng Bằng khen": the set of those honoured one of them is in.)
  if (noun !== null && ONE_OF_SET_BEFORE.test(left.slice(-24)) && HONOURED_SET_AFTER.test(right.slice(0, 140))) return true;
  // ("số tập thể được … tặng Bằng khen không phải là 12 công đoàn cơ sở …, mà là 21 công đoàn cơ sở": the bodies a label
  // says were honoured, named before their figure.)
  if (noun !== null && left.includes('được') && HONOURED_LABEL_BEFORE.test(left.slice(-160))) return true;
  // ("huy động khoảng 300 đoàn viên thanh niên tham gia nạo vét kênh mương": people called out for a task, not a count of members.)
  // (Workers deployed, their clause ending with them, are a site's workforce: "nhà thầu huy động 2.100 lao động, trong đó …".)
  if (noun !== null && left.includes('động') && MOBILISED_FOR_TASK_BEFORE.test(left.slice(-32)) && !(noun.cls === 'worker' && /^\s*(?:[,;.]|$)/u.test(text.slice(trailingStart, trailingStart + 4)))) return true;
  // ("Lớp học do Nghiệp đoàn … đăng cai, thu hút 52 học viên": the turnout a class drew, where no Party class is named.)
  if (noun !== null && noun.cls === 'trainee' && left.includes('thu hút', left.length - 24) && /(?<![\p{L}])thu hút(?:\s+(?:được|hơn|gần|khoảng|trên))*\s+$/iu.test(left.slice(-24)) && !PARTY_CLASS_NAMED.test(text)) return true;
  // ("bố trí 20 đoàn viên thanh niên tình nguyện hỗ trợ hướng dẫn": volunteers put on a task.)
  if (noun !== null && (left.includes('bố trí', left.length - 24) || left.includes('phân công', left.length - 24) || left.includes('cử', left.length - 24)) && ASSIGNED_BEFORE.test(left.slice(-24)) && VOLUNTEERING_AFTER.test(text.slice(trailingStart, trailingStart + 40))) return true;
  // "mỗi Ủy viên Ban Thường vụ phụ trách ít nhất một doanh nghiệp": what each person is put in charge of.
  // (The last word first, then the rule; the plain words, case kept, after it: the same conjunction.)
  if (EACH_IN_CHARGE_ENDS.endsText(left) && EACH_IN_CHARGE_BEFORE.test(left.slice(-90)) && (left.includes('phụ trách') || left.includes('kèm cặp') || left.includes('dìu dắt') || left.includes('giúp đỡ') || left.includes('theo dõi'))) return true;
  // "Mỗi ca có ít nhất một đảng viên làm tổ trưởng", "bình quân mỗi chi bộ có 8 đảng viên": what each unit has, a size per
  // unit, no count of a body; not a goal set for each ("phấn đấu mỗi chi bộ có ít nhất 5 đảng viên").
  if ((left.includes('mỗi') || left.includes('Mỗi')) && EACH_UNIT_HAS_BEFORE.test(left.slice(-80)) && !_namesGoal(text)) return true;
  // "gần 3 trong 10 doanh nghiệp": the base of a proportion said in round figures.
  if ((m.value === 10 || m.value === 100 || m.value === 1000) && left.includes('trong', left.length - 12) && ROUND_BASE_OF_PROPORTION_BEFORE.test(left.slice(-40))) return true;
  // "kiểm tra khi có dấu hiệu vi phạm đối với 5 đảng viên", "thi hành kỷ luật khiển trách 1 đảng viên": those
  // inspected or disciplined.
  if (_isInspected(left)) return true;
  // "hơn 12.500 lượt người dự thi, trong đó có hơn 3.000 đảng viên …": the parts of those taking part in a contest or an event.
  // (Its "trong đó" ends the text: a cheap test first. "trong" found from L - 31 on is `lastIndexOf('trong') > L - 32`,
  // without a scan of the whole text when it is not there.)
  if (left.length > 20 && left.includes('trong', left.length - 31) && PARTS_OF_PARTICIPANTS_BEFORE.test(left.slice(-90))) return true;
  // "Ban Chấp hành gồm 7 đồng chí": the size of a committee; "Số lượng ủy viên Ban Chấp hành CĐCS dưới 30 đoàn viên không
  // quá 3 người; …": the rules for it, thresholds and sizes alike.
  if ((COMMITTEE_BEFORE_ENDS.endsText(left) && COMMITTEE_BEFORE.test(left.slice(-72))) || (COMMITTEE_SIZE_RULE.test(text, text) && text.includes('ủy viên'))) return true;
  // "khảo sát … với 500 công nhân tại 8 doanh nghiệp", "phát phiếu hỏi ý kiến 300 công nhân": those a survey
  // asked (not what one found: "theo khảo sát của Công đoàn KKT, hiện vẫn còn 19 doanh nghiệp …").
  if (_surveyed(left)) return true;
  // "Các đoàn viên được hỗ trợ lần này gồm chị …; cùng 2 đoàn viên ở CĐCS trường học": the people a gift or an aid
  // went to, listed.
  if (noun !== null && _opensWithRecipients(left)) return true;
  // "trong đó có 3 đồng chí nhận Huy hiệu 50 năm tuổi Đảng", "cả 3 đảng viên có vi phạm": people honoured, or found at
  // fault, said after them.
  // (Not those struck off for it: "xóa tên 9 đảng viên vi phạm tư cách đảng viên".)
  if (noun !== null && (PEOPLE_NOUNS.has(noun.cls) || noun.cls === 'party_member') && (direct === null || direct === 'stock') && HONOURED_OR_AT_FAULT_AFTER.test(text.slice(trailingStart, trailingStart + 40))) return true;
  // "nhiều chi bộ chỉ có từ 3 đến 5 đảng viên", "nhiều điểm bưu điện chỉ có 1 nhân viên": the size of each of many units.
  if (left.length > 12 && left.includes('có', left.length - 22) && _mayBeMany(left.slice(-96)) && MANY_UNITS_HAVE_BEFORE.test(left.slice(-96))) return true;
  // "CĐCS được thành lập khi có từ 5 đoàn viên", "Khi đã đủ 3 đảng viên chính thức, …", "phải có hai đảng viên chính thức
  // giới thiệu": a condition the rules set, no count.
  if (noun !== null && CONDITION_ENDS.endsText(left) && CONDITION_BEFORE.test(left.slice(-80))) return true;
  if (noun !== null && SPONSORING_AFTER.test(text.slice(trailingStart, trailingStart + 30)) && SPONSORS_REQUIRED_BEFORE.test(left.slice(-24))) return true;
  // "Như vậy, với 25 lao động, công ty của anh hoàn toàn đủ điều kiện thành lập công đoàn cơ sở": a case weighed against
  // the rules.
  if (noun !== null && left.length < 40 && CASE_AGAINST_RULES_BEFORE.test(left) && CASE_AGAINST_RULES_AFTER.test(text.slice(trailingStart, trailingStart + 120))) return true;
  // "Cả 4 đồng chí đều là tổ trưởng sản xuất": all of a group just counted, restated.
  if (noun !== null && left.length < 12 && /^\s*cả\s+$/iu.test(left) && /^\s*đều(?![\p{L}])/u.test(text.slice(trailingStart, trailingStart + 8))) return true;
  // "hơn 500 đoàn viên thanh niên, lực lượng vũ trang cùng nhân dân trồng 3.000 cây": those who turned out with the
  // people for an event.
  if (noun !== null && text.includes('cùng', trailingStart) && WITH_THE_PEOPLE_AFTER.test(text.slice(trailingStart, trailingStart + 80))) return true;
  // "được cử đi học lớp cảm tình Đảng cùng 4 công nhân khác": companions of someone, no count.
  if (noun !== null && OTHERS_AFTER.test(text.slice(trailingStart, trailingStart + 8)) && /(?<![\p{L}])cùng(?:\s+với)?\s+$/iu.test(left.slice(-12))) return true;
  // "làm 4 công nhân bị vùi lấp", "sơ tán hơn 800 công nhân": victims of an accident, those evacuated in a drill.
  if (noun !== null && (HARMED_AFTER.test(text.slice(trailingStart, trailingStart + 24)) || (EVACUATED_ENDS.endsText(left) && EVACUATED_BEFORE.test(left.slice(-24))))) return true;
  // "mạng lưới an toàn vệ sinh viên 54 người": the members of a safety network, no count of ours.
  if (noun !== null && (left.includes('mạng lưới') || left.includes('Mạng lưới')) && SAFETY_NETWORK_BEFORE.test(left.slice(-80))) return true;
  // "khi doanh nghiệp dự kiến cắt giảm 1.200 lao động": workers to be laid off are no count (those laid off are a change of
  // the workforce: "đã cắt giảm hơn 8.000 lao động").
  if (noun !== null && LAID_OFF_ENDS.endsText(left) && LAID_OFF_BEFORE.test(left.slice(-32)) && LAY_OFF_PLANNED_BEFORE.test(left.slice(-56))) return true;
  // "ký kết thỏa thuận ưu đãi với 08 doanh nghiệp cung cấp dịch vụ": the partners of a deal for members.
  if (noun !== null && noun.cls === 'enterprise' && left.includes('với', left.length - 24) && PARTNER_FIRMS_BEFORE.test(left.slice(-80))) return true;
  // ("hơn 1.500 công nhân là F1 phải đi cách ly", "hơn 21.000 đoàn viên, người lao động bị nhiễm COVID-19", "4.500 công nhân …
  // được tiêm mũi 1", "126 ĐV … tham gia trực tại các chốt": people counted by what an
  // epidemic did to them or asked of them, no workforce or membership.)
  if (noun !== null && (PEOPLE_NOUNS.has(noun.cls) || noun.cls === 'party_member') && _mayTellEpidemic(text.slice(trailingStart, trailingStart + 90)) && EPIDEMIC_STATUS_AFTER.test(text.slice(trailingStart, trailingStart + 90))) return true;
  // ("đào tạo nghề cho 26.400 người", "đưa 6.800 người đi làm việc ở nước ngoài": those trained in a trade or sent to work
  // abroad, no workforce of the province's firms.)
  if (noun !== null && (noun.cls === 'worker' || noun.cls === 'person') && ((left.includes('nghề', left.length - 40) && TRADE_TRAINEES_BEFORE.test(left.slice(-40))) || WORK_ABROAD_AFTER.test(text.slice(trailingStart, trailingStart + 60)))) return true;
  // ("có nhu cầu tuyển dụng khoảng 12.500 lao động", "cần tuyển thêm 1.500 công nhân", "đăng ký tuyển 1.740 lao động": jobs to
  // fill, no workforce.)
  if (noun !== null && (noun.cls === 'worker' || noun.cls === 'person') && (left.includes('tuyển', left.length - 90) || left.includes('cần', left.length - 90) || left.includes('nhu cầu', left.length - 90)) && (RECRUITING_BEFORE.test(left.slice(-40)) || DEMAND_NAMED_BEFORE.test(left.slice(-90).replace(PERIOD_DIGITS, 'Y')))) return true;
  // ("Đồng hành cùng chương trình còn có 300+ tình nguyện viên … và 12 doanh nghiệp vận tải": the firms that back an event.)
  if (noun !== null && noun.cls === 'enterprise' && (left.includes('đồng hành', left.length - 120) || left.includes('Đồng hành', left.length - 120) || left.includes('tài trợ', left.length - 120)) && SPONSOR_FIRMS_BEFORE.test(left.slice(-120))) return true;
  // "Tính chung 5 CĐCS kể trên", "3 đảng bộ cao su, cà phê kể trên": the bodies just listed, counted again as a group.
  // (Not the total a breakdown restates: "trong 38 TCCS đảng nói trên có 11 đảng bộ cơ sở, 27 chi bộ cơ sở".)
  if (noun !== null && ORGANISATION_NOUN_CLASSES.has(noun.cls) && LISTED_ABOVE_AFTER.test(text.slice(trailingStart, trailingStart + 40)) && !/(?<![\p{L}])trong(?:\s+số)?\s+$/iu.test(left.slice(-12))) return true;
  // "5 CĐCS nhận Bằng khen", "12 chi bộ được tặng Giấy khen": bodies honoured.
  if (noun !== null && ORGANISATION_NOUN_CLASSES.has(noun.cls) && BODIES_HONOURED_AFTER.test(text.slice(trailingStart, trailingStart + 40))) return true;
  // "kèm cặp 12 công nhân mới vào nghề": those a worker mentors are no workforce.
  if (noun !== null && PEOPLE_NOUNS.has(noun.cls) && (left.includes('kèm') || left.includes('nghề')) && MENTORED_BEFORE.test(left.slice(-40))) return true;
  // "có thêm 15 doanh nghiệp đạt tiêu chuẩn Xanh - Sạch - Đẹp": those rated to a standard (not "đạt tiêu chuẩn thành lập").
  // ("có 28 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 29,2%), 59 hoàn thành tốt nhiệm vụ", "2.418 ĐV đủ tư cách
  // hoàn thành tốt nhiệm vụ", "836 công đoàn cơ sở đạt "Công đoàn cơ sở vững mạnh"": those rated, bare figures too.)
  // (The words looked up in the window the rule reads, not in the rest of the sentence: a sentence of many figures would
  // be read again for each.)
  const ratedWindow = text.slice(trailingStart, trailingStart + 60);
  if ((ratedWindow.includes('đạt') || ratedWindow.includes('xếp loại') || ratedWindow.includes('hoàn thành') || ratedWindow.includes('tư cách') || ratedWindow.includes('TSVM') || ratedWindow.includes('HT')) && RATED_TO_STANDARD_AFTER.test(ratedWindow)) return true;
  // (In a sentence that reports ratings, the lower grades too: "132 công đoàn cơ sở hoàn thành nhiệm vụ; 42 công đoàn cơ sở
  // không xếp loại", "214 công đoàn cơ sở đạt khá". The anchored window first, the sentence only then.)
  if (RATED_PLAIN_AFTER.test(ratedWindow) && RATING_REPORTED.test(text)) return true;
  // "- TCCSĐ đạt TSVM: 36/41": a rating under a label.
  if (left.includes(':', left.length - 48) && RATED_LABEL_BEFORE.test(left.slice(-48))) return true;
  // "Đảng bộ xếp thứ 2/9 đảng bộ trực thuộc": a rank and the field it is taken in.
  if (_lastVisibleIs(left, 0x2f) && RANK_OF_BEFORE.test(left.slice(-24))) return true;
  // "14 tổ chức cơ sở đảng và 36 đảng viên được Đảng ủy Khối tặng giấy khen": an honour said after the next of a pair.
  if (noun !== null && AWARDED_WITH_NEXT_AFTER.test(text.slice(trailingStart, trailingStart + 140))) return true;
  // "gần 400 công nhân mới có 1 đảng viên": a ratio said without "cứ", both its figures.
  if (_inBareRatio(m.value, left, right)) return true;
  // "bình quân 1 đảng viên/98 lao động", "chỉ tiêu … là 1 đảng viên/100 lao động": one member per so many workers, a ratio.
  if ((m.value === 1 && ONE_PER_WORKERS_AFTER.test(right)) || (left.includes('/', left.length - 3) && ONE_PER_BEFORE.test(left.slice(-24)) && WORKERS_AFTER.test(right))) return true;
  // "cứ 100 công nhân thì có 2 đảng viên": the base of a ratio, and what each base holds.
  // (RATIO_PART_BEFORE holds "cứ": the plain test for it before is gone.)
  if ((RATIO_BASE_ENDS.endsText(left) && RATIO_BASE_BEFORE.test(left.slice(-28))) || (RATIO_PART_ENDS.endsText(left) && RATIO_PART_BEFORE.test(left.slice(-90)))) return true;
  // "như vậy còn thiếu 336 đảng viên": the gap to a target, no count.
  if (SHORTFALL_BEFORE_ENDS.endsText(left) && SHORTFALL_BEFORE.test(left.slice(-24))) return true;
  // "Còn 13 đảng viên nữa mới đạt chỉ tiêu": the gap to a target, said the other way round.
  if (/(?<![\p{L}])còn\s+$/iu.test(left.slice(-8)) && STILL_NEEDED_AFTER.test(right.slice(0, 60))) return true;
  // "đại diện 11 tổ chức đảng doanh nghiệp đã tham luận": delegates of bodies at an event (not "đại diện cho").
  if (noun !== null && BODY_NOUNS.has(noun.cls) && DELEGATES_ENDS.endsText(left) && /(?<![\p{L}])đại diện\s+(?:của\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu.test(left.slice(-24))) return true;
  // "không giới thiệu được một đoàn viên nào": not one.
  if (m.inWords && m.value === 1 && noun && /^\s*nào(?![\p{L}])/u.test(text.slice(trailingStart))) return true;
  if (m.inWords && /^năm/iu.test(m.raw) && (YEAR_WORD_BEFORE.test(left.slice(-16)) || YEAR_IS_BEFORE.test(left.slice(-40)))) return true;
  // (The rarest test, gated by "trở lên", first.)
  if (noun && AT_LEAST.test(text.slice(trailingStart, trailingStart + 48), text) && CRITERION_BEFORE_ENDS.endsText(left) && CRITERION_BEFORE.test(left.slice(-60))) return true;
  // (GENERIC_THRESHOLD_BEFORE ends with "từ " or "trên ". A size is of people: "Thanh Hóa, nơi có trên 400 doanh
  // nghiệp FDI" describes a place by its firms.)
  if (noun && noun.cls !== 'enterprise' && (left.endsWith('từ ') || left.endsWith('trên ') || left.endsWith('dưới ')) && GENERIC_THRESHOLD_BEFORE.test(left.slice(-70))) return true;
  // "đây là một trong hai đảng bộ …": the size of a set one thing belongs to.
  // (Not a set named by what was done to its members: "anh là một trong hai công nhân của công ty được kết nạp vào
  // Đảng", "một trong ba đảng viên mới mà chi bộ … kết nạp": the admissions, the founding or the class counted.)
  if (ONE_OF_BEFORE.test(left.slice(-16)) && !(noun !== null && ONE_OF_DEED_AFTER.test(text.slice(trailingStart, trailingStart + 100)))) return true;
  // "có trụ sở tại Km 1447, Quốc lộ 1A", "lô số 12": a place in an address.
  if (noun === null && ADDRESS_MARK_BEFORE.test(left.slice(-16))) return true;
  // "12 đội thi của 12 công đoàn cơ sở": the bodies a contest's entrants come from.
  if (noun && _mayNameEntrants(left.slice(-48)) && CONTEST_ENTRANTS_BEFORE.test(left.slice(-48))) return true;
  // "- Bằng khen của LĐLĐ tỉnh: 25 CĐCS …": honours listed under their heading.
  if (left.includes(':') && AWARD_HEAD_BEFORE.test(left)) return true;
  // "Hơn 600 công nhân, người lao động mang theo vali, thùng quà, xếp hàng lên những chiếc xe …", "1.200 công nhân về quê ăn
  // Tết": those a union takes home are its welfare's travellers, no workforce.
  // (Not what else is said of them first: "mới có 2 người được kết nạp, vì hồ sơ lý lịch phải gửi về quê xác minh".)
  const travel = noun !== null && (noun.cls === 'worker' || noun.cls === 'person') ? TRAVELLERS_AFTER.exec(text.slice(trailingStart, trailingStart + 120)) : null;
  if (travel !== null && !DONE_TO_THEM.test(travel[0])) return true;
  // "tặng Giấy khen cho Chi bộ và 5 đảng viên có thành tích", "với sự tham dự của đại diện Huyện ủy, … và 80 đảng viên":
  // the last of those an honour or a presence lists.
  if (noun !== null && (left.includes('và') || left.includes(',')) && LISTED_HONOURED_OR_PRESENT_BEFORE.test(left.slice(-160))) return true;
  // "giới thiệu 2 đảng viên tham gia Ban Chấp hành công đoàn": candidates for a committee, not for the Party.
  if (noun !== null && COMMITTEE_CANDIDATES_AFTER.test(text.slice(trailingStart, trailingStart + 60))) return true;
  // "số đảng viên được trao Huy hiệu Đảng là 8": those honoured, named before a bare figure.
  if (noun === null && left.includes('được') && AWARDED_LABEL_BEFORE.test(left.slice(-120))) return true;
  // "xảy ra 2 vụ ngừng việc tập thể tại 2 công ty với khoảng 3.500 người tham gia": the firms and people of a strike.
  if (_strikeBefore(text, m.start)) return true;
  // "Cùng dự có … đại diện 35 doanh nghiệp": whatever a list of those present counts (people below).
  // (Not the bodies delegates stand for: "Dự đại hội có 150 đại biểu, đại diện cho gần 1.700 đảng viên của 41 tổ chức cơ sở đảng".)
  if (noun !== null && !PEOPLE_NOUNS.has(noun.cls) && noun.cls !== 'party_member' && ATTENDANCE_LIST.test(text) && !/(?:đại diện|thay mặt) cho/iu.test(left)) return true;
  // "đối thoại với 120 doanh nghiệp FDI tham dự": the firms present at an event.
  if (noun !== null && noun.cls === 'enterprise' && /^\s*(?:FDI\s+|ngoài nhà nước\s+)?(?:đã\s+|cùng\s+)?tham dự\s*(?:[;,.)]|$)/u.test(text.slice(trailingStart, trailingStart + 40))) return true;
  // (Young people too: "thu hút khoảng 1.200 thanh niên công nhân … tham gia".)
  if (noun === null || (!PEOPLE_NOUNS.has(noun.cls) && noun.cls !== 'party_member' && noun.cls !== 'young_person')) return false;
  // "tổ trưởng tổ fillet cá với 40 người", "mỗi ca có khoảng 300 công nhân": a team's size in a story.
  // (Not those of it said to be members: "trong 126 tổ trưởng chuyền của công ty có 38 người là đảng viên".)
  // (Not a workforce told unit by unit: "Công nhân làm việc theo 3 ca: ca sáng 1.520 người, ca chiều 1.410 người …".)
  if (TEAM_NOUNS.has(noun.cls) && TEAM_SIZE_BEFORE.test(left.slice(-64)) && !MEMBERS_ARE_AFTER.test(text.slice(trailingStart, trailingStart + 30)) && !_isWorkforceUnitItem(text, m.start)) return true;
  // "đội văn nghệ gồm 25 nữ đoàn viên công đoàn": the members of a troupe or a club are no count of the body's.
  if (ENSEMBLE_ENDS.endsText(left) && (left.includes('đội') || left.includes('Đội') || left.includes('câu lạc bộ') || left.includes('CLB')) && ENSEMBLE_BEFORE.test(left.slice(-72))) return true;
  // "Hơn 1.000 đoàn viên … đã tham dự buổi lễ", "Dự có … và hơn 300 công nhân": people present, unless
  // they are those the delegates stand for ("đại diện cho hơn 2.300 đảng viên").
  const represented = REPRESENTED_ENDS.endsText(left) && REPRESENTED_BEFORE.test(left.slice(-32));
  // (The window runs past the next figure: "tham dự 02 lớp cảm tình Đảng" is a class, its attendees trainees.)
  const after = text.slice(trailingStart, trailingStart + 140);
  // (Lower-cased once for the plain tests of the words two rules below need.)
  const afterLower = after.toLowerCase();
  // ("mở 2 lớp … với 131 đồng chí tham dự": a class's attendees are its trainees.)
  // (The anchored test of the words after first: it is the cheaper one.)
  const classAttendees = ATTENDING_AFTER.test(after) && CLASS_WITH_ENDS.endsText(left) && CLASS_WITH_BEFORE.test(left.slice(-140));
  if (!represented && !classAttendees && ((_mayTellAttendance(afterLower) && (ATTENDED_AFTER.test(after) || BARE_ATTENDED_AFTER.test(after) || (TAKING_PART_AFTER.test(after) && !text.includes('lớp')))) || ATTENDANCE_LIST.test(text))) return true;
  // "chi bộ có 14 đảng viên nhưng chỉ có 5 - 6 đồng chí dự sinh hoạt": those at a meeting, said right after them.
  if (/^\s*(?:đã\s+|đều\s+|thường\s+)?(?:dự|tham dự|có mặt)\s+(?:buổi\s+)?sinh hoạt(?![\p{L}])/u.test(after)) return true;
  // ("có mặt: 1.102 đoàn viên; vắng mặt: 146 đoàn viên (có lý do: 139, không lý do: 07)": those present or absent under
  // a minute's labels.)
  if (left.includes(':', left.length - 24) && PRESENCE_LABEL_BEFORE.test(left.slice(-24))) return true;
  // "27/29 đảng viên tham dự, 2 đảng viên vắng mặt có lý do": those absent.
  if (/^\s*(?:đã\s+)?vắng(?:\s+mặt)?(?![\p{L}])/u.test(after)) return true;
  // "5 đợt ra quân tình nguyện với sự tham gia của hơn 300 đoàn viên, thanh niên", "đối thoại với hơn 400
  // đoàn viên, công nhân": those taking part.
  if (left.length > 16 && PARTICIPANTS_ENDS.endsText(left) && PARTICIPANTS_BEFORE.test(left.slice(-40))) return true;
  // "cử 11 người lao động làm đại diện đối thoại": those chosen to speak for the others.
  if (DELEGATE_AFTER.test(after) && DELEGATED_BEFORE.test(left.slice(-24))) return true;
  // "lập danh sách 1.260 đoàn viên có nhu cầu thuê, mua nhà ở xã hội": those in need of something, no count of a body's.
  if (NEEDING_AFTER.test(after)) return true;
  // "Công ty tôi có 9 anh chị em đi thi": those who entered a contest.
  if (ENTERED_CONTEST_AFTER.test(after)) return true;
  // "cử khoảng 15 công nhân giỏi sang Nhật tu nghiệp": those sent abroad on a traineeship.
  if (after.includes('tu nghiệp') && TRAINEESHIP_AFTER.test(after)) return true;
  // "hơn 1.200 công nhân Công ty … đồng loạt ngừng việc": those on strike.
  // (Its own window: the firm's name and address in a bracket may stand between them.)
  if (_mayStrike(afterLower) || (after.length === 140 && _mayStrike(text.slice(trailingStart + 130, trailingStart + 240).toLowerCase()))) {
    if (STRIKING_AFTER.test(text.slice(trailingStart, trailingStart + 240))) return true;
  }
  // "hơn 200 đoàn viên, thanh niên đã ra quân dọn vệ sinh …": those turned out for a campaign.
  // (Not the last of a list of what a body has: "Đoàn Khối có 52 cơ sở đoàn, 1.903 đoàn viên thanh niên, ra quân …".)
  if (TURNED_OUT_AFTER.test(after) && !LISTED_AFTER_STOCK.test(left.slice(left.lastIndexOf(';') + 1))) return true;
  // "kéo dài 2 ngày với hơn 700 công nhân tham gia, …": those taking part (not "tham gia công đoàn", and not
  // a class's: "mở 4 lớp … với 185 quần chúng tham gia" are its trainees).
  // (And "350 công nhân và cán bộ quản lý tham gia.": others who took part with them.)
  if (/^\s*(?:(?:và|cùng)\s+[^,;.\d]{1,30}?\s+)?(?:đã\s+|cùng\s+)?tham gia\s*(?:[,.;)]|$)/u.test(after) && !/(?<![\p{L}])lớp(?![\p{L}])/iu.test(left)) return true;
  // "Ngày hội … thu hút hơn 2.000 đoàn viên, thanh niên tham gia": drawn to an event.
  // ("Chương trình thu hút ~500 công nhân đến từ các doanh nghiệp chế biến thủy sản, may mặc trên địa bàn tham gia.")
  // ("… thu hút khoảng 1.200 thanh niên công nhân đang làm việc tại các doanh nghiệp trong khu công nghiệp và các cụm công
  // nghiệp lân cận tham gia": however far the taking part is said.)
  if ((DRAWN_ENDS.endsText(left) || left.endsWith('~')) && DRAWN_BEFORE.test(left.slice(-24)) && (/^[^;.]{0,180}?tham gia(?:\s*(?:[.;,]|$)|\s+(?:với|cùng|các|nhiều))/iu.test(text.slice(trailingStart, trailingStart + 200)) || EVENT_WORD.test(text, text))) return true;
  // "Cuộc thi … có 40 thí sinh thì 11 người là đoàn viên", "Đội hình … gồm 45 đoàn viên": those of an event or a team.
  if (EVENT_SUBJECT.test(text.slice(text.lastIndexOf(';', m.start) + 1))) return true;
  return false;
}

/** What those admitted to or referred to the Party were before: Youth Union or union members, workers, young people. */
const FORMER_GROUP_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['youth_member', 'union_member', 'member', 'worker', 'young_person', 'outstanding']);

/** What opens a part of a list of members named by trade: "gồm ", "trong đó có ", ", ", "và " (not "/" or "trên"). */
const TRADE_PART_BEFORE = /(?:(?<![\p{L}])(?:gồm(?: có)?|trong đó(?: có)?|và)|,)\s+(?:(?:hơn|gần|khoảng)\s+)?$/u;

/** " là " right after a figure in words: the part of a breakdown it names ("trong đó gần hai nghìn là thợ lò"). */
const PART_IS_AFTER = /^\s+là(?![\p{L}])/u;

/** "Trong số này, ", "Trong số đó có ": the group just counted, at the head of a sentence. */
const AMONG_THESE_BEFORE = /^\s*trong số (?:này|đó|trên)\s*,?\s*(?:có\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** "lao động nữ 71.947 người", "lao động ngoại tỉnh trên 35.000 người": a people noun and a word or two that qualify it, right before the figure. */
function _qualifiedNounBefore(left: string, verb: VerbClass | null, ctx: MentionContext): Reading | null {
  const tail = left.slice(-48);
  const named = _lastNounIn(tail);
  if (named === null || !QUALIFIED_PEOPLE.has(named.cls)) return null;
  if (!QUALIFIER_ONLY.test(tail.slice(named.end))) return null;
  return metricFor(named.cls, verb ?? 'stock', ctx);
}

/** A bare figure of women or men among those counted, ending its part: " là nữ;", " nữ.", " người là nam,". */
const SEX_PART_AFTER = /^\s*(?:người\s+)?(?:(?:đều\s+)?là\s+)?(?:nữ|nam)(?![\p{L}])\s*(?:[,;.)]|và(?![\p{L}])|$)/u;

/** Nouns of people a qualified count names. */
const QUALIFIED_PEOPLE: ReadonlySet<NounClass> = new Set<NounClass>(['worker', 'party_member', 'union_member', 'youth_member', 'member']);

/** A word of sex, origin or age qualifying a noun, then a hedge at most: " nữ ", " nước ngoài ", " ngoại tỉnh trên ". */
const QUALIFIER_ONLY = /^\s+(?:nữ|nam|là nữ|nước ngoài|người nước ngoài|ngoại tỉnh|ngoài tỉnh|trong tỉnh|địa phương|dân tộc thiểu số|người dân tộc thiểu số|trẻ|dưới 30 tuổi|dưới 35 tuổi)(?:\s+(?:hơn|gần|khoảng|trên|chừng))?\s+$/u;

/**
 * A later year's step of a series, right before its figure: ", năm 2021 dù … vẫn tăng lên ", "; năm cao nhất là 2022 với ".
 * Not a count named again ("đến năm 2023 số đảng viên tăng lên ").
 */
const SERIES_STEP_BEFORE = /(?:(?<![\p{L}])năm\s+(?:19|20)\d{2}(?:(?!\s(?:số|tổng số)\s)[^,;.]){0,60}?(?<![\p{L}])(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+còn)?|(?<![\p{L}])năm\s+(?:cao|thấp)\s+nhất\s+(?:là\s+)?(?:năm\s+)?(?:19|20)\d{2}\s+(?:với|có|là))\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A change's end and the states after it, each with its year, up to the next: " lên 101 (năm 2021), 107 (năm 2022), ", " lên 101 năm 2021 và ". */
const CHANGE_CHAIN_BEFORE = /(?<![\p{L}])(?:tăng|giảm)?\s*lên\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*(?:\s*\([^()]{0,30}\)|\s+(?:năm|vào)\s[^,;()]{0,20})(?:\s*,\s*\d[\d.,]*(?:\s*\([^()]{0,30}\)|\s+(?:năm|vào)\s[^,;()]{0,20}))*\s*(?:,|và)\s*$/iu;

/** The stock a flow of people changes: those admitted to the Party are Party members, new union members union members. */
const FLOW_OF_MEMBERS: Partial<Record<Reading['metric'], Reading['metric']>> = {
  party_admissions: 'party_members',
  union_members: 'union_members',
  youth_members: 'youth_members',
};

/** People a body has are its members: "chi bộ có 5 đồng chí" counts Party members, "công ty có 230 người" workers. */
const MEMBERS_OF: Partial<Record<Reading['metric'], Reading['metric']>> = {
  party_organizations: 'party_members',
  union_grassroots: 'union_members',
  youth_organizations: 'youth_members',
  enterprises: 'workers',
  // ("Lớp cảm tình Đảng năm 2015 có 42 người": the people of classes are their trainees.)
  training_classes: 'trainees',
};

function _membersOf(reading: Reading | null): Reading | null {
  const members = reading === null ? undefined : MEMBERS_OF[reading.metric];
  return members === undefined ? reading : { metric: members, kind: reading!.kind };
}

/**
 * A sentence that puts an example or a case of a body: "Ví dụ, một doanh nghiệp có …", "Chẳng hạn, một doanh nghiệp chỉ
 * có …", "Giả sử một công ty …", "Trường hợp công ty chỉ có …", "Nếu doanh nghiệp có …". Not a real body's case
 * ("Trường hợp Công ty TNHH Hòa Bình …", a name), nor a comparison ("Nếu như năm 2015 …").
 */
const HYPOTHETICAL_OPENING = /^\s*(?:(?:ví dụ|chẳng hạn|giả sử|giả định|giả dụ)\s*(?:như\s*)?[,:]?\s*(?:(?:nếu|trường hợp)\s+)?(?:có\s+)?một|(?:trường hợp|nếu)\s+(?:một\s+)?(?=(?:công ty|doanh nghiệp|DN|đơn vị|cơ sở|chi bộ|tổ chức|công đoàn cơ sở|CĐCS)\s+(?:chỉ\s+|mới\s+)?(?:có|sử dụng|dưới|chưa)(?![\p{L}])))\s*(?:công ty|doanh nghiệp|DN|đơn vị|cơ sở|chi bộ|tổ chức|công đoàn cơ sở|CĐCS|nhà máy|hợp tác xã|HTX)(?![\p{L}])/iu;

/** A sentence that opens with a purpose, up to its figure: "Muốn kết nạp được ", "Để giới thiệu ". */
const PURPOSE_OPENING_BEFORE = /^\s*(?:Muốn|Để)\s+(?:kết nạp|giới thiệu|phát triển|thành lập|bồi dưỡng)(?:\s+(?:được|thêm|mới))*\s+$/u;

/** A title in sentence case after a chapter's number: " Công đoàn", " Đích đến". */
const CHAPTER_TITLE_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/** Those counted made representatives, right after them: " làm đại diện", " là người đại diện". */
const DELEGATE_AFTER = /^\s*(?:làm|là)\s+(?:người\s+)?đại diện(?![\p{L}])/u;
/** A choice of people right before them: "cử ", "bầu ra ", "chọn khoảng ". */
const DELEGATED_BEFORE = /(?<![\p{L}])(?:cử|bầu|chọn)(?:\s+(?:ra|được))?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** Those counted said to need or apply for something, right after them: " có nhu cầu thuê, mua nhà ở", " đăng ký mua nhà". */
const NEEDING_AFTER = /^\s*(?:(?:đang|đã)\s+)?(?:có nhu cầu|đăng ký (?:thuê|mua|nhận)|chưa có (?:nhà|chỗ ở))(?![\p{L}])/u;
/** Those counted entering a contest, right after them: " đi thi", " dự thi", " tham gia dự thi". */
const ENTERED_CONTEST_AFTER = /^\s*(?:(?:đã|cùng|đều)\s+)?(?:đi thi|dự thi|tham gia (?:dự\s+)?thi)(?![\p{L}])/u;

/** A strike after the people counted, in their clause: " Công ty … đồng loạt ngừng việc", " đình công". */
const STRIKING_AFTER = new RegExp(String.raw`^(?:\([^()]*\)|,\s+(?=\p{Ll})(?!${CLAUSE_CONJUNCTION})|[^,;.(]){0,100}?(?<![\p{L}])(?:ngừng việc|đình công|lãn công|bãi công|không vào (?:xưởng|nhà máy|ca|làm)|bỏ về|tụ tập)(?![\p{L}])`, 'iu');

/** Whether `t`, a text in lower case, holds a word STRIKING_AFTER needs (cheaper than its lazy scan). */
function _mayStrike(t: string): boolean {
  return t.includes('ngừng việc') || t.includes('đình công') || t.includes('lãn công') || t.includes('bãi công') || t.includes('không vào') || t.includes('bỏ về') || t.includes('tụ tập');
}

/** What is still needed to meet a target: " đảng viên nữa mới đạt chỉ tiêu", " người nữa là hoàn thành". */
const STILL_NEEDED_AFTER = /^[^,;.]{0,30}?\snữa\s+(?:(?:thì|là|mới|sẽ)\s+)*(?:đạt|hoàn thành|về đích|bằng)(?![\p{L}])/iu;

/** Nouns of bodies: enterprises and Party, union and Youth Union organisations. */
const BODY_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['enterprise', 'party_org', 'union_org', 'youth_org']);

/** Whether `text` holds a word CONTEST_ENTRANTS_BEFORE needs (cheaper than its alternation at every position). */
/** The last words CONTEST_ENTRANTS_BEFORE ends with. */
const ENTRANTS_ENDS = new WordEndings(['của', 'từ', 'thuộc']);

function _mayNameEntrants(text: string): boolean {
  if (!ENTRANTS_ENDS.endsText(text)) return false;
  const t = text.toLowerCase();
  return t.includes('đội') || t.includes('thí sinh') || t.includes('vận động viên') || t.includes('vđv') || t.includes('tiết mục');
}

/** Whether `t`, a text in lower case, holds a word ATTENDED_AFTER needs ("dự", "có mặt", "cổ vũ", "chung vui", …). */
function _mayTellAttendance(t: string): boolean {
  return t.includes('dự') || t.includes('có mặt') || t.includes('cổ vũ') || t.includes('tham gia') || t.includes(' vui') || t.includes('chứng kiến') || t.includes('chúc mừng') || t.includes('động viên') || t.includes('thăm hỏi');
}

/** Nouns a team's size is counted in: people and workers, not members ("Tổ em có 30 người thì đã có 4 đảng viên"). */
/** A troupe, team or club, then what it is made of: "đội văn nghệ gồm ", "câu lạc bộ bóng đá có hơn ". */
const ENSEMBLE_BEFORE = /(?<![\p{L}])(?:đội văn nghệ|đội bóng(?: đá| chuyền)?|đội tuyển|đội xung kích|đội thanh niên xung kích|đội tuyên truyền|câu lạc bộ|CLB)(?![\p{L}])[^,;.]{0,48}?\s(?:với|gồm|có)(?:\s+(?:khoảng|gần|hơn|trên|chừng|xấp xỉ))?\s*$/iu;

/** Those counted said to be members, right after them: " là đảng viên", " đều là đoàn viên công đoàn". */
const MEMBERS_ARE_AFTER = /^\s*(?:đều\s+)?(?:đã\s+)?là\s+(?:đảng viên|đoàn viên|ĐV|ĐVCĐ)(?![\p{L}])/u;

const TEAM_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['person', 'worker', 'staff', 'member', 'youth_member']);

/** A traineeship abroad said of those just counted: " giỏi sang Nhật tu nghiệp", " đi tu nghiệp ở Hàn Quốc". */
const TRAINEESHIP_AFTER = /^[^;.]{0,40}?(?<![\p{L}])tu nghiệp(?![\p{L}])/u;

/** "(với|có) sự tham gia của hơn ", "đối thoại với hơn ", "ngồi đối diện gần " before people: those taking part in an event. */
const PARTICIPANTS_BEFORE = /(?:sự (?:tham gia|tham dự|góp mặt|chứng kiến) của|đối thoại với|gặp mặt|giao lưu với|tiếp xúc với|ngồi đối diện(?: với)?|(?<![\p{L}])trước)\s+(?:(?:hơn|gần|khoảng|trên|chừng|hàng|xấp xỉ)\s+)?$/iu;

/** People who left, said right after them: " nghỉ việc", " đã thôi việc", " chuyển đi nơi khác", " ra khỏi tổ chức". */
// (And members who died, were struck off or were transferred away: " từ trần", " bị xóa tên", " chuyển sinh hoạt đảng về nơi cư
// trú". Not one transferred in, which a body's members are often broken down by: "với 3 đảng viên chuyển sinh hoạt về".)
const LEFT_AFTER = /^\s*(?:đã\s+)?(?:được\s+giới thiệu\s+)?(?:nghỉ việc|thôi việc|bỏ việc|chuyển đi|chuyển công tác|chuyển sinh hoạt(?:\s+đảng)?\s+(?:đi|ra|về\s+(?:nơi cư trú|địa phương))|ra khỏi (?:tổ chức|công đoàn|Đảng)|từ trần|qua đời|bị\s+(?:xóa tên|xoá tên|khai trừ|đưa ra khỏi Đảng|cho ra khỏi Đảng)|giảm|(?:bị\s+)?mất việc(?:\s+làm)?|bị\s+(?:sa thải|cắt giảm|chấm dứt hợp đồng))(?![\p{L}])/u;
/** People who left their job, said right after them: " đã nghỉ việc". */
const JOB_LEFT_AFTER = /^\s*(?:đã\s+)?(?:nghỉ việc|thôi việc|bỏ việc|chuyển công tác)(?![\p{L}])/u;
/** Members received from elsewhere, said right after them, once "tiếp nhận" has counted them: " chuyển sinh hoạt đảng chính thức đến", " chuyển đến", " từ các chi bộ ấp chuyển về". */
// (" đang làm việc tại Công ty chuyển sinh hoạt đảng từ địa phương về": where they work now, and where from, may come between.)
const ARRIVED_AFTER = /^\s*(?:(?:từ|đang)\s[^,;.]{1,40}?\s)?(?:đã\s+)?chuyển(?:\s+sinh hoạt)?(?:\s+đảng)?(?:\s+chính thức)?(?:\s+từ\s[^,;.]{1,30}?)?(?:\s+(?:đến|về))(?![\p{L}])/u;
/** "tiếp nhận " right before a count. */
const RECEIVED_BEFORE = /(?<![\p{L}])tiếp nhận(?:\s+thêm)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** The verb of a member's move right before a count: "xóa tên 8 ", "chuyển sinh hoạt đảng cho 29 ". */
const MEMBER_MOVED_BEFORE = /(?<![\p{L}])(?:xóa tên|xoá tên|chuyển sinh hoạt đảng)(?:\s+(?:đi|ra|cho))?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** "… có 52 cơ sở đoàn, " before a figure: the figure continues a list of what something has. */
const LISTED_AFTER_STOCK = /(?<![\p{L}])có\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s+[^\d,;.()]{1,30},\s*(?:và\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/** An event: those it draws are its participants. */
const EVENT_WORD = gated(/(?<![\p{L}])(?:ngày hội|hội thi|hội diễn|cuộc thi|đêm hội|lễ hội|giải (?:đấu|bóng|thể thao|chạy)|chương trình|buổi lễ|lễ ra quân|liên hoan)(?![\p{L}])/iu);

/** A clause about an event or a volunteer team: "Cuộc thi …", "Đội hình …", "Ngày hội …". */
const EVENT_SUBJECT = /^\s*(?:[-+•*–]\s*)?(?:cuộc thi|hội thi|ngày hội|đêm hội|lễ hội|giải (?:đấu|bóng|thể thao|chạy)|liên hoan|đội hình|câu lạc bộ|CLB)(?![\p{L}])/iu;

/** "thu hút hơn " before people who "tham gia" (take part): those drawn to an event. */
const DRAWN_BEFORE = /thu hút\s+(?:(?:hơn|gần|khoảng|trên|chừng)\s+|~\s*)?$/iu;

/** " lên 11 " right after the first figure of a change, up to the second's noun. */
const CHANGE_TO_NOUN_AFTER = /^\s*(?:lên|xuống|còn)\s+(?:còn\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?[\d.,]+\s+/u;

/** A firm and "có", "với", "sử dụng" right before a count of people: "Công ty em có hơn ", "doanh nghiệp này sử dụng ". */
const FIRM_HAS_BEFORE = /(?<![\p{L}])(?:công ty|doanh nghiệp|DN|nhà máy|xí nghiệp|hợp tác xã|HTX|phân xưởng|xưởng|bộ phận)(?:\s+[^\s,;.]+){0,5}?\s+(?:hiện\s+)?(?:có|với|sử dụng)\s+(?:(?:hơn|gần|khoảng|trên|chừng|xấp xỉ)\s+)?$/iu;

/** A strike or a stoppage. */
const STRIKE = /(?<![\p{L}])(?:ngừng việc|đình công|lãn công|tranh chấp lao động tập thể)(?![\p{L}])/giu;

/**
 * A word STRIKE needs, any case (as the sentence in lower case holds it: these words hold no letter `/iu` folds
 * otherwise). Gated: the words are looked up in the sentence's lower case kept for every gate.
 */
const STRIKE_WORD = gated(/ngừng việc|đình công|lãn công|tranh chấp/iu);

/** The positions of STRIKE in the last sentence asked about: a sentence's figures are read one after another. */
let strikeSentence = '';
let strikeAt: number[] = [];

/** Whether a strike is named in the clause of the figure at `at`, at most 120 characters before it. */
function _strikeBefore(sentence: string, at: number): boolean {
  if (sentence !== strikeSentence) {
    strikeSentence = sentence;
    strikeAt = [];
    if (STRIKE_WORD.test(sentence, sentence)) {
      STRIKE.lastIndex = 0;
      for (let m = STRIKE.exec(sentence); m; m = STRIKE.exec(sentence)) strikeAt.push(m.index);
    }
  }
  // (Not past a clause of its own: "1.100 công nhân … ngừng việc …, trong khi CĐCS công ty chỉ có 640 đoàn viên".)
  for (const p of strikeAt) if (p < at && at - p <= 120 && !sentence.slice(p, at).includes(';') && !NEW_CLAUSE.test(sentence.slice(p, at))) return true;
  return false;
}


/** "Trong số được kết nạp có ", "Trong số những người được giới thiệu, ": a group named by what was done to it. */
const VERB_GROUP_BEFORE = /^\s*trong số\s+(?:(?:những|các)\s+(?:người|đồng chí)\s+)?(?:đã\s+|mới\s+)?được\s+(kết nạp|giới thiệu)(?:\s+(?:vào\s+)?Đảng)?\s*,?\s*(?:có\s+)?$/iu;

/**
 * "… có 141 đoàn viên được kết nạp Đảng, đạt 44,3% …. Trong số được kết nạp có 96 người là công nhân": people of a
 * group named only by what was done to it count what the last count of that deed counts.
 */
function _verbGroupReading(left: string, drafts: readonly Draft[]): Reading | null {
  const group = VERB_GROUP_BEFORE.exec(left);
  if (group === null) return null;
  const wanted: ReadonlySet<string> = group[1]!.toLowerCase() === 'giới thiệu' ? new Set(['referrals']) : new Set(['party_admissions', 'union_members', 'youth_members']);
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - 12); i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && d.kind === 'flow' && !d.isDelta && wanted.has(d.metric)) return { metric: d.metric, kind: 'flow' };
  }
  return null;
}

/** "mới" right after the noun, as "new" (not "mới có", "mới đạt": "only", unless a group opens the sentence: "Trong 17 CĐCS mới có 5 …"). */
function _newAfter(trailing: string, left: string): boolean {
  const m = /^\s*mới(?![\p{L}])(\s+(?:có|chỉ|đạt|là|được)(?![\p{L}]))?/u.exec(trailing);
  return m !== null && (m[1] === undefined || /^\s*trong(?:\s+(?:số|tổng số))?\s*$/iu.test(left));
}

/**
 * "Trong 23 ĐV mới kết nạp có 15 ĐV là công nhân", "Trong số 19 CĐCS thành lập mới có 2 CĐCS ở doanh
 * nghiệp FDI, 11 CĐCS …": members of a group of new ones, counted by the same noun, are new ones too.
 */
function _newGroupReading(left: string, noun: { cls: NounClass }, ctx: MentionContext): Reading | null {
  const group = NEW_GROUP_BEFORE.exec(left);
  const cls = group === null ? undefined : _nounAt(group[1]!)?.cls;
  // ("Trong số 148 đảng viên mới kết nạp, có 61 người là công nhân …; 9 người là đoàn viên thanh niên": people
  // of a group of new members, counted by a classifier, are new members too.)
  // (So are those counted by what they do: "Trong số 148 đảng viên mới kết nạp, có 61 công nhân trực tiếp sản xuất".)
  if (cls === undefined || (cls !== noun.cls && !((noun.cls === 'person' || PEOPLE_NOUNS.has(noun.cls)) && (PEOPLE_NOUNS.has(cls) || cls === 'party_member')))) return null;
  const r = metricFor(cls, BODY_NOUNS.has(cls) ? 'found' : 'admit', ctx);
  return r === null ? null : { metric: r.metric, kind: 'flow' };
}

/** "trong" opening the sentence, after a short lead-in at most ("Theo báo cáo, trong số …"): where NEW_GROUP_BEFORE and VERB_GROUP_BEFORE may match. */
const GROUP_OPENS = /^\s*(?:[^,;:()]{1,40},\s*)?trong(?![\p{L}])/iu;

/** Inspection or discipline earlier in the clause, before those it concerns. */
const DISCIPLINE_BEFORE = /(?<![\p{L}])(?<!Ủy ban )(?<!ủy ban )(?:(?:kiểm tra|giám sát|kỷ luật|khiển trách|cảnh cáo|nhắc nhở|phê bình)(?![\p{L}])[^,;.:]{0,60}|(?:kiểm tra|giám sát|KT|GS)\s+(?:tài chính(?: đảng)?(?: và)?\s+)?việc(?![\p{L}])[^;.:]{0,110}|kiểm tra tài chính(?![\p{L}])[^;.:]{0,60})$/u;

/** A word DISCIPLINE_BEFORE cannot match without (same case: that regex has no `i` flag). */
const DISCIPLINE_WORD = /kiểm tra|giám sát|kỷ luật|khiển trách|cảnh cáo|nhắc nhở|phê bình/u;

/** Whether those counted right after `left` are inspected, supervised or disciplined. */
export function _isInspected(left: string): boolean {
  // (The plain search runs first: the lookbehinds of DISCIPLINE_BEFORE are tried at every position.)
  // ("kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí năm 2017 và 9 tháng đầu năm 2018 đối với 18 tổ chức cơ sở đảng":
  // what is inspected may take most of a line.)
  const tail = left.slice(-120);
  return (DISCIPLINE_WORD.test(tail) || tail.includes('KT việc') || tail.includes('GS việc')) && DISCIPLINE_BEFORE.test(tail);
}

/** A committee, a team or a jury and "gồm", "có" right before its size: "Ban Chấp hành gồm ", "Chi ủy gồm ". */
const COMMITTEE_BEFORE = /(?:ban chấp hành|ban thường vụ|(?<![\p{L}])BCH(?![\p{L}])|(?<![\p{L}])BTV(?![\p{L}])|chi ủy|chi uỷ|ban chỉ đạo|ban kiểm tra|ủy ban kiểm tra|tổ công tác|ban tổ chức|ban giám khảo|tổ giúp việc|đoàn công tác)(?:\s+[^\s,;.]+){0,4}?\s+(?:gồm(?: có)?|có|với)\s+(?:(?:hơn|gần|khoảng)\s+)?$/iu;

/** The last words COMMITTEE_BEFORE can end with (before its trailing spaces): a text ending otherwise cannot match it. */
const COMMITTEE_BEFORE_ENDS = new WordEndings(['gồm', 'có', 'với', 'hơn', 'gần', 'khoảng']);

/** "như vậy còn thiếu ", "thiếu khoảng " before a figure: the gap to a target ("còn thiếu 336 đảng viên"). */
const SHORTFALL_BEFORE = /(?<![\p{L}])(?:còn thiếu|thiếu)\s+(?:(?:hơn|gần|khoảng)\s+)?$/iu;
/** The last words SHORTFALL_BEFORE can end with. */
const SHORTFALL_BEFORE_ENDS = new WordEndings(['thiếu', 'hơn', 'gần', 'khoảng']);

/** A breakdown of those taking part, right before a part: "… lượt người dự thi, trong đó có hơn ", "… thí sinh, trong số đó ". */
const PARTS_OF_PARTICIPANTS_BEFORE = /(?<![\p{L}])(?:dự thi|thí sinh|người tham gia|lượt người|người tham dự|đại biểu)(?![\p{L}])[^;.\d]{0,30}?,?\s*trong (?:đó|số đó)\s*,?\s*(?:có\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A sentence on how many members a committee may have: "Số lượng ủy viên Ban Chấp hành …", "cơ cấu ủy viên …". */
const COMMITTEE_SIZE_RULE = gated(/(?<![\p{L}])(?:số lượng|số|cơ cấu)\s+ủy viên(?![\p{L}])/iu);

/** A survey asking those counted right after it, in the same clause: "khảo sát nhanh … với ", "phát phiếu hỏi ý kiến ". */
const SURVEY_BEFORE = /(?<![\p{L}])(?<!theo )(?:khảo sát|phiếu hỏi|hỏi ý kiến|lấy ý kiến|thăm dò)(?![\p{L}])[^,;.]{0,70}$/iu;

/** Whether a survey asks those counted at the end of `left`. */
function _surveyed(left: string): boolean {
  const tail = left.slice(-100);
  return /khảo sát|phiếu hỏi|ý kiến|thăm dò/iu.test(tail) && SURVEY_BEFORE.test(tail);
}

/** What each unit has, right before the figure: "Mỗi ca có ít nhất ", "bình quân mỗi chi bộ có ", "mỗi tổ đều có ". */
// (Not a time: "mỗi năm có 3 - 5 công nhân được kết nạp", "bình quân mỗi tháng có hơn 9.000 đoàn viên rời", flows.)
const EACH_UNIT_HAS_BEFORE = /(?<![\p{L}])mỗi\s+(?!(?:năm|tháng|quý|ngày|tuần|kỳ|đợt|khóa|khoá)(?![\p{L}]))[^,;.:\d]{1,40}?\s(?:đều\s+|chỉ\s+|đã\s+)?có\s+(?:(?:ít nhất|tối thiểu|từ|khoảng|gần|hơn|trên|bình quân|trung bình)\s+)?$/iu;
/** A goal or a duty in a sentence: "phấn đấu", "chỉ tiêu", "mục tiêu", "phải", "bảo đảm". */
const GOAL_OR_DUTY = /(?<![\p{L}])(?:phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|phải|bảo đảm|đảm bảo|yêu cầu|quy định|dự kiến|sẽ|(?:đến|tới) năm\s+20\d\d)(?![\p{L}])/iu;
/** Whether a sentence sets a goal or a duty, or is an item of a list (which a goal above it may govern: "- Mỗi chi bộ … có ít nhất 01 quần chúng …"). */
function _namesGoal(text: string): boolean {
  return GOAL_OR_DUTY.test(text) || /^\s*[-+•*–]/u.test(text);
}
/** A part of a round base, right before it: "gần 3 trong ", "tức khoảng 7 trong số ". */
const ROUND_BASE_OF_PROPORTION_BEFORE = /(?<![\p{L}])(?:tức|gần|khoảng|chừng|hơn|cứ|bình quân|trung bình)\s+(?:(?:gần|khoảng|hơn)\s+)?(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+trong\s+(?:số\s+)?$/iu;

/** Cards handed out, right before those they go to: "phát thẻ đảng viên cho ", "trao thẻ đoàn viên công đoàn cho hơn ". */
const CARDS_FOR_BEFORE = /(?<![\p{L}])(?:phát|trao|cấp|trao tặng|in)\s+thẻ\s+(?:đảng viên|đoàn viên(?: công đoàn)?|Đảng|công đoàn|ĐV|ĐVCĐ)\s+(?:điện tử\s+)?cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** Standing for or winning an election, in the clause after the counted people: " được giới thiệu ứng cử", " trúng cử". */
const CANDIDACY_AFTER = /^[^;.]{0,70}?(?<![\p{L}])(?:ứng cử|trúng cử|đắc cử|ứng viên|người ứng cử)(?![\p{L}])/iu;
/** The places something was done at, all of those named: "tại cả ", "ở cả ". */
const AT_ALL_OF_BEFORE = /(?<![\p{L}])(?:tại|ở)\s+cả\s+$/iu;
/** A demonstrative right after a noun counted in words: " này", " nói trên", " đó". */
const REFERRED_BACK_AFTER = /^\s*(?:này|nói trên|kể trên|đó|ấy)(?![\p{L}])/iu;
/** Firms and bodies, not people: what "hai doanh nghiệp này" refers back to. */
const BODY_OR_FIRM_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['enterprise', 'party_org', 'union_org', 'youth_org']);

/** Right after a lone 1, members per workers: " đảng viên/98 lao động", " ĐV/ 50 công nhân". */
const ONE_PER_WORKERS_AFTER = /^\s*(?:đảng viên|ĐV|đoàn viên|ĐVCĐ)\s*\/\s*\d[\d.]*\s*(?:lao động|công nhân|CNLĐ|NLĐ|người lao động|người|LĐ)(?![\p{L}])/u;
/** Right before the whole of such a ratio: "1 đảng viên/", "1 ĐV / ". */
const ONE_PER_BEFORE = /(?<![\d.,])1\s+(?:đảng viên|ĐV|đoàn viên|ĐVCĐ)\s*\/\s*$/u;
/** Workers right after a figure: " lao động", " công nhân". */
const WORKERS_AFTER = /^\s*(?:lao động|công nhân|CNLĐ|NLĐ|người lao động|người|LĐ)(?![\p{L}])/u;

/** A ratio said without "cứ": "400 công nhân mới có 1 đảng viên" (base, its noun, "thì/mới có", part). */
const BARE_RATIO = /(\d[\d.]*)\s+((?:[^\s\d,;.]+\s+){1,2}?)(?:thì|mới)\s+có\s+(?:(?:chưa đến|chưa tới|gần|hơn|khoảng|trên|dưới)\s+)?(\d[\d.]*)/iu;

/** The link of BARE_RATIO, any case: "thì có", "mới có". */
const RATIO_LINK = /(?:thì|mới)\s+có/iu;

/** The nouns a ratio's base counts: workers, people, firms. */
const RATIO_BASE_NOUNS: ReadonlySet<NounClass> = new Set<NounClass>(['worker', 'person', 'enterprise']);

/**
 * Whether the figure `value` is the base or the part of a ratio said without "cứ" ("gần 400 công nhân mới
 * có 1 đảng viên"): a base of workers, people or firms, a part at most a tenth of it. "12 đảng viên mới có 5
 * đồng chí là công nhân" is no ratio ("mới" there is "new").
 */
function _inBareRatio(value: number, left: string, right: string): boolean {
  // (The regex needs "thì có" or "mới có" in the window; that holds no digit, so it lies in `before` or in `after`.
  // It is rare: tested before the plain "có" anywhere around, which scans the whole sentence.)
  const before = left.slice(-50);
  const after = right.slice(0, 50);
  if (!RATIO_LINK.test(before) && !RATIO_LINK.test(after)) return false;
  if (!right.includes('có') && !left.includes('có')) return false;
  const m = BARE_RATIO.exec(`${before}${String(value)}${after}`);
  if (m === null) return false;
  const base = Number(m[1]!.replace(/\./gu, ''));
  const part = Number(m[3]!.replace(/\./gu, ''));
  const noun = _nounAt(m[2]!);
  return noun !== null && RATIO_BASE_NOUNS.has(noun.cls) && part * 10 <= base && (base === value || part === value);
}

/** What each base of a ratio holds: "cứ 200 công nhân mới có ", "cứ 1.000 lao động thì có chưa đến ", "cứ mười người thì có ". */
const RATIO_PART_BEFORE = /(?<![\p{L}])cứ\s+(?:(?:gần|khoảng|hơn|trên|chừng|cỡ|tầm)\s+)?(?:[\d.,]+|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:mươi|trăm|nghìn|ngàn))?|trăm|nghìn|ngàn)\s+[^,;.\d]{1,40}?\s(?:thì\s+|mới\s+|lại\s+|chỉ\s+)?(?:có|được)\s+(?:(?:chưa đến|chưa tới|gần|hơn|khoảng|chừng|cỡ|tầm|trên|dưới|tới|đến)\s+)?$/iu;

/** "một trong hai", "một trong số 5": the set one thing is one of. */
const ONE_OF_BEFORE = /(?<![\p{L}])một trong(?: số)?\s+$/iu;
/**
 * What makes the set "một trong N …" a count of a deed, in the clause after its noun: admitted, newly founded, sent to
 * a class (" của công ty được kết nạp vào Đảng", " mới mà chi bộ … kết nạp", " HTX mới thành lập", " được … đi học lớp"); not
 * the admission aimed at (" đang được … bồi dưỡng để xem xét kết nạp Đảng").
 */
const ONE_OF_DEED_AFTER = /^[^,;.:()]{0,80}?(?<![\p{L}])(?:được kết nạp|được KN|(?<!(?:xem xét|để|đề nghị|chờ) )kết nạp|(?:mới|vừa)(?: được)? thành lập|đi học|theo học)(?![\p{L}])/u;

/**
 * "chỉ có ", "mới có ", "vỏn vẹn " before "một": only one, a count ("cả công ty chỉ có một chi đoàn"); not of places
 * said in general (SOME_PLACES_BEFORE: "có những phân xưởng hàng trăm thợ lò nhưng chỉ có một chi bộ").
 */
const ONLY_ONE_BEFORE = /(?<![\p{L}])(?:chỉ|mới|vỏn vẹn|vẻn vẹn|duy nhất)(?:\s+(?:có|được|còn))?\s+$/iu;
const SOME_PLACES_BEFORE = /(?<![\p{L}])có\s+(?:những\s+|nhiều\s+)?(?:nơi|doanh nghiệp|công ty|đơn vị|phân xưởng|xã|làng)(?![\p{L}])/iu;

/** "ít nhất ", "tối thiểu " before "một": one at least, a count. */
const AT_LEAST_ONE_BEFORE = /(?:ít nhất|tối thiểu)\s*$/iu;

/** A count of the same noun earlier in a list that "và" closes, right before "một": "ba đồng chí là công nhân và ". */
function _lastOfCounts(left: string, nounText: string): boolean {
  const tail = left.slice(-100);
  if (!/(?<![\p{L}])và\s+$/u.test(tail)) return false;
  const at = tail.indexOf(` ${nounText.trim()} `);
  return at > 0 && COUNT_WORD_AT_END.test(tail.slice(0, at));
}

/** A figure or a number word at the end of the text: "12", "ba", "mười hai". */
const COUNT_WORD_AT_END = /(?<![\p{L}\d])(?:\d[\d.]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi)$/iu;

/** Verbs after which "một" is a count ("thành lập một chi bộ") rather than an article ("cho một đoàn viên"). */
const ONE_TAKES_VERBS: ReadonlySet<VerbClass> = new Set<VerbClass>(['admit', 'found', 'refer', 'develop', 'increase', 'train']);

/** Verbs that make a bare figure a count of what the sentence goes on to name: "năm 2021 kết nạp 27, năm 2022 kết nạp 39 … đảng viên". */
const FLOW_VERBS: ReadonlySet<VerbClass> = new Set<VerbClass>(['admit', 'found', 'refer', 'develop', 'increase']);

/** What a bare figure in a series counts: the first figure of the series in this sentence, else the next noun named. */
function seriesReading(c: CountMention, drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  const before = _previousCount(drafts, firstDraftOfSentence);
  if (before) return before;
  // (Not a noun of the cause: "thành lập mới 7, giải thể 2 do doanh nghiệp ngừng hoạt động".)
  const next = _firstNounIn(c.right.slice(0, 100).split(CAUSE_OPENS, 1)[0]!);
  if (next) return metricFor(next.cls, c.direct ?? c.verb ?? 'stock', c.ctx);
  // ("… có 42 chi đoàn trong doanh nghiệp. Năm 2019 là 37, năm 2020 là 42": a sentence that opens a series of years
  // goes on with the count of the sentence before, one of its size.)
  if (drafts.length !== firstDraftOfSentence || !YEAR_OPENS_SENTENCE.test(c.left)) return null;
  // ("… số đảng viên được kết nạp trong khối doanh nghiệp ngoài nhà nước tăng qua từng năm. Năm 2023 là 78, năm 2024 là 91":
  // or the count that sentence names with no figure.)
  const last = _previousSentenceCount(drafts, firstDraftOfSentence, true, c.m.value);
  if (last !== null || !c.quietBefore) return last;
  const named = COUNT_NAMED_IN.exec(c.quietBefore);
  // (Its trend is no deed of the count: "Số chi bộ … tăng qua từng năm. Năm 2020 là 12" states the cells of 2020.)
  return named === null ? null : _countNamedBefore(`${named[0].split(TREND_OPENS, 1)[0]!.trimEnd()} là `, '.', null, c.ctx);
}
/** A clause of cause or concession: " do ", " vì ", " bởi ", " dù ", " mặc dù ", " tuy ". */
const CAUSE_OPENS = /\s(?:do|vì|bởi|nhờ|dù|tuy)\s/u;
/** Where the trend of a count named opens: " tăng", " giảm", " có xu hướng", " biến động". */
const TREND_OPENS = /\s(?:(?:đều|liên tục|dần|mạnh)\s+)?(?:tăng|giảm|có xu hướng|biến động)(?![\p{L}])/u;
/** A count named in a sentence, its words up to the sentence's end: "số đảng viên được kết nạp … tăng qua từng năm". */
const COUNT_NAMED_IN = /(?<![\p{L}])(?:[Ss]ố|[Ss]ố lượng)\s+[^.;:!?\d]{2,120}?(?=[.!?…]?\s*$)/u;
/** A sentence that opens with a year, then "là" or ":", right before its first figure: "Năm 2019 là ", "Cuối năm 2015: ". */
const YEAR_OPENS_SENTENCE = /^\s*(?:(?:cuối|đầu|hết)\s+)?năm\s+(?:19|20)\d{2}\s*(?::|,)?\s*(?:là|đạt|có)?\s*$/iu;

/**
 * Cooperatives, or units left unnamed, that have a body, right after their figure (group 1: the body): " HTX có chi
 * bộ", " hợp tác xã đã thành lập được CĐCS", " đơn vị thành lập công đoàn cơ sở", " trường đã có CĐCS". (Firms that have one are firms:
 * FACTS.md counts them as enterprises.)
 */
// (" bệnh viện, phòng khám đa khoa tư nhân có tổ chức đảng": the units may be listed and qualified first.)
const COOPERATIVES_WITH_BODY = new RegExp(String.raw`^\s*(?:${UNITS_NO_METRIC_COUNTS})(?:\s+lớn|\s+nhỏ|,?\s+(?:và\s+)?(?:${UNITS_NO_METRIC_COUNTS})(?:\s+(?!có\s)[^\d,;.()\s]+){0,5})?\s+(?:đã\s+|mới\s+)?(?:có|thành lập được|thành lập)\s+(?:được\s+)?(${BODIES_A_UNIT_HAS})(?![\p{L}])`, 'iu');

/** Bodies dissolved, said right after them: " doanh nghiệp bị giải thể", " đã phải giải thể", " chấm dứt hoạt động". */
const DISSOLVED_AFTER = /^[^,;.()\d]{0,48}?(?<![\p{L}])(?:bị|phải|đã)\s+(?:giải thể|sáp nhập|hợp nhất|ghép)|^[^,;.()\d]{0,24}?(?<![\p{L}])(?:chấm dứt hoạt động|giải thể)/iu;

/** Bodies founded "in" the firms counted next: "thành lập CĐCS tại ", "thành lập mới chi bộ ở hơn " (group 1: the body). */
const FOUND_AT_FIRMS_BEFORE = /(?<![\p{L}])thành lập(?:\s+mới)?(?:\s+được)?\s+(CĐCS|công đoàn cơ sở|tổ chức công đoàn|chi bộ|tổ chức đảng|tổ chức cơ sở đảng|chi đoàn|tổ chức Đoàn|tổ chức đoàn)\s+(?:tại|ở|trong)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A place named after a comma, then "có", right before a bare figure: ", TP. Hồ Chí Minh có ", "; tỉnh Bình Dương có hơn ". */
const PLACE_SERIES_BEFORE = /[,;]\s*(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|thị xã|quận)\s*)?\p{Lu}[\p{L}.]*(?:[\s-]+\p{Lu}[\p{L}.]*){0,4}\s+có\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/** A deed done by many, then examples: "kết nạp được nhiều ĐV như ", "thành lập nhiều CĐCS, điển hình là " (group 1: the deed). */
const EXAMPLES_OF_DEED_BEFORE = /(?<![\p{L}])(kết nạp|thành lập|giới thiệu|phát triển)(?:\s+(?:được|mới))?\s+(?:nhiều|đông)\s[^;.]{0,30}?(?:như|điển hình(?: là| như)?|tiêu biểu(?: là| như)?)\s*:?\s[^;.]*$/iu;
/** Nouns of members of a body. */
const MEMBERSHIP_NOUN_CLASSES: ReadonlySet<NounClass> = new Set<NounClass>(['party_member', 'member', 'union_member', 'youth_member']);

/**
 * A place of a kind, named after a comma, right before a bare figure (or the bracket it opens): ", huyện Cẩm Giàng ", ",
 * thị xã Giá Rai (", "; và huyện Phước Long (", also an old province named with its era, ", Bình Thuận (cũ) ": the next
 * place of a series whose first item said what is counted.
 */
const PLACE_ITEM_BEFORE = /[,;]\s*(?:và\s+)?(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|thị xã|quận|xã|phường|thị trấn|khu vực)\s+\p{Lu}[\p{L}.]*(?:[\s-]+\p{Lu}[\p{L}.]*){0,4}\s*(?:\((?:cũ|mới)\)\s*)?\(?|\p{Lu}[\p{L}.]*(?:[\s-]+\p{Lu}[\p{L}.]*){0,4}\s*\((?:cũ|mới)\))\s*$/u;

/** A bare figure that brings the count before it up to now: "chỉ có 2 chi bộ, nay đã có ", "… thì đến tháng 3/2024 con số này đã là ". */
const NOW_CONTINUES_BEFORE = /(?<![\p{L}])(?:(?:nay\s+)?con số(?: (?:này|đó|trên|ấy))?(?:\s+(?:vào|hồi|lúc|ở|tại|của|trong|khi)\s[^;]{0,50}?)?|nay|hiện nay|đến nay|hiện tại)\s*,?\s*(?:đã\s+|cũng\s+|chỉ\s+|mới\s+(?:chỉ\s+)?)?(?:là|có|lên|tăng lên|đạt)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** "con số này là ", "con số đó chỉ là " right before a bare figure: the same measure, for another part or period (not "đã là", the state reached). */
const THAT_FIGURE_SAME_BEFORE = /(?<![\p{L}])con số (?:này|đó|trên|ấy)\s*(?:chỉ\s+|cũng\s+)?(?:là|:)\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** A figure stated before, revised, right before the new one: "số liệu được điều chỉnh lên ", "con số này đã được cập nhật thành ". */
const REVISED_FIGURE_BEFORE = /(?<![\p{L}])(?:số liệu|con số|kết quả)(?:\s+(?:này|đó|trên|ấy|chính thức|cuối cùng))?\s+(?:đã\s+)?(?:được\s+)?(?:điều chỉnh|cập nhật|đính chính|sửa)(?:\s+lại)?\s+(?:lên|xuống|thành|là)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Those counted going home or boarding, said after them: " … xếp hàng lên những chiếc xe", " về quê ăn Tết", " về đón Tết". */
// (Not what they send home: ", gửi về quê mỗi năm hàng trăm tỷ đồng".)
const TRAVELLERS_AFTER = /^[^.;?!]{0,90}?(?<![\p{L}])(?:lên (?:những |các )?(?:chiếc |chuyến )?xe|(?<!gửi )về quê|về ăn Tết|về đón Tết|về quê ăn Tết)(?![\p{L}])/u;

/** What may be said of people before where they go: "được kết nạp", "là đảng viên", "vào Đảng". */
const DONE_TO_THEM = /(?<![\p{L}])(?:được|kết nạp|là|vào Đảng|gia nhập)(?![\p{L}])/u;

/** A code: digits with a leading zero ("02917"), seven or more digits run together, or a figure after "mã số …". */
function _isCode(raw: string, left: string): boolean {
  if (!/^\d+$/u.test(raw)) return false;
  if ((raw.length >= 4 && raw.charCodeAt(0) === 0x30) || raw.length >= 7) return true;
  return left.includes('mã') && CODE_LABEL_BEFORE.test(left.slice(-48));
}

/** "mã số thuế ", "mã số công nhân ", "mã doanh nghiệp: " right before a figure. */
const CODE_LABEL_BEFORE = /(?<![\p{L}])mã(?:\s+số)?(?:\s+[^\s\d,;.:()]+){0,3}\s*:?\s*$/iu;

/**
 * A short figure that ends the name of a unit: the word before it is capitalised ("May 1", "NT 2", "Xóm 4") or a unit's
 * head ("xưởng 3"), a unit's head opens the name, and the name stands as a name does: after "của", "tại", "từ", "ở",
 * "thuộc", or before a bracket or a predicate ("… May 1 là chi bộ đông nhất", "… Vina 2 (mã số …)"). Not the figures of a
 * breakdown by unit, which a comma, "và" or the end of the clause follows ("Công ty A 12, Công ty B 15").
 */
function _endsName(raw: string, left: string, right: string): boolean {
  if (raw.length > 3 || !/^\d+$/u.test(raw)) return false;
  const name = UNIT_NAME_BEFORE.exec(left.slice(-80));
  if (name === null) return false;
  const before = left.slice(0, left.length - name[0].length).slice(-12);
  // ("tập trung ở KCN Đức Hòa 1, KCN Xuyên Á", "(KCN Đức Hòa 1: 5; KCN Tân Đức: 4)": a zone named by its number; not the figures
  // of zones listed in a bracket, "(KCN Thuận Đạo 9, KCN Phúc Long 5)".)
  if (name[1] !== undefined) return /^\s*:\s*\d/u.test(right) || ((NAME_PREPOSITION_BEFORE.test(before) && !/\(\s*$/u.test(before)) || NAME_PREDICATE_AFTER.test(right));
  return NAME_PREPOSITION_BEFORE.test(before) || NAME_PREDICATE_AFTER.test(right);
}

/** The name of a unit, ending in a capitalised word or a unit's head, right before a figure: "Chi bộ Nhà máy May ", "Xưởng " (group 1: the head of a zone, "KCN"). */
const UNIT_NAME_BEFORE = /(?<![\p{L}])(?:Công ty|Tổng công ty|Nhà máy|Xí nghiệp|Xưởng|Phân xưởng|Chi nhánh|Chi bộ|Đảng bộ|Công đoàn|Chi đoàn|Tổ|Đội|Xóm|Thôn|Bản|Ấp|Khu phố|Tổ dân phố|Trường|Bệnh viện|Lữ đoàn|Sư đoàn|Trung đoàn|(KCN|Khu công nghiệp|KCX|Khu chế xuất|CCN|Cụm công nghiệp|Cụm CN))(?:(?:\s+[^\s\d,;.:()"“”]+){0,6}?\s+\p{Lu}[^\s\d,;.:()"“”]*)?\s+$/u;

/** What a name stands after: "của ", "tại ", "từ ", "ở ", "thuộc ", "ra mắt ", an opening bracket ("(Xí nghiệp May 2)"). */
const NAME_PREPOSITION_BEFORE = /(?:(?<![\p{L}])(?:của|tại|từ|ở|thuộc|trực thuộc|ra mắt)\s*|\(\s*)$/u;

/** What a name stands before: a bracket, or the predicate of the clause. */
const NAME_PREDICATE_AFTER = /^\s*(?:\(|(?:là|có|đã|được|kết nạp|thành lập|tại|ở|thuộc|trực thuộc|năm|với|đóng|nằm|vừa|hiện|đang|do|cũng|luôn|chỉ|mới)(?![\p{L}]))/u;

/** A body founded with its members, right before their figure: "thành lập Chi bộ Công ty với ", "ra mắt CĐCS … với ". */
const FOUNDED_WITH_BEFORE = /(?<![\p{L}])(?:thành lập|ra mắt|công nhận)\s+(?:mới\s+)?(?:chi bộ|đảng bộ|CĐCS|công đoàn|nghiệp đoàn|chi đoàn|đoàn cơ sở)(?![\p{L}])[^,;.]{0,60}?\svới\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** An honour given to, or a presence of, a list, up to its last item: "tặng Giấy khen cho Chi bộ và ", "tặng giấy khen cho 2 tập thể và ", "với sự tham dự của đại diện Huyện ủy, … và ". */
const LISTED_HONOURED_OR_PRESENT_BEFORE = /(?<![\p{L}])(?:(?:tặng|trao)(?:\s+thưởng)?\s+(?:Giấy khen|Bằng khen|Cờ thi đua|Huy hiệu|Kỷ niệm chương|quà)(?![\p{L}])[^;.:\d]{0,40}?\s+cho|với sự (?:tham dự|có mặt) của|sự tham dự của)\s+[^;.:]{1,120}?(?:,|\s(?:và|cùng))\s*$/iu;

/** Party members moving their registration, said after them: " đã được chuyển sinh hoạt đảng về nơi cư trú", " nghỉ hưu chuyển về sinh hoạt tại chi bộ thôn", " chuyển đến đảng bộ …". */
const MOVED_AFTER = /^[^,;.]{0,40}?(?<![\p{L}])(?:chuyển sinh hoạt|chuyển về sinh hoạt|chuyển đến|chuyển đi|chuyển ra)(?![\p{L}])/u;
/** Workers leaving or taken back, said after them: " nghỉ hưu trước tuổi", " chấm dứt hợp đồng lao động", " phải nghỉ việc", " được … tiếp nhận vào làm việc". */
const WORKERS_LEFT_AFTER = /^\s*(?:(?:đã|phải|bị|được)\s+)*(?:nghỉ việc|mất việc|thôi việc|chấm dứt hợp đồng|nghỉ hưu|tuyển dụng lại|tuyển dụng trở lại|[^,;.]{0,60}?tiếp nhận vào làm việc)(?![\p{L}])/u;

/**
 * ("31 đồng chí được chuyển sinh hoạt đảng về đảng bộ các xã", "23 đảng viên nghỉ hưu đã được chuyển sinh hoạt đảng về nơi cư
 * trú": Party members moving their registration are a change of the membership; "21 người nghỉ hưu trước tuổi, 37 người chấm
 * dứt hợp đồng lao động": workers leaving are a change of the workforce.) Null when neither is said of them.
 */
function _movedOrLeft(cls: NounClass, left: string, right: string, weak: boolean, trailing: string, parent: string | null): Reading | null {
  if (!weak) return null;
  const comrades = cls === 'person' && /^\s*đồng chí/u.test(right);
  // (Not the members a body starts with: "thành lập chi bộ với 9 đảng viên chuyển sinh hoạt về".)
  // (Nor those not moved yet: "vẫn còn 37 đảng viên chưa được giới thiệu chuyển sinh hoạt đảng".)
  const moved = cls === 'party_member' || comrades ? MOVED_AFTER.exec(trailing) : null;
  if (moved !== null && !/(?<![\p{L}])với\s+$/u.test(left) && !NOT_YET_BEFORE.test(moved[0])) return { metric: 'party_members', kind: 'flow' };
  // (People, "người", only as parts of a workforce's change: "58 lao động dôi dư, trong đó 21 người nghỉ hưu trước tuổi".)
  if ((cls === 'worker' || (cls === 'person' && parent === 'workers' && /^\s*người(?![\p{L}])/u.test(right))) && WORKERS_LEFT_AFTER.test(trailing)) return { metric: 'workers', kind: 'flow' };
  return null;
}

/** "nâng tổng số lên ", "nâng tổng số tổ chức đảng … lên ", "đưa tổng số lên " right before a bare figure. */
export const TOTAL_RAISED_BEFORE = /(?<![\p{L}])(?:nâng|đưa) tổng số(?:\s+[^\d,;.]{0,40}?)?\s+lên\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** People put forward for a committee, right after them: " tham gia Ban Chấp hành công đoàn", " ứng cử vào BCH". */
const COMMITTEE_CANDIDATES_AFTER = /^\s*(?:(?:tham gia|ứng cử|bầu vào|vào)\s+(?:vào\s+)?(?:Ban Chấp hành|ban chấp hành|BCH|Ban Thường vụ|cấp ủy|cấp uỷ)|ứng cử)(?![\p{L}])/u;

/** A label of people honoured right before a bare figure: "số đảng viên được trao Huy hiệu Đảng là ". */
const AWARDED_LABEL_BEFORE = /được\s+(?:(?:trao|tặng|xét tặng|truy tặng|nhận)\s+)?(?:Huy hiệu|Bằng khen|Giấy khen|Huân chương|Huy chương|Cờ thi đua|Kỷ niệm chương|danh hiệu)(?![\p{L}])[^,;:.\d]{0,60}?(?:là|đạt|có|:)?\s*$/iu;

/** "tổ chức" as a classifier after a figure, followed by no kind of organisation: "5 tổ chức và", "31 tổ chức thuộc khu vực …". */
const ORGANISATION_UNIT_AFTER = /^\s*tổ chức\s*(?:[,;.)(]|(?:và|thuộc|ở|tại|trong|của|so với)(?![\p{L}])|$)/u;
/** Whether the sentence opens on people an aid or a gift went to, listed (RECIPIENTS_LISTED_BEFORE, read on its head only). */
function _opensWithRecipients(left: string): boolean {
  const head = left.slice(0, 200);
  return head.includes('gồm') && head.includes('được') && RECIPIENTS_LISTED_BEFORE.test(head);
}
/** A sentence that opens on people an aid or a gift went to, and lists them: "Các đoàn viên được hỗ trợ lần này gồm ". */
const RECIPIENTS_LISTED_BEFORE = /^\s*(?:[^,;:]{0,40}?,\s*)?(?:(?:các|những)\s+)?(?:đoàn viên|công nhân|người lao động|NLĐ|CNLĐ|lao động|đảng viên|gia đình|trường hợp|người)(?:\s+[^\s,;:]+){0,3}?\s+(?:đã\s+)?được\s+(?:hỗ trợ|tặng quà|trao quà|tặng|trao|thăm hỏi|nhận|trợ cấp)(?![\p{L}])[^;:]{0,40}?\s(?:gồm)(?![\p{L}])/iu;
/** "mới kết nạp" or "kết nạp mới" right after the noun, into no Party: " mới kết nạp", " kết nạp mới". */
const NEWLY_RECRUITED_AFTER = /^\s*(?:mới\s+kết nạp|kết nạp mới)(?![\p{L}])(?!\s+(?:vào\s+)?Đảng)/u;
/** People honoured or found at fault, said right after them: " nhận Huy hiệu 50 năm tuổi Đảng", " có vi phạm". */
// (" lão thành nhận Huy hiệu …", " vinh dự nhận Huy hiệu Đảng": who they are, or how they take it, may come first.)
const HONOURED_OR_AT_FAULT_AFTER = /^\s*(?:(?:đã|đều|lão thành|cao tuổi|vinh dự)\s+)*(?:(?:được\s+)?(?:nhận|đón nhận)\s+(?:huy hiệu|giấy khen|bằng khen|quà|danh hiệu|kỷ niệm chương)|(?:có\s+|bị\s+)?vi phạm)(?![\p{L}])/iu;
/** Many units (not people) said to have a figure each: "nhiều chi bộ chỉ có ", "một số doanh nghiệp mới có khoảng ", "Ở một số doanh nghiệp, đảng viên chỉ có ". */
const MANY_UNITS_HAVE_BEFORE = /(?<![\p{L}])(?:(?:ở|tại|trong)\s+(?:nhiều|một số|hầu hết|phần lớn|không ít|đa số)\s+[^,;:.\d]{1,40},\s*[^,;:.\d]{1,30}?\s(?:(?:chỉ|mới|vẫn|cũng|đều)\s+)?có\s+(?:(?:từ|khoảng|dưới|chưa đến|chưa tới|hơn|trên|gần)\s+)?$|(?:nhiều|một số|hầu hết|phần lớn|không ít|đa số)\s+(?!(?:người|đảng viên|đoàn viên|lao động|công nhân|CNLĐ|NLĐ|ĐV|ĐVCĐ)(?![\p{L}]))[^,;:.\d()]{1,60}?\s(?:(?:chỉ|mới|vẫn|cũng|đều)\s+)?có\s+(?:(?:từ|khoảng|dưới|chưa đến|chưa tới|hơn|trên|gần)\s+)?$)/iu;
/** A label naming only who were admitted or referred, then the figure: "số được kết nạp từ doanh nghiệp FDI chỉ là ". */
const DEED_ONLY_LABEL_BEFORE = new RegExp(DEED_ONLY_LABEL_HEAD + String.raw`[^;:,.]{0,60}?\s(?:(?:chỉ|mới|cũng)\s+)?(?:là|có|đạt)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$`, 'iu');
/** An opening bracket glued to a letter, a figure, "%" or a closing quote or bracket: where a footnote mark starts. */
const FOOTNOTE_GLUED_BEFORE = /[\p{L}\d%)”"’]\($/u;
/** Students or pupils right after a figure. */
const STUDENTS_NOUN = /^\s*(?:sinh viên|học sinh)(?![\p{L}])/iu;
/** A condition right before a figure: "khi có từ ", "Khi đã đủ ", "nếu có ít nhất ". */
const CONDITION_BEFORE = /(?<![\p{L}])(?:khi|nếu)\s+(?:đã\s+)?(?:có\s+)?(?:đủ|từ|ít nhất|tối thiểu)\s+(?:\d+\s+[^,;.\d]{1,30}?\s+(?:hoặc|và)\s+)?$/iu;
/** "phải có " right before a figure. */
const SPONSORS_REQUIRED_BEFORE = /(?<![\p{L}])phải\s+có\s+$/iu;
/** Those who sponsor an applicant, right after their noun: " chính thức giới thiệu". */
const SPONSORING_AFTER = /^\s*(?:chính thức\s+)?giới thiệu(?![\p{L}])/iu;
/** A case opening its sentence with "với N …,": "Như vậy, với ". */
const CASE_AGAINST_RULES_BEFORE = /^\s*(?:(?:như vậy|vì vậy|do đó|theo đó)\s*,\s*)?với\s+$/iu;
/** What a case is weighed for: "…, công ty của anh hoàn toàn đủ điều kiện …", "…, cơ sở chưa đủ điều kiện". */
const CASE_AGAINST_RULES_AFTER = /^[^,;.]{0,30},[^;.]{0,60}?(?<![\p{L}])(?:chưa\s+|không\s+|hoàn toàn\s+|đã\s+)?đủ điều kiện(?![\p{L}])/iu;
/** Others joining those counted, then "cùng nhân dân": the turnout of an event (" …, lực lượng vũ trang cùng nhân dân"). */
const WITH_THE_PEOPLE_AFTER = /^[^;.\d]{0,60}?(?<![\p{L}])cùng\s+(?:với\s+)?(?:nhân dân|người dân|bà con)(?![\p{L}])/iu;
/** A total after a list, right before the figure: ", tổng cộng ", ", tổng số ", ", cộng ". */
const TOTAL_OF_LIST_BEFORE = /[,;]\s*(?:tổng cộng|tổng số|cộng|tính chung|cả giai đoạn)\s+(?:là\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** Admitted to the Party, right after a bare figure: " được kết nạp Đảng", " đã được KN vào Đảng". */
const BARE_ADMITTED_AFTER = /^\s*(?:(?:người|đồng chí)\s+)?(?:đã\s+)?được\s+(?:kết nạp|KN)(?:\s+vào)?\s+Đảng(?![\p{L}])/u;
/** "riêng …" and a verb of stating right before a bare figure: "riêng các doanh nghiệp trong KCN Trà Nóc là ", "Riêng quý III là ". */
const ONLY_PART_BEFORE = /(?<![\p{L}])riêng\s+[^,;.:\d]{1,60}?\s(?:(?:chỉ|mới|đã)\s+)?(?:là|có|đạt|chiếm)\s*:?\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** What a bare figure of bodies is, right after it: " là đảng bộ cơ sở" (group 1), " là của doanh nghiệp …", " phải giải thể". */
const BODIES_PART_AFTER = /^\s+(?:là\s+(?=(?:đảng bộ|chi bộ|tổ chức|CĐCS|công đoàn|chi đoàn|đoàn cơ sở)())|là của\s|(?:đã\s+)?(?:phải|bị)\s+giải thể(?![\p{L}]))/iu;

/**
 * The count of the sentence before that the figures after a "Chia theo …:" add up to (the whole they break down:
 * "thành lập 46 CĐCS, kết nạp 1.250 đoàn viên. Chia theo loại hình: … 2, … 31, … 13"), or null.
 */
function _splitTotal(sentence: string, drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  const colon = sentence.indexOf(':');
  let sum = 0;
  for (const figure of sentence.slice(colon + 1).matchAll(/(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?!\d|,\d|\/)/gu)) sum += Number(figure[0].replace(/\./gu, ''));
  const whole = _lastOfPreviousSentence(drafts, firstDraftOfSentence, (d) => d.unit === 'count' && !d.isDelta && d.value === sum);
  return whole === null ? null : { metric: whole.metric, kind: whole.kind };
}

/** A sentence that breaks down a count by kind or unit: "Chia theo loại hình: ", "- Phân theo đơn vị: ". */
const SPLIT_BY_OPENS = /^\s*(?:[-+•]\s*)?(?:chia|phân|phân loại) theo [^:;.\d]{1,40}:/iu;

/** Admitted, said right after a bare figure, with no body named: " được kết nạp", " người đã được kết nạp". */
const BARE_ADMITTED_ALONE_AFTER = /^\s*(?:(?:người|đồng chí)\s+)?(?:đã\s+)?được\s+(?:kết nạp|KN)(?![\p{L}])/u;
/** A plan named right after the figure of a fraction: " chỉ tiêu", " chỉ tiêu năm", " KH". */
const PLAN_AFTER_SLASH = /^\s*(?:chỉ tiêu|KH|kế hoạch)(?![\p{L}])/u;
/** Whether a window may hold MANY_UNITS_HAVE_BEFORE's quantifiers ("nhiều", "một số", …), in either case of their first letter. */
function _mayBeMany(t: string): boolean {
  return t.includes('hiều') || t.includes('ột số') || t.includes('ầu hết') || t.includes('hần lớn') || t.includes('hông ít') || t.includes('a số');
}
/** Whether "trong" (or "Trong") stands in the head of the sentence, where GROUP_OPENS looks for it. */
function _opensWithTrong(left: string): boolean {
  return left.slice(0, 64).includes('rong');
}
/** Gates of the rules above: the last words they can end with (WordEndings), or a plain search. */
const CONDITION_ENDS = new WordEndings(['đủ', 'từ', 'nhất', 'thiểu', 'hoặc', 'và']);
const EVACUATED_ENDS = new WordEndings(['tán', 'tản', 'cứu', 'nạn', 'hơn', 'gần', 'oảng', 'trên']);
const LAID_OFF_ENDS = new WordEndings(['giảm', 'thải', 'việc', 'đồng', 'động', 'với', 'hơn', 'gần', 'oảng', 'trên', 'tới']);
const TOTAL_ENDS = new WordEndings(['cộng', 'số', 'chung', 'đoạn', 'là', 'hơn', 'gần', 'oảng', 'trên']);
const RANKED_ENDS = new WordEndings(['với', 'là', 'có', 'hơn', 'gần', 'oảng', 'trên']);
function _mayRank(t: string): boolean {
  return t.includes('đầu') || t.includes('thứ');
}
/** Whether the last character of `text` that is not a space is `code`. */
function _lastVisibleIs(text: string, code: number): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i >= 0 && text.charCodeAt(i) === code;
}
/** " khác" right after the noun: "4 công nhân khác". */
const OTHERS_AFTER = /^\s*khác(?![\p{L}])/u;
/** Workers after members, as one group: ", người lao động", " và người lao động" ("600 đoàn viên, người lao động"). */
const AND_WORKERS_AFTER = /^\s*(?:,|và)\s*(?:người lao động|NLĐ|CNLĐ|công nhân lao động|lao động)(?![\p{L}])/u;
/** Those still being prepared, right before the figure: "đang tiếp tục theo dõi, bồi dưỡng ", "đang bồi dưỡng ". */
const PREPARING_BEFORE = /(?<![\p{L}])đang\s+(?:(?:tiếp tục|được)\s+)?(?:theo dõi|bồi dưỡng|giúp đỡ)(?:,?\s+(?:và\s+)?(?:theo dõi|bồi dưỡng|giúp đỡ))*\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** Those still being prepared, said after them: " đang được bồi dưỡng", " ưu tú đang được theo dõi". */
// ("35 quần chúng ưu tú đã học lớp nhận thức về Đảng đang được các chi bộ tiếp tục bồi dưỡng", "17 quần chúng đã qua lớp
// bồi dưỡng … đang chờ hoàn tất thủ tục": those trained before, still waiting.)
const PREPARING_AFTER = /^\s*(?:ưu tú\s+)?(?:(?:đã\s+(?:học|qua)\s+lớp|đã được\s+(?:học|bồi dưỡng))[^,;.]{0,60}?\s)?đang\s+(?:(?:được\s+)?(?:các\s+)?(?:chi bộ|cấp ủy|tổ chức đảng)?\s*(?:tiếp tục\s+)?(?:theo dõi|bồi dưỡng|giúp đỡ)|chờ\s+(?:hoàn tất|hoàn thiện|làm|xét|kết nạp))(?![\p{L}])/iu;
/** People harmed, right after them: " bị vùi lấp", " bị thương", " tử vong". */
const HARMED_AFTER = /^\s*(?:đã\s+)?(?:bị\s+(?:thương|nạn|vùi lấp|tai nạn|ngộ độc|nhiễm|bỏng|điện giật|kẹt|mắc kẹt|ngất)|tử vong|thiệt mạng|chết|ngộ độc)(?![\p{L}])/u;
/** Those evacuated or rescued, right before their figure: "sơ tán hơn ", "cứu ". */
const EVACUATED_BEFORE = /(?<![\p{L}])(?:sơ tán|di tản|giải cứu|cứu nạn|cứu)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** A safety network before the count of its members: "mạng lưới an toàn vệ sinh viên ", "Mạng lưới ATVSV tại các doanh nghiệp có ". */
const SAFETY_NETWORK_BEFORE = /mạng lưới(?:\s+(?:an toàn,?\s*vệ sinh viên|ATVSV|an toàn viên))[^,;.]{0,50}?(?:\s(?:có|gồm|với|là))?\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** A lay-off planned or threatened, before its verb: "dự kiến ", "sẽ ", "có thể ", "nguy cơ ", "kế hoạch ". */
const LAY_OFF_PLANNED_BEFORE = /(?<![\p{L}])(?:dự kiến|sẽ|có thể|nguy cơ|kế hoạch|định|buộc phải|phải)(?![\p{L}])/iu;

/** Workers laid off, right before their figure: "cắt giảm ", "sa thải ", "cho thôi việc ", "cho nghỉ việc khoảng ". */
const LAID_OFF_BEFORE = /(?<![\p{L}])(?:cắt giảm|sa thải|cho thôi việc|cho nghỉ việc|chấm dứt hợp đồng(?: lao động)?(?: với)?)\s+(?:(?:hơn|gần|khoảng|trên|tới)\s+)?$/iu;
/** Noun classes of bodies (Party, union, Youth Union organisations, firms). */
const ORGANISATION_NOUN_CLASSES: ReadonlySet<string> = new Set(['party_org', 'union_org', 'youth_org', 'enterprise']);
/** What was listed before, said right after a count of bodies: " kể trên", " cao su, cà phê kể trên", " nêu trên". */
const LISTED_ABOVE_AFTER = /^[^;.\d]{0,30}?(?<![\p{L}])(?:kể trên|nêu trên|nói trên|trên đây)(?![\p{L}])/u;
/** An honour received, right after bodies: " nhận Bằng khen", " được tặng Giấy khen", " đón nhận Cờ thi đua". */
const BODIES_HONOURED_AFTER = /^\s*(?:(?:đã|đều)\s+)?(?:được\s+)?(?:nhận|đón nhận|tặng|trao tặng|trao|khen thưởng)\s+(?:(?:Bằng|Giấy) khen|Cờ thi đua|Huân chương|danh hiệu)(?![\p{L}])/iu;

/** A deal signed with the firms counted next: "ký kết thỏa thuận ưu đãi với ", "ký hợp đồng liên kết với hơn ". */
/** What an epidemic did to people or asked of them, said after them in their clause: " là F0", " bị nhiễm COVID-19", " phải đi cách ly", " được tiêm mũi 1", " không qua khỏi", " tham gia trực tại các chốt" (not "tạm nghỉ việc": a workforce idled is still one). */
const EPIDEMIC_STATUS_AFTER = /^[^;.]{0,60}?(?<![\p{L}])(?:(?:là\s+)?F[0-3](?![\p{L}\d])|(?:bị\s+)?(?<!ô )(?:nhiễm|dương tính)(?:\s+(?:COVID|Covid|covid|SARS|vi rút|virus|bệnh))?|(?:bị\s+)?mắc\s+(?:COVID|Covid|covid|bệnh)|(?:phải\s+)?(?:đi\s+)?cách ly|được\s+tiêm|tiêm\s+(?:mũi|vắc)|không qua khỏi|(?:tham gia\s+)?trực (?:tại|ở) (?:các\s+)?(?:chốt|khu cách ly)|được xét nghiệm)(?![\p{L}])/u;

/** A training in a trade, right before those trained: "đào tạo nghề cho ", "dạy nghề cho khoảng ". */
const TRADE_TRAINEES_BEFORE = /(?<![\p{L}])(?:đào tạo nghề|dạy nghề|học nghề)(?:\s+cho)?(?:\s+(?:khoảng|hơn|gần|trên))?\s*$/iu;
/** Sent to work abroad, said after the people: " đi làm việc ở nước ngoài", " đi xuất khẩu lao động". */
const WORK_ABROAD_AFTER = /^[^;.]{0,20}?(?<![\p{L}])(?:đi\s+)?(?:làm việc|lao động)\s+(?:ở|tại)\s+nước ngoài|^[^;.]{0,20}?(?<![\p{L}])(?:đi\s+)?xuất khẩu lao động/iu;

/** Whether `window` holds a word EPIDEMIC_STATUS_AFTER needs (plain searches before the regex, which most windows fail). */
function _mayTellEpidemic(window: string): boolean {
  return window.includes('F') || window.includes('nhiễm') || window.includes('mắc') || window.includes('dương tính') || window.includes('cách ly') || window.includes('tiêm') || window.includes('qua khỏi') || window.includes('trực') || window.includes('xét nghiệm');
}

/** Jobs to fill, right before the people's figure: "cần tuyển thêm ", "đăng ký tuyển ", "đang cần khoảng ". */
// (Not a hiring done or planned, "đã tuyển thêm 11.740 lao động", "dự kiến tuyển thêm 2.000 người": a change of the workforce.)
const RECRUITING_BEFORE = /(?<![\p{L}])(?:(?:cần|muốn|đăng ký|có nhu cầu)\s+(?:tuyển|tuyển dụng)(?:\s+thêm)?|(?:đang\s+)?cần(?:\s+thêm)?)(?:\s+(?:khoảng|hơn|gần|trên|từ|chừng|ít nhất))?\s*$/iu;
/** The digits of a period ("quý I/2024", "năm 2024", "6/2024"), blanked where a window must hold no figure. */
const PERIOD_DIGITS = /(?:\d{1,2}\/)?(?:19|20)\d{2}|\/(?:19|20)\d{2}/gu;
/** A demand for workers named before their figure: "nhu cầu tuyển dụng của các doanh nghiệp trong KCN khoảng ". */
const DEMAND_NAMED_BEFORE = /(?<![\p{L}])nhu cầu(?:\s+(?:tuyển dụng|tuyển|lao động|nhân lực))[^;.\d]{0,60}$/iu;

/** Those that back an event, up to the firms' figure: "Đồng hành cùng chương trình còn có … và ", "với sự tài trợ của ". */
const SPONSOR_FIRMS_BEFORE = /(?<![\p{L}])(?:đồng hành(?:\s+cùng)?|tài trợ|nhà tài trợ)(?![\p{L}])[^;.:\d]{0,80}(?:\d[\d.,]*\+?\s[^;.:\d]{0,60})?(?:có|gồm|là|của|và|,)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
const PARTNER_FIRMS_BEFORE = /(?<![\p{L}])(?:ký kết|ký)\s+(?:các\s+)?(?:thỏa thuận|thoả thuận|hợp đồng|biên bản ghi nhớ|chương trình)(?:\s+(?:hợp tác|ưu đãi|liên kết|phúc lợi|giảm giá|phối hợp))*\s+với\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A mentor's verb right before those mentored: "kèm cặp ", "truyền nghề cho hơn ", "kèm cặp, hướng dẫn ". */
const MENTORED_BEFORE = /(?<![\p{L}])(?:kèm cặp|truyền nghề|dạy nghề)(?:,?\s+(?:hướng dẫn|truyền nghề|dạy nghề))?(?:\s+cho)?\s+(?:(?:được|hơn|gần|khoảng|trên)\s+)?$/iu;

/** A standard met, said right after what meets it: " đạt tiêu chuẩn Xanh - Sạch - Đẹp", " được công nhận đạt chuẩn văn hóa". */
// (" đạt trong sạch, vững mạnh tiêu biểu", " được xếp loại hoàn thành tốt nhiệm vụ": a rating.)
export const RATED_TO_STANDARD_AFTER = /^\s*(?:(?:đã|đều)\s+)?(?:được\s+(?:công nhận|xếp loại|đánh giá)\s+)?(?:đạt\s+(?:tiêu chuẩn|chuẩn|danh hiệu)(?![\p{L}])(?!\s+(?:thành lập|kết nạp|để))|(?:đạt\s+)?(?:(?:đủ tư cách\s+)?(?:trong sạch,? vững mạnh|vững mạnh|TSVM|hoàn thành (?:tốt|xuất sắc)(?: nhiệm vụ)?|không hoàn thành nhiệm vụ|HTXSNV|HTTNV|HTNV)|["“][^"”]{0,40}vững mạnh["”])(?![\p{L}]))/iu;

/** A sentence that reports a rating: "đánh giá, xếp loại", "kiểm điểm". */
const RATING_REPORTED = /xếp loại|đánh giá chất lượng|kiểm điểm/iu;
/** A lower grade or no grade, right after those counted: " hoàn thành nhiệm vụ", " không xếp loại", " đạt khá", " xếp loại trung bình". */
const RATED_PLAIN_AFTER = /^\s*(?:(?:đã|đều|được)\s+)?(?:(?:xếp loại|đạt)\s+)?(?:hoàn thành nhiệm vụ|không hoàn thành nhiệm vụ|không xếp loại|chưa xếp loại|khá|trung bình|yếu(?: kém)?)(?![\p{L}])/iu;

/** A rating named in a label right before the figure (or its fraction): "TCCSĐ đạt TSVM: ", "Xếp loại HTXSNV: 12/". */
const RATED_LABEL_BEFORE = /(?<![\p{L}])(?:TSVM|HTXSNV|HTTNV|HTNV|xếp loại|trong sạch,? vững mạnh|hoàn thành (?:tốt|xuất sắc) nhiệm vụ)(?![\p{L}])[^.;:]{0,20}:\s*(?:\d[\d.]*\s*\/\s*)?$/iu;
/** A rank out of a field, right before the field's size: "xếp thứ 2/", "đứng thứ 3 / ". */
const RANK_OF_BEFORE = /(?<![\p{L}])thứ\s+\d{1,3}\s*\/\s*$/iu;
/** The next count of a pair, then an honour for both: " và 36 đảng viên được Đảng ủy Khối tặng giấy khen". */
const AWARDED_WITH_NEXT_AFTER = /^\s*(?:,|và)\s+\d[\d.]*\s+[^\d,;.()]{1,30}?\s+(?:đã\s+)?được\s+[^,;.]{0,60}?(?<![\p{L}])(?:tặng|trao tặng|khen thưởng|biểu dương|tuyên dương|vinh danh|công nhận)(?![\p{L}])/iu;
/** A ranking by a deed, before the figure in its sentence: "Đứng đầu về số lượng kết nạp là … với ", "… dẫn đầu về kết nạp …; xếp thứ hai là … với ". */
const RANKED_BY_DEED_BEFORE = /(?<![\p{L}])(?:đứng đầu|dẫn đầu|xếp thứ|đứng thứ)(?![\p{L}])[^;]{0,40}?(?<![\p{L}])(?:kết nạp|phát triển)(?![\p{L}]).*?(?<![\p{L}])(?:với|là|có)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** A place after the first, then what it has: "… đứng thứ hai với ", "xếp thứ 3 với ". */
const RANKED_NEXT_WITH_BEFORE = /(?<![\p{L}])(?:đứng|xếp)\s+thứ\s+(?:hai|ba|tư|năm|nhì|[2-9])(?![\p{L}\d])[^;,.]{0,30}?\s(?:với|là|có)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** The leader of a ranking, then what it has: "Hà Nội đứng đầu với ", "Dẫn đầu là Công đoàn các KCX-KCN TP với ". */
const RANK_LEAD_BEFORE = /(?<![\p{L}])(?:đứng đầu|dẫn đầu|xếp thứ nhất|đứng thứ nhất)(?![\p{L}])[^;,]{0,80}?(?<![\p{L}])(?:với|là|có)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** After the leader of a ranking, another place and its figure: "…đứng đầu với 214 CĐCS, TP Hồ Chí Minh ", "…, LĐLĐ quận 7 ". */
const RANKED_PLACE_BEFORE = /(?<![\p{L}])(?:đứng đầu|dẫn đầu)(?![\p{L}])[^.]*?(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|LĐLĐ|Công đoàn|Đảng bộ)\s+)*(?:\p{Lu}[\p{L}.]*|(?<=(?:quận|huyện)\s+)\d{1,2})(?:[\s-]+(?:\p{Lu}[\p{L}.]*|\d{1,2}))*\s+(?:(?:có|với)\s+)?$/u;

/** A sentence that opens on the deed it ranks by: "Về thành lập mới CĐCS, " (group 1: the deed). */
const DEED_TOPIC_OPENS = /^\s*(?:Về|Trong)\s+(?:công tác\s+)?((?:kết nạp|phát triển|thành lập|giới thiệu)(?:\s+mới)?)[^,;.]{0,40},/iu;

/**
 * A flow of `metric` that the sentence with drafts before this one counted, as a reading; null when none. The leader's
 * share of it is a part, no larger ("kết nạp 52.684 đoàn viên" then "Dẫn đầu là … với 11.205"; not "thành lập 14 CĐCS"
 * then "KCN Đồng Văn II dẫn đầu với 61 CĐCS", which counts what the zone has).
 */
function _previousSentenceFlowOf(drafts: readonly Draft[], firstDraftOfSentence: number, metric: Metric, value: number): Reading | null {
  const d = _lastOfPreviousSentence(drafts, firstDraftOfSentence, (x) => x.unit === 'count' && !x.isDelta && x.kind === 'flow' && _sameFamily(x.metric, metric));
  return d !== null && d.value >= value ? { metric: d.metric, kind: 'flow' } : null;
}

/** The last draft of the sentence with drafts before this one that `fits`, or null. */
function _lastOfPreviousSentence(drafts: readonly Draft[], firstDraftOfSentence: number, fits: (d: Draft) => boolean): Draft | null {
  const sentence = drafts[firstDraftOfSentence - 1]?.sentenceIndex;
  for (let i = firstDraftOfSentence - 1; i >= 0 && drafts[i]!.sentenceIndex === sentence; i--) if (fits(drafts[i]!)) return drafts[i]!;
  return null;
}

/** "đơn vị" right after a figure. */
const UNIT_WORD_AFTER = /^\s*đơn vị(?![\p{L}])/u;
/** A clause on a part of a set counted just before: "trong số 212 CĐCS, chỉ có ", "Trong số 45 chi bộ hiện có, ", "Trong 21 chi bộ, ". */
const AMONG_COUNTED_BEFORE = /(?<![\p{L}])trong(?: số| tổng số)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.]*\s+[^,;:]{2,60},\s*(?:(?:chỉ|mới|đã|vẫn|còn)\s+)?(?:có\s+)?(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?$/iu;
/** Metrics that count organisations. */
export const ORGANISATION_METRICS: ReadonlySet<string> = new Set(['party_organizations', 'union_grassroots', 'youth_organizations']);

/** The last count of organisations in the sentence so far, if any. */
function _previousOrganisations(drafts: readonly Draft[], firstDraftOfSentence: number): Draft | null {
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) if (drafts[i]!.unit === 'count' && ORGANISATION_METRICS.has(drafts[i]!.metric)) return drafts[i]!;
  return null;
}

/** The organisations the sentence before counted last (its drafts end right before `firstDraftOfSentence`), if any. */
function _previousSentenceOrganisations(drafts: readonly Draft[], firstDraftOfSentence: number): Draft | null {
  return _lastOfPreviousSentence(drafts, firstDraftOfSentence, (d) => d.unit === 'count' && ORGANISATION_METRICS.has(d.metric));
}

/** A result word right before a bare figure, after a plan in the same line: ", thực hiện ", "; TH: ", " kết quả: ". */
const RESULT_AFTER_LABEL_BEFORE = /[,;]\s*(?:thực hiện|TH|kết quả|đạt được)(?![\p{L}])\s*:?\s*$/iu;

/** The part of a line before a plan or result word ("2. Thành lập CĐCS: " of "2. Thành lập CĐCS: KH: "), read as a label. */
const PLAN_OR_RESULT_TAIL = /(?<![\p{L}])(?:kế hoạch|chỉ tiêu|KH|thực hiện|TH|kết quả)(?![\p{L}])[^:]{0,40}$/iu;

/** What the label opening a line names ("2. Thành lập CĐCS: …"), for a plan or a result given after it; null when none. */
function _labelOfPlanOrResult(left: string, verb: VerbClass | null, ctx: MentionContext): Reading | null {
  const colon = left.indexOf(':');
  if (colon < 0 || colon > 120 || PLAN_OR_RESULT_TAIL.test(left.slice(0, colon))) return null;
  return _countNamedBefore(left.slice(0, colon + 1), '', verb, ctx);
}

/** A minute's label of those present or absent, right before their figure: "có mặt: ", "vắng mặt: ", "(có lý do: ". */
const PRESENCE_LABEL_BEFORE = /(?<![\p{L}])(?:có mặt|vắng mặt|vắng|hiện diện|có lý do|không lý do)\s*:\s*$/iu;

/** Firms founded, back or idled, said right after them: " thành lập mới", " đăng ký thành lập mới", " quay trở lại hoạt động", " tạm ngừng hoạt động". */
// (" đăng ký tạm ngừng kinh doanh", " hoàn tất thủ tục giải thể", " ngừng hoạt động chờ làm thủ tục giải thể", " hoạt động
// trở lại" registered: the same, as registration statistics word them. Not "đã có 218 doanh nghiệp hoạt động trở lại" after a
// lockdown, the firms at work again.)
const FIRMS_CHANGED_AFTER = /^\s*(?:(?:đã|được|mới)\s+)?(?:(?:đăng ký\s+)?thành lập mới(?!\s+(?:CĐCS|công đoàn|chi bộ|tổ chức|đảng|chi đoàn|đoàn))|(?:đăng ký\s+)?quay (?:trở\s+)?lại hoạt động|đăng ký\s+hoạt động trở lại|(?:đăng ký\s+)?tạm ngừng (?:hoạt động|kinh doanh)|ngừng hoạt động chờ (?:làm\s+)?(?:thủ tục\s+)?giải thể|(?:hoàn tất thủ tục\s+)?giải thể|rút (?:khỏi|lui khỏi) thị trường)(?![\p{L}])/iu;

/** A quota of a deed that "is" the figure after it (group 1: the deed): "chỉ tiêu giới thiệu đoàn viên ưu tú theo Chỉ thị là ". */
const QUOTA_OF_DEED_IS_BEFORE = /(?<![\p{L}])chỉ tiêu\s+((?:kết nạp|giới thiệu|thành lập|phát triển)(?:\s+mới)?)\s+[^;.:\d]{1,60}?\s+là\s+(?:(?:hơn|khoảng|trên|ít nhất)\s+)?$/iu;

/** A plan's words in a review: "chỉ tiêu", "kế hoạch", "KH", "mục tiêu", "Nghị quyết (Đại hội) đề ra (là)". */
const REVIEW_PLAN = String.raw`(?:(?:(?:chỉ tiêu|kế hoạch|KH|mục tiêu)(?:\s+(?:nghị quyết|NQ|chỉ thị|CT)(?:\s+đại hội)?)?|(?:nghị quyết|NQ|chỉ thị)(?:\s+đại hội)?)(?:\s+(?:đề ra|đặt ra|giao|được giao))?(?:\s+là)?\s*:?\s*)`;
/** The head of a review's clause, up to its plan (group 1: the deed; group 2: what it is done to): "về thành lập tổ chức cơ sở đảng, chỉ tiêu ". */
const REVIEW_HEAD = String.raw`(?:^|[;:,])\s*(?:(?:năm|quý|tháng|giai đoạn|nhiệm kỳ)\s+[\dIVX/–-]+\s*,?\s*)?(?:(?:cụ thể|trong đó|về|đối với)[\s,]+)*(?:chỉ tiêu\s+)?((?:kết nạp|giới thiệu|thành lập|phát triển)(?:\s+mới)?)\s+([^,;:\d]{2,60}?)\s*[,:]\s*` + REVIEW_PLAN;
/** A review's plan, right before its figure. */
const REVIEW_PLAN_BEFORE = new RegExp(REVIEW_HEAD + '$', 'iu');
/** A review's result after its plan, right before its figure: "…: chỉ tiêu 250, thực hiện ". */
const REVIEW_RESULT_BEFORE = new RegExp(REVIEW_HEAD + String.raw`\d[\d.,]*\s*,\s*(?:thực hiện|kết quả|TH|đạt)(?:\s+được)?\s*:?\s*$`, 'iu');

/** A deed REVIEW_HEAD needs, and a plan's word REVIEW_PLAN needs: plain tests before the clause is read. */
const REVIEW_DEED = /kết nạp|giới thiệu|thành lập|phát triển/iu;
const REVIEW_PLAN_WORD = /chỉ tiêu|kế hoạch|KH|mục tiêu|nghị quyết|NQ|chỉ thị|CT/iu;

/** The reading of a bare figure in a review's clause (REVIEW_HEAD): the plan, or the result after it; else null. */
function _reviewClauseReading(left: string, ctx: MentionContext): Reading | null {
  const clause = left.slice(left.lastIndexOf(';') + 1).slice(-160);
  // (Its deed and its plan's words are looked for first: most bare figures have neither before them.)
  if (!REVIEW_DEED.test(clause) || !REVIEW_PLAN_WORD.test(clause)) return null;
  const plan = REVIEW_PLAN_BEFORE.exec(clause);
  const head = plan ?? REVIEW_RESULT_BEFORE.exec(clause);
  if (head === null) return null;
  const noun = _nounAt(head[2]!);
  const deed = _verbAtStart(head[1]!)?.cls ?? null;
  const reading = noun === null || deed === null ? null : metricFor(noun.cls, deed, ctx);
  return reading === null || reading.kind !== 'flow' ? null : { metric: reading.metric, kind: plan !== null ? 'target' : 'flow' };
}

/** The reading of a bare figure in brackets after a list item that opens with a counted noun ("gồm nghiệp đoàn xe ôm ("), else null. */
function _nounItemBeforeBracket(left: string, ctx: MentionContext): Reading | null {
  if (!/\(\s*$/u.test(left)) return null;
  let head = left.slice(-200).replace(/\(\s*$/u, '');
  // ("…, bốc xếp (2), …": an item with no noun of its own follows the items before it, back to the one that opens with its noun.)
  for (let k = 0; k < 8; k++) {
    // (Items are split by commas, colons, ";" or "và": "…, buôn bán tại chợ (2) và xây dựng (".)
    const and = head.lastIndexOf(' và ');
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(':'), head.lastIndexOf(';'), and);
    const item = head.slice(cut === and && and >= 0 ? cut + 4 : cut + 1).trim().replace(ITEM_OPENS, '');
    if (item.length < 2 || /[\d()]/u.test(item)) return null;
    const noun = _nounAt(item);
    // (The noun must be followed by what names the item, "nghiệp đoàn xe ôm", not be the whole item: "công đoàn (3)" is read as before.)
    if (noun !== null) return noun.length < item.length && ORGANISATION_NOUNS.has(noun.cls) ? metricFor(noun.cls, 'stock', { ...ctx, trailing: '' }) : null;
    // (The item before: "… xe ôm (3)" ending the text before this one's separator.)
    const previous = cut < 0 ? null : PREVIOUS_BRACKET_ITEM.exec(head.slice(0, cut));
    if (previous === null) return null;
    head = head.slice(0, previous.index + previous[0].length - previous[1]!.length);
  }
  return null;
}
/** Words that open a list's items: "gồm ", "bao gồm ", "trong đó ", "và ". */
const ITEM_OPENS = /^(?:bao gồm|gồm|trong đó|trong số đó|và)\s+/iu;
/** The text before an item ends with the item before it, its figure bare in brackets (group 1: the bracket): "… xe ôm (3)". */
const PREVIOUS_BRACKET_ITEM = /[^,;:()\d]{2,60}?\s*(\(\d[\d.]*\))\s*$/u;

/** Members just counted, then a comma and "kết nạp" right before a bare figure: "27 đảng viên, kết nạp ", "132 đoàn viên, kết nạp mới ". */
const ADMITTED_AFTER_MEMBERS_BEFORE = /\d\s+(?:đảng viên|ĐV|đoàn viên|ĐVCĐ|công đoàn viên)\s*,\s*(?:đã\s+)?(?:kết nạp|KN)(?:\s+(?:mới|thêm|được))*\s+$/u;

/** Whether `left` ends inside a bracket opened right after the last count of the sentence: "138 đảng viên (tăng ". */
function _bracketAfterLastCount(drafts: readonly Draft[], firstDraftOfSentence: number, left: string): boolean {
  const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
  return last !== null && last.unit === 'count' && last.mentionEnd <= left.length && /^\s*\([^()]*$/u.test(left.slice(last.mentionEnd));
}

/**
 * A body named after a comma or ";", right before its bare figure: ", Công ty CP May Thiên Trường ", "; Chi bộ Công ty TNHH
 * Bia Thành Nam ", "; Đảng bộ Quân sự tỉnh " (a name in capitals, then up to five words in small letters, no verb).
 */
const RUN_DOWN_ITEM_BEFORE = /[,;]\s*(?:và\s+)?(?:Tổng [Cc]ông ty|Công ty|Chi bộ|Đảng bộ|CĐCS|Công đoàn|Chi đoàn|Đoàn cơ sở|Nhà máy|Xí nghiệp)(?:\s+(?:\p{Lu}[\p{L}.&-]*|TNHH|CP|MTV|cổ phần|trách nhiệm|hữu hạn|Công ty))+(?:\s+(?!(?:kết nạp|thành lập|giới thiệu|có|là|với|gồm|đạt)(?![\p{L}]))\p{Ll}[\p{L}-]*){0,5}\s+$/u;

/** "trong số đó", "trong số này", "người trong số đó" right after a bare figure: a part of the count before. */
const PART_OF_THOSE_AFTER = /^\s*(?:người\s+)?trong\s+số\s+(?:đó|này|họ)(?![\p{L}])/u;

/**
 * Between the figure before and a bare figure in brackets: the rest of the bracket of the one before (" đoàn viên được
 * giới thiệu)"), a separator, the name
 * of a place or a body, and the bracket that opens this one: "), Hà Nội (", ") và Bắc Ninh (", ") hay Hà Nội (", "); xếp
 * trên Nghệ An (".
 */
const NEXT_IN_BRACKET_LIST = /^[^()\d;]{0,40}\)\s*(?:[,;]\s*(?:(?:và|hay|hoặc)\s+|(?:\p{Ll}+\s+){1,3})?|\s+(?:và|hay|hoặc)\s+)(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|thị xã|quận|xã|phường|thị trấn)\s+)?\p{Lu}[\p{L}.]*(?:[\s-]+\p{Lu}[\p{L}.]*){0,4}\s*\(\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/**
 * The same, between items of a list of bodies whose names run on in small letters ("), Đảng bộ Tập đoàn Điện lực Việt
 * Nam (", ") và Công đoàn Công ty Kho vận Lạc Long ("), each figure in its bracket with the same noun.
 */
const NEXT_IN_BODY_BRACKET_LIST = /^[^()\d;]{0,40}\)\s*(?:[,;]\s*(?:(?:và|hay|hoặc)\s+)?|\s+(?:và|hay|hoặc)\s+)(?:Đảng bộ|Đảng ủy|Chi bộ|Công đoàn|CĐCS|Công ty|Tổng công ty|Tập đoàn|Nhà máy|Xí nghiệp)\s+\p{Lu}[\p{L}.]*(?:[\s-]+[\p{L}.]+){0,10}\s*\(\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/**
 * The reading of the item before in a bracketed list of bodies, each with its figure and the same noun ("như Đảng bộ Tập đoàn
 * … (905 đảng viên), Đảng bộ Tập đoàn … (812 đảng viên) và …", "Công đoàn Công ty … (216 đoàn viên được giới thiệu),
 * Công đoàn Công ty … (198 đoàn viên)"): what the first figure counts, the others do; else null.
 */
export function _nextOfNamedBracketList(drafts: readonly Draft[], firstDraftOfSentence: number, sentence: string, at: number, nounText: string): Reading | null {
  const d = _countJustBefore(drafts, firstDraftOfSentence, at, 160);
  if (d === null || !NEXT_IN_BODY_BRACKET_LIST.test(sentence.slice(d.mentionEnd, at))) return null;
  const before = sentence.slice(d.mentionStart, d.mentionEnd).replace(/^[\d.,\s]+/u, '').toLowerCase();
  return before === nounText.trim().toLowerCase() ? { metric: d.metric, kind: d.kind } : null;
}

/**
 * The reading of the figure before, when a bare figure in brackets follows it as the next item of a list of places or
 * bodies, each with its figure in brackets (NEXT_IN_BRACKET_LIST); else null.
 */
function _nextOfBracketList(drafts: readonly Draft[], firstDraftOfSentence: number, sentence: string, at: number): Reading | null {
  const d = _countJustBefore(drafts, firstDraftOfSentence, at, 90);
  return d !== null && NEXT_IN_BRACKET_LIST.test(sentence.slice(d.mentionEnd, at)) ? { metric: d.metric, kind: d.kind } : null;
}

/** The sentence's last draft when it is a count (no change) ending at most `within` code units before `at`; else null. */
function _countJustBefore(drafts: readonly Draft[], firstDraftOfSentence: number, at: number, within: number): Draft | null {
  const d = drafts[drafts.length - 1];
  return drafts.length - 1 < firstDraftOfSentence || d === undefined || d.unit !== 'count' || d.isDelta || d.mentionEnd > at || at - d.mentionEnd > within ? null : d;
}

/**
 * Between the figure before and a bare figure: the rest of its clause, a separator, a province's name (group 1) and what
 * it has: ", Vĩnh Phúc ", "; Tiền Giang ", ", trong khi Hải Dương mới có ", ", còn tỉnh Bắc Kạn chỉ có ".
 */
const NEXT_PROVINCE_BEFORE = /^[^()\d;.]{0,60}?[,;]\s*(?:(?:và|còn|trong khi|hay|hoặc)\s+)?(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*)?(\p{Lu}[\p{L}.]*(?:[\s-]+\p{Lu}[\p{L}.]*){0,3})\s+(?:(?:mới|chỉ|cũng|đã|vẫn)\s+)*(?:(?:có|là|đạt|với)\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/**
 * The reading of the figure before, when a bare figure follows it as what a province named after it has
 * (NEXT_PROVINCE_BEFORE, the name in the gazetteer); else null.
 */
function _nextOfProvinceList(drafts: readonly Draft[], firstDraftOfSentence: number, sentence: string, at: number): Reading | null {
  const d = _countJustBefore(drafts, firstDraftOfSentence, at, 120);
  if (d === null) return null;
  const place = NEXT_PROVINCE_BEFORE.exec(sentence.slice(d.mentionEnd, at));
  return place !== null && canonicalProvince(place[1]!) !== null ? { metric: d.metric, kind: d.kind } : null;
}

/** A job, right after a bare figure: " tổ trưởng sản xuất", " kỹ sư thiết kế", " trưởng chuyền" (people, but of no metric by themselves). */
const JOB_AFTER = /^\s*(?:tổ trưởng|tổ phó|trưởng ca|trưởng chuyền|trưởng nhóm|trưởng phòng|phó phòng|trưởng bộ phận|quản đốc|phó quản đốc|giám đốc|phó giám đốc|kỹ sư|kĩ sư|kỹ thuật viên|kĩ thuật viên|cử nhân|thạc sĩ|bác sĩ|y sĩ|điều dưỡng|dược sĩ|giáo viên|giảng viên|chủ doanh nghiệp|cán bộ quản lý|chuyên viên|cựu chiến binh|bộ đội xuất ngũ)(?![\p{L}])/iu;

/** The people a sentence may open on, of whom it then counts the women. */
const SUBJECT_PEOPLE: ReadonlySet<NounClass> = new Set<NounClass>(['new_party_member', 'party_member', 'union_member', 'youth_member', 'trainee']);

/**
 * What the women counted in a sentence that stated no count before them are a part of: the people it opens on ("Các
 * đảng viên mới có tuổi đời từ 22 đến 35; 7 người là nữ", "Cả 5 đảng viên mới đều là công nhân …, trong đó có 4 nữ");
 * else null.
 */
function _womenAmongSubject(left: string, ctx: MentionContext, drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  if (drafts.length > firstDraftOfSentence) return null;
  const subject = _firstNounIn(left.slice(0, 160));
  if (subject === null || !SUBJECT_PEOPLE.has(subject.cls)) return null;
  const r = metricFor(subject.cls, 'stock', { ...ctx, trailing: '' });
  return r !== null && PEOPLE_METRICS.has(r.metric) ? r : null;
}

/** A comparison with a point in time after a change: " … so với đầu nhiệm kỳ", " so với thời điểm thành lập", " so với cuối năm 2017". */
const POINT_IN_TIME_COMPARED = /^[^;]{0,40}?so với\s+(?:thời điểm\s+)?(?:đầu nhiệm kỳ|đầu năm|đầu kỳ|đầu giai đoạn|cuối năm|cuối nhiệm kỳ|(?:khi|lúc|ngày)\s+(?:mới\s+)?thành lập|thành lập)(?![\p{L}])/iu;

/** A total raised, of what a deed did, right before a figure: "nâng tổng số đảng viên kết nạp 9 tháng lên ", "nâng tổng số đoàn viên phát triển mới lên ", "nâng số kết nạp cả năm lên " (group 1: the deed). */
const RAISED_TOTAL_OF_DEED = /(?<![\p{L}])(?:nâng|đưa) (?:tổng )?số\s+(?:[^\d,;.]{0,30}?\s)?(?:được\s+)?(kết nạp|phát triển|giới thiệu|thành lập)(?![\p{L}])[^\d,;.]{0,30}?(?:\s\d{1,2}\s+tháng[^\d,;.]{0,20}?)?\s+lên\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A line headed by a noun and a colon, and nothing else before it: "Tổ chức đảng: ", "- Đoàn viên: " (group 1: the noun). */
const LINE_NOUN_LABEL = /^\s*(?:[-+•*–]\s*)?([^:;,.\d()]{2,30}):/u;

/** Right after a bare figure, a class of ours studied: " học lớp nhận thức về Đảng", " người đã tham gia lớp bồi dưỡng". */
const STUDIED_CLASS_AFTER = /^\s*(?:người\s+)?(?:đã\s+|được\s+)?(?:học|theo học|tham gia|dự)\s+(?:các\s+)?lớp\s+(?:bồi dưỡng|cảm tình|nhận thức|đối tượng|lý luận|BDNT|đảng viên mới)(?![\p{L}])/iu;

/** Right after a figure, a fishermen's guild or its members: " nghiệp đoàn nghề cá", " đoàn viên nghiệp đoàn". */
const FISHING_GUILD_AT = /^\s*(?:nghiệp đoàn nghề cá|đoàn viên nghiệp đoàn)(?![\p{L}])/u;

/** "không phải (là)" right before a figure: the figure denied. */
/** Children, right after the figure: " người con", " người con trai". */
const CHILDREN_AFTER = /^\s*người\s+con(?![\p{L}])/u;
/** "một trong ", "1 trong số " right before a set's figure. */
const ONE_OF_SET_BEFORE = /(?<![\p{L}\d])(?:một|1)\s+trong\s+(?:số\s+)?$/iu;
/** A workforce named as the subject, then "là", right before the figure: "lực lượng lao động tại 17 khu chế xuất … là khoảng ". */
const WORKFORCE_IS_BEFORE = /(?<![\p{L}])(?:lực lượng lao động|tổng số lao động|số lao động|tổng số công nhân|số công nhân)(?![\p{L}])[^;:\d]{0,90}?\s(?:là|có|khoảng)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$/iu;
/** A gap between two figures, right before it: "Chênh lệch ", "số chênh lệch giữa hai kỳ báo cáo là ", "sai lệch khoảng ". */
const DIFFERENCE_BEFORE = /(?<![\p{L}])(?:chênh lệch|sai lệch)(?:\s+giữa\s[^;,.\d]{1,60}?)?\s*(?:là\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$/iu;
/** The set is of people singled out: "… tiêu biểu", "… xuất sắc", "… điển hình" (not what the one of them was given: "là 1 trong 45 CĐCS …, nhiều năm liền được … tặng Cờ thi đua"). */
const HONOURED_SET_AFTER = /^[^.;]{0,50}?(?<![\p{L}])(?:tiêu biểu|xuất sắc|điển hình)(?![\p{L}])/iu;

const DENIED_BEFORE = /(?<![\p{L}])không phải(?:\s+là)?\s+$/iu;

/** A label of those honoured, then "là" before their figure: "số tập thể được … tặng Bằng khen … là ". */
const HONOURED_LABEL_BEFORE = /(?<![\p{L}])số\s+[^.;\d]{0,40}?(?:được|đã được)\s+[^.;\d]{0,60}?(?:tặng|trao|khen thưởng|tuyên dương|biểu dương|vinh danh)(?![\p{L}])[^.;]{0,100}?(?<![\p{L}])(?:là|mà là|chỉ là)\s+$/iu;

/** A label of members a deed was done to, then "là", right before the figure: "Số đảng viên kết nạp 6 tháng của Đảng bộ Khối là ". */
const MEMBERS_OF_DEED_LABEL_BEFORE = /(?<![\p{L}])(?:tổng\s+)?[Ss]ố\s+(?:đảng viên|đoàn viên|ĐV|ĐVCĐ)\s+(?:mới\s+)?(?:được\s+)?(?:kết nạp|phát triển)(?:\s+mới)?(?:\s[^;,()]{0,60}?)?\s(?:là|đạt)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;

/** A deed or "mới" in a label: those it names are added, not what there is. */
const DEED_IN_LABEL = /(?<![\p{L}])(?:kết nạp|phát triển|giới thiệu|mới|tuyển)(?![\p{L}])/iu;

/** A sector named after ";" or ",", right before its bare figure: "; khối trường học ", "; lực lượng vũ trang ", ", các đảng bộ trường đại học, cao đẳng ", "; khối cơ quan, đơn vị sự nghiệp ". */
const RUN_DOWN_SECTOR_BEFORE = /[,;]\s*(?:và\s+)?(?:khối|lực lượng vũ trang|các đảng bộ|đảng bộ)(?:,?\s+(?!(?:kết nạp|thành lập|giới thiệu|có|là|với|gồm|đạt)(?![\p{L}]))[\p{L}-]+){0,9}\s+$/iu;

/** Whom a body admits: the members of its kind. */
const ADMITTED_BY_BODY: Partial<Record<Metric, Metric>> = { party_organizations: 'party_admissions', union_grassroots: 'union_members', youth_organizations: 'youth_members' };

/** The bodies of each family of members: what a bare figure founded counts when its noun was borrowed from members. */
const FOUNDED_FOR_MEMBERS: Partial<Record<Metric, Metric>> = { party_admissions: 'party_organizations', party_members: 'party_organizations', union_members: 'union_grassroots', youth_members: 'youth_organizations' };

/** "tiếp theo là", "tiếp đến là", "kế đến là", "xếp sau là" after the leader of a ranking, then places and their figures. */
const RANKED_NEXT_BEFORE = /(?<![\p{L}])(?:tiếp theo|tiếp đến|kế đến|kế tiếp|theo sau|xếp sau)(?:\s+(?:là|lần lượt là))?\s[^;]*$/iu;

/**
 * The leader's count of a ranking: the first count of the sentence, or (a sentence that opens with "Tiếp theo là …")
 * the last count of the sentence before; null when there is none.
 */
function _rankingLeader(drafts: readonly Draft[], firstDraftOfSentence: number): Reading | null {
  const first = drafts.length > firstDraftOfSentence ? drafts[firstDraftOfSentence]! : null;
  if (first !== null) return first.unit === 'count' && !first.isDelta ? { metric: first.metric, kind: first.kind } : null;
  return _previousSentenceCount(drafts, firstDraftOfSentence);
}

/** The last count (no change) of the sentence with drafts before this one, as a reading; null when it has none. */
function _previousSentenceCount(drafts: readonly Draft[], firstDraftOfSentence: number, keepKind = false, value?: number): Reading | null {
  // (A part is of what was done, not of the plan beside it: with `keepKind`, plans are passed over.)
  const fits = (x: Draft): boolean => !(keepKind && x.kind === 'target') && x.unit === 'count' && !x.isDelta;
  let d = _lastOfPreviousSentence(drafts, firstDraftOfSentence, fits);
  // ("… có 73 tổ chức đảng …, gồm 12 đảng bộ và 61 chi bộ, với 1.126 đảng viên. Trước thời điểm sắp xếp …, con số này
  // là 70": "this figure" is one of its own size, when the last is of another order and an earlier one is close.)
  if (d !== null && value !== undefined && value > 0 && !_sameOrder(d.value, value)) {
    const sentence = d.sentenceIndex;
    for (let i = firstDraftOfSentence - 1; i >= 0 && drafts[i]!.sentenceIndex === sentence; i--) {
      const x = drafts[i]!;
      if (fits(x) && x.value >= value / 1.5 && x.value <= value * 1.5) {
        d = x;
        break;
      }
    }
  }
  return d === null ? null : { metric: d.metric, kind: keepKind || d.kind === 'target' ? d.kind : 'stock' };
}

/**
 * A label of Party members moving in or out, or dying, right before a figure, at the head of its line or part:
 * "- Chuyển sinh hoạt đảng chính thức đến: ", "; chuyển đi: ", "- Đảng viên từ trần: ".
 */
const MEMBERS_MOVED_LABEL = /(?:^|[\n;]|[-+•]\s)\s*(?:(?:số\s+)?(?:đảng viên|ĐV)\s+)?(?:chuyển sinh hoạt(?:\s+đảng)?(?:\s+chính thức)?(?:\s+(?:đến|về|đi|ra))?|chuyển (?:đến|đi)|từ trần|qua đời|từ trần, qua đời)\s*:\s*$/iu;

/** Whether two figures are within a factor of five of each other. */
function _sameOrder(a: number, b: number): boolean {
  return a <= b * 5 && b <= a * 5;
}

/** "con số này", "con số đó", "con số trên": a figure stated before. */
const THAT_FIGURE_BEFORE = /(?<![\p{L}])con số (?:này|đó|trên|ấy)(?![\p{L}])/iu;

/** A sentence that opens with "Trong đó" (or "Trong số đó"). */
const BREAKDOWN_OPENS_SENTENCE = /^\s*trong (?:số )?đó(?![\p{L}])/iu;

/** A mark that numbers a place: "Km ", "lô ", "Quốc lộ ", "số nhà ", "tầng ". */
const ADDRESS_MARK_BEFORE = /(?<![\p{L}])(?:Km|km|lô(?: số)?|Lô(?: số)?|Quốc lộ|quốc lộ|QL|Tỉnh lộ|tỉnh lộ|số nhà|nhà số|tầng|Tầng|khu phố|Khu phố|tổ dân phố|Tổ dân phố)\s*$/u;

/** People a label may name before a change counted in "người": "Số lao động tăng 8.920 người". */
const LABELLED_PEOPLE: ReadonlySet<NounClass> = new Set<NounClass>(['worker', 'party_member', 'member', 'union_member', 'youth_member']);

/** A count word that opens a label: "Số đoàn viên …", "tổng số đảng viên …" (not "số lượng", "số liệu"). */
// (Not "một số", "some": "đỡ đầu một số doanh nghiệp, nhờ vậy đã kết nạp được 23 chủ doanh nghiệp".)
const COUNT_LABEL_BEFORE = /(?<![\p{L}])(?<![Mm]ột )(?:tổng\s+)?[Ss]ố\s+(?!lượng|liệu|tiền|lần|lượt)\p{L}/u;

/** The reading of a count that is one (see _isNotACount). */
export function _countReading(c: CountMention, drafts: readonly Draft[], firstDraftOfSentence: number): CountReading {
  const { m, left, right, noun, direct, verb, inherited, ctx } = c;
  let reading: Reading | null = null;
  let confidence = inherited ? 0.75 : 0.9;
  let isDelta = false;
  let governs: VerbClass | null = null;
  // ("giới thiệu 14 đoàn viên ưu tú, trong đó 6 người đã được kết nạp, góp phần để … thành lập Chi bộ Công ty với 11 đảng
  // viên": the members a body is founded with; the verb of an earlier clause governs them no more.)
  if (inherited && direct === 'stock' && noun !== null && left.includes('với') && FOUNDED_WITH_BEFORE.test(left.slice(-90))) return _countReading({ ...c, verb: 'stock', inherited: false, parent: null }, drafts, firstDraftOfSentence);
  if (c.comparison) {
    // A change against another period. Of a stock ("… 812 đảng viên, tăng 9 tổ chức đảng và 231 đảng
    // viên so với đầu nhiệm kỳ") it is that noun's flow; of a flow just stated ("kết nạp 87 đảng viên,
    // tăng 12 đảng viên so với năm 2022") it is a difference of flows, marked as a delta.
    const clause = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(',')) + 1).slice(-120);
    // ("Số lao động tăng 8.920 người so với cuối năm 2017": "người" classifies the people the label names.)
    const named = noun?.cls === 'person' && COUNT_LABEL_BEFORE.test(clause) ? _firstNounIn(clause) : null;
    // ("…, số đoàn viên giảm 2.860 người": the members the label names; not "đoàn viên" a deed names, "Số đoàn viên được
    // giới thiệu tăng 37 người so với cùng kỳ", who are no members added.)
    const subject = (named !== null && LABELLED_PEOPLE.has(named.cls) && (named.cls !== 'member' || !DEED_IN_LABEL.test(clause)) ? named.cls : null) ?? noun?.cls ?? _firstNounIn(clause)?.cls ?? null;
    const own = subject ? metricFor(subject, 'increase', ctx) : null;
    // (The flow compared is the last one stated, past any plan in brackets: "kết nạp 1.186 ĐV, đạt 49,4%
    // kế hoạch năm (kế hoạch 2.400 ĐV), tăng 52 ĐV so với cùng kỳ".)
    const before = _previousCount(drafts, firstDraftOfSentence, true) ?? _previousCount(drafts, firstDraftOfSentence);
    // ("Cùng với 63 đảng viên được kết nạp mới, tổng số đảng viên của Đảng bộ Khối tăng 36 đồng chí so với đầu năm": a
    // label that names the members, not those added, is the stock that changed.)
    const stockNamed = named !== null && own !== null && LABELLED_PEOPLE.has(named.cls) && !DEED_IN_LABEL.test(clause);
    // ("kết nạp 138 đảng viên (tăng 17 so với năm 2022; …)": a bare change in a bracket opened right after a flow is that
    // flow's, whatever noun the clause opened with.)
    const bracketed = noun === null && before !== null && before.kind === 'flow' && _bracketAfterLastCount(drafts, firstDraftOfSentence, left);
    // ("kết nạp 14 đảng viên, …, tăng 9 đảng viên so với đầu nhiệm kỳ": against a point in time, the start of a term or a year,
    // a change of the noun's stock, not of the flow before it.)
    if (before && before.kind === 'flow' && own !== null && noun !== null && !bracketed && own.metric !== before.metric && POINT_IN_TIME_COMPARED.test(right)) {
      reading = { metric: own.metric, kind: 'flow' };
    } else if (before && before.kind === 'flow' && !stockNamed && (!own || bracketed || _sameFamily(before.metric, own.metric))) {
      reading = { metric: before.metric, kind: 'flow' };
      isDelta = true;
    } else if (!own && before && noun === null && before.kind === 'stock') {
      // "Số đảng viên cuối năm 2018 là 412, tăng 174 so với cuối năm 2015": a bare change of the stock just stated.
      // ("tăng 9 tổ chức và 420 đoàn viên": "tổ chức" counts the organisations just counted, and the change governs on.)
      const orgs = ORGANISATION_UNIT_AFTER.test(right) ? _previousOrganisations(drafts, firstDraftOfSentence) : null;
      reading = { metric: orgs?.metric ?? before.metric, kind: 'flow' };
      governs = 'increase';
    } else if (!own && before && noun?.cls === 'person' && PEOPLE_METRICS.has(before.metric)) {
      // "… hiện là 9.418 đồng chí, tăng 1.702 đồng chí so với năm 2020": people of the stock just stated.
      reading = { metric: before.metric, kind: 'flow' };
    } else {
      reading = own ? { metric: own.metric, kind: 'flow' } : null;
      // ("…, trong đó 58 chi đoàn cơ sở và 28 đoàn cơ sở; tăng 9 tổ chức và 420 đoàn viên so với năm 2022": "tổ chức"
      // as a classifier counts the organisations just counted.)
      if (reading === null && ORGANISATION_UNIT_AFTER.test(right)) {
        const orgs = _previousOrganisations(drafts, firstDraftOfSentence);
        if (orgs !== null) reading = { metric: orgs.metric, kind: 'flow' };
      }
      governs = 'increase';
    }
    confidence = 0.6;
  } else if (!noun && (reading = _reviewClauseReading(left, ctx)) !== null) {
    // "…; kết nạp đảng viên: chỉ tiêu 250, thực hiện 236", "về thành lập tổ chức cơ sở đảng, chỉ tiêu Nghị quyết đề ra là 15,
    // thực hiện 17": a review's clause names a deed and what it is done to, then the plan and the result.
    confidence = 0.7;
  } else if (!noun && left.charCodeAt(left.length - 1) === 0x2f && PLAN_AFTER_SLASH.test(right)) {
    // "KN 156 ĐV/150 chỉ tiêu", "97/130 chỉ tiêu năm": the plan a result is set over.
    // (Not "hoàn thành 21/24 chỉ tiêu chủ yếu": the targets met, counted, when no count of ours stands before the "/".)
    const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
    const before = last !== null && last.mentionEnd >= left.length - 12 ? _previousCount(drafts, firstDraftOfSentence) : null;
    reading = before ? { metric: before.metric, kind: 'target' } : null;
    confidence = 0.7;
  } else if (!noun && PLAN_BEFORE.test(left.slice(-24))) {
    // "14 CĐCS (kế hoạch 10)": the plan for the figure before; "2. Thành lập CĐCS: KH: 25", "- Kết nạp đảng viên: kế
    // hoạch 50": the plan of what the line's label names.
    const before = _previousCount(drafts, firstDraftOfSentence) ?? _labelOfPlanOrResult(left, verb, ctx);
    reading = before ? { metric: before.metric, kind: 'target' } : null;
    confidence = 0.7;
  } else if (!noun && RESULT_AFTER_LABEL_BEFORE.test(left.slice(-24)) && /^\s*(?:[,;.)(]|$)/u.test(right)) {
    // "- Kết nạp đảng viên: kế hoạch 50, thực hiện 46": the result of what the line's label names.
    const labelled = _labelOfPlanOrResult(left, verb, ctx);
    reading = labelled ? { metric: labelled.metric, kind: labelled.kind === 'target' ? 'flow' : labelled.kind } : null;
    confidence = 0.7;
  } else if (noun) {
    // A passive verb after people overrides an inherited or weak verb:
    // "giới thiệu 420 đoàn viên …; trong đó, 215 đoàn viên được kết nạp vào Đảng",
    // "tổng số 123 đảng viên được kết nạp".
    const weak = inherited || verb === null || verb === 'stock' || verb === 'mobilize';
    // "kết nạp 18 đảng viên, trong đó có 11 đồng chí là đoàn viên thanh niên": those of a breakdown described
    // by what they are count what the total counts.
    // ("… kết nạp mới 4.215 đoàn viên; trong đó đoàn viên là người dân tộc Khmer có 2.940 em": so do people of a
    // breakdown of whom nothing else is said; "trong đó 215 người được kết nạp" says what happened to them.)
    // ("3.215 đoàn viên được kết nạp mới": members new to their own body, no Party named.)
    const event = (weak ? _newMembersReading(noun.cls, ctx.trailing, ctx) : null) ?? (weak && PEOPLE_NOUNS.has(noun.cls) ? _trailingReading(ctx) : null);
    // (Not people of a stock said to be members of something: "hơn 3.200 công nhân, trong đó 3.050 người là đoàn
    // viên công đoàn" counts members.)
    const joined = c.parent !== null && c.parent.kind === 'stock' && event !== null && event.metric !== c.parent.metric;
    // ("có 74 đoàn viên được kết nạp Đảng, trong đó 41 đảng viên là nữ": so do Party members of a breakdown of admissions.)
    // (Not people a verb of their own governs: "giới thiệu 138 người; trong đó đã được kết nạp: 49 người".)
    const described = c.parent !== null && !joined && !(noun.cls === 'person' && (direct === 'admit' || direct === 'refer') && c.parent.kind === 'flow' && (c.parent.metric === 'referrals') !== (direct === 'refer')) && (noun.cls === 'person' || (noun.cls === 'party_member' && c.parent.metric === 'party_admissions') || (noun.cls === 'member' && (c.parent.metric === 'youth_members' || c.parent.metric === 'union_members'))) && PEOPLE_METRICS.has(c.parent.metric) && (event === null || event.kind !== 'flow') && (/^\s*(?:đều\s+)?là\s/u.test(ctx.trailing) || (noun.cls === 'person' && event === null && c.parent.kind === 'flow')) ? c.parent : null;
    // "kết nạp 156 đảng viên, trong đó có 58 đoàn viên thanh niên là công nhân": those admitted or referred, named
    // by what they were before, are still admitted or referred (unless their own verb says otherwise).
    // ("kết nạp 1.826 đoàn viên, …, trong đó có 612 công nhân làm việc theo mùa vụ": so are those a union recruited.)
    const former = described === null && c.parent !== null && c.inherited && (c.parent.metric === 'party_admissions' || c.parent.metric === 'referrals' || (c.parent.kind === 'flow' && (c.parent.metric === 'union_members' || c.parent.metric === 'youth_members') && noun.cls === 'worker')) && FORMER_GROUP_NOUNS.has(noun.cls) && (event === null || event.kind !== 'flow') ? c.parent : null;
    // "Nghiệp đoàn ra mắt với 167 đoàn viên, gồm 58 lái xe taxi … và 109 lái xe …": members broken down by their
    // trade are still members (not the workforce a rate of members is taken over: "4.320 đoàn viên/5.108 lao động").
    const byTrade = described === null && former === null && c.parent !== null && c.parent.kind === 'stock' && (c.parent.metric === 'union_members' || c.parent.metric === 'party_members') && noun.cls === 'worker' && event === null && TRADE_PART_BEFORE.test(left.slice(-24)) ? c.parent : null;
    const peopleTrailing = described === null ? event : null;
    // (Before a comma: in "… với bảy đảng viên, giám đốc là người đầu tiên làm đơn xin vào Đảng" another subject joins.)
    // ("142 đảng viên kết nạp trong 3 năm qua": members admitted, said right after them.)
    const partyTrailing = weak && noun.cls === 'party_member' && (TRAILING_ADMIT_PARTY.test(ctx.trailing.split(',', 1)[0]!) || /^\s*(?:mới\s+)?kết nạp(?![\p{L}])/u.test(ctx.trailing)) ? ({ metric: 'party_admissions', kind: 'flow' } as const) : _movedOrLeft(noun.cls, left, right, weak, ctx.trailing, c.parent?.metric ?? null);
    // "Trong 23 ĐV mới kết nạp có 15 ĐV là công nhân …; 8 ĐV là đoàn viên thanh niên": members of the group of
    // those admitted are admitted.
    const ofAdmitted = left.length > 8 && _opensWithTrong(left) && GROUP_OPENS.test(left) ? (_newGroupReading(left, noun, ctx) ?? (noun.cls === 'person' ? _verbGroupReading(left, drafts) : null)) : null;
    // "Số đoàn viên kết nạp mới: 2.190 người": people counted under a label that names them are what it names.
    // ("số đoàn viên được giới thiệu là 315 người và số được kết nạp là 187 người": a label of the deed alone, nearest first.)
    const labelsPeople = noun.cls === 'person' && described === null && former === null && ofAdmitted === null && peopleTrailing === null && partyTrailing === null && COUNT_LABEL_BEFORE.test(left.slice(left.lastIndexOf(';') + 1));
    const deedOnly = labelsPeople ? DEED_ONLY_LABEL_BEFORE.exec(left.slice(-100)) : null;
    // ("Số đảng viên kết nạp 6 tháng của Đảng bộ Khối là 73 đảng viên": members under a label that names a deed done to them
    // are what it names.)
    const labelsDeed = !labelsPeople && MEMBERSHIP_NOUN_CLASSES.has(noun.cls) && (direct === 'stock' || direct === null) && described === null && ofAdmitted === null && peopleTrailing === null && partyTrailing === null && left.includes('ố') && MEMBERS_OF_DEED_LABEL_BEFORE.test(left.slice(-120));
    const labelled = deedOnly !== null ? (deedOnly[1]!.toLowerCase() === 'giới thiệu' ? ({ metric: 'referrals', kind: 'flow' } as const) : ({ metric: 'party_admissions', kind: 'flow' } as const)) : labelsPeople ? _membersOf(_countNamedBefore(left, right.slice(noun.length), verb, ctx, true)) : labelsDeed ? _countNamedBefore(left, right.slice(noun.length), verb, ctx, true) : null;
    // "đã thành lập CĐCS tại 5 DN FDI": one new body in each firm counted.
    const foundAt = noun.cls === 'enterprise' ? FOUND_AT_FIRMS_BEFORE.exec(left.slice(-80)) : null;
    const bodies = foundAt === null ? null : _nounAt(foundAt[1]!);
    const perFirm = bodies === null ? null : metricFor(bodies.cls, 'found', ctx);
    reading = described ?? former ?? byTrade ?? ofAdmitted ?? peopleTrailing ?? partyTrailing ?? labelled ?? (perFirm === null ? null : { metric: perFirm.metric, kind: 'flow' }) ?? metricFor(noun.cls, verb, ctx);
    // ("chỉ tiêu giới thiệu đoàn viên ưu tú theo Chỉ thị là 300 đoàn viên": a quota of a deed, named before its figure.)
    const quota = left.includes('chỉ tiêu') ? QUOTA_OF_DEED_IS_BEFORE.exec(left.slice(-120)) : null;
    const quotaVerb = quota === null ? null : (_verbAtStart(quota[1]!)?.cls ?? null);
    const quotaReading = quotaVerb === null ? null : metricFor(noun.cls, quotaVerb, ctx);
    if (quotaReading !== null && quotaReading.kind === 'flow') reading = { metric: quotaReading.metric, kind: 'target' };
    // ("có 720 doanh nghiệp thành lập mới", "98 doanh nghiệp quay trở lại hoạt động", "71 doanh nghiệp tạm ngừng hoạt động":
    // firms founded, back or idled in the period are a change of the firms there are.)
    if (reading !== null && reading.kind === 'stock' && reading.metric === 'enterprises' && FIRMS_CHANGED_AFTER.test(ctx.trailing)) reading = { metric: 'enterprises', kind: 'flow' };
    // "17 CĐCS mới", "Trong 17 CĐCS mới có 5 …": new bodies are this period's (not "12 chi bộ mới có 3 …", "only").
    if (reading !== null && reading.kind === 'stock' && BODY_NOUNS.has(noun.cls) && _newAfter(ctx.trailing, left)) reading = { metric: reading.metric, kind: 'flow' };
    // "tiếp nhận 145 đảng viên chuyển sinh hoạt đảng chính thức đến": members received from elsewhere in the period.
    // (Whatever verb the list governed before: "đã kết nạp 8 đảng viên mới, tiếp nhận 3 đảng viên chuyển sinh hoạt đảng đến".)
    if ((noun.cls === 'party_member' || (noun.cls === 'person' && /^\s*đồng chí/u.test(right))) && RECEIVED_BEFORE.test(left.slice(-24)) && ARRIVED_AFTER.test(ctx.trailing)) reading = { metric: 'party_members', kind: 'flow' };
    // ("- Chuyển sinh hoạt đảng chính thức đến: 19 đồng chí; chuyển đi: 33 đồng chí;", "- Đảng viên từ trần: 4 đồng chí":
    // comrades under a label of members moving in or out, or dying, are a change of the membership.)
    else if ((noun.cls === 'party_member' || (noun.cls === 'person' && /^\s*đồng chí/u.test(right))) && left.includes(':') && MEMBERS_MOVED_LABEL.test(left.slice(-80))) reading = { metric: 'party_members', kind: 'flow' };
    // ("kết nạp 37 đảng viên, nâng tổng số đảng viên kết nạp 9 tháng lên 104 đảng viên": the running total of a deed is that
    // deed's count, for the longer period.)
    if (reading !== null && reading.kind === 'stock' && left.includes('nâng')) {
      const deed = RAISED_TOTAL_OF_DEED.exec(left.slice(-120));
      const deedVerb = deed === null ? null : (_verbAtStart(deed[1]!)?.cls ?? null);
      const total = deedVerb === null ? null : metricFor(noun.cls, deedVerb, ctx);
      if (total !== null && total.kind === 'flow') reading = total;
    }
    // ("… toàn Khối mới kết nạp 37 đảng viên. Cả năm 2021, con số này là 52 đảng viên": "this figure", its noun named, is
    // the measure the sentence before counted last of that noun.)
    // ("Theo báo cáo sơ bộ, toàn Đảng bộ kết nạp 104 đảng viên. Sau khi …, số liệu được điều chỉnh lên 127 đảng viên": so is
    // the figure revised.)
    if (reading !== null && reading.kind === 'stock' && (direct === 'stock' || direct === null) && drafts.length === firstDraftOfSentence && ((left.includes('con số') && THAT_FIGURE_SAME_BEFORE.test(left.slice(-40))) || (left.includes('đ', left.length - 40) && REVISED_FIGURE_BEFORE.test(left.slice(-70))))) {
      const metric = reading.metric;
      const before = _lastOfPreviousSentence(drafts, firstDraftOfSentence, (x) => x.unit === 'count' && !x.isDelta && x.kind !== 'target' && _sameFamily(x.metric, metric));
      if (before !== null && before.kind === 'flow') reading = { metric: before.metric, kind: 'flow' };
    }
    // ("phát hiện chênh lệch 6.504 đoàn viên giữa số liệu báo cáo và thực tế", "chênh lệch gần 1.500 đoàn viên so với năm 2022":
    // the gap between two figures of the members is a change of them, no state.)
    if (reading !== null && reading.kind === 'stock' && left.includes('lệch') && DIFFERENCE_BEFORE.test(left.slice(-90))) reading = { metric: reading.metric, kind: 'flow' };
    // ("Đảng bộ Công ty … dẫn đầu với 14 đảng viên mới, …; Chi bộ Công ty … đứng thứ hai với 9 đảng viên": the next places
    // of a ranking count what the leader's does.)
    if (reading !== null && reading.kind === 'stock' && (direct === 'stock' || direct === null) && MEMBERSHIP_NOUN_CLASSES.has(noun.cls) && left.includes('thứ') && RANKED_NEXT_WITH_BEFORE.test(left.slice(-80))) {
      const leader = drafts.length > firstDraftOfSentence ? drafts[firstDraftOfSentence]! : null;
      if (leader !== null && leader.unit === 'count' && leader.kind === 'flow' && _sameFamily(leader.metric, reading.metric) && RANK_LEAD_BEFORE.test(ctx.sentence.slice(Math.max(0, leader.mentionStart - 120), leader.mentionStart))) reading = { metric: leader.metric, kind: 'flow' };
    }
    // ("Nhiều đảng bộ kết nạp được nhiều ĐV như Đảng bộ Công ty CP Cảng biển Cẩm Nguyên 24 ĐV, …": examples of the deed.)
    if (reading !== null && reading.kind === 'stock' && (direct === 'stock' || direct === null) && left.includes('như') && MEMBERSHIP_NOUN_CLASSES.has(noun.cls)) {
      const deed = EXAMPLES_OF_DEED_BEFORE.exec(left.slice(-260));
      const deedVerb = deed === null ? null : (_verbAtStart(deed[1]!)?.cls ?? null);
      const example = deedVerb === null ? null : metricFor(noun.cls, deedVerb, ctx);
      if (example !== null && example.kind === 'flow') reading = example;
    }
    // "Đứng đầu về số lượng kết nạp là Đảng bộ Công ty … với 9 đảng viên; xếp thứ hai là … với 7 đảng viên": a ranking
    // by a deed counts the deed.
    if (reading !== null && reading.kind === 'stock' && (direct === 'stock' || direct === null) && (noun.cls === 'party_member' || noun.cls === 'member' || noun.cls === 'union_member') && RANKED_ENDS.endsText(left) && _mayRank(left.slice(-220)) && RANKED_BY_DEED_BEFORE.test(left.slice(-220))) {
      reading = noun.cls === 'party_member' ? { metric: 'party_admissions', kind: 'flow' } : { metric: reading.metric, kind: 'flow' };
    } else if (reading !== null && reading.kind === 'stock' && (direct === 'stock' || direct === null) && RANKED_ENDS.endsText(left) && _mayRank(left.slice(-120)) && RANK_LEAD_BEFORE.test(left.slice(-120))) {
      // "Về thành lập mới CĐCS, Hà Nội đứng đầu với 214 CĐCS": the deed named at the head of the sentence; "Dẫn đầu là …
      // với 11.205 đoàn viên" after "các cấp công đoàn TP đã kết nạp 52.684 đoàn viên": the deed the sentence before counted.
      const topic = DEED_TOPIC_OPENS.exec(left);
      const topicVerb = topic === null ? null : (_verbAtStart(topic[1]!)?.cls ?? null);
      const topical = topicVerb === null ? null : metricFor(noun.cls, topicVerb, ctx);
      const before = topical === null ? _previousSentenceFlowOf(drafts, firstDraftOfSentence, reading.metric, m.value) : null;
      if (topical !== null && topical.kind === 'flow' && _sameFamily(topical.metric, reading.metric)) reading = topical;
      else if (before !== null) reading = before;
    }
    // "TP Hồ Chí Minh dẫn đầu với 1.146 đảng viên mới, tiếp đến là Hà Nội với 982 đảng viên": those after the leader of
    // a ranking are counted as the leader is.
    if (reading !== null && (left.includes('iếp') || left.includes('ế đến') || left.includes('sau') || left.includes('đầu'))) {
      const ranked = RANKED_NEXT_BEFORE.test(left) || (left.includes('đầu') && RANKED_PLACE_BEFORE.test(left));
      const leader = reading !== null && ranked ? _rankingLeader(drafts, firstDraftOfSentence) : null;
      if (leader !== null && reading !== null && (leader.metric !== reading.metric || leader.kind !== reading.kind) && _sameFamily(leader.metric, reading.metric)) reading = leader;
    }
    // "Hơn 600 đoàn viên, người lao động của Công ty …": members and workers as one group, a workforce.
    if (reading !== null && reading.kind === 'stock' && reading.metric === 'union_members' && (noun.cls === 'union_member' || noun.cls === 'member') && AND_WORKERS_AFTER.test(ctx.trailing)) reading = { metric: 'workers', kind: 'stock' };
    // "có 33 quần chúng đang được bồi dưỡng, theo dõi": those still being prepared are a pool, not this period's trainees.
    if (reading !== null && reading.metric === 'trainees' && (PREPARING_BEFORE.test(left.slice(-48)) || PREPARING_AFTER.test(ctx.trailing))) reading = { metric: 'trainees', kind: 'stock' };
    // "… lần lượt là 37, 44 và 52 đồng chí, tổng cộng 133 đảng viên": the total of the counts just listed.
    if (reading !== null && left.length > 12 && TOTAL_ENDS.endsText(left) && TOTAL_OF_LIST_BEFORE.test(left.slice(-24))) {
      const before = _previousCount(drafts, firstDraftOfSentence);
      if (before !== null && _sameFamily(before.metric, reading.metric)) reading = { metric: before.metric, kind: before.kind };
    }
    // "LĐLĐ có 300 đoàn viên mới kết nạp": members just recruited by the union (or the Youth Union) they are counted in.
    // ("Gần 300.000 đoàn viên mới trong 5 tháng": new members, as new bodies are.)
    if (reading !== null && reading.kind === 'stock' && (reading.metric === 'union_members' || reading.metric === 'youth_members') && (NEWLY_RECRUITED_AFTER.test(ctx.trailing) || _newAfter(ctx.trailing, left))) reading = { metric: reading.metric, kind: 'flow' };
    // ("đã cắt giảm hơn 8.000 lao động", "sa thải 120 công nhân": workers laid off are a change of the workforce.)
    if (reading !== null && reading.metric === 'workers' && reading.kind === 'stock' && LAID_OFF_ENDS.endsText(left) && LAID_OFF_BEFORE.test(left.slice(-32))) reading = { metric: 'workers', kind: 'flow' };
    // "hơn 900 đoàn viên nghỉ việc, chuyển đi nơi khác": people who left, a change of the stock.
    // (Party members who left their job are still members: "37 đảng viên đã nghỉ việc tại doanh nghiệp nhưng chưa làm thủ tục".)
    if (reading !== null && reading.kind === 'stock' && PEOPLE_METRICS.has(reading.metric) && LEFT_AFTER.test(ctx.trailing) && !(reading.metric === 'party_members' && JOB_LEFT_AFTER.test(ctx.trailing))) reading = { metric: reading.metric, kind: 'flow' };
    // "… là 3.390 đồng chí": a classifier after a count named before it;
    // "kết nạp 53 đảng viên, nhưng chỉ có 19 người …": people of the group just counted;
    // "Trong số đảng viên được kết nạp, có 31 người …": people of the group named.
    // (Not students or pupils, of whom nothing of ours is said: "trường có hơn 6.200 sinh viên đang theo học".)
    // ("…, trong khi lực lượng lao động tại 17 khu chế xuất, khu công nghiệp của thành phố là khoảng 280.000 người": people a
    // workforce is said to be are workers, whatever members the sentence counted before.)
    if (!reading && noun.cls === 'person' && left.includes('lao động') && WORKFORCE_IS_BEFORE.test(left.slice(left.lastIndexOf(';') + 1).slice(-140))) reading = { metric: 'workers', kind: 'stock' };
    if (!reading && noun.cls === 'person' && direct !== 'award' && !STUDENTS_NOUN.test(right)) {
      // "số được kết nạp từ doanh nghiệp FDI chỉ là 9 người": a label that names the deed, not the noun.
      // ("…; số được kết nạp qua 3 năm là 587 người": the deed it names, whatever was counted before it.)
      const deedFirst = left.includes('số') ? DEED_ONLY_LABEL_BEFORE.exec(left.slice(-100)) : null;
      reading = deedFirst !== null ? (deedFirst[1]!.toLowerCase() === 'giới thiệu' ? { metric: 'referrals', kind: 'flow' } : { metric: 'party_admissions', kind: 'flow' }) : (_membersOf(_countNamedBefore(left, right.slice(noun.length), verb, ctx, true)) ?? _groupNamedBefore(left, ctx) ?? _qualifiedNounBefore(left, verb, ctx) ?? _previousPeopleReading(drafts, firstDraftOfSentence));
      // ("Đảng viên là người dân tộc thiểu số 1.149 đồng chí": a part of the Party members by who they are.)
      if (!reading && left.length > 12 && COMPOSITION_LABEL_BEFORE.test(left.slice(-80))) reading = { metric: 'party_members', kind: 'stock' };
      // ("Các đảng viên mới có tuổi đời từ 22 đến 35; 7 người là nữ": the women among the people the sentence opens on.)
      if (!reading && SEX_PART_AFTER.test(right)) reading = _womenAmongSubject(left, ctx, drafts, firstDraftOfSentence);
      // "chuyển sinh hoạt đảng cho 29 đồng chí", "xóa tên 8 trường hợp": Party members moved, whom only the verb names.
      if (!reading && MEMBER_MOVED_BEFORE.test(left.slice(-40))) reading = { metric: 'party_members', kind: 'flow' };
      // "… được kết nạp. Trong số này, 74 người là công nhân …": people of the group the last sentence counted.
      if (!reading && firstDraftOfSentence === drafts.length && AMONG_THESE_BEFORE.test(left)) reading = _previousPeopleReading(drafts, 0);
      // "Công ty em có hơn 5.000 người nhưng …": the people a firm has are its workforce.
      if (!reading && (verb === 'stock' || verb === null) && FIRM_HAS_BEFORE.test(left.slice(-72))) reading = { metric: 'workers', kind: 'stock' };
      confidence = 0.7;
    }
  } else {
    // ("…, cả 5 đều được Chi bộ công ty kết nạp": all of those just counted, and what happened to them.)
    const allOf = /(?<![\p{L}])cả\s+$/iu.test(left.slice(-8)) && /^\s*(?:người\s+)?(?:đều\s+)?(?:đã\s+)?được\s/u.test(right);
    // ("trong đó 171 là nữ; 119 người được kết nạp": women among those counted, whatever the next clause says.)
    const sexPart = SEX_PART_AFTER.test(right);
    // ("kết nạp 552 đảng viên mới, trong đó 418 là đoàn viên thanh niên": what those admitted were before is no stock.)
    const was = !sexPart && (/^\s*(?:người\s+)?(?:đã |đều )?là /u.test(right) || allOf) ? _trailingReading({ ...ctx, trailing: right.slice(0, allOf ? 60 : 40) }) : null;
    const member = was !== null && was.kind === 'stock' && c.parent !== null && c.parent.kind === 'flow' && (c.parent.metric === 'party_admissions' || c.parent.metric === 'referrals') ? c.parent : was;
    // "trong đó 450 là đoàn viên"; "tổng số đảng viên là 1.234"; a bare part of a breakdown
    // ("kết nạp 1.024 đảng viên, trong đó 357 là công nhân"); then series.
    // "Quý I: giới thiệu 86; được kết nạp 31": a referral names what it counts by itself, and so does an admission
    // after one.
    // "52 HTX, 8 HTX có chi bộ", "3 HTX đã có tổ chức công đoàn", "9.870 đơn vị thành lập công đoàn cơ sở":
    // cooperatives or units, which no metric counts, each with a body of its own, count those bodies.
    const coop = COOPERATIVES_WITH_BODY.exec(right);
    const coopBody = coop === null ? null : _nounAt(coop[1]!);
    if (coopBody !== null) return { reading: metricFor(coopBody.cls, 'stock', ctx), confidence: 0.6, isDelta: false, governs: null };
    const ends = /^\s*(?:[,;.)(]|$)/u.test(right);
    let listed: Reading | null;
    if (ends && direct === 'refer') reading = { metric: 'referrals', kind: 'flow' };
    else if (ends && direct === 'admit' && /(?<![\p{L}])(?:giới thiệu|GT)(?![\p{L}])/iu.test(left)) reading = { metric: 'party_admissions', kind: 'flow' };
    // "… 27 đảng viên, kết nạp 3; …", "CĐCS có 500 đoàn viên, kết nạp 50": a bare admission after the members just counted
    // admits members of that kind.
    else if (ends && direct === 'admit' && ADMITTED_AFTER_MEMBERS_BEFORE.test(left.slice(-90))) reading = metricFor(_lastNounIn(left.slice(-90))!.cls, 'admit', ctx);
    // ("thành lập mới 9 tổ chức cơ sở đảng, trong đó 6 ở doanh nghiệp ngoài nhà nước", "tổng số 2.915 đảng viên, trong đó 316
    // làm việc tại doanh nghiệp FDI": a bare part placed somewhere.)
    // ("… nhất là TP Hồ Chí Minh (2.136 tổ chức đảng), Hà Nội (1.874), Bình Dương (612) và Hải Phòng (398)": each place of a
    // list after the first, its figure bare in brackets, counts what the figure of the place before did.)
    // ("gồm nghiệp đoàn xe ôm (3), bốc xếp (2), …": a bare figure in brackets after an item that opens with a counted noun
    // counts that noun.)
    else if (ends && right.charCodeAt(0) === 0x29 && (listed = _nounItemBeforeBracket(left, ctx)) !== null) reading = listed;
    else if (ends && right.charCodeAt(0) === 0x29 && (listed = _nextOfBracketList(drafts, firstDraftOfSentence, ctx.sentence, m.start)) !== null) reading = listed;
    // ("Bắc Giang đã có 58 tổ chức đảng trong doanh nghiệp FDI, Vĩnh Phúc 44, trong khi Hải Dương mới có 23", "… giới thiệu
    // 1.120 đoàn viên; Tiền Giang 704; An Giang 512": so does a province named after the figure before, its figure bare.)
    else if (ends && right.charCodeAt(0) !== 0x28 && (listed = _nextOfProvinceList(drafts, firstDraftOfSentence, ctx.sentence, m.start)) !== null) reading = listed;
    // ("trong đó 21 TCCSĐ ở DN ngoài khu vực nhà nước (11 ở DN FDI) với 1.034 ĐV": the part, placed, of the count the bracket
    // follows, not of the total the breakdown is of.)
    else if (right.startsWith(' ') && left.charCodeAt(left.length - 1) === 0x28 && PLACED_AFTER.test(right) && (listed = _placedPartInBracket(left, drafts, firstDraftOfSentence)) !== null) reading = listed;
    else reading = member ?? _countNamedBefore(left, right, verb, ctx) ?? (c.parent && (sexPart || /^\s*(?:[,;.)(]|$|(?:là|ở|tại|thuộc|(?:đang\s+)?(?:làm việc|sinh hoạt|công tác)|đủ điều kiện)(?![\p{L}])|người|đồng chí|đơn vị(?![\p{L}]))/u.test(right)) ? c.parent : null);
    // "kết nạp 15 đảng viên mới, 11 trong số đó là người dân tộc thiểu số", "Đáng chú ý, 11 trong số đó …": a part of the count
    // just stated (in this sentence or the one before).
    if (!reading && PART_OF_THOSE_AFTER.test(right)) {
      const whole = _previousCount(drafts, firstDraftOfSentence) ?? _previousSentenceCount(drafts, firstDraftOfSentence, true);
      if (whole !== null && PEOPLE_METRICS.has(whole.metric)) reading = whole;
    }
    // ("8 tổ chức đảng (6 ở bệnh viện, 2 ở phòng khám đa khoa)": the parts, placed, of the count the bracket follows.)
    if (!reading && right.startsWith(' ') && PLACED_AFTER.test(right)) reading = _placedPartInBracket(left, drafts, firstDraftOfSentence);
    // ("Trong 21 chi bộ, 15 ở các doanh nghiệp cao su": a part, placed, of the set named at the head of the clause.)
    if (!reading && /^\s*(?:[,;.)]|(?:ở|tại|thuộc|là)(?![\p{L}]))/u.test(right) && AMONG_COUNTED_BEFORE.test(left.slice(-120))) reading = _previousCount(drafts, firstDraftOfSentence);
    // ("Trong 118 tổ chức đảng, 7 là đảng bộ cơ sở, 111 là chi bộ cơ sở": bodies of the kind named after "là", parts of the
    // bodies counted before; "hiện có 24 tổ chức đảng, 11 là của doanh nghiệp FDI": a part of them placed; "có 263 CĐCS,
    // …, do có 13 phải giải thể": a part of them dissolved.)
    if (!reading && right.startsWith(' ') && BODIES_PART_AFTER.test(right)) {
      const bodies = _previousOrganisations(drafts, firstDraftOfSentence);
      const kind = BODIES_PART_AFTER.exec(right)![1] !== undefined ? _nounAt(right.replace(/^\s+là\s+/u, '')) : null;
      if (bodies !== null && (kind === null || ORGANISATION_NOUNS.has(kind.cls))) reading = { metric: bodies.metric, kind: /giải thể/u.test(right.slice(0, 24)) ? 'flow' : bodies.kind };
    }
    // ("Chia theo loại hình: doanh nghiệp nhà nước 2, doanh nghiệp ngoài nhà nước 31, …": the count of the sentence before,
    // broken down by kind or by unit.)
    if (!reading && /^\s*(?:[,;.)]|$)/u.test(right) && SPLIT_BY_OPENS.test(left)) reading = _previousCount(drafts, firstDraftOfSentence) ?? _splitTotal(ctx.sentence, drafts, firstDraftOfSentence) ?? _previousSentenceCount(drafts, firstDraftOfSentence, true);
    // "… đã kết nạp 320 đoàn viên, riêng các doanh nghiệp trong KCN Trà Nóc là 214", "Riêng quý III là 52": the part of the
    // count just stated (in this sentence or the one before) that one place or period has.
    if (!reading && /^\s*(?:[,;.)]|$)/u.test(right) && left.includes('iêng') && ONLY_PART_BEFORE.test(left.slice(-80))) {
      const whole = _previousCount(drafts, firstDraftOfSentence) ?? _previousSentenceCount(drafts, firstDraftOfSentence, true, m.value);
      if (whole !== null && whole.kind !== 'target') reading = whole;
    }
    // "giới thiệu 63 đoàn viên ưu tú cho cấp ủy; 29 được kết nạp Đảng": a bare figure said to be admitted to the Party.
    // ("… giới thiệu 312 đoàn viên ưu tú để tổ chức đảng bồi dưỡng, kết nạp; đã có 147 được kết nạp": after those referred
    // to the Party, "được kết nạp" alone is enough.)
    if (!reading && (BARE_ADMITTED_AFTER.test(right) || (BARE_ADMITTED_ALONE_AFTER.test(right) && _previousCount(drafts, firstDraftOfSentence)?.metric === 'referrals'))) reading = { metric: 'party_admissions', kind: 'flow' };
    // "doanh nghiệp có 6.300 lao động, 4.900 là nữ": the women among the people just counted.
    // ("kết nạp 3 đảng viên mới, gồm 2 tổ trưởng sản xuất và 1 kỹ sư", "Các đảng viên mới gồm 2 tổ trưởng …": the parts, by
    // their jobs, of the people counted or of those the sentence opens on.)
    if (!reading && JOB_AFTER.test(right)) {
      const whole = c.parent !== null && PEOPLE_METRICS.has(c.parent.metric) ? c.parent : left.includes('gồm') ? _womenAmongSubject(left, ctx, drafts, firstDraftOfSentence) : null;
      // ("giới thiệu 23 đoàn viên cho Đảng, trong đó có 2 phó quản đốc vừa được kết nạp": what the clause says befell them.)
      const befell = whole === null ? null : _trailingReading(ctx);
      if (whole !== null) reading = befell !== null && befell.kind === 'flow' && PEOPLE_METRICS.has(befell.metric) ? befell : whole;
    }
    // ("Trong 12 đảng viên mới có 8 nữ": after "có" too.)
    if (!reading && sexPart && /(?:,|(?<![\p{L}])có)\s*$/u.test(left)) reading = _previousPeopleReading(drafts, firstDraftOfSentence);
    // ("Các đảng viên mới có tuổi đời từ 23 đến 31, …, trong đó có 3 nữ": the women among the people the sentence opens on.)
    if (!reading && sexPart) reading = _womenAmongSubject(left, ctx, drafts, firstDraftOfSentence);
    // "… 27 TCCSĐ với 613 đảng viên; tăng 5 tổ chức và 127 đảng viên": "tổ chức" as a classifier counts the
    // organisations the sentence counted last (flows after a verb of change or founding).
    if (!reading && ORGANISATION_UNIT_AFTER.test(right)) {
      // ("… có 73 tổ chức cơ sở đảng …. Trong đó, doanh nghiệp nhà nước … chiếm 31 tổ chức, …": the count a
      // sentence-initial "Trong đó" breaks down.)
      const before = _previousOrganisations(drafts, firstDraftOfSentence) ?? (BREAKDOWN_OPENS_SENTENCE.test(left) ? _previousSentenceOrganisations(drafts, firstDraftOfSentence) : null);
      if (before !== null) reading = { metric: before.metric, kind: verb === 'increase' || verb === 'found' ? 'flow' : before.kind };
      else {
        // ("… là địa phương có nhiều TCCSĐ trong DN ngoài nhà nước nhất với 34 tổ chức": the organisations the sentence
        // named, with no figure, before.)
        let named = _lastNounIn(left);
        for (let tries = 0; named !== null && !ORGANISATION_NOUNS.has(named.cls) && tries < 3; tries++) named = _lastNounIn(left.slice(0, named.index));
        // (Both ends of a change are states: "tăng từ 23 tổ chức (năm 2008) lên 96 tổ chức".)
        const end = /(?<![\p{L}])(?:từ|lên|xuống|còn)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u.test(left);
        const bodies = named !== null && ORGANISATION_NOUNS.has(named.cls) ? metricFor(named.cls, !end && (verb === 'increase' || verb === 'found') ? verb : 'stock', ctx) : null;
        if (bodies !== null && ORGANISATION_METRICS.has(bodies.metric)) reading = bodies;
      }
    }
    // "trong số 212 CĐCS, chỉ có 39 đơn vị ở doanh nghiệp đã có tổ chức đảng": "đơn vị" as the classifier of a
    // part of the organisations just counted.
    if (!reading && UNIT_WORD_AFTER.test(right) && AMONG_COUNTED_BEFORE.test(left.slice(-120))) {
      const before = _previousOrganisations(drafts, firstDraftOfSentence);
      if (before !== null) reading = { metric: before.metric, kind: before.kind };
    }
    // "chi bộ đã phát triển từ 3 lên 11 đảng viên": the first state of a change counts what the second does.
    if (!reading && CHANGE_TO_NOUN_AFTER.test(right)) {
      const next = _nounAt(right.replace(CHANGE_TO_NOUN_AFTER, ''));
      const r = next ? metricFor(next.cls, 'stock', ctx) : null;
      if (r) reading = { metric: r.metric, kind: 'stock' };
    }
    // ("… với 71.458 đoàn viên kết nạp mới; tiếp theo là Bình Dương (58.902), Đồng Nai (37.115)": places after the
    // leader of a ranking, each figure bare after its name.)
    if (!reading && /^\s*(?:[,;.)]|và(?![\p{L}])|$)/u.test(right) && (left.includes('iếp') || left.includes('ế đến') || left.includes('sau')) && RANKED_NEXT_BEFORE.test(left)) reading = _rankingLeader(drafts, firstDraftOfSentence);
    // ("Đảng bộ Tổng Công ty CP Dệt may Nam Định kết nạp 9 đảng viên, Công ty CP May Thiên Trường 7, Công ty CP Dệt Nam
    // Thành 3": the bodies after the first of a run-down, each with its bare figure.)
    if (!reading && /^\s*(?:[,;.)]|và(?![\p{L}])|$)/u.test(right) && RUN_DOWN_ITEM_BEFORE.test(left.slice(-80))) reading = _previousCount(drafts, firstDraftOfSentence);
    // ("kết nạp 1.865 đảng viên, trong đó …; khối trường học 126 (…); lực lượng vũ trang 143": the sectors after the first.)
    if (!reading && /^\s*(?:[,;.)(]|và(?![\p{L}])|$)/u.test(right) && RUN_DOWN_SECTOR_BEFORE.test(left.slice(-80))) reading = _previousCount(drafts, firstDraftOfSentence);
    // ("Hà Nội đứng đầu với 214 CĐCS, TP Hồ Chí Minh 198, Hải Phòng 131": the places after the leader, each with its figure.)
    if (!reading && /^\s*(?:[,;.)]|và(?![\p{L}])|$)/u.test(right) && left.includes('đầu') && RANKED_PLACE_BEFORE.test(left)) reading = _rankingLeader(drafts, firstDraftOfSentence);
    // ("Hà Nội có 1.327 tổ chức cơ sở đảng …, TP. Hồ Chí Minh có 1.106, Bình Dương có 318": places in a series.)
    if (!reading && (SERIES_LABEL_BEFORE.test(left.slice(-24)) || (/^\s*(?:[,;.)(]|$)/u.test(right) && (PLACE_SERIES_BEFORE.test(left.slice(-48)) || PLACE_ITEM_BEFORE.test(left.slice(-60)))) || (direct && FLOW_VERBS.has(direct) && /^\s*(?:[,;.)]|và(?![\p{L}])|$)/u.test(right)) || (NOW_CONTINUES_BEFORE.test(left.slice(-90)) && /^\s*(?:[,;.)]|với(?![\p{L}])|và(?![\p{L}])|$)/u.test(right)))) {
      // "năm 2010 có 87 tổ chức đảng; năm 2015 là 143", "(năm 2021: 38; năm 2022: 61)",
      // "năm 2021 kết nạp 27, năm 2022 kết nạp 39 và năm 2023 kết nạp 52 đảng viên".
      // ("năm 2020 cả khu mới có 14 doanh nghiệp có tổ chức đảng. Đến tháng 5/2025, con số này đã là 23": "con số
      // này" opening its sentence is the last count of the sentence before.)
      // ("… kết nạp được 64 đảng viên. Riêng khối doanh nghiệp FDI, con số này chỉ là 7": the same measure, its kind kept.)
      const that = THAT_FIGURE_BEFORE.test(left.slice(-40)) && _previousCount(drafts, firstDraftOfSentence) === null ? _previousSentenceCount(drafts, firstDraftOfSentence, THAT_FIGURE_SAME_BEFORE.test(left.slice(-40)), m.value) : null;
      reading = that ?? seriesReading(c, drafts, firstDraftOfSentence);
      // ("Chi bộ có 31 đảng viên, năm nay kết nạp 6": members admitted are admissions.)
      if (reading && direct && FLOW_VERBS.has(direct) && reading.kind === 'stock') reading = { metric: direct === 'admit' && reading.metric === 'party_members' ? 'party_admissions' : reading.metric, kind: 'flow' };
    }
    // ("Năm 2017 mở 2 lớp, năm 2018 mở 3": a bare figure after the verb that counted a noun earlier in the sentence counts it again.)
    if (!reading && direct !== null && direct !== 'stock' && /^\s*(?:[,;.)(]|$|cho\s)/u.test(right)) {
      for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
        const d = drafts[i]!;
        if (d.verb === direct && d.unit === 'count' && !d.isDelta) {
          reading = { metric: d.metric, kind: d.kind };
          break;
        }
      }
    }
    // ("Năm 2018 chi bộ kết nạp thêm 4", "Công đoàn kết nạp 50": a body that admits, its figure bare, admits its members.)
    if (!reading && direct === 'admit' && ends) {
      const clause = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(','), left.lastIndexOf(':')) + 1);
      const body = _firstNounIn(clause);
      const bodies = body !== null && ORGANISATION_NOUNS.has(body.cls) ? metricFor(body.cls, 'stock', ctx) : null;
      const members = bodies === null ? undefined : ADMITTED_BY_BODY[bodies.metric];
      if (members !== undefined) reading = { metric: members, kind: 'flow' };
    }
    // ("Tổ chức đảng: thành lập mới 6, giải thể 1; hiện có 112, gồm …": what the line's label names, stated.)
    if (!reading && (direct === 'stock' || direct === null) && ends) {
      const label = LINE_NOUN_LABEL.exec(ctx.sentence);
      const named = label !== null && label[0].length <= m.start ? _nounAt(label[1]!) : null;
      if (named !== null && named.length >= label![1]!.trimEnd().length - 1) {
        const r = metricFor(named.cls, 'stock', ctx);
        if (r !== null) reading = r;
      }
    }
    // ("Trong số 320 đoàn viên ưu tú được giới thiệu, đã có 185 học lớp nhận thức về Đảng": those who studied a class of ours.)
    if (!reading && STUDIED_CLASS_AFTER.test(right)) reading = { metric: 'trainees', kind: 'flow' };
    // "thành lập mới 10 tổ chức đảng …, nâng tổng số lên 48": the total the count before it brings about, a state (also
    // after a breakdown of that count: "…, trong đó có hai chi bộ ở doanh nghiệp Hàn Quốc, nâng tổng số tổ chức đảng trực
    // thuộc lên 31").
    if ((!reading || (c.parent !== null && reading === c.parent)) && TOTAL_RAISED_BEFORE.test(left.slice(-60)) && /^\s*(?:[,;.)]|với(?![\p{L}])|$)/u.test(right)) {
      const before = _previousCount(drafts, firstDraftOfSentence);
      if (before) reading = { metric: before.metric, kind: 'stock' };
    }
    // ("Chi bộ Công ty CP Gỗ Lái Thiêu kết nạp 4": a body admits people, never bodies.)
    if (reading !== null && direct === 'admit' && ends) {
      const members = ADMITTED_BY_BODY[reading.metric];
      if (members !== undefined) reading = { metric: members, kind: 'flow' };
      // ("Phát triển đảng viên: kết nạp 215, …; trong đó doanh nghiệp tư nhân 91": nor firms or workers, whatever noun the
      // figures after it have: those the Party admits, where the sentence names the Party.)
      else if (reading.metric === 'enterprises' || reading.metric === 'workers') reading = PARTY_NAMED.test(ctx.sentence) ? { metric: 'party_admissions', kind: 'flow' } : null;
    }
    // ("LĐLĐ huyện phấn đấu thành lập thêm 4, kết nạp 500 đoàn viên": bodies are founded, never people: a bare figure
    // founded counts the bodies of the family whose members the figures after it count.)
    if (reading !== null && direct === 'found' && ends) {
      const bodies = FOUNDED_FOR_MEMBERS[reading.metric];
      if (bodies !== undefined) reading = { metric: bodies, kind: 'flow' };
    }
    confidence = 0.7;
  }
  // ("tăng từ 96 (năm 2020) lên 101 (năm 2021), 107 (năm 2022) … và 121 vào tháng 6/2025": the bare figures after a change's
  // end, each with its year, are the states it went on to, as that end is.)
  if (noun === null && (reading === null || reading.kind === 'flow') && left.includes('lên') && CHANGE_CHAIN_BEFORE.test(left.slice(-220))) {
    const before = _previousCount(drafts, firstDraftOfSentence);
    if (before !== null && before.kind === 'stock') reading = before;
  }
  // ("năm 2019 kết nạp 45 đảng viên, năm 2020 là 52, năm 2021 … vẫn tăng lên 61 đảng viên", "mỗi năm bình quân kết nạp 58
  // đảng viên, …; năm cao nhất là 2022 với 74 đảng viên": a later year's step of a series of admissions is admissions.)
  if (reading !== null && reading.kind === 'stock' && noun !== null && left.includes('năm') && SERIES_STEP_BEFORE.test(left.slice(-90))) {
    const before = _previousCount(drafts, firstDraftOfSentence, true);
    if (before !== null && before.kind === 'flow' && FLOW_OF_MEMBERS[before.metric] === reading.metric) reading = before;
  }
  // "công nhận 6 CĐCS mới thành lập": organisations said to be new are this period's; "4 chi bộ doanh nghiệp bị giải
  // thể": so are those dissolved.
  if (reading && noun && ORGANISATION_NOUNS.has(noun.cls) && reading.kind === 'stock' && (NEWLY_FOUNDED_AFTER.test(right.slice(noun.length)) || DISSOLVED_AFTER.test(right.slice(noun.length, noun.length + 64)))) reading = { metric: reading.metric, kind: 'flow' };
  // ("Chất lượng đảng viên mới kết nạp từng bước được nâng lên. Đảng viên là người dân tộc thiểu số 1.149 đồng chí, …; đảng
  // viên nữ 497 đồng chí", "Cơ cấu đảng viên mới …: đảng viên nữ 1.594 đồng chí": who the new members are, part by part.)
  if (reading !== null && reading.metric === 'party_members' && reading.kind === 'stock' && !isDelta && left.length > 12 && COMPOSITION_LABEL_BEFORE.test(left.slice(-80)) && (NEW_MEMBERS_TOPIC.test(left) || (c.quietBefore !== undefined && c.quietBefore !== null && NEW_MEMBERS_TOPIC.test(c.quietBefore)))) reading = { metric: 'party_admissions', kind: 'flow' };
  // ("ca sáng 1.520 người, ca chiều 1.410 người và ca đêm 930 người", "xưởng may 2.860 người, xưởng đế 790 người, khối văn
  // phòng 140 người": a firm's workforce told unit by unit, each unit's part of it.)
  if (reading === null && noun !== null && (noun.cls === 'person' || noun.cls === 'worker') && _isWorkforceUnitItem(ctx.sentence, m.start)) reading = { metric: 'workers', kind: 'stock' };
  return { reading, confidence, isDelta, governs };
}

/**
 * An item of a workforce told unit by unit: a unit of a firm (a shift, a workshop, a department, a team) named right
 * before "N người/công nhân/lao động", in a sentence with at least two such items, not "mỗi ca" (each shift's size).
 */
const WORKFORCE_UNIT_ITEM = /(?<![\p{L}])(?:ca|xưởng|phân xưởng|bộ phận|khối|phòng|đội|dây chuyền|kho|nhà máy|xí nghiệp)(?:\s+(?!có(?![\p{L}]))[^\s,;:.()\d]+|\s+\d{1,2}(?![\d.,])){0,6}?\s+(?:có\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?(\d[\d.]*)\s+(?:người|công nhân|lao động|CNLĐ|NLĐ)(?![\p{L}])/giu;
function _isWorkforceUnitItem(sentence: string, at: number): boolean {
  if (sentence.includes('mỗi') || sentence.includes('Mỗi')) return false;
  let items = 0;
  let here = false;
  WORKFORCE_UNIT_ITEM.lastIndex = 0;
  for (let m = WORKFORCE_UNIT_ITEM.exec(sentence); m; m = WORKFORCE_UNIT_ITEM.exec(sentence)) {
    items++;
    if (m.index + m[0].length - m[0].length <= at && sentence.indexOf(m[1]!, m.index + m[0].length - m[1]!.length - 30) === at) here = true;
  }
  return here && items >= 2;
}

/** A part of Party members by who they are, right before its figure: "đảng viên nữ ", "đảng viên là người dân tộc thiểu số ", "đảng viên dưới 30 tuổi ". */
const COMPOSITION_LABEL_BEFORE = /(?<![\p{L}])đảng viên(?:\s+mới)?\s+(?:là\s+[^;:,.\d()]{2,60}?|nữ|trẻ|dưới\s+\d{2}\s+tuổi|(?:là\s+)?người dân tộc[^;:,.\d()]{0,30}?)\s*(?::|(?:là|có|gồm)\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** New members named as a topic: "đảng viên mới", "đảng viên được kết nạp", "đảng viên mới kết nạp". */
const NEW_MEMBERS_TOPIC = /(?<![\p{L}])(?:đảng viên mới|đảng viên được kết nạp|đảng viên kết nạp mới|số đảng viên kết nạp|số được kết nạp)(?![\p{L}])/iu;

/** AT_LEAST_AFTER, gated: "trở lên" in the sentence. */
const AT_LEAST = gated(AT_LEAST_AFTER);

/** Those standing for the people counted, right before them: "đại diện cho hơn ", "thay mặt cho ". */
const REPRESENTED_BEFORE = /(?:đại diện|thay mặt) cho\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$/iu;

/** A class, then "với" or "có" right before the figure: "mở 2 lớp … với ", "Lớp cảm tình Đảng năm 2015 có ". */
const CLASS_WITH_BEFORE = /(?<![\p{L}])lớp(?![\p{L}])[^;.]{0,120}?(?<![\p{L}])(?:với|có)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Those counted take part, the event named before them (no class) and the sentence ending, or named right after in quotes or by its kind: "Đợt hiến máu … có 120 đoàn viên, công nhân tham gia.", "… tham gia \"Chủ nhật Đỏ\"", "… tham gia hiến máu". */
const TAKING_PART_AFTER = /^[^;.\d]{0,40}?(?<![\p{L}])(?:đã\s+|cùng\s+)?tham gia\s*(?:[.;!?]|$|["“«]\s*\p{L}|(?:hiến máu|ngày hội|chương trình|giải|hội thi|hội thao|lễ hội|buổi|đợt|cuộc thi|chạy|đi bộ)(?![\p{L}]))/u;

/** " tham dự" or " tham gia" ending the clause of those counted, after what they are: " đã tham dự,", " là người lao động trong doanh nghiệp tham dự.". */
const ATTENDING_AFTER = /^(?:\s+(?:là|của|trong|tại|ở|từ|đến từ)\s+[^\d,;.()]{1,60}?)?\s*(?:đã\s+)?(?:tham dự|tham gia)\s*(?:[,.;)]|$)/u;

/** Those counted turned out for a campaign: " đã ra quân", ", thanh niên ra quân". */
const TURNED_OUT_AFTER = /^[\s,]*(?:thanh niên|công nhân|người lao động)?[\s,]*(?:đã\s+|cùng\s+)?ra quân(?![\p{L}])/u;

/*
 * The last words the rules anchored at the end of the text before a figure can end with (before trailing
 * spaces): a text whose last word ends otherwise cannot match, and the rule, tried at every position of its
 * window, is not run. Each rule's last literal follows a space or a no-letter lookbehind, so the text's last
 * word ends with it. ("oảng" stands for "khoảng": a last word is compared by `toLowerCase`, while `/iu`
 * also folds the Kelvin sign to "k"; no word here holds "k" or "s".)
 */
/** EACH_IN_CHARGE_BEFORE: "phụ trách", "kèm cặp", "dìu dắt", then "ít nhất", "tối thiểu", "từ", "khoảng". */
const EACH_IN_CHARGE_ENDS = new WordEndings(['trách', 'cặp', 'dắt', 'đỡ', 'dõi', 'nhất', 'thiểu', 'từ', 'oảng']);
/** RATIO_BASE_BEFORE: "cứ" and a hedge, "mỗi", "trên". */
const RATIO_BASE_ENDS = new WordEndings(['cứ', 'gần', 'oảng', 'hơn', 'trên', 'chừng', 'mỗi']);
/** RATIO_PART_BEFORE: "có", "được", then "chưa đến", "chưa tới", "gần", "hơn", "khoảng", "chừng", "cỡ", "tầm", "trên", "dưới". */
const RATIO_PART_ENDS = new WordEndings(['có', 'được', 'đến', 'tới', 'gần', 'hơn', 'oảng', 'chừng', 'cỡ', 'tầm', 'trên', 'dưới']);
/** "đại diện (của) (hơn|gần|khoảng|trên) ". */
const DELEGATES_ENDS = new WordEndings(['diện', 'của', 'hơn', 'gần', 'oảng', 'trên']);
/** ENSEMBLE_BEFORE: "với", "gồm", "có", then "khoảng", "gần", "hơn", "trên", "chừng", "xấp xỉ". */
const ENSEMBLE_ENDS = new WordEndings(['với', 'gồm', 'có', 'oảng', 'gần', 'hơn', 'trên', 'chừng', 'xỉ']);
/** REPRESENTED_BEFORE: "cho", then "hơn", "gần", "trên", "khoảng". */
const REPRESENTED_ENDS = new WordEndings(['cho', 'hơn', 'gần', 'trên', 'oảng']);
/** CLASS_WITH_BEFORE: "với", then "hơn", "gần", "khoảng", "trên". */
const CLASS_WITH_ENDS = new WordEndings(['với', 'có', 'hơn', 'gần', 'oảng', 'trên']);
/** PARTICIPANTS_BEFORE: "của", "với", "gặp mặt", "trước", then "hơn", "gần", "khoảng", "trên", "chừng", "hàng", "xấp xỉ". */
const PARTICIPANTS_ENDS = new WordEndings(['của', 'với', 'mặt', 'trước', 'hơn', 'gần', 'oảng', 'trên', 'chừng', 'hàng', 'xỉ']);
/** DRAWN_BEFORE: "thu hút", then "hơn", "gần", "khoảng", "trên", "chừng". */
const DRAWN_ENDS = new WordEndings(['hút', 'hơn', 'gần', 'oảng', 'trên', 'chừng']);
