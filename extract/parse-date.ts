/**
 * Date stamps → ISO "YYYY-MM-DD".
 *
 * A page's date stamp comes in many shapes (`../shared/SITES.md` §4.1 and the
 * [C2] catch-all list), but every one of them carries its date in one of five
 * token shapes, so we look for those tokens rather than for each whole layout:
 *
 *   1. numeric day-first  `02/06/2024`, `08-01-2026`, `01.03.2022` (US month-first when forced or obvious);
 *   2. year-first / ISO   `2025-06-30 00:02:07`, `2024-06-02T16:05:00+07:00`, NukeViet's `2024-06-02+0716:05:00`;
 *   3. Vietnamese long    `ngày 26 tháng 04 năm 2024`, `NGÀY 5 THÁNG 6, 2024`;
 *   4. RSS / English      `Sun, 2 Jun 2024 09:06:00 GMT`;
 *   5. English month-first `Jun 2, 2024`.
 *
 * Weekdays, times, "Cập nhật lúc", "Print … Gốc", "| Ban Nội chính" and the
 * like around the token are ignored here: deciding whether a line *is* a stamp
 * is `find-published.ts`'s job. The earliest valid token in the text wins.
 * A date without a year ("Sáng 23/4", "Chiều 14-1") is never completed: that
 * needs the page date as context, which this module does not have.
 *
 * Time zones: a date is the calendar day in Vietnam (UTC+7), as the page shows
 * it. Only tokens that state their own zone (RSS "GMT", ISO "Z" / "+hh:mm") are
 * shifted to UTC+7; "(GMT+7)" after a day-first date is already local.
 *
 * Pure: no clock. `Date.UTC` is used only for calendar arithmetic.
 */

export interface DateParseOptions {
  /**
   * Read ambiguous numeric dates as month/day/year (SharePoint lists on
   * binhduong.gov.vn: "6/30/2025 10:00 AM"). Without it, month-first is used
   * only when day-first is impossible (the second number is over 12).
   */
  monthFirst?: boolean;
}

/** A date token found in a text: the ISO date and where the token sits ([index, end) in UTF-16 units). */
export interface DateMatch {
  date: string;
  index: number;
  end: number;
}

/** Years outside this range are not publication dates (they are numbers that happen to look like years). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/** Vietnam's UTC offset in minutes; every returned date is a calendar day in this zone. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * Numeric date with the day first, the same separator twice and a four-digit
 * year; also read month-first when asked or when the day-first reading is impossible.
 * Matches: "02/06/2024", "2/6/2024", "08-01-2026", "01.03.2022", "6/30/2025".
 * Does not match: "23/4" (no year), "14-1", "2024-06-02" (year first), "02/06-2024" (mixed separators).
 */
const NUMERIC_DAY_FIRST =
  /(?<!\d[/.-]?)(?<first>\d{1,2})(?<sep>[/.-])(?<second>\d{1,2})\k<sep>(?<year>\d{4})(?!\d)/gu;

/**
 * Year-first date, optionally with an ISO time and zone. The zone is read only
 * when a time introduced by "T" or a space precedes it, so NukeViet's broken
 * og:published_time "2024-06-02+0716:05:00" (PHP 'T' = zone abbreviation,
 * SITES.md §1.3) yields its date part and nothing else.
 * Matches: "2025-06-30 00:02:07", "2024-06-02T16:05:00+07:00", "2024-06-01T20:00:00Z", "2024/06/02", "2024-06-02+0716:05:00".
 * Does not match: "02/06/2024" (day first), "20240602" (no separators), "2024-06" (no day).
 */
