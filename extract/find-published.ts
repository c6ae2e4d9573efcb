/**
 * The page's own publication date in a plain-text scraped page.
 *
 * A page shows many dates: its own stamp, a masthead "today", dates inside
 * sentences, related-article dates. Only the first is wanted. The stamp is a
 * short line that is essentially a date (SITES.md §4.1 shapes) and sits next to
 * the title, or failing that in the byline zone at the end of the article.
 *
 * Steps of `findPublishedLine`:
 *   1. Header zone = the first HEADER_ZONE_LINES non-empty lines.
 *   2. A candidate is a stamp line (`parseStampLine`) with no masthead cue
 *      (site name, weather, "Hôm nay", a domain: MASTHEAD_CUES).
 *   3. The title position is the first header line that is neither a stamp
 *      line nor a masthead line.
 *   4. Of several candidates, those with a clock time when others have none
 *      (a masthead prints today's date without one); then the first candidate
 *      after the title; else the candidate just before it (at most
 *      MAX_LEAD_DISTANCE lines: seed 004 has no title line and opens with its
 *      "Print … Gốc" stamp).
 *   5. Else look in the byline zone: the last TRAILING_ZONE_LINES non-empty
 *      lines before the trailing chrome (related lists etc. carry other
 *      articles' dates, so the zone stops at the first trailing heading).
 *   6. Else null: "no date" is an answer (seeds 001 and 003 show none).
 */

import {
  BODY_DATE_WORD_PATTERN,
  DOMAIN_PATTERN,
  MASTHEAD_CUE_PATTERN,
  STAMP_WORD_PATTERN,
  startsTrailingChrome,
} from './boilerplate-cues.js';
import { matchDateStamp } from './parse-date.js';

/** "Roughly the first 8 non-empty lines": title, stamp, counters, tools, the lead. */
const HEADER_ZONE_LINES = 8;
/** Lines just before the trailing chrome where a closing byline and date may sit. */
const TRAILING_ZONE_LINES = 4;
/** A stamp line is short; longer lines are prose and are not even parsed (keeps this linear and fast). */
const MAX_STAMP_LINE_LENGTH = 160;
/** Letters allowed on a stamp line besides the date and stamp words ("| Ban Nội chính" has 11). */
const MAX_OTHER_LETTERS = 30;
/** How far above the title a stamp may sit and still be the page's own. */
const MAX_LEAD_DISTANCE = 2;

/**
 * A clock time, 24-hour or with AM/PM, or Vietnamese "16h05".
 * Matches "16:05", "04:05:00 PM", "16h05". Does not match "02/06/2024", "16 giờ".
 */
const CLOCK_TIME = /\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?/gu;

/** CLOCK_TIME anywhere in a line, as a test. */
const HAS_CLOCK_TIME = /\d{1,2}[:h]\d{2}/u;

/**
 * A day range just before the date: "(01 - 02/6/2024)" is an event, not a stamp.
 * Matches the end of "Trong 02 ngày (01 - ". Does not match the end of "Chủ nhật - " (no digit before the
 * dash) nor of "08:10 - " (a time before the date, as some newspaper CMSs print their stamp).
 */
const DAY_RANGE_BEFORE = /(?<![:h]\d|[:h])\d\s*[-–—]\s*$/u;

/** Any letter: what is counted on a stamp line after the date and stamp words are removed. */
const LETTER = /\p{L}/gu;

/** The stamp the page shows for itself: its date and the line it is on. */
export interface PublishedStamp {
  date: string;
  lineIndex: number;
}

/** Short menu labels: at most 32 characters and five words (six in 24 characters), no digit, no sentence or field punctuation ("Thời sự", "Biên giới - Cửa khẩu"). */
function _isMenuItem(line: string): boolean {
  if (line.length > 32 || /[\d.:;,!?|]/u.test(line)) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x20) words++;
  // ("Học tập và làm theo Bác": six short words.)
  return words <= 5 || (words === 6 && line.length <= 24);
}

/** "YYYY-MM-DD" of the page's own date stamp, or null. */
export function findPublishedInText(lines: readonly string[]): string | null {
  return findPublishedLine(lines)?.date ?? null;
}

