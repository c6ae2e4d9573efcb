/**
 * Page weight around the article, as provincial portals carry it: inline CSS
 * and JavaScript in the head, and sidebars of related-news lists, counters and
 * link boxes before `</body>`. Used to bring each generated page to its
 * target size (20–150 KB). The text is Vietnamese news chrome with numbers in
 * it (dates, counters, headline figures), as real chrome has, so the
 * extractor's boilerplate removal has its usual work to do.
 */
import { PROVINCES } from '../extract/gazetteer.js';
import { foldDiacritics } from '../extract/index.js';
import { escapeHtml } from './page-template.js';
import type { Prng } from './prng.js';

/** Headings of sidebar blocks on the portals of SITES.md. */
const SIDEBAR_HEADINGS = ['Tin mới nhất', 'Tin xem nhiều', 'Tin cùng chuyên mục', 'Những tin cũ hơn', 'Tin khác', 'Sự kiện nổi bật', 'Văn bản mới'] as const;

const COUNTER_LABELS = ['Đang truy cập', 'Hôm nay', 'Hôm qua', 'Tuần này', 'Tháng này', 'Tổng lượt truy cập'] as const;

export interface ChromeContext {
  prng: Prng;
  /** Headlines to list in related-news blocks. */
  headlines: readonly string[];
  /** The article's date (YYYY-MM-DD): list dates fall before it. */
  published: string;
}

/** Inline style and script blocks for the head: `bytes` UTF-8 bytes or a block more. */
export function headPadding(ctx: ChromeContext, bytes: number): string {
  return fill(bytes, () => (ctx.prng.chance(0.5) ? inlineStyle(ctx.prng) : inlineScript(ctx)));
}

/** Sidebar blocks: `bytes` UTF-8 bytes or a block more. */
export function sidebarPadding(ctx: ChromeContext, bytes: number): string {
  const blocks = fill(bytes, () => {
    const r = ctx.prng.next();
    return r < 0.65 ? relatedBlock(ctx) : r < 0.8 ? counterBlock(ctx.prng) : linksBlock(ctx.prng);
  });
  return blocks ? `<div id="sidebar" class="col-right">\n${blocks}</div>\n` : '';
}

/** Blocks until `bytes` is reached (a block is at most ~6 KB: the caller's size budget allows for it). */
function fill(bytes: number, block: () => string): string {
  let out = '';
  let size = 0;
  while (size < bytes) {
    const next = block();
    out += next;
    size += Buffer.byteLength(next);
  }
  return out;
}

function relatedBlock(ctx: ChromeContext): string {
  const { prng } = ctx;
  const items: string[] = [];
  const n = prng.int(6, 15);
  for (let i = 0; i < n; i++) {
    const title = prng.pick(ctx.headlines);
    const id = prng.int(1000, 99999);
    items.push(
      `<li><a href="/tin-tuc/${slug(title)}-${id}.html" title="${escapeHtml(title)}">${escapeHtml(title)}</a> <span class="date">(${listDate(ctx, i)})</span></li>`,
    );
  }
  return `<div class="block"><h3 class="block-title">${prng.pick(SIDEBAR_HEADINGS)}</h3>\n<ul class="related">\n${items.join('\n')}\n</ul></div>\n`;
}

function counterBlock(prng: Prng): string {
  const rows = COUNTER_LABELS.map((label, i) => {
    const value = Math.floor(prng.logUniform(10, 10 ** (2 + i)));
    // Page widgets write comma thousands ("1,207"): the extractor must not read 1.207.
    return `<li><span>${label}</span><span class="num">${value.toLocaleString('en-US')}</span></li>`;
  });
  return `<div class="block"><h3>Thống kê truy cập</h3><ul class="counter">${rows.join('')}</ul></div>\n`;
}

function linksBlock(prng: Prng): string {
  const options = PROVINCES.filter(() => prng.chance(0.4)).map((p) => {
    const domain = p.domains[0] ?? `${slug(p.name)}.gov.vn`;
    return `<option value="https://${domain}">Cổng thông tin điện tử ${p.type} ${escapeHtml(p.name)}</option>`;
  });
  return `<div class="block"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>${options.join('')}</select></div>\n`;
}

function inlineStyle(prng: Prng): string {
  const rules: string[] = [];
  const n = prng.int(20, 60);
  for (let i = 0; i < n; i++) {
    rules.push(`.m${prng.int(1, 999)} .item-${i}{margin:${prng.int(0, 20)}px ${prng.int(0, 20)}px;padding:${prng.int(0, 12)}px;color:#${prng.int(0, 0xffffff).toString(16).padStart(6, '0')};font-size:${prng.int(11, 18)}px}`);
  }
  return `<style type="text/css">\n${rules.join('\n')}\n</style>\n`;
}

function inlineScript(ctx: ChromeContext): string {
  const { prng } = ctx;
  const menu = Array.from({ length: prng.int(10, 30) }, (_v, i) => {
    const title = prng.pick(ctx.headlines);
    return { id: prng.int(1, 9999), parent: i % 5 === 0 ? 0 : prng.int(1, 99), title, link: `/tin-tuc/${slug(title)}.html` };
  });
  return `<script type="text/javascript">\n//<![CDATA[\nvar nv_menu = ${JSON.stringify(menu)};\nvar nv_my_ofs = ${prng.int(1, 12)}, nv_cookie_prefix = "nv4c_${prng.int(100, 999)}";\n//]]>\n</script>\n`;
}

/** Dates of list items: before the article, newest first. */
function listDate(ctx: ChromeContext, i: number): string {
  const day = new Date(`${ctx.published}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - i * ctx.prng.int(1, 6) - 1);
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
}

const SLUGS = new Map<string, string>();

/** "Kết nạp 38 đảng viên" → "ket-nap-38-dang-vien" (cached: the same few dozen headlines fill every sidebar). */
export function slug(text: string): string {
  let value = SLUGS.get(text);
  if (value === undefined) {
    value = foldDiacritics(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 80);
    SLUGS.set(text, value);
  }
  return value;
}
