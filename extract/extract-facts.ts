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
 *
 * The steps live in facts/: cue-scan.ts (3–5: nouns, verbs, approximation),
 * named-counts.ts (4: the noun named before a bare number), count-reading.ts
 * (4–6 for counts), noun-verb-metric.ts (6: metricFor), goal-context.ts
 * (6: targets), percent-reading.ts (7), breakdown.ts and finalize-facts.ts (8);
 * table-rows.ts reads tables flattened into "a | b | c" lines by their headers.
 * This file reads the sentences and hands each number through them.
 */
import { AGE_BEFORE, AT_LEAST_AFTER, COMPARISON_AFTER, DATE_WORD_BEFORE, DATE_WORD_BEFORE_ENDS, FOUND_WITH_MEMBERS, LABEL_BEFORE, LABEL_BEFORE_ENDS, MONEY_AFTER, QUOTA_BEFORE, UNIT_AFTER, mayEndQuota, type NounClass, type VerbClass } from './cues.js';
import { findScope } from './find-scope.js';
import { findPeriods, periodAt, type PeriodMention } from './find-period.js';
import { findNumbers, NUMBER_WORD_ALT, parseDigits, parseNumberWords } from './parse-number.js';
import { segmentSentences, type Sentence } from './segment-sentences.js';
import type { Fact } from './types.js';
import { lowerTwin } from './lower-case.js';
import { isSpaceCode } from './word-boundary.js';
import { gated } from './needed-words.js';
import { _breakdownPositions, _followBreakdown, _pendingPartReading, type BreakdownState } from './facts/breakdown.js';
import { _countReading, _nextOfNamedBracketList, TOTAL_RAISED_BEFORE, _isInspected, _isNotACount, ORGANISATION_METRICS, type CountMention, type CountReading } from './facts/count-reading.js';
import { _approxBefore, _clauseAfter, _directVerb, _isCountedNoun, _lastNounIn, _nounAt, _verbAtStart, _verbMentions } from './facts/cue-scan.js';
import type { Draft, ParagraphState } from './facts/draft.js';
import { _finalize, _resolvePendingParents } from './facts/finalize-facts.js';
import { PEOPLE_FLOWS, PEOPLE_METRICS, _sameFamily } from './facts/named-counts.js';
import { _mayListFigures, _respectiveFigures, type RespectiveFigure } from './facts/respectively.js';
import { LIST_ITEM, _cuePositions, _isFuture, _isPast, _isTargetAt, _targetCueAt } from './facts/goal-context.js';
import { CLASS_FOR_ADMISSION_BEFORE, metricFor, PARTY_NAMED, type MentionContext, type Reading } from './facts/noun-verb-metric.js';
import { _partOverWhole, _percentReading } from './facts/percent-reading.js';
import { _layTables } from './facts/table-layout.js';
import { _findTables, _inTable, _tableDrafts } from './facts/table-rows.js';

export { metricFor } from './facts/noun-verb-metric.js';

export interface ExtractFactsOptions {
  /** The article's publication date, for "đến nay" and "năm nay". */
  published?: string | null;
}

/**
 * "…, năm 2023 đạt ", "…, năm 2022 tăng lên ", "… và năm 2024 là " before a figure: one year of a series, which the
 * series' verb governs.
 */
/** Whether the last 120 characters before a goal's figure name an admission ("kết nạp", "KN") and no state after it. */
function _admissionGoalBefore(left: string): boolean {
  const tail = left.slice(-120);
  const at = Math.max(tail.lastIndexOf('kết nạp'), tail.lastIndexOf('Kết nạp'), tail.lastIndexOf('KN '));
  return at >= 0 && !GOAL_STATE_AFTER_ADMISSION.test(tail.slice(at));
}
/** A state or a total between an admission and a goal's figure: "có", "tổng số", "đạt", "nâng … lên", "lên". */
const GOAL_STATE_AFTER_ADMISSION = /(?<![\p{L}])(?:có|tổng số|đạt|lên|duy trì|giữ)(?![\p{L}])/iu;

/** A capitalised word right before a figure: the name a year closes ("Carnaval Hạ Long ", "SEA Games "). */
const YEAR_ENDS_NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}-]*\s+$/u;

/** A difference from another period right before a figure: "nhiều hơn năm 2015 là ", "ít hơn cùng kỳ ", "cao hơn năm trước ". */
const FLOW_DIFFERENCE_BEFORE = /(?<![\p{L}])(?:nhiều hơn|ít hơn|cao hơn|thấp hơn)(?:\s+(?:so với\s+)?(?:cùng kỳ|năm|nhiệm kỳ|giai đoạn|quý|tháng)(?:\s+(?:trước|ngoái|qua|(?:19|20)\d{2}))?(?:\s+(?:19|20)\d{2})?)?\s+(?:là\s+)?(?:(?:hơn|gần|khoảng)\s+)?$/iu;

/** Joining the union right before a figure: "đã tham gia công đoàn ", "gia nhập tổ chức công đoàn gần ". */
const JOINED_UNION_BEFORE = /(?<![\p{L}])(?:đã\s+)?(?:tham gia|gia nhập|vào)\s+(?:tổ chức\s+)?công đoàn\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Each year, right after a count: " mỗi năm", " một năm", " hằng năm", "/năm". */
const PER_YEAR_AFTER = /^\s*(?:mỗi năm|một năm|hằng năm|hàng năm|\/\s*năm)(?![\p{L}])/u;

const SERIES_RESULT_BEFORE = /(?:,|;|và)\s*(?:năm\s+(?:19|20)\d{2}|năm nay|năm ngoái|năm trước|năm qua)\s+(?:đạt|là|(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+còn)?|lên|xuống(?:\s+còn)?|còn)\s*$/iu;

/** "lượt " before trainees: "hơn 62.000 lượt học viên". */
const TRAINEE_VISITS = /^\s*lượt\s+(?=học viên|người học)/iu;
/** Whether TRAINEE_VISITS may match at `from`: the first visible unit there is an "l" or "L" (the only letter `/iu` folds to "l"). */
function _mayBeVisits(text: string, from: number): boolean {
  return (_firstVisibleCode(text, from, text.length) | 0x20) === 0x6c;
}

/** Whether the last count of the sentence is a change ("tăng 4 tổ chức đảng") joined to the figure at `at` by "và" alone. */
function _joinedToChange(drafts: readonly Draft[], from: number, text: string, at: number): boolean {
  const d = drafts[drafts.length - 1];
  return drafts.length - 1 >= from && d !== undefined && d.verb === 'increase' && d.unit === 'count' && /^[^\d,;.()]{0,40}\svà\s+$/u.test(text.slice(d.mentionEnd, at));
}

/**
 * The count a figure in brackets restates for the same period of the year before: "(cùng kỳ 219)", "(cùng kỳ năm
 * trước: 998 học viên)" right after the count, with no other figure between; else null.
 */
function _samePeriodFigureOf(drafts: readonly Draft[], from: number, text: string, at: number, noun: string | null): Draft | null {
  const d = drafts[drafts.length - 1];
  if (drafts.length - 1 < from || d === undefined || d.unit !== 'count' || d.isDelta) return null;
  // (The words of a draft's mention after its figure: its noun, "đảng viên", "lớp".)
  const nounOf = (x: Draft): string => text.slice(x.mentionStart, x.mentionEnd).replace(/^[\d.,\s]+/u, '').toLowerCase();
  const open = text.lastIndexOf('(', at);
  if (open >= d.mentionEnd && SAME_PERIOD_OPENS_BRACKET.test(text.slice(open, at))) {
    // ("mở 3 lớp … cho 236 quần chúng ưu tú (cùng kỳ năm 2018 là 2 lớp với 171 học viên)": a figure with a noun of its own is
    // the same count as the one of the sentence with that noun.)
    if (noun !== null && noun !== 'người' && noun !== nounOf(d)) {
      for (let i = drafts.length - 2; i >= from; i--) if (drafts[i]!.unit === 'count' && !drafts[i]!.isDelta && nounOf(drafts[i]!) === noun) return drafts[i]!;
      return null;
    }
    return /^[^\d;()]{0,60}$/u.test(text.slice(d.mentionEnd, open)) ? d : null;
  }
  // "… kết nạp 43 đảng viên, trong khi cùng kỳ năm 2017 là 35 đảng viên", "kết nạp 142 đảng viên; cùng kỳ năm 2024, con
  // số này của hai tỉnh … cộng lại là 119 đảng viên": a clause of its own, the figure bare or counting the same noun.
  if (d.kind === 'target' || !SAME_PERIOD_CLAUSE_BEFORE.test(text.slice(d.mentionEnd, at))) return null;
  return noun === null || noun === 'người' || noun === nounOf(d) ? d : null;
}
/** A clause that opens with the same period a year before, up to its figure (see _samePeriodFigureOf). */
const SAME_PERIOD_CLAUSE_BEFORE = /^[^\d;()]{0,30}?[;,]\s*(?:trong khi\s+|còn\s+|so với\s+)?cùng kỳ(?:\s+năm(?:\s+(?:trước|ngoái|(?:19|20)\d{2}))?)?\s*,?\s*[^\d;]{0,70}?(?<![\p{L}])(?:là|chỉ là|chỉ có|có|đạt|:)\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** A bracket that opens with the same period a year before, up to the figure: "(cùng kỳ ", "(cùng kỳ năm 2023: ", "(so với cùng kỳ năm trước là ". */
// ("(TH cùng kỳ 2023: 189)": what was done, "thực hiện", in the same period of a year named bare.)
const SAME_PERIOD_OPENS_BRACKET = /^\(\s*(?:(?:so với|TH|thực hiện)\s+)?cùng kỳ(?:\s+(?:năm\s+)?(?:trước|ngoái|(?:19|20)\d{2})|\s+năm)?\s*(?::|là)?\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;


/** A clause that opens with "hiện" and states what there is: ", hiện trên địa bàn phường có ", "; hiện nay toàn tỉnh có ". */
const PRESENT_CLAUSE_BEFORE = gated(/(?:^|[,;:]\s*)hiện(?: nay| tại)?,?\s+(?:[^;,.\d]{0,40}?\s)?có(?![\p{L}])[^;]*$/iu);

/** "hiện có", "hiện nay có", "hiện là" earlier in the clause of a figure: the present state ("hiện có 29 cơ sở đoàn với 5.812 đoàn viên"). */
const PRESENT_STOCK_BEFORE = gated(/(?<![\p{L}])hiện(?: nay)? (?:có|là)(?![\p{L}])[^;]*$/iu);

/** "đại diện cho hơn ", "thay mặt cho " before a figure: those delegates stand for. */
const REPRESENTED_BEFORE = gated(/(?:đại diện|thay mặt) cho\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$/iu);

/** A list item's label right before its figure: "+ Thành ủy Sóc Trăng: ", "- Huyện ủy Mỹ Tú: ". */
const ITEM_LABEL_BEFORE = /^\s*(?:[-+•*–]\s*)?[^\d:;,.]{2,60}:\s*$/u;
/** Whether a ";" after `from` (the deed's verb) and before `at` opens a clause whose subject is a body named with a capital. */
function _opensOwnClause(text: string, at: number, from: number): boolean {
  const semi = text.lastIndexOf(';', at);
  return semi > from && /^\s*\p{Lu}/u.test(text.slice(semi + 1, at));
}

/** A bracket opened right after a noun and not closed before the next figure: " (chiếm ", " (bằng ". */
const OPEN_BRACKET_RIGHT_AFTER = /^\s*\([^()]{0,40}$/u;
/** A bracket right at the start of a figure's trailing clause. */
const OPEN_BRACKET_RIGHT_AFTER_START = /^\s*\(/u;

/** A shift named by its time of day, right before its figure: "ca sáng ", "ca đêm ". */
const SHIFT_BEFORE = /(?<![\p{L}])ca\s+(?:sáng|chiều|tối|trưa|đêm|ngày)\s*$/iu;

/** A label that opens with a deed (group 1: the deed): "Thành lập mới trong 8 tháng: ", "- Kết nạp: ". */
const DEED_LABEL = /^\s*(?:[-+•*–]\s*)?((?:thành lập|kết nạp|phát triển|giới thiệu|giải thể)(?:\s+mới)?)(?:\s[^:]*?)?\s*:\s*$/iu;
/**
 * What an item's figure counts under its heading: a label that names a deed says what befell what the heading counts
 * ("Thành lập mới trong 8 tháng: 4" under "Công đoàn cơ sở" reads as "Thành lập mới công đoàn cơ sở: 4"); else the heading.
 */
function _itemHeadingReading(heading: string, label: string, figure: string, published: string | null): Reading | null {
  const deed = DEED_LABEL.exec(label);
  const done = deed === null ? null : _headingReading(`${deed[1]!.trim()} ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`, figure, published);
  return done ?? _headingReading(heading, figure, published);
}

/** Periods a label may name: "8/2025", "năm 2023", "8 tháng", "quý II". */
const LABEL_PERIOD = /(?<!\d)(?:\d{1,2}\/)?(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}\s+tháng|tháng\s+\d{1,2}(?!\d)|quý\s+(?:[IV]+|\d)(?![\p{L}\d])/gu;
/** Whether the text before a figure is a label of an item (ITEM_LABEL_BEFORE), the periods it names aside: "Thành lập mới trong 8 tháng: ". */
function _isItemLabel(left: string): boolean {
  return ITEM_LABEL_BEFORE.test(/\d/u.test(left) ? left.replace(LABEL_PERIOD, 'kỳ') : left);
}

/** A list item's label that names one body: "+ Đảng bộ Quân sự tỉnh: ", "- Chi bộ Công ty TNHH An Phát: " (not a kind of body: "+ Đảng bộ cơ sở: "). */
const NAMED_BODY_LABEL = /^\s*(?:[-+•*–]\s*)?(?:Đảng bộ|Đảng ủy|Chi bộ|Công đoàn|Liên đoàn Lao động|LĐLĐ|Đoàn)\s+\p{Lu}/u;

/** What a heading names, read on "<heading>: <figure>" ("Kết quả kết nạp đảng viên …: 152" → admissions). */
function _headingReading(heading: string, figure: string, published: string | null): Reading | null {
  const line = `${heading}: ${figure}`;
  const f = extractFacts(line, { published }).find((x) => x.mention.start === heading.length + 2);
  return f === undefined ? null : { metric: f.metric, kind: f.kind };
}

/** The longest fact sheet heading (`_isCountHeadingLine`). */
const COUNT_HEADING_MAX = 40;

/**
 * Whether a sentence is a line of its own, short, with no figure and no closing mark, capitalised, that names a count:
 * "Đảng viên", "Phát triển đảng viên", "Công đoàn cơ sở" (read as "<line>: 1" would be).
 */
function _isCountHeadingLine(sentence: Sentence, text: string, published: string | null): boolean {
  const line = sentence.text.trim();
  if (line.length < 4 || line.length > COUNT_HEADING_MAX || /[\d.,;:!?%)]$|\d/u.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const before = sentence.start === 0 ? 0x0a : text.charCodeAt(sentence.start - 1);
  const after = text.charCodeAt(sentence.end);
  if (before !== 0x0a || !(Number.isNaN(after) || after === 0x0a)) return false;
  return _headingReading(line, '1', published) !== null;
}

/** "tỷ lệ tập hợp" and its verb right before a rate: "tỷ lệ tập hợp đạt ", "tỷ lệ tập hợp người lao động vào công đoàn là ". */
const DENSITY_NAMED_BEFORE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ) tập hợp(?:\s+(?:đoàn viên|CNLĐ|NLĐ|công nhân|người lao động|lao động))?(?:\s+vào(?:\s+tổ chức)?\s+công đoàn)?\s*(?:đạt|là|:)?\s+(?:(?:hơn|gần|khoảng|trên|xấp xỉ)\s+)?$/u;

/** A rate said to be reached, right before it: "mới đạt ", "đã đạt ", "chỉ đạt khoảng ". */
const REACHED_BEFORE = /(?<![\p{L}])(?:đã|mới|chỉ)\s+đạt\s+(?:(?:hơn|gần|khoảng|trên|xấp xỉ)\s+)?$/u;

/** A plan named after a rate, up to what it is about: " chỉ tiêu về ", " kế hoạch về ". */
// ("đạt 68,8% chỉ tiêu cả năm về phát triển đoàn viên": the plan of the whole year.)
const PLAN_ABOUT_AFTER = /^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)(?:\s+(?:cả\s+)?(?:năm|quý|tháng))?\s+về\s+/u;

/** "nhiều hơn", "ít hơn" right before a figure. */
const DIFFERENCE_BEFORE = /(?<![\p{L}])(?:nhiều|ít|cao|thấp)\s+hơn\s+$/u;
/** Another time compared with, after a figure and its noun: " đảng viên so với cuối năm 2019". */
const COMPARED_AFTER = /^[^,;.\d]{0,30}?(?<![\p{L}])so với(?![\p{L}])/u;

/** "từ" right before the first end of a change: "tăng từ ", "giảm từ gần ". */
const FROM_END_BEFORE = /(?<![\p{L}])(?:tăng|giảm|phát triển)\s+từ\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;
/** The second end of a change after the first and its noun: " chi bộ xuống còn 1.412", " lên 96". */
const TO_END_AFTER = /^[^,;.\d]{0,40}?(?<![\p{L}])(?:lên|xuống|còn)(?![\p{L}])/u;
/** "từ" right before the first end of a change: "Chi bộ Công ty từ ", "từ gần ". */
const FROM_BARE_BEFORE = /(?<![\p{L}])từ\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/u;
/** The second end of a change, past the first's noun: " đảng viên nâng tổng số lên 33", " … nay đã có 29" (not "đến", a range). */
const FROM_STATE_TO_AFTER = /^[^;.\d]{0,70}?(?<![\p{L}])(?:lên|nay\s+(?:đã\s+)?(?:có|là|lên|tăng lên))\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d/u;

/** "Nếu" opening a condition, not "nếu như" before a time ("Nếu như cuối năm 2013, toàn tỉnh có 512 CĐCS …": a contrast of then and now). */
const CONDITION = /(?<![\p{L}])[Nn]ếu(?![\p{L}])(?!\s+như\s+(?:năm|cuối|đầu|giữa|trước|khi|cách|hồi|thời|giai đoạn|nhiệm kỳ|tháng|quý|\d))/u;

/**
 * Where a question supposes: "Hỏi: Nếu công ty tôi có 30 công nhân cùng muốn đi học lớp … thì công ty có phải bố trí thời gian
 * không?", "“Nếu công ty có 5 đảng viên thì đã đủ để lập chi bộ chưa?”". The figures of a condition a question asks about
 * are of the supposition. Null when no "nếu" comes before the "?".
 */
function _askedCondition(text: string): RegExpExecArray | null {
  const m = CONDITION.exec(text);
  return m !== null && text.indexOf('?', m.index) > m.index ? m : null;
}

/**
 * Where a sentence starts to suppose: "Giả sử …", "Giá như có được 5 chi bộ …", "… ví dụ: "Giả sử một công trường có 300
 * công nhân …", "nếu mỗi chi bộ chỉ cần kết nạp 1 đảng viên mỗi năm thì …" (a condition on each, or on what would
 * suffice). The figures from there to the end of the sentence are of the supposition.
 */
const HYPOTHETICAL = /(?<![\p{L}])(?:giả sử|giả dụ|giả như|giá như|giá mà)(?![\p{L}])|(?<![\p{L}])nếu(?:\s+như)?\s+(?:[^,;.]{0,30}?\s)?(?:mỗi|chỉ cần)(?![\p{L}])/iu;

/** "năm" right before a figure: a year only if the figure can be one ("năm 2024", not "kế hoạch năm 40 CĐCS"). */
const YEAR_WORD_AT_END = /(?<![\p{L}])năm\s*$/iu;

/** A thousands group in a written figure: "10.000", "1 250". */
const THOUSANDS_GROUP = /\d[. ]\d{3}(?!\d)/u;

/** Whether `at` is inside a bracket opened before it and not yet closed; `firstOpen`: `text.indexOf('(')`. */
function _inOpenBracket(text: string, at: number, firstOpen: number): boolean {
  // (No "(" up to `at`: none to search back for.)
  if (firstOpen < 0 || firstOpen > at) return false;
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
}

/** "72/" or "46.930 đoàn viên/" right before a figure: the figure is the whole of a fraction or a ratio. */
const DENOMINATOR_BEFORE = /[\p{L}\d]\s?\/\s?$/u;

/** A label of two nouns, then the part of a fraction, right before its whole: "ĐVCĐ/CNVCLĐ: 128.420/" (group 1 the second noun and what follows). */
const LABEL_PAIR_BEFORE = /[\p{L}]\s?\/\s?(\p{L}[^:/\d]{0,30}?)\s*:\s*\d[\d.,]*\s?\/\s?$/u;

/** A label of two nouns right before the part of a fraction: "ĐVCĐ/CNVCLĐ: " (group 1 the first noun). */
const LABEL_PAIR_PART_BEFORE = /(?:^|[\s(:;,-])(\p{L}[^\s/:\d]{0,20})\s?\/\s?\p{L}[^:/\d]{0,30}?\s*:\s*$/u;

/** "/3" after a figure: the denominator of what may be a proportion ("1/3 lao động", "2/3 số đảng viên"). */
const SMALL_FRACTION_AFTER = /^\/([234])(?![\d.,])/u;

/** "Top " right before a figure: "lọt Top 10 doanh nghiệp", "TOP 50". */
const TOP_BEFORE = /(?<![\p{L}])top\s*$/iu;

/** A quarter in Roman or Arabic figures and a slash right before a year: "quý III/", "Quý 2 / ". */
const QUARTER_OF_YEAR_BEFORE = /(?<![\p{L}])quý\s*(?:[IV]{1,3}|[1-4])\s*\/\s*$/iu;

/** "1/" before a figure: the numerator of what may be a proportion. */
const SMALL_FRACTION_BEFORE = /(?<![\d.,])([123])\/$/u;

/** Hedges before a fraction ("gần 2/5 đảng viên" is a proportion, "38/46 doanh nghiệp" counts). */
const FRACTION_HEDGE = '(?<![\\p{L}])(?:gần|hơn|khoảng|trên|chưa đến|chưa tới|xấp xỉ|chừng)\\s+';
/** A hedge right before a fraction's numerator: "gần ". */
const FRACTION_HEDGE_BEFORE = new RegExp(`${FRACTION_HEDGE}$`, 'iu');
/** "/5" after a figure: the denominator of a hedged proportion, up to tenths. */
const TENTHS_AFTER = /^\/([1-9]|10)(?![\d.,])/u;
/** "gần 2/" before a figure: a hedged numerator (group 1). */
const HEDGED_NUMERATOR_BEFORE = new RegExp(`${FRACTION_HEDGE}([1-9])\\/$`, 'iu');

/**
 * Whether a figure and the other side of its "/" make a common proportion, a half, a third or a quarter
 * ("1/3 lao động", "2/3 số đảng viên", "3/4"), not counts ("38/46 doanh nghiệp", "3/5 doanh nghiệp").
 */
function _isProportion(value: number, other: string | undefined, numerator: boolean): boolean {
  if (other === undefined) return false;
  const [top, bottom] = numerator ? [value, Number(other)] : [Number(other), value];
  return top < bottom && bottom <= 4;
}

/** "38/46 doanh nghiệp": the rest of a fraction after its first figure. */
const FRACTION_AFTER = /^\/\d+(?:\.\d+)*/u;

/** The last code unit of `text` that is not white space (":" before "Chỉ tiêu …: 45"), or -1. */
function _lastVisible(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > 0 ? text.charCodeAt(end - 1) : -1;
}

/** The first code unit of `text` from `from` (before `to`) that is not white space (`\s`), or -1. */
function _firstVisibleCode(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i < end ? text.charCodeAt(i) : -1;
}

/** "trở lên" right after a percent: "80% trở lên". */
const PERCENT_FLOOR_AFTER = /^\s*trở lên(?![\p{L}])/u;

/** AT_LEAST_AFTER, run only in a sentence that holds "trở lên" (asked once per sentence, where a lower-cased copy of each window cost a runtime call). */
const AT_LEAST_AFTER_GATED = gated(AT_LEAST_AFTER);

/** What may end a line that ends its sentence or its paragraph (its last character but white space). */
const LINE_END_MARKS: ReadonlySet<number> = new Set([...'.!?:;…"”\'’)]»|'].map((c) => c.charCodeAt(0)));

/** Words a sentence cannot end with: what follows them belongs to their sentence ("… tặng Bằng khen cho" / "4 tổ chức cơ sở đảng …"). */
const OPEN_LINE_END = /(?<![\p{L}])(?:cho|của|và|với|là|có|gồm|được|đạt|tặng|số|trên|hơn|khoảng|gần|từ|đến|tới|tại|thêm|ít nhất|tối thiểu|kết nạp|thành lập|giới thiệu|tổng cộng|trong đó|trong số đó|bao gồm|lên|xuống còn)\s*$/iu;

/** A short line that ends in a figure its verb governs, the counted noun on the next line: "Đến ngày 30/6/2024, Đảng bộ Khối có 47" / "tổ chức cơ sở đảng …". */
const FIGURE_CUT_FROM_NOUN = /(?<![\p{L}])(?:có|với|gồm|kết nạp|thành lập|giới thiệu|lên)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*$/iu;

/** Figures that open a line of their own: list numbers ("1. ", "2) ") and periods ("6 tháng cuối năm, …", "2024: …"). */
const NEW_LINE_OPENING = /^\d+(?:[.)]\s|\s*(?:tháng|năm|ngày|quý|tuần)(?![\p{L}])|\s*:)/iu;

/** A line broken before a figure: it ends in a word that cannot end a sentence, and the next line starts with a figure that does not open a line of its own. */
function _continuesWithFigure(line: string, text: string, next: number): boolean {
  const c = text.charCodeAt(next);
  // (Not a list's number, "1. …", but the head of a figure cut after its thousands dot: "… với" / "9." / "318 đoàn viên".)
  return c >= 0x30 && c <= 0x39 && (OPEN_LINE_END.test(line) || _lastVisible(line) === 0x2c) && (!NEW_LINE_OPENING.test(text.slice(next, next + 16)) || CUT_HEAD_LINE.test(text.slice(next, next + 16)));
}

/** A line that holds only the head of a figure cut after its thousands dot, the rest opening the next line: "9." / "318 …". */
const CUT_HEAD_LINE = /^\d{1,3}\.[ \t]*\n[ \t]*\d{3}(?![\d%]|[.,]\d)/u;

/** A range cut at its dash at a line's end: "từ 1-", "từ 45 -". */
const RANGE_CUT = /\d\s*[-–]$/u;

/** The length of the line that starts at `at`. */
function _lineLength(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return (end < 0 ? text.length : end) - at;
}

/** Whether the line at `at` opens with a digit (past spaces and tabs). */
function _startsWithDigit(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * Symbols and emoji that open the lines of posts and infographics ("📌 48 TCCSĐ …", "✅ Kết nạp 87 đảng viên",
 * "1️⃣ …", "🔴 MỤC TIÊU NĂM 2024"), up to the space after them. Not "-", "+", "*" or "•", which lists write themselves.
 */
const SYMBOL_BULLET = /^([ \t]*)((?:[\p{Extended_Pictographic}\u2023-\u25ff\u2190-\u21ff\u2700-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]|\d\ufe0f?\u20e3)+)(?=[ \t])/gmu;

/**
 * Such bullets as the list markers they stand for, keeping the text's length: "-" and spaces before an item, only
 * spaces before a heading in capitals, so that goal headings govern their items and items read as list items.
 */
function _symbolBullets(body: string): string {
  if (!_mayHaveSymbolBullet(body)) return body;
  return body.replace(SYMBOL_BULLET, (_all, lead: string, bullet: string, at: number) => {
    const lineEnd = body.indexOf('\n', at);
    const rest = body.slice(at + lead.length + bullet.length, lineEnd < 0 ? body.length : lineEnd);
    const heading = /\p{Lu}/u.test(rest) && rest === rest.toUpperCase();
    return lead + (heading ? ' ' : '-') + ' '.repeat(bullet.length - 1);
  });
}

/** Whether `text` holds a code unit that can open a symbol bullet (a native scan, cheaper than SYMBOL_BULLET on plain text). */
function _mayHaveSymbolBullet(text: string): boolean {
  return MAY_OPEN_SYMBOL_BULLET.test(text);
}
/** Arrows, shapes, dingbats, symbols (not "…", U+2026) and the high surrogates of emoji. */
const MAY_OPEN_SYMBOL_BULLET = /[\u2027-\u2bff\ud800-\udbff]/;

/**
 * Lines broken in mid-sentence, as print pages and text taken from PDFs are ("… đã giới" / "thiệu 127
 * đoàn viên …"): a long line (40+ characters) that ends in no punctuation, followed by a line that
 * starts with a lower-case letter, or with a figure after a word no sentence ends with or after a
 * comma (`_continuesWithFigure`), continues it. So does the line after a page break of a PDF ("… đã
 * được kết" / "" / "LĐLĐ tỉnh … Trang 2/5" / "nạp vào Đảng …"): blank lines and the running header
 * or footer between (`PAGE_FURNITURE`) become spaces. Line breaks become spaces, so every offset
 * stays the same; tables ("|") are left alone.
 */
function _joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  // (Code units, as offsets count them: an emoji is two, and `[...text]` would make it one and shift every edit after it.)
  let out: string[] | null = null;
  let lineStart = 0;
  // The start of the line the last join ran on into, and of the label of the last data box (-1: none).
  let continued = -1;
  let boxLabel = -1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', lineStart)) {
    const from = lineStart;
    lineStart = nl + 1;
    // (The line's ends but white space, as `trim` finds them (it trims what `isSpaceCode` and `\s` call space): no
    // trimmed copy, and no end-anchored regex that would try every character of the line.)
    let end = nl;
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    // ("674" / "đảng viên được kết nạp trong 5 năm": a data box's figure on a line of its own, its label on the next.)
    if (end - from <= 12 && FIGURE_ALONE.test(text.slice(from, end)) && _startsLower(text, nl + 1)) {
      out ??= text.split('');
      out[nl] = ' ';
      lineStart = nl + 1;
      // (A box's label ends the box: "1.426" / "trong số đó là công nhân trực tiếp sản xuất" / "96" / "chi bộ, …" are two
      // boxes. Not a figure a wrapped sentence ran on into: "… đã kết nạp" / "56" / "đảng viên mới, nâng …".)
      if (from !== continued) boxLabel = nl + 1;
      continue;
    }
    // ("… với 1." / "245 đảng viên": a PDF's line cut a figure after its thousands dot; the line ends with the figure's head
    // and the next opens with its next three digits. A word joiner stands for the break, read as nothing inside the figure.)
    if (text.charCodeAt(end - 1) === 0x2e && _cutThousandsAt(text, from, end, nl)) {
      out ??= text.split('');
      for (let i = end; isSpaceCode(text.charCodeAt(i)); i++) out[i] = '\u2060';
      continue;
    }
    // ("3. Thành lập mới từ 1-" / "2 tổ chức đảng …": a range cut at its dash; "417 đoàn viên," / "đạt 107% chỉ tiêu …": a
    // clause cut after its comma. Short lines, joined all the same.)
    const last = text.charCodeAt(end - 1);
    // (Not a page's number, "- 2 -", nor items of a list, short lines each ending in a comma: "xã Hòa Tân 2," / "xã An Phú Tân 2,".)
    const cutShort = ((last === 0x2d || last === 0x2013) && RANGE_CUT.test(text.slice(Math.max(from, end - 8), end)) && /\p{L}/u.test(text.slice(from, end)) && _startsWithDigit(text, nl + 1)) || (last === 0x2c && _startsLower(text, nl + 1) && _lineLength(text, nl + 1) >= 40);
    if (cutShort) {
      out ??= text.split('');
      out[nl] = ' ';
      continue;
    }
    if (end - from < 20 || LINE_END_MARKS.has(last) || from === boxLabel) continue;
    let start = from;
    while (isSpaceCode(text.charCodeAt(start))) start++;
    const line = text.slice(from, nl);
    if (end - start < 40 && (end - start < 20 || !_endsInDigit(text, end) || !FIGURE_CUT_FROM_NOUN.test(line.trimEnd()))) continue;
    if (line.includes('|')) continue;
    // Past a page break: blank lines around one running header or footer line.
    let resume = nl + 1;
    if (text.charCodeAt(resume) === 0x0a || PAGE_FURNITURE.test(text.slice(resume, resume + 160).split('\n', 1)[0]!)) {
      resume = _pastPageBreak(text, nl + 1);
      if (resume < 0) continue;
    }
    const lower = _startsLower(text, resume);
    // (A figure continues the line past a page break too: "… lớp bồi dưỡng nhận thức về Đảng cho" / "" / "BÁO CÁO … Trang 1/3" / "" / "134 quần chúng ưu tú.")
    if (!lower && !_continuesWithFigure(line, text, resume)) continue;
    const nextEnd = text.indexOf('\n', resume);
    if (text.slice(resume, nextEnd < 0 ? text.length : nextEnd).includes('|')) continue;
    out ??= text.split('');
    for (let i = nl; i < resume; i++) out[i] = ' ';
    lineStart = resume;
    continued = resume;
  }
  return out === null ? text : out.join('');
}

