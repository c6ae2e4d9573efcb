/**
 * "lần lượt" and "tương ứng": figures listed after the cue that map, in order, onto what is listed
 * before it.
 *
 *   "Số tổ chức đảng và đảng viên ở doanh nghiệp ngoài nhà nước lần lượt là 9 và 104"
 *   "Số quần chúng ưu tú được cử đi học lớp …, số đảng viên dự bị hiện nay và số đảng viên được trao
 *    Huy hiệu Đảng lần lượt là 64, 31 và 8"
 *   "phát triển đoàn viên và thành lập CĐCS lần lượt đạt 142% và 127% so với Nghị quyết"
 *   "Công đoàn và Đoàn thanh niên đã giới thiệu lần lượt 58 và 41 đoàn viên ưu tú …"
 *
 * Each figure of the list is read as if the sentence said it alone: the list of subjects becomes the
 * one subject of that figure (when the figures are bare), or the list of figures becomes that one
 * figure before the noun they share. The caller reads that sentence with the same rules
 * (`readAlone`), so every rule that reads one figure reads each of a list.
 * Percents after figures of ours ("kết nạp 612 đoàn viên, thành lập 3 CĐCS, đạt tương ứng 61,2% và
 * 60% kế hoạch") are left to percent-reading.ts, which maps them onto the counts before.
 */
import type { NumberMention } from '../parse-number.js';

/** The cue: "lần lượt", "tương ứng" (not "lần thứ", nor "tương ứng với", a correspondence). */
const RESPECTIVE_CUE = /(?<![\p{L}])(?:lần lượt|tương ứng)(?![\p{L}])(?!\s+với)/iu;
/** Between the cue and the first figure: "là", "có", "đạt", ":". */
const CUE_TO_FIGURE = /^\s*(?:(?:là|có|đạt|được|bằng|với)\s*)?:?\s*$/u;
/** Between two figures of the list: ", ", " và ", ", và ". */
const FIGURE_JOIN = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
/** Between subjects: ", " or " và " (what splits "số tổ chức đảng và đảng viên"). */
const SUBJECT_JOIN = /\s*,\s*(?:và\s+)?|\s+và\s+/gu;
/** A verb of stating at the end of the subjects, before the cue: "… đạt lần lượt", "… là lần lượt". */
const STATING_VERB_END = /\s+(?:đã\s+)?(?:là|đạt|có|được)\s*$/u;

export interface RespectiveFigure {
  /** The sentence to read the figure in, alone. */
  sentence: string;
  /** Where the figure stands in it. */
  at: number;
  /** The year of the figure when the sentence lists as many years before it: "Năm 2017, 2018 và 2019, … lần lượt 41, 56 và 63". */
  period?: string;
}

/**
 * For each mention (by index) of a "lần lượt" list, the sentence that states it alone; an empty map
 * when the sentence has no such list.
 */
export function _respectiveFigures(text: string, mentions: readonly NumberMention[]): Map<number, RespectiveFigure> {
  const out = new Map<number, RespectiveFigure>();
  // (Every list of the sentence: "thành lập mới lần lượt 41, 56 và 63 CĐCS, kết nạp tương ứng 9.870, 12.415 và 14.202
  // đoàn viên".)
  RESPECTIVE_CUES.lastIndex = 0;
  for (let cue = RESPECTIVE_CUES.exec(text); cue; cue = RESPECTIVE_CUES.exec(text)) _readList(text, mentions, cue.index, cue.index + cue[0].length, out);
  _readSharedNouns(text, mentions, out);
  return out;
}

/**
 * Whether a sentence may list bare counts before the noun they share, with no cue: two figures joined by ", " or
 * " và " (a cheap test before `_respectiveFigures`).
 */
export function _mayListFigures(text: string, mentions: readonly NumberMention[]): boolean {
  for (let k = 0; k + 1 < mentions.length; k++) {
    if (mentions[k]!.unit !== 'count') continue;
    const gap = text.slice(mentions[k]!.end, mentions[k + 1]!.start);
    if (FIGURE_JOIN.test(gap) || PART_OF_NEXT.test(gap)) return true;
  }
  return false;
}

