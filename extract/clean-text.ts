/**
 * Splits a plain-text scraped page (title line, stamp line, body paragraphs,
 * then site chrome, as in `../shared/seeds/`) into its parts.
 *
 * Steps of `splitScrapedText`:
 *   1. Split into lines; find the page's own date stamp (`findPublishedLine`).
 *   2. Classify every non-empty line once (`classifyLine`): author line,
 *      opener of the trailing chrome, chrome, date stamp, or text.
 *   3. Title = the first text line, provided it comes before the stamp line
 *      (seed 004 opens with its stamp and has no title line: title is null);
 *      under a masthead, the longest headline-shaped line above the stamp.
 *      Lines before the title are masthead: boilerplate.
 *   4. Walk the rest: the stamp line, chrome, stamp-shaped lines before the
 *      body and caption duplicates (a line equal, ignoring case, to the
 *      previous body line: seed 001 prints every caption twice) are
 *      boilerplate. Once the body has started, a trailing-chrome opener
 *      ("Những tin cũ hơn", the rating block, "Tin khác"…) ends the article:
 *      every later line is boilerplate.
 *   5. The author is the "Tác giả:" line's name, else a byline that is the
 *      body's last line ("Hoàng Tùng", "PV", "Tin, ảnh: P.Y" → "P.Y"), which
 *      then moves to the boilerplate.
 *   6. Body and boilerplate are their lines, trimmed, joined with "\n".
 *
 * Lead source tags such as "(CTTĐTBP) - " stay in the body: later steps read
 * them. The boilerplate is kept because province detection reads banners in it.
 *
 * Linear in the text: each line is classified once with anchored regexes and
 * set look-ups; only short lines near the top and bottom are parsed for dates.
 */

import {
  AUTHOR_LINE,
  BREADCRUMB_LINE,
  BYLINE_LINE,
  CHROME_LINE_KEYS,
  CHROME_PREFIX_PATTERN,
  COUNTER_LINE,
  PAGINATION_LINE,
  PRINT_DATE_LINE,
  SHORT_LINE_MAX_LENGTH,
  SOURCE_CREDIT_WORDS,
  TOOL_LABEL_AT_START,
  TOOL_SEPARATORS_AT_START,
  TRAILING_PREFIX_PATTERN,
  _cueKeyIfCued,
  _isTrailingHeading,
} from './boilerplate-cues.js';
import { _findPublishedLine, isHeadlineShaped, isMastheadLine, isOutletNameLine, parseStampLine } from './find-published.js';

export interface ScrapedTextParts {
  /** The first line of article text (not chrome, not a date stamp) before the stamp; null when the page opens with its stamp. */
  title: string | null;
  /** Article paragraphs, one per line, joined with "\n". */
  body: string;
  /** Every dropped non-empty line except the title, in page order, joined with "\n". */
  boilerplate: string;
  /** From "Tác giả: …" or a closing byline; null if neither. */
  author: string | null;
  /** "YYYY-MM-DD" from the page's own stamp (`findPublishedInText`), or null. */
  published: string | null;
  /** Offset (UTF-16 units) in the input of the first body line's first character; `text.length` when there is no body. */
  bodyStart: number;
}

type LineKind = 'author' | 'trailing' | 'chrome' | 'stamp' | 'text';

/** Tool lines are short; longer lines are not tokenized. */
const MAX_TOOL_LINE_LENGTH = 80;
/** A bare closing byline ("Hoàng Tùng", "Minh Hằng - Thu Hà") is short. */
const MAX_BYLINE_LENGTH = 40;
const MAX_BYLINE_WORDS = 6;

/**
 * One word of a bare byline: capitalised name or initials.
 * Matches "Hoàng", "PV", "K.An", "P.Y". Does not match "cảnh", "2024".
 */