/** A line of a quiz's options after its question: "A. 96; B. 104; C. 112; D. 120." */
const QUIZ_OPTIONS_LINE = /^[ \t]*A[.)][ \t]*[^\n]*?;[ \t]*B[.)][ \t][^\n]*/gmu;

/** The spans of the lines of a quiz's options right under a question ("…?"), as [start, end) pairs. */
function _quizOptionLines(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(QUIZ_OPTIONS_LINE)) {
    const before = text.slice(Math.max(0, m.index - 400), m.index).trimEnd();
    if (before.endsWith('?')) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A figure alone on its line: "674", "21,4%", "1.236". */
const FIGURE_ALONE = /^\s*\d[\d.,]*\s?%?\s*$/u;

/** Whether the line at `at` starts with a small letter (its first character). */
/** The head of a figure cut after its thousands dot at a line's end, said after a word: " với 1.", " có 112.530.". */
const CUT_THOUSANDS_HEAD = /(?:^|[\s(])\d{1,3}(?:\.\d{3})*\.$/u;
/** The next three digits of a cut figure opening the next line, then no digit and no percent: "245 đảng viên". */
const CUT_THOUSANDS_TAIL = /^[ \t]*\d{3}(?![\d%]|[.,]\d)/u;

/**
 * Whether the line `from`–`end` (its end, past white space, a ".") ends with the head of a figure cut after its thousands
 * dot and the line after `nl` opens with the rest: after a word on the same line ("với 1."), or alone on its line after a
 * line that runs on ("… với" / "9." / "318 đoàn viên"), never a list's number ("1." opening a line of its own).
 */
function _cutThousandsAt(text: string, from: number, end: number, nl: number): boolean {
  const line = text.slice(Math.max(from, end - 16), end);
  const head = CUT_THOUSANDS_HEAD.exec(line);
  if (head === null || !CUT_THOUSANDS_TAIL.test(text.slice(nl + 1, nl + 12))) return false;
  let start = from;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  if (end - start > head[0].trimStart().length) return true;
  // (Alone on its line: the line before runs on into it, ending in a letter.)
  let before = from - 1;
  while (before > 0 && isSpaceCode(text.charCodeAt(before - 1))) before--;
  return before > 0 && /\p{Ll}/u.test(text.charAt(before - 1));
}

function _startsLower(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== '' && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Whether the character before `end` is an ASCII digit. */
function _endsInDigit(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c >= 0x30 && c <= 0x39;
}

/** The running header or footer line of a PDF page: "… Trang 2/5", "Trang 3", "- 4 -", a page number alone. */
const PAGE_FURNITURE = /^(?:.{0,120}(?<![\p{L}])Trang\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?|\s*[-–]?\s*\d{1,3}\s*[-–]?)\s*$/iu;

/** Where the text resumes after the blank lines and the one page header or footer line starting at `from`; -1 when it is not a page break. */
function _pastPageBreak(text: string, from: number): number {
  let at = from;
  let furniture = 0;
  let blanks = 0;
  for (;;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (line.trim() === '') blanks++;
    else if (PAGE_FURNITURE.test(line) && furniture === 0) furniture++;
    else return furniture === 1 && blanks <= 4 ? at : -1;
    if (blanks > 4 || nl < 0) return -1;
    at = end + 1;
  }
}

/** Bodies of the Youth Union and of the trade unions, as an article names them. */
const YOUTH_BODY = /(?:Đoàn Thanh niên|Đoàn TN|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Thị đoàn|chi đoàn|cơ sở đoàn|ĐVTN|đoàn viên thanh niên|Đoàn cơ sở|Đoàn Khối)(?![\p{L}])/giu;
const UNION_BODY = /(?:công đoàn|CĐCS|LĐLĐ|Liên đoàn Lao động|ĐVCĐ)(?![\p{L}])/giu;

/** An article about the Youth Union: it names Youth Union bodies at least three times and twice as often as unions. */
function _isYouthArticle(text: string): boolean {
  const lower = text.toLowerCase();
  const lowered = lower.length === text.length;
  const youthRe = lowered ? YOUTH_BODY_LOWER : YOUTH_BODY;
  const scanned = lowered ? lower : text;
  // (Most articles name the Youth Union fewer than three times: one scan says so and stops there.)
  if (_count(youthRe, scanned, 3) < 3) return false;
  const youth = _count(youthRe, scanned, Number.POSITIVE_INFINITY);
  // (Counting unions stops once they outnumber half the Youth Union mentions.)
  return _count(lowered ? UNION_BODY_LOWER : UNION_BODY, scanned, Math.floor(youth / 2) + 1) * 2 <= youth;
}

const YOUTH_BODY_LOWER = lowerTwin(YOUTH_BODY);

/** A line that ends by announcing its parts: "…; trong đó:", "…, gồm:", "…, cụ thể như sau:". */
const PARTS_FOLLOW = /(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm(?: có)?|cụ thể(?: như sau)?)\s*:\s*$/iu;

/** A list number standing as a sentence of its own: "1." of "1. Kết nạp mới 15.000 đoàn viên." is split from its text. */
const LIST_NUMBER_ONLY = /^\s*(?:\d{1,2}|[a-zđ])[.)]$/u;

/** The marker of a list item ("+", "-", "•", "a)", "1."), or null. */
function _listMarker(text: string): string | null {
  const m = LIST_ITEM.exec(text) ?? LIST_NUMBER_ONLY.exec(text);
  return m === null ? null : m[0].trim().replace(/[a-zđ]\)|\d{1,2}[.)]/u, (x) => (/\d/u.test(x) ? '1.' : 'a)'));
}


/**
 * A heading over a list: a sentence that ends in ":" ("Kế hoạch đề ra các chỉ tiêu cụ thể như sau:"), or a
 * short line of its own with no closing punctuation ("II. CHỈ TIÊU GIAO CỤ THỂ").
 */
function _isHeading(sentence: Sentence, text: string): boolean {
  const last = _lastVisible(sentence.text);
  if (last === 0x3a) return true;
  // ("PHỤ LỤC Phân bổ chỉ tiêu giai đoạn 2021-2025 (Kèm theo Kế hoạch số 38-KH/ĐUK …)": the bracket that ends a heading,
  // what it goes with, adds nothing to its length.)
  const core = last === 0x29 ? sentence.text.replace(TRAILING_BRACKET, '') : sentence.text;
  const end = core === sentence.text ? last : _lastVisible(core);
  if (end === -1 || core.length > 80 || end === 0x2e || end === 0x3b || end === 0x2c || end === 0x21 || end === 0x3f) return false;
  const after = text.charCodeAt(sentence.end);
  return Number.isNaN(after) || after === 0x0a;
}

/** A chart's labels copied as a line: an optional label, then two or more "year: figure" cells split by "|". */
// (Its key may be a month or months of a year, "9/2025", "6 tháng 2020", "8 tháng/2022"; a unit in brackets may end it.)
const SERIES_MONTHS = String.raw`(?:\d{1,2}\s*tháng\s*\/?\s*|\d{1,2}\/)?`;
const SERIES_KEY = String.raw`${SERIES_MONTHS}(?:19|20)\d{2}`;
const SERIES_LINE = new RegExp(String.raw`^\s*(?:[^:|\d][^:|\d]{0,80}?(?::\s*|\s+))?${SERIES_KEY}\s*:\s*\d[\d.,]*\s*%?\s*(?:\|\s*${SERIES_KEY}\s*:\s*\d[\d.,]*\s*%?\s*)+(?:\([^()]{1,20}\))?\s*$`, 'u');
/** A chart's labels copied one to a line, under its title: "2021: 2.104". */
const SERIES_CELL_LINE = new RegExp(String.raw`^\s*${SERIES_KEY}\s*:\s*\d[\d.,]*\s*%?\s*$`, 'u');
/** A series label naming a plan: "Chỉ tiêu", "Kế hoạch", "KH". */
const PLAN_LABEL = /^(?:chỉ tiêu|kế hoạch|KH|mục tiêu)$/iu;
/** One "key: figure" cell of a series line (groups: key, year, figure). */
const SERIES_CELL = new RegExp(String.raw`(${SERIES_MONTHS}((?:19|20)\d{2}))\s*:\s*(\d[\d.,]*\s*%?)`, 'gu');
/** Figures in thousands, said in a label: "(nghìn người)", "(nghìn)". */
const IN_THOUSANDS = /\((?:nghìn|ngàn)(?:\s+người)?\)/iu;
/** A chart's title above its labels: "Biểu đồ: Số đảng viên kết nạp …", a short line naming what is counted. */
const CHART_TITLE = /^\s*(?:biểu đồ|đồ thị)\s*:?\s*/iu;

/**
 * The drafts of a series line ("Kết nạp: 2018: 118 | 2019: 131"): each figure read as "<label> năm <year>: <figure>"
 * would be, its label the line's own or, for a bare line ("2019: 352 | 2020: 318"), the chart's title among the six
 * lines above (axis ticks passed over); null when no figure reads as one of ours.
 */
/** Whether line `index` (a SERIES_CELL_LINE) stands in a column of two or more such lines, each a paragraph of its own. */
function _inCellColumn(sentences: readonly Sentence[], index: number): boolean {
  const own = sentences[index]!.paragraph;
  const next = sentences[index + 1];
  const previous = sentences[index - 1];
  const alone = (k: number): boolean => sentences[k - 1]?.paragraph !== sentences[k]!.paragraph && sentences[k + 1]?.paragraph !== sentences[k]!.paragraph;
  if (!alone(index)) return false;
  return (next !== undefined && next.paragraph === own + 1 && SERIES_CELL_LINE.test(next.text) && alone(index + 1)) || (previous !== undefined && previous.paragraph === own - 1 && SERIES_CELL_LINE.test(previous.text) && alone(index - 1));
}

/** A plan's figure, then the result's: "chỉ tiêu 250, thực hiện 236", "Nghị quyết đề ra 20, thực hiện 17". */
const PLAN_AND_RESULT = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch|đề ra)(?:\s+là)?\s*:?\s*\d[\d.,]*\s*,\s*thực hiện\s+\d/iu;

/** A result said done, right before its figure: "mới thực hiện được ", "kết nạp được ", "thực hiện ". */
// ("được giao 20 đảng viên, đến nay đã kết nạp 24": a deed said done with "đã".)
const RESULT_DONE_BEFORE = /(?<![\p{L}])(?:thực hiện được|thực hiện|(?:kết nạp|thành lập|giới thiệu|phát triển)(?:\s+mới)?\s+được|đã\s+(?:kết nạp|thành lập|giới thiệu|phát triển)(?:\s+mới)?|đạt được)(?:\s+(?:khoảng|hơn|gần|trên))?\s*$/iu;

