/**
 * Step 7 of extractFacts: what a percent is a share or an achievement of.
 */
import { ACHIEVEMENT_BEFORE, BODIES_A_UNIT_HAS, DEED_ONLY_LABEL_HEAD, PERCENT_NOT_METRIC_AFTER, RATE_NOUN, RESPECTIVELY, SHARE_BEFORE, UNITS_NO_METRIC_COUNTS, type NounClass, type VerbClass } from '../cues.js';
import type { NumberMention } from '../parse-number.js';
import type { Kind, Metric } from '../types.js';
import { gated } from '../needed-words.js';
import { WordEndings } from '../word-boundary.js';
import { _firstNounIn, _lastClauseVerb, _lastNounIn, _nounAt, _verbAtStart } from './cue-scan.js';
import type { Draft } from './draft.js';
import { RATED_TO_STANDARD_AFTER, _isInspected } from './count-reading.js';
import { _headNounAfterCountWord, _newGroupMetric, _previousPeopleReading, _sameFamily, PEOPLE_FLOWS } from './named-counts.js';
import { MEMBERSHIP_NOUNS, PEOPLE_NOUNS, _newMembersReading, _trailingReading, metricFor, type MentionContext, type Reading } from './noun-verb-metric.js';

/** "100% chỉ tiêu …", "85% kế hoạch năm 2024 …": a plan named after a percent, before its verb. */
const PLAN_AFTER = /^\s*(?:số\s+)?(?:chỉ tiêu|kế hoạch)(?:\s+năm(?:\s+(?:19|20)\d{2})?)?(?:\s+(?:về|của))?\s+/iu;

/** A sentence that opens by referring back to a result, up to its rate: "Kết quả trên đạt ", "Như vậy, con số này mới bằng ". */
const RESULT_REFERRED_BEFORE = /^\s*(?:[^,;:.\d]{0,30},\s*)?(?:kết quả|con số|số lượng)\s+(?:này|trên|nói trên|đó|ấy)\s+(?:(?:đã|mới|chỉ|cũng)\s+)*(?:đạt|bằng|vượt)\s+(?:(?:tỷ lệ|tỉ lệ|mức|gần|hơn|khoảng|trên)\s+)*$/iu;

/** What the clause right before an achievement says was done, "kết quả phát triển đoàn viên mới đạt ", if it has no figure. */
function _doneInClause(left: string, ctx: MentionContext): Reading | null {
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('('), left.lastIndexOf(')')) + 1);
  if (clause.length < 8 || /\d/u.test(clause)) return null;
  const verb = _lastClauseVerb(clause);
  const noun = verb === null ? null : _lastNounIn(clause);
  const r = noun === null ? null : metricFor(noun.cls, verb!, ctx);
  return r === null ? null : { metric: r.metric, kind: 'achievement' };
}

/** "là tỷ lệ " right after a percent: the rate it is, named next. */
const RATE_NAMED_AFTER = /^\s*là\s+(?:tỷ lệ|tỉ lệ)\s+/u;

/** What joins a ratio's numerator to its denominator: "/", "trên (tổng số)", "trong tổng số". */
// (", trong tổng số " after the part's noun: "31.604 đoàn viên, trong tổng số 34.280 lao động".)
// (An abbreviation in brackets may follow the part's noun: "31.250 đoàn viên công đoàn (ĐVCĐ) trên tổng số 33.870 lao động".)
const RATIO_BETWEEN = /^\s*(?:\([^()\d]{1,12}\)\s*)?(?:\/|trên(?: tổng số)?|,?\s*trong tổng số)\s*$/iu;

/**
 * The metric of the subject of "chiếm" before a percent: a counted noun opening its clause (after the
 * last ",", ";" or ":", and words like "nhưng", "trong đó"), when no figure and no "số"/"tỷ lệ" stand
 * between it and the percent ("nhưng đảng viên chỉ chiếm chưa đến 1%"). A count of the same family
 * just stated in the sentence names it more exactly ("kết nạp 52 ĐV …; trong đó ĐV là người lao động
 * trực tiếp chiếm 61,5%": of those admitted).
 */
function _shareSubject(left: string, ctx: MentionContext, drafts: readonly Draft[], firstDraftOfSentence: number): Metric | null {
  // "Trong số đoàn viên mới, lao động nữ chiếm 62%": the share of the group named.
  const group = /(?:^|[\s,;])trong số\s+(?:các |những )?/iu.exec(left);
  const groupNoun = group ? _nounAt(left.slice(group.index + group[0].length)) : null;
  const groupReading = groupNoun ? metricFor(groupNoun.cls, 'stock', { ...ctx, trailing: '' }) : null;
  if (groupReading) {
    // ("Trong số đoàn viên được giới thiệu, 1.932 đoàn viên đã được kết nạp vào Đảng, đạt tỷ lệ 67,9%": a flow of people
    // counted since the group was named is the part the rate is of.)
    const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
    if (last !== null && last.unit === 'count' && last.kind === 'flow' && !last.isDelta && PEOPLE_FLOWS.has(last.metric) && last.mentionStart > group!.index && last.mentionEnd <= left.length) return last.metric;
    return groupReading.metric;
  }
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':')) + 1);
  // (Ages and years are no figures of the subject: "Đoàn viên là thanh niên dưới 35 tuổi chiếm hơn 60%"; the "số"
  // of "dân tộc thiểu số" is no quantity: "Đảng viên là người dân tộc thiểu số chiếm 47,3%".)
  const opened = _countedMembersOpening(clause.replace(SUBJECT_OPENERS, ''));
  if ((/\d/u.test(clause) && /\d/u.test(clause.replace(AGE_OR_YEAR, ''))) || /(?:^|\s)(?:tổng số|(?<!thiểu\s)số|tỷ lệ|tỉ lệ)\s/iu.test(opened)) return null;
  const noun = _nounAt(opened);
  if (noun === null) return null;
  const r = metricFor(noun.cls, 'stock', { ...ctx, trailing: '' });
  if (r === null) return null;
  // ("Đảng viên nữ chiếm 57,8%; đảng viên dưới 30 tuổi chiếm 78,2% tổng số đảng viên mới": shares of one whole, named once,
  // after the last of them.)
  if (r.metric === 'party_members') {
    const after = ctx.sentence.slice(ctx.at);
    const later = after.indexOf('%') >= 0 ? LATER_SHARE_OF_ADMITTED.exec(after.slice(after.indexOf('%') + 1)) : null;
    if (later !== null && OF_THOSE_ADMITTED_AFTER.test(after.slice(after.indexOf('%') + 1 + later[0].length, after.indexOf('%') + 1 + later[0].length + 50))) return 'party_admissions';
  }
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && _sameFamily(d.metric, r.metric)) return d.metric;
  }
  // "kết nạp 52 đảng viên, trong đó công nhân chiếm 61,5%": people of a breakdown of a flow of people are its share.
  // (The breakdown may list its people with commas: "chỉ tiêu kết nạp 180 đảng viên trở lên, trong đó công nhân, người lao động
  // trong doanh nghiệp chiếm ít nhất 30%".)
  if (PEOPLE_NOUNS.has(noun.cls) && (/^\s*trong (?:đó|số đó)(?![\p{L}])/iu.test(clause) || _breakdownSinceLastCount(left, drafts, firstDraftOfSentence))) {
    for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
      const d = drafts[i]!;
      if (d.unit !== 'count' || d.isDelta) continue;
      if (d.kind !== 'stock' && PEOPLE_FLOWS.has(d.metric)) return d.metric;
      break;
    }
  }
  return r.metric;
}

/** Whether the text since the sentence's last count opens a breakdown: ", trong đó công nhân, người lao động … chiếm ". */
function _breakdownSinceLastCount(left: string, drafts: readonly Draft[], firstDraftOfSentence: number): boolean {
  const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
  return last !== null && last.mentionEnd <= left.length && /^[^;.\d]{0,16}?,\s*trong (?:đó|số đó)(?![\p{L}])[^;\d]*$/iu.test(left.slice(last.mentionEnd));
}

/** "số", "số lượng" opening a clause's subject: "Số đảng viên chiếm …". */
const COUNT_OF_SUBJECT = /^(?:số|số lượng)\s+/iu;

/**
 * A clause that opens with the count of members ("số đảng viên chỉ chiếm 0,6% tổng số lao động", "số đảng viên là
 * công nhân chỉ chiếm chưa tới 2%") without its "số": the members are the part the share is of. Not when the members are
 * those just admitted ("Số đảng viên kết nạp là công nhân chiếm 71,4%") or the count is of something else ("số doanh
 * nghiệp có tổ chức đảng chiếm", "số công nhân lao động là đoàn viên công đoàn chiếm"): those are read further on.
 */
function _countedMembersOpening(clause: string): string {
  const counted = COUNT_OF_SUBJECT.exec(clause);
  if (counted === null) return clause;
  const rest = clause.slice(counted[0].length);
  const noun = _nounAt(rest);
  if (noun === null || !MEMBERSHIP_NOUNS.has(noun.cls) || /(?<![\p{L}])kết nạp(?![\p{L}])/iu.test(rest)) return clause;
  return rest;
}


/** An age ("35 tuổi") or a year ("năm 2024"). */
const AGE_OR_YEAR = /\d+\s*tuổi(?![\p{L}])|(?<![\p{L}])năm\s+(?:19|20)\d{2}(?!\d)/giu;

/** What may end a rate's name before its figure: "đạt", "là", "chiếm", "ở mức", a hedge. */
const RATE_TAIL = /(?:\s+(?:đạt|là|chiếm|ở mức|chỉ|mới|khoảng|gần|hơn|trên|dưới|xấp xỉ|chưa đến|chưa tới|chưa đầy|ước đạt))*\s*:?\s*$/iu;

/** How high a rate is, said before it: " thấp,", " rất cao", " còn khiêm tốn,". */
const RATE_LEVEL = /^\s*(?:(?:rất|khá|còn|vẫn)\s+)?(?:thấp|cao|nhỏ|lớn|khiêm tốn)\s*,?\s*$/iu;