/** The page's own date stamp with the index (into `lines`) of the line it is on, or null. */
export function findPublishedLine(lines: readonly string[]): PublishedStamp | null {
  return _findPublishedLine(lines, lines.map((line) => line.trim()), (i) => parseStampLine(lines[i] ?? ''));
}

/**
 * `findPublishedLine` for a caller that has trimmed the lines already and parses some of them as stamps
 * itself: `trimmed[i]` is `lines[i].trim()` and `stampOf(i)` is `parseStampLine(lines[i])` (which the
 * caller may remember, so that no line is parsed twice).
 */
export function _findPublishedLine(lines: readonly string[], trimmed: readonly string[], stampOf: (lineIndex: number) => string | null): PublishedStamp | null {
  // (Menu items scraped above the title, "Thời sự", "Xây dựng Đảng", "Biên giới - Cửa khẩu", take no place in
  // the header zone: a menu of fifteen items would push the stamp out of it.)
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = trimmed[i] ?? '';
    if (line !== '' && !(nonEmpty.length < HEADER_ZONE_LINES && _isMenuItem(line))) nonEmpty.push(i);
  }

  // 1–4. Header zone.
  const header = nonEmpty.slice(0, HEADER_ZONE_LINES);
  let titlePos = -1;
  const candidates: Array<{ pos: number; stamp: PublishedStamp }> = [];
  header.forEach((lineIndex, pos) => {
    const line = lines[lineIndex] ?? '';
    const date = stampOf(lineIndex);
    // (The masthead test matters only for a date or while the title is not found.)
    if (date === null && titlePos >= 0) return;
    const masthead = isMastheadLine(line);
    // ("Thứ Năm, 15/01/2026" then "Trang chủ | Tin tức | …": a weekday and a date alone right above the menu is the masthead's
    // today, wherever the title is.)
    if (date && !masthead && !((WEEKDAY_DATE_ONLY.test(line) || WEEKDAY_DATE_IN_WORDS.test(line)) && _menuFollows(trimmed, lineIndex))) candidates.push({ pos, stamp: { date, lineIndex } });
    if (titlePos < 0 && !date && !masthead) titlePos = pos;
  });
  if (titlePos < 0) return candidates[0]?.stamp ?? null;
  // A masthead prints today's date without a time ("Thứ hai, 9/2/2026" above the menu); the page's own
  // stamp usually has one ("Thứ sáu, 6/2/2026, 14:20 (GMT+7)"): when some candidates have a time and
  // others not, only the timed ones are the page's.
  const timed = candidates.filter((c) => HAS_CLOCK_TIME.test(lines[c.stamp.lineIndex] ?? ''));
  if (timed.length > 0 && timed.length < candidates.length) candidates.splice(0, candidates.length, ...timed);
  // ("Cập nhật lần cuối: Thứ hai, 21 Tháng 3 2016 10:15" above "Ngày đăng: Thứ năm, 17 Tháng 3 2016 08:42": a stamp that
  // says it was updated gives way to another.)
  const afterTitle = candidates.find((c) => c.pos > titlePos && !UPDATED_LABEL.test(lines[c.stamp.lineIndex] ?? '')) ?? candidates.find((c) => c.pos > titlePos);
  // ("Ngày ban hành: 05/07/2017" then, a few fields below, "Ngày đăng: 10/07/2017" on a portal's page of a document: the
  // document's own date gives way to the page's.)
  // ("Tuyên Quang, ngày 15 tháng 12 năm 2021" and a digital signature's "Ngày ký: 16.12.2021 09:41:25": a document's own dated
  // line, under its number, is its date, not the time it was signed.)
  if (afterTitle && DOCUMENT_DATE_LABEL.test(lines[afterTitle.stamp.lineIndex] ?? '')) return _postedBelow(lines, afterTitle.stamp.lineIndex, stampOf) ?? _placeDateLine(trimmed, stampOf) ?? afterTitle.stamp;
  if (afterTitle) return afterTitle.stamp;
  // (Not a weekday and a date alone above the title, "Thứ Hai, 21/10/2019": the masthead's today, even when the
  // page shows no other date.)
  const beforeTitle = candidates.filter((c) => c.pos < titlePos && titlePos - c.pos <= MAX_LEAD_DISTANCE && !WEEKDAY_DATE_ONLY.test(lines[c.stamp.lineIndex] ?? '')).at(-1);
  if (beforeTitle) return beforeTitle.stamp;

  // 5. Byline zone.
  const rest = nonEmpty.slice(HEADER_ZONE_LINES);
  const chromeAt = rest.findIndex((i) => startsTrailingChrome(trimmed[i] ?? ''));
  const article = chromeAt < 0 ? rest : rest.slice(0, chromeAt);
  for (const lineIndex of article.slice(-TRAILING_ZONE_LINES).reverse()) {
    const line = lines[lineIndex] ?? '';
    const date = stampOf(lineIndex);
    if (date && !isMastheadLine(line)) return { date, lineIndex };
  }

  // 6. No stamp.
  return null;
}