/** A plan named right before its figure, after a result is set against it: "vượt chỉ tiêu ", "vượt mục tiêu ", "so với chỉ tiêu ", "Nghị quyết Đại hội đề ra ". */
const PLAN_NAMED_BEFORE_FIGURE = /(?<![\p{L}])(?:(?:vượt|so với|hơn|thấp hơn|cao hơn)\s+(?:chỉ tiêu|mục tiêu)(?:\s+(?:nghị quyết|NQ|chỉ thị|kế hoạch|KH))?|(?:nghị quyết|NQ|chỉ thị|kế hoạch)(?:\s+đại hội)?\s+(?:đề ra|đặt ra))(?:\s+(?:là|của))?\s+(?:(?:khoảng|hơn|gần|trên)\s+)?$/iu;

/** Whether the sentence's last draft, ending right before the rate at `at`, is a result said done ("mới thực hiện được 14, đạt "). */
function _afterDoneResult(drafts: readonly Draft[], from: number, text: string, at: number): boolean {
  const d = drafts[drafts.length - 1];
  if (drafts.length - 1 < from || d === undefined || d.unit !== 'count' || d.kind !== 'flow') return false;
  return RESULT_DONE_BEFORE.test(text.slice(Math.max(0, d.mentionStart - 32), d.mentionStart)) && /^[^;\d]{0,16}(?:đạt|bằng)\s*$/u.test(text.slice(d.mentionEnd, at));
}

/** A dash between two series on one line: " — ", " – ". */
const SERIES_SEPARATOR = /\s[—–]\s/u;

/** The drafts of a line of series joined by dashes (SERIES_SEPARATOR), each labelled; null unless every part is a series. */
function _seriesRun(sentence: Sentence, index: number, sentences: readonly Sentence[], published: string | null): Draft[] | null {
  const out: Draft[] = [];
  const sep = new RegExp(SERIES_SEPARATOR.source, 'gu');
  let from = 0;
  for (;;) {
    const m = sep.exec(sentence.text);
    const to = m === null ? sentence.text.length : m.index;
    const part = sentence.text.slice(from, to);
    if (!SERIES_LINE.test(part) || !/^\s*[^:|\d]/u.test(part)) return null;
    const drafts = _seriesDrafts({ ...sentence, text: part, start: sentence.start + from, end: sentence.start + to }, index, sentences, published);
    if (drafts === null) return null;
    for (const d of drafts) {
      d.mentionStart += from;
      d.mentionEnd += from;
    }
    out.push(...drafts);
    if (m === null) return out;
    from = m.index + m[0].length;
  }
}

function _seriesDrafts(sentence: Sentence, index: number, sentences: readonly Sentence[], published: string | null): Draft[] | null {
  const text = sentence.text;
  // (The label ends at the first key: "Số tổ chức đảng: 2020: 66 | …", "SỐ CĐCS KHU VỰC NGOÀI NHÀ NƯỚC 2016: 402 | …".)
  const first = text.search(new RegExp(String.raw`(?:^|[\s:])${SERIES_KEY}\s*:`, 'u'));
  const own = first > 0 ? text.slice(0, first).replace(/\s*:\s*$/u, '').trim() || null : null;
  let label = own;
  // (The chart's title, and for a label that names only a deed, "Kết nạp", "Chỉ tiêu", the noun the title gives.)
  let title: string | null = null;
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    const line = sentences[k]!.text.trim();
    // (Axis ticks, other series, the chart library's credit and a bracket under the title are passed over.)
    if (!/\p{L}/u.test(line) || SERIES_LINE.test(line) || /^highcharts/iu.test(line) || BRACKET_LINE.test(line)) continue;
    if (CHART_TITLE.test(line) || line.length <= 90) title = line.replace(CHART_TITLE, '');
    break;
  }
  if (label === null) label = title;
  if (label === null) return null;
  // ("Kết nạp: 2018: 118 | …" then "Chỉ tiêu: 2018: 110 | …": the plan of what the line above counted.)
  const plan = own !== null && PLAN_LABEL.test(own);
  const above = plan && index > 0 && SERIES_LINE.test(sentences[index - 1]!.text) ? _seriesDrafts(sentences[index - 1]!, index - 1, sentences, published)?.[0] ?? null : null;
  const out: Draft[] = [];
  SERIES_CELL.lastIndex = 0;
  // ("SỐ ĐOÀN VIÊN CÔNG ĐOÀN TOÀN TỈNH (nghìn người) 2017: 158,2": figures in thousands.)
  const thousands = IN_THOUSANDS.test(label) || (title !== null && IN_THOUSANDS.test(title));
  for (let m = SERIES_CELL.exec(text); m; m = SERIES_CELL.exec(text)) {
    const figure = m[3]!.trim();
    const key = m[1]!.trim();
    // (A key of months, "9/2025", "6 tháng 2020", is the period it names.)
    const period = key === m[2] ? key : (findPeriods(/^\d{1,2}\//u.test(key) ? `tháng ${key}` : key.replace(/\s*\/\s*|\s+(?=(?:19|20)\d{2}$)/u, ' năm '), published)[0]?.period ?? m[2]!);
    const read = (l: string): Fact | undefined => {
      const line = `${l.replace(IN_THOUSANDS, '')} năm ${m![2]}: ${figure}`;
      return extractFacts(line, { published: published ?? undefined }).find((f) => f.mention.start >= line.length - figure.length - 1);
    };
    // (A label that names a plan, "Chỉ tiêu", reads with the chart's title: the plan of what it counts.)
    const fact = above === null ? (read(label) ?? (own !== null && title !== null ? (read(`${own} ${title}`) ?? read(title)) : undefined)) : undefined;
    const value = parseDigits(figure.replace(/\s*%$/u, ''));
    if ((fact === undefined && above === null) || value === null) continue;
    const at = m.index + m[0].length - m[3]!.length;
    const figureValue = fact?.value ?? value;
    out.push({
      metric: above?.metric ?? fact!.metric,
      value: thousands && !figure.endsWith('%') ? Math.round(figureValue * 1000) : figureValue,
      unit: fact?.unit ?? (figure.endsWith('%') ? 'percent' : 'count'),
      kind: plan ? 'target' : fact!.kind,
      approx: fact?.approx ?? 'exact',
      scope: null,
      period,
      as_of: null,
      confidence: Math.min(fact?.confidence ?? 0.6, 0.6),
      sentenceIndex: index,
      mentionStart: at,
      mentionEnd: at + figure.length,
      verb: null,
      parentIndex: null,
      pendingParent: false,
      isDelta: false,
    });
  }
  return out.length > 0 ? out : null;
}

/** A correction's figures: "Số liệu chính xác là …", "Con số đúng là …". */
const CORRECTED_FIGURES = /^\s*(?:số liệu|con số|số)\s+(?:chính xác|đúng)\s+là(?![\p{L}])/iu;
/** A figure of people honoured or given something: "tuyên dương hơn 300", "trao quà cho 1.200". */
const HONOURED_FIGURE = /(?<![\p{L}])(?:tuyên dương|khen thưởng|biểu dương|vinh danh|tôn vinh|tặng quà|trao quà|trao thưởng|tặng bằng khen|tặng giấy khen)(?:\s+cho)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d/iu;

/** A line all in one bracket: "(Kèm theo Kế hoạch số 38-KH/ĐUK ngày 12/4/2021)". */
const BRACKET_LINE = /^\([^()]*\)\s*$/u;

/** A bracket at the end of a line: " (Kèm theo Kế hoạch số 38-KH/ĐUK ngày 12/4/2021)". */
const TRAILING_BRACKET = /\s*\([^()]*\)\s*$/u;

/**
 * A heading that sets goals for the list under it: a goal cue and no result ("Kết quả thực hiện các chỉ
 * tiêu năm 2023:" heads results).
 */
function _isTargetHeading(heading: string): boolean {
  // ("Nhiệm vụ năm 2025:", "Phương hướng, nhiệm vụ năm 2021:": what is to be done heads a list of goals; "Kết quả
  // thực hiện nhiệm vụ …" does not open with it.)
  if (TASKS_HEADING.test(heading)) return true;
  const cues = _cuePositions(heading);
  return cues.results.length === 0 && _isTargetAt(cues, heading.length);
}

/** The number of a section at the head of its heading's line (a list number may be split off as a sentence of its own): "2. ", "II. ", "b) ". */
const SECTION_NUMBER = /^\s*(?:[IVX]{1,4}\.|\d{1,2}\.|[a-zđ]\))\s/u;

/**
 * A section heading that names goals and nothing else, on a line of its own (numbered, or in capitals: not the
 * end of a title broken over lines, "nhiệm vụ năm 2023"): "2. Chỉ tiêu năm 2024", "II. CHỈ
 * TIÊU", "b) Mục tiêu cụ thể", "Chỉ tiêu giai đoạn 2026 - 2030". (Its lines are goals, with or without list marks.)
 */
const TARGET_SECTION_HEADING = /^\s*(?:[IVX]{1,4}\.\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:các\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ|phương hướng)(?:\s+(?:và|,)?\s*(?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp))*(?:\s+(?:cụ thể|chủ yếu|chính|phấn đấu|năm|giai đoạn|nhiệm kỳ|đến năm)(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?)*\s*$/iu;

/** A sentence that announces goals without stating them: "Kế hoạch đề ra các chỉ tiêu cụ thể.", "Chương trình xác định một số mục tiêu sau." */
const GOALS_ANNOUNCED = /^[^\d]{0,80}?(?<![\p{L}])(?:đề ra|đặt ra|xác định|nêu rõ)\s+(?:các\s+|những\s+|một số\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+(?:cụ thể|chủ yếu|chính|sau|như sau))*\s*\.\s*$/iu;
/** What GOALS_ANNOUNCED cannot match without ("chỉ tiêu", "mục tiêu"): a plain search, run first on every sentence without a figure. */
const GOALS_ANNOUNCED_MAY = /tiêu/iu;

/** A heading that opens with the tasks ahead: "Nhiệm vụ năm 2025:", "Nhiệm vụ trọng tâm thời gian tới:". */
const TASKS_HEADING = /^\s*(?:[-+•*]\s*|[IVX]{1,4}\.\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:phương hướng,?\s+)?nhiệm vụ(?:,\s*giải pháp)?(?:\s+trọng tâm)?(?:\s+(?:năm|giai đoạn|nhiệm kỳ|thời gian tới|những tháng cuối năm|6 tháng cuối năm)[^:;.]{0,24})?\s*:?\s*$/iu;

/**
 * The total a part of `metric` belongs to: the breakdown's total if it counts the same thing; else the
 * count of that metric stated before it in its sentence ("1.146 CĐCS với 168.392 đoàn viên, trong
 * đó: … 812 CĐCS" → 1.146); else the breakdown's total when both count people (the admitted among
 * those referred, the members among the workers); else none ("312 doanh nghiệp, trong đó 5 doanh
 * nghiệp FDI, thu hút hơn 9.600 lao động": the workers are no part of the enterprises).
 */
function _totalFor(drafts: readonly Draft[], total: number, metric: Draft['metric']): number | null {
  const t = drafts[total]!;
  if (t.metric === metric) return total;
  for (let i = total - 1; i >= 0 && drafts[i]!.sentenceIndex === t.sentenceIndex; i--) {
    if (drafts[i]!.metric === metric && drafts[i]!.unit === 'count' && !drafts[i]!.isDelta) return i;
  }
  return PEOPLE_METRICS.has(t.metric) && PEOPLE_METRICS.has(metric) ? total : null;
}

/** A span of years as a period writes it: "2024-2025". */
const YEAR_SPAN = /^(\d{4})-(\d{4})$/u;

/** Whether a span of years ("2024-2025") starts in the year of `published` and ends after it. */
function _startsNowEndsLater(period: PeriodMention | null, published: string | null): boolean {
  const m = period?.period ? YEAR_SPAN.exec(period.period) : null;
  if (m === null || published === null) return false;
  const year = Number(published.slice(0, 4));
  return Number(m[1]) === year && Number(m[2]) > year;
}

/** The total of the same metric a part of the breakdown of `total` belongs to, or null. */
function _sameMetricTotal(drafts: readonly Draft[], total: number, metric: Draft['metric']): number | null {
  const t = _totalFor(drafts, total, metric);
  return t !== null && drafts[t]!.metric === metric ? t : null;
}

/** The last count of the drafts from `from` on that is not a comparison, or null. */
/** A line naming the group whose parts follow: "Trong số đoàn viên kết nạp mới:", "Trong tổng số này:", "Cơ cấu như sau:". */
const GROUP_PARTS_FOLLOW = /^\s*(?:trong (?:số|tổng số)|chia theo|phân theo|(?:về\s+)?cơ cấu|thành phần)(?![\p{L}])[^\d:;]{0,60}:\s*$/iu;

/** The last count of sentence `index` that is no plan, or null. */
function _lastCountOfSentence(drafts: readonly Draft[], index: number): number | null {
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentenceIndex >= index; k--) if (drafts[k]!.sentenceIndex === index && drafts[k]!.unit === 'count' && !drafts[k]!.isDelta && drafts[k]!.kind !== 'target') return k;
  return null;
}

function _lastCountFrom(drafts: readonly Draft[], from: number, noPlan = false): number | null {
  for (let i = drafts.length - 1; i >= from; i--) if (drafts[i]!.unit === 'count' && !drafts[i]!.isDelta && !(noPlan && drafts[i]!.kind === 'target')) return i;
  return null;
}

/** The members of the unions just counted as founded in the period: "thành lập 18 CĐCS với " right before the figure. */
function _membersOfFoundedFlow(drafts: readonly Draft[], from: number, text: string, at: number, metric: Draft['metric']): boolean {
  const d = drafts[drafts.length - 1];
  if (drafts.length - 1 < from || d === undefined || d.kind !== 'flow' || d.unit !== 'count' || d.isDelta) return false;
  const bodies = metric === 'union_members' ? 'union_grassroots' : metric === 'party_members' ? 'party_organizations' : null;
  if (d.metric !== bodies) return false;
  const gap = text.slice(d.mentionEnd, at);
  // ("11 CĐCS mới, 1k7 đoàn viên": the new union bodies, then their members after a comma.)
  if (bodies === 'union_grassroots' && NEW_BODIES_THEN_MEMBERS_GAP.test(gap)) return true;
  if (!(d.verb === 'increase' || (d.verb === 'found' && bodies === 'union_grassroots'))) return false;
  return MEMBERS_OF_FOUNDED_GAP.test(gap);
}
/** Between a count of new bodies and their members: " mới, ", " CĐCS mới, ". */
const NEW_BODIES_THEN_MEMBERS_GAP = /^[^\d;,.()]{0,12}?(?<![\p{L}])mới\s*,\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;
/** Between a count of bodies and their members: " CĐCS với ", " chi bộ trong doanh nghiệp với tổng số ". */
const MEMBERS_OF_FOUNDED_GAP = /^[^\d;,.()]{1,40}?(?<![\p{L}])với(?:\s+tổng số)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Whether the last organisations of the sentence counted after "thành lập" were read as a stock (bodies described with their members). */
function _lastFoundWasStock(drafts: readonly Draft[], from: number): boolean {
  for (let i = drafts.length - 1; i >= from; i--) {
    const d = drafts[i]!;
    if (d.verb === 'found' && d.unit === 'count' && ORGANISATION_METRICS.has(d.metric)) return d.kind === 'stock';
  }
  return false;
}

/**
 * When the last two counts of the sentence are written "N/M" and the achievement `m` after them is N over M (to
 * its written precision: "236/250 người, đạt 94,4%"), M is the plan N was measured against: a target of what N counts.
 */
function _planOfFraction(drafts: Draft[], from: number, text: string, m: { start: number; value: number; raw: string }): void {
  const whole = drafts[drafts.length - 1];
  const part = drafts[drafts.length - 2];
  // (Both read as the same flow: "72/80 lao động tham gia công đoàn, đạt 90%" is a share of a workforce, no plan.)
  if (drafts.length - 2 < from || whole === undefined || part === undefined || part.unit !== 'count' || whole.unit !== 'count' || part.kind !== 'flow' || whole.value <= 0) return;
  // ("Kết nạp đảng viên: 96/150 đảng viên, đạt 64% chỉ tiêu nhiệm kỳ": a whole read as the members there are is the plan when
  // the rate names one.)
  // ("Thành lập mới tổ chức cơ sở đảng: 4/6 tổ chức cơ sở đảng, đạt 66,7%": bodies founded are none of those there were, so
  // the whole of the bodies founded is their plan.)
  const founded = whole.kind === 'stock' && part.verb === 'found' && whole.metric === part.metric && ORGANISATION_METRICS.has(part.metric);
  if (!(whole.kind === 'flow' && whole.metric === part.metric) && !founded && !(whole.kind === 'stock' && _sameFamily(whole.metric, part.metric) && PLAN_AFTER_RATE.test(text.slice(m.start + m.raw.length, m.start + m.raw.length + 24)))) return;
  if (!/^\s*\/\s*$/u.test(text.slice(_figureEnd(text, part.mentionStart), whole.mentionStart))) return;
  // ("KN 187/170 ĐV (đạt 110% KH)": the rate may open a bracket.)
  if (!/^[^;()\d]{0,40}(?:\(\s*(?:đạt|bằng)\s+)?$/u.test(text.slice(whole.mentionEnd, m.start))) return;
  const decimals = /[.,](\d+)\s*%?$/u.exec(m.raw.replace(/\s*(?:%|phần trăm)$/u, ''))?.[1]?.length ?? 0;
  if (Math.abs((100 * part.value) / whole.value - m.value) > 0.5 * 10 ** -decimals + 1e-9) return;
  whole.metric = part.metric;
  whole.kind = 'target';
  whole.as_of = null;
  whole.planOfFraction = true;
}

/** A plan named right after a rate: " chỉ tiêu nhiệm kỳ", " kế hoạch", " so với chỉ tiêu". */
const PLAN_AFTER_RATE = /^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|KH)(?![\p{L}])/u;

/** Where the figure starting at `start` ends: "236" in "236/250". */
function _figureEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && /[\d.,]/u.test(text.charAt(i))) i++;
  return i;
}

/** Markers of items whose "+" sub-items break down their count, and of those sub-items. */
const HEAD_ITEM_MARKERS: ReadonlySet<string> = new Set(['-', '–']);
const SUB_ITEM_MARKERS: ReadonlySet<string> = new Set(['+', '•', '*']);
const UNION_BODY_LOWER = lowerTwin(UNION_BODY);

/** Matches of the global regex `re` in `text`, counted up to `limit`. */
function _count(re: RegExp, text: string, limit: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < limit && re.exec(text) !== null) n++;
  return n;
}

