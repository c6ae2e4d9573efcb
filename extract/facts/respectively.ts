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
}

/**
 * For each mention (by index) of a "lần lượt" list, the sentence that states it alone; an empty map
 * when the sentence has no such list.
 */
export function _respectiveFigures(text: string, mentions: readonly NumberMention[]): Map<number, RespectiveFigure> {
  const out = new Map<number, RespectiveFigure>();
  const cue = RESPECTIVE_CUE.exec(text);
  if (cue === null) return out;
  const cueEnd = cue.index + cue[0].length;
  const first = mentions.findIndex((m) => m.start >= cueEnd);
  if (first < 0 || !CUE_TO_FIGURE.test(text.slice(cueEnd, mentions[first]!.start))) return out;
  let last = first;
  while (last + 1 < mentions.length && FIGURE_JOIN.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
  const n = last - first + 1;
  if (n < 2 || mentions.slice(first, last + 1).some((m) => m.unit !== mentions[first]!.unit)) return out;
  const listStart = mentions[first]!.start;
  const listEnd = mentions[last]!.end;
  const clauseStart = Math.max(text.lastIndexOf(';', cue.index), text.lastIndexOf(':', cue.index)) + 1;

  // Figures that share the noun after the last: each read in the place of the list, without the cue
  // ("đã giới thiệu lần lượt 58 và 41 đoàn viên ưu tú" → "đã giới thiệu 58 đoàn viên ưu tú").
  if (mentions[first]!.unit === 'count' && /^\s*\p{L}/u.test(text.slice(listEnd, listEnd + 2))) {
    const lead = `${text.slice(0, cue.index)}${text.slice(cueEnd, listStart)}`.replace(/\s+$/u, '') + ' ';
    for (let k = first; k <= last; k++) {
      const m = mentions[k]!;
      out.set(k, { sentence: lead + m.raw + text.slice(listEnd), at: lead.length });
    }
    return out;
  }

  // Bare figures: one subject each, from the list of subjects before the cue.
  let subjectsEnd = cue.index;
  const stating = STATING_VERB_END.exec(text.slice(clauseStart, subjectsEnd));
  const beforeCue = stating === null ? '' : stating[0];
  subjectsEnd -= beforeCue.length;
  const subjects = text.slice(clauseStart, subjectsEnd);
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  SUBJECT_JOIN.lastIndex = 0;
  for (let j = SUBJECT_JOIN.exec(subjects); j; j = SUBJECT_JOIN.exec(subjects)) {
    spans.push({ start: from, end: j.index });
    from = j.index + j[0].length;
  }
  spans.push({ start: from, end: subjects.length });
  if (spans.length < n) return out;
  const own = spans.slice(-n);
  // (Subjects with figures of their own are counts already stated: percent-reading.ts maps onto them.)
  if (own.some((s) => /\d/u.test(subjects.slice(s.start, s.end)) || subjects.slice(s.start, s.end).trim() === '')) return out;
  const head = text.slice(0, clauseStart) + subjects.slice(0, own[0]!.start);
  // "…, đạt 142%" keeps its verb; "… lần lượt là 9" becomes "… là 9".
  const link = beforeCue !== '' ? beforeCue : /^\s*(?:là|có|đạt)/u.test(text.slice(cueEnd, listStart)) ? ' ' : ' là ';
  const afterCue = text.slice(cueEnd, listStart).replace(/^\s*/u, '');
  for (let k = first; k <= last; k++) {
    const m = mentions[k]!;
    const subject = subjects.slice(own[k - first]!.start, own[k - first]!.end);
    const lead = `${head}${subject}${link}${afterCue}`.replace(/\s+$/u, '') + ' ';
    out.set(k, { sentence: lead + m.raw + text.slice(listEnd), at: lead.length });
  }
  return out;
}