/** A period or a time after a figure: " tháng", " năm" ("năm 2022 là 16, 10 tháng năm 2023 là 21" lists no counts). */
const PERIOD_WORD_AFTER = /^\s+(?:tháng|năm|ngày|quý|tuần|giờ|lần|đợt|kỳ)(?![\p{L}])/iu;

/** Between a bare part and the whole it is of: " trong số ", " trên tổng số " ("19 trong số 34 đảng viên mới"). */
const PART_OF_NEXT = /^\s+(?:trong|trên)\s+(?:tổng\s+)?số\s+$/u;

/** A label naming what the figure after it counts: "Số đoàn viên là ", "tổng số ĐVCĐ: ". */
const PART_LABELLED_BEFORE = /(?<![\p{L}])(?:[Ss]ố|[Tt]ổng số)\s+[^\d,;.:]{2,40}?(?:\s+là|:)\s*$/u;

/**
 * Counts listed before the noun they share, with no cue: "Đảng bộ các huyện Đồng Hỷ, Phú Lương và Võ Nhai có 12, 9 và 7
 * chi bộ doanh nghiệp", "ba địa bàn kết nạp nhiều nhất, với 24, 17 và 11 đảng viên", "6, 4 và 2 lớp bồi dưỡng … lần
 * lượt được mở tại …": each read as if the sentence named it alone before the noun; so is a bare part before the whole it
 * is of ("19 trong số 34 đảng viên mới"). Lists already read are kept.
 */