export function extractFacts(body: string, options: ExtractFactsOptions = {}): Fact[] {
  const published = options.published ?? null;
  // Tables laid out with tabs, aligned spaces or one cell per line become "|" rows first; neither step moves an offset.
  const text = _joinWrappedLines(_layTables(_symbolBullets(body)));
  const sentences = segmentSentences(text);
  const paragraphOf = (sentenceIndex: number): number => sentences[sentenceIndex]!.paragraph;
  const drafts: Draft[] = [];
  // Tables flattened into "a | b | c" lines are read by their headers, not as sentences.
  const tables = _findTables(text);
  const tableDrafts = new Map<number, Draft[]>();
  if (tables.length > 0) {
    for (const d of _tableDrafts(tables, sentences, (line) => extractFacts(line, options), published)) {
      const list = tableDrafts.get(d.sentenceIndex);
      if (list === undefined) tableDrafts.set(d.sentenceIndex, [d]);
      else list.push(d);
    }
  }
  let youthArticle: boolean | undefined;
  let unionArticle: boolean | undefined;
  const state: ParagraphState = { paragraph: -1, scope: null, period: null, targetList: false, youthArticle: () => (youthArticle ??= _isYouthArticle(text)), unionArticle: () => (unionArticle ??= _isUnionArticle(text)), partOf: null, itemHeading: null };
  let headingIsTarget = false;
  // (Whether that heading stands on a line of its own, heading a section rather than a list.)
  let targetSection = false;
  // A total whose parts follow as list items ("- Giới thiệu 412 …; trong đó:" then "+ …: 287 người;"): the
  // total, the heading's own list marker and, once seen, the marker of its items.
  let parts: { total: number; headMarker: string | null; itemMarker: string | null } | null = null;
  // The last "-" item with a count (its paragraph and the count's draft), for "+" items under it.
  let lastItem: { marker: string; total: number; paragraph: number } | null = null;
  // A heading with no figure that names what its items count (`ParagraphState.itemHeading`).
  let listHeading: string | null = null;
  // A short line of its own naming what the line under it counts ("Đảng viên" over "Tổng số: 964."), and its paragraph.
  let lineHeading: { text: string; paragraph: number } | null = null;
  // ("Câu 7: … có bao nhiêu chi bộ …?" / "A. 31 chi bộ, 548 đảng viên; B. 35 chi bộ, 590 đảng viên; …": a quiz's options,
  // the wrong ones among them; its answer is read where it is given, "Đáp án: C. Có 38 chi bộ với 612 đảng viên.")
  const quizOptions = text.includes('?') && text.includes('B.') ? _quizOptionLines(text) : [];
  sentences.forEach((sentence, i) => {
    if (quizOptions.length > 0 && quizOptions.some(([from, to]) => sentence.start >= from && sentence.start < to)) return;
    if (tables.length > 0 && _inTable(tables, sentence.start)) {
      drafts.push(...(tableDrafts.get(i) ?? []));
      return;
    }
    // ("Kết nạp: 2018: 118 | 2019: 131 | 2020: 126", a chart's labels copied as text: each year's figure, read as "<label>
    // năm 2018: 118" is; the label is the line's, or the chart's title above it.)
    if (sentence.text.includes('|') && SERIES_LINE.test(sentence.text)) {
      const series = _seriesDrafts(sentence, i, sentences, published);
      if (series !== null) {
        drafts.push(...series);
        return;
      }
    } else if (sentence.text.includes(':') && SERIES_CELL_LINE.test(sentence.text) && _inCellColumn(sentences, i)) {
      // ("ĐƯỢC KẾT NẠP VÀO ĐẢNG" / "(6 tháng đầu năm)" / "2021: 1.036" / "2022: 1.218": a chart's labels one to a line, read
      // under its title.)
      const series = _seriesDrafts(sentence, i, sentences, published);
      if (series !== null) {
        drafts.push(...series);
        return;
      }
    } else if (sentence.text.includes('|') && SERIES_SEPARATOR.test(sentence.text)) {
      // ("Số tổ chức cơ sở đảng: 2013: 31 | 2015: 38 — Số đảng viên: 2013: 905 | 2015: 1.127": two series on one line, each
      // read as if on a line of its own.)
      const series = _seriesRun(sentence, i, sentences, published);
      if (series !== null) {
        drafts.push(...series);
        return;
      }
    }
    // ("Bản đăng … ghi "tuyên dương hơn 300 công nhân lao động tiêu biểu" …. Số liệu chính xác là 130 công nhân lao động": the
    // figures a correction gives stand for those it corrects, here people honoured, no count of ours.)
    if (i > 0 && CORRECTED_FIGURES.test(sentence.text) && HONOURED_FIGURE.test(sentences[i - 1]!.text)) return;
    // (Its list marker, read once: whether it opens a list item is whether it has one.)
    const listMarker = _listMarker(sentence.text);
    // ("Phân bổ chỉ tiêu giai đoạn 2021-2025" / "(Kèm theo Kế hoạch số 38-KH/ĐUK …)" / "- …": a line all in brackets under a
    // heading says what it goes with; the heading still governs the lines after it.)
    const bracketLine = sentence.text.charCodeAt(0) === 0x28 && BRACKET_LINE.test(sentence.text);
    if (sentence.paragraph !== state.paragraph && !bracketLine) {
      state.paragraph = sentence.paragraph;
      state.scope = null;
      state.period = null;
      // A target heading ending in ":" governs the list items under it; a target heading on a line of its own
      // ("2. Chỉ tiêu năm 2024", "II. CHỈ TIÊU") governs the lines of its section, marked or not (a page's <li>
      // items carry no marker), up to the next heading.
      state.targetList = headingIsTarget && (listMarker !== null || (targetSection && !_isHeading(sentence, text)));
      headingIsTarget = state.targetList;
      if (!state.targetList) targetSection = false;
      state.partOf = null;
      state.announcedTargets = false;
      state.quiet = null;
      if (listHeading !== null && listMarker !== null) state.itemHeading = listHeading;
      else if (lineHeading !== null && sentence.paragraph === lineHeading.paragraph + 1) state.itemHeading = lineHeading.text;
      else {
        state.itemHeading = null;
        listHeading = null;
      }
      // A footnote "(3) Năm 2021: 31 đảng viên; năm 2022: …" breaks down the figure its mark follows in the
      // text ("đã kết nạp 118 đảng viên(3)"): its figures are parts of that total.
      const note = state.partOf === null ? _footnoteOf(sentence, text, sentences, drafts) : null;
      if (note !== null) state.partOf = note;
      if (parts !== null) {
        const marker = listMarker;
        if (marker !== null && marker !== parts.headMarker && (parts.itemMarker === null || parts.itemMarker === marker)) {
          parts.itemMarker = marker;
          state.partOf = parts.total;
        } else if (marker === null && (parts.itemMarker === null || parts.itemMarker === '') && BARE_PART_LINE.test(sentence.text)) {
          // Items without a marker (a page's <li> or <p>): "xã Hòa Tân 2,", "phường Mỹ Hào 97 người;".
          parts.itemMarker = '';
          state.partOf = parts.total;
        } else {
          parts = null;
        }
      }
      // "- Kết nạp quý I: 58 ĐV, …" then "+ CNLĐ trực tiếp SX: 27": "+" items under a "-" item break down its count.
      if (parts === null && lastItem !== null && lastItem.paragraph === state.paragraph - 1) {
        const marker = listMarker;
        if (marker !== null && SUB_ITEM_MARKERS.has(marker) && HEAD_ITEM_MARKERS.has(lastItem.marker)) {
          parts = { total: lastItem.total, headMarker: lastItem.marker, itemMarker: marker };
          state.partOf = lastItem.total;
        }
      }
    }
    const firstDraft = drafts.length;
    scanSentence(sentence, i, drafts, state, published, paragraphOf, i > 0 ? sentences[i - 1]! : null);
    state.quiet = drafts.length === firstDraft ? sentence.text : null;
    // ("Kế hoạch đề ra các chỉ tiêu cụ thể. Năm 2018, thành lập mới ít nhất 5 chi đoàn …": the goals follow the sentence
    // that announces them, in its paragraph.)
    if (drafts.length === firstDraft && GOALS_ANNOUNCED_MAY.test(sentence.text) && GOALS_ANNOUNCED.test(sentence.text)) state.announcedTargets = true;
    // (The last "-" item's count, for "+" items under it.)
    const itemTotal = listMarker !== null && HEAD_ITEM_MARKERS.has(listMarker) ? _lastCountFrom(drafts, firstDraft, true) : null;
    if (itemTotal !== null) lastItem = { marker: listMarker!, total: itemTotal, paragraph: sentence.paragraph };
    // (Inside a list of goals, an item without closing punctuation, "- Kết nạp 56 đảng viên", is no heading.)
    if (!bracketLine && (_lastVisible(sentence.text) === 0x3a || (!state.targetList && _isHeading(sentence, text)))) {
      headingIsTarget = _isTargetHeading(sentence.text);
      targetSection = headingIsTarget && _lastVisible(sentence.text) !== 0x3a && _isHeading(sentence, text) && TARGET_SECTION_HEADING.test(sentence.text) && (SECTION_NUMBER.test(text.slice(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.end)) || /^\s*\p{Lu}/u.test(sentence.text));
      // ("Trong số đoàn viên kết nạp mới:" after "… kết nạp 418 đoàn viên": the parts of the count just stated.)
      // ("… 236/KH năm 450, đạt 52,4%. Trong đó:": a sentence of its own that breaks down the count before it.)
      const total = PARTS_FOLLOW.test(sentence.text)
        ? (_lastCountFrom(drafts, firstDraft, true) ?? _lastCountFrom(drafts, firstDraft) ?? (drafts.length === firstDraft && sentences[i - 1]?.paragraph === sentence.paragraph ? _lastCountOfSentence(drafts, i - 1) : null))
        : drafts.length === firstDraft && GROUP_PARTS_FOLLOW.test(sentence.text) ? _lastCountOfSentence(drafts, i - 1) : null;
      if (total !== null) parts = { total, headMarker: listMarker, itemMarker: null };
      if (_lastVisible(sentence.text) === 0x3a && drafts.length === firstDraft && !/\d/u.test(sentence.text)) listHeading = sentence.text.replace(/\s*:\s*$/u, '');
    }
    // ("Đảng viên" / "Tổng số: 964. Trong đó nữ: 312", "Phát triển đảng viên" / "Từ đầu năm đến hết tháng 8/2025: 38 người": a
    // fact sheet's heading, a line of its own that names a count and no figure, says what the labels of the line under it count.)
    lineHeading = drafts.length === firstDraft && _isCountHeadingLine(sentence, text, published) ? { text: sentence.text.trim(), paragraph: sentence.paragraph } : lineHeading !== null && sentence.paragraph <= lineHeading.paragraph + 1 ? lineHeading : null;
  });
  _resolvePendingParents(drafts);
  const facts = _finalize(drafts, sentences);
  // Evidence quotes the article as written: a joined line break is a line break again.
  if (text !== body) {
    for (const f of facts) {
      f.evidence.text = body.slice(f.evidence.start, f.evidence.end);
      f.mention.text = body.slice(f.mention.start, f.mention.end);
    }
  }
  return facts;
}