const BYLINE_NAME_WORD = /^\p{Lu}[\p{L}.'’]*$/u;
/** Joiners between names in a byline. Matches "-", "và". Does not match "của". */
const BYLINE_JOINER = /^(?:[-–/&,]|và)$/u;
/** Any digit: a byline has none. */
const DIGIT = /\d/u;
/** Sentence-final punctuation: a byline does not end with it ("Toàn cảnh hội nghị." is a caption). */
const SENTENCE_END = /[.!?:;,…]$/u;
/** A line with letters or digits; lines without are separators ("«  ·  »"). */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** Pager arrows on an otherwise letterless line. Matches "1 - 2 - 3 «  ·  »". Does not match "463 / 84.554". */
const PAGER_ARROWS = /[«»‹›]/u;
const LETTER = /\p{L}/u;
const WHITESPACE = /\s+/u;

/** Splits a scraped page into title, body, boilerplate, author and date. Input is already `normalizeText`-ed. */
export function splitScrapedText(text: string): ScrapedTextParts {
  // 1. Lines, their offsets, the stamp.
  // (What `text.split('\n')` gives, with the offset of each line, in one walk: `split` on a two-byte string
  // costs about twice as much as these `indexOf` and `slice` calls.)
  const lines: string[] = [];
  const offsets: number[] = [];
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    offsets.push(start);
    lines.push(nl < 0 ? text.slice(start) : text.slice(start, nl));
    if (nl < 0) break;
    start = nl + 1;
  }
  const trimmed = lines.map((line) => line.trim());
  // A line's stamp date (`parseStampLine`), parsed at most once in this call: the stamp search, the title
  // and the start of the body all ask about the first lines.
  const stamps: Array<string | null | undefined> = new Array<string | null | undefined>(lines.length);
  const stampOf = (i: number): string | null => {
    const known = stamps[i];
    return known !== undefined ? known : (stamps[i] = parseStampLine(trimmed[i] ?? ''));
  };
  const stamp = _findPublishedLine(lines, trimmed, stampOf);
  const stampIndex = stamp?.lineIndex ?? -1;

  // 2–3. Classify every line once; the title is the first text line that is not stamp-shaped, before the stamp.
  const kinds: Array<LineKind | null> = trimmed.map((line) => (line === '' ? null : classifyLine(line)));
  // (A dash beside a figure alone on its line is an empty cell of a table printed one cell per line, "Đoàn viên được kết nạp
  // Đảng" / "-" / "64" / "-", no separator: dropping it would shift the row's cells.)
  for (let i = 0; i < trimmed.length; i++) {
    if (kinds[i] === 'chrome' && EMPTY_CELL_LINE.test(trimmed[i]!) && (FIGURE_LINE.test(_nearLine(trimmed, i, -1)) || FIGURE_LINE.test(_nearLine(trimmed, i, 1)))) kinds[i] = 'text';
  }
  let titleIndex = -1;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === null) continue;
    if (stampIndex >= 0 && i >= stampIndex) break;
    if (kinds[i] === 'text' && stampOf(i) === null) {
      titleIndex = i;
      break;
    }
  }
  // With no stamp, under a masthead line (a site name: "BÁO NINH BÌNH ĐIỆN TỬ") the title is the longest
  // headline-shaped line among the first lines (not a breadcrumb, not the site's motto).
  if (titleIndex >= 0 && stampIndex < 0 && isMastheadLine(trimmed[titleIndex] ?? '')) {
    let best = -1;
    let seen = 0;
    for (let i = titleIndex + 1; i < lines.length && seen < UNSTAMPED_TITLE_LINES; i++) {
      if (kinds[i] === null) continue;
      seen++;
      const line = trimmed[i] ?? '';
      // (The headline stands above the first paragraph of the body: a photo's caption below it is none.)
      if (kinds[i] === 'text' && line.length > 200) break;
      if (kinds[i] === 'text' && isHeadlineShaped(line) && !isMastheadLine(line) && !line.includes(' / ') && !/[:;,]$/u.test(line) && (best < 0 || line.length > (trimmed[best] ?? '').length)) best = i;
    }
    if (best >= 0) titleIndex = best;
  }
  // Under a masthead ("Báo Phú Thọ điện tử", a menu, a section name) the title is the longest
  // headline-shaped line above the stamp, not the first line of the page (nor an author's affiliation
  // printed between the title and the stamp).
  if (titleIndex >= 0 && stampIndex > titleIndex) {
    let best = isHeadlineShaped(trimmed[titleIndex] ?? '') && !isMastheadLine(trimmed[titleIndex] ?? '') && !MENU_LINE.test(trimmed[titleIndex] ?? '') ? titleIndex : -1;
    for (let i = titleIndex + 1; i < stampIndex; i++) {
      const line = trimmed[i] ?? '';
      if (kinds[i] === 'text' && isHeadlineShaped(line) && !line.includes(' / ') && !MENU_LINE.test(line) && stampOf(i) === null && (best < 0 || line.length > (trimmed[best] ?? '').length)) best = i;
    }
    if (best >= 0) titleIndex = best;
  }
  // ("BÁO CẦN THƠ ONLINE", a menu, "KINH TẾ", then "08/01/2026 - 18:21  Chia sẻ" and the title: a page that prints its
  // title under the stamp, when nothing above the stamp is one.)
  // (So does one whose only line above the stamp shaped like a headline is the outlet's name in capitals: "BÁO VÀ PHÁT
  // THANH, TRUYỀN HÌNH ĐỒNG THÁP".)
  if (titleIndex >= 0 && stampIndex > titleIndex && (!isHeadlineShaped(trimmed[titleIndex] ?? '') || isOutletNameLine(trimmed[titleIndex] ?? ''))) {
    for (let i = stampIndex + 1, seen = 0; i < lines.length && seen < 2; i++) {
      if (kinds[i] === null) continue;
      seen++;
      const line = trimmed[i] ?? '';
      if (kinds[i] === 'text' && isHeadlineShaped(line) && !isMastheadLine(line) && !/[:;,.!?…]$/u.test(line) && stampOf(i) === null) {
        titleIndex = i;
        break;
      }
    }
  }

  // ("ĐÀ NẴNG SAU HỢP NHẤT" / "Diện tích: 11.859 km²" / … / "Nguồn: Cục Thống kê thành phố": a box of the place's figures at
  // a glance beside the article is chrome, whatever of ours it also counts.)
  _markFactBoxes(trimmed, kinds);

  // 4. Walk.
  const isBody: boolean[] = new Array<boolean>(lines.length).fill(false);
  let author: string | null = null;
  let lastBody = -1;
  let trailing = false;
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === null || i === titleIndex) continue;
    const line = trimmed[i] ?? '';
    if (kind === 'author') author ??= AUTHOR_LINE.exec(line)?.groups?.name?.trim() ?? null;
    if (trailing || i < titleIndex || i === stampIndex || kind === 'author' || kind === 'chrome' || kind === 'stamp') continue;
    if (kind === 'trailing') {
      // A related-news box set inside the article ("TIN LIÊN QUAN" and a few headlines, then the article
      // goes on) is passed over; any other trailing chrome ends the body.
      const resume = lastBody >= 0 ? _afterInlineRelated(trimmed, kinds, i) : -1;
      if (resume >= 0) i = resume - 1;
      else if (lastBody >= 0) trailing = true;
      continue;
    }
    if (lastBody < 0 && stampOf(i) !== null) continue;
    // (Not a line with no letter: a figure said twice, as one cell per line prints "150" / "150", is two cells.)
    if (lastBody >= 0 && sameIgnoringCase(line, trimmed[lastBody] ?? '') && HAS_LETTER.test(line)) continue;
    isBody[i] = true;
    lastBody = i;
  }

  // 5. Closing byline.
  if (lastBody >= 0) {
    const byline = readByline(trimmed[lastBody] ?? '');
    if (byline !== null) {
      isBody[lastBody] = false;
      author ??= byline;
    }
  }

  // 6. Assemble.
  const body: string[] = [];
  const boilerplate: string[] = [];
  let bodyStart = text.length;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === null || i === titleIndex) continue;
    const line = trimmed[i] ?? '';
    if (isBody[i]) {
      if (body.length === 0) bodyStart = (offsets[i] ?? 0) + (lines[i] ?? '').indexOf(line);
      // A table row keeps its indent: its empty first cells ("⇥⇥(người)⇥(người)") and its columns hang on it.
      body.push(body.length > 0 && TABLE_LINE.test(lines[i] ?? '') ? (lines[i] ?? '').trimEnd() : line);
    } else {
      boilerplate.push(line);
    }
  }

  return {
    title: titleIndex >= 0 ? (trimmed[titleIndex] ?? null) : null,
    body: body.join('\n'),
    boilerplate: boilerplate.join('\n'),
    author,
    published: stamp?.date ?? null,
    bodyStart,
  };
}