/** Whether the last "tỷ lệ" of a clause names no counted noun before the figure ("tỷ lệ thu gom rác thải đạt "). */
function _rateOfNothing(clause: string): boolean {
  const at = Math.max(clause.toLowerCase().lastIndexOf('tỷ lệ'), clause.toLowerCase().lastIndexOf('tỉ lệ'));
  if (at < 0) return false;
  const named = clause.slice(at + 5).replace(RATE_TAIL, '');
  // ("đạt tỷ lệ 78,8% so với tổng số lao động": a rate that names nothing before its figure is named after it.)
  if (!/\p{L}{2,}/u.test(named)) return false;
  // ("chiếm tỷ lệ thấp, chỉ khoảng 12% tổng số đảng viên": a level, then the rate; the whole is named after it.)
  if (RATE_LEVEL.test(named)) return false;
  // (A rate with a slash or a verb of ours, "tỷ lệ kết nạp/giới thiệu", "tỷ lệ ĐV/LĐ", is ours; so is "tỷ lệ này".)
  return !named.includes('/') && !/(?<![\p{L}])(?:này|đó|kết nạp|giới thiệu|thành lập|phát triển|tham gia công đoàn)(?![\p{L}])/iu.test(named) && _firstNounIn(named) === null;
}

/** Whether "đến" or "tới" stands among the last words (cheaper than DISSEMINATED_TO_BEFORE's scan). */
function _endsWithTo(left: string): boolean {
  const tail = left.slice(-16);
  return tail.includes('đến') || tail.includes('tới');
}

/** Firms named by their size, then the share: "doanh nghiệp … có dưới 10 lao động (chiếm ", "DN sử dụng từ 200 lao động trở lên, chiếm ". */
const FIRM_SIZE_CLASS_BEFORE = /(?<![\p{L}])(?:doanh nghiệp|DN)(?![\p{L}])[^,;()%]{0,50}?(?:có|sử dụng)\s+(?:dưới|từ|trên|hơn|không quá|chưa đến)\s+[\d.]+\s+(?:lao động|công nhân|người)(?:\s+trở lên|\s+trở xuống)?\s*[(,]?\s*chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$/iu;

/** "so với số được giới thiệu", "(trở lên) so với tổng số đoàn viên được giới thiệu" right after a percent. */
const OF_THOSE_REFERRED_AFTER = /^\s*(?:trở lên\s+)?(?:(?:so với|trên)\s+)?(?:tổng\s+)?số\s+(?:\p{L}+\s+){0,3}?(?:được\s+)?giới thiệu(?![\p{L}])/iu;

/** A discount right before its percent: "giảm giá từ ", "chiết khấu ", "ưu đãi đến ". */
const DISCOUNT_BEFORE = /(?<![\p{L}])(?:giảm giá|chiết khấu|khuyến mại|khuyến mãi|ưu đãi|hạ giá)(?:\s+(?:từ|khoảng|đến|tới|lên đến|lên tới))?\s*$/iu;

/** A coverage of dissemination before its percent: "quán triệt, triển khai thực hiện Nghị quyết … đến ". */
const DISSEMINATED_TO_BEFORE = gated(/(?<![\p{L}])(?:quán triệt|triển khai|phổ biến|tuyên truyền|học tập)(?![\p{L}])[^;.]{0,200}?(?<![\p{L}])(?:đến|tới)\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$/iu);

/** A figure of something none of our metrics counts: "6.250 tấn", "4,3 tỷ đồng", "1.300 ha", "18 căn" (houses), "500 suất quà". */
const OTHER_FIGURE = /\d[\d.,]*\s*(?:tấn|ha|hécta|kg|km|triệu|tỷ|tỉ|đồng|USD|sản phẩm|m2|m³|lít|container|căn|ngôi nhà|nhà|mái ấm|công trình|suất|phần quà|xuất|chuyến|vé|sáng kiến|đề tài|cuộc|buổi|hộ)(?![\p{L}])/iu;

/** Those counted by a percent leaving their work, in its clause: " lao động ở các doanh nghiệp FDI nghỉ việc". */
const LEAVING_AFTER = /^[^,;.]{0,60}?(?<![\p{L}])(?:nghỉ việc|bỏ việc|thôi việc|chuyển việc|chuyển nơi làm việc|mất việc)(?![\p{L}])/iu;

/** A rating, then the share it is of, right before a percent: "hoàn thành tốt nhiệm vụ trở lên, chiếm ", "vững mạnh (". */
const RATED_SHARE_BEFORE = /(?<![\p{L}])(?:hoàn thành (?:tốt|xuất sắc)(?: nhiệm vụ)?(?: trở lên)?|trong sạch,? vững mạnh|vững mạnh["”]?|đủ tư cách[^;.\d%]{0,30}|TSVM|HTXSNV|HTTNV)[\s,]*(?:\(\s*)?(?:chiếm|đạt|bằng)?\s*(?:tỷ lệ|tỉ lệ)?\s*$/iu;

/** A rate of those leaving their work, named before the percent: "tỷ lệ công nhân nghỉ việc giảm từ 18% xuống còn ". */
const LEAVING_RATE_BEFORE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+(?:(?:công nhân|người lao động|lao động|CNLĐ|NLĐ|đoàn viên)\s+)?(?:nghỉ việc|bỏ việc|thôi việc|nhảy việc|chuyển việc|mất việc|biến động)(?![\p{L}])[^;.]{0,50}$/iu;

/** A women's committee set up where a rate counts, after a threshold: " CĐCS có từ 10 đoàn viên nữ trở lên thành lập ban nữ công". */
const WOMEN_COMMITTEE_AFTER = /^[^;.]{0,60}?(?<![\p{L}])(?:thành lập|có|kiện toàn)\s+(?:ban|tổ) nữ công(?![\p{L}])/iu;

/** What those counted after a rate do, no count of ours: "100% đoàn viên được tuyên truyền", "100% cấp ủy viên được bồi dưỡng nghiệp vụ". */
// ("100% đoàn viên được cấp thẻ đoàn viên điện tử": members given a card, a task done for them.)
const ACTIVITY_AFTER = /^[^;.]{0,40}?(?<![\p{L}])(?:được\s+)?(?:tuyên truyền|phổ biến|học tập|quán triệt|tham gia sinh hoạt|sinh hoạt đầy đủ|tập huấn|bồi dưỡng nghiệp vụ|bồi dưỡng kỹ năng|hoạt động hiệu quả|hoạt động có hiệu quả|tổ chức học tập|qua đào tạo|được đào tạo|sinh hoạt chuyên đề|sinh hoạt định kỳ|sinh hoạt thường kỳ|ký hợp đồng lao động|được ký hợp đồng|tham gia BHXH|tham gia bảo hiểm xã hội|có việc làm|tổ chức hội nghị người lao động|tổ chức hội nghị cán bộ,? công chức|tổ chức hội nghị công nhân viên chức|tổ chức đối thoại|triển khai ứng dụng|ứng dụng|sử dụng phần mềm|cài đặt|cấp thẻ|có máy tính|có điện thoại|thực hành|kết nối|kiểm tra|giám sát|đóng kinh phí công đoàn|sinh hoạt đúng|tham gia dự thi|dự thi|tham gia cuộc thi|tham gia hội thi|có người tham gia|đăng ký và thực hiện|đăng ký thực hiện|đăng ký thi đua|đăng ký tham gia phong trào|đăng ký tham gia thi đua|thực hiện tốt phong trào)(?![\p{L}])/iu;

/** Dues paid by those of a rate, said after them or before the rate: " đóng đảng phí", "Tỷ lệ đoàn viên đóng đoàn phí đạt ". */
const DUES_PAID = /(?<![\p{L}])(?:đóng|nộp)\s+(?:đảng phí|đoàn phí)(?![\p{L}])/iu;

/** An inspection or a review in a sentence: "kiểm tra", "giám sát". */
const INSPECTION_NAMED = /(?<![\p{L}])(?:kiểm tra|giám sát)(?![\p{L}])/iu;

/** What those of a rate do, said after an activity that qualifies them: "… được kết nạp vào công đoàn", "… gia nhập công đoàn". */
const JOINED_LATER_IN_CLAUSE = /^[^;.]{0,100}?(?<![\p{L}])(?:được\s+)?(?:kết nạp vào|gia nhập|tham gia)(?:\s+tổ chức)?\s+(?:công đoàn|Công đoàn|Đảng|Đoàn)(?![\p{L}])/u;

/** An activity held where the percent counts: "đối thoại tại ", "kiểm tra, giám sát ở ", "làm việc với ". */
const ACTIVITY_HELD_AT_BEFORE = /(?<![\p{L}])(?:đối thoại|kiểm tra|giám sát|khảo sát|làm việc|tuyên truyền)\s+(?:(?:trực tiếp|định kỳ|thường xuyên|hằng năm|hàng năm)\s+)?(?:tại|ở|với)\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$/iu;
/** How full a place is, right before a percent: "công suất sử dụng đạt ", "tỷ lệ lấp đầy khoảng ". */
const OCCUPANCY_BEFORE = /(?<![\p{L}])(?:công suất(?:\s+(?:sử dụng|khai thác|hoạt động))?|(?:tỷ lệ\s+|tỉ lệ\s+)?lấp đầy)\s+(?:(?:đạt|là|ở mức|khoảng|gần|hơn|trên)\s+)*$/iu;
/** A share of a firm's capital: "có vốn nhà nước dưới ", "vốn điều lệ chiếm ", "nắm giữ vốn trên ". */
/** (Not a sector's share: "khu vực có vốn đầu tư nước ngoài chiếm 14,2%".) */
const CAPITAL_SHARE_BEFORE = gated(/(?<![\p{L}])vốn(?:\s+(?:nhà nước|NN|điều lệ|góp|của nhà nước|chủ sở hữu))?\s+(?:(?:dưới|trên|từ|nắm giữ|chi phối|hơn|không quá|đến|tới)\s+)+$/iu);
/** A business plan after a rate: " kế hoạch doanh thu", " chỉ tiêu sản xuất kinh doanh", " KH lợi nhuận". */
const BUSINESS_PLAN_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH)\s+(?:năm\s+(?:\d{4}\s+)?)?(?:về\s+)?(?:doanh thu|sản xuất|kinh doanh|sản lượng|lợi nhuận|nộp ngân sách|xuất khẩu|giá trị sản xuất)(?![\p{L}])/iu;
/** A share of firms that met some part of their plan: "Hơn 60% doanh nghiệp đã hoàn thành trên ". */
const FIRMS_OWN_PLAN_BEFORE = /\d\s*%\s+(?:các\s+)?(?:doanh nghiệp|DN)(?![\p{L}])[^;,.\d%]{0,30}?(?<![\p{L}])(?:hoàn thành|đạt|vượt)\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$/iu;

// ("tỷ lệ đảng viên tham dự bình quân đạt 93%": how many came to the meetings.)
const ACTIVITY_RATE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+[^;,.]{0,40}?(?<![\p{L}])(?:tham gia sinh hoạt|dự sinh hoạt|sinh hoạt đầy đủ|tham dự|dự họp|tham gia học tập|được học tập|học tập, quán triệt|quán triệt|đóng kinh phí)(?![\p{L}])/iu;

/** A figure of things none of our nouns counts, followed by its verb: "48 bản được", "120 suất quà". */
const UNCOUNTED_FIGURE = /(?<![\d.,])\d[\d.,]*\s+(?:bản|suất|phần quà|suất quà|vụ|cuộc|lượt|hồ sơ|văn bản|kiến nghị|tấn|ha|tỷ|tỉ|triệu|đồng|USD)(?![\p{L}])/iu;

/** Money spent or raised, or capital, as the subject of a share: "chi trực tiếp chăm lo …", "Tổng thu …", "kinh phí …", "phần vốn nhà nước chiếm 51%". */
const MONEY_SUBJECT = /^\s*(?:trong đó\s*,?\s*)?(?:tổng\s+)?(?:số\s+)?(?:chi(?!\s+(?:bộ|đoàn|ủy|uỷ|nhánh|hội|cục))|thu(?!\s+(?:hút|nhận))|kinh phí|nguồn thu|số tiền|ngân sách|quỹ|đoàn phí|(?:phần\s+)?vốn|cổ phần(?!\s+h(?:óa|oá))|cổ phiếu)(?![\p{L}])/iu;

/** Whether the sentence's last two drafts are a plan and then its result, of one metric, that `rate` (a percent) is the ratio of. */
function _afterPlanAndResult(rate: number, drafts: readonly Draft[], first: number): boolean {
  const result = drafts[drafts.length - 1];
  const plan = drafts[drafts.length - 2];
  if (drafts.length - 2 < first || result === undefined || plan === undefined) return false;
  if (plan.unit !== 'count' || result.unit !== 'count' || plan.kind !== 'target' || result.kind !== 'flow' || plan.metric !== result.metric || plan.value <= 0) return false;
  return Math.abs((100 * result.value) / plan.value - rate) < 0.6;
}

/** A result reported right before its rate: "; kết quả đạt ", "; đến nay đã đạt ". */
const RESULT_RATE_BEFORE = /[;,]\s*(?:kết quả|đến nay|hiện nay|thực hiện)\s*,?\s*(?:(?:đã|mới|chỉ|cũng)\s+)*(?:đạt|là)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$/iu;

/** A plan named right after a percent: " mục tiêu", " chỉ tiêu", " kế hoạch", " so với KH". */
const GOAL_NAMED_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|KH|mục tiêu)(?![\p{L}])/iu;

/** "tăng", "giảm", "bằng" (and "lần lượt", a hedge) right before a percent. */
const CHANGE_RATE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|bằng)(?:\s+(?:lần lượt|tương ứng|khoảng|gần|hơn|trên|dưới))*\s*$/iu;