/** What stands before an item's or footnote's number at the head of a line: "(", "[". */
const ITEM_NUMBER_BEFORE = /^\s*[([]$/u;

/** "Tổng số đoàn viên: ", "số đảng viên là ": a label naming what the figure after it counts. */
// (An abbreviation in brackets may close the label: "số đoàn viên công đoàn (ĐVCĐ): 11.385/13.020 lao động".)
const COUNT_LABEL_BEFORE = /(?<![\p{L}])(?:tổng số|số lượng|số)\s+([^:;,.()\d]{2,40}?)\s*(?:\([^()\d]{1,12}\)\s*)?(?::|là)\s*$/iu;

/** The noun class a count label names right before a fraction, or null. */
function _fractionLabelNoun(left: string): NounClass | null {
  const m = COUNT_LABEL_BEFORE.exec(left.slice(-64)) ?? NOUN_LABEL_AT_LINE_START.exec(left);
  return m === null ? null : (_nounAt(m[1]!)?.cls ?? null);
}

/** "CB" right after a figure: " CB", " CB." (group: the abbreviation with its space). */
const CELL_ABBREVIATION_AFTER = /^\s*CB(?![\p{L}\d])/u;
/** What is done only to Party cells, right before the figure: "thành lập mới ", "giải thể ", "sinh hoạt tại ". */
const CELL_VERB_BEFORE = /(?<![\p{L}])(?:thành lập(?:\s+mới)?|giải thể|sáp nhập|sinh hoạt (?:tại|ở)|kiện toàn)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** Whether the noun after the figure ending at `end` is written "ĐV". */
function _abbreviatedMemberAt(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.startsWith('ĐV', i) && !/^[\p{L}]/u.test(text.slice(i + 2, i + 3));
}

/** A word of the Party: "đảng", "Đảng", "chi bộ", "TCCSĐ", "đảng viên", "QCƯT", "cảm tình". */
const PARTY_WORD_IN_SENTENCE = /(?<![\p{L}])(?:đảng|chi bộ|TCCSĐ|QCƯT|cảm tình|CB|(?:tỉnh|huyện|thị|thành|cấp|đảng) (?:ủy|uỷ))(?![\p{L}])/iu;
/** A word of the Youth Union: "Đoàn viên thanh niên", "ĐVTN", "chi đoàn", "Đoàn cơ sở", "Tháng Thanh niên". */
const YOUTH_WORD_IN_SENTENCE = /(?<![\p{L}])(?:ĐVTN|chi đoàn|Đoàn (?:cơ sở|Khối|thanh niên|TN)|thanh niên|Tháng Thanh niên)(?![\p{L}])/iu;
/** A word of the union: "CĐCS", "ĐVCĐ", "công đoàn", "CNVCLĐ", "LĐLĐ". */
const UNION_WORD_IN_SENTENCE = /(?<![\p{L}])(?:CĐCS|ĐVCĐ|công đoàn|CNVCLĐ|LĐLĐ|nghiệp đoàn)(?![\p{L}])/iu;

/** The members of the Youth Union or of the union by their own abbreviation: "ĐVTN", "ĐVCĐ". */
const OWN_MEMBER_ABBREVIATION = /(?<![\p{L}])(?:ĐVTN|ĐVCĐ)(?![\p{L}])/u;

/**
 * An article of the unions: it names union bodies at least four times and three times as often as Party bodies ("chi bộ",
 * "đảng viên", "TCCSĐ"; not "Đảng" alone, which a union's referrals name: "giới thiệu ĐVCĐ ưu tú cho Đảng").
 */
function _isUnionArticle(text: string): boolean {
  const union = _count(UNION_WORD_GLOBAL, text, Number.POSITIVE_INFINITY);
  if (union < 4) return false;
  return _count(PARTY_BODY_WORD_GLOBAL, text, Math.floor(union / 3) + 1) * 3 <= union;
}
const UNION_WORD_GLOBAL = /(?<![\p{L}])(?:CĐCS|ĐVCĐ|công đoàn|Công đoàn|CNVCLĐ|LĐLĐ|nghiệp đoàn|CĐ)(?![\p{L}])/gu;
const PARTY_BODY_WORD_GLOBAL = /(?<![\p{L}])(?:đảng viên|Đảng viên|chi bộ|Chi bộ|đảng bộ|Đảng bộ|đảng ủy|Đảng ủy|cấp ủy|TCCSĐ|TCĐ|ĐBCS|CBCS|QCƯT)(?![\p{L}])/gu;

/** Whether a sentence names no body of the Party, the union or the Youth Union (and no members by their own abbreviation). */
function _namesNoBody(text: string): boolean {
  return !PARTY_WORD_IN_SENTENCE.test(text) && !OWN_MEMBER_ABBREVIATION.test(text) && !YOUTH_WORD_IN_SENTENCE.test(text);
}

/** A word of those the Party takes from, or of its members by their own abbreviation: "ưu tú", "giới thiệu", "ĐVCĐ", "ĐVTN". */
const PARTY_ROAD_OR_OWN_ABBREVIATION = /(?<![\p{L}])(?:ưu tú|giới thiệu|ĐVCĐ|ĐVTN)(?![\p{L}])/u;

/**
 * Whether the sentence up to a plain "ĐV" names the union and nothing of the Party or the road to it: the union's own
 * members ("9 tháng năm 2024, Công đoàn phường thành lập mới 2 CĐCS, kết nạp 1.128 ĐV mới (đạt 112,8% kế hoạch), phối hợp
 * giới thiệu … cho tổ chức đảng").
 */
function _unionOnlyBefore(before: string): boolean {
  return UNION_WORD_IN_SENTENCE.test(before) && !PARTY_WORD_IN_SENTENCE.test(before) && !PARTY_ROAD_OR_OWN_ABBREVIATION.test(before) && !YOUTH_WORD_IN_SENTENCE.test(before);
}

/**
 * Whether the sentence before, in the same paragraph, names the Party and not the union: what a plain "ĐV" of a sentence
 * that names no body counts ("Đảng bộ xã có 213 ĐV, 12 chi bộ. Năm 2023 kết nạp 7 ĐV đạt 87,5% chỉ tiêu" in an article of
 * the unions).
 */
function _partyOnlyBefore(previous: Sentence | null, index: number, paragraphOf: (sentenceIndex: number) => number): boolean {
  return previous !== null && paragraphOf(index - 1) === paragraphOf(index) && PARTY_WORD_IN_SENTENCE.test(previous.text) && !UNION_WORD_IN_SENTENCE.test(previous.text);
}

/** What "ĐV" counts in a sentence that names no Party: union members beside the union, Youth Union members beside the Youth Union; else null. */
function _memberOfAbbreviation(text: string): NounClass | null {
  if (PARTY_WORD_IN_SENTENCE.test(text)) return null;
  // ("KN 203 ĐV; trong đó: … là ĐVTN 151 ĐV": a sentence that names the members of the Youth Union or of the union by their
  // own abbreviation keeps a plain "ĐV" for the Party's.)
  if (OWN_MEMBER_ABBREVIATION.test(text)) return null;
  const union = UNION_WORD_IN_SENTENCE.test(text);
  const youth = YOUTH_WORD_IN_SENTENCE.test(text);
  return union === youth ? null : union ? 'union_member' : 'youth_member';
}

/** The optional list mark a label at the head of its line or clause may carry: "- ", "• ", "+ ", "– ". */
const LIST_MARK = String.raw`(?:[-+•*–]\s*)?`;

/** A bare noun labelling the figure after it, at the head of its line: "- Đoàn viên: ", "✔ Đảng viên: ". */
// ("- Tổng số CĐCS trực thuộc: 1.284; ĐVCĐ: ": or at the head of a part after ";".)
const NOUN_LABEL_AT_LINE_START = new RegExp(String.raw`(?:^|;)\s*` + LIST_MARK + String.raw`(\p{L}[^:;,.()\d]{1,30}?)\s*:\s*$`, 'u');

/**
 * Whether the ";"-part of the sentence holding the figure at `at` opens after a ";" and names, after the figure, a
 * deed of the class `cls` of its own (the verb that governed the sentence so far).
 */
function _ownDeedLaterInPart(text: string, verbs: readonly { start: number; cls: VerbClass }[], at: number, cls: VerbClass): boolean {
  const open = text.lastIndexOf(';', at);
  if (open < 0) return false;
  const close = text.indexOf(';', at);
  const end = close < 0 ? text.length : close;
  // (The later deed has a figure of its own: "…, kết nạp 2"; not what happened to those counted: "47 đảng viên … đã được
  // giới thiệu chuyển sinh hoạt đảng về nơi cư trú".)
  for (const v of verbs) if (v.start > at && v.start < end && v.cls === cls && /\d/u.test(text.slice(v.start, end))) return !verbs.some((w) => w.start > open && w.start < at);
  return false;
}

/** One number word. */
const NUMBER_WORD = `(?:${NUMBER_WORD_ALT})`;
/** Number words, then the same figure in brackets: "sáu mươi tám (68)" (group 1 the words, group 2 the digits). */
const WORDS_THEN_DIGITS = new RegExp(`(?<![\\p{L}])(${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*)\\s*\\((\\d[\\d.]*)\\)`, 'giu');
/** A figure, then the same in number words in brackets: "213 (hai trăm mười ba)" (group 1 the digits, group 2 the words). */
const DIGITS_THEN_WORDS = new RegExp(`(?<![\\d.,])(\\d[\\d.]*)\\s*\\((${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*)\\)`, 'giu');

/** `text` with each figure written both in words and in digits left as its digits alone, the rest blank (same length). */
function _blankSpelledTwice(text: string): string {
  if (!text.includes('(')) return text;
  const same = (words: string, digits: string): boolean => {
    const n = parseDigits(digits);
    return n !== null && parseNumberWords(words) === n;
  };
  return text
    .replace(WORDS_THEN_DIGITS, (all, words: string, digits: string) => (same(words, digits) ? `${' '.repeat(all.length - digits.length - 1)}${digits} ` : all))
    .replace(DIGITS_THEN_WORDS, (all, digits: string, words: string) => (same(words, digits) ? `${digits}${' '.repeat(all.length - digits.length)}` : all));
}

/** A note's mark glued to a figure, before its noun: "(2)" of "245(2) tổ chức đảng", "*" of "1.020* đảng viên". */
const NOTE_MARK_AFTER_FIGURE = /(?<=\d)(?:\(\d{1,2}\)|\*{1,3})(?=\s+\p{L})/gu;

/** A firm or a military unit named by a number, up to the number: "Công ty ", "Tân Cảng ", "Binh đoàn ", "Lữ đoàn ". */
const UNIT_NAMED_BY_NUMBER_BEFORE = /(?<![\p{L}])(?:Công ty|Tổng công ty|Nhà máy|Xí nghiệp|Binh đoàn|Lữ đoàn|Sư đoàn|Trung đoàn|Quân đoàn|Tân Cảng|Đoàn Kinh tế - Quốc phòng)\s+$/u;
/**
 * A commune or ward named by a number, up to the number, also as a later item of a list of them: "xã Tân Lập ", "các xã Tân
 * Lập 1, Tân Lập ", "ấp Phú Hòa " (not "thị xã Thuận Thành ", nor "Nhật Bản ").
 */
const PLACE_NAMED_BY_NUMBER_BEFORE = /(?:(?<![\p{L}])(?<!thị )(?<!Thị )(?:xã|phường|ấp|khu phố|thôn|khóm|xóm)|(?<![\p{L}]\s?)(?:Xã|Phường))\s+(?:\p{Lu}\p{L}*\s+){1,3}(?:\d{1,2}\s*,\s*(?:\p{Lu}\p{L}*\s+){1,3})*$/u;
/**
 * A later item of the same list that no number follows: ", Phước Lập," in "các xã Tân Lập 1, Tân Lập 2, Phước Lập, Tân Hòa
 * Tây và …" (where every item has one, "xã Hòa Tân 2, xã An Phú Tân 2, xã Tam Ngãi 1", the numbers are counts by commune).
 */
const UNNUMBERED_ITEM_AFTER = /^[^;.]*?,\s*(?:\p{Lu}\p{L}*\s+){0,2}\p{Lu}\p{L}*\s*(?:,|\s(?:và|cùng)\s|[.;]|$)/u;

/** What may follow a name's number: punctuation, "và", a capital, the end. */
const NAME_ENDS_AFTER = /^(?:[\d.]*)\s*(?:[,;.)(]|và(?![\p{L}])|\p{Lu}|$)/u;

/** A name that ends with a number, up to the number: "COVID-", "Covid-", "SARS-CoV-". */
const NAMED_WITH_NUMBER_BEFORE = /(?<![\p{L}])(?:covid|sars-cov)-$/iu;

/** The abbreviation of "trang" (page) right before a figure: "tr. ", "tr.". */
const PAGE_ABBREVIATION_BEFORE = /(?<![\p{L}])[Tt]r\.\s*$/u;

/** A rate per head of population after a figure: " doanh nghiệp hoạt động/1.000 dân", " DN trên 1.000 người dân". */
const PER_POPULATION_AFTER = /^[^,;.]{0,32}?(?:\/|\strên\s)\s*(?:1[.]?000|100|10[.]?000)\s*(?:dân|người dân|người)(?![\p{L}])/u;

/** What follows a year that labels a figure: ": 350", ": hơn 1.200". */
// ("các năm 2023 (3.560), 2024 (3.902)": a year with its figure in brackets.)
const YEAR_LABEL_AFTER = /^\s*(?::|\()\s*(?:(?:hơn|gần|khoảng|trên)\s+)?\d/u;

/** A comparison stated before its change: "so với cùng kỳ tăng ", "So với năm 2023: tăng ". */
const COMPARISON_BEFORE = /(?<![\p{L}])so với\s+(?:cùng kỳ|năm trước|năm ngoái|năm \d{4}|đầu nhiệm kỳ|đầu năm|cuối năm \d{4}|kỳ trước)[^,;.]{0,24}?[:,]?\s*(?:tăng|giảm)(?:\s+(?:thêm|hơn|gần|khoảng|trên))?\s*$/iu;

/** A quota given, right before its figure: "Chỉ tiêu năm 2024 Đảng ủy Khối giao là ", "chỉ tiêu được giao: ". */
/** A bracket after a plan named, and the figures of its list before this one: "chỉ tiêu … đề ra (", "(100 CĐCS và ". */
const QUOTA_BRACKET_BEFORE = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch)(?! số)[^,;.()]{0,100}?\(\s*(?:\d[\d.]*\s+[^\d,;.()]{1,30}?\s*(?:,|và)\s*){0,3}(?:(?:hơn|khoảng|trên|ít nhất)\s+)?$/iu;

/** Whether a figure in a bracket is a quota of the plan named before the bracket (QUOTA_BRACKET_BEFORE; a plain search first). */
function _quotaInBracket(left: string): boolean {
  const tail = left.slice(-150);
  return (tail.includes('chỉ tiêu') || tail.includes('kế hoạch')) && QUOTA_BRACKET_BEFORE.test(tail);
}

const ASSIGNED_QUOTA_BEFORE = /(?<![\p{L}])chỉ tiêu(?![\p{L}])[^;.:]{0,80}?(?<![\p{L}])(?:giao|được giao|đề ra)(?:\s+(?:cho|là))?[^;.:]{0,40}?(?:\s(?:là)|:)\s*(?:(?:hơn|khoảng|trên|ít nhất)\s+)?$/iu;

/**
 * The index of the count a bracketed figure is a labelled part of: the last count of the sentence, before
 * the bracket opens and in the same clause, counting the same noun (or people, for "người"), and a bracket
 * that names the part by a label before the figure ("(khu vực doanh nghiệp ngoài nhà nước: 103 đoàn viên)",
 * "(riêng khối doanh nghiệp có 40 đảng viên)"). Not plans, totals or changes ("(kế hoạch: 500 đoàn viên)"),
 * nor breakdowns, which have their rules.
 */
function _bracketPartOf(text: string, at: number, nounText: string, nounCls: string, drafts: readonly Draft[], firstDraftOfSentence: number): number | null {
  if (drafts.length <= firstDraftOfSentence) return null;
  const before = drafts[drafts.length - 1]!;
  const open = text.lastIndexOf('(', at);
  if (before.unit !== 'count' || before.isDelta || before.mentionEnd > open) return null;
  const gap = text.slice(before.mentionEnd, open);
  if (/[\d;.()]/u.test(gap) || gap.replace(/\s+/gu, ' ').length > 80) return null;
  const label = text.slice(open + 1, at);
  if (!BRACKET_PART_LABEL.test(label) || BRACKET_NOT_PART.test(label)) return null;
  const sameNoun = nounText.length > 0 && text.slice(before.mentionEnd - nounText.length, before.mentionEnd).toLowerCase() === nounText.toLowerCase();
  return sameNoun || (nounCls === 'person' && PEOPLE_METRICS.has(before.metric)) ? drafts.length - 1 : null;
}
/**
 * The index of the count a bare figure in brackets is a labelled part of: the last count of the sentence
 * that ends right before the bracket (a few words may close its phrase: "214 người ưu tú ("), with a
 * short label before the figure, after "(" or after the part before it ("đoàn cơ sở 38, chi đoàn cơ sở
 * 135", "ĐBCS: 86; CBCS: 56"). Not plans, periods or changes: "(kế hoạch 500)", "(năm 2023: 540)".
 */
function _bracketLabelledPartOf(text: string, at: number, drafts: readonly Draft[], firstDraftOfSentence: number): number | null {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return null;
  const from = Math.max(open, text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const label = text.slice(from, at);
  if (!BRACKET_ITEM_LABEL.test(label) || BRACKET_NOT_PART.test(label) || NUMBERING_LABEL.test(label)) return null;
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.mentionEnd > open) continue;
    if (d.unit !== 'count' || d.isDelta) return null;
    const gap = text.slice(d.mentionEnd, open);
    return (/^[^\d()]{0,24}$/u.test(gap) && !/[,;.:]/u.test(gap)) || REFERRED_FOR_TAIL.test(gap) ? i : null;
  }
  return null;
}
/** What a referral's count may end with: " ưu tú cho Đảng xem xét, bồi dưỡng ", " cho tổ chức đảng xem xét kết nạp ". */
const REFERRED_FOR_TAIL = /^\s*(?:ưu tú\s+)?(?:cho|để)\s+(?:Đảng|đảng|tổ chức đảng|chi bộ|cấp ủy)(?:\s*,?\s*(?:và\s+)?(?:xem xét|bồi dưỡng|kết nạp|theo dõi|giúp đỡ))*\s*$/u;

/** A word that numbers rather than labels: "(Bảng 1)", "(Phụ lục 2)", "(lần 3)", "(khóa XIII)". */
const NUMBERING_LABEL = /^\s*(?:bảng|biểu|phụ lục|hình|mẫu|điều|khoản|mục|chương|phần|số|lần|đợt|khóa|khoá|tuần|trang|tờ|lô|phòng|câu|ảnh|video|kỳ)\s*:?\s*$/iu;
/** A short label before a bare figure in a bracket: "đoàn cơ sở ", "ĐVCĐ: ", " CBCS: ". */
const BRACKET_ITEM_LABEL = /^\s*\p{L}[\p{L} ]{0,30}?\s*:?\s*$/u;

/** A label before a figure in brackets: "riêng …", "trong đó", or a few words then ":" or "có"/"là". */
/** (Breakdown cues, "trong đó", "gồm", have their own rules: BREAKDOWN_CUE.) */
const BRACKET_PART_LABEL = /^\s*(?:riêng(?![\p{L}])[^\d():;]{0,60}?|[^\d():;,]{2,60}?(?::|\s(?:có|là)))\s*$/u;
// ("(đã được kết nạp: 96)" after a referral: a deed of its own, read by its verb.)
const BRACKET_NOT_PART = /(?<![\p{L}])(?:kế hoạch|KH|chỉ tiêu|mục tiêu|tổng|cùng kỳ|năm trước|năm ngoái|so với|tăng|giảm|đạt|chiếm|bằng|trong đó|trong số đó|bao gồm|gồm|cụ thể|được kết nạp)(?![\p{L}])/iu;

/** What a change is measured against, right before a bracket: " so với đầu nhiệm kỳ 2020-2025 ", " so với năm 2020 ". */
const COMPARED_WITH_BEFORE_BRACKET = /^[^,;()]{0,12}?(?<![\p{L}])so với\s+[^,;()]{0,48}$/u;

/** "nhiều nhất là Chi bộ Công ty … (" right before a figure: the most or fewest of something, by the body named. */
const SUPERLATIVE_BEFORE_BRACKET = /(?<![\p{L}])(?:nhiều nhất|cao nhất|ít nhất|thấp nhất)(?:\s+là)?[^;()]{0,100}\(\s*$/iu;

/** "đã" right before the founding verb of a figure: "đã thành lập ", "đã được thành lập ", "đã xây dựng mới ". */
const FOUNDED_TO_DATE_BEFORE = /(?<![\p{L}])đã\s+(?:được\s+)?(?:\p{L}+\s+){1,3}$/iu;

/** A workforce just stated, then "thì": "có 1.350 công nhân thì ", "có 6.420 lao động thì ". */
const OF_WORKFORCE_BEFORE = /(?<![\p{L}])có\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.]*\s+(?:công nhân|lao động|người lao động|CNLĐ|NLĐ|người)(?:\s+[^\d,;.]{1,30}?)?\s+thì\s+$/iu;

/** A goal met after a count, before the quota's bracket: ", vượt chỉ tiêu đại hội đề ra (", ", đạt chỉ tiêu (". */
const QUOTA_MET_AFTER_COUNT = /^[^;()\d]{0,40}?(?<![\p{L}])(?:vượt|đạt|hoàn thành)(?:\s+(?:và\s+)?vượt)?\s+chỉ tiêu[^;()\d]{0,40}\(\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** A quota met or compared with, named with its verb right before its figure: "hoàn thành chỉ tiêu kết nạp ", "vượt chỉ tiêu thành lập mới ", "So với chỉ tiêu thành lập ". */
const QUOTA_NAMED_BEFORE = /(?<![\p{L}])(?:hoàn thành|vượt|đạt|so với)(?:\s+(?:và\s+)?vượt)?\s+chỉ tiêu\s+(?:kết nạp|thành lập|phát triển|giới thiệu)(?:\s+(?:mới|được))?\s+(?:(?:hơn|gần|khoảng|trên|ít nhất)\s+)?$/iu;

/** A label that names a deed and no noun, at the head of its line or clause (group 1: the deed): "Tổng số kết nạp cả nhiệm kỳ: ". */
// ("; trong đó đã được kết nạp: ", "(đã được kết nạp: ", "- Kết nạp từ đầu nhiệm kỳ: ": those admitted after a referral, a deed since a time.)
// ("PTĐV 8 tháng: ", "- KN quý I: ": a bulletin's shorthand for the deed.)
const DEED_LABEL_BEFORE = new RegExp(String.raw`(?:^|[;:]\s|[;(]|,\s*trong (?:đó|số đó)\s*,?\s)\s*` + LIST_MARK + String.raw`(?:trong (?:đó|số đó)\s*,?\s*)?(?:tổng số\s+|số\s+)?(?:(?:đã\s+)?được\s+)?((?:kết nạp|giới thiệu|thành lập|phát triển|KN|TL|GT|PTĐV|PT)(?:\s+mới)?)(?:\s+(?:cả|trong|năm|nhiệm kỳ|giai đoạn|quý|tháng|từ|\d)[^:;()]{0,30})?(?:\s*\((?:cả|trong|năm|nhiệm kỳ|giai đoạn|quý|tháng|từ|\d)[^()]{0,30}\))?\s*:\s*$`, 'iu');

/**
 * A line headed by a deed, what it is done to and ":", then (maybe) a plan's figure and a comma, and "kế hoạch",
 * "thực hiện", … right before the figure: "Giới thiệu đoàn viên ưu tú cho Đảng: ", "Kết nạp đoàn viên: kế hoạch 3.000
 * đoàn viên, thực hiện " (group 1 the deed).
 */
const DEED_LINE_BEFORE = new RegExp(String.raw`^\s*` + LIST_MARK + String.raw`((?:kết nạp|giới thiệu|thành lập|phát triển)(?:\s+mới)?)(?![\p{L}])[^:;\d]{0,80}:\s*(?:[^;:]{0,60}?,\s*)?(?:(?:kế hoạch|KH|chỉ tiêu|thực hiện|TH|kết quả|đạt)\s*:?\s*)?$`, 'iu');

/** Whether the text before a figure may end as DEED_LINE_BEFORE does (after a plan's or a result's word). */
function _mayEndDeedLine(left: string): boolean {
  return /(?<![\p{L}])(?:hoạch|KH|tiêu|hiện|TH|quả|đạt)\s*:?\s*$/iu.test(left.slice(-12));
}

/** A quota under a plain label: "Chỉ tiêu: ", "Chỉ tiêu năm 2022: ", "- Chỉ tiêu nhiệm kỳ 2020-2025: ". */
/** A year's plan or quota that "is" the figure, its owner named with no count of its own: "Kế hoạch năm 2016 của Đảng bộ Khối là ". */
const PLAN_IS_BEFORE = /(?<![\p{L}])(?:chỉ tiêu|kế hoạch)\s+(?:cả\s+)?(?:năm|nhiệm kỳ|giai đoạn)(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?(?:\s+(?:của|cho|giao cho|đối với)\s(?:(?!số(?![\p{L}])|đảng viên|ĐV(?![\p{L}]))[^;.:,]){1,50}?)?\s+là\s+(?:(?:hơn|khoảng|trên|ít nhất)\s+)?$/iu;

const QUOTA_LABEL_BEFORE = new RegExp(String.raw`(?:^|[;]\s)\s*` + LIST_MARK + String.raw`chỉ tiêu(?:\s+(?:năm|nhiệm kỳ|giai đoạn|cả năm)(?:\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?)?\s*:\s*$`, 'iu');

/** Words of its own after a rate (what it is a rate of), not a plan, a whole, a predicate: " tổ công đoàn hoạt động". */
const OWN_SUBJECT_AFTER_RATE = /^\s+(?!(?:là|đều|kế hoạch|chỉ tiêu|KH|so với|số|tổng số|trở lên|được|đã|trong|của|trên|và)(?![\p{L}]))\p{L}/u;

/** A sentence (or a list item) that opens with a bare rate label: "Tỷ lệ: ", "- Tỉ lệ ". */
const RATE_LABEL_OPENS = new RegExp(String.raw`^\s*` + LIST_MARK + String.raw`(?:tỷ lệ|tỉ lệ)\s*:?\s*(?:(?:đạt|là)\s+)?$`, 'iu');

/** A sentence (or a list item) that opens with an achievement: "Đạt ", "- Vượt ", "Bằng khoảng ". */
const ACHIEVEMENT_OPENS = new RegExp(String.raw`^\s*` + LIST_MARK + String.raw`(?:đạt|vượt|bằng|hoàn thành)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$`, 'iu');
/** A plan named right after a rate: " chỉ tiêu năm", " kế hoạch", " so với KH". */
const PLAN_NAMED_AFTER_RATE = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH|nghị quyết|mục tiêu)(?![\p{L}])/iu;

/** A unit of time or age right after a figure: " tháng", " năm", " tuổi". */
const DURATION_AFTER = /^\s*(?:tháng|năm|ngày|tuổi|tuần|quý|giờ)(?![\p{L}])/u;
/** DURATION_AFTER on `text.slice(from, from + 8)`, run only where its first visible unit can open one of its words ("t", "n", "q", "g"). */
function _durationAt(text: string, from: number): boolean {
  const c = _firstVisibleCode(text, from, from + 8);
  return (c === 0x74 || c === 0x6e || c === 0x71 || c === 0x67) && DURATION_AFTER.test(text.slice(from, from + 8));
}

/** A sentence that may list figures respectively ("lần lượt", "tương ứng"): the cheap test before _respectiveFigures. */
const RESPECTIVE_WORD = gated(/lần lượt|tương ứng/iu);

/** An earlier period opening a bracket right before a figure: "(năm 2023: ", "(cùng kỳ năm trước là ". */
const PRIOR_PERIOD_IN_BRACKET = /\(\s*(?:năm\s+(?:19|20)\d{2}|cùng kỳ(?:\s+năm\s+(?:19|20)\d{2}|\s+năm trước)?|năm trước|năm ngoái)\s*(?::|là|đạt)?\s*$/iu;

/** A line that is one part and nothing else: a name, a figure, at most two words, a list's punctuation. */
const BARE_PART_LINE = /^[^\d:;.]{2,60}\s\d[\d.,]*(?:\s+\p{L}+){0,2}\s*[,;.]?$/u;

/** The next body of a run-down, named after ";" or ",", right before its bare fraction: "; CĐCS Công ty CP Vật tư nông nghiệp Kỳ Lừa ". */
const RUN_DOWN_BODY_BEFORE = /[,;]\s*(?:và\s+)?(?:CĐCS|Công đoàn|Công ty|Chi bộ|Đảng bộ|Nhà máy|Xí nghiệp|Tổng công ty)\s+[^\d,;:()/]{2,80}?\s+$/u;

/** The last fraction of counts stated in the sentence before draft `end` ("168 đoàn viên/171 lao động"): its part and whole drafts, or null. */
function _lastFraction(drafts: readonly Draft[], first: number, end: number, text: string): { part: Draft; whole: Draft } | null {
  for (let i = end - 1; i > first; i--) {
    const part = drafts[i - 1]!;
    const whole = drafts[i]!;
    if (part.unit !== 'count' || whole.unit !== 'count' || part.metric === whole.metric || whole.mentionStart <= part.mentionStart || whole.mentionStart - part.mentionStart > 40) continue;
    if (text.slice(part.mentionStart, whole.mentionStart).includes('/')) return { part, whole };
  }
  return null;
}

/**
 * The reading of a bare fraction's part or whole ("95/98") after the next body of a run-down whose item before gave a
 * fraction of counts with nouns: the part reads as that part, the whole as that whole; else null.
 */
function _nextFractionOfRunDown(drafts: readonly Draft[], first: number, text: string, m: { start: number; value: number }, left: string, right: string): Reading | null {
  if (right.charCodeAt(0) === 0x2f && /^\/\d/u.test(right)) {
    if (!RUN_DOWN_BODY_BEFORE.test(left.slice(-100))) return null;
    const pair = _lastFraction(drafts, first, drafts.length, text);
    return pair === null ? null : { metric: pair.part.metric, kind: pair.part.kind };
  }
  if (left.charCodeAt(left.length - 1) !== 0x2f) return null;
  // (The whole: its part is the draft just made, by the rule above.)
  const part = drafts[drafts.length - 1];
  if (part === undefined || drafts.length - 1 < first || part.mentionStart >= m.start || m.start - part.mentionStart > 12) return null;
  if (!RUN_DOWN_BODY_BEFORE.test(text.slice(0, part.mentionStart).slice(-100))) return null;
  const pair = _lastFraction(drafts, first, drafts.length - 1, text);
  return pair === null || pair.part.metric !== part.metric ? null : { metric: pair.whole.metric, kind: pair.whole.kind };
}

/** Words that hand out a quota: "chỉ tiêu", "giao", "phân bổ". */
const QUOTA_HANDED_OUT = /(?<![\p{L}])(?:chỉ tiêu|giao|phân bổ)(?![\p{L}])/giu;
/** Words that state what there is or will be, after a quota word: "có", "lên", "tổng số", "nâng". */
const STATE_AFTER_QUOTA = /(?<![\p{L}])(?:có|lên|tổng số|nâng)(?![\p{L}])/iu;
/** "được giao " right before a figure. */
const ASSIGNED_BEFORE_FIGURE = /(?<![\p{L}])(?:được\s+)?giao\s+(?:chỉ tiêu\s+)?$/iu;

/** Whether the last quota word of the clause's last 240 characters before a figure has nothing said of a state after it. */
function _membersQuotaBefore(left: string): boolean {
  const tail = left.slice(left.lastIndexOf(';') + 1).slice(-240);
  let end = -1;
  QUOTA_HANDED_OUT.lastIndex = 0;
  for (let q = QUOTA_HANDED_OUT.exec(tail); q !== null; q = QUOTA_HANDED_OUT.exec(tail)) end = q.index + q[0].length;
  return end >= 0 && !STATE_AFTER_QUOTA.test(tail.slice(end));
}

/** A deed done in numbers by many, then examples (group 1: the deed): "kết nạp được số lượng lớn như ", "phát triển được nhiều đoàn viên như ". */
const MANY_DONE_SUCH_AS = /(?<![\p{L}])(kết nạp|phát triển)(?:\s+được)?\s+(?:nhiều|số lượng lớn|đông)(?![\p{L}])[^;.]{0,30}?(?<![\p{L}])(?:như|là|gồm)(?![\p{L}])[^;]*$/iu;
/** A bracket's noun a deed of ours counts: members of the Party or of a union. */
const MEMBERS_NOUN = /^(?:đảng viên|đoàn viên|ĐV|ĐVCĐ)$/iu;
/** A ranking right before a bracketed figure: "dẫn đầu … là TP Hồ Chí Minh (", "nhiều nhất là …, Bắc Ninh (", "chỉ sau TP Hồ Chí Minh (". */
const RANKING_BEFORE = /(?<![\p{L}])(?:dẫn đầu|nhiều nhất|cao nhất|đứng (?:thứ|đầu)|xếp thứ|chỉ sau|tiếp theo là)(?![\p{L}])[^;]*$/iu;

/** The deed a ranking is by (group 1) and what it is done to (group 2 or 3): "về phát triển đoàn viên", "số đoàn viên kết nạp mới". */
const RANKED_DEED = /(?<![\p{L}])(?:(?:về\s+)?(?:số\s+)?(phát triển|kết nạp)(?:\s+mới)?\s+(đoàn viên|đảng viên)|số\s+(đoàn viên|đảng viên)(?:\s+(?:công đoàn|mới))?\s+(?:được\s+)?(phát triển|kết nạp))(?![\p{L}])/iu;

/** The verb of the deed a ranking before a bracketed figure is by, when the figure's noun is what the deed is done to; else null. */
function _rankedByDeed(left: string, nounText: string): VerbClass | null {
  const clause = left.slice(-240);
  // ("Nhiều đảng bộ kết nạp được số lượng lớn như Đảng bộ Công ty … (28 đảng viên), …": examples of those that did much.)
  const many = MANY_DONE_SUCH_AS.exec(clause);
  if (many !== null && MEMBERS_NOUN.test(nounText.trim())) return many[1]!.toLowerCase() === 'kết nạp' ? 'admit' : 'develop';
  if (!RANKING_BEFORE.test(clause)) return null;
  const deed = RANKED_DEED.exec(clause);
  if (deed === null || (deed[2] ?? deed[3])!.toLowerCase() !== nounText.trim().toLowerCase()) return null;
  return (deed[1] ?? deed[4])!.toLowerCase() === 'kết nạp' ? 'admit' : 'develop';
}

/** A share in brackets right after a count: " (52,1%)". */
const BRACKETED_SHARE_AFTER = /^ \(\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)/u;

/** Whether the share in brackets after a count of `value` ("971 (52,1%)") is, to its rounding, its share of the last admissions counted (among the last few figures). */
function _shareOfAdmitted(value: number, right: string, drafts: readonly Draft[]): boolean {
  const share = BRACKETED_SHARE_AFTER.exec(right);
  if (share === null) return false;
  const percent = Number(share[1]!.replace(',', '.'));
  const decimals = share[1]!.includes(',') ? share[1]!.length - share[1]!.indexOf(',') - 1 : 0;
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - 12); i--) {
    const d = drafts[i]!;
    if (d.metric !== 'party_admissions' || d.unit !== 'count' || d.kind !== 'flow' || d.isDelta || d.parentIndex !== null || d.value <= value) continue;
    return Math.abs((100 * value) / d.value - percent) <= 0.5 * 10 ** -decimals + 1e-9;
  }
  return false;
}

/** Metrics of people a share may name as a kind of those counted: "đoàn viên thanh niên chiếm 70,7%", "84,1% là công nhân". */
const PEOPLE_OF_A_KIND: ReadonlySet<string> = new Set(['youth_members', 'workers', 'union_members', 'party_members']);
/** "Trong số" opening a sentence, before the count it names. */
const AMONG_OPENS = /^\s*(?:[-–+•]\s*)?(?:[Tt]rong (?:tổng )?số)\s*$/u;

/** The sentence's first count when the sentence opens "Trong số" before it ("Trong số 173 đảng viên mới, …"). */
function _countOpeningSentence(drafts: readonly Draft[], first: number, text: string): Draft | undefined {
  const d = drafts[first];
  return d !== undefined && AMONG_OPENS.test(text.slice(0, d.mentionStart)) ? d : undefined;
}

/** Whether the figure at `at` follows a "trong đó" that breaks down a count of those inspected or disciplined (the last count before it). */
function _partOfRejected(breakdowns: readonly number[], rejectedEnd: number, acceptedEnd: number, at: number): boolean {
  if (rejectedEnd < 0 || rejectedEnd <= acceptedEnd) return false;
  return breakdowns.some((b) => b >= rejectedEnd && b < at);
}

/** Association members who joined the Party (group 1) or are Party members. */
const ASSOCIATION_MEMBERS_IN_PARTY = /^\s*hội viên\s+(?:(?:đã\s+)?(?:được\s+)?(kết nạp)\s+(?:vào\s+)?Đảng|(?:đều\s+)?là\s+đảng viên)(?![\p{L}])/u;

/** The first of a pair of bare figures: "1.820 và 1.062". */
const PAIR_FIRST_AFTER = /^\s*(?:và|-|\/)\s*\d/u;
/** The second of a pair of bare figures. */
const PAIR_SECOND_BEFORE = /(?<![\d.,])\d[\d.,]*\s*(?:và|-|\/)\s*$/u;
/** A heading over pairs: a noun, then two verbs joined by "và" ("được giới thiệu và kết nạp"), before a ":". */
const PAIR_HEADING = gated(/^([^:;]{0,160}?)(?:được\s+)?([^\s:;,]+(?:\s+[^\s:;,]+)?)\s+và\s+(?:được\s+)?([^\s:;,]+(?:\s+[^\s:;,]+)?)[^:;]{0,60}:/u);

/**
 * The readings of the two figures of each pair under a heading that names a noun and two verbs
 * ("số đoàn viên ưu tú được giới thiệu và kết nạp qua các năm như sau:"), and where the heading ends; else null.
 */
function _pairHeading(text: string, ctx: MentionContext): { from: number; readings: [Reading, Reading] } | null {
  // (A match ends at its first ":" and holds no ";" before it: a sentence whose first ":" comes after a ";", or that has
  // none, holds no heading over pairs. Two native searches, where the lazy regex tries 161 lengths from its start.)
  const colon = text.indexOf(':');
  if (colon < 0 || text.lastIndexOf(';', colon) >= 0) return null;
  const h = PAIR_HEADING.exec(text, text);
  if (h === null) return null;
  const noun = _lastNounIn(h[1]!);
  const first = _verbAtStart(h[2]!);
  const second = _verbAtStart(h[3]!);
  if (noun === null || first === null || second === null || first.cls === second.cls) return null;
  const a = metricFor(noun.cls, first.cls, { ...ctx, trailing: '' });
  // (Those referred to the Party, then admitted, are admitted to the Party.)
  const b: Reading | null = first.cls === 'refer' && second.cls === 'admit' ? { metric: 'party_admissions', kind: 'flow' } : metricFor(noun.cls, second.cls, { ...ctx, trailing: '' });
  return a !== null && b !== null ? { from: h.index + h[0].length, readings: [a, b] } : null;
}

/** A period opening a step of a series: "Năm 2023, ", "11 tháng năm 2024, ", "Từ đầu năm đến nay: ". */
const SERIES_STEP_PERIOD = /^\s*(?:[-+•]\s*)?(?:(?:riêng|còn|sang|đến|trong)\s+)?(?:(?:(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+)?)?năm\s+(?:19|20)\d{2}|(?:từ\s+)?đầu năm(?:\s+(?:19|20)\d{2})?\s+(?:đến|tới)\s+nay)(?![\p{L}\d])\s*[,:]?\s*/iu;

/**
 * The reading of a series step whose verb is left out: the sentence is a period, a figure and its noun
 * ("Năm 2023, 24 đảng viên."), and the sentence before, in its paragraph, opens with a period too and
 * ends its counts with a deed or a plan of the same noun ("Năm 2022, kết nạp 17 đảng viên."). Else null.
 */
function _seriesStepBefore(previous: Sentence, index: number, drafts: readonly Draft[], left: string, right: string, noun: string, paragraphOf: (sentenceIndex: number) => number): Reading | null {
  const opening = SERIES_STEP_PERIOD.exec(left);
  if (opening === null || opening[0].length !== left.length || !/^\s*[.;]?\s*$/u.test(right.slice(noun.length))) return null;
  if (paragraphOf(index - 1) !== paragraphOf(index) || !SERIES_STEP_PERIOD.test(previous.text)) return null;
  const before = drafts.at(-1);
  if (before === undefined || before.sentenceIndex !== index - 1 || before.unit !== 'count' || before.isDelta || (before.kind !== 'flow' && before.kind !== 'target')) return null;
  const word = noun.trim().toLowerCase();
  // (The mention holds its noun: "17 đảng viên".)
  return previous.text.slice(before.mentionStart, before.mentionEnd).toLowerCase().includes(word) ? { metric: before.metric, kind: before.kind } : null;
}

/** "con số này lần lượt là ", "con số tương ứng là " before a pair: the figures of the previous sentence, again, for another period. */
// ("Năm 2024, con số tương ứng là 286 và 121", "Cuối năm 2015, các con số này lần lượt là 21 và 531".)
const RESPECTIVELY_AGAIN = gated(/(?<![\p{L}])(?:các\s+)?(?:con số|số liệu)\s+(?:này|trên|đó|tương ứng)(?![\p{L}])(?:[^.;:\d]{0,30}?(?:lần lượt|tương ứng))?(?:\s+(?:là|đạt))?\s*(?=\d[\d.,]*\s*(?:và|,)\s*\d)/iu);

/** The readings of the first two counts of the previous sentence, for a pair after "con số này lần lượt là"; else null. */
function _pairOfPrevious(text: string, drafts: readonly Draft[], index: number, paragraphOf: (sentenceIndex: number) => number): { from: number; readings: [Reading, Reading] } | null {
  const m = RESPECTIVELY_AGAIN.exec(text, text);
  if (m === null) return null;
  // (The first count of each measure, in order; two sentences back in the paragraph when the one before counts only one:
  // "… hiện có 24 tổ chức đảng, 11 là …. Số đảng viên là 604. Cuối năm 2015, các con số này lần lượt là 21 và 531".)
  const measures = (from: number): Draft[] => {
    const out: Draft[] = [];
    for (const d of drafts) if (d.sentenceIndex >= from && d.sentenceIndex < index && d.unit === 'count' && !d.isDelta && !out.some((o) => o.metric === d.metric)) out.push(d);
    return out;
  };
  let counts = measures(index - 1);
  const last = drafts.at(-1);
  if (counts.length === 1 && last !== undefined && last.sentenceIndex === index - 1 && index >= 2 && paragraphOf(index - 2) === paragraphOf(index)) counts = measures(index - 2);
  if (counts.length !== 2) return null;
  return { from: m.index + m[0].length - 1, readings: [{ metric: counts[0]!.metric, kind: counts[0]!.kind }, { metric: counts[1]!.metric, kind: counts[1]!.kind }] };
}

/** A footnote's number at the start of its line: "(3) Năm 2021: …", "[3] Trong đó: …". */
const FOOTNOTE_LINE = /^\s*[([](\d{1,2})[)\]]\s+\S/u;

/** A footnote mark right after the noun of a figure: "118 đảng viên(3)", "173 đảng viên (3) ,". */
const MARK_AFTER_FIGURE = /^\s*[\p{L}\s]{0,40}?\s?[([](\d{1,2})[)\]]/u;

/**
 * The draft a footnote line breaks down: the count whose noun the footnote's mark follows in an earlier
 * sentence ("kết nạp 118 đảng viên(3)" for "(3) Năm 2021: 31 đảng viên; …"), or null. The mark must be
 * the only one of its number before the footnote, so a list numbered "(1) … (2) …" is no footnote.
 */
function _footnoteOf(sentence: Sentence, text: string, sentences: readonly Sentence[], drafts: readonly Draft[]): number | null {
  const line = FOOTNOTE_LINE.exec(sentence.text);
  if (line === null) return null;
  const mark = line[1]!;
  let found: number | null = null;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.unit !== 'count') continue;
    const s = sentences[d.sentenceIndex]!;
    if (s.start >= sentence.start) continue;
    const after = MARK_AFTER_FIGURE.exec(s.text.slice(d.mentionEnd, d.mentionEnd + 48));
    if (after === null || after[1] !== mark) continue;
    if (found !== null) return null;
    found = k;
  }
  if (found === null) return null;
  const before = text.slice(0, sentence.start);
  return _occurrences(before, `(${mark})`) + _occurrences(before, `[${mark}]`) === 1 ? found : null;
}