/** A site menu: items between separators ("Trang chủ | Tin tức | Video"), or a run of items opening with "Trang chủ". */
const SITE_MENU_LINE = /\s[•|·]\s.*\s[•|·]\s|^(?:Trang chủ|Trang nhất|Home)(?![\p{L}])/u;

/** Whether the next non-empty line after `lineIndex` is a site menu. */
function _menuFollows(trimmed: readonly string[], lineIndex: number): boolean {
  for (let i = lineIndex + 1; i < trimmed.length && i <= lineIndex + 3; i++) {
    const line = trimmed[i] ?? '';
    if (line !== '') return SITE_MENU_LINE.test(line);
  }
  return false;
}

/** A date of the document a page posts, not of the page: "Ngày ban hành:", "Ngày ký:", "Ngày hiệu lực:". */
const DOCUMENT_DATE_LABEL = /^\s*(?:ngày\s+(?:ban hành|ký|hiệu lực|có hiệu lực)|ban hành|thời gian ký|ký ngày)\s*:/iu;

/** The first document's dated line (PLACE_DATE_LINE) among a page's first 24 lines, or null. */
function _placeDateLine(trimmed: readonly string[], stampOf: (lineIndex: number) => string | null): PublishedStamp | null {
  for (let i = 0; i < trimmed.length && i < 24; i++) {
    if (!PLACE_DATE_LINE.test(trimmed[i] ?? '')) continue;
    const date = stampOf(i);
    if (date !== null) return { date, lineIndex: i };
  }
  return null;
}

/** A document's dated line, its place first: "Tuyên Quang, ngày 15 tháng 12 năm 2021". */
const PLACE_DATE_LINE = /^\p{Lu}[\p{L} .'-]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}\.?$/u;

/** The date the page was posted, by its label: "Ngày đăng:", "Đăng ngày:", "Ngày đưa tin:". */
const POSTED_LABEL = /^\s*(?:ngày đăng|đăng ngày|ngày đưa tin|ngày xuất bản)\s*:/iu;

/** The stamp labelled as the posting date among the eight lines below a document's date, or null. */
function _postedBelow(lines: readonly string[], from: number, stampOf: (lineIndex: number) => string | null): PublishedStamp | null {
  for (let i = from + 1; i < lines.length && i <= from + 8; i++) {
    if (!POSTED_LABEL.test(lines[i] ?? '')) continue;
    const date = stampOf(i);
    if (date !== null) return { date, lineIndex: i };
  }
  return null;
}

/** A stamp that says the page was updated or edited: "Cập nhật lần cuối:", "Sửa lúc", "Chỉnh sửa", "Updated". */
const UPDATED_LABEL = /(?<![\p{L}])(?:cập nhật|sửa lúc|chỉnh sửa|sửa đổi|updated|last modified|modified)(?![\p{L}])/iu;

/** A weekday and a date and nothing else: how a masthead prints today ("Thứ Hai, 21/10/2019", "Chủ nhật, ngày 2/6/2024"). */
/** A weekday and a date in words alone on a line: "Thứ Tư, ngày 13 tháng 11 năm 2024". */
const WEEKDAY_DATE_IN_WORDS = /^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/iu;

const WEEKDAY_DATE_ONLY = /^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN)\s*[,:-]?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/iu;

