/**
 * The period a figure covers, or the date it is counted at, as a sentence
 * states it: "năm 2023", "giai đoạn 2020-2025", "từ năm 2020 đến nay",
 * "6 tháng đầu năm 2024", "quý I/2024", "Tính đến hết ngày 31/5/2024".
 */
import { lowerCased, lowerTwin } from './lower-case.js';

export interface PeriodMention {
  start: number;
  /** "2023", "2020-2025", "2024-01..2024-06"; null when only a date is given. */
  period: string | null;
  /** ISO date for "tính đến (hết) ngày dd/mm/yyyy" and similar. */
  asOf: string | null;
}

interface PeriodRule {
  /** Documented pattern; applied with the g flag over one sentence. */
  pattern: RegExp;
  /** Words every match contains (any one of them), in lower case: a sentence with none is not scanned. */
  needs: readonly string[];
  /** Every match contains a four-digit year. */
  year: boolean;
  read(m: RegExpExecArray, publishedYear: number | null, published: string | null): Omit<PeriodMention, 'start'> | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function monthEnd(y: number, m: number): string | null {
  return m >= 1 && m <= 12 ? isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()) : null;
}

/** Month counts in words ("Bốn tháng đầu năm"), as the lower-cased rules read them. */
const MONTH_COUNT_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12 };

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Ordered: more specific first; overlapping later matches are ignored. */
const PERIOD_RULES: readonly PeriodRule[] = [
  {
    // "Tính đến hết ngày 31/5/2024", "đến ngày 31-12-2023", "tới 30/6/2024"
    needs: ['đến ', 'tới '],
    year: true,
    pattern: /(?:tính )?(?:đến|tới)(?: hết| cuối)?(?: ngày)? (\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/giu,
    read: (m) => {
      const asOf = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
      return asOf ? { period: m[3]!, asOf } : null;
    },
  },
  {
    // "đến hết tháng 6/2024", "tính đến cuối tháng 9 năm 2023"
    needs: [' tháng '],
    year: true,
    pattern: /(?:tính )?(?:đến|tới)(?: hết| cuối)? tháng (\d{1,2})(?:\/| năm )(\d{4})/giu,
    read: (m) => ({ period: m[2]!, asOf: monthEnd(Number(m[2]), Number(m[1])) }),
  },
  {
    // "từ năm 2020 đến nay", "từ 2020 đến nay", "từ đầu năm 2024 đến nay"
    needs: [' nay'],
    year: true,
    pattern: /từ (?:đầu )?(?:năm )?((?:19|20)\d{2}) (?:đến|tới) nay/giu,
    read: (m, year, published) => ({ period: year ? `${m[1]}-${year}` : `${m[1]}-`, asOf: published }),
  },
  {
    // "từ năm 2020 đến năm 2023", "từ 2021 đến 2025"
    needs: ['từ '],
    year: true,
    pattern: /từ (?:năm )?((?:19|20)\d{2}) (?:đến|tới) (?:năm )?((?:19|20)\d{2})/giu,
    read: (m) => ({ period: `${m[1]}-${m[2]}`, asOf: null }),
  },
  {
    // "giai đoạn 2020-2025", "nhiệm kỳ 2020 – 2025", "2021-2023"
    needs: ['-', '–', '—'],
    year: true,
    pattern: /(?:(?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch) )?((?:19|20)\d{2}) ?[-–—] ?((?:19|20)\d{2})/giu,
    read: (m) => ({ period: `${m[1]}-${m[2]}`, asOf: null }),
  },
  {
    // "6 tháng đầu năm 2024", "9 tháng năm 2023", "Bốn tháng đầu năm 2024"
    needs: [' tháng'],
    year: true,
    pattern: /(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) tháng(?: đầu)?(?: năm)? ((?:19|20)\d{2})/giu,
    read: (m) => {
      const months = MONTH_COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      return months >= 1 && months <= 12 ? { period: `${m[2]}-01..${m[2]}-${pad(months)}`, asOf: null } : null;
    },
  },
  {
    // "quý I/2024", "quý 3 năm 2023"
    needs: ['quý '],
    year: true,
    pattern: /quý (I{1,3}|IV|[1-4])(?:\/| năm )((?:19|20)\d{2})/giu,
    read: (m) => {
      const q = ROMAN_QUARTER[m[1]!.toLowerCase()] ?? 0;
      return q ? { period: `${m[2]}-${pad(q * 3 - 2)}..${m[2]}-${pad(q * 3)}`, asOf: null } : null;
    },
  },
  {
    // "tháng 6/2024", "tháng 9 năm 2016"
    needs: ['tháng '],
    year: true,
    pattern: /tháng (\d{1,2})(?:\/| năm )((?:19|20)\d{2})/giu,
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { period: `${m[2]}-${pad(Number(m[1]))}`, asOf: null } : null),
  },
  {
    // "năm 2023", "Năm 2017", "trong năm 2024", "cuối năm 2023"
    needs: ['năm '],
    year: true,
    pattern: /năm ((?:19|20)\d{2})(?!\d)/giu,
    read: (m) => ({ period: m[1]!, asOf: null }),
  },
  {
    // "năm nay", "trong năm" (the year of publication)
    needs: ['năm nay', 'trong năm'],
    year: false,
    pattern: /(?:năm nay|trong năm(?! (?:19|20)\d{2}))(?![\p{L}])/giu,
    read: (_m, year) => (year ? { period: String(year), asOf: null } : null),
  },
  {
    // "đến nay", "hiện nay": a stock counted at publication
    needs: [' nay', 'hiện tại'],
    year: false,
    pattern: /(?:đến nay|hiện nay|hiện tại)(?![\p{L}])/giu,
    // Recorded even without a publication date, so a later "tháng 6/2014" is not taken instead.
    read: (_m, _year, published) => ({ period: null, asOf: published }),
  },
];