const YEAR_FIRST =
  /(?<!\d)(?<year>\d{4})(?<sep>[-/])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)(?:[T ](?<hour>\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?/gu;

/**
 * Vietnamese long form, as in legal documents and vuit.org.vn mastheads, and
 * the [C2] patterns "ngày %d tháng %m , %Y" / "NGÀY %d THÁNG %m, %Y".
 * Matches: "ngày 26 tháng 04 năm 2024", "ngày 17 tháng 6 năm 2024", "ngày 5 tháng 6 , 2024", "NGÀY 5 THÁNG 6, 2024".
 * Does not match: "tháng 6 năm 2024" (no day), "ngày 26 tháng 4" (no year).
 */
const VIETNAMESE_LONG =
  /(?<!\d)(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s*,?\s*(?:năm\s+)?(?<year>\d{4})(?!\d)/giu;

/**
 * RSS 2.0 / RFC 822 day-first English date with an optional time and zone.
 * NukeViet writes `gmdate('D, j M Y H:m:s')`, whose second time field is the
 * month (SITES.md §1.5), so only the hour of the time is used.
 * Matches: "Sun, 2 Jun 2024 09:06:00 GMT", "02 June 2024", "2 Jun 2024 20:15:00 +0000".
 * Does not match: "Jun 2024" (no day), "2 Jux 2024" (no month name).
 */
const ENGLISH_DAY_FIRST =
  /(?<!\d)(?<day>\d{1,2})\s+(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<year>\d{4})(?!\d)(?:\s+(?<hour>\d{1,2}):\d{2}(?::\d{2})?(?:\s*(?<tz>gmt|utc|z|[+-]\d{4})(?!\p{L}))?)?/giu;

/**
 * English month-first date (English pages of provincial portals, Drupal "medium" formats).
 * Matches: "Jun 2, 2024", "June 02 2024", "Sep. 5, 2023".
 * Does not match: "Sun, 2 Jun 2024" (day first: see ENGLISH_DAY_FIRST), "Jun 2024".
 */
const ENGLISH_MONTH_FIRST =
  /(?<!\p{L})(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})(?!\d)/giu;

/** Four digits in a row: a precondition of every date token above (all carry a year). Matches "2024". Not "24/6". */
const FOUR_DIGITS = /\d{4}/u;

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * VCCorp-style article id (nld.com.vn since 2023, soha, cafef): "-", a
 * three-digit site prefix, then yyMMddHHmmssSSS, then ".htm".
 * Matches: "https://nld.com.vn/thoi-su/abc-196240602160512345.htm".
 * Does not match: "https://x.vn/abc-5229.html" (short id), "-20240602160512345.htm" (17 digits: see URL_TIMESTAMP_ID_FULL_YEAR).
 */
const URL_TIMESTAMP_ID_SHORT_YEAR = /-\d{3}(?<year>\d{2})(?<month>\d{2})(?<day>\d{2})\d{9}\.html?(?![\p{L}\d])/u;

/**
 * Older nld.com.vn article id: "-" then yyyyMMddHHmmssSSS then ".htm" (SITES.md §4.1).
 * Matches: "https://nld.com.vn/cong-doan/abc-20231015203019876.htm".
 * Does not match: "https://nld.com.vn/abc-196240602160512345.htm" (18 digits), "-2023101520.htm".
 */
const URL_TIMESTAMP_ID_FULL_YEAR = /-(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})\d{9}\.html?(?![\p{L}\d])/u;

/**
 * A full date as path segments, "/YYYY/MM/DD/" or "/YYYY-MM-DD/" (blogs, WordPress, some papers).
 * Matches: "https://x.vn/2024/06/02/slug", "https://x.vn/tin/2024-06-02/slug.html".
 * Does not match: "https://x.blogspot.com/2024/06/slug.html" (month only), "/uploads/news/2024_06/a.jpg", "/202406/".
 */
const URL_PATH_DATE = /\/(?<year>\d{4})(?<sep>[/-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?=[/?#.-]|$)/u;

/** Everything but digits, stripped from a zone offset ("+07:00" → "0700"). */
const NON_DIGITS = /\D/gu;

/** URL dates outside this range are ids, not dates. */
const MIN_URL_YEAR = 1995;

/**
 * A stamp in the en-US format "M/d/yyyy h:mm tt" that SharePoint prints: no zero padding anywhere, a
 * 12-hour time without seconds. Vietnamese stamps pad ("02/06/2024 04:05:00 PM" on NukeViet 4.3,
 * "28/09/2020 11:43 AM" on danviet.vn), so this one is read month-first.
 * Matches: "5/8/2024 3:45 PM", "12/3/2024 10:05 AM". Does not match: "02/06/2024 04:05:00 PM", "05/08/2024 3:45 PM".
 */
const US_STAMP = /(?<![\d/])(?:[1-9]\/(?:[1-9]|[12]\d|3[01])|1[0-2]\/[1-9])\/\d{4},?\s+(?:[1-9]|1[0-2]):[0-5]\d\s?[AP]M(?![\p{L}])/u;

/** "YYYY-MM-DD" for the earliest valid date token in `text`, or null. */
export function parseDateStamp(text: string, options: DateParseOptions = {}): string | null {
  return matchDateStamp(text, options)?.date ?? null;
}

/**
 * The earliest valid date token in `text` with its position, or null.
 * An invalid token ("31/02/2024") is skipped, not fatal.
 */
export function matchDateStamp(text: string, options: DateParseOptions = {}): DateMatch | null {
  // Every token shape has a four-digit year; most lines have none and stop here.
  if (!FOUR_DIGITS.test(text)) return null;
  const lower = text.toLowerCase();
  const english = ENGLISH_MONTHS.some((month) => lower.includes(month));
  const found = [
    _weekdayChecked(text, firstValid(text, NUMERIC_DAY_FIRST, (g) => readNumeric(g, options.monthFirst === true || US_STAMP.test(text)))),
    firstValid(text, YEAR_FIRST, (g) => toVietnamDay(Number(g.year), Number(g.month), Number(g.day), g.hour, g.tz)),
    lower.includes('tháng')
      ? firstValid(text, VIETNAMESE_LONG, (g) => isoDate(Number(g.year), Number(g.month), Number(g.day)))
      : null,
    english
      ? firstValid(text, ENGLISH_DAY_FIRST, (g) =>
          toVietnamDay(Number(g.year), englishMonth(g.month), Number(g.day), g.hour, g.tz),
        )
      : null,
    english
      ? firstValid(text, ENGLISH_MONTH_FIRST, (g) => isoDate(Number(g.year), englishMonth(g.month), Number(g.day)))
      : null,
  ];
  let best: DateMatch | null = null;
  for (const match of found) if (match && (!best || match.index < best.index)) best = match;
  return best;
}

/**
 * A full publication day embedded in an article URL, or null. Month-only
 * paths ("/202406/", blogspot "/2024/06/", NukeViet uploads "/2024_06/") give
 * null: a guessed day would be wrong more often than right.
 */
export function parseUrlDate(url: string): string | null {
  for (const pattern of [URL_TIMESTAMP_ID_FULL_YEAR, URL_TIMESTAMP_ID_SHORT_YEAR, URL_PATH_DATE]) {
    const groups = pattern.exec(url)?.groups;
    if (!groups) continue;
    const rawYear = Number(groups.year);
    const year = groups.year?.length === 2 ? 2000 + rawYear : rawYear;
    if (year < MIN_URL_YEAR) continue;
    const date = isoDate(year, Number(groups.month), Number(groups.day));
    if (date) return date;
  }
  return null;
}

type Groups = Record<string, string | undefined>;

function firstValid(text: string, pattern: RegExp, read: (groups: Groups) => string | null): DateMatch | null {
  // An `exec` loop from lastIndex 0 finds what `matchAll` would, without the copy of the regex that
  // `matchAll` makes on every call (most of the cost on a short line). `read` never runs `pattern`.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const date = read(match.groups ?? {});
    if (date) {
      pattern.lastIndex = 0;
      return { date, index: match.index, end: match.index + match[0].length };
    }
    // (A match is never empty: every pattern reads a four-digit year, so lastIndex always moves on.)
  }
  return null;
}

/** A weekday right before a date: "Tue, ", "Thứ Ba, ", "Chủ nhật ", "T3, " (0 = Sunday … 6 = Saturday). */
const WEEKDAY_BEFORE = /(?:(?<en>sun|mon|tue|wed|thu|fri|sat)[a-z]*|thứ\s*(?<vi>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<cn>chủ nhật|cn))[,.]?\s*(?:ngày\s*)?$/iu;
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const VI_WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/**
 * A day/month that reads both ways ("Tue, 05/11/2021" on a US-English Drupal: 11 May) is read the way
 * the weekday before it agrees with, when one does and the other does not.
 */
function _weekdayChecked(text: string, match: DateMatch | null): DateMatch | null {
  if (match === null) return null;
  const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, match.index - 16), match.index))?.groups;
  if (w === undefined) return match;
  const weekday = w.en !== undefined ? EN_WEEKDAYS.indexOf(w.en.toLowerCase()) : w.vi !== undefined ? VI_WEEKDAYS[w.vi.toLowerCase()]! : 0;
  const [year, month, day] = match.date.split('-').map(Number) as [number, number, number];
  if (day > 12 || day === month) return match;
  const dayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (dayOf(year, month, day) === weekday || dayOf(year, day, month) !== weekday) return match;
  return { ...match, date: isoDate(year, day, month) ?? match.date };
}