/** The heading of a related-news box: "TIN LIÊN QUAN", "Tin liên quan:", "Bài liên quan", "Xem thêm", "Đọc thêm", "Tiêu điểm". */
// (And the other boxes a page sets inside the article: "Tiêu điểm", "Tin nổi bật", "Có thể bạn quan tâm".)
const RELATED_HEADING = /^(?:tin|bài|tin bài)\s+liên\s+quan|^(?:xem|đọc)\s+(?:thêm|tiếp)\s*(?:…|\.{3}|>>|»|:)?$|^(?:tiêu điểm|tin nổi bật|có thể bạn quan tâm|tin mới|tin khác)\s*:?$/iu;

/** A link to read on, alone on its line: "Xem thêm…", "Xem thêm >>", "Đọc tiếp". */
const READ_ON_LINK = /^(?:xem|đọc)\s+(?:thêm|tiếp)\s*(?:…|\.{3}|>>|»|:)?$/iu;

/** The longest headline of a related-news box. */
const RELATED_ITEM_MAX = 160;

/** The opening of a story's sapo: its outlet's tag, "(BTQ) - ", "(CMO) ", "BHP - ". */
const TEASER_SAPO_OPENING = /^\s*(?:\(\s*[^()\n]{2,12}\s*\)\s*[-–—]?|[A-ZĐ]{2,8}\s*[-–—])\s/u;