/** Every word some rule needs, once each (see PeriodRule.needs), lower case. */
const NEEDS: readonly string[] = [...new Set(PERIOD_RULES.flatMap((rule) => rule.needs))];

/**
 * Four ASCII digits in a row: what every year rule needs (one native scan, once per sentence, only
 * when a year rule is tried). Spelled out: V8 scans `\d\d\d\d` twice as fast as `\d{4}`.
 */
const FOUR_DIGITS = /\d\d\d\d/u;

if (NEEDS.length > 30) throw new Error('find-period: too many needs for one bit each');

/**
 * Where each need is looked for: at its highest code unit (an accented letter where it has one,
 * rarer in the text than a plain letter or a space), so few positions of a sentence are compared.
 */
const ANCHOR_AT: readonly number[] = NEEDS.map((word) => {
  let best = 0;
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) > word.charCodeAt(best)) best = i;
  return best;
});
/** The anchor code unit of each need, as a one-unit string for `indexOf`. */
const ANCHOR: readonly string[] = NEEDS.map((word, k) => word.charAt(ANCHOR_AT[k]!));

/**
 * `text.includes(NEEDS[k])`, found through the native search for its anchor unit (every
 * occurrence holds it at ANCHOR_AT[k]), then a comparison at each hit. (A search for the whole
 * need, such as " nay", stops at every space; a pass over every code unit in JavaScript, at every
 * unit.)
 */
function _holdsNeed(text: string, k: number): boolean {
  const word = NEEDS[k]!;
  const at = ANCHOR_AT[k]!;
  const anchor = ANCHOR[k]!;
  for (let i = text.indexOf(anchor, at); i >= 0; i = text.indexOf(anchor, i + 1)) if (text.startsWith(word, i - at)) return true;
  return false;
}

/**
 * Whether `text` holds one of the needs of `bits` (bit 1 << k: NEEDS[k]). The answers found so far
 * are kept in `memo` (per call: `asked` the needs looked up, `held` those found), since rules share
 * needs.
 */
function _holdsSome(text: string, bits: number, memo: { asked: number; held: number }): boolean {
  if ((memo.held & bits) !== 0) return true;
  for (let k = 0; k < NEEDS.length; k++) {
    const bit = 1 << k;
    if ((bits & bit) === 0 || (memo.asked & bit) !== 0) continue;
    memo.asked |= bit;
    if (_holdsNeed(text, k)) {
      memo.held |= bit;
      return true;
    }
  }
  return false;
}

