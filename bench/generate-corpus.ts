/**
 * The bench corpus: N generated articles, each as scraped plain text and as a
 * full saved page in the chrome of one CMS family, recombined from the
 * sentences of the seed and golden articles with other numbers, dates and
 * provinces, plus filler paragraphs.
 *
 * Deterministic and random-access: article i is built from its own PRNG
 * seeded by (seed, i), so the corpus is never held in memory (5,000 pages of
 * ~60 KB would be ~600 MB of UTF-16 strings and would swamp the memory
 * figures), and any sample of it can be rebuilt (Readability runs on the same
 * pages as the extractor).
 *
 * Sizes: body text log-normal around 4.5 KB, clipped so that the scraped
 * text with its chrome is 1–40 KB, like provincial news; pages
 * log-uniform 20–150 KB, padded with head scripts/styles and sidebars.
 *
 * Run alone to look at the corpus:
 *   node --import tsx bench/generate-corpus.ts --articles 20 [--seed 1] [--out DIR]
 * writes DIR/NNNNN.txt and DIR/NNNNN.html (default: $TMPDIR/vntally-bench-corpus;
 * data/bench/ is not git-ignored, so the bench never writes into the repo).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PROVINCES, type Province } from '../extract/gazetteer.js';
import { loadCorpusMaterial, type CorpusMaterial, type MaterialParagraph } from './corpus-material.js';
import { headPadding, sidebarPadding, type ChromeContext } from './page-chrome.js';
import { escapeHtml, type PageTemplate } from './page-template.js';
import { Prng, hashSeed } from './prng.js';
import { hasSlot, renderTemplate } from './template-parts.js';
import type { TextTemplate } from './text-template.js';
import { createVaryContext, varySentence, type VaryContext } from './vary-text.js';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { articles: 5000, seed: 20240602 };

/** Everything one generated article is made of; both renderings read it. */
export interface ArticleSpec {
  index: number;
  province: Province;
  /** YYYY-MM-DD. */
  published: string;
  title: string;
  /** First paragraph (the sapo where the page has a lead block). */
  lead: string;
  paragraphs: string[];
  author: string;
  textTemplate: TextTemplate;
  pageTemplate: PageTemplate;
  /** Written in Unicode NFD, as many Vietnamese pages are. */
  nfd: boolean;
  /** Page body written with numeric character references ("&#7843;"), as old ASP/NukeViet pages are. */
  entities: boolean;
  /** Target size of the saved page in UTF-8 bytes. */
  pageBytes: number;
}

/** Context sentences with no figure, for filler paragraphs (generic provincial reporting). */
const FILLER_SENTENCES = [
  'Hội nghị đã thảo luận, đánh giá những kết quả đạt được, chỉ ra những hạn chế, khó khăn và nguyên nhân.',
  'Các đại biểu tập trung trao đổi về giải pháp nâng cao chất lượng sinh hoạt chi bộ trong doanh nghiệp.',
  'Công tác tuyên truyền, giáo dục chính trị tư tưởng cho công nhân lao động được quan tâm thực hiện.',
  'Nhiều chủ doanh nghiệp đã tạo điều kiện thuận lợi về thời gian, địa điểm cho tổ chức đảng và công đoàn hoạt động.',
  'Bên cạnh kết quả đạt được, việc thành lập tổ chức đảng trong doanh nghiệp ngoài nhà nước vẫn còn gặp nhiều khó khăn.',
  'Một số doanh nghiệp chưa nhận thức đầy đủ về vai trò của tổ chức đảng, đoàn thể trong doanh nghiệp.',
  'Người lao động thường xuyên biến động, làm việc theo ca kíp nên việc sinh hoạt, học tập còn hạn chế.',
  'Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Thường trực đề nghị các cấp ủy tiếp tục quan tâm lãnh đạo, chỉ đạo.',
  'Cần phát huy vai trò của công đoàn cơ sở trong việc phát hiện, bồi dưỡng quần chúng ưu tú.',
  'Các cấp ủy đảng cần chủ động nắm tình hình, phối hợp chặt chẽ với chủ doanh nghiệp để tháo gỡ vướng mắc.',
  'Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng.',
  'Công tác chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên được chú trọng.',
] as const;

/** Bylines as the portals print them. */
const AUTHORS = ['Hồng Nhung', 'Thanh Tâm', 'Minh Hằng', 'PV', 'Đỗ Trình', 'Thu Hà', 'Ngọc Lan', 'Văn Phúc', 'Hoàng Tùng', 'Tin, ảnh: Quang Huy'] as const;

