/**
 * The fixture sites' articles: the five seed texts (`seeds/`, copied from
 * ../shared/seeds with their scraped boilerplate removed), the project's golden
 * articles (`test/golden/*.txt` read as they are, boilerplate and all, and
 * `test/golden/*.html` through `corpus-html.ts`), and a
 * few off-topic texts written for the fixtures (`off-topic/`) so that a topic
 * filter has something to skip.
 *
 * Text format (the same parser reads all three): line 1 is the title; a short
 * line with a date within the next three lines is the date line; then the
 * body, one paragraph per line. `[ảnh] ` starts an image caption,
 * `Tác giả: X` gives the author. Known site boilerplate ends the body.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArticleHtml } from './corpus-html.js';
import { vnDate } from './render/dates.js';
import type { ArticleBlock, ArticleTopic, FixtureArticle } from './types.js';

export const SEEDS_DIR = fileURLToPath(new URL('./seeds/', import.meta.url));
export const OFF_TOPIC_DIR = fileURLToPath(new URL('./off-topic/', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/** Day-first date: "02/06/2024", "1/3/2022". Must not match "2024/06/02". */
const DMY = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
/** ISO date: "2024-06-02", "2024-06-02T16:05". Must not match "02-06-2024". */
const YMD = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
/** Clock time: "16:05" in "02/06/2024 16:05". Must not match "160:5". */
const HM = /(?<!\d)(\d{1,2}):(\d{2})(?!\d)/u;
/** A date line is short: "Chủ nhật - 02/06/2024 16:05", "Ngày 01/03/2022". A body sentence "Tính đến hết ngày 31/5/2024, …" is not. */
const DATE_LINE_MAX_LENGTH = 60;

/** `[ảnh] Toàn cảnh hội nghị.`: an image caption (fixture convention). */
const CAPTION_PREFIX = /^\[ảnh\]\s*/u;
/** `Tác giả: Đỗ Trình` (NukeViet key `author`). */
const AUTHOR_LINE = /^Tác giả:\s*(.+)$/u;

/**
 * Lead-paragraph source tags (SITES.md §4.1), removed so that each fixture
 * family can add its own ("TTĐT - ", "(CTO) - "…): a short parenthesised tag
 * starting with a capital, or one of the bare tags, then a dash.
 * Also bare capitals and domains, as the golden pages show them ("BHP - ",
 * "HNN - ", "Baophutho.vn - ").
 * Matches "(CTTĐTBP) - Trong 02 ngày", "(BNTV) - Những tháng", "TTĐT - Sáng 5/3";
 * not "Trong 02 ngày (01 - 02/6/2024)" nor "(01 - 02/6/2024) …" nor "TP HCM - …".
 */
const LEAD_SOURCE_TAG = /^(?:\([A-ZĐ][\p{L}.]{1,16}\)|[A-ZĐ]{2,6}|TCCSĐT|Kinhtedothi|\p{Lu}\p{Ll}+\.vn)\s*[-–]\s+/u;

/**
 * Lines that come before the title on scraped pages and are not it (golden
 * files 104, 113, 121, 122, 136): navigation and breadcrumbs ("Trang chủ ›
 * Chính trị", "… | Đăng nhập | …"), shouted site names ("CỔNG THÔNG TIN ĐIỆN
 * TỬ TỈNH HÀ NAM"), and category labels of fewer than four words ("Bắc Giang").
 */
const PRE_TITLE_NAVIGATION = /[|›»]|\s>\s|^Trang chủ/u;
const MIN_TITLE_WORDS = 4;

function isPreTitleLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 2 && letters === letters.toUpperCase();
  return PRE_TITLE_NAVIGATION.test(line) || shouted || line.split(' ').length < MIN_TITLE_WORDS || parseDateLine(line) !== undefined;
}

/** Lines of scraped chrome that may sit between the title and the body (seeds 002, 003). */
const CHROME_LINES: readonly RegExp[] = [
  /^Lượt xem:\s*[\d.,]+$/u, // daitienlang: "Lượt xem: 16717"
  /^Bản in(?:Send by email)?$/u, // Drupal print links, glued: "Bản inSend by email"
  /^Send by email$/u,
  /^Tiếng Việt$/u, // Drupal language switcher
  /^(?:Print|In bài viết|Gửi email|Cỡ chữ|A- A A\+)$/u,
  /^(?:Cỡ chữ|Xem với cỡ chữ|In bài viết|In trang|Lên đầu trang)(?:\s|$)/u, // tool bars: "Cỡ chữ A- A A+ | In bài viết | Gửi email"
];

