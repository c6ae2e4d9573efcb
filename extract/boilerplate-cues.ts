/**
 * Cue phrases that mark site chrome in scraped plain text, by CMS family
 * (`../shared/SITES.md` §4.2 and the five seeds in `../shared/seeds/`).
 *
 * This module is data. The few compiled forms at the bottom (sets of keys,
 * regexes built from the lists) exist so that callers match every list the
 * same way and in linear time; they add no cue of their own.
 *
 * Lists are written as they appear on the pages, after `normalizeText`
 * (NFC, new-style tone marks: "Từ khóa", not "Từ khoá"). Lines are compared
 * through `cueKey`: trimmed, bullets and a trailing colon/ellipsis removed,
 * spaces collapsed, lower-cased. So "  • Tags:" and "TAGS" share the key "tags".
 */

/**
 * Headings that open the trailing chrome: once the article body has started,
 * the first line equal to one of these (by `cueKey`) ends the article and
 * everything after it is boilerplate. Exact whole-line matches only, so a body
 * sentence that merely contains "tin khác" is never cut.
 * Example matched: "Những tin cũ hơn", "BÌNH LUẬN", "Xem tiếp...". Not matched: "Các tin khác cho thấy …".
 */
export const TRAILING_CHROME_HEADINGS: readonly string[] = [
  // NukeViet related-news card and category pages ([NV] detail.tpl, viewcat_page.tpl); seed 000.
  'Những tin mới hơn',
  'Những tin cũ hơn',
  'Theo dòng sự kiện',
  'Xem tiếp...',
  'Các tin khác',
  // daitienlang-style CMS: comment form and related lists; seed 002.
  'Ý kiến phản hồi',
  'Ý kiến - Phản hồi',
  'Tin mới hơn',
  'Tin cũ hơn',
  // Bình Dương family (SharePoint); seed 001.
  'Phản hồi',
  'Mới nhất',
  'Xem nhiều nhất',
  'Xem nhiều',
  'Tin xem nhiều',
  'Tin xem nhiều nhất',
  'Đọc nhiều',
  'Có thể bạn quan tâm',
  'Tin cùng chủ đề',
  'Bài cùng chuyên mục',
  // Drupal (bacgiang-iza); seed 003.
  'Tin nổi bật',
  // Hải Phòng portal; seed 004.
  'Tiện ích thông tin',
  'Tin khác',
  'QR Code',
  'Chúng tôi trên Mạng Xã hội',
  // Newspapers (baocantho family) and generic related boxes.
  'Từ khóa',
  'BÌNH LUẬN',
  'Gửi ý kiến',
  'Gửi bình luận',
  'Ý kiến bạn đọc',
  'Tiêu điểm',
  'Tin liên quan',
  'Bài liên quan',
  'Bài viết liên quan',
  'Tin cùng chuyên mục',
  'Tin đọc nhiều',
  'Đọc nhiều nhất',
  'Tin mới nhất',
  'Xem thêm',
  'Đọc thêm',
  'Bài viết khác',
  'Tin bài khác',
  'Tin đã đưa',
  'Các tin đã đưa',
  'Tin bài liên quan',
  'Cùng chuyên mục',
  'Tin cùng loại',
  'Các bài viết khác',
  'Các tin, bài viết khác',
  'Các tin, bài khác',
  'Tin, bài khác',
  'Bài viết cùng chuyên mục',
  'Tin bài cùng chuyên mục',
  'Các tin cùng chuyên mục',
  'Các bài cùng chuyên mục',
  'Tin tức cùng chuyên mục',
  // Visit counters (NukeViet global.counter, Drupal block); seeds 000 and 003.
  'Thống kê truy cập',
  // NukeViet tags card heading when the keywords sit on their own lines.
  'Tags',
];

/**
 * Line starts that open the trailing chrome, for headings that carry content
 * on the same line (tags, the NukeViet rating block, QR codes).
 * Example matched: "Tags: phát triển đảng viên, công đoàn", "Tổng số điểm của bài viết là: 5 trong 1 đánh giá".
 * Not matched: "Tổng số đảng viên là 150" (different words).
 */
export const TRAILING_CHROME_PREFIXES: readonly string[] = [
  'Tags:',
  'Từ khóa:',
  // NukeViet rating block, modules/news/language/vi.php keys stringrating, rating_average, star_note.
  'Tổng số điểm của bài viết là',
  'Xếp hạng:',
  'Click để đánh giá bài viết',
  // Hải Phòng portal QR boxes: "QR CODE: <title>", "QR Code Fanpage".
  'QR Code',
  'Mã QR Code',
];