/** Body text size: log-normal, median 4.5 KB, clipped so that the scraped text (with its chrome) is 1–40 KB. */
const BODY_MEDIAN_BYTES = 4500;
const BODY_SIGMA = 0.75;
const BODY_MIN_BYTES = 1000;
const TEXT_MAX_BYTES = 40_000;
/** Vietnamese in NFD takes up to ~1.35× the UTF-8 bytes of NFC (a base letter plus one or two combining marks). */
const NFD_GROWTH = 1.35;
/** Numeric character references multiply the size of Vietnamese text ~3×: only shorter bodies are written with them. */
const ENTITIES_MAX_BODY_BYTES = 15_000;
/** Page size target: log-uniform 20–140 KB; padding overshoots by up to two blocks (~12 KB), so pages are 20–150 KB. */
const PAGE_MIN_BYTES = 20_000;
const PAGE_MAX_BYTES = 140_000;
/** Share of the padding put in the head (inline CSS/JS); the rest goes to sidebars. */
const HEAD_PADDING_SHARE = 0.4;

const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 8, 30);
const DAY_MS = 86_400_000;

export class Corpus {
  readonly size: number;
  private readonly headlines: string[];

  constructor(
    readonly material: CorpusMaterial,
    readonly options: CorpusOptions,
  ) {
    this.size = options.articles;
    this.headlines = material.titles.map((t) => t.text);
  }

