/**
 * Step 6 of extractFacts, the target side: whether a figure is a goal rather
 * than a result, from goal cues earlier in its sentence ("Mục tiêu năm 2017
 * là: …"), a target heading over a list, or a period after the article's date.
 */
import { RESULT_CUE, TARGET_CUE, TARGET_CUE_EXCLUDED_BEFORE } from '../cues.js';
import type { PeriodMention } from '../find-period.js';
import { lowerCased, lowerTwin } from '../lower-case.js';
import { _isCountedNoun } from './cue-scan.js';

const TARGET_CUE_LOWER = lowerTwin(TARGET_CUE);
const RESULT_CUE_LOWER = lowerTwin(RESULT_CUE);

/** A list item line: "- …", "+ …", "• …", "a) …", "1. …". */
export const LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;

/**
 * A figure whose period lies wholly after the article's date is a plan:
 * "Giai đoạn 2026 – 2030: mỗi năm thành lập mới từ 5 đến 7 tổ chức cơ sở đảng"
 * in an article of 2024.
 */
export function _isFuture(period: PeriodMention | null, published: string | null): boolean {
  if (!period?.period || !published) return false;
  const start = Number(period.period.slice(0, 4));
  return Number.isFinite(start) && start > Number(published.slice(0, 4));
}

/** Whether a figure's period ends before the year of the article's date. */
export function _isPast(period: PeriodMention | null, published: string | null): boolean {
  if (!period?.period || !published) return false;
  // ("2016", "2016-2020", "2024-01..2024-09", "2018-06-30": the last year it names.)
  const years = period.period.match(/(?:19|20)\d{2}/gu);
  return years !== null && Math.max(...years.map(Number)) < Number(published.slice(0, 4));
}

export interface CuePositions {
  /**
   * Goal cues; `until` ends their reach when they sit inside a parenthesis; `source` marks a plan cited as the
   * source of what follows ("Theo kế hoạch, …"), which may recall past years as well as set goals.
   */
  targets: Array<{ at: number; until: number; source?: boolean }>;
  results: number[];
}

/** A figure and what it counts: "2.500 đoàn viên", "90% doanh nghiệp" (not "Chỉ tiêu 3:", "6 tháng cuối năm:", "7 nhóm nhiệm vụ"). */
const STATED_FIGURE = /\d\s*%?\s+(?=\p{L})/gu;

function _statesFigure(text: string): boolean {
  STATED_FIGURE.lastIndex = 0;
  for (let m = STATED_FIGURE.exec(text); m; m = STATED_FIGURE.exec(text)) if (_isCountedNoun(text.slice(m.index + m[0].length))) return true;
  return false;
}
/** Years and spans of years, which state no goal: "Chỉ tiêu năm 2024:", "giai đoạn 2021 - 2025:". */
const YEARS = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)/gu;

/**
 * Where a sentence names a goal and where it reports a result; computed once per sentence. The results are
 * found when first asked for: most sentences name no goal, and only some of their figures ask.
 */
export function _cuePositions(sentence: string): CuePositions {
  const targets: CuePositions['targets'] = [];
  const lower = lowerCased(sentence);
  const s = lower ?? sentence;
  const target = lower === null ? TARGET_CUE : TARGET_CUE_LOWER;
  target.lastIndex = 0;
  for (let m = target.exec(s); m; m = target.exec(s)) {
    if (TARGET_CUE_EXCLUDED_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    // ("KN 156 ĐV/150 chỉ tiêu", "97/130 chỉ tiêu năm": the plan a result is set over, no goal.)
    if (PLAN_WORD.test(m[0]) && PLAN_AFTER_FRACTION_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("thành phố phải giải thể 9 chi bộ do doanh nghiệp ngừng hoạt động": what circumstances forced, no goal.)
    if (m[0].toLowerCase() === 'phải' && FORCED_AFTER.test(s.slice(m.index + m[0].length, m.index + 40))) continue;
    // ("dù phải thực hiện phương án '3 tại chỗ'", "dù … nhiều doanh nghiệp phải giảm giờ làm": what was borne, no goal.)
    if (m[0].toLowerCase() === 'phải' && CONCESSIVE_BEFORE.test(s.slice(Math.max(0, m.index - 80), m.index))) continue;
    // ("318 doanh nghiệp đăng ký hoạt động": firms registered, no pledge; nor people who sign up to join.)
    if (m[0].toLowerCase() === 'đăng ký' && REGISTERED_AFTER.test(s.slice(m.index + m[0].length, m.index + 30))) continue;
    // ("Kế hoạch nêu: năm 2023, Công đoàn … kết nạp 1.126 đoàn viên": a plan that reports, in its review of the year
    // before, speaks of results.)
    if (m[0].toLowerCase() === 'kế hoạch' && PLAN_REPORTS_AFTER.test(s.slice(m.index + m[0].length, m.index + 30))) continue;
    // ("Theo số liệu của Sở Kế hoạch và Đầu tư, năm 2024 toàn tỉnh có 312 doanh nghiệp thành lập mới": a department's name.)
    if (m[0].toLowerCase() === 'kế hoạch' && (PLANNING_DEPARTMENT_AFTER.test(s.slice(m.index + m[0].length, m.index + 24)) || PLANNING_DEPARTMENT_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index)))) continue;
    // A plan in a parenthesis governs only its inside: "14 CĐCS (kế hoạch 10), 5 chi bộ".
    const open = sentence.lastIndexOf('(', m.index);
    const close = sentence.indexOf(')', m.index);
    const inside = open >= 0 && open > sentence.lastIndexOf(')', m.index) && close >= 0;
    const source = m[0].toLowerCase() === 'kế hoạch' && PLAN_AS_SOURCE.test(s.slice(Math.max(0, m.index - 12), m.index + 12));
    targets.push({ at: m.index, until: inside ? close : Number.POSITIVE_INFINITY, ...(source ? { source } : {}) });
  }
  // "Mỗi CĐCS … giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng", "mỗi năm kết nạp tối thiểu 30 đảng viên": a quota of
  // each, up to the end of its clause (not what each did: "mỗi chi bộ đã kết nạp ít nhất 1 đảng viên").
  if (s.includes('mỗi')) {
    EACH_AT_LEAST.lastIndex = 0;
    for (let m = EACH_AT_LEAST.exec(s); m; m = EACH_AT_LEAST.exec(s)) {
      if (DONE_BEFORE_QUOTA.test(m[1]!)) continue;
      const end = sentence.indexOf(';', m.index);
      targets.push({ at: m.index, until: end < 0 ? Number.POSITIVE_INFINITY : end });
    }
  }
  // (The results depend only on the sentence and its goals, both fixed here: found once, on the first ask.)
  let results: number[] | undefined;
  return {
    targets,
    get results(): number[] {
      return (results ??= _resultPositions(sentence, lower, targets));
    },
  };
}