/**
 * Whole lines that are chrome wherever they appear (app banners, labels,
 * language switchers). Compared by `cueKey`.
 * Example matched: "Tiếng Việt", "Captcha", "DVC Quốc gia". Not matched: "Tiếng Việt có dấu là bắt buộc".
 */
export const CHROME_LINES: readonly string[] = [
  // NukeViet app/link banners on the Bình Phước portal; seed 000.
  'Việc làm Bình Phước',
  'Công báo Chính phủ',
  'DVC Quốc gia',
  'ỨNG DỤNG',
  'sổ tay đảng viên',
  // daitienlang comment form; seed 002.
  'Captcha',
  'Mã xác nhận',
  // Generic.
  'Trang nhất',
  'Trang chủ',
  'Liên kết',
  'Liên kết website',
  'Bản in',
];

/**
 * Line starts that make the whole line chrome: metadata labels, view counts,
 * pagination, the NukeViet login-timeout notice. Compared on `cueKey`.
 * Example matched: "Lượt xem: 16717", "Nguồn: daitienlang.vn", "Hiển thị : 10 / 313 kết quả".
 * Not matched: "Nguồn nhân lực của doanh nghiệp …" (no colon), "Lượt xem tăng mạnh" (no colon).
 */
export const CHROME_LINE_PREFIXES: readonly string[] = [
  // NukeViet author/source block (keep as metadata: the author is read before the line is dropped).
  'Tác giả:',
  'Nguồn tin:',
  'Nguồn:',
  // View counters next to the date; seed 002, NukeViet lists ("Đã xem").
  'Lượt xem:',
  'Số lượt xem:',
  'Lượt đọc:',
  'Đã xem:',
  // daitienlang pagination and comment form; seed 002.
  'Để thuận tiện cho việc đăng tải',
  // NukeViet global keys timeoutsess_nouser / timeoutsess_click; seed 000.
  'Bạn đã không sử dụng Site',
  // Hải Phòng portal: "QR CODE: <title>", "Mã QR Code truy cập vào Fanpage …"; seed 004.
  'QR CODE:',
  'Mã QR Code',
  // Font-size and contrast tools.
  'Cỡ chữ',
  'Xem với cỡ chữ',
  'Độ tương phản',
  // Share bars.
  'Chia sẻ bài viết',
  'Chia sẻ:',
  // Links to other stories set inside the body: "Xem thêm: Thanh Hóa kết nạp 5.200 đảng viên năm 2023".
  'Xem thêm:',
  'Đọc thêm:',
  'Tin liên quan:',
  'Bài liên quan:',
];

/**
 * Tool-link labels that share a line with each other: Drupal's print module
 * renders "Bản in" and "Send by email" with no space between them (seed 003
 * reads "Bản inSend by email"). A line made only of these labels and
 * separators is chrome. Matched case-insensitively, as whole words.
 * Example matched: "Bản inSend by email", "A- A A+", "In bài viết | Gửi email | Lên top".
 * Not matched: "In bài viết này, tác giả …" (other words remain).
 */
export const TOOL_LABELS: readonly string[] = [
  'Printer-friendly version',
  'Send by email',
  'Bản in',
  'In bài viết',
  'In bài',
  'Print',
  'Gửi email',
  'Gửi bài viết',
  'Lưu bài viết',
  'Lên top',
  'Về đầu trang',
  'Xem với cỡ chữ',
  'Cỡ chữ',
  'Tương phản',
  'A-',
  'A+',
  'A',
  'Tiếng Việt',
  'English',
  'Chia sẻ bài viết',
  'Chia sẻ',
  'Facebook',
  'Zalo',
  'Twitter',
  'Email',
  'Copy link',
  'Nghe đọc bài',
  'Gốc',
];

/**
 * Breadcrumb home labels: a line that starts with one of these and contains a
 * breadcrumb separator (» › > / |) is navigation.
 * Example matched: "Trang nhất » Tin tức » Xây dựng Đảng". Not matched: "Trang nhất của báo đăng …" (no separator).
 */
export const BREADCRUMB_HOME_LABELS: readonly string[] = ['Trang nhất', 'Trang chủ', 'Home'];