/** The first line of a site's after-article boilerplate (SITES.md §4.2): the body ends before it. */
const BOILERPLATE_START: readonly RegExp[] = [
  /^Nguồn(?: tin)?:/u,
  /^Tổng số điểm của bài viết/u,
  /^Xếp hạng:/u,
  /^Click để đánh giá bài viết/u,
  /^Tags?:/u,
  /^Thống kê truy cập$/u,
  /^Tin nổi bật$/u,
  /^Phản hồi$/u,
  /^Các tin khác$/u,
  /^Ý kiến phản hồi$/u,
  /^Tiện ích thông tin$/u,
  /^Chia sẻ(?: bài viết)?(?::|$)/u, // "Chia sẻ bài viết", "Chia sẻ:  Facebook  Zalo"
  /^(?:Xem thêm|Bài liên quan):$/u,
  /^Từ khóa(?::|$)/u,
  /^(?:©|Bản quyền|Cơ quan chủ quản|Giấy phép (?:số|hoạt động))/u, // site footers
  /^(?:Tòa soạn|Địa chỉ|Điện thoại|Đường dây nóng):/u,
  /^(?:BÌNH LUẬN|Gửi ý kiến)$/u,
  /^Tin (?:khác|liên quan|mới hơn|cũ hơn|cùng chuyên mục)$/iu,
  /^(?:Ý kiến bạn đọc|Gửi bình luận|Xem tiếp|Liên kết)$/u,
  /^Bình luận(?: \(\d+\))?$/u,
  /^(?:Số lượt truy cập|Đang online)\b/u,
  /^Những tin (?:mới hơn|cũ hơn)$/u,
  /^Theo dòng sự kiện$/u,
];

/** Topic from a golden file name `NNN-<province>-<topic>.txt`; the first hint that matches wins, default `party`. */
const TOPIC_HINTS: ReadonlyArray<readonly [RegExp, ArticleTopic]> = [
  [/the-thao|sport|bong-da/u, 'sports'],
  [/thoi-tiet|weather/u, 'weather'],
  [/kinh-te|economy|xuat-khau/u, 'economy'],
  [/off-?topic|negative|unrelated|khong-lien-quan/u, 'other'],
  [/cong-doan|union|ldld/u, 'union'],
];

/** Topic of each seed, by file-name prefix: 000 (LĐLĐ Bình Phước) and 004 (Hải Phòng party–union programme) are union stories. */
const SEED_TOPICS: Readonly<Record<string, ArticleTopic>> = { '000': 'union', '004': 'union' };

/** Fixed off-topic texts, by file name. */
const OFF_TOPIC_TOPICS: Readonly<Record<string, ArticleTopic>> = {
  'the-thao-bong-da.txt': 'sports',
  'thoi-tiet-mua-lon.txt': 'weather',
  'kinh-te-xuat-khau.txt': 'economy',
};

/** A shouted line of four words or more after the body is a site name in the footer ("BÁO KHÁNH HÒA ĐIỆN TỬ"); bylines ("VĨNH THÀNH") are shorter. */
const FOOTER_SHOUT_MIN_WORDS = 4;

/** True for the first line of after-article boilerplate (the body ends before it). */
export function isBodyEnd(line: string): boolean {
  if (BOILERPLATE_START.some((re) => re.test(line))) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && line.split(' ').length >= FOOTER_SHOUT_MIN_WORDS;
}

/** Drops the source tag that opens the first paragraph. */
export function stripLeadTag(blocks: ArticleBlock[]): ArticleBlock[] {
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (first && first.kind === 'paragraph') first.text = first.text.replace(LEAD_SOURCE_TAG, '');
  return blocks;
}

export interface ParsedArticle {
  title: string;
  published: Date | undefined;
  author: string | undefined;
  blocks: ArticleBlock[];
}

/** Parses one article text (format in the module doc). Never throws: an empty text gives an empty title and body. */
export function parseArticleText(raw: string): ParsedArticle {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim());
  // Line 1 is the title in the seeds; golden files may start with navigation or a site name.
  const nonEmpty = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== '');
  const titleEntry = nonEmpty.find(({ line }) => !isPreTitleLine(line)) ?? nonEmpty[0];
  const firstIndex = titleEntry?.i ?? -1;
  const title = titleEntry?.line ?? '';
  let published: Date | undefined;
  let author: string | undefined;
  const blocks: ArticleBlock[] = [];
  let seen = 0;
  for (const line of lines.slice(firstIndex + 1)) {
    if (line === '' || CHROME_LINES.some((re) => re.test(line))) continue;
    seen++;
    if (published === undefined && blocks.length === 0 && seen <= 3) {
      const date = parseDateLine(line);
      if (date) {
        published = date;
        continue;
      }
    }
    const authorMatch = AUTHOR_LINE.exec(line);
    if (authorMatch) {
      author = authorMatch[1];
      break;
    }
    if (blocks.length > 0 && isBodyEnd(line)) break;
    const previous = blocks.at(-1);
    const text = line.replace(CAPTION_PREFIX, '');
    // Bình Dương pages print each caption twice (alt text and caption): keep one (SITES.md §4.2).
    if (previous && blockText(previous).toLowerCase() === text.toLowerCase()) continue;
    blocks.push(CAPTION_PREFIX.test(line) ? { kind: 'image', caption: text } : { kind: 'paragraph', text });
  }
  return { title, published, author, blocks: stripLeadTag(blocks) };
}