/** Where a sentence (`lower`: its lower case, or null) reports a result, given its goal cues. */
function _resultPositions(sentence: string, lower: string | null, targets: CuePositions['targets']): number[] {
  const results: number[] = [];
  const s = lower ?? sentence;
  const result = lower === null ? RESULT_CUE : RESULT_CUE_LOWER;
  result.lastIndex = 0;
  for (let m = result.exec(s); m; m = result.exec(s)) results.push(m.index);
  // "Chỉ tiêu giới thiệu 2.500 đoàn viên: giới thiệu 3.105 đoàn viên, đạt 124,2%": a goal stated with its
  // figure before a ":" is followed by what was done ("Mục tiêu năm 2017 là: …" states none, and its goals follow).
  for (const t of targets) {
    const colon = sentence.indexOf(':', t.at);
    if (colon > 0 && colon < t.until && /\S/u.test(sentence.slice(colon + 1)) && _statesFigure(sentence.slice(t.at, colon).replace(YEARS, ' '))) results.push(colon);
  }
  // "41.236 đoàn viên (chỉ tiêu: 35.000; đạt 117,8%)": in a plan's bracket, the share met after the plan is a result.
  for (const t of targets) {
    if (t.until === Number.POSITIVE_INFINITY) continue;
    const met = MET_IN_BRACKET.exec(sentence.slice(t.at, t.until));
    if (met !== null) results.push(t.at + met.index);
  }
  // "… nhiều doanh nghiệp phải thu hẹp sản xuất, nhưng … vẫn kết nạp 1.508 đoàn viên": a clause set against the goal's
  // reports what happened.
  if (targets.length > 0 && (s.includes('nhưng') || s.includes('song') || s.includes('tuy nhiên'))) {
    CONTRAST.lastIndex = 0;
    for (let m = CONTRAST.exec(s); m; m = CONTRAST.exec(s)) results.push(m.index);
  }
  // "Hai chỉ tiêu quan trọng … đạt 142% so với Nghị quyết": a share of a goal met, reported.
  if (s.includes('so với')) {
    ACHIEVED_AGAINST.lastIndex = 0;
    for (let m = ACHIEVED_AGAINST.exec(s); m; m = ACHIEVED_AGAINST.exec(s)) results.push(m.index);
  }
  return results;
}

/** "mỗi …" up to "ít nhất" or "tối thiểu" before a figure, in one clause (group 1: the words between). */
const EACH_AT_LEAST = /(?<![\p{L}])mỗi\s([^;.:]{0,80}?)(?<![\p{L}])(?:ít nhất|tối thiểu)\s+(?:là\s+)?\d/gu;
/**
 * What each did, not must do: "đã" or "vừa" before a verb ("đã kết nạp"; not "đã có tổ chức đảng", which names them),
 * or "được" after it ("đều giới thiệu được ít nhất 02 đoàn viên").
 */
const DONE_BEFORE_QUOTA = /(?<![\p{L}])(?:(?:đã|vừa)\s+(?!có(?![\p{L}]))|được\s*$)/u;