/**
 * Visit-counter labels whose figure follows either glued on (NukeViet prints
 * label and number in adjacent spans: "Đang truy cập1,180", seed 000) or after
 * a colon (Drupal: "Tổng lượt xem tin:22457408", seed 003).
 * Example matched: "Hôm nay122,974", "Trong năm:3602385". Not matched: "Trong năm 2017, Đảng ủy …" (a space, no colon).
 */
export const COUNTER_LABELS: readonly string[] = [
  'Đang truy cập',
  'Đang online',
  'Hôm nay',
  'Hôm qua',
  'Tháng hiện tại',
  'Tổng lượt truy cập',
  'Lượt truy cập',
  'Đã truy cập',
  'Tổng lượt xem tin',
  'Trong ngày',
  'Trong tuần',
  'Trong tháng',
  'Trong năm',
  'Thành viên',
  'Máy chủ tìm kiếm',
  'Khách viếng thăm',
];

/**
 * Labels that introduce the author line the article keeps as metadata.
 * Example matched: "Tác giả: Đỗ Trình" (→ "Đỗ Trình"). Not matched: "Tác giả bài báo cho biết …".
 * "Phóng viên:" is deliberately absent: in interviews it opens the reporter's questions.
 */
export const AUTHOR_LABELS: readonly string[] = ['Tác giả', 'Người viết'];

/**
 * Newspaper byline labels on the article's last line (baocantho family:
 * "Tin, ảnh: K.An", "Tin-ảnh: …").
 * Example matched: "Tin, ảnh: P.Y", "Bài và ảnh: Minh Hằng". Not matched: "Ảnh minh họa" (no colon), "Tin mới hơn".
 */
export const BYLINE_LABELS: readonly string[] = [
  'Tin, ảnh',
  'Tin - ảnh',
  'Tin-ảnh',
  'Tin/ảnh',
  'Tin và ảnh',
  'Bài, ảnh',
  'Bài - ảnh',
  'Bài-ảnh',
  'Bài và ảnh',
  'Bài/ảnh',
  'Tin',
  'Bài',
  'Thực hiện',
  'Nhóm phóng viên',
];

/**
 * First words of a short closing line that credit a source, not a person:
 * such a line is never taken as the byline.
 * Example: "Theo TTXVN", "Nguồn Báo Nhân Dân".
 */
export const SOURCE_CREDIT_WORDS: readonly string[] = ['Theo', 'Nguồn', 'Ảnh', 'Video'];

/**
 * Substrings (case-insensitive) that mark a date line as site chrome, i.e. the
 * masthead's "today" line or a footer, not the article's own stamp
 * (vuit.org.vn shows today's date in its masthead: SITES.md §4.1). A web
 * domain on the line (DOMAIN_PATTERN) is a masthead cue too.
 * Example matched: "Báo Nam Định điện tử - Thứ sáu, 26/04/2024", "Hà Nội 28°C | Thứ sáu, 26/04/2024".
 * Not matched: "Chủ nhật - 02/06/2024 16:05", "28/11/2023 | Ban Nội chính".
 */
export const MASTHEAD_CUES: readonly string[] = [
  '°',
  'thời tiết',
  'điện tử',
  'cổng thông tin',
  'cổng ttđt',
  'trang chủ',
  'trang nhất',
  'hôm nay',
  'đăng nhập',
  'đăng ký',
  'liên hệ',
  'hotline',
  'tìm kiếm',
  'giấy phép',
  'bản quyền',
  'copyright',
  '©',
  'www.',
];

/**
 * Words that may surround the date on a stamp line and do not count as "other
 * words" (whole words, case-insensitive): weekdays, "Ngày", "Cập nhật lúc",
 * "Print … Gốc", "Lượt xem", "GMT", AM/PM.
 * Example: every word of "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)" is a stamp word or the date.
 */
export const STAMP_WORDS: readonly string[] = [
  'Chủ nhật',
  'Thứ hai',
  'Thứ ba',
  'Thứ tư',
  'Thứ năm',
  'Thứ sáu',
  'Thứ bảy',
  'Thứ',
  'CN',
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sun',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
  'Ngày đăng',
  'Đăng ngày',
  'Đăng lúc',
  'Ngày',
  'Cập nhật',
  'Xuất bản',
  'Thời gian',
  'lúc',
  'giờ',
  'Print',
  'Gốc',
  'Bản in',
  'Lượt xem',
  'Lượt đọc',
  'Đã xem',
  'GMT',
  'UTC',
  'ICT',
  'AM',
  'PM',
  'SA',
  'CH',
];