/** Day-first unless month-first is asked for; switch only when the preferred reading's month is impossible. */
function readNumeric(groups: Groups, monthFirst: boolean): string | null {
  const first = Number(groups.first);
  const second = Number(groups.second);
  const year = Number(groups.year);
  let [day, month] = monthFirst ? [second, first] : [first, second];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return isoDate(year, month, day);
}

function englishMonth(name: string | undefined): number {
  return ENGLISH_MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase() as (typeof ENGLISH_MONTHS)[number]) + 1;
}

/**
 * The Vietnamese calendar day of a date that states its own zone; a date
 * without a zone (or without an hour) is taken as already local.
 */
function toVietnamDay(year: number, month: number, day: number, hour: string | undefined, tz: string | undefined): string | null {
  const local = isoDate(year, month, day);
  if (!local || hour === undefined || tz === undefined) return local;
  const h = Number(hour);
  if (h > 23) return local;
  const shifted = new Date(Date.UTC(year, month - 1, day, h) + (VIETNAM_OFFSET_MINUTES - zoneMinutes(tz)) * 60_000);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** "Z", "GMT", "UTC" → 0; "+07:00", "+0700", "+07" → 420; "-05:00" → -300. */
function zoneMinutes(tz: string): number {
  const sign = tz.startsWith('-') ? -1 : 1;
  const digits = tz.replace(NON_DIGITS, '');
  if (digits.length === 0) return 0;
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** "YYYY-MM-DD" if the day exists in that month and year, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