/** "so với cùng kỳ", "so với năm trước", "so với năm 2023" right after a percent. */
const SAME_PERIOD_AFTER = /^\s*(?:\(|,)?\s*so với (?:cùng kỳ|năm trước|năm ngoái|năm (?:19|20)\d{2}|cùng thời điểm|đầu năm|đầu nhiệm kỳ)/iu;

/** A quality rating or an assignment after a percent, in its clause: "… được xếp loại hoàn thành tốt nhiệm vụ", "đạt danh hiệu …", "100% đảng viên được giao nhiệm vụ". */
const RATING_AFTER = /^[^;.]{0,90}?(?<![\p{L}])(?:xếp loại|hoàn thành tốt nhiệm vụ|hoàn thành xuất sắc nhiệm vụ|hoàn thành nhiệm vụ|trong sạch, vững mạnh|vững mạnh toàn diện|đạt danh hiệu|được giao nhiệm vụ|được phân công nhiệm vụ)(?![\p{L}])/iu;

/** Units no metric counts, named, then what body they have (group 1), past a threshold: " trường có từ 30 lao động trở lên có tổ chức công đoàn". */
const NAMED_UNITS_WITH_BODY_AFTER = new RegExp(String.raw`^\s*(?:số\s+)?(?:${UNITS_NO_METRIC_COUNTS})(?![\p{L}])[^;.%]{0,90}?(?<![\p{L}])(?:đã\s+)?(?:có|thành lập được|thành lập)\s+(?:được\s+)?(${BODIES_A_UNIT_HAS})(?![\p{L}])`, 'iu');
/** A label naming only who were admitted or referred, then the rate: "số được giới thiệu cho Đảng mỗi năm chỉ vào khoảng ". */
const DEED_ONLY_RATE_BEFORE = new RegExp(DEED_ONLY_LABEL_HEAD + String.raw`[^;:,.%\d]{0,60}?\s(?:(?:chỉ|mới|cũng)\s+)?(?:là|chiếm|đạt|vào|ở mức)\s+(?:(?:hơn|gần|khoảng|trên|dưới)\s+)?$`, 'iu');
/** Teams, shifts or workshops that have members, right after a percent: " tổ sản xuất có đảng viên", " phân xưởng đều có đoàn viên". */
const TEAMS_WITH_MEMBERS_AFTER = /^\s*(?:số\s+)?(?:tổ sản xuất|tổ|phân xưởng|xưởng|dây chuyền|ca sản xuất|ca|bộ phận|phòng ban|đội sản xuất|đội)(?![\p{L}])[^;,.]{0,24}?\s(?:đều\s+|đã\s+)?có\s+(?:đảng viên|đoàn viên|ĐV)(?![\p{L}])/iu;
/** Firms employing a share, right before it: "sử dụng tới ", "thu hút khoảng ". */
const EMPLOYS_SHARE_BEFORE = /(?<![\p{L}])(?:sử dụng|thu hút|tập trung|giải quyết việc làm cho)\s+(?:(?:tới|đến|gần|hơn|khoảng|trên)\s+)?$/iu;
/** A workforce as the whole, right after a percent: " tổng số lao động", " số công nhân". */
const WORKFORCE_WHOLE_AFTER = /^\s*(?:(?:tổng\s+)?số\s+)?(?:lực lượng\s+)?(?:người lao động|công nhân lao động|lao động|công nhân|CNLĐ|NLĐ)(?![\p{L}])/iu;
/** A rating label, then figures, before a percent: "TCCSĐ đạt TSVM: 36/41 (", "Xếp loại HTXSNV: ". */
const RATED_LABEL_PERCENT_BEFORE = /(?<![\p{L}])(?:TSVM|HTXSNV|HTTNV|HTNV|xếp loại|trong sạch,? vững mạnh|hoàn thành (?:tốt|xuất sắc) nhiệm vụ)(?![\p{L}])[^.;:]{0,20}:[^.;:]{0,24}$/iu;
/** A rate of those who left, named before the figure: "Tỷ lệ công nhân nghỉ việc, chuyển chỗ làm hằng năm khoảng ". */
const TURNOVER_RATE_BEFORE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+[^;.\d]{0,40}?(?<![\p{L}])(?:nghỉ việc|bỏ việc|thôi việc|chuyển chỗ làm|chuyển việc|biến động|luân chuyển)(?![\p{L}])[^;.\d]{0,40}$/iu;
/** Gates of VOTE_BEFORE and EMPLOYS_SHARE_BEFORE: the last words they can end with. */
const VOTE_ENDS = new WordEndings(['quyết', 'phiếu', 'thành', 'trí', 'ý', 'lòng', 'nhiệm', 'cử', 'bầu', 'có', 'là', 'đạt', 'với', 'lệ', 'chiếm', 'hơn', 'gần', 'oảng', 'trên']);
const EMPLOYS_ENDS = new WordEndings(['dụng', 'hút', 'trung', 'cho', 'tới', 'đến', 'gần', 'hơn', 'oảng', 'trên']);
/** Those who voted for or agreed, right after a percent: " tán thành", " người lao động đồng ý", " đại biểu nhất trí". */
const VOTE_AFTER = /^\s*(?:(?:(?:số\s+)?(?:người lao động|NLĐ|CNLĐ|công nhân lao động|công nhân|đoàn viên|đảng viên|đại biểu|lao động|người|ý kiến)\s+)?(?:(?:đã|đều)\s+)?(?:tán thành|đồng ý|nhất trí|biểu quyết|bỏ phiếu|ủng hộ|hài lòng|đồng tình)|(?:tổng\s+)?số phiếu)(?![\p{L}])/iu;
/** A vote or an opinion poll right before a percent: "kết quả biểu quyết có ", "tỷ lệ tán thành đạt ". */
/** (An election's share too: "trúng cử Bí thư với số phiếu đạt ", "số phiếu tín nhiệm ", "tái đắc cử với tỷ lệ ".) */
const VOTE_BEFORE = /(?<![\p{L}])(?:biểu quyết|bỏ phiếu|tán thành|nhất trí|đồng ý|hài lòng|số phiếu(?: bầu| tín nhiệm| tán thành| đồng ý)?|tín nhiệm|trúng cử|đắc cử|(?:trúng cử|đắc cử|được bầu)[^;,.%\d]{0,50}?\svới(?:\s+(?:tỷ lệ|tỉ lệ|số phiếu))?)\s+(?:(?:có|là|đạt|với|với tỷ lệ|với tỉ lệ|chiếm)\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$/iu;

/** An epidemic's measure named in a rate's clause: vaccination, isolation, testing, F0. */
const EPIDEMIC_MEASURE = /(?<![\p{L}])(?:được tiêm|tiêm (?:mũi|vắc|chủng)|vắc xin|vaccine|cách ly|xét nghiệm|F[0-3](?![\p{L}\d]))/iu;

/** A demand for workers: "nhu cầu tuyển dụng", "nhu cầu lao động". */
const RECRUITING_DEMAND = /(?<![\p{L}])nhu cầu\s+(?:tuyển dụng|tuyển|lao động|nhân lực)(?![\p{L}])/iu;

/** A count of those present under a minute's label, then the percent's words: "có mặt: 1.102 đoàn viên (đạt ". */
const PRESENT_COUNT_BEFORE = /(?<![\p{L}])(?:có mặt|hiện diện|tham dự)\s*:\s*\d[\d.]*\s+[^\d;:]{0,40}$/iu;

/** Those present, after the people a percent counts: " trong Chi bộ có mặt tại Đại hội", " tham dự", " vắng mặt". */
const PRESENT_AFTER = /^[^;]{0,60}?(?<![\p{L}])(?:có mặt|tham dự|vắng mặt|về dự|đến dự|dự (?:đại hội|hội nghị|buổi|lễ))(?![\p{L}])/iu;

/** A rise in pay before a percent, to the end of the text: "tăng lương 2 lần, mỗi lần từ ", "nâng mức thưởng thêm ". */
const PAY_RAISE_BEFORE = /(?<![\p{L}])(?:tăng|nâng|điều chỉnh|giảm)\s+(?:tiền\s+|mức\s+)?(?:lương|thu nhập|phụ cấp|tiền thưởng|thưởng)(?![\p{L}])[^;.%]{0,50}$/iu;

/** Bodies that have held their congress, in the percent's clause: " tổ chức cơ sở đảng trực thuộc … đã tổ chức xong đại hội". */
const CONGRESS_HELD_AFTER = /^[^;.]{0,90}?(?<![\p{L}])(?:đã\s+)?(?:tổ chức xong|tiến hành xong|hoàn thành|tổ chức thành công)\s+(?:việc\s+)?(?:tổ chức\s+)?đại hội(?![\p{L}])/u;

/** Whether `text` holds a phrase RATING_AFTER needs: each of its alternatives holds "xếp loại", "nhiệm vụ", "vững mạnh" or "danh hiệu". */
function _mayRate(text: string): boolean {
  const t = text.toLowerCase();
  return t.includes('xếp loại') || t.includes('nhiệm vụ') || t.includes('vững mạnh') || t.includes('danh hiệu');
}

/** "Tỷ lệ kết nạp/giới thiệu: ", "Tỷ lệ kết nạp/ học lớp (%): ", "tỷ lệ kết nạp so với số được giới thiệu đạt " right before a percent. */
const ADMISSION_RATE_BEFORE = /(?:tỷ lệ|tỉ lệ)\s+(?:được\s+)?kết nạp(?:\s*\/\s*(?:giới thiệu|học lớp|số học lớp|quần chúng học lớp)|\s+(?:so với|trên)\s+(?:số\s+)?(?:được\s+)?(?:giới thiệu|học lớp))?(?:\s+(?:cả năm|trong năm|hằng năm|hàng năm|mỗi năm|bình quân|năm\s+(?:19|20)\d{2}))?\s*(?:\(%\))?\s*:?\s*(?:(?:chỉ|mới|cũng)\s+)*(?:(?:đạt|là)\s+)?(?:(?:hơn|gần|khoảng|trên|dưới|xấp xỉ|từ|ít nhất|tối thiểu)\s+)?$/iu;

/** "tỷ lệ đảng viên đạt ", "tỉ lệ CĐCS … là ": a rate named, then its verb, right before a percent (group 1: what it is a rate of). */
const RATE_NAMED_BEFORE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+(\p{L}[^;,:]{0,60}?)\s+(?:đạt|là|chiếm|lên|ở mức)\s+(?:(?:trên|hơn|gần|khoảng|ít nhất|từ)\s+)?$/u;

/** "tỉ lệ đoàn viên trên ": a rate named, then a hedge with no verb, right before a percent (group 1: what it is a rate of). */
// (The hedge may be read with the figure, off the text before it: "tỉ lệ đoàn viên " then "trên 98%".)
const RATE_NOUN_HEDGE_BEFORE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+(\p{L}[^;,:\d%]{0,30}?)(?:\s+(?:trên|hơn|ít nhất|tối thiểu|từ|dưới))?\s*$/u;

/** The metric of a rate named in the figure's clause (RATE_NAMED_BEFORE, RATE_NOUN_HEDGE_BEFORE), or null. */
function _rateNamedInClause(left: string, ctx: MentionContext): Metric | null {
  const clause = left.slice(left.lastIndexOf(';') + 1);
  const named = RATE_NAMED_BEFORE.exec(clause) ?? RATE_NOUN_HEDGE_BEFORE.exec(clause.slice(-60));
  const noun = named === null ? null : _nounAt(named[1]!);
  return noun === null ? null : (metricFor(noun.cls, 'stock', ctx)?.metric ?? null);
}

/** A rate of units no metric counts that have a body (group 1), right before a percent: "Tỷ lệ HTX có chi bộ đạt ", "tỷ lệ HTX có từ 10 lao động trở lên đã thành lập CĐCS đạt ". */
const UNITS_WITH_BODY_RATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])[Tt](?:ỷ|ỉ) lệ\s+(?:số\s+)?(?:các\s+)?(?:${UNITS_NO_METRIC_COUNTS})(?![\p{L}])[^;%]{0,60}?(?<![\p{L}])(?:đã\s+)?(?:có|thành lập được|thành lập)\s+(?:được\s+)?(${BODIES_A_UNIT_HAS})(?![\p{L}])[^;%\d]{0,30}?\s(?:đạt|là|chiếm|lên|ở mức)\s+(?:(?:trên|hơn|gần|khoảng|ít nhất|từ)\s+)?$`, 'u');

/** The body of a rate of units no metric counts that have one, named right before a percent ("Tỷ lệ HTX có chi bộ đạt "), or null. */
function _unitsWithBodyRate(left: string, ctx: MentionContext): Metric | null {
  const units = UNITS_WITH_BODY_RATE_BEFORE.exec(left.slice(left.lastIndexOf(';') + 1).slice(-160));
  const body = units === null ? null : _nounAt(units[1]!);
  return body === null ? null : (metricFor(body.cls, 'stock', ctx)?.metric ?? null);
}

/** "tỷ lệ này (chỉ) đạt (khoảng) " right before a percent: the rate last stated. */
const THIS_RATE_BEFORE = /(?:tỷ lệ|tỉ lệ) này\s+(?:(?:chỉ|mới|cũng|vẫn)\s+)*(?:(?:đạt|là|chiếm|ở mức)\s+)?(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|chưa đến|chưa tới)\s+)?$/iu;

/** The reading of the last share among the drafts of this sentence and the one before, or null. */
function _lastShare(drafts: readonly Draft[]): Reading | null {
  const lastSentence = drafts.length > 0 ? drafts[drafts.length - 1]!.sentenceIndex : -1;
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentenceIndex >= lastSentence - 1; i--) {
    const d = drafts[i]!;
    if (d.unit === 'percent' && d.kind === 'share') return { metric: d.metric, kind: 'share' };
  }
  // ("đặt mục tiêu … có 80% doanh nghiệp … thành lập tổ chức công đoàn; đến nay tỷ lệ này mới đạt 71,4%": the rate a goal
  // set, reached so far.)
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentenceIndex >= lastSentence - 1; i--) {
    const d = drafts[i]!;
    if (d.unit === 'percent' && d.kind === 'target') return { metric: d.metric, kind: 'share' };
  }
  return null;
}

/** Words that may open a clause before its subject. */
const SUBJECT_OPENERS = /^\s*(?:(?:nhưng|song|còn|mà|và|trong đó|riêng|hiện nay|tuy nhiên|đến nay)\s*,?\s*)*/iu;

/** "chỉ", "mới" and a hedge right before a percent: "mà đảng viên chưa đến 0,6%", "đảng viên nữ chỉ khoảng 30%". */
export const HEDGE_AT_END = /(?<![\p{L}])(?:(?:chỉ|mới|chỉ mới)\s+)?(?:chưa đến|chưa tới|chưa đầy|khoảng|gần|hơn|trên|dưới|xấp xỉ)\s*$|(?<![\p{L}])(?:chỉ|mới|chỉ mới)\s*$/iu;

/** The last words HEDGE_AT_END ends with (its gate). */
export const HEDGE_ENDS = new WordEndings(['đến', 'tới', 'đầy', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'xỉ', 'chỉ', 'mới']);

/** Nothing but "chỉ", "mới" and a hedge. */
const HEDGE_ONLY = /^\s*(?:(?:chỉ|mới|chỉ mới)\s+)?(?:chưa đến|chưa tới|chưa đầy|khoảng|gần|hơn|trên|dưới|xấp xỉ|chỉ|mới|chỉ mới)\s*$/iu;

/** The metric of a clause that is only a counted noun and a hedge before a percent ("mà đảng viên chưa đến 0,6%"), or null. */
function _hedgedSubject(left: string, ctx: MentionContext): Metric | null {
  const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':')) + 1);
  const opened = clause.replace(SUBJECT_OPENERS, '');
  const noun = _nounAt(opened);
  if (noun === null || !HEDGE_ONLY.test(opened.slice(noun.length))) return null;
  return metricFor(noun.cls, 'stock', { ...ctx, trailing: '' })?.metric ?? null;
}

/** Metrics whose figures are parts of a whole counted by these nouns: members among workers, bodies among firms. */
const PARTS_OF: Partial<Record<NounClass, ReadonlySet<Metric>>> = {
  worker: new Set<Metric>(['union_members', 'party_members', 'youth_members', 'party_admissions']),
  enterprise: new Set<Metric>(['party_organizations', 'union_grassroots', 'youth_organizations']),
};

/** The metric of the last count of this sentence that is a part of a whole counted by `whole`. */
function _lastPartOf(whole: NounClass, drafts: readonly Draft[], firstDraftOfSentence: number): Metric | null {
  const parts = PARTS_OF[whole];
  if (!parts) return null;
  for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && parts.has(d.metric)) return d.metric;
  }
  return null;
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

/** Party members newly admitted, right after a percent: " đảng viên kết nạp mới là", " đảng viên mới được kết nạp". */
const NEWLY_ADMITTED_AFTER = /^\s*(?:số\s+)?(?:đảng viên|ĐV)\s+(?:mới\s+)?(?:được\s+)?kết nạp(?![\p{L}])/u;

/** A body named as a clause's subject: "riêng Đảng bộ Thiên Phúc đã chiếm ", "Công đoàn Công ty X chiếm ". */
const BODY_SUBJECT = /(?<![\p{L}])(?:Đảng bộ|Chi bộ|Công đoàn|CĐCS|Chi đoàn)\s+\p{Lu}/u;

/** "số" or "tổng số" right after a percent, before the members it is a share of. */
const OF_MEMBERS_AFTER = /^\s*(?:tổng\s+)?số\s+/u;

/** A body had, right after a percent, the units that have it left unsaid (group 1): " có tổ chức đoàn thanh niên", " đã có chi bộ". */
const BODY_HAD_AFTER = new RegExp(String.raw`^\s+(?:đều\s+|đã\s+)*có\s+(${BODIES_A_UNIT_HAS})(?![\p{L}])`, 'u');

/** Capital right after a percent: " vốn điều lệ", " số vốn". */
const CAPITAL_AFTER = /^\s*(?:(?:tổng )?số\s+)?vốn(?![\p{L}])/u;

/** Units of no noun of ours, then a body of ours they have (group 1): " đội sản xuất có chi bộ", " ấp, khóm đều có chi bộ" (not the next clause's ", có tổ chức đoàn"). */
const UNITS_WITH_BODY_AFTER = new RegExp(String.raw`^(?!\s*[,:])(?!\s*(?:tổng số|số|trong số|trong tổng số|so với|của)(?![\p{L}]))[^\d;.()%]{1,30}?\s(?:đều\s+|đã\s+)*có\s+(${BODIES_A_UNIT_HAS})(?![\p{L}])`, 'u');

/** A whole named right after a percent, no plan: " tổng số lao động", " so với tổng số đoàn viên" (not " tổng số chỉ tiêu"). */
const WHOLE_NAMED_AFTER_RATE = /^\s*(?:so với\s+|trên\s+|trong\s+)?tổng số\s+(?!(?:kế hoạch|chỉ tiêu|KH)(?![\p{L}]))\p{L}/iu;

/** Those admitted, named after a rate as its whole: " số kết nạp mới", " tổng số đảng viên mới được kết nạp". */
const OF_THOSE_ADMITTED_AFTER = /^\s*(?:của\s+)?(?:tổng\s+)?số\s+(?:(?:đảng viên\s+)?(?:mới\s+)?(?:được\s+)?kết nạp(?:\s+mới)?|(?:đảng viên|ĐV)\s+mới(?:\s+(?:được\s+)?kết nạp)?)(?:\s*[,.;)]|\s*$|\s+(?:trong|của|năm|toàn))/u;

/** A later share of the same sentence whose whole is those admitted: "Đảng viên nữ chiếm 57,8%; đảng viên dưới 30 tuổi chiếm 78,2% tổng số đảng viên mới". */
const LATER_SHARE_OF_ADMITTED = /^[^.%\n]{0,120}?(?<![\p{L}])chiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d,.]*\s*%/u;

/** A plan or a whole named after a rate: " kế hoạch", " so với chỉ tiêu", " số lao động". */
const PLAN_NAMED_AFTER = /^\s*(?:so với\s+|của\s+)?(?:kế hoạch|chỉ tiêu|KH|nghị quyết|mục tiêu|tổng số|số)(?![\p{L}])/iu;

/** Wholes a part of people or bodies is a share of: those referred, the workforce, firms, members. */
const RATIO_WHOLES: ReadonlySet<Metric> = new Set<Metric>(['referrals', 'workers', 'enterprises', 'party_members', 'union_members', 'youth_members']);

/**
 * The metric of the smaller of the last two counts of the sentence when the rate `m` is it over the larger (to the
 * rate's written precision: "35,7%" within 0,05), the larger being no plan and a whole of people or firms; else null.
 */
export function _partOverWhole(m: NumberMention, drafts: readonly Draft[], firstDraftOfSentence: number): Metric | null {
  const counts: Draft[] = [];
  for (let i = drafts.length - 1; i >= firstDraftOfSentence && counts.length < 2; i--) {
    const d = drafts[i]!;
    if (d.unit === 'count' && !d.isDelta && d.value_max === undefined) counts.push(d);
  }
  if (counts.length < 2) return null;
  // (In either order: "giới thiệu 1.126 …, 402 người đã được kết nạp", "72/80 lao động tham gia công đoàn".)
  const [part, whole] = (counts[0]!.value <= counts[1]!.value ? counts : [counts[1], counts[0]]) as [Draft, Draft];
  // (Of one metric only as states: "52/69 doanh nghiệp (đạt 75,4%) có tổ chức đảng"; flows over flows are plans, _planOfFraction.)
  if (whole.kind === 'target' || part.kind === 'target' || (part.metric === whole.metric && (part.kind !== 'stock' || whole.kind !== 'stock')) || !RATIO_WHOLES.has(whole.metric) || whole.value <= part.value) return null;
  const decimals = /[.,](\d+)\s*%?$/u.exec(m.raw.replace(/\s*(?:%|phần trăm)$/u, ''))?.[1]?.length ?? 0;
  return Math.abs((100 * part.value) / whole.value - m.value) <= 0.5 * 10 ** -decimals + 1e-9 ? part.metric : null;
}

/** A figure of something counted right before a breakdown: "bầu 4.318 ủy viên ban chấp hành CĐCS, " (not a year: "Năm 2023, "). */
const COUNTED_FIGURE = /(?<![\d.,/])\d[\d.]*\s+(?!năm(?![\p{L}]))\p{L}/u;

/**
 * Whether the percent `left` ends with is a share inside a breakdown ("…, trong đó nữ chiếm ") of a figure before it that
 * is no count of ours: no draft of the sentence stands after that figure, and the breakdown names no noun of ours.
 */
function _breakdownOfUncounted(left: string, drafts: readonly Draft[], firstDraftOfSentence: number): boolean {
  const at = left.lastIndexOf('trong đó');
  if (at < 0 || !/,\s*$/u.test(left.slice(0, at)) || _firstNounIn(left.slice(at)) !== null) return false;
  const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
  const from = last === null ? 0 : last.mentionEnd;
  return from < at && COUNTED_FIGURE.test(left.slice(from, at).replace(AGE_OR_YEAR, ''));
}

/**
 * Whether the last count of the sentence is of members and the clause since names no workers or firms: what "chiếm N% lực
 * lượng lao động" is a share of ("… với 426 đảng viên, chiếm chưa đầy 1% lực lượng lao động"; not "21 DN, chiếm trên 60% lực
 * lượng lao động", the workers the firms employ, nor "lao động trẻ chiếm gần 60% lực lượng lao động").
 */
function _membersJustBefore(left: string, drafts: readonly Draft[], firstDraftOfSentence: number): boolean {
  const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
  if (last === null || last.unit !== 'count' || !MEMBER_METRICS.has(last.metric) || last.mentionEnd > left.length) return false;
  return !/(?<![\p{L}])(?:lao động|công nhân|CNLĐ|NLĐ|doanh nghiệp|DN)(?![\p{L}])/u.test(left.slice(last.mentionEnd));
}
const MEMBER_METRICS: ReadonlySet<Metric> = new Set<Metric>(['party_members', 'union_members', 'youth_members']);

/**
 * 7. Percents: "đạt 62%" (achievement of the figure before), "chiếm 45%",
 * "tỷ lệ đoàn viên … đạt 78%" (shares of what the clause names), "50% được
 * kết nạp" (a trailing verb), "30% đảng viên …" (a noun after the percent).
 */
export function _percentReading(
  m: NumberMention,
  left: string,
  noun: NounClass | null,
  verb: VerbClass | null,
  ctx: MentionContext,
  drafts: readonly Draft[],
  firstDraftOfSentence: number,
): Reading | null {
  // ("công ty cổ phần có vốn nhà nước dưới 50% chưa có tổ chức đảng": a share of capital.)
  if (CAPITAL_SHARE_BEFORE.test(left.slice(-48), ctx.sentence)) return null;
  // ("Khu nhà ở … có 160 phòng, công suất sử dụng đạt 95%": how full a place is.)
  if ((left.includes('công suất') || left.includes('lấp đầy')) && OCCUPANCY_BEFORE.test(left.slice(-40))) return null;
  // "100% đội sản xuất có chi bộ", "100% ấp, khóm có chi bộ": units none of our nouns counts (villages too), each with a
  // body of ours.
  if (noun === null) {
    const after = ctx.sentence.slice(m.end, m.end + 60);
    // ("nắm giữ trên 50% vốn điều lệ đã có tổ chức đảng": a share of capital, whatever has a body after it.)
    if (CAPITAL_AFTER.test(after)) return null;
    const bodies = UNITS_WITH_BODY_AFTER.exec(after);
    // (Units of ours are read as they are: "100% doanh nghiệp có tổ chức đảng" counts firms.)
    const body = bodies === null || _firstNounIn(after.slice(0, bodies[0].length - bodies[1]!.length)) !== null ? null : _nounAt(bodies[1]!);
    // ("100% trường có từ 30 lao động trở lên có tổ chức công đoàn": named units, past a threshold of their own.)
    const named = body === null ? NAMED_UNITS_WITH_BODY_AFTER.exec(ctx.sentence.slice(m.end, m.end + 130)) : null;
    // ("…; 60% có tổ chức đoàn thanh niên": the units left unsaid, as the clause before named them.)
    const bare = body === null && named === null ? BODY_HAD_AFTER.exec(after) : null;
    const namedBody = named !== null ? _nounAt(named[1]!) : bare !== null ? _nounAt(bare[1]!) : body;
    const r = namedBody === null ? null : metricFor(namedBody.cls, 'stock', ctx);
    if (r !== null) return { metric: r.metric, kind: 'share' };
  }
  if (PERCENT_NOT_METRIC_AFTER.test(ctx.sentence.slice(m.end, m.end + 24))) return null;
  // ("Các đại hội đã bầu 4.318 ủy viên ban chấp hành CĐCS, trong đó nữ chiếm 46,2%": the women among those elected, a share of
  // no count of ours.)
  // (Not one that names what the part is after it: "… trong 31 khu công nghiệp, trong đó khoảng 65% là lao động nhập cư".)
  if (noun === null && left.includes('trong đó') && _breakdownOfUncounted(left, drafts, firstDraftOfSentence) && _firstNounIn(ctx.sentence.slice(m.end, m.end + 40)) === null) return null;
  // "141 đoàn viên được kết nạp Đảng, đạt 44,3% so với số được giới thiệu", "…, bằng 65% số được giới thiệu": of those
  // referred, the share admitted.
  // ("Khoảng 28% số đoàn viên được giới thiệu là công nhân …": who those referred are, a share of them.)
  const referred = OF_THOSE_REFERRED_AFTER.exec(ctx.sentence.slice(m.end, m.end + 60));
  // ("giới thiệu 64 đoàn viên (12,5% tổng số đoàn viên được giới thiệu toàn tỉnh)": those referred here, a share of all
  // referred.)
  const referredJustBefore = referred !== null && drafts.length > firstDraftOfSentence && drafts[drafts.length - 1]!.metric === 'referrals' && drafts[drafts.length - 1]!.unit === 'count' && /\(\s*$/u.test(left);
  if (referred !== null) return referredJustBefore || /^\s*(?:đều\s+)?là\s/u.test(ctx.sentence.slice(m.end + referred[0].length, m.end + referred[0].length + 12)) ? { metric: 'referrals', kind: 'share' } : { metric: 'party_admissions', kind: 'share' };
  // "… chiếm trên 80% số kết nạp mới", "… chiếm 31% tổng số đảng viên mới được kết nạp": a share of those admitted.
  if (OF_THOSE_ADMITTED_AFTER.test(ctx.sentence.slice(m.end, m.end + 50))) return { metric: 'party_admissions', kind: 'share' };
  // "khoảng 20% lao động ở các doanh nghiệp FDI nghỉ việc": a rate of leaving, no share of a stock.
  if (LEAVING_AFTER.test(ctx.sentence.slice(m.end, m.end + 80)) || LEAVING_RATE_BEFORE.test(ctx.sentence.slice(Math.max(0, m.start - 110), m.start))) return null;
  // ("có 41 tổ chức cơ sở đảng đạt trong sạch vững mạnh (chiếm 83,7%)", "5.683 đảng viên hoàn thành tốt nhiệm vụ trở lên, chiếm
  // 92,8%": the share of those rated.)
  if (RATED_SHARE_BEFORE.test(ctx.sentence.slice(Math.max(0, m.start - 60), m.start))) return null;
  // ("Có 75% trở lên TCCSĐ đạt trong sạch vững mạnh", "70% công đoàn cơ sở đạt vững mạnh": the share rated, said first.)
  if (noun !== null && RATED_TO_STANDARD_AFTER.test(ctx.trailing.slice(0, 60))) return null;
  // ("100% người lao động ký hợp đồng lao động từ 1 tháng trở lên được kết nạp vào công đoàn": an activity that only
  // qualifies those who join.)
  const activityWindow = ctx.sentence.slice(m.end, m.end + 80);
  // ("Ủy ban Kiểm tra kiểm tra ít nhất 20% tổ chức cơ sở đảng về thu, nộp đảng phí": the share inspected.)
  if (_isInspected(left)) return null;
  // (WOMEN_COMMITTEE_AFTER needs "nữ công" in its window: tried only then.)
  if ((ACTIVITY_AFTER.test(activityWindow) || (activityWindow.includes('nữ công') && WOMEN_COMMITTEE_AFTER.test(activityWindow))) && !JOINED_LATER_IN_CLAUSE.test(ctx.sentence.slice(m.end, m.end + 140))) return null;
  // ("kiểm tra 4 chi bộ, giám sát 12 đảng viên; …; 100% đảng viên đóng đảng phí đúng quy định": what an inspection found,
  // no count of ours; "93,6% đoàn viên đóng đoàn phí", the share of the members who pay, is one.)
  if ((activityWindow.includes('phí') || left.includes('phí', left.length - 60)) && (DUES_PAID.test(activityWindow.slice(0, 50)) || DUES_PAID.test(left.slice(-60))) && INSPECTION_NAMED.test(ctx.sentence)) return null;
  // "tổ chức đối thoại tại 100% doanh nghiệp": where an activity was held; "vốn nhà nước dưới 50%": a share of capital;
  // "đạt trên 50% kế hoạch doanh thu", "60% doanh nghiệp đã hoàn thành trên 50% kế hoạch năm": the firms' own business plans.
  if (ACTIVITY_HELD_AT_BEFORE.test(left.slice(-40)) || BUSINESS_PLAN_AFTER.test(ctx.sentence.slice(m.end, m.end + 40)) || FIRMS_OWN_PLAN_BEFORE.test(left.slice(-80))) return null;
  // "tăng bình quân 8 - 10%/năm": a yearly rate of growth.
  if (/^\s*\/\s*(?:năm|tháng|quý)(?![\p{L}])/u.test(ctx.sentence.slice(m.end, m.end + 12))) return null;
  // "số đoàn viên tăng 8,5%", "giảm 12% so với năm 2023", "bằng 105% so với cùng kỳ": rates of change and
  // ratios to another period, no share or achievement of ours.
  // ("bằng 33,3% chỉ tiêu năm" is an achievement.)
  // ("chỉ tiêu 250, thực hiện 236, bằng 94,4%": after a plan and its result, the result's share of the plan.)
  if ((CHANGE_RATE_BEFORE.test(left.slice(-40)) && !GOAL_NAMED_AFTER.test(ctx.sentence.slice(m.end, m.end + 30)) && !(/bằng\s*$/iu.test(left) && _afterPlanAndResult(m.value, drafts, firstDraftOfSentence))) || SAME_PERIOD_AFTER.test(ctx.sentence.slice(m.end, m.end + 40))) return null;
  // "doanh nghiệp nhỏ và siêu nhỏ có dưới 10 lao động (chiếm 78,4%)": the share of the firms of that size.
  if (FIRM_SIZE_CLASS_BEFORE.test(left.slice(-120))) return { metric: 'enterprises', kind: 'share' };
  // "ký thỏa thuận hợp tác, giảm giá từ 5 đến 15% cho đoàn viên": a discount.
  if (DISCOUNT_BEFORE.test(left.slice(-32))) return null;
  // "triển khai thực hiện Nghị quyết … đến 100% chi bộ": how far a resolution was spread, no count of ours.
  if (_endsWithTo(left) && DISSEMINATED_TO_BEFORE.test(left.slice(-240), ctx.sentence)) return null;
  // "hằng năm có 90% trở lên TCCSĐ được xếp loại hoàn thành tốt nhiệm vụ": a rating, no count of ours.
  const ratingWindow = ctx.sentence.slice(m.end, m.end + 120);
  if (_mayRate(ratingWindow) && RATING_AFTER.test(ratingWindow)) return null;
  // "thông qua thỏa ước với tỷ lệ 98,6% tán thành", "kết quả biểu quyết có 94,3% người lao động đồng ý": a vote or an
  // opinion, no count of ours.
  if (VOTE_AFTER.test(ratingWindow) || (VOTE_ENDS.endsText(left) && VOTE_BEFORE.test(left.slice(-80)))) return null;
  // "100% đảng viên trong Chi bộ có mặt tại Đại hội": the share of members present, no share of ours.
  if (noun !== null && PRESENT_AFTER.test(ctx.trailing)) return null;
  // "vận động Công ty tăng lương 2 lần, mỗi lần từ 5 - 6%": a rise in pay, no share of ours.
  const pay = left.length > 10 && (left.includes('lương') || left.includes('thưởng') || left.includes('thu nhập') || left.includes('phụ cấp')) ? PAY_RAISE_BEFORE.exec(left.slice(-70)) : null;
  if (pay !== null && _firstNounIn(pay[0]) === null) return null;
  // "100% tổ sản xuất có đảng viên": a share of teams or workshops that have members, no count of ours.
  if (TEAMS_WITH_MEMBERS_AFTER.test(ctx.sentence.slice(m.end, m.end + 60))) return null;
  // "… nhưng sử dụng tới 71% tổng số lao động": the share of a workforce some firms employ.
  // (Not those drawn into a body: "thu hút 90% người lao động gia nhập tổ chức công đoàn".)
  if (left.length > 8 && EMPLOYS_ENDS.endsText(left) && EMPLOYS_SHARE_BEFORE.test(left.slice(-40)) && WORKFORCE_WHOLE_AFTER.test(ctx.sentence.slice(m.end, m.end + 40)) && _trailingReading(ctx) === null) return { metric: 'workers', kind: 'share' };
  // "- TCCSĐ đạt TSVM: 36/41 (87,8%)": the share rated, under its label.
  if (left.includes(':', left.length - 60) && RATED_LABEL_PERCENT_BEFORE.test(left.slice(-60))) return null;
  // "Tỷ lệ công nhân nghỉ việc, chuyển chỗ làm hằng năm khoảng 20 - 25%": a rate of turnover named before it.
  if (left.length > 12 && left.includes('lệ', left.length - 90) && TURNOVER_RATE_BEFORE.test(left.slice(-90))) return null;
  // "Thu kinh phí công đoàn chỉ đạt 62,5%", "Số kinh phí … để lại CĐCS theo tỷ lệ 75%": a rate of money.
  const near = left.slice(-240);
  if (MONEY_SUBJECT.test(near.slice(Math.max(near.lastIndexOf(';'), near.lastIndexOf(','), near.lastIndexOf(':')) + 1))) return null;
  // "100% tổ chức cơ sở đảng … đã tổ chức xong đại hội": how far a round of congresses has got, no count of ours.
  if (ratingWindow.includes('đại hội') && CONGRESS_HELD_AFTER.test(ratingWindow)) return null;
  // "Trên 70% đảng viên kết nạp mới là ĐVCĐ …", "ít nhất 70% số đảng viên kết nạp mới là công nhân": a share of those newly
  // admitted, whatever they were.
  if ((noun === 'party_member' || noun === null) && NEWLY_ADMITTED_AFTER.test(ctx.sentence.slice(m.end, m.end + 40))) return { metric: 'party_admissions', kind: 'share' };
  // "Trong tổng số đảng viên mới kết nạp …, hơn 70% là đoàn viên thanh niên": a share of the group of new ones.
  if (noun === null && left.length > 8 && /^\s*trong/iu.test(left) && /^\s*(?:đều\s+)?là\s/u.test(ctx.sentence.slice(m.end, m.end + 12))) {
    const group = _newGroupMetric(left);
    if (group !== null) return { metric: group, kind: 'share' };
  }
  const tail = left.slice(-48);
  const clause = left.slice(left.lastIndexOf(';') + 1).slice(-160);
  // ("nhu cầu tuyển dụng khoảng 12.500 lao động, trong đó khoảng 30% là lao động nữ", "nhu cầu lao động phổ thông chiếm gần
  // 80%", "thiếu từ 5 đến 10% lao động", "chiếm khoảng 68% số hồ sơ": shares of jobs to fill, of a shortage, of applications.)
  if ((clause.includes('nhu cầu') && RECRUITING_DEMAND.test(clause)) || (left.includes('thiếu') && /(?<![\p{L}])thiếu(?:\s+hụt)?(?:\s+(?:từ|khoảng|gần|hơn|trên))?\s*$/iu.test(left.slice(-24))) || /^\s*số hồ sơ(?![\p{L}])/iu.test(ctx.sentence.slice(m.end, m.end + 12))) return null;
  // ("Tỷ lệ công nhân được tiêm ít nhất 1 mũi vắc xin đạt 96%", "đã đạt 100% công suất": rates of an epidemic's measures or of
  // output, none of ours.)
  if (EPIDEMIC_MEASURE.test(clause) || /^\s*công suất(?![\p{L}])/iu.test(ctx.sentence.slice(m.end, m.end + 14))) return null;
  // ("có mặt: 1.102 đoàn viên (đạt 88,3%)": the share of those present.)
  if (clause.includes(':') && PRESENT_COUNT_BEFORE.test(clause)) return null;
  // "tỷ lệ đảng viên tham gia sinh hoạt luôn đạt trên 95%": the rate of an activity, not a share of members.
  if (ACTIVITY_RATE.test(clause)) return null;
  // "thành lập 19 CĐCS, kết nạp 1.376 đoàn viên, đạt lần lượt 45,9% và 47,5% kế hoạch": in order.
  const respectively = respectivelyReading(m, left, drafts, firstDraftOfSentence);
  if (respectively) return respectively;
  // "… tỷ lệ đoàn viên/lao động đạt 94,1%; khu vực trong nước …, tỷ lệ này chỉ đạt 71,8%": the rate just
  // stated, for another part (this sentence's or the one before).
  if (THIS_RATE_BEFORE.test(tail)) {
    const last = _lastShare(drafts);
    if (last) return last;
  }
  // ("Nghị quyết đặt chỉ tiêu 75% doanh nghiệp … có tổ chức công đoàn; kết quả đạt 81,5%": the rate the goal set, reached.)
  if (noun === null && drafts.length > firstDraftOfSentence && RESULT_RATE_BEFORE.test(tail)) {
    const goal = drafts[drafts.length - 1]!;
    if (goal.unit === 'percent' && goal.kind === 'target') return { metric: goal.metric, kind: 'share' };
  }
  const rate = RATE_NOUN.test(clause);
  // ("CĐCS có 2.688 đoàn viên, đạt 86,2% tổng số lao động": a whole named after the percent makes it a share.)
  // ("Tỷ lệ doanh nghiệp … có tổ chức đảng đạt 24,6%, bằng 82% mục tiêu Chỉ thị đề ra": after a rate, a plan named after
  // the percent still makes it the share of the plan met.)
  const achievement = ACHIEVEMENT_BEFORE.test(tail) && (!rate || GOAL_NAMED_AFTER.test(ctx.sentence.slice(m.end, m.end + 30))) && !WHOLE_NAMED_AFTER_RATE.test(ctx.sentence.slice(m.end, m.end + 40));
  // "khai thác được 6.250 tấn mủ quy khô, đạt 48,6% kế hoạch năm": the achievement of a figure of
  // something else (tonnes, money) stated since the last count of ours.
  if (achievement) {
    const lastDraft = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
    if (OTHER_FIGURE.test(lastDraft !== null && lastDraft.mentionEnd <= left.length ? left.slice(lastDraft.mentionEnd) : clause)) return null;
  }
  const kind: Kind = achievement ? 'achievement' : 'share';
  // "KN 156 ĐV/150 chỉ tiêu (104%)": a rate in brackets right after a plan is the share of the plan met.
  const planBefore = !achievement && left.endsWith('(') && drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
  if (planBefore !== null && planBefore.unit === 'count' && planBefore.kind === 'target' && planBefore.mentionEnd <= left.length && /^[\s\p{L}]{0,24}\($/u.test(left.slice(planBefore.mentionEnd))) return { metric: planBefore.metric, kind: 'achievement' };
  // "số được giới thiệu cho Đảng mỗi năm chỉ vào khoảng 1%": a label that names only the deed.
  // (Not the whole a rate of admissions is taken over: "Tỷ lệ kết nạp so với số được giới thiệu đạt 39,8%".)
  const deed = left.includes('được', left.length - 100) ? DEED_ONLY_RATE_BEFORE.exec(left.slice(-100)) : null;
  if (deed !== null && !/(?:so với|trên|\/)\s*$/u.test(left.slice(0, left.length - deed[0].length))) return { metric: deed[1]!.toLowerCase() === 'giới thiệu' ? 'referrals' : 'party_admissions', kind };
  // "chiếm xấp xỉ 60% …": a share said so before the percent (asked once: the tail does not change).
  const share = SHARE_BEFORE.test(tail);
  // "trong đó 48 bản được xếp loại A, chiếm 22,4%": the share of a figure of something else stated since the
  // last count of ours; "chi trực tiếp chăm lo … đoàn viên và NLĐ chiếm 58,4%": a share of money spent.
  if (!achievement && share) {
    const lastDraft = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
    // (No count of ours yet in the sentence: since its start. "Tổng doanh thu … ước đạt 18.000 tỉ đồng, riêng gia
    // công xuất khẩu phần mềm chiếm trên 70%".)
    const since = lastDraft !== null && lastDraft.mentionEnd <= left.length ? left.slice(lastDraft.mentionEnd) : lastDraft === null ? left : clause;
    if (UNCOUNTED_FIGURE.test(since) || MONEY_SUBJECT.test(left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(','), left.lastIndexOf(':')) + 1))) return null;
  }

  // "74,9% số đảng viên mới kết nạp … là đoàn viên công đoàn", "chiếm xấp xỉ 60% số đoàn viên": the share
  // of the population named after "số".
  // (Not "tổng số …": that names the whole. What happens to the population, "70% số đoàn viên được
  // giới thiệu được kết nạp", is read from the trailing verb; what it is, "… là đoàn viên", is not.)
  // ("chiếm 91% số lao động" after "287 đoàn viên" names the whole, as "tổng số" does.)
  const population = noun === null && !share ? /^\s*(?:trong\s+)?số\s+/iu.exec(ctx.sentence.slice(m.end)) : null;
  if (population) {
    // ("tỉ lệ đoàn viên trên 98% số người lao động": a rate named before the percent, of the whole named after it.)
    const rated = left.includes('tỷ lệ') || left.includes('tỉ lệ') ? _rateNamedInClause(left, ctx) : null;
    if (rated !== null) return { metric: rated, kind: achievement ? 'achievement' : 'share' };
    const named = _nounAt(ctx.sentence.slice(m.end + population[0].length));
    // ("48 CĐCS với 10.065 đoàn viên, đạt 93,3% số lao động": members over the workforce named as the whole.)
    const part = achievement && named !== null ? _lastPartOf(named.cls, drafts, firstDraftOfSentence) : null;
    if (part !== null) return { metric: part, kind: 'share' };
    const event = _trailingReading(ctx);
    if (event && event.kind === 'flow') return { metric: event.metric, kind };
    // ("142 CĐCS … đã ký kết TƯLĐTT, đạt 75,9% số CĐCS khu vực sản xuất": a part of a population, not of a plan.)
    const r = named ? metricFor(named.cls, 'stock', { ...ctx, trailing: '' }) : null;
    if (r) return { metric: r.metric, kind: 'share' };
  }
  // "giới thiệu 1.126 đoàn viên ưu tú cho Đảng, 402 người đã được kết nạp, đạt 35,7%": a rate that is the last count
  // of the sentence over the one before it, with no plan named, is the share of the whole that the part is.
  if (achievement && noun === null && !PLAN_NAMED_AFTER.test(ctx.sentence.slice(m.end, m.end + 40))) {
    const part = _partOverWhole(m, drafts, firstDraftOfSentence);
    if (part !== null) return { metric: part, kind: 'share' };
  }
  // "Tỷ lệ kết nạp/giới thiệu: 44,3%": of those referred, the share admitted to the Party.
  if (ADMISSION_RATE_BEFORE.test(tail)) return { metric: 'party_admissions', kind: 'share' };
  // ("Tỷ lệ HTX có chi bộ đạt 21,9%", "tỷ lệ HTX có từ 10 lao động trở lên đã thành lập CĐCS đạt 72%": of units no metric
  // counts, the share that have a body is the body's.)
  const unitsWithBody = rate && noun === null ? _unitsWithBodyRate(left, ctx) : null;
  if (unitsWithBody !== null) return { metric: unitsWithBody, kind: 'share' };
  // "tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt 100%": a rate of something none of our nouns names.
  if (rate && _rateOfNothing(clause)) return null;
  // A trailing verb: "trong đó có 50% được kết nạp".
  const trailing = _trailingReading(ctx);
  if (trailing && !achievement) return { metric: trailing.metric, kind };
  // A noun after the percent, possibly after "là" or "tổng số": "30% đảng viên", "60% là lao động ngoài tỉnh".
  // ("chiếm 82,9% tổng số lao động" names the whole, not the part: that is left to the figure before.)
  const rest = ctx.sentence.slice(m.end);
  // ("… có 286 đoàn viên, chiếm 97% lao động": a workforce right after a share is its whole too.)
  const denominator = /^\s*(?:tổng số|so với|trên tổng|trong tổng)/iu.test(rest) || (share && (/^\s*(?:số\s|(?:người lao động|lao động|công nhân lao động|CNLĐ|NLĐ)(?![\p{L}]))/iu.test(rest) || (/^\s*lực lượng lao động(?![\p{L}])/iu.test(rest) && _membersJustBefore(left, drafts, firstDraftOfSentence))));
  // "đảng viên chỉ chiếm chưa đến 1% tổng số lao động", "Đảng viên là người dân tộc thiểu số chiếm 7,4%":
  // the subject of "chiếm", named in its clause with no figure in between, is what the share is of.
  // ("riêng Đảng bộ Thiên Phúc đã chiếm gần 19% số đảng viên của khu vực này": a body's share of the members named after
  // the percent is a share of those members.)
  const ofMembers = share && BODY_SUBJECT.test(left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';')) + 1)) ? OF_MEMBERS_AFTER.exec(rest) : null;
  const members = ofMembers === null ? null : _nounAt(rest.slice(ofMembers[0].length));
  const membersReading = members !== null && MEMBERSHIP_NOUNS.has(members.cls) ? metricFor(members.cls, 'stock', ctx) : null;
  if (membersReading !== null) return { metric: membersReading.metric, kind: 'share' };
  const subject = share ? _shareSubject(left, ctx, drafts, firstDraftOfSentence) : null;
  if (subject) return { metric: subject, kind: 'share' };
  // "Khu vực này có gần 135.000 công nhân lao động, mà đảng viên chưa đến 0,6%": a subject and a hedge,
  // "chiếm" left out.
  // (The subject is read before HEDGE_AT_END is tried: both are pure, and most clauses open with no counted noun.)
  const hedgedSubject = HEDGE_ENDS.endsText(tail) ? _hedgedSubject(left, ctx) : null;
  const hedged = hedgedSubject !== null && HEDGE_AT_END.test(tail) ? hedgedSubject : null;
  if (hedged) return { metric: hedged, kind: 'share' };
  // "đạt tỷ lệ 85% so với tổng số lao động" after "21.460 ĐVCĐ/25.250 CNLĐ": the whole is named, so
  // the share is of the last count that is a part of it (members among workers, bodies among firms);
  // "doanh nghiệp …, sử dụng dưới 10 lao động, chiếm hơn 90% tổng số doanh nghiệp": of the whole itself.
  if (denominator) {
    const wholeText = rest.replace(/^\s*(?:tổng số|so với tổng số|so với|trên tổng số|trong tổng số|số)/iu, '');
    const whole = _nounAt(wholeText);
    // "kết nạp 3.612 đảng viên …, chiếm 31,4% tổng số đảng viên kết nạp toàn tỉnh": a whole of those admitted.
    if (whole && whole.cls === 'party_member' && share && /^\s*(?:mới\s+)?(?:được\s+)?kết nạp(?![\p{L}])/u.test(wholeText.slice(whole.length))) {
      const last = drafts.length > firstDraftOfSentence ? drafts[drafts.length - 1]! : null;
      if (last !== null && last.unit === 'count' && last.metric === 'party_admissions') return { metric: 'party_admissions', kind: 'share' };
    }
    // ("…; đến cuối nhiệm kỳ tỷ lệ đảng viên đạt 13% tổng số lao động": the clause names its rate before the figure.)
    const named = whole !== null && (left.includes('tỷ lệ') || left.includes('tỉ lệ')) ? _rateNamedInClause(left, ctx) : null;
    if (named) return { metric: named, kind: achievement ? 'achievement' : 'share' };
    const part = whole ? _lastPartOf(whole.cls, drafts, firstDraftOfSentence) : null;
    if (part) return { metric: part, kind: achievement ? 'achievement' : 'share' };
    if (whole && share) {
      const r = metricFor(whole.cls, 'stock', ctx);
      if (r) return { metric: r.metric, kind: 'share' };
    }
  }

  // "trong đó ít nhất 40% là công nhân" after "kết nạp 250 đảng viên": 40% of those admitted.
  // "86,2% là tỷ lệ đoàn viên trên tổng số lao động": the rate is named after the percent.
  const rateNamed = noun === null ? RATE_NAMED_AFTER.exec(rest) : null;
  const rateNoun = rateNamed === null ? null : _nounAt(rest.slice(rateNamed[0].length));
  const rateReading = rateNoun === null ? null : metricFor(rateNoun.cls, 'stock', ctx);
  if (rateReading !== null) return { metric: rateReading.metric, kind: achievement ? 'achievement' : 'share' };
  const predicate = /^\s*(?:là|đều là)(?![\p{L}])/u.exec(rest);
  if (predicate && noun === null) {
    const people = _previousPeopleReading(drafts, firstDraftOfSentence);
    if (people) return { metric: people.metric, kind };
  }
  // "hoàn thành 100% chỉ tiêu phát triển đoàn viên": the plan's verb and noun.
  const plan = noun === null ? PLAN_AFTER.exec(rest) : null;
  if (plan) {
    const planned = _verbAtStart(rest.slice(plan[0].length));
    const plannedNoun = planned ? _nounAt(rest.slice(plan[0].length + planned.length)) : null;
    const r = plannedNoun ? metricFor(plannedNoun.cls, planned!.cls, ctx) : null;
    if (r) return { metric: r.metric, kind };
  }
  // ("Hơn 90% trong số đó là công đoàn viên": the set it is taken from may come between.)
  // ("hơn 70% lực lượng lao động": a whole body of people named by what they are.)
  const after = denominator ? null : (noun ?? _nounAt(rest.replace(/^\s*(?:(?:trong (?:số )?(?:đó|này|họ)\s+)?(?:là|đều là)|lực lượng|đội ngũ)(?![\p{L}])/u, ''))?.cls ?? null);
  if (after && after !== 'person') {
    const r = metricFor(after, verb, ctx);
    if (r) return { metric: r.metric, kind };
  }
  const previous = (): Reading | null => {
    for (let i = drafts.length - 1; i >= firstDraftOfSentence; i--) {
      const d = drafts[i]!;
      if (d.unit !== 'count') continue;
      // "117.846 ĐVCĐ/127.520 CNLĐ, đạt tỉ lệ 92,4%": a ratio's percent is of its numerator.
      const before = drafts[i - 1];
      // "1.126 đoàn viên trên tổng số 1.180 lao động, đạt tỷ lệ 95,4%": the same, said in words.
      // ("498.720/612.455 CNLĐ": the part's mention runs over the whole to the noun they share.)
      const between = before === undefined ? '' : before.mentionEnd > d.mentionStart ? ctx.sentence.slice(before.mentionStart, d.mentionStart).replace(/^[\d.,]+/u, '') : ctx.sentence.slice(before.mentionEnd, d.mentionStart);
      if (before && i - 1 >= firstDraftOfSentence && before.unit === 'count' && RATIO_BETWEEN.test(between)) {
        return { metric: before.metric, kind };
      }
      return { metric: d.metric, kind };
    }
    return null;
  };
  const head = (): Reading | null => {
    // (The part of the clause the percent stands in first: "Tổng số lao động … là 6.980 người, tỷ lệ đoàn
    // viên/lao động đạt 77,5%" gives the members' share.)
    const comma = clause.lastIndexOf(',');
    let named = (comma > 0 ? _headNounAfterCountWord(clause.slice(comma + 1)) : null) ?? _headNounAfterCountWord(clause);
    if (!named) return null;
    // "số công nhân lao động là đoàn viên công đoàn chiếm 87%": the share of those who are members.
    const predicate = /^\s*là\s+/u.exec(named.rest);
    const predicateNoun = predicate ? _nounAt(named.rest.slice(predicate[0].length)) : null;
    // (Only a membership predicate: in "tỷ lệ đảng viên là công nhân …" the share is still of Party members.)
    if (predicate && predicateNoun && MEMBERSHIP_NOUNS.has(predicateNoun.cls) && !MEMBERSHIP_NOUNS.has(named.cls)) {
      named = { cls: predicateNoun.cls, rest: named.rest.slice(predicate[0].length + predicateNoun.length) };
    }
    // ("số đoàn viên được kết nạp mới trong năm, đạt 107,3% chỉ tiêu": new members of their own body, no Party named.)
    const newMembers = _newMembersReading(named.cls, named.rest, ctx);
    if (newMembers !== null) return { metric: newMembers.metric, kind };
    const inner = _trailingReading({ ...ctx, trailing: named.rest });
    // (What Party members are besides says who they are, not what the share is of: "tỷ lệ đảng viên mới là đoàn viên
    // thanh niên chiếm 71,6%" is of admissions.)
    const described = inner !== null && inner.kind === 'stock' && (named.cls === 'party_member' || named.cls === 'new_party_member');
    if (inner && !described && named.cls !== 'enterprise' && named.cls !== 'party_org' && named.cls !== 'union_org') return { metric: inner.metric, kind };
    const r = metricFor(named.cls, _lastClauseVerb(named.rest) ?? 'stock', { ...ctx, trailing: named.rest });
    if (r === null) return null;
    // "kết nạp 22 đảng viên trở lên, trong đó tỷ lệ đảng viên là công nhân … chiếm từ 50% trở lên": a rate inside
    // the breakdown of a count of the same family is of that count.
    const breakdownOf = /(?<![\p{L}])trong (?:đó|số đó)(?![\p{L}])/iu.test(clause) ? drafts.slice(firstDraftOfSentence).reverse().find((d) => d.unit === 'count' && !d.isDelta) : undefined;
    if (breakdownOf !== undefined && breakdownOf.metric !== r.metric && _sameFamily(breakdownOf.metric, r.metric)) return { metric: breakdownOf.metric, kind };
    return { metric: r.metric, kind };
  };
  // "đạt 62%" after a count qualifies that count; a rate or "số …" clause qualifies what it names.
  // ("…(4.000 đoàn viên, 30 CĐCS), kết quả phát triển đoàn viên mới đạt 57,9%": a clause of its own naming
  // what was done, with no figure, is what the achievement is of.)
  let reading = achievement ? (_doneInClause(left, ctx) ?? previous() ?? head()) : (head() ?? previous());
  // "…; trong đó 1.586 đồng chí đã được kết nạp vào Đảng, đạt 73,9%": a part over its total is a share.
  const lastCount = drafts.slice(firstDraftOfSentence).reverse().find((d) => d.unit === 'count');
  // (Not a part in a bracket closed before the percent: "87 đơn vị (khu vực ngoài nhà nước 61 đơn vị), đạt 87% chỉ tiêu".)
  // (Not a rate of a plan named after it: "trong đó 15 đồng chí là công nhân …, đạt 115% chỉ tiêu" is the total's.)
  if (reading && achievement && lastCount && lastCount.parentIndex !== null && !left.slice(lastCount.mentionEnd).includes(')') && !PLAN_NAMED_AFTER.test(ctx.sentence.slice(m.end, m.end + 30))) reading = { metric: reading.metric, kind: 'share' };
  if (reading) return reading;
  // ("… kết nạp 412 đảng viên trong các doanh nghiệp. Kết quả trên đạt 51,5% kế hoạch năm 2015": the result the sentence
  // before stated, referred back to at the head of this one.)
  // (Past the shares that described it: "kết nạp 41 đảng viên, trong đó nữ chiếm 46,3%, …. Kết quả này bằng 68,3% chỉ tiêu".)
  if (achievement && firstDraftOfSentence > 0 && RESULT_REFERRED_BEFORE.test(left)) {
    let i = firstDraftOfSentence - 1;
    const sentence = drafts[i]!.sentenceIndex;
    while (i > 0 && drafts[i]!.unit === 'percent' && drafts[i]!.kind === 'share' && drafts[i - 1]!.sentenceIndex === sentence) i--;
    const d = drafts[i]!;
    if (d.unit === 'count' && !d.isDelta && d.kind !== 'target') return { metric: d.metric, kind: 'achievement' };
  }
  const named = _lastNounIn(clause.slice(-100));
  if (named && (achievement || share)) {
    const r = metricFor(named.cls, _lastClauseVerb(clause) ?? 'stock', ctx);
    if (r) return { metric: r.metric, kind };
  }
  // "…; có tổ chức công đoàn 12,4%": the noun right before the percent.
  const right = _lastNounIn(tail);
  if (right && right.end >= tail.length - 2 && /(?:^|[;,]\s*|\s)có\s+$/u.test(tail.slice(0, right.index))) {
    const r = metricFor(right.cls, 'stock', ctx);
    if (r) return { metric: r.metric, kind };
  }
  // "Lực lượng thanh niên công nhân chiếm gần 70% tổng số lao động": only the whole is a metric.
  if (denominator && share) {
    const whole = _nounAt(ctx.sentence.slice(m.end).replace(/^\s*(?:tổng số|so với|trên tổng số|trong tổng số)/iu, ''));
    const r = whole ? metricFor(whole.cls, 'stock', ctx) : null;
    if (r) return { metric: r.metric, kind };
  }
  return null;
}