function _occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
  return n;
}

/** "mới ", "thêm được " right before a figure: what is founded anew. */
const NEWLY_BEFORE = /(?:mới|thêm)\s*(?:được\s*)?$/iu;

/**
 * NEWLY_BEFORE on `left`, whose last visible code unit is `last`: a match ends in "mới", "thêm" or "được" then white
 * space, so that unit is an "i", "m" or "c" (or its capital, the only letter that folds to it), else no match; the
 * end-anchored regex would try each position of the sentence.
 */
function _newlyBefore(left: string, last: number): boolean {
  const lower = last | 0x20;
  return (lower === 0x69 || lower === 0x6d || lower === 0x63) && NEWLY_BEFORE.test(left);
}

/** Where the first `word` of `text` ends, or Infinity when there is none. */
function _firstEnd(text: string, word: string): number {
  const at = text.indexOf(word);
  return at < 0 ? Number.POSITIVE_INFINITY : at + word.length;
}

/**
 * `left.lastIndexOf('chỉ tiêu') > left.length - 48`, searching only the end: an occurrence starts after
 * `left.length - 48` exactly when one starts at `left.length - 47` or later; and with none, -1 passes the test when
 * `left` is shorter than 47.
 */
function _quotaNearEnd(left: string): boolean {
  return left.length < 47 || left.indexOf('chỉ tiêu', left.length - 47) >= 0;
}