  /** The recipe of article `index` (0-based): same every time. */
  spec(index: number): ArticleSpec {
    const { material } = this;
    const prng = new Prng(hashSeed(this.options.seed, index));
    const province = prng.pick(PROVINCES);
    const published = new Date(FIRST_DAY + prng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    const ctx = createVaryContext(prng, province, Number(published.slice(0, 4)));

    const titleSource = prng.pick(material.titles);
    const title = varySentence(titleSource.text, titleSource.province, ctx);
    const lead = varyParagraph(prng.pick(material.figures), ctx);
    const textTemplate = prng.pick(material.textTemplates);
    const nfd = prng.chance(0.08);
    const maxBody = (TEXT_MAX_BYTES - textTemplate.baseBytes - Buffer.byteLength(title) - 100) / (nfd ? NFD_GROWTH : 1);
    const target = Math.min(maxBody, Math.max(BODY_MIN_BYTES, BODY_MEDIAN_BYTES * Math.exp(BODY_SIGMA * prng.normal())));
    const paragraphs: string[] = [];
    let bytes = Buffer.byteLength(lead);
    while (bytes < target) {
      const paragraph = this.nextParagraph(ctx);
      const size = Buffer.byteLength(paragraph) + 1;
      if (bytes + size > maxBody && paragraphs.length > 0) break;
      paragraphs.push(paragraph);
      bytes += size;
    }
    const sourceTag = province.source_tags[0];
    return {
      index,
      province,
      published,
      title,
      lead: sourceTag && prng.chance(0.3) ? `(${sourceTag}) - ${lead}` : lead,
      paragraphs,
      author: prng.pick(AUTHORS),
      textTemplate,
      // Round-robin, so every CMS family gets the same share of pages.
      pageTemplate: material.pageTemplates[index % material.pageTemplates.length]!,
      nfd,
      entities: prng.chance(0.1) && bytes <= ENTITIES_MAX_BODY_BYTES,
      pageBytes: Math.round(prng.logUniform(PAGE_MIN_BYTES, PAGE_MAX_BYTES)),
    };
  }

  /** Article `index` as scraped plain text. */
  text(index: number): string {
    return renderText(this.spec(index));
  }

  /** Article `index` as a saved page. */
  html(index: number): string {
    const spec = this.spec(index);
    // A PRNG of its own, so the page's chrome does not change the article.
    return renderHtml(spec, { prng: new Prng(hashSeed(this.options.seed, index, 2)), headlines: this.headlines, published: spec.published });
  }

  /** A whole paragraph with figures, a mix of sentences, or filler. */
  private nextParagraph(ctx: VaryContext): string {
    const { prng } = ctx;
    const { figures, fillers } = this.material;
    const r = prng.next();
    if (r < 0.45) return varyParagraph(prng.pick(figures), ctx);
    if (r < 0.7) {
      const n = prng.int(2, 5);
      const sentences: string[] = [];
      for (let i = 0; i < n; i++) {
        const source = prng.chance(0.7) || fillers.length === 0 ? prng.pick(figures) : prng.pick(fillers);
        sentences.push(varySentence(prng.pick(source.sentences), source.province, ctx));
      }
      return sentences.join(' ');
    }
    if (fillers.length > 0 && prng.chance(0.6)) return varyParagraph(prng.pick(fillers), ctx);
    return Array.from({ length: prng.int(2, 4) }, () => prng.pick(FILLER_SENTENCES)).join(' ');
  }
}

function varyParagraph(paragraph: MaterialParagraph, ctx: VaryContext): string {
  return paragraph.sentences.map((s) => varySentence(s, paragraph.province, ctx)).join(' ');
}

export function renderText(spec: ArticleSpec): string {
  const template = spec.textTemplate;
  const lines = [spec.lead, ...spec.paragraphs];
  if (!hasSlot(template.parts, 'AUTHOR')) lines.push(spec.author);
  const text = renderTemplate(template.parts, { TITLE: spec.title, BODY: lines.join(template.paragraphSeparator), AUTHOR: spec.author }, spec.published);
  return spec.nfd ? text.normalize('NFD') : text;
}

export function renderHtml(spec: ArticleSpec, chrome: ChromeContext): string {
  const template = spec.pageTemplate;
  const { prng } = chrome;
  const encode = spec.entities ? (s: string) => toCharacterReferences(escapeHtml(s)) : escapeHtml;
  const paragraphs = template.hasLead ? spec.paragraphs : [spec.lead, ...spec.paragraphs];
  const blocks: string[] = [];
  paragraphs.forEach((p, i) => {
    const text = prng.chance(0.1) ? boldFirstSentence(encode(p)) : encode(p);
    blocks.push(template.paragraphStyle === 'p' ? `<p>${text}</p>` : `${text}<br /><br />`);
    if (i % 4 === 1 && prng.chance(0.35)) blocks.push(figure(prng, spec, encode));
  });
  blocks.push(template.paragraphStyle === 'p' ? `<p style="text-align: right;"><strong>${encode(spec.author)}</strong></p>` : `<b>${encode(spec.author)}</b>`);
  const values = {
    // Entities only in the body: <title>, meta and JSON-LD carry the title as plain text.
    TITLE: escapeHtml(spec.title),
    LEAD: template.hasLead ? encode(spec.lead) : '',
    BODY: `\n${blocks.join('\n')}\n`,
    AUTHOR: escapeHtml(spec.author),
  };
  const unpadded = renderTemplate(template.parts, values, spec.published);
  const missing = Math.max(0, spec.pageBytes - Buffer.byteLength(unpadded));
  const page = renderTemplate(
    template.parts,
    { ...values, HEADPAD: headPadding(chrome, missing * HEAD_PADDING_SHARE), SIDEPAD: sidebarPadding(chrome, missing * (1 - HEAD_PADDING_SHARE)) },
    spec.published,
  );
  return spec.nfd ? page.normalize('NFD') : page;
}

function figure(prng: Prng, spec: ArticleSpec, encode: (s: string) => string): string {
  const caption = encode(prng.pick(FILLER_SENTENCES).split(',')[0]!.replace(/\.$/u, ''));
  const src = `/uploads/news/${spec.published.slice(0, 7).replace('-', '_')}/anh-${prng.int(1, 9999)}.jpg`;
  return `<figure class="image"><img src="${src}" alt="${caption}" width="${prng.int(400, 800)}" /><figcaption>${caption}</figcaption></figure>`;
}

function boldFirstSentence(html: string): string {
  const end = html.indexOf('. ');
  return end > 0 ? `<strong>${html.slice(0, end + 1)}</strong>${html.slice(end + 1)}` : html;
}

/** Non-ASCII characters as decimal character references: "Đảng" → "&#272;&#7843;ng". */
function toCharacterReferences(html: string): string {
  return html.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

// ---------------------------------------------------------------------------
// CLI: write a corpus to disk for inspection
// ---------------------------------------------------------------------------

const CliFlags = z.object({
  articles: z.coerce.number().int().positive().default(20),
  seed: z.coerce.number().int().nonnegative().default(DEFAULT_CORPUS_OPTIONS.seed),
  out: z.string().min(1).default(join(tmpdir(), 'vntally-bench-corpus')),
});

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const flags = CliFlags.parse(values);
  const corpus = new Corpus(loadCorpusMaterial(), { articles: flags.articles, seed: flags.seed });
  mkdirSync(flags.out, { recursive: true });
  let textBytes = 0;
  let htmlBytes = 0;
  for (let i = 0; i < corpus.size; i++) {
    const name = String(i).padStart(5, '0');
    const text = corpus.text(i);
    const html = corpus.html(i);
    textBytes += Buffer.byteLength(text);
    htmlBytes += Buffer.byteLength(html);
    writeFileSync(join(flags.out, `${name}.txt`), text);
    writeFileSync(join(flags.out, `${name}.html`), html);
  }
  console.log(`${corpus.size} articles in ${flags.out}: text ${(textBytes / 1e6).toFixed(2)} MB, html ${(htmlBytes / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