/**
 * Words that, next to a date, make it a date inside a sentence rather than a
 * stamp: times of day and range or deadline words ("Sáng ngày 22/2/2022, …",
 * "Tính đến hết ngày 31/5/2024", "Từ 01/6/2024 đến …").
 * Example matched in "Sáng ngày 22/2/2022": "Sáng". Not matched in "Ngày 01/03/2022": nothing.
 */
export const BODY_DATE_WORDS: readonly string[] = [
  'Sáng',
  'Chiều',
  'Trưa',
  'Tối',
  'Đêm',
  'Từ',
  'Đến',
  'Hết',
  'Tính',
  'Trước',
  'Sau',
  'Vào',
  'Trong',
  'Tại',
];

// ---------------------------------------------------------------------------
// Compiled forms of the lists above.

// Used by alternation() while the patterns below are built at module load, so declared first.
/** Characters with a meaning in a regex, escaped when a cue becomes a pattern. */
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/gu;
const SPACE = / /gu;
const COLON = /:/gu;

/** Leading bullets and dashes that scraped list items carry ("  • Tags:"). */
const LEADING_BULLETS = /^[\s•·*▪►\-–—]+/u;
/** The characters of LEADING_BULLETS, for a cheap first-character test. */
const LEADING_BULLET_CHARS = ' \t•·*▪►-–—';
/** Their codes. (An empty line's first code is NaN, none of them: replacing nothing in "" gives "".) */
const LEADING_BULLET_CODES: ReadonlySet<number> = new Set([...LEADING_BULLET_CHARS].map((c) => c.charCodeAt(0)));
/** Characters trimmed from the end of a key: a trailing colon, ellipsis or dots after a heading ("Xem tiếp...", "Tags:"). */
const TRAILING_MARK_CHARS = ' \t:.…';
/** Their codes. */
const TRAILING_MARK_CODES: ReadonlySet<number> = new Set([...TRAILING_MARK_CHARS].map((c) => c.charCodeAt(0)));
/** Runs of whitespace, collapsed to one space. */
const WHITESPACE_RUN = /\s+/gu;
/** Space before a colon ("Hiển thị : 10"), removed so labels compare equal. */
const SPACE_BEFORE_COLON = / :/gu;

/**
 * Only lines up to this length are compared whole (headings, labels,
 * counters, pagination, tool bars, breadcrumbs); longer lines are prose and
 * are only tested against the anchored prefix patterns. The longest whole-line
 * cue is under 40 characters; a NukeViet pager row is about 55.
 */
export const SHORT_LINE_MAX_LENGTH = 100;

/**
 * The comparison key of a short line: bullets and a trailing colon/ellipsis
 * removed, spaces collapsed, " :" → ":", lower-cased.
 * "  • Tổng lượt xem tin:22457408" → "tổng lượt xem tin:22457408"; "Xem tiếp..." → "xem tiếp".
 */
export function cueKey(line: string): string {
  return _rawCueKey(line).toLowerCase();
}

/** `cueKey` before lower-casing: bullets and trailing marks removed, spaces collapsed, " :" → ":". */
function _rawCueKey(line: string): string {
  // Regex replaces run only when needed: on Vietnamese (two-byte) strings a /u
  // replace costs more than everything else here.
  let key = line;
  if (LEADING_BULLET_CODES.has(key.charCodeAt(0))) key = key.replace(LEADING_BULLETS, '');
  let end = key.length;
  while (end > 0 && TRAILING_MARK_CODES.has(key.charCodeAt(end - 1))) end--;
  if (end < key.length) key = key.slice(0, end);
  // One pass finds what the two replaces act on: a tab or two spaces in a row (a whitespace run to
  // collapse), " :" (a space before a colon).
  let runs = false;
  let spaceColon = false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 0x09) runs = true;
    else if (code === 0x20) {
      const next = key.charCodeAt(i + 1);
      if (next === 0x20) runs = true;
      else if (next === 0x3a) spaceColon = true;
    }
  }
  if (runs) {
    key = key.replace(WHITESPACE_RUN, ' ');
    // (Collapsing can make a " :" of "\t:" or "  :".)
    spaceColon = key.includes(' :');
  }
  if (spaceColon) key = key.replace(SPACE_BEFORE_COLON, ':');
  return key;
}