/** A sentence's end inside or at the end of a line: ". " before a capital, or the line's last mark (not "3.000"). */
const PROSE_SENTENCE_END = /[.!?…]["”»]?\s+\p{Lu}|[.!?…]["”»]?$/u;

/** Prose the article resumes with: a long line with a sentence in it. */
const RESUMED_PROSE_MIN = 100;

/**
 * The line where the article resumes after a related-news box at `at` inside it, or -1. The box is its
 * heading and 1–6 headlines on consecutive lines (no sentence end, none longer than a headline), closed by
 * a blank line or by the article's next line of prose; the article resumes if, within the next two lines (a subheading may come first), a long
 * line of prose follows that is itself followed by prose, a byline, trailing chrome or the end, not by
 * headline and summary pairs (a list of related items with their sapos).
 */
function _afterInlineRelated(trimmed: readonly string[], kinds: ReadonlyArray<LineKind | null>, at: number): number {
  if (!RELATED_HEADING.test(trimmed[at] ?? '')) return -1;
  let i = at + 1;
  let items = 0;
  const readOn = READ_ON_LINK.test(trimmed[at] ?? '');
  for (; i < trimmed.length && kinds[i] !== null; i++) {
    const line = trimmed[i] ?? '';
    // (A scrape that lost the blank line after the box: the article's prose right after its last headline ends it.)
    // (Not another story's sapo under its headline, opening with its outlet's tag and followed by its stamp: "(BTQ) - Chín
    // tháng năm 2025, …" / "Cập nhật lúc 15:30, …".)
    if ((items > 0 || readOn) && kinds[i] === 'text' && line.length >= RESUMED_PROSE_MIN && PROSE_SENTENCE_END.test(line) && !TEASER_SAPO_OPENING.test(line) && kinds[i + 1] !== 'stamp') break;
    if (line.length > RELATED_ITEM_MAX || /[.!?…]["”»]?$/u.test(line) || ++items > 6) return -1;
  }
  // ("Xem thêm…", "Đọc tiếp »": a link to read on, alone, inside the article.)
  if (items === 0 && !readOn) return -1;
  const next: number[] = [];
  for (let j = i; j < trimmed.length && next.length < 4; j++) if (kinds[j] !== null) next.push(j);
  const prose = (j: number | undefined): boolean => j !== undefined && kinds[j] === 'text' && (trimmed[j] ?? '').length >= RESUMED_PROSE_MIN && /[.!?…]/u.test(trimmed[j] ?? '');
  const first = prose(next[0]) ? 0 : prose(next[1]) && (trimmed[next[0]!] ?? '').length <= RELATED_ITEM_MAX ? 1 : -1;
  if (first < 0) return -1;
  const after = next[first + 1];
  if (after !== undefined && !prose(after) && kinds[after] === 'text' && !(readByline(trimmed[after] ?? '') !== null || (trimmed[after] ?? '').length < 40)) return -1;
  return next[0]!;
}

/** The source line closing a box of figures: "Nguồn: Cục Thống kê tỉnh". */
const SOURCE_LINE = /^Nguồn\s*:/iu;
/** A "label: value" line of a box, its value holding a figure: "Dân số: hơn 1,87 triệu người", "Công đoàn cơ sở: 2.140". */
const BOX_ITEM_LINE = /^[^:\d]{2,60}:\s*[^:]{0,70}\d[^:]{0,70}$/u;
/** The general figures of a place that only a box of it at a glance gives: area, population, budget, output. */
const PLACE_FIGURE_LABEL = /^(?:diện tích|dân số|tổng thu ngân sách|thu ngân sách|kim ngạch|chỉ số sản xuất|GRDP|tốc độ tăng trưởng|đơn vị hành chính)/iu;
/** The fewest items a box of figures has. */
const MIN_BOX_ITEMS = 3;

/**
 * Marks as chrome each box of a place's figures at a glance: at least MIN_BOX_ITEMS "label: value" lines, one of them a
 * place's general figure (area, population, budget), closed by a "Nguồn:" line, with the heading line above them.
 */
function _markFactBoxes(trimmed: readonly string[], kinds: Array<LineKind | null>): void {
  for (let end = 0; end < trimmed.length; end++) {
    if (kinds[end] === null || !SOURCE_LINE.test(trimmed[end]!)) continue;
    let start = end;
    let general = false;
    while (start > 0 && kinds[start - 1] !== null && BOX_ITEM_LINE.test(trimmed[start - 1]!)) {
      start--;
      if (PLACE_FIGURE_LABEL.test(trimmed[start]!)) general = true;
    }
    if (end - start < MIN_BOX_ITEMS || !general) continue;
    // (The box's heading: a short line with no ":" right above its items, "THÁI NGUYÊN - SỐ LIỆU KINH TẾ - XÃ HỘI".)
    if (start > 0 && kinds[start - 1] !== null && trimmed[start - 1]!.length <= 90 && !trimmed[start - 1]!.includes(':') && !/[.;]$/u.test(trimmed[start - 1]!)) start--;
    for (let i = start; i <= end; i++) kinds[i] = 'chrome';
  }
}

/** A menu: items between two or more separators, "Trang chủ • Thời sự • Chính trị", "Tin tức | Sự kiện | Video". */
const MENU_LINE = /\s[•|·]\s.*\s[•|·]\s|^(?:Trang chủ|Trang nhất|Home)\s+\p{Lu}/u;

/** How many non-empty lines after a masthead the title of a page without a stamp may be. */
const UNSTAMPED_TITLE_LINES = 8;

/** An indented line of a table: a tab or a run of three spaces between words after its indent, or an indent of eight spaces (a header cell over a column). */
const TABLE_LINE = /^(?:[ \t]+\S.*(?:\t|\S {3,}\S)| {8,}\S)/u;

/**
 * What a trimmed, non-empty line is, from the cue lists alone. "stamp" is
 * reported only for the Hải Phòng "Print … Gốc" line; other stamp lines are
 * recognised by position in the walk, where a date parse is affordable.
 */
function classifyLine(line: string): LineKind {
  if (AUTHOR_LINE.test(line)) return 'author';
  // (`startsTrailingChrome`, with the key computed once for it and the tests below; null when it can be
  // none of the keys and match none of the patterns it is read for, see `_cueKeyIfCued`.)
  if (TRAILING_PREFIX_PATTERN.test(line)) return 'trailing';
  const short = line.length <= SHORT_LINE_MAX_LENGTH;
  const key = short ? _cueKeyIfCued(line) : null;
  if (short && _isTrailingHeading(line, key)) return 'trailing';
  if (CHROME_PREFIX_PATTERN.test(line)) return 'chrome';
  if (!short) return 'text';
  if (
    (key !== null && (CHROME_LINE_KEYS.has(key) || COUNTER_LINE.test(key) || PAGINATION_LINE.test(key))) ||
    BREADCRUMB_LINE.test(line) ||
    isToolLine(line) ||
    isSeparatorLine(line)
  ) {
    return 'chrome';
  }
  if (PRINT_DATE_LINE.test(line)) return 'stamp';
  return 'text';
}

/** A table's empty cell alone on its line: "-", "–", "—", "x". */
const EMPTY_CELL_LINE = /^(?:-|–|—|x|X)$/u;

/** A figure alone on its line: "64", "3.500", "52,4", "52,4%". */
const FIGURE_LINE = /^\d[\d.,]*\s*%?$/u;

/** The nearest non-empty line before (`step` -1) or after (`step` 1) line `i`, or "". */
function _nearLine(lines: readonly string[], i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j] !== '') return lines[j]!;
  return '';
}