/** The bits of a rule's needs (1 << k for NEEDS[k]): it is tried only when the sentence holds one of them. */
function _needBits(rule: PeriodRule): number {
  let bits = 0;
  for (const word of rule.needs) bits |= 1 << NEEDS.indexOf(word);
  return bits;
}

/** PERIOD_RULES for lower-cased text, each with the bits of its needs. */
const LOWER_RULES: ReadonlyArray<PeriodRule & { needBits: number }> = PERIOD_RULES.map((rule) => ({ ...rule, pattern: lowerTwin(rule.pattern), needBits: _needBits(rule) }));
/** PERIOD_RULES as they are (they hold `i`), for the rare text lower-casing would move. */
const UNGATED_RULES: ReadonlyArray<PeriodRule & { needBits: number }> = PERIOD_RULES.map((rule) => ({ ...rule, needBits: -1 }));

/** "so với (cùng kỳ)" before a period: the period a figure is compared with. */
const COMPARED_BEFORE = /so với\s+(?:cùng kỳ\s+)?$/iu;

/** Every period mention in a sentence, in order, without overlaps. */
export function findPeriods(sentence: string, published: string | null): PeriodMention[] {
  const year = published ? Number(published.slice(0, 4)) : null;
  const found: Array<PeriodMention & { end: number }> = [];
  // The rules read lower-cased text ("Sáu tháng đầu năm" is "sáu tháng đầu năm"); their groups are digits or lower case.
  const lower = lowerCased(sentence);
  const text = lower ?? sentence;
  // (A text whose lower case moves offsets is scanned by every rule, ungated.) A year rule is tried
  // only on a text with four digits in a row, and any rule only on one that holds a word it needs.
  let fourDigits: boolean | null = lower === null ? true : null;
  const memo = { asked: 0, held: 0 };
  for (const rule of lower === null ? UNGATED_RULES : LOWER_RULES) {
    if (lower !== null) {
      if (rule.year && !(fourDigits ??= FOUR_DIGITS.test(text))) continue;
      if (!_holdsSome(text, rule.needBits, memo)) continue;
    }
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // "tăng 52 ĐV so với cùng kỳ năm 2023": the period compared with, not the figure's.
      if (COMPARED_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      const value = rule.read(m, year, published);
      if (value) found.push({ start, end, ...value });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ start, period, asOf }) => ({ start, period, asOf }));
}

/**
 * The period for a number at `at`: the nearest mention before it in the
 * sentence, else the first one after it, else `inherited` (the paragraph's).
 */
export function periodAt(periods: readonly PeriodMention[], at: number, inherited: PeriodMention | null, sentence?: string): PeriodMention | null {
  let before: PeriodMention | null = null;
  // (A period in brackets dates what is in them: "… so với đầu nhiệm kỳ (năm 2018 có 1.198 CĐCS, …)".)
  for (const p of periods) if (p.start < at && (sentence === undefined || !_bracketBetween(sentence, p.start, at))) before = p;
  if (before) return before;
  // (Not one past a ";": "hiện có 57 doanh nghiệp …; phấn đấu đến năm 2025 thành lập 01 chi bộ" dates the chi bộ only.)
  // (Nor a goal's own, after the figure: "đã thành lập mới 74 tổ chức đảng, đạt 74% mục tiêu đến năm 2025".)
  return periods.find((p) => p.start > at && (sentence === undefined || (!/[;(]/u.test(sentence.slice(at, p.start)) && !GOAL_BEFORE_PERIOD.test(sentence.slice(Math.max(at, p.start - 24), p.start))))) ?? inherited;
}

/** A goal's word right before its period: "mục tiêu đến ", "chỉ tiêu ", "kế hoạch ". */
const GOAL_BEFORE_PERIOD = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|kế hoạch|KH)(?:\s+(?:đến|tới|của|đề ra))?\s*$/iu;

/** Whether a bracket closes between `from` and `to` that opened at or after `from`'s own bracket: "(năm 2018 …), X". */
function _bracketBetween(text: string, from: number, to: number): boolean {
  const close = text.indexOf(')', from);
  return close >= 0 && close < to && text.lastIndexOf('(', from) > text.lastIndexOf(')', from);
}