/** `_lowerUnit` of a code unit whose lower case is not one code unit of its own (see `_lowerUnit`). */
const NO_LOWER_UNIT = -1;

/** Code unit → 1 + its lower case, NO_LOWER_UNIT, or 0 while not yet asked for (a memo of `_lowerUnit`). */
const LOWER_UNITS = new Int32Array(0x10000);

/**
 * The code unit that `toLowerCase` makes of code unit `c` wherever it stands in a string, or NO_LOWER_UNIT
 * when there is none: a surrogate, "İ" (two code units in lower case), "Σ" (σ or ς by what follows).
 * Every other code unit lower-cases alone, to one code unit (Unicode's other case mappings are by locale).
 */
function _lowerUnit(c: number): number {
  const known = LOWER_UNITS[c]!;
  if (known !== 0) return known === NO_LOWER_UNIT ? NO_LOWER_UNIT : known - 1;
  const lower = String.fromCharCode(c).toLowerCase();
  const unit = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || lower.length !== 1 ? NO_LOWER_UNIT : lower.charCodeAt(0);
  LOWER_UNITS[c] = unit === NO_LOWER_UNIT ? NO_LOWER_UNIT : unit + 1;
  return unit;
}

/** Bits of `_keySignature`. */
const SIGNATURE_BITS = 12;

/** A hash of a lower-case key's length, first and last code unit: equal keys have equal signatures. */
function _keySignature(length: number, first: number, last: number): number {
  return (Math.imul(length, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(last, 0xc2b2ae35)) >>> (32 - SIGNATURE_BITS);
}

/** Keys of TRAILING_CHROME_HEADINGS. */
export const TRAILING_HEADING_KEYS: ReadonlySet<string> = new Set(TRAILING_CHROME_HEADINGS.map((cue) => cueKey(cue)));
/** Keys of CHROME_LINES. */
export const CHROME_LINE_KEYS: ReadonlySet<string> = new Set(CHROME_LINES.map((cue) => cueKey(cue)));
/**
 * Bit set of the `_keySignature`s of TRAILING_HEADING_KEYS and CHROME_LINE_KEYS: a key whose bit is clear
 * is in neither set.
 */
const WHOLE_LINE_KEY_SIGNATURES: Uint32Array = (() => {
  const bits = new Uint32Array((1 << SIGNATURE_BITS) / 32);
  for (const key of [...TRAILING_HEADING_KEYS, ...CHROME_LINE_KEYS]) {
    // (See `_cueKeyIfCued`: a key holding U+0307 could come from a line whose length lower-casing changes.)
    if (key.includes('\u0307')) throw new Error(`cue key with U+0307: ${key}`);
    const n = _keySignature(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1));
    bits[n >>> 5]! |= 1 << (n & 31);
  }
  return bits;
})();

/** First code units of the lower-cased COUNTER_LABELS. */
const COUNTER_FIRST_UNITS: ReadonlySet<number> = new Set(COUNTER_LABELS.map((label) => label.toLowerCase().charCodeAt(0)));

/** Lower-cased MASTHEAD_CUES. */
export const MASTHEAD_CUE_KEYS: readonly string[] = MASTHEAD_CUES.map((cue) => cue.toLowerCase());

/**
 * Any MASTHEAD_CUE_KEYS entry, literally, anywhere in a lower-cased line: one scan instead of one
 * `includes` per cue (the cues are plain BMP text, so a match is exactly an occurrence of one).
 * Matches "điện tử" in "báo nam định điện tử - thứ sáu, 26/04/2024". Does not match "chủ nhật - 02/06/2024 16:05".
 */
export const MASTHEAD_CUE_PATTERN = new RegExp(MASTHEAD_CUE_KEYS.map((cue) => cue.replace(REGEX_SPECIALS, '\\$&')).join('|'), 'u');

/**
 * TRAILING_CHROME_PREFIXES at the start of a raw line, after optional bullets, case-insensitive.
 * Matches "Tags: công đoàn", "  • Xếp hạng: 5 - 1 phiếu bầu". Does not match "Tổng số đảng viên là 150".
 */
export const TRAILING_PREFIX_PATTERN = prefixPattern(TRAILING_CHROME_PREFIXES);

/**
 * CHROME_LINE_PREFIXES at the start of a raw line, after optional bullets, case-insensitive.
 * Matches "Lượt xem: 16717", "Nguồn : daitienlang.vn". Does not match "Nguồn nhân lực …".
 */