/**
 * A line shaped like a headline: 24 to 200 characters, several words, no menu or breadcrumb separators
 * ("|", ">", "»"), not ending like a sentence of a lead paragraph.
 */
export function isHeadlineShaped(line: string): boolean {
  // (Nor a menu whose items a scrape separated by runs of spaces: "Thời sự  Chính trị  Kinh tế  Xã hội".)
  if (line.length < 24 || line.length > 200 || /[|>»]/u.test(line) || /[.;,]$/u.test(line) || /\S {2,}\S.*\S {2,}\S/u.test(line)) return false;
  let spaces = 0;
  for (let i = 1; i < line.length; i++) if (line.charCodeAt(i) === 0x20 && line.charCodeAt(i - 1) !== 0x20) spaces++;
  return spaces >= 4;
}

/**
 * The date of a line that is essentially a date stamp, or null: the date plus
 * optional weekday, time, "Ngày", "Cập nhật lúc", "Print … Gốc", "Lượt xem",
 * "GMT+7" and fewer than MAX_OTHER_LETTERS letters of anything else
 * ("| Ban Nội chính"). Dates in sentences ("Sáng ngày 22/2/2022, …", "Tính đến
 * hết ngày 31/5/2024") and event ranges ("(01 - 02/6/2024)") are refused.
 * Masthead cues are not checked here (see `isMastheadLine`).
 */
export function parseStampLine(line: string): string | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_STAMP_LINE_LENGTH) return null;
  const match = matchDateStamp(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  if (DAY_RANGE_BEFORE.test(before)) return null;
  const others = `${before} ${text.slice(match.end)}`.replace(CLOCK_TIME, ' ').replace(STAMP_WORD_PATTERN, ' ');
  if (BODY_DATE_WORD_PATTERN.test(others)) return null;
  const letters = others.match(LETTER)?.length ?? 0;
  if (letters < MAX_OTHER_LETTERS) return match.date;
  // "Ngày đăng: 20/12/2023 09:10 | Người đăng: Văn phòng Đảng ủy Khối | Lượt tải: 56": a stamp among other
  // fields, each behind a "|", is read from its own field.
  if (!text.includes('|')) return null;
  for (const field of text.split('|')) {
    if (matchDateStamp(field) === null) continue;
    return field.length < text.length ? parseStampLine(field) : null;
  }
  return null;
}

/** The word an outlet's name starts with: "BÁO …", "ĐÀI …", "TẠP CHÍ …". */
const OUTLET_NAME_START = /^(?:BÁO|ĐÀI|TẠP CHÍ|TRANG TIN|CỔNG)\s/u;
/** An outlet's whole name on a line of its own, not in capitals: "Báo và Phát thanh, Truyền hình Đà Nẵng", "Báo Cần Thơ Online". */
const OUTLET_NAME_LINE = /^(?:Báo và Phát thanh,? Truyền hình(?: \p{Lu}[\p{L}-]*){1,3}|Báo(?: \p{Lu}[\p{L}-]*){1,3} (?:điện tử|Online|online))\s*$/u;

/**
 * Whether a short line carries masthead or footer chrome (site name, weather,
 * "Hôm nay", login links, a domain), which disqualifies a date on it.
 */
export function isMastheadLine(line: string): boolean {
  // A masthead or footer line is short; a paragraph that mentions "điện tử" is not one.
  if (line.length > MAX_STAMP_LINE_LENGTH) return false;
  const lower = line.toLowerCase();
  // ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI": an outlet's name in capitals.)
  // ("Báo và Phát thanh, Truyền hình Đà Nẵng", "Báo Cần Thơ Online": the merged outlets' names as they print them.)
  return MASTHEAD_CUE_PATTERN.test(lower) || DOMAIN_PATTERN.test(line) || isOutletNameLine(line);
}

/** Whether a line is an outlet's name alone: "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "Báo Cần Thơ Online". */
export function isOutletNameLine(line: string): boolean {
  return (OUTLET_NAME_START.test(line) && line === line.toUpperCase()) || OUTLET_NAME_LINE.test(line);
}