function _readSharedNouns(text: string, mentions: readonly NumberMention[], out: Map<number, RespectiveFigure>): void {
  for (let first = 0; first + 1 < mentions.length; first++) {
    if (out.has(first) || mentions[first]!.unit !== 'count') continue;
    // ("Đáng chú ý, 19 trong số 34 đảng viên mới là công nhân": a bare part, read as if it counted the whole's noun.)
    // (Not a part a label names: "Số đoàn viên là 98.650 trên tổng số 107.300 lao động".)
    if (mentions[first + 1]!.unit === 'count' && PART_OF_NEXT.test(text.slice(mentions[first]!.end, mentions[first + 1]!.start)) && /^\s+\p{L}/u.test(text.slice(mentions[first + 1]!.end, mentions[first + 1]!.end + 2)) && !PART_LABELLED_BEFORE.test(text.slice(Math.max(0, mentions[first]!.start - 60), mentions[first]!.start))) {
      const lead = text.slice(0, mentions[first]!.start);
      out.set(first, { sentence: lead + mentions[first]!.raw + text.slice(mentions[first + 1]!.end), at: lead.length });
      continue;
    }
    let last = first;
    while (last + 1 < mentions.length && mentions[last + 1]!.unit === 'count' && FIGURE_JOIN.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
    if (last === first) continue;
    const listStart = mentions[first]!.start;
    const listEnd = mentions[last]!.end;
    // (The noun right after the last figure, not a period, no figure right before the first, and no year in it: "Năm
    // 2018, hai CĐCS …" and "năm 2022 là 16, 10 tháng năm 2023 là 21" are no lists. Two figures in a row with a comma alone are a range said loosely: "chỉ có 7, 8 lao động".)
    const run = mentions.slice(first, last + 1);
    const loose = run.length === 2 && run[1]!.value === run[0]!.value + 1 && !/và/u.test(text.slice(listStart, listEnd));
    if (loose || !/^\s+\p{L}/u.test(text.slice(listEnd, listEnd + 2)) || PERIOD_WORD_AFTER.test(text.slice(listEnd, listEnd + 8)) || /[\d.,]\s*$/u.test(text.slice(Math.max(0, listStart - 2), listStart)) || run.some((m) => /^(?:19|20)\d{2}$/u.test(m.raw))) {
      first = last;
      continue;
    }
    const lead = text.slice(0, listStart);
    for (let k = first; k <= last; k++) if (!out.has(k)) out.set(k, { sentence: lead + mentions[k]!.raw + text.slice(listEnd), at: lead.length });
    first = last;
  }
}

/** A verb (or what governs a figure as one does) at the end of the text before a cue: "… kết nạp", "… tăng", "… có". */
const VERB_AT_END = /(?<![\p{L}])(?:kết nạp(?: mới)?|thành lập(?: mới)?|giới thiệu|phát triển(?: mới)?|tăng|giảm|có|là|đạt|với|gồm|mới|được|tuyển|thu hút|vận động|cho|tổ chức|mở|bồi dưỡng|chiếm|bàn giao|tiếp nhận|xóa tên|xoá tên)\s*$/iu;

/** The cue anywhere in a sentence (RESPECTIVE_CUE, global). */
const RESPECTIVE_CUES = new RegExp(RESPECTIVE_CUE.source, 'giu');

/** Subjects that are one label and a list of years: "số CĐCS năm 2021, 2022, 2023", "các năm 2019, 2020, 2021" (group 1 the label, 2 the years). */
const LABEL_AND_YEARS = /^(.*?)(?:(?:các|những)\s+)?năm\s+((?:19|20)\d{2}(?:\s*(?:,|và|,\s*và)\s*(?:19|20)\d{2})+)\s*$/iu;

/** A list of years: "2017, 2018 và 2019", "2021, 2022, 2023". */
const YEAR_LIST = /(?<!\d)(?:19|20)\d{2}(?:\s*(?:,\s*và|,|và)\s*(?:19|20)\d{2})+(?!\d)/gu;

/** The years of the last list of years in `text` (""Năm 2017, 2018 và 2019, …" → 2017, 2018, 2019), or none. */
function _lastYearList(text: string): string[] {
  let last: string | null = null;
  YEAR_LIST.lastIndex = 0;
  for (let m = YEAR_LIST.exec(text); m; m = YEAR_LIST.exec(text)) last = m[0];
  return last === null ? [] : last.split(/\s*(?:,\s*và|,|và)\s*/u);
}

/** The list after one cue (`cueStart`, `cueEnd`), added to `out` for figures not read yet. */
function _readList(text: string, mentions: readonly NumberMention[], cueStart: number, cueEnd: number, out: Map<number, RespectiveFigure>): void {
  _readFigures(text, mentions, cueStart, cueEnd, out);
  // (Each figure of a list its sentence gives as many years for is of its own year.)
  const first = mentions.findIndex((m) => m.start >= cueEnd);
  const years = first < 0 ? [] : _lastYearList(text.slice(0, cueStart));
  if (years.length < 2) return;
  let n = 0;
  while (out.has(first + n) && out.get(first + n)!.period === undefined) n++;
  if (n !== years.length) return;
  for (let k = 0; k < n; k++) out.get(first + k)!.period = years[k]!;
}

/** `_readList` without the years. */
function _readFigures(text: string, mentions: readonly NumberMention[], cueStart: number, cueEnd: number, out: Map<number, RespectiveFigure>): void {
  const first = mentions.findIndex((m) => m.start >= cueEnd);
  if (first < 0 || out.has(first) || !CUE_TO_FIGURE.test(text.slice(cueEnd, mentions[first]!.start))) return;
  let last = first;
  while (last + 1 < mentions.length && FIGURE_JOIN.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
  const n = last - first + 1;
  if (n < 2 || mentions.slice(first, last + 1).some((m) => m.unit !== mentions[first]!.unit)) return;
  const listStart = mentions[first]!.start;
  const listEnd = mentions[last]!.end;
  const clauseStart = Math.max(text.lastIndexOf(';', cueStart), text.lastIndexOf(':', cueStart)) + 1;

  // Figures that share the noun after the last: each read in the place of the list, without the cue
  // ("đã giới thiệu lần lượt 58 và 41 đoàn viên ưu tú" → "đã giới thiệu 58 đoàn viên ưu tú").
  // ("…; đoàn viên tương ứng 118.600 và 127.350 người": a subject with no verb before the cue is what each figure is:
  // "đoàn viên là 118.600 người".)
  if (mentions[first]!.unit === 'count' && /^\s*\p{L}/u.test(text.slice(listEnd, listEnd + 2))) {
    const before = text.slice(clauseStart, cueStart);
    const link = /\p{L}\s*$/u.test(before) && !/\d/u.test(before) && !VERB_AT_END.test(before) ? ' là' : '';
    const lead = `${text.slice(0, cueStart).replace(/\s+$/u, '')}${link} ${text.slice(cueEnd, listStart)}`.replace(/\s+$/u, '') + ' ';
    for (let k = first; k <= last; k++) {
      const m = mentions[k]!;
      out.set(k, { sentence: lead + m.raw + text.slice(listEnd), at: lead.length });
    }
    return;
  }

  // Bare figures: one subject each, from the list of subjects before the cue.
  let subjectsEnd = cueStart;
  const stating = STATING_VERB_END.exec(text.slice(clauseStart, subjectsEnd));
  const beforeCue = stating === null ? '' : stating[0];
  subjectsEnd -= beforeCue.length;
  const subjects = text.slice(clauseStart, subjectsEnd);
  // "…, đạt 142%" keeps its verb; "… lần lượt là 9" becomes "… là 9".
  const link = beforeCue !== '' ? beforeCue : /^\s*(?:là|có|đạt)/u.test(text.slice(cueEnd, listStart)) ? ' ' : ' là ';
  const afterCue = text.slice(cueEnd, listStart).replace(/^\s*/u, '');
  const put = (k: number, head: string, subject: string): void => {
    const lead = `${head}${subject}${link}${afterCue}`.replace(/\s+$/u, '') + ' ';
    out.set(k, { sentence: lead + mentions[k]!.raw + text.slice(listEnd), at: lead.length });
  };
  // ("số CĐCS năm 2021, 2022, 2023 lần lượt là 228, 241, 259": one label, a year for each figure.)
  const years = LABEL_AND_YEARS.exec(subjects);
  const yearList = years === null ? [] : years[2]!.split(/\s*(?:,\s*và|,|và)\s*/u);
  if (years !== null && yearList.length === n) {
    const head = text.slice(0, clauseStart);
    for (let k = first; k <= last; k++) put(k, head, `${years[1]!}năm ${yearList[k - first]!}`);
    return;
  }
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  SUBJECT_JOIN.lastIndex = 0;
  for (let j = SUBJECT_JOIN.exec(subjects); j; j = SUBJECT_JOIN.exec(subjects)) {
    spans.push({ start: from, end: j.index });
    from = j.index + j[0].length;
  }
  spans.push({ start: from, end: subjects.length });
  // ("…; đoàn viên tương ứng 118.600, 127.350 và 139.020 người": one subject, its figures for the periods just listed;
  // "Trong ba năm, số đoàn viên được giới thiệu lần lượt là 71, 83 và 96": after a lead-in.)
  if (spans.length < n) {
    const one = spans[spans.length - 1]!;
    const subject = subjects.slice(one.start, one.end);
    if (subject.trim() === '' || /\d/u.test(subject)) return;
    const head = text.slice(0, clauseStart) + subjects.slice(0, one.start);
    for (let k = first; k <= last; k++) put(k, head, subject);
    return;
  }
  if (spans.length < n) return;
  const own = spans.slice(-n);
  // (Subjects with figures of their own are counts already stated: percent-reading.ts maps onto them.)
  if (own.some((s) => /\d/u.test(subjects.slice(s.start, s.end)) || subjects.slice(s.start, s.end).trim() === '')) return;
  const head = text.slice(0, clauseStart) + subjects.slice(0, own[0]!.start);
  for (let k = first; k <= last; k++) put(k, head, subjects.slice(own[k - first]!.start, own[k - first]!.end));
}