export const CHROME_PREFIX_PATTERN = prefixPattern(CHROME_LINE_PREFIXES);

/**
 * A breadcrumb: a home label directly followed by a separator (» › > / |).
 * Matches "Trang nhất » Tin tức » Xây dựng Đảng", "Trang chủ > Chính trị". Does not match "Trang chủ của báo …".
 */
export const BREADCRUMB_LINE = new RegExp(`^(?:${alternation(BREADCRUMB_HOME_LABELS)})\\s*[»›>/|]`, 'iu');

/**
 * A TOOL_LABELS entry at the start of a string (longest first, so "In bài viết"
 * wins over "In bài"). Used as a tokenizer: a line is a tool line when it can be
 * consumed entirely by these and TOOL_SEPARATORS_AT_START, which is how the
 * glued "Bản inSend by email" is recognised without word boundaries.
 * Matches at the start of "Bản inSend by email": "Bản in". Does not match at the start of "Bảng số liệu".
 */
export const TOOL_LABEL_AT_START = new RegExp(`^(?:${alternation(TOOL_LABELS)})`, 'iu');

/** Separators between tool labels. Matches "  |  · " at the start. Does not match "x". */
export const TOOL_SEPARATORS_AT_START = /^[\s|·•/\-–—:,.»«()[\]]+/u;

/**
 * A counter row on its key: label, then a colon or nothing, then the figure.
 * Matches "đang truy cập1,180", "trong năm:3602385". Does not match "trong năm 2017, đảng ủy".
 */
export const COUNTER_LINE = new RegExp(`^(?:${alternation(COUNTER_LABELS.map((l) => l.toLowerCase()))}):?\\d[\\d.,]*$`, 'u');

/**
 * Pagination and result counters (daitienlang, seed 002), on the key.
 * Matches "trang: 1 - 2 - 3 «  ·  »", "hiển thị: 10 / 313 kết quả". Does not match "trang trại có 30 lao động".
 */
export const PAGINATION_LINE = /^(?:trang:\s?\d|hiển thị:\s?\d+\s?\/\s?\d+)/u;

/**
 * "Print <date> Gốc", the Hải Phòng portal's date line (seed 004), in case it is not the chosen stamp.
 * Matches "Print Thứ Bảy, 24/04/2021 07:58 Gốc". Does not match "Printing 3 copies".
 */
export const PRINT_DATE_LINE = /^Print\s.{0,80}\sGốc$/u;

/**
 * "Tác giả: Name" and its variants; group `name` is the author.
 * Matches "Tác giả: Đỗ Trình", "Người viết : Minh Anh". Does not match "Tác giả bài báo cho biết".
 */
export const AUTHOR_LINE = new RegExp(`^(?:${alternation(AUTHOR_LABELS)})\\s?:\\s*(?<name>\\S.{0,79})$`, 'iu');

/**
 * A byline with a label; group `name` is the author.
 * Matches "Tin, ảnh: P.Y" (→ "P.Y"), "Bài và ảnh: Minh Hằng". Does not match "Tin mới hơn", "Tin tức: hôm nay …" (label not in the list).
 */
export const BYLINE_LINE = new RegExp(`^(?:${alternation(BYLINE_LABELS)})\\s?:\\s*(?<name>\\S.{0,59})$`, 'iu');

/** Any STAMP_WORDS entry as a whole word, case-insensitive. Matches "Thứ Bảy" in "Print Thứ Bảy, 24/04/2021". Not "Thứ" inside "Thức". */
export const STAMP_WORD_PATTERN = new RegExp(`(?<![\\p{L}])(?:${alternation(STAMP_WORDS)})(?![\\p{L}])`, 'giu');

/** Any BODY_DATE_WORDS entry as a whole word. Matches "Sáng" in "Sáng ngày 22/2/2022". Not "Từ" inside "Tự". */
export const BODY_DATE_WORD_PATTERN = new RegExp(`(?<![\\p{L}])(?:${alternation(BODY_DATE_WORDS)})(?![\\p{L}])`, 'iu');

/** A web domain in a line ("baocantho.com.vn"). Matches "daitienlang.vn". Does not match "02.06.2024". */
export const DOMAIN_PATTERN = /[\p{L}\d-]\.(?:vn|com|net|org|gov)(?![\p{L}])/iu;

