/**
 * Date formats of the imitated sites (SITES.md §4.1), all rendered in
 * Vietnam time (UTC+7, no daylight saving) whatever the process time zone.
 */

const VN_OFFSET_MS = 7 * 3_600_000;

/** NukeViet's weekday names (global language keys): lower-case after "Thứ". */
const VN_WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'] as const;
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function partsAt(date: Date, offsetMs: number): Parts {
  const d = new Date(date.getTime() + offsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const vn = (date: Date): Parts => partsAt(date, VN_OFFSET_MS);
const utc = (date: Date): Parts => partsAt(date, 0);
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A wall-clock time in Vietnam as a Date. */
export function vnDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - VN_OFFSET_MS);
}

/** NukeViet article `l - d/m/Y H:i`: "Chủ nhật - 02/06/2024 16:05". */
export function formatNukeVietDetail(date: Date): string {
  const t = vn(date);
  return `${VN_WEEKDAYS[t.weekday]} - ${p2(t.day)}/${p2(t.month)}/${t.year} ${p2(t.hour)}:${p2(t.minute)}`;
}

/** `d/m/Y H:i:s`: "02/06/2024 16:05:00" (NukeViet 4.5 lists; DNN "Cập nhật"). */
export function formatDmyHms(date: Date): string {
  const t = vn(date);
  return `${p2(t.day)}/${p2(t.month)}/${t.year} ${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`;
}

/** `d/m/Y`: "02/06/2024". */
export function formatDmy(date: Date): string {
  const t = vn(date);
  return `${p2(t.day)}/${p2(t.month)}/${t.year}`;
}

/** `d/m/Y H:i`: "02/06/2024 16:05". */
export function formatDmyHm(date: Date): string {
  const t = vn(date);
  return `${p2(t.day)}/${p2(t.month)}/${t.year} ${p2(t.hour)}:${p2(t.minute)}`;
}

/** Time first, as NukeViet tag lists print it: "16:03 23/02/2026". */
export function formatHmDmy(date: Date): string {
  const t = vn(date);
  return `${p2(t.hour)}:${p2(t.minute)} ${p2(t.day)}/${p2(t.month)}/${t.year}`;
}

/** baocantho's `span.pubdate`: "08/01/2026 - 18:21". */
export function formatDmyDashHm(date: Date): string {
  const t = vn(date);
  return `${p2(t.day)}/${p2(t.month)}/${t.year} - ${p2(t.hour)}:${p2(t.minute)}`;
}

/** SharePoint list view, US month-first, 12-hour: "6/30/2025 10:00 AM". */
export function formatUsDateTime(date: Date): string {
  const t = vn(date);
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${t.month}/${t.day}/${t.year} ${hour12}:${p2(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}`;
}

/** RFC 1123 in GMT: "Sun, 02 Jun 2024 09:05:00 GMT" (HTTP headers, Drupal RSS). */
export function formatHttpDate(date: Date): string {
  return date.toUTCString();
}

/** WordPress feed dates: "Sun, 02 Jun 2024 09:05:00 +0000". */
export function formatRfc822Utc(date: Date): string {
  return date.toUTCString().replace(/ GMT$/u, ' +0000');
}

/**
 * NukeViet RSS `gmdate('D, j M Y H:m:s') . ' GMT'`: the second field is the
 * MONTH, not the minutes, and the day has no leading zero (SITES.md §1.5).
 * 09:05 UTC on 2 June 2024 → "Sun, 2 Jun 2024 09:06:00 GMT".
 */
export function formatNukeVietRssDate(date: Date): string {
  const t = utc(date);
  return `${EN_WEEKDAYS[t.weekday]}, ${t.day} ${EN_MONTHS[t.month - 1]} ${t.year} ${p2(t.hour)}:${p2(t.month)}:${p2(t.second)} GMT`;
}

/** ISO 8601 in Vietnam time: "2024-06-02T16:05:00+07:00". */
export function formatIsoVn(date: Date): string {
  const t = vn(date);
  return `${t.year}-${p2(t.month)}-${p2(t.day)}T${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}+07:00`;
}

/**
 * NukeViet's `article:published_time`, PHP `date('Y-m-dTH:i:s')`, where `T` is
 * the time-zone abbreviation ("+07"): "2024-06-02+0716:05:00" (SITES.md §1.3).
 */
export function formatNukeVietOgDate(date: Date): string {
  const t = vn(date);
  return `${t.year}-${p2(t.month)}-${p2(t.day)}+07${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`;
}

/** Year and month in Vietnam time, for `/YYYY/MM/` permalinks and monthly sitemaps. */
export function vnYearMonth(date: Date): { year: string; month: string } {
  const t = vn(date);
  return { year: String(t.year), month: p2(t.month) };
}