/** The share of a plan met, after the plan's figure in its bracket: "; đạt 117,8%", ", bằng 103%". */
const MET_IN_BRACKET = /\d[\d.,]*[^;,()]{0,20}[;,]\s*(?:đạt|bằng|vượt)\s+(?:tỷ lệ\s+)?[\d.,]+\s*%/u;

/** A cue that names a plan: "chỉ tiêu", "kế hoạch", "KH". */
const PLAN_WORD = /^(?:chỉ tiêu|kế hoạch|KH)$/iu;
/** The figure of a fraction right before the plan's word: "156 ĐV/150 ", "97/130 ". */
const PLAN_AFTER_FRACTION_BEFORE = /\/\s*\d[\d.,]*\s$/u;

/** A concession earlier in the clause, before "phải": "dù ", "mặc dù …", "tuy …" (no "," or ";" between: the clause it opens). */
const CONCESSIVE_BEFORE = /(?<![\p{L}])(?:dù|mặc dù|tuy|tuy rằng|dẫu)(?![\p{L}])[^;.]*$/u;

/** What one is forced or obliged to do, right after "phải": " giải thể", " tạm dừng", " cho công nhân nghỉ", " đóng kinh phí công đoàn". */
const FORCED_AFTER = /^\s+(?:giải thể|sáp nhập|cắt giảm|thu hẹp|tạm dừng|tạm ngừng|ngừng|dừng|đóng cửa|cho (?:công nhân|người lao động|lao động|CNLĐ|NLĐ) nghỉ|nghỉ việc|chuyển sinh hoạt|đóng|nộp|trích nộp)(?![\p{L}])/iu;

/**
 * What a firm registers, right after "đăng ký": " hoạt động", " phương án", " kinh doanh", " doanh nghiệp", " thành
 * lập mới"; and people signing up to join, which is joining: "684 NLĐ tự nguyện đăng ký gia nhập công đoàn".
 */
// ("1.064 doanh nghiệp đăng ký tạm ngừng kinh doanh", "số lao động đăng ký của các doanh nghiệp thành lập mới": firms and
// their workers registered.)
const REGISTERED_AFTER = /^\s+(?:hoạt động|phương án|kinh doanh|doanh nghiệp|thành lập doanh nghiệp|thành lập mới|thành lập(?=\s*[,;.)])|mới|đầu tư|thường trú|tạm trú|gia nhập|vào công đoàn|vào tổ chức công đoàn|tạm ngừng|giải thể|quay trở lại|của (?:các )?(?:doanh nghiệp|DN))(?![\p{L}])/iu;

/** A department named for planning, around "kế hoạch": "Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch" (no plan). */
const PLANNING_DEPARTMENT_BEFORE = /(?<![\p{L}])(?:sở|bộ|tài chính\s*[-–—]?)\s*$/iu;
const PLANNING_DEPARTMENT_AFTER = /^\s*(?:và|[-–—])\s*đầu tư(?![\p{L}])/iu;

/** What a plan does when it reports rather than plans, right after "kế hoạch": " nêu:", " đánh giá", " cho biết". */
const PLAN_REPORTS_AFTER = /^\s+(?:nêu|nêu rõ|cho biết|đánh giá|nhận định|nhận xét|chỉ rõ|chỉ ra|thống kê)(?![\p{L}])/iu;

/** A plan cited as a source, "Theo kế hoạch, ", at the head of its sentence or clause (the window is 12 units either side of the cue). */
const PLAN_AS_SOURCE = /(?:^|[,;:.]\s*|^\s*)theo kế hoạch\s*,/iu;

/** A comma and a word that sets what follows against what came before: ", nhưng", ", song", ", tuy nhiên". */
const CONTRAST = /,\s*(?:nhưng|song|tuy nhiên)(?![\p{L}])/gu;

/** "đạt 142% so với Nghị quyết", "đạt lần lượt 142% và 127% so với kế hoạch": a percent of a goal, met (not "phấn đấu đạt 100% kế hoạch", nor "đạt 80% so với tổng số"). */
const ACHIEVED_AGAINST = /(?<![\p{L}])đạt\s+(?:(?:lần lượt|tương ứng)\s+)?(?:[\d.,]+\s*%\s*(?:,|và)\s*)*[\d.,]+\s*%\s+so với\s+(?:kế hoạch|chỉ tiêu|KH|nghị quyết|mục tiêu)(?![\p{L}])/giu;

/** Whether the number at `at` stands in a target context: after a goal cue, with no result reported in between. */
export function _isTargetAt(cues: CuePositions, at: number): boolean {
  return _targetCueAt(cues, at) !== null;
}

/** The goal cue the number at `at` stands under (the last before it, with no result reported in between), or null. */
export function _targetCueAt(cues: CuePositions, at: number): CuePositions['targets'][number] | null {
  let cue: CuePositions['targets'][number] | null = null;
  for (const t of cues.targets) if (t.at < at && at < t.until) cue = t;
  if (cue === null) return null;
  const from = cue.at;
  return cues.results.some((r) => r > from && r < at) ? null : cue;
}