/** A letter anywhere in a line. */
const HAS_LETTER = /\p{L}/u;

/** Caption duplicates differ only in case ("Toàn cảnh hội nghị." / "Toàn cảnh Hội nghị.", seed 001); lengths are compared first because lower-casing long paragraphs is not free. */
function sameIgnoringCase(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

/** A line made only of tool labels and separators: "Bản inSend by email", "A- A A+". */
function isToolLine(line: string): boolean {
  if (line.length > MAX_TOOL_LINE_LENGTH) return false;
  let rest = line;
  while (rest !== '') {
    rest = rest.replace(TOOL_SEPARATORS_AT_START, '');
    if (rest === '') return true;
    const label = TOOL_LABEL_AT_START.exec(rest);
    if (!label) return false;
    rest = rest.slice(label[0].length);
    // A label must end at a word end or where a capitalised label is glued on ("Bản inSend").
    const next = rest.charAt(0);
    if (next !== '' && LETTER.test(next) && next === next.toLowerCase()) return false;
  }
  return true;
}

/** No letters and no digits ("«  ·  »", "***"), or a letterless pager ("1 - 2 - 3 »"). */
function isSeparatorLine(line: string): boolean {
  if (!LETTER_OR_DIGIT.test(line)) return true;
  return !LETTER.test(line) && PAGER_ARROWS.test(line);
}

/**
 * The author named by a closing byline, or null: "Tin, ảnh: P.Y" → "P.Y";
 * a bare short line of capitalised names or initials ("Hoàng Tùng", "PV",
 * "K.An") → itself. Source credits ("Theo TTXVN") are not authors.
 */
function readByline(line: string): string | null {
  const labelled = BYLINE_LINE.exec(line)?.groups?.name;
  if (labelled !== undefined) return labelled.trim();
  if (line.length > MAX_BYLINE_LENGTH || DIGIT.test(line) || SENTENCE_END.test(line)) return null;
  const words = line.split(WHITESPACE);
  if (words.length > MAX_BYLINE_WORDS || SOURCE_CREDIT_WORDS.includes(words[0] ?? '')) return null;
  const allNames = words.every((word) => BYLINE_NAME_WORD.test(word) || BYLINE_JOINER.test(word));
  return allNames && BYLINE_NAME_WORD.test(words[0] ?? '') ? line : null;
}