function blockText(block: ArticleBlock): string {
  return block.kind === 'paragraph' ? block.text : block.caption;
}

/** "Chủ nhật - 02/06/2024 16:05" → that time in Vietnam; undefined if the line is not a short date line. */
export function parseDateLine(line: string): Date | undefined {
  if (line.length > DATE_LINE_MAX_LENGTH) return undefined;
  const time = HM.exec(line);
  const hour = time ? Number(time[1]) : 0;
  const minute = time ? Number(time[2]) : 0;
  const dmy = DMY.exec(line);
  if (dmy) return validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), hour, minute);
  const ymd = YMD.exec(line);
  if (ymd) return validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), hour, minute);
  return undefined;
}

function validDate(year: number, month: number, day: number, hour: number, minute: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  return vnDate(year, month, day, hour, minute);
}

/** Reads a `FixtureArticle.body`: one block per non-empty line, `[ảnh] ` marks a caption, a lead source tag is dropped. */
export function bodyToBlocks(body: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const rawLine of body.normalize('NFC').split(/\r?\n/u)) {
    const line = rawLine.replace(/\s+/gu, ' ').trim();
    if (line === '') continue;
    const text = line.replace(CAPTION_PREFIX, '');
    blocks.push(CAPTION_PREFIX.test(line) ? { kind: 'image', caption: text } : { kind: 'paragraph', text });
  }
  return stripLeadTag(blocks);
}

/** Turns blocks back into the `FixtureArticle.body` text format. */
export function blocksToBody(blocks: readonly ArticleBlock[]): string {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[ảnh] ${b.caption}`)).join('\n');
}

/**
 * Date for an article whose text has none: 30 June 2025 09:00 (Vietnam) minus
 * three days and 97 minutes per corpus position, so dates are distinct,
 * deterministic and spread over different times of day.
 */
export function derivedDate(index: number): Date {
  return new Date(vnDate(2025, 6, 30, 9, 0).getTime() - index * (3 * 86_400_000 + 97 * 60_000));
}

/** The `.txt` (and, for golden articles, `.html`) files of a folder, by name. */
function readTexts(dir: string, withHtml = false): Array<{ name: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || (withHtml && name.endsWith('.html')))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function topicFromName(stem: string): ArticleTopic {
  return TOPIC_HINTS.find(([re]) => re.test(stem))?.[1] ?? 'party';
}

/** Seeds, then golden articles (if the folder exists), then the off-topic texts; undated ones get `derivedDate(position)`. */
export function loadCorpus(goldenDir: string = GOLDEN_DIR): FixtureArticle[] {
  const entries: Array<{ source: string; topic: ArticleTopic; text: string; html?: boolean }> = [
    ...readTexts(SEEDS_DIR).map(({ name, text }) => ({
      source: `seed:${name.replace(/\.txt$/u, '')}`,
      topic: SEED_TOPICS[name.slice(0, 3)] ?? 'party',
      text,
    })),
    ...readTexts(goldenDir, true).map(({ name, text }) => ({
      source: `golden:${name}`,
      topic: topicFromName(name),
      text,
      html: name.endsWith('.html'),
    })),
    ...readTexts(OFF_TOPIC_DIR).map(({ name, text }) => ({
      source: `off-topic:${name.replace(/\.txt$/u, '')}`,
      topic: OFF_TOPIC_TOPICS[name] ?? 'other',
      text,
    })),
  ];
  const articles: FixtureArticle[] = [];
  entries.forEach((entry, index) => {
    const parsed = entry.html ? parseArticleHtml(entry.text) : parseArticleText(entry.text);
    if (parsed.title === '' || parsed.blocks.length === 0) return; // an empty or title-only file has nothing to serve
    articles.push({
      title: parsed.title,
      body: blocksToBody(parsed.blocks),
      published: parsed.published ?? derivedDate(index),
      ...(parsed.author === undefined ? {} : { author: parsed.author }),
      topic: entry.topic,
      source: entry.source,
    });
  });
  return articles;
}