/**
 * Whether a trimmed line opens the trailing chrome: a TRAILING_CHROME_HEADINGS
 * line (whole, by key) or a TRAILING_CHROME_PREFIXES start.
 */
export function startsTrailingChrome(line: string): boolean {
  if (TRAILING_PREFIX_PATTERN.test(line)) return true;
  if (line.length > SHORT_LINE_MAX_LENGTH) return false;
  return _isTrailingHeading(line, cueKey(line));
}

/**
 * Whether a short line whose `cueKey` is `key` is a TRAILING_CHROME_HEADINGS line (the second half of
 * `startsTrailingChrome`, for a caller that has the key already).
 */
export function _isTrailingHeading(line: string, key: string | null): boolean {
  // "Ý kiến bạn đọc (2)", "Bình luận (3)": a heading with the number of items under it.
  if (line.endsWith(')')) {
    const heading = line.replace(ITEM_COUNT_AT_END, '');
    if (heading !== line) return TRAILING_HEADING_KEYS.has(cueKey(heading));
  }
  // (A null key, from `_cueKeyIfCued`, is in no set.)
  return key !== null && TRAILING_HEADING_KEYS.has(key);
}

/**
 * The `cueKey` of a short line, or null when that key can be none of TRAILING_HEADING_KEYS and
 * CHROME_LINE_KEYS and match neither COUNTER_LINE nor PAGINATION_LINE: then the key, which is read only
 * for those, is not lower-cased (most short lines are names, captions and stamps).
 * Read on the key before lower-casing: its first and last code units lower-case alone (`_lowerUnit`; else
 * the key is lower-cased anyway), and so does every other unit, to one unit, but "İ" (to "i" and U+0307).
 * A key of a set has its length, first and last unit (`WHOLE_LINE_KEY_SIGNATURES`); a key with an "İ"
 * inside, whose length changes, is in no set, as no key of them holds U+0307. A counter row starts as a
 * counter label and ends with a digit, "," or "."; a pager row starts "trang:" or "hiển thị:" (a ":" at
 * unit 5 or 8 of the key before lower-casing, unless an "İ" comes before, which neither start holds).
 */
export function _cueKeyIfCued(line: string): string | null {
  const raw = _rawCueKey(line);
  const n = raw.length;
  if (n === 0) return raw;
  const first = _lowerUnit(raw.charCodeAt(0));
  const last = _lowerUnit(raw.charCodeAt(n - 1));
  if (first === NO_LOWER_UNIT || last === NO_LOWER_UNIT) return raw.toLowerCase();
  const signature = _keySignature(n, first, last);
  if (((WHOLE_LINE_KEY_SIGNATURES[signature >>> 5]! >>> (signature & 31)) & 1) !== 0) return raw.toLowerCase();
  if (((last >= 0x30 && last <= 0x39) || last === 0x2c || last === 0x2e) && COUNTER_FIRST_UNITS.has(first)) return raw.toLowerCase();
  // (":" lower-cases to itself, and only ":" to it.)
  if ((first === 0x74 && raw.charCodeAt(5) === 0x3a) || (first === 0x68 && raw.charCodeAt(8) === 0x3a)) return raw.toLowerCase();
  return null;
}

/** The number of items after a heading: " (2)". */
const ITEM_COUNT_AT_END = /\s*\(\d{1,4}\)\s*$/u;

/** `^`, optional bullets, then any of the prefixes (spaces as whitespace runs, " :" as an optional space before the colon). */
function prefixPattern(prefixes: readonly string[]): RegExp {
  return new RegExp(`^[\\s•·*▪►\\-–—]*(?:${alternation(prefixes).replace(COLON, '\\s?:')})`, 'iu');
}

/** Literal alternation, longest first, regex-escaped, spaces matching any whitespace run. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(REGEX_SPECIALS, '\\$&').replace(SPACE, '\\s+'))
    .join('|');
}

/**
 * A related-article link line: a headline ending with its date in brackets,
 * as news sites list them under an article ("- Kết nạp 1.000 đảng viên trong
 * đồng bào dân tộc thiểu số (26/06/2023)"). Its figures are another article's.
 * Must match "Công đoàn KCN Hòa Phú kết nạp 420 đoàn viên (20/12/2023)"; must
 * not match a sentence that ends with a full stop after the bracket.
 */
export const RELATED_ITEM_LINE = /^\s*(?:[-•*–]\s*)?\S.{6,200}?\s[([]\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2})?[)\]]\s*$/u;