/** Steps 1–8 for one sentence: each number that is a fact becomes a Draft. */
function scanSentence(sentence: Sentence, index: number, drafts: Draft[], state: ParagraphState, published: string | null, paragraphOf: (sentenceIndex: number) => number, previous: Sentence | null): void {
  // ("có 245(2) tổ chức đảng với 1.020* đảng viên": a note's mark glued to a figure is read as blank, offsets kept.)
  // ("sáu mươi tám (68) tổ chức cơ sở đảng", "213 (hai trăm mười ba) đảng viên": a figure spelled out and in digits is read
  // once, as its digits, the words and brackets blank, offsets kept.)
  const text = sentence.text.includes('(') || sentence.text.includes('*') ? _blankSpelledTwice(sentence.text.replace(NOTE_MARK_AFTER_FIGURE, (mark) => ' '.repeat(mark.length))) : sentence.text;
  // 1. number mentions
  const mentions = findNumbers(text, _isCountedNoun);
  if (mentions.length === 0) return;
  // "Giả sử mỗi tổ chức đảng chỉ cần kết nạp 1 đảng viên mỗi năm, …": figures of a supposition.
  const supposed = HYPOTHETICAL.exec(text) ?? (text.includes('?') ? _askedCondition(text) : null);
  if (supposed !== null && supposed.index <= mentions[0]!.start) return;
  const supposedFrom = supposed === null ? Number.POSITIVE_INFINITY : supposed.index;
  const periods = findPeriods(text, published);
  // Goal cues, verbs and "trong đó" are read only once a number passes step 2: many sentences hold
  // only dates, years and amounts.
  let scans: { cues: ReturnType<typeof _cuePositions>; verbs: ReturnType<typeof _verbMentions>; breakdowns: number[] } | null = null;
  const scan = (): NonNullable<typeof scans> => (scans ??= { cues: _cuePositions(text), verbs: _verbMentions(text), breakdowns: _breakdownPositions(text) });
  const firstDraftOfSentence = drafts.length;
  // The two readings of a heading over pairs of figures, once asked (null: none).
  let pairs: { from: number; readings: [Reading, Reading] } | null | undefined;
  // "Số tổ chức đảng và đảng viên … lần lượt là 9 và 104": each figure of the list read as if stated alone.
  let respective: Map<number, RespectiveFigure> | undefined;
  // Where the last count of those inspected or disciplined, and the last fact, end (for the parts of the former).
  let rejectedEnd = -1;
  let acceptedEnd = -1;
  let governing: VerbClass | null = null;
  // A verb inside brackets governs only there: "398 TCCSĐ (giảm 36 tổ chức do sắp xếp …), 3.871 chi bộ".
  let outside: VerbClass | null = null;
  let bracketed = false;
  // (The items under a "trong đó:" line are parts of its total.)
  const breakdown: BreakdownState = state.partOf === null ? { parent: null, lastSeen: -1 } : { parent: state.partOf, lastSeen: 0, wholeLine: true };
  // The sentence's first "(", for the bracket tests of its figures.
  const firstOpen = text.indexOf('(');
  // Where the sentence's first "tuổi" or "Tuổi" ends: `text.slice(0, at)` holds one exactly when this is at most `at`
  // (found once, where a search of each figure's `left` would read the sentence again and again; "ổi", which both
  // hold, is looked for first: a rarer first letter, a quicker search).
  const ageWordEnd = text.includes('ổi') ? Math.min(_firstEnd(text, 'tuổi'), _firstEnd(text, 'Tuổi')) : Number.POSITIVE_INFINITY;

  for (let k = 0; k < mentions.length; k++) {
    if (mentions[k]!.start > supposedFrom) break;
    const m = mentions[k]!;
    const left = text.slice(0, m.start);
    const right = text.slice(m.end);

    // 2. labels, dates, money, units
    // (Each end-anchored regex runs only when the last word before the number can end its match.)
    // (A figure with thousands, or too small to be a year after "năm", is no date: "(kế hoạch năm 10.000
    // đoàn viên)", "(kế hoạch năm 40 CĐCS)".)
    // (No label or date is a percent: "đến cuối nhiệm kỳ 100% doanh nghiệp …".)
    if (m.unit !== 'percent' && LABEL_BEFORE_ENDS.endsText(left) && LABEL_BEFORE.test(left.slice(-24))) continue;
    // (An age: "trong đó 78% là nữ, độ tuổi bình quân 24"; the gate is a word AGE_BEFORE needs, "tuổi" or "Tuổi" in `left`.)
    if (ageWordEnd <= m.start && AGE_BEFORE.test(left.slice(-40))) continue;
    // (Not a shift named by its time of day: "ca sáng 520 người", "ca đêm 930 công nhân".)
    if (m.unit !== 'percent' && DATE_WORD_BEFORE_ENDS.endsText(left) && DATE_WORD_BEFORE.test(left.slice(-16)) && !THOUSANDS_GROUP.test(m.raw) && !(m.value < 1000 && YEAR_WORD_AT_END.test(left.slice(-8))) && !SHIFT_BEFORE.test(left.slice(-12))) continue;
    if (MONEY_AFTER.test(right.slice(0, 16))) continue;
    // "Báo cáo số 168-BC/BTCTW ngày 10/01/2023, tr. 12.": a page of a source cited in a note.
    const lastOfLeft = _lastVisible(left);
    if (lastOfLeft === 0x2e && PAGE_ABBREVIATION_BEFORE.test(left.slice(-6))) continue;
    // "dịch COVID-19": the number of a name.
    if (lastOfLeft === 0x2d && NAMED_WITH_NUMBER_BEFORE.test(left.slice(-10))) continue;
    // "Công ty Tân Cảng 189, Công ty 319.3, Binh đoàn 15": the number that names a firm or a unit.
    if (NAME_ENDS_AFTER.test(right) && UNIT_NAMED_BY_NUMBER_BEFORE.test(left.slice(-24))) continue;
    // "các xã Tân Lập 1, Tân Lập 2, Phước Lập", "tại Phường 2": the number that names a commune or a ward.
    if (m.raw.length <= 2 && right.charCodeAt(0) === 0x2c && PLACE_NAMED_BY_NUMBER_BEFORE.test(left.slice(-80)) && UNNUMBERED_ITEM_AFTER.test(right)) continue;
    // "30 doanh nghiệp hoạt động/1.000 dân": a density per head of population.
    // (A "/" or "trên" must be there: a plain search first.)
    const per = right.slice(0, 48);
    if ((per.includes('/') || per.includes('trên')) && PER_POPULATION_AFTER.test(per)) continue;
    // "(KH 2021: 350 ĐV)", "Năm 2023: 540": a year labelling the figure after it; "…, Hà Nội, 2020, tr. 21": the
    // year of a source cited between commas.
    if (m.raw.length === 4 && m.value >= 1975 && m.value <= 2045 && (YEAR_LABEL_AFTER.test(right) || (lastOfLeft === 0x2c && /^\s*[,.]/u.test(right)))) continue;
    // "lọt Top 10 doanh nghiệp công nghệ số": a place in a ranking, no count.
    if (lastOfLeft === 0x70 || lastOfLeft === 0x50 ? TOP_BEFORE.test(left.slice(-6)) : false) continue;
    // "vào quý III/2024": the year of a quarter.
    if (m.raw.length === 4 && m.value >= 1975 && m.value <= 2045 && QUARTER_OF_YEAR_BEFORE.test(left.slice(-12))) continue;
    // "… để phục vụ mùa du lịch và Carnaval Hạ Long 2018.": a year closing a name, no count.
    if (m.raw.length === 4 && m.value >= 1975 && m.value <= 2045 && YEAR_ENDS_NAME_BEFORE.test(left.slice(-24)) && /^\s*(?:[.;,)!?]|$)/u.test(right)) continue;
    // "(3) Năm 2021: …", "[1] Trong đó: …": the number of a footnote or an item, at the head of its line.
    if ((right.charCodeAt(0) === 0x29 || right.charCodeAt(0) === 0x5d) && ITEM_NUMBER_BEFORE.test(left)) continue;
    // "phải cho 1/3 lao động nghỉ luân phiên": a proportion, no count (both its figures).
    // (Both "/"-tests run only when a "/" touches the figure.)
    const slashBefore = lastOfLeft === 0x2f;
    if (m.unit === 'count' && ((right.charCodeAt(0) === 0x2f && _isProportion(m.value, SMALL_FRACTION_AFTER.exec(right)?.[1], true)) || (slashBefore && _isProportion(m.value, SMALL_FRACTION_BEFORE.exec(left.slice(-4))?.[1], false)))) continue;
    // ("Gần 2/5 đảng viên … là người có nơi cư trú ngoài tỉnh": a hedged fraction up to tenths is a proportion too.)
    if (m.unit === 'count' && m.value <= 10 && ((right.charCodeAt(0) === 0x2f && FRACTION_HEDGE_BEFORE.test(left.slice(-12)) && m.value < Number(TENTHS_AFTER.exec(right)?.[1] ?? 0)) || (slashBefore && m.value > Number(HEDGED_NUMERATOR_BEFORE.exec(left.slice(-16))?.[1] ?? 99)))) continue;
    // ("62.000 lượt học viên": attendances of classes are how trainees are counted.)
    const visits = m.unit === 'count' && _mayBeVisits(text, m.end) ? TRAINEE_VISITS.exec(right) : null;
    if (m.unit === 'count' && visits === null && UNIT_AFTER.test(right.slice(0, 24))) continue;

    // (8.) Breakdown bookkeeping: a "trong đó" before this number opens a breakdown, a ";" closes it.
    const { cues, verbs, breakdowns } = scan();
    _followBreakdown(breakdown, text, breakdowns, m.start, drafts, firstDraftOfSentence);

    // 3. approximation
    let approx = _approxBefore(left);
    // ("số đảng viên là 812, ít hơn 23 đảng viên so với cuối năm 2019": a difference from another time, not "over 23".)
    const difference = approx === 'more_than' && left.includes('hơn') && DIFFERENCE_BEFORE.test(left.slice(-16)) && COMPARED_AFTER.test(right.slice(0, 48));
    if (difference) approx = 'exact';
    if (m.approximate && approx === 'exact') approx = 'about';
    if (m.plus === true && approx === 'exact') approx = 'more_than';
    // "đạt từ 45% trở lên": a floor.
    if (m.unit === 'percent' && approx === 'exact' && PERCENT_FLOOR_AFTER.test(right)) approx = 'at_least';

    // 5. governing verb
    const inBracket = _inOpenBracket(text, m.start, firstOpen);
    if (inBracket && !bracketed) outside = governing;
    else if (!inBracket && bracketed) governing = outside;
    bracketed = inBracket;
    // ("Tổng số kết nạp cả nhiệm kỳ: 236 đảng viên": a label naming a deed, then the figure and what it counts.)
    // ("4. Giới thiệu đoàn viên ưu tú cho Đảng: 318 đoàn viên", "3. Kết nạp đoàn viên: kế hoạch 3.000 đoàn viên, thực hiện
    // 3.420 đoàn viên": a line headed by a deed and what it is done to, its figures the plan, the result or the count.)
    const labelDeed = lastOfLeft === 0x3a ? (DEED_LABEL_BEFORE.exec(left) ?? DEED_LINE_BEFORE.exec(left)) : left.includes(':') && _mayEndDeedLine(left) ? DEED_LINE_BEFORE.exec(left) : null;
    const said = _directVerb(text, verbs, m.start) ?? (labelDeed === null ? null : (_verbAtStart(labelDeed[1]!)?.cls ?? null));
    // ("mở 6 lớp bồi dưỡng kết nạp Đảng cho 389 quần chúng": the admission names the class; those it is for are its trainees.)
    // ("số chi bộ giảm từ 1.466 chi bộ xuống còn 1.412 chi bộ": the first end of a change is a state, as the second is.)
    // ("Với việc kết nạp hai đảng viên mới, Chi bộ Công ty từ 31 đảng viên nâng tổng số lên 33 đảng viên": so is the first end of
    // a body's growth said with no verb of change, whatever deed came before.)
    const fromEnd = (said === 'increase' && left.includes('từ') && FROM_END_BEFORE.test(left.slice(-24)) && TO_END_AFTER.test(right.slice(0, 60))) || (said === null && left.includes('từ') && FROM_BARE_BEFORE.test(left.slice(-20)) && FROM_STATE_TO_AFTER.test(right.slice(0, 90)));
    const direct = fromEnd ? 'stock' : said === 'admit' && left.includes('lớp') && CLASS_FOR_ADMISSION_BEFORE.test(left.slice(-80)) ? 'benefit' : said;
    // ("… ; so với cùng kỳ tăng 22 ĐV": the period compared with may come first.)
    // ("kết nạp 164 đảng viên; tăng 8 tổ chức đảng và 119 đảng viên so với cuối năm 2024": a figure joined by "và" to a change
    // compared with another time is such a change too, not what the verb before the change did.)
    const joinedComparison = direct === null && drafts.length > firstDraftOfSentence && COMPARISON_AFTER.test(right) && _joinedToChange(drafts, firstDraftOfSentence, text, m.start);
    const comparison = (direct === 'increase' && (COMPARISON_AFTER.test(right) || COMPARISON_BEFORE.test(left.slice(-64)))) || joinedComparison;
    if (direct && direct !== 'stock' && !comparison) governing = direct;
    // ("… đã giới thiệu 112 đoàn viên ưu tú cho tổ chức đảng; Đoàn Thanh niên các KCN có 45 tổ chức cơ sở đoàn, 8.930 đoàn
    // viên": a state said past a ";" after the deed opens a clause of its own; the deed governs no more.)
    // (Not a year's "đạt N" in a series: "năm 2020 là 1.718 và năm 2023 đạt 1.802 đảng viên".)
    // (Nor a condition put inside the deed's own clause: "…; đối với đơn vị có trên 50 đảng viên thì ít nhất ba đảng viên": the
    // clause after the ";" opens with a body of its own, a capital.)
    else if (direct === 'stock' && governing !== null && governing !== 'stock' && !SERIES_RESULT_BEFORE.test(left.slice(-48)) && _opensOwnClause(text, m.start, verbs.filter((v) => v.end <= m.start && v.cls === governing).at(-1)?.end ?? Infinity)) governing = null;
    // "(năm 2018 có 1.198 CĐCS, 43.411 đoàn viên)": a state stated in brackets is a state throughout them.
    else if (direct === 'stock' && inBracket && /(?<![\p{L}])(?:có|là)\s*$/u.test(left)) governing = null;
    let verb: VerbClass | null;
    let inherited = false;
    // ("thành lập mới 4 chi bộ …, trong đó có hai chi bộ ở doanh nghiệp Hàn Quốc, nâng tổng số tổ chức đảng trực thuộc lên 31":
    // the total raised ends the breakdown.)
    if (breakdown.parent !== null && left.includes('tổng số') && TOTAL_RAISED_BEFORE.test(left.slice(-60))) breakdown.parent = null;
    const parentDraft = breakdown.parent !== null && breakdown.parent >= 0 ? drafts[breakdown.parent] : undefined;
    // ("…, tăng 4 tổ chức đảng và 187 đảng viên so với cùng kỳ": the figure joined by "và" to a change is a change too,
    // even inside a breakdown the sentence opened before.)
    const joinedToChange = joinedComparison || (direct === null && parentDraft !== undefined && _joinedToChange(drafts, firstDraftOfSentence, text, m.start));
    if (joinedToChange) {
      verb = 'increase';
      inherited = true;
    } else if (parentDraft && (direct === null || direct === 'stock')) {
      verb = parentDraft.verb;
      inherited = true;
    } else if (direct === 'stock' && governing !== null && governing !== 'stock' && SERIES_RESULT_BEFORE.test(left.slice(-48))) {
      // "năm 2020 kết nạp 96 đảng viên, năm 2021 là 104, … năm 2023 đạt 158 đảng viên": a year's
      // "đạt N" in a series continues the series' verb.
      verb = governing;
      inherited = true;
    } else if (direct) {
      verb = direct;
    } else if (slashBefore && DENOMINATOR_BEFORE.test(left.slice(-8))) {
      // "46.930 đoàn viên/52.715 lao động": the whole of a fraction is a stock, whatever governs the part.
      verb = 'stock';
    } else if (governing !== null && governing !== 'stock' && _ownDeedLaterInPart(text, verbs, m.start, governing)) {
      // "…, kết nạp 3; Công ty CP Bao bì Kim Chung 19 đảng viên, kết nạp 2": a part after ";" that states its own deed
      // after this figure counts what it has here, not what the deed before the ";" did.
      verb = null;
    } else {
      verb = governing;
      inherited = governing !== null;
    }

    // 4. noun ("38/46 doanh nghiệp": the first figure of a fraction counts the same noun)
    const fraction = FRACTION_AFTER.exec(right);
    const visitsNoun = visits === null ? null : _nounAt(right.slice(visits[0].length));
    // ("90% trở lên doanh nghiệp có từ 25 lao động trở lên thành lập công đoàn cơ sở": a floor said between a rate and its noun.)
    const floor = m.unit === 'percent' && visitsNoun === null && right.startsWith(' trở lên ') ? _nounAt(right.slice(8)) : null;
    const nounRight = floor !== null ? { cls: floor.cls, length: 8 + floor.length } : visitsNoun === null ? _nounAt(right) : { cls: visitsNoun.cls, length: visits![0].length + visitsNoun.length };
    const after = nounRight ?? (fraction ? _nounAt(right.slice(fraction[0].length)) : null);
    // What follows the noun tells what happened to the counted things; in "72/80 lao động … gia nhập
    // công đoàn" that is said of the part (72), and the whole (80) is just a stock of them.
    const trailingStart = m.end + (after ? (nounRight ? 0 : (fraction?.[0].length ?? 0)) + after.length : 0);
    // "Tổng số đoàn viên: 11.482/13.236 lao động": the part counts what the label names, the whole what follows it.
    const labelled = fraction && !nounRight && after ? _fractionLabelNoun(left) : null;
    // ("Tổng số ĐVCĐ/CNVCLĐ: 128.420/139.605": a pair of nouns labels a pair of figures; the whole counts the second.)
    const pairWhole = after === null && slashBefore && left.includes('/', left.length - 1) ? LABEL_PAIR_BEFORE.exec(left.slice(-90)) : null;
    // (… and the part the first: "ĐVCĐ/CNLĐ: 1.200/".)
    const pairPart = after === null && pairWhole === null && fraction !== null && !nounRight && left.includes('/') ? LABEL_PAIR_PART_BEFORE.exec(left.slice(-90)) : null;
    const pairNoun = pairWhole !== null ? _nounAt(pairWhole[1]!) : pairPart !== null ? _nounAt(pairPart[1]!) : null;
    const named = labelled !== null && labelled !== after!.cls ? { cls: labelled, length: after!.length } : (after ?? (pairNoun === null ? null : { cls: pairNoun.cls, length: 0 }));
    // ("17 CĐCS/2.083 ĐV", "KN 137 ĐV mới" in a Youth Union bulletin: "ĐV" in a sentence that names no Party is a
    // member of the union or of the Youth Union the sentence or the article is about.)
    // ("thành lập mới 4 CB", "sinh hoạt tại 11 CB", "giải thể 2 CB": bulletins' "CB" after what is done to a Party cell is one.)
    const cells = (named === null || named.cls === 'staff') && CELL_VERB_BEFORE.test(left.slice(-32)) ? CELL_ABBREVIATION_AFTER.exec(right) : null;
    const noun = cells ? { cls: 'party_org' as const, length: cells[0].length } : named !== null && (named.cls === 'party_member' || (named.cls === 'new_party_member' && (state.youthArticle() || _unionOnlyBefore(text.slice(0, m.start))))) && _abbreviatedMemberAt(text, m.end + (fraction && !nounRight ? fraction[0].length : 0)) ? { cls: _memberOfAbbreviation(text) ?? (_unionOnlyBefore(text.slice(0, m.start)) || (named.cls === 'party_member' && state.unionArticle() && _namesNoBody(text) && !_partyOnlyBefore(previous, index, paragraphOf)) ? 'union_member' : named.cls), length: named.length } : named;
    const denominator = slashBefore && DENOMINATOR_BEFORE.test(left.slice(-8));
    let until = text.length;
    for (let j = k + 1; j < mentions.length; j++) {
      // (A duration or an age inside the noun's phrase ends no clause: "100% người lao động có hợp đồng từ 1 tháng
      // trở lên tham gia công đoàn".)
      if (mentions[j]!.start >= trailingStart && !_durationAt(text, mentions[j]!.end)) {
        // ("209 đoàn viên (chiếm 40,8%) đã được kết nạp vào Đảng": a bracket right after the noun is passed over; what
        // follows it is said of the figure.)
        if (!inBracket && OPEN_BRACKET_RIGHT_AFTER.test(text.slice(trailingStart, mentions[j]!.start))) {
          const close = text.indexOf(')', mentions[j]!.start);
          if (close >= 0 && close - trailingStart < 120) continue;
        }
        until = mentions[j]!.start;
        break;
      }
    }
    // ("công nhân Công ty … (112 lao động) gia nhập tổ chức công đoàn": what follows a bracket is not said of a figure inside it.)
    if (inBracket) {
      const close = text.indexOf(')', trailingStart);
      if (close >= 0 && close < until) until = close;
    }
    let trailing = denominator ? '' : _clauseAfter(text, trailingStart, until);
    // (The bracket passed over is no part of what is said of the figure: "11 đảng viên (chưa tính 02 đồng chí vừa được kết
    // nạp), phần lớn là …".)
    if (trailing.length > 0 && OPEN_BRACKET_RIGHT_AFTER_START.test(trailing)) {
      const close = trailing.indexOf(')');
      if (close >= 0) trailing = ` ${trailing.slice(close + 1)}`;
    }
    const ctx: MentionContext = { sentence: text, at: m.start, trailing, youthArticle: state.youthArticle };
    if (noun && approx === 'exact' && AT_LEAST_AFTER_GATED.test(text.slice(trailingStart, trailingStart + 48), text)) approx = 'at_least';

    // 6. and 7. metric: counts by noun and verb, percents by what they qualify
    let read: CountReading;
    respective ??= RESPECTIVE_WORD.test(text, text) || _mayListFigures(text, mentions) ? _respectiveFigures(text, mentions) : new Map<number, RespectiveFigure>();
    const alone = respective.get(k);
    let samePeriod: Draft | null = null;
    if (alone !== undefined) {
      const own = extractFacts(alone.sentence, { published: published ?? undefined }).find((f) => f.mention.start === alone.at && f.value === m.value);
      if (own === undefined) continue;
      read = { reading: { metric: own.metric, kind: own.kind }, confidence: 0.7, isDelta: false, governs: null };
    } else if (m.unit === 'count' && (samePeriod = _samePeriodFigureOf(drafts, firstDraftOfSentence, text, m.start, noun === null ? null : right.slice(0, noun.length).trim().toLowerCase())) !== null) {
      // "giới thiệu 236 đoàn viên ưu tú … (cùng kỳ 219)", "cho 1.126 học viên (cùng kỳ 998 học viên)": the same count a
      // year before, read as the count it follows is (and never the figure a later rate or part refers to).
      read = { reading: { metric: samePeriod.metric, kind: samePeriod.kind }, confidence: 0.8, isDelta: true, governs: null };
    } else if (m.unit === 'count') {
      const parent = parentDraft && parentDraft.unit === 'count' ? { metric: parentDraft.metric, kind: parentDraft.kind } : null;
      const mention: CountMention = { m, left, right, noun, trailingStart, direct, verb, inherited, comparison, ctx, parent, quietBefore: state.quiet ?? null };
      // (The parts of those inspected or disciplined are too: "giám sát 9 tổ chức đảng và 14 đảng viên, trong đó
      // có 6 đảng viên là cấp ủy viên".)
      if (_partOfRejected(breakdowns, rejectedEnd, acceptedEnd, m.start)) {
        rejectedEnd = m.end;
        continue;
      }
      if (_isNotACount(mention)) {
        if (_isInspected(left)) rejectedEnd = m.end;
        continue;
      }
      read = _countReading(mention, drafts, firstDraftOfSentence);
      if (read.governs) governing = read.governs;
    } else {
      // (A verb of an earlier clause governs no rate with a noun of its own past a ";": "… giới thiệu ít nhất 2 đoàn viên
      // ưu tú …; 100% đoàn viên được tuyên truyền …".)
      const lastVerb = inherited && (noun !== null || OWN_SUBJECT_AFTER_RATE.test(right)) ? verbs.filter((v) => v.end <= m.start).at(-1) : undefined;
      const ownClause = lastVerb !== undefined && text.slice(lastVerb.end, m.start).includes(';');
      let percent = _percentReading(m, left, noun?.cls ?? null, ownClause ? null : verb, ctx, drafts, firstDraftOfSentence);
      // "- Đoàn viên: 98.732/106.540 CNLĐ" then "- Tỷ lệ: 92,7%": the rate of the fraction the sentence before gave.
      if (percent === null && drafts.length === firstDraftOfSentence && RATE_LABEL_OPENS.test(left)) {
        let from = drafts.length;
        while (from > 0 && drafts[from - 1]!.sentenceIndex === index - 1) from--;
        const part = from < drafts.length ? _partOverWhole(m, drafts, from) : null;
        if (part !== null) percent = { metric: part, kind: 'share' };
      }
      // "Kết nạp 87 đảng viên mới" then a line "Đạt 108,7% chỉ tiêu năm": the achievement of the count the sentence before gave.
      if (percent === null && drafts.length === firstDraftOfSentence && ACHIEVEMENT_OPENS.test(left) && PLAN_NAMED_AFTER_RATE.test(right.slice(0, 30))) {
        const before = drafts.length > 0 ? drafts[drafts.length - 1]! : null;
        if (before !== null && before.sentenceIndex === index - 1 && before.unit === 'count' && !before.isDelta && before.kind !== 'target') percent = { metric: before.metric, kind: 'achievement' };
      }
      read = { reading: percent, confidence: 0.7, isDelta: false, governs: null };
    }
    // ("kết nạp 96 đảng viên, nhiều hơn năm 2015 là 14 đảng viên": the difference from another period's flow, a change of it
    // that no rate after it refers to.)
    if (m.unit === 'count' && !read.isDelta && left.includes('hơn') && FLOW_DIFFERENCE_BEFORE.test(left.slice(-64))) {
      let flow: Draft | null = null;
      for (let i = drafts.length - 1; i >= firstDraftOfSentence && flow === null; i--) if (drafts[i]!.unit === 'count' && !drafts[i]!.isDelta) flow = drafts[i]!;
      // (Also of a state, compared with another time: "số đảng viên là 812, ít hơn 23 đảng viên so với cuối năm 2019".)
      if (flow !== null && (flow.kind !== 'stock' || (difference && flow.metric === read.reading?.metric)) && read.reading !== null && _sameFamily(flow.metric, read.reading.metric)) read = { reading: { metric: flow.metric, kind: 'flow' }, confidence: 0.6, isDelta: true, governs: null };
    }
    const { confidence, isDelta } = read;
    let reading = read.reading;
    // ("Năm 2022, kết nạp 17 đảng viên. Năm 2023, 24 đảng viên. 11 tháng năm 2024, 19 đảng viên.": a step of a series told
    // sentence by sentence, the verb left out, counts what the step before it did.)
    if (m.unit === 'count' && noun !== null && reading !== null && reading.kind === 'stock' && previous !== null && drafts.length === firstDraftOfSentence) {
      const step = _seriesStepBefore(previous, index, drafts, left, right, right.slice(0, noun.length), paragraphOf);
      if (step !== null) reading = step;
    }
    // ("Công đoàn Công ty hiện có 4.051 đoàn viên, tỷ lệ tập hợp đạt 99,3%": the union's density, its members' share of the
    // workforce, named by what a union does, "tập hợp", alone.)
    if (m.unit === 'percent' && reading === null && left.includes('tập hợp') && DENSITY_NAMED_BEFORE.test(left.slice(-60))) reading = { metric: 'union_members', kind: 'share' };
    // ("… thành lập 90 công đoàn cơ sở; sau 6 tháng, chúng tôi mới đạt 53,8% chỉ tiêu về đoàn viên": the plan a rate names
    // after it, with its noun, is what the rate is of.)
    if (m.unit === 'percent' && reading !== null && reading.kind === 'achievement' && right.includes('về')) {
      const plan = PLAN_ABOUT_AFTER.exec(right);
      // ("… chỉ tiêu về phát triển đoàn viên": the plan's verb may come before its noun.)
      const about = plan === null ? '' : right.slice(plan[0].length);
      const deed = plan === null ? null : _verbAtStart(about);
      const named = plan === null ? null : _nounAt(deed === null ? about : about.slice(deed.length).trimStart());
      const of = named === null ? null : metricFor(named.cls, deed?.cls ?? 'increase', ctx);
      if (of !== null) reading = { metric: of.metric, kind: 'achievement' };
    }
    // ("… 1.415 đoàn viên được kết nạp Đảng. Trong đó, khu vực Cần Thơ (cũ) 903 người, …": people with nothing said of them,
    // after a sentence-initial "Trong đó", are a part of the people the sentence before counted last.)
    // ("… cho 60 quần chúng ưu tú. Trong đó có 19 quần chúng là công nhân …": so are people named as those counted were.)
    if (reading === null && m.unit === 'count' && (noun?.cls === 'person' || noun?.cls === 'outstanding') && breakdown.parent === -1 && firstDraftOfSentence > 0) {
      const before = drafts[firstDraftOfSentence - 1]!;
      if (before.unit === 'count' && !before.isDelta && before.kind !== 'target' && PEOPLE_METRICS.has(before.metric) && paragraphOf(before.sentenceIndex) === paragraphOf(index)) reading = { metric: before.metric, kind: before.kind };
    }
    // ("… CĐCS Công ty TNHH MTV Thuốc lá Đông Kinh: 168 đoàn viên/171 lao động; CĐCS Công ty CP Vật tư nông nghiệp Kỳ Lừa
    // 95/98": a bare fraction after the next body of a run-down counts what the fraction before it did, part and whole.)
    if (m.unit === 'count' && noun === null && (reading === null || reading.kind === 'stock')) {
      const listed = _nextFractionOfRunDown(drafts, firstDraftOfSentence, text, m, left, right);
      if (listed !== null) reading = listed;
    }
    // ("… như Đảng bộ Tập đoàn … (905 đảng viên), Đảng bộ Tập đoàn … (812 đảng viên) và Đảng bộ … (498 đảng viên)": the
    // items of a bracketed list of bodies, each with the same noun, count what the first does.)
    if (m.unit === 'count' && noun !== null && reading !== null && right.charCodeAt(noun.length) === 0x29 && left.charCodeAt(left.length - 1) === 0x28) {
      const listed = _nextOfNamedBracketList(drafts, firstDraftOfSentence, text, m.start, right.slice(0, noun.length));
      if (listed !== null) reading = listed;
    }
    // ("Các địa phương dẫn đầu cả nước về phát triển đoàn viên là TP Hồ Chí Minh (136.112 đoàn viên), Bình Dương (…)", "đứng thứ
    // 3 cả nước về số đoàn viên kết nạp mới, chỉ sau TP Hồ Chí Minh (102.300 đoàn viên)": the figures of a ranking by a deed
    // count that deed's members.)
    if (m.unit === 'count' && noun !== null && reading !== null && reading.kind === 'stock' && left.charCodeAt(left.length - 1) === 0x28 && right.charCodeAt(noun.length) === 0x29) {
      const ranked = _rankedByDeed(left, right.slice(0, noun.length));
      const flow = ranked === null ? null : metricFor(noun.cls, ranked, ctx);
      if (flow !== null && flow.kind === 'flow') reading = flow;
    }
    // ("- Kết nạp đảng viên: 1.862 đồng chí" then "- Đảng viên nữ: 971 (52,1%)": a count whose share in brackets is its
    // share of the admissions just counted is a part of those admitted, not of all members.)
    if (reading !== null && reading.metric === 'party_members' && reading.kind === 'stock' && m.unit === 'count' && !isDelta && right.charCodeAt(1) === 0x28 && _shareOfAdmitted(m.value, right, drafts)) reading = { metric: 'party_admissions', kind: 'flow' };
    // ("kết nạp 41 đảng viên, trong đó nữ chiếm 46,3%, đoàn viên thanh niên chiếm 70,7%", "Trong số 173 đảng viên mới, công nhân
    // trực tiếp sản xuất chiếm 64,7%", "cho 126 học viên, trong đó 84,1% là đoàn viên thanh niên": the share of those admitted,
    // trained or referred who are of some kind is a share of them, whatever noun names the kind.)
    if (m.unit === 'percent' && reading !== null && reading.kind === 'share' && !isDelta && PEOPLE_OF_A_KIND.has(reading.metric)) {
      const whole = parentDraft ?? _countOpeningSentence(drafts, firstDraftOfSentence, text);
      if (whole !== undefined && whole.unit === 'count' && whole.kind === 'flow' && !whole.isDelta && PEOPLE_FLOWS.has(whole.metric)) reading = { metric: whole.metric, kind: 'share' };
    }
    // "26 hội viên được kết nạp Đảng", "172 hội viên là đảng viên": members of an association (whom we do not
    // count) admitted to the Party, or who are Party members.
    if (m.unit === 'count' && noun === null) {
      const joined = ASSOCIATION_MEMBERS_IN_PARTY.exec(right);
      if (joined !== null) reading = joined[1] !== undefined ? { metric: 'party_admissions', kind: 'flow' } : { metric: 'party_members', kind: 'stock' };
    }
    // "số đoàn viên ưu tú được giới thiệu và kết nạp qua các năm như sau: năm 2019: 1.820 và 1.062; …": each
    // pair of bare figures counts, in order, what the two verbs of the heading name.
    if (m.unit === 'count' && noun === null) {
      const pair: 0 | 1 | null = PAIR_FIRST_AFTER.test(right) ? 0 : PAIR_SECOND_BEFORE.test(left.slice(-32)) ? 1 : null;
      if (pair !== null) {
        if (pairs === undefined) pairs = _pairHeading(text, ctx) ?? _pairOfPrevious(text, drafts, index, paragraphOf);
        if (pairs !== null && m.start > pairs.from) reading = pairs.readings[pair];
      }
    }
    // "+ Thành ủy Sóc Trăng: 152;" under "Kết quả kết nạp đảng viên của các đảng bộ trực thuộc:": the item's
    // figure counts what its heading names.
    // (So does a body named in the label, "+ Đảng bộ Quân sự tỉnh: 68;": its name is no noun of the figure.)
    // ("Đảng viên" / "312 đồng chí. Trong đó …": so does a figure of people opening a line under it with no noun of its own;
    // a bare figure there may be a list's number or a chart's axis.)
    const opensLine = !reading && noun?.cls === 'person' && left.trim() === '';
    if (m.unit === 'count' && state.itemHeading !== null && (opensLine || (_isItemLabel(left) && (!reading || (noun === null && NAMED_BODY_LABEL.test(left)))))) {
      // ("Thành lập mới trong 8 tháng: 4" under "Công đoàn cơ sở": a label that names a deed says what befell what the
      // heading counts.)
      reading = _itemHeadingReading(state.itemHeading, left, m.raw, published) ?? reading;
    } else if (m.unit === 'count' && state.itemHeading !== null && reading && reading.kind === 'stock' && _isItemLabel(left)) {
      // ("Số đảng viên kết nạp trong năm phân theo địa bàn:" over "+ KCN Quế Võ: 97 đảng viên;": the heading's deed.)
      const heading = _itemHeadingReading(state.itemHeading, left, m.raw, published);
      // (Only a deed that names another metric of the family: a heading where members "tăng đều" counts members still.)
      if (heading !== null && heading.kind === 'flow' && heading.metric !== reading.metric && _sameFamily(heading.metric, reading.metric)) reading = heading;
    }
    // "Tổ chức đoàn: 173 (đoàn cơ sở 38, chi đoàn cơ sở 135)", "giới thiệu: 214 người ưu tú (ĐVCĐ: 139; ĐVTN: 75)":
    // bare figures under short labels in a bracket right after a count are its parts.
    const labelledTotal = m.unit === 'count' && noun === null && inBracket ? _bracketLabelledPartOf(text, m.start, drafts, firstDraftOfSentence) : null;
    if (labelledTotal !== null) reading = { metric: drafts[labelledTotal]!.metric, kind: drafts[labelledTotal]!.kind };
    // ("số lao động khoảng 24.300 người, trong đó đã tham gia công đoàn 15.870 người": workers said to have joined the
    // union right before their figure are its members.)
    if (m.unit === 'count' && reading?.metric === 'workers' && reading.kind === 'stock' && JOINED_UNION_BEFORE.test(left.slice(-48))) reading = { metric: 'union_members', kind: 'stock' };
    if (!reading) continue;
    // A sentence-initial "Trong đó" breaks down the count the previous sentence just gave: its parts
    // count the same thing ("… kết nạp 203 đảng viên. Trong đó có 71 đảng viên là công nhân" → admissions).
    if (breakdown.parent === -1 && m.unit === 'count') reading = _pendingPartReading(reading, drafts, firstDraftOfSentence, index);
    // The items under "giới thiệu 412 đoàn viên ưu tú …; trong đó:" are people of that flow, however
    // their label names them ("+ Đoàn viên là công nhân trực tiếp sản xuất: 287 người;" → referrals).
    if (state.partOf !== null && parentDraft === drafts[state.partOf] && parentDraft !== undefined && m.unit === 'count' && parentDraft.kind === 'flow' && reading.kind === 'stock' && PEOPLE_METRICS.has(reading.metric) && PEOPLE_METRICS.has(parentDraft.metric)) {
      reading = { metric: parentDraft.metric, kind: parentDraft.kind };
    }
    // ("… 2.580 người lao động đăng ký gia nhập công đoàn, trong đó 2.104 người đã được kết nạp": people admitted, a part of
    // those who joined the union, in a sentence that names no Party, were admitted to the union.)
    if (parentDraft !== undefined && m.unit === 'count' && reading.metric === 'party_admissions' && parentDraft.metric === 'union_members' && parentDraft.kind === 'flow' && !PARTY_NAMED.test(text)) reading = { metric: 'union_members', kind: 'flow' };

    // 6. kind: a target context wins, for counts and percents alike
    let kind = reading.kind;
    // "đã thành lập 12 chi bộ …, với tổng số 173 đảng viên": organisations described with their
    // members are the current state, not this period's new ones ("thành lập mới" stays a flow).
    // "Doanh nghiệp có 1.350 công nhân thì 1.290 người đã vào công đoàn": those of a workforce just stated who have
    // joined are its members now.
    if (m.unit === 'count' && kind === 'flow' && reading.metric === 'union_members' && left.endsWith('thì ') && OF_WORKFORCE_BEFORE.test(left.slice(-80))) kind = 'stock';
    // (So are those of a list the verb governs, when the first was: "đã thành lập 138 CĐCS với 29.870 ĐVCĐ; 44 tổ chức
    // đoàn với 2.310 đoàn viên".)
    // (Unions only where "đã" says they have been founded to date: "thành lập 21 CĐCS với 1.376 đoàn viên" in a period's
    // report is what the period founded, its members recruited with it; the members of a new Party cell or Youth Union
    // branch mostly come from elsewhere, and such bodies with their members are reported as a state.)
    const foundFirst = direct === 'found' ? !_newlyBefore(left, lastOfLeft) && (reading.metric !== 'union_grassroots' || FOUNDED_TO_DATE_BEFORE.test(left.slice(-40))) : direct === null && inherited && verb === 'found' && _lastFoundWasStock(drafts, firstDraftOfSentence);
    if (foundFirst && m.unit === 'count' && kind === 'flow' && FOUND_WITH_MEMBERS.test(text.slice(trailingStart, trailingStart + 60).split(';')[0] ?? '')) kind = 'stock';
    // ("thành lập 18 CĐCS với 1.046 đoàn viên": the members of bodies the period founded joined in it.)
    else if (m.unit === 'count' && kind === 'stock' && (direct === 'stock' || direct === null) && (reading.metric === 'union_members' || reading.metric === 'party_members') && _membersOfFoundedFlow(drafts, firstDraftOfSentence, text, m.start, reading.metric)) kind = 'flow';
    // (A figure of a list that its sentence gives a year each for is of its own year.)
    const period = alone?.period !== undefined ? { start: m.start, period: alone.period, asOf: null } : periodAt(periods, m.start, state.period, text);
    // (What "hiện có" states is the present, in a list of goals too: "6. Trên địa bàn huyện hiện có 57 doanh
    // nghiệp …; phấn đấu …", and whatever period the paragraph spoke of before.)
    // ("Đại hội sẽ diễn ra … với 300 đại biểu, đại diện cho hơn 196.000 đoàn viên": those represented exist now.)
    const represented = m.unit === 'count' && REPRESENTED_BEFORE.test(left.slice(-40), text);
    const present = direct === 'stock' && PRESENT_STOCK_BEFORE.test(left.slice(-120), text);
    // ("Theo kế hoạch, hiện trên địa bàn phường có 312 doanh nghiệp": a clause that opens with "hiện" after the goal cue
    // states the present, which no goal governs.)
    const presentClause = direct === 'stock' && cues.targets.length > 0 ? PRESENT_CLAUSE_BEFORE.exec(left.slice(-120), text) : null;
    const presentAfterCue = presentClause !== null && cues.targets.every((t) => t.at < m.start - left.slice(-120).length + presentClause.index);
    // (A later period of an earlier sentence makes plans of what is done, not of what exists: "Giai đoạn
    // 2026 - 2030, … Mỗi năm thành lập mới 5 chi bộ" plans; "… Công đoàn các KCN có 113 CĐCS" states.)
    // ("Giai đoạn 2024 – 2025: Thành lập mới ít nhất 10 tổ chức cơ sở đảng; …" in 2024: a span that starts this
    // year and ends later heads what is planned for it, when nothing in the sentence reports a result.)
    // (A change said in brackets, "(giảm 2 tổ chức …)", is no part of the breakdown it stands in.)
    const bracketedChange = inBracket && direct === 'increase' && reading.kind === 'flow';
    // ("Nghị quyết đề ra 5 chỉ tiêu cụ thể đến năm 2025. Sau 3 năm, … chỉ tiêu … là 15, thực hiện 17": a sentence that sets
    // results against plans reports what was done, whatever later year the sentence before named.)
    const reviewed = m.unit === 'count' ? reading.kind === 'flow' : kind === 'achievement';
    const resultsReported = reviewed && period !== null && !periods.includes(period) && text.includes('thực hiện') && PLAN_AND_RESULT.test(text);
    const future = !resultsReported && (_isFuture(period, published) || (_startsNowEndsLater(period, published) && periods.includes(period!) && !cues.results.some((r) => r < m.start) && !/(?<![\p{L}])đã(?![\p{L}])/u.test(left))) && (kind !== 'stock' || (period !== null && periods.includes(period)));
    // ("Theo kế hoạch, năm 2016 Đảng bộ Khối có 38 TCCSĐ" in 2017: a plan cited for a past year recalls what was.)
    const cue = _targetCueAt(cues, m.start);
    const recalled = cue?.source === true && _isPast(period, published);
    const announced = state.announcedTargets === true && cues.results.length === 0 && !/(?<![\p{L}])đã(?![\p{L}])/u.test(text);
    // ("Chỉ tiêu năm 2023 là …; sau 6 tháng, chúng tôi mới đạt 53,8% chỉ tiêu về đoàn viên": a rate said to be reached
    // ("đã", "mới", "chỉ") after the goals is how far they are met.)
    // ("chỉ tiêu thành lập mới 25 chi bộ …, mới thực hiện được 14, đạt 56%": a result said done after the plan, and its rate.)
    // (A bare figure read as the plan it follows is the result when said done: "chỉ tiêu … 25 chi bộ …, mới thực hiện được 14".)
    if (m.unit === 'count' && noun === null && kind === 'target' && drafts.length > firstDraftOfSentence && drafts[drafts.length - 1]!.kind === 'target' && (left.includes('thực hiện', left.length - 32) || left.includes('được', left.length - 32) || left.includes('đã', left.length - 32)) && RESULT_DONE_BEFORE.test(left.slice(-32))) kind = 'flow';
    const done = (m.unit === 'count' && kind === 'flow' && (left.includes('thực hiện', left.length - 32) || left.includes('được', left.length - 32)) && RESULT_DONE_BEFORE.test(left.slice(-32))) || (m.unit === 'percent' && kind === 'achievement' && _afterDoneResult(drafts, firstDraftOfSentence, text, m.start));
    const reached = done || (m.unit === 'percent' && kind === 'achievement' && left.includes('đạt') && REACHED_BEFORE.test(left.slice(-24)));
    if (!represented && !reached && ((cue !== null && !presentAfterCue && !recalled) || (!present && (state.targetList || future || announced)))) kind = 'target';
    // ("…, vượt chỉ tiêu 85% mà Chỉ thị đề ra", "vượt mục tiêu 9.000 đoàn viên", "trong khi Nghị quyết Đại hội đề ra 80%": the
    // plan a result is set against, named right before its figure.)
    else if (kind !== 'target' && (left.includes('tiêu', left.length - 48) || left.includes('đề ra', left.length - 48) || left.includes('đặt ra', left.length - 48)) && PLAN_NAMED_BEFORE_FIGURE.test(left.slice(-48))) kind = 'target';
    // (A change said of its own, "…, tăng 412 đảng viên so với đầu nhiệm kỳ", is no part: it keeps its kind.)
    // (A part that counts something else keeps its own: "47 đảng viên, trong đó 39 đồng chí được kết nạp tại chỗ".)
    // (Nor a change in brackets: "…, trong đó 39 tổ chức cơ sở đảng trong doanh nghiệp (giảm 2 tổ chức cơ sở đảng do hợp nhất …)".)
    else if (parentDraft && m.unit === 'count' && parentDraft.unit === 'count' && !comparison && !bracketedChange && _sameMetricTotal(drafts, breakdown.parent!, reading.metric) !== null) kind = drafts[_sameMetricTotal(drafts, breakdown.parent!, reading.metric)!]!.kind;
    // "…, vượt 21,5% so với chỉ tiêu nghị quyết đề ra là 400 đảng viên": the quota itself, restated
    // after a result; a quota of members beside admissions is an admissions quota.
    let metric = reading.metric;
    // ("…, vượt chỉ tiêu nhiệm kỳ mà Nghị quyết Đại hội … đề ra (100 CĐCS và 10.000 đoàn viên)": the quotas in a bracket
    // after the plan named, each of its list.)
    if (m.unit === 'count' && ((mayEndQuota(left) && QUOTA_BEFORE.test(left.slice(-64))) || (inBracket && _quotaInBracket(left)))) {
      kind = 'target';
      // (… as is one after "kết nạp": "phấn đấu kết nạp đạt và vượt chỉ tiêu 50 đảng viên".)
      // (… and so is a quota of members assigned: "Đảng bộ Khối được giao chỉ tiêu 150 đảng viên".)
      if (metric === 'party_members' && (drafts.slice(firstDraftOfSentence).some((d) => d.metric === 'party_admissions') || /kết nạp|giao chỉ tiêu/iu.test(left.slice(-80)))) metric = 'party_admissions';
      // ("giới thiệu 412 đoàn viên …; 187 đoàn viên được kết nạp vào Đảng, đạt 62,3% chỉ tiêu cả năm (300 đảng viên)": the
      // quota of what the achievement before it measures.)
      const achieved = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
      if (achieved !== null && achieved.unit === 'percent' && achieved.kind === 'achievement' && PEOPLE_METRICS.has(metric) && PEOPLE_METRICS.has(achieved.metric)) metric = achieved.metric;
      // ("…; có 205 đoàn viên được kết nạp vào Đảng, vượt chỉ tiêu đại hội đề ra (150 đoàn viên)": the quota of the count
      // the goal was met by.)
      else if (achieved !== null && achieved.unit === 'count' && achieved.kind === 'flow' && !achieved.isDelta && PEOPLE_METRICS.has(metric) && PEOPLE_METRICS.has(achieved.metric) && QUOTA_MET_AFTER_COUNT.test(text.slice(achieved.mentionEnd, m.start))) metric = achieved.metric;
    }
    // ("Chỉ tiêu được giao cụ thể: Đảng ủy phường Điện Biên Phủ 15 đảng viên, …", "Đảng bộ Công ty … được giao 20 đảng viên": a
    // quota of Party members handed out is a quota of admissions.)
    if (m.unit === 'count' && metric === 'party_members' && (kind === 'target' || ASSIGNED_BEFORE_FIGURE.test(left.slice(-24))) && _membersQuotaBefore(left)) {
      metric = 'party_admissions';
      kind = 'target';
    }
    // "hoàn thành chỉ tiêu kết nạp 500 đoàn viên", "hoàn thành chỉ tiêu thành lập mới 25 CĐCS": the quota met, named with its figure.
    if (m.unit === 'count' && kind === 'flow' && left.length > 20 && _quotaNearEnd(left) && QUOTA_NAMED_BEFORE.test(left.slice(-60))) kind = 'target';
    // "Chỉ tiêu năm 2025 giao cho khu vực Bến Tre (cũ) là 1.400 đảng viên": a quota given in Party members is
    // one of members to admit.
    // (So is one under a plain label: "Chỉ tiêu năm 2022: 80 đảng viên".)
    // (So is a year's plan or quota that simply "is" N members: "Kế hoạch năm 2016 của Đảng bộ Khối là 350 đảng viên";
    // a plan for the membership names it: "kế hoạch … tổng số đảng viên là …".)
    // ("Mục tiêu 200 đảng viên mỗi năm": members a year, those to admit.)
    if (kind === 'target' && metric === 'party_members' && noun !== null && PER_YEAR_AFTER.test(text.slice(trailingStart, trailingStart + 16))) metric = 'party_admissions';
    else if (kind === 'target' && metric === 'party_members' && (direct === null || direct === 'stock') && ((/chỉ tiêu/iu.test(left) && (ASSIGNED_QUOTA_BEFORE.test(left.slice(-100)) || QUOTA_LABEL_BEFORE.test(left.slice(-60)))) || PLAN_IS_BEFORE.test(left.slice(-120)))) metric = 'party_admissions';
    // ("Chỉ tiêu kết nạp đảng viên trong doanh nghiệp năm 2026 của Đảng ủy xã là 30 đảng viên": a goal in members after the
    // admission it names, with no state between, "có", "tổng số", "đạt", is one of members to admit.)
    else if (kind === 'target' && metric === 'party_members' && m.unit === 'count' && (direct === null || direct === 'stock') && _admissionGoalBefore(left)) metric = 'party_admissions';
    // "… được kết nạp vào Đảng (năm 2023: 540 người)": the same count for an earlier period.
    if (m.unit === 'count' && (noun === null || noun.cls === 'person') && inBracket && PRIOR_PERIOD_IN_BRACKET.test(left.slice(-40))) {
      const open = text.lastIndexOf('(', m.start);
      const before = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
      if (before !== null && before.unit === 'count' && !before.isDelta && before.mentionEnd <= open) {
        metric = before.metric;
        kind = before.kind;
      }
    }

    // "tăng 5 TCCSĐ so với đầu nhiệm kỳ 2020-2025 (21 TCCSĐ)": the figure the change is from, a state when the
    // change is one of a state, a flow when it is a difference of flows.
    if (m.unit === 'count' && inBracket && drafts.length > firstDraftOfSentence) {
      const open = text.lastIndexOf('(', m.start);
      const before = drafts[drafts.length - 1]!;
      if (before.mentionEnd <= open && before.metric === metric && before.kind === 'flow' && COMPARED_WITH_BEFORE_BRACKET.test(text.slice(before.mentionEnd, open)) && /^\s*$/u.test(text.slice(open + 1, m.start))) kind = before.isDelta ? 'flow' : 'stock';
    }
    // "62 đảng viên này được kết nạp tại 18 chi bộ doanh nghiệp, nhiều nhất là Chi bộ Công ty … (7 đảng viên)": the
    // most (or fewest) of a flow just stated, in brackets after the body named, are of that flow.
    if (m.unit === 'count' && inBracket && kind === 'stock' && SUPERLATIVE_BEFORE_BRACKET.test(text.slice(Math.max(0, m.start - 120), m.start))) {
      for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
        const d = drafts[i]!;
        if (d.unit === 'count' && d.kind === 'flow' && !d.isDelta && _sameFamily(d.metric, metric)) {
          metric = d.metric;
          kind = 'flow';
          break;
        }
      }
    }
    // "287 đoàn viên đã được kết nạp vào Đảng (khu vực doanh nghiệp ngoài nhà nước: 103 đoàn viên)": a bracket after
    // a count that gives, under a label, a figure of the same noun gives a part of that count.
    let bracketTotal: number | null = labelledTotal;
    if (labelledTotal !== null) kind = drafts[labelledTotal]!.kind;
    else if (m.unit === 'count' && noun !== null && inBracket) {
      bracketTotal = _bracketPartOf(text, m.start, text.slice(m.end, m.end + noun.length), noun.cls, drafts, firstDraftOfSentence);
      if (bracketTotal !== null) {
        metric = drafts[bracketTotal]!.metric;
        kind = drafts[bracketTotal]!.kind;
      }
    }

    // 8. scope and period
    const previousEnd = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]!.mentionEnd : 0;
    const scope = findScope(text, m.start, breakdowns, previousEnd) ?? (drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]!.scope : state.scope);
    const draft: Draft = {
      metric,
      value: m.value,
      unit: m.unit,
      kind,
      approx,
      scope,
      period: period?.period ?? null,
      as_of: kind === 'stock' ? (period?.asOf ?? null) : null,
      confidence,
      sentenceIndex: index,
      mentionStart: m.start,
      mentionEnd: m.end + (noun ? (nounRight ? 0 : (fraction?.[0].length ?? 0)) + noun.length : 0),
      verb,
      parentIndex: bracketTotal ?? (breakdown.parent !== null && breakdown.parent >= 0 && !bracketedChange ? _totalFor(drafts, breakdown.parent, metric) : null),
      pendingParent: breakdown.parent === -1,
      isDelta,
    };
    // (Set after the literal: a conditional spread costs more. A draft's key order is never seen.)
    if (m.valueMax !== undefined) draft.value_max = m.valueMax;
    // "236/250 người, đạt 94,4%": a result over its plan, the rate being the one over the other.
    if (draft.unit === 'percent' && draft.kind === 'achievement') _planOfFraction(drafts, firstDraftOfSentence, text, m);
    drafts.push(draft);
    acceptedEnd = m.end;
    if (scope) state.scope = scope;
  }
  // (The term that names a congress dates no later sentence: "… chuẩn bị đại hội chi bộ nhiệm kỳ 2020 - 2022. Toàn Đảng bộ
  // tỉnh kết nạp 1.167 đảng viên" counts this year's admissions, not the next term's.)
  for (let p = periods.length - 1; p >= 0; p--) {
    if (_namesCongress(text, periods[p]!.start)) continue;
    state.period = periods[p]!;
    break;
  }
}

/** "đại hội chi bộ " right before "nhiệm kỳ": the term names the congress. */
const CONGRESS_NAMED_BEFORE = /(?<![\p{L}])đại hội(?:\s+(?:đại biểu|chi bộ|đảng bộ|cơ sở|công đoàn|đoàn|các|cấp|\p{Lu}[\p{L}]*))*\s*,?\s*$/iu;

/** Whether the period at `start` is the term of a congress named right before it ("đại hội chi bộ nhiệm kỳ 2020 - 2022"). */
function _namesCongress(text: string, start: number): boolean {
  return text.startsWith('nhiệm kỳ', start) && CONGRESS_NAMED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
