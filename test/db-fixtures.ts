/**
 * Run directories for the database tests and the load bench: the artefacts
 * the extract stage hands to `vntally load` (see pipeline/db/run-artefacts.ts
 * for the contract), written from a small hand-made description or generated
 * in bulk from a seed.
 *
 *   data/runs/<run_id>/run.json       the run's manifest
 *   data/runs/<run_id>/articles.jsonl one line per article, kept or skipped
 *   data/runs/<run_id>/facts.jsonl    one line per fact, flattened
 *   data/runs/<run_id>/pages.jsonl    the archive index rows of the run
 *
 * Generated runs are streamed to disk in blocks, so a run of a million facts
 * never sits in memory.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchiveIndexRow } from '../crawlers/archive/index.js';
import { PROVINCES } from '../extract/gazetteer.js';
import type { Approx, Kind, Metric, Unit } from '../extract/types.js';

export const FIXTURE_EXTRACTOR_VERSION = 'test-1';

/** `article_id` as the extract stage computes it: the first 16 hex chars of sha256(canonical_url). */
export function articleIdOf(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface FixtureFact {
  /** "f1", "f2", …; defaults to the position in the article. */
  id?: string;
  metric: Metric;
  value: number;
  value_max?: number | null;
  unit?: Unit;
  kind?: Kind;
  approx?: Approx;
  scope?: string | null;
  period?: string | null;
  as_of?: string | null;
  /** The parent's fact id within the article ("f1"); written as the full fact_id. */
  parent?: string | null;
  parts_sum_match?: boolean | null;
  confidence?: number;
  sentence?: string;
}

export interface FixtureArticle {
  url: string;
  canonical_url?: string;
  source_id?: string;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  province?: string | null;
  /** Defaults to the 2025 unit of `province` from the gazetteer. */
  province_2025?: string | null;
  text?: string;
  kept?: boolean;
  skip_reason?: string | null;
  fetched_at?: string;
  facts?: FixtureFact[];
}

export interface RunFixture {
  run_id: string;
  started_at?: string;
  extractor_version?: string;
  articles: FixtureArticle[];
  /** Extra archive rows (listings, skipped pages) besides one row per article. */
  extraPages?: ArchiveIndexRow[];
  errors?: unknown[];
}

/** What one fact line of facts.jsonl holds. */
export interface FactLine {
  fact_id: string;
  article_id: string;
  run_id: string;
  extractor_version: string;
  metric: string;
  value: number;
  value_max: number | null;
  unit: string;
  kind: string;
  approx: string;
  scope: string | null;
  period: string | null;
  as_of: string | null;
  parent: string | null;
  parts_sum_match: boolean | null;
  confidence: number;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  mention: string;
  mention_start: number;
  mention_end: number;
}

const unitOf = new Map(PROVINCES.map((p) => [p.name, p.unit_2025]));

function pageRow(url: string, canonicalUrl: string, sourceId: string, fetchedAt: string, serial: number, kept: boolean, skipReason: string | null, title: string | null): ArchiveIndexRow {
  return {
    url,
    canonical_url: canonicalUrl,
    source_id: sourceId,
    fetched_at: fetchedAt,
    status: 200,
    content_type: 'text/html',
    charset: 'utf-8',
    sha256: sha256Hex(`${canonicalUrl}#${serial}`),
    warc_file: 'warc/vntally-20250101000000-00001.warc.gz',
    offset: serial * 4096,
    length: 4000,
    etag: null,
    last_modified: null,
    kind: 'article',
    kept,
    skip_reason: skipReason,
    published_hint: null,
    title_hint: title,
  };
}

/** Writes a hand-made run under `parentDir/<run_id>` and returns that directory. */
export async function writeRunDir(parentDir: string, fixture: RunFixture): Promise<string> {
  const dir = join(parentDir, fixture.run_id);
  await mkdir(dir, { recursive: true });
  const version = fixture.extractor_version ?? FIXTURE_EXTRACTOR_VERSION;
  const articleLines: string[] = [];
  const factLines: string[] = [];
  const pageLines: string[] = [];
  let factCount = 0;
  fixture.articles.forEach((a, i) => {
    const canonical = a.canonical_url ?? a.url;
    const articleId = articleIdOf(canonical);
    const text = a.text ?? `${a.title ?? 'Bài viết'}. ${(a.facts ?? []).map((f) => f.sentence ?? `Có ${f.value} ${f.metric}.`).join(' ')}`;
    const kept = a.kept ?? true;
    const fetchedAt = a.fetched_at ?? '2025-01-02T03:04:05.000Z';
    const province = a.province ?? null;
    articleLines.push(
      JSON.stringify({
        article_id: articleId,
        url: a.url,
        canonical_url: canonical,
        source_id: a.source_id ?? 'test-source',
        title: a.title ?? null,
        published: a.published ?? null,
        author: a.author ?? null,
        province,
        province_2025: a.province_2025 !== undefined ? a.province_2025 : province === null ? null : (unitOf.get(province) ?? null),
        text_hash: sha256Hex(text),
        text,
        kept,
        skip_reason: kept ? null : (a.skip_reason ?? 'off_topic'),
        fetched_at: fetchedAt,
        extractor_version: version,
        run_id: fixture.run_id,
      }),
    );
    pageLines.push(JSON.stringify(pageRow(a.url, canonical, a.source_id ?? 'test-source', fetchedAt, i, kept, kept ? null : (a.skip_reason ?? 'off_topic'), a.title ?? null)));
    if (!kept) return;
    (a.facts ?? []).forEach((f, k) => {
      const sentence = f.sentence ?? `Có ${f.value} ${f.metric}.`;
      const start = Math.max(0, text.indexOf(sentence));
      const line: FactLine = {
        fact_id: `${articleId}:${f.id ?? `f${k + 1}`}`,
        article_id: articleId,
        run_id: fixture.run_id,
        extractor_version: version,
        metric: f.metric,
        value: f.value,
        value_max: f.value_max ?? null,
        unit: f.unit ?? 'count',
        kind: f.kind ?? 'stock',
        approx: f.approx ?? 'exact',
        scope: f.scope ?? null,
        period: f.period ?? null,
        as_of: f.as_of ?? null,
        parent: f.parent ? `${articleId}:${f.parent}` : null,
        parts_sum_match: f.parts_sum_match ?? null,
        confidence: f.confidence ?? 0.9,
        sentence,
        sentence_start: start,
        sentence_end: start + sentence.length,
        mention: String(f.value),
        mention_start: start,
        mention_end: start + String(f.value).length,
      };
      factLines.push(JSON.stringify(line));
      factCount += 1;
    });
  });
  for (const page of fixture.extraPages ?? []) pageLines.push(JSON.stringify(page));
  const kept = fixture.articles.filter((a) => a.kept ?? true).length;
  const manifest = {
    run_id: fixture.run_id,
    started_at: fixture.started_at ?? '2025-01-02T03:00:00.000Z',
    extractor_version: version,
    stage: 'extract',
    source_selection: { sources: [] },
    counts: { pages: pageLines.length, articles: fixture.articles.length, kept, facts: factCount },
    ...(fixture.errors === undefined ? {} : { errors: fixture.errors }),
  };
  const asFile = (lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  await writeFile(join(dir, 'articles.jsonl'), asFile(articleLines));
  await writeFile(join(dir, 'facts.jsonl'), asFile(factLines));
  await writeFile(join(dir, 'pages.jsonl'), asFile(pageLines));
  await writeFile(join(dir, 'run.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

// ------------------------------------------------------------ generated runs

/** mulberry32: the same seed gives the same run on every machine. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

export interface GenerateOptions {
  runId: string;
  /** Facts in the run (spread over kept articles). */
  facts: number;
  factsPerArticle?: number;
  seed?: number;
  /** Every n-th kept article is a re-post of the one before it (same text, other site); 0 for none. */
  syndicatedEvery?: number;
  /** Off-topic (skipped) articles per kept article. */
  skippedShare?: number;
  /** Words of body text per article. */
  textWords?: number;
  extractorVersion?: string;
}

export interface GeneratedRun {
  dir: string;
  facts: number;
  articles: number;
  keptArticles: number;
  pages: number;
  bytes: number;
}

const METRIC_SENTENCES: ReadonlyArray<{ metric: Metric; unit: Unit; kind: Kind; words: string }> = [
  { metric: 'party_members', unit: 'count', kind: 'stock', words: 'đảng viên' },
  { metric: 'party_admissions', unit: 'count', kind: 'flow', words: 'quần chúng ưu tú được kết nạp vào Đảng' },
  { metric: 'party_organizations', unit: 'count', kind: 'stock', words: 'tổ chức cơ sở đảng' },
  { metric: 'union_grassroots', unit: 'count', kind: 'stock', words: 'công đoàn cơ sở' },
  { metric: 'union_members', unit: 'count', kind: 'stock', words: 'đoàn viên công đoàn' },
  { metric: 'workers', unit: 'count', kind: 'stock', words: 'người lao động' },
  { metric: 'enterprises', unit: 'count', kind: 'stock', words: 'doanh nghiệp' },
  { metric: 'referrals', unit: 'count', kind: 'flow', words: 'đoàn viên ưu tú được giới thiệu cho Đảng' },
  { metric: 'party_admissions', unit: 'percent', kind: 'achievement', words: 'phần trăm chỉ tiêu kết nạp' },
];

const VOCABULARY = (
  'năm nay ban chấp hành công đoàn tỉnh tổ chức hội nghị tổng kết công tác xây dựng đảng trong doanh nghiệp ngoài nhà nước ' +
  'các cấp ủy quan tâm lãnh đạo chỉ đạo phát triển tổ chức đảng đoàn thể chính trị xã hội người lao động được tuyên truyền ' +
  'nâng cao nhận thức về đảng chủ tịch liên đoàn lao động cho biết thời gian tới sẽ tiếp tục đẩy mạnh phong trào thi đua'
).split(' ');

/**
 * Writes a generated run of `facts` facts: kept articles with `factsPerArticle`
 * facts each, off-topic articles (no facts), re-posts of the same story on a
 * second source, and one archive row per article. Streamed in blocks.
 */
export async function writeGeneratedRun(parentDir: string, options: GenerateOptions): Promise<GeneratedRun> {
  const dir = join(parentDir, options.runId);
  await mkdir(dir, { recursive: true });
  const random = new Random(options.seed ?? 20250701);
  const perArticle = options.factsPerArticle ?? 20;
  const syndicatedEvery = options.syndicatedEvery ?? 10;
  const skippedShare = options.skippedShare ?? 0.5;
  const words = options.textWords ?? 250;
  const version = options.extractorVersion ?? FIXTURE_EXTRACTOR_VERSION;
  const provinces = PROVINCES.map((p) => [p.name, p.unit_2025] as const);

  const articles = new _BlockWriter(join(dir, 'articles.jsonl'));
  const facts = new _BlockWriter(join(dir, 'facts.jsonl'));
  const pages = new _BlockWriter(join(dir, 'pages.jsonl'));

  let factCount = 0;
  let articleCount = 0;
  let kept = 0;
  let previous: { text: string; title: string; province: readonly [string, string]; published: string; facts: FactLine[] } | null = null;
  while (factCount < options.facts) {
    const n = Math.min(perArticle, options.facts - factCount);
    const i = articleCount;
    const repost = previous !== null && syndicatedEvery > 0 && kept % syndicatedEvery === syndicatedEvery - 1;
    const sourceId = repost ? 'test-aggregator' : `test-source-${i % 40}`;
    const url = `https://${sourceId}.example.vn/tin-tuc/bai-${i}.html`;
    const articleId = articleIdOf(url);
    const province = repost ? previous!.province : random.pick(provinces);
    const published = repost ? previous!.published : `20${random.int(18, 25)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const title = repost ? previous!.title : `Phát triển đảng viên trong doanh nghiệp số ${i}`;
    let text: string;
    const lines: FactLine[] = [];
    if (repost) {
      text = previous!.text;
      for (const f of previous!.facts) {
        lines.push({ ...f, fact_id: `${articleId}:${f.fact_id.split(':')[1]}`, article_id: articleId, parent: f.parent === null ? null : `${articleId}:${f.parent.split(':')[1]}` });
      }
    } else {
      const body: string[] = [];
      for (let w = 0; w < words; w++) body.push(random.pick(VOCABULARY));
      const sentences: string[] = [];
      let offset = title.length + 2 + body.join(' ').length + 1;
      for (let k = 0; k < n; k++) {
        const template = random.pick(METRIC_SENTENCES);
        const value = template.unit === 'percent' ? random.int(50, 120) : random.int(1, 5000);
        const scope = random.next() < 0.5 ? `Công đoàn cơ sở số ${random.int(1, 300)}` : `Đảng bộ huyện ${random.int(1, 30)}`;
        const sentence = `Đến nay, ${scope} có ${value} ${template.words}.`;
        const mentionAt = sentence.indexOf(String(value));
        lines.push({
          fact_id: `${articleId}:f${k + 1}`,
          article_id: articleId,
          run_id: options.runId,
          extractor_version: version,
          metric: template.metric,
          value,
          value_max: null,
          unit: template.unit,
          kind: template.kind,
          approx: random.next() < 0.8 ? 'exact' : 'more_than',
          scope,
          period: template.kind === 'flow' ? published.slice(0, 4) : null,
          as_of: template.kind === 'stock' && random.next() < 0.3 ? published : null,
          parent: k > 0 && random.next() < 0.1 ? `${articleId}:f${k}` : null,
          parts_sum_match: null,
          confidence: Math.round(random.next() * 100) / 100,
          sentence,
          sentence_start: offset,
          sentence_end: offset + sentence.length,
          mention: `${value} ${template.words}`,
          mention_start: offset + mentionAt,
          mention_end: offset + mentionAt + String(value).length + 1 + template.words.length,
        });
        sentences.push(sentence);
        offset += sentence.length + 1;
      }
      text = `${title}. ${body.join(' ')} ${sentences.join(' ')}`;
    }
    const fetchedAt = `2025-06-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`;
    articles.write(articleLine(articleId, url, sourceId, title, published, province, text, true, null, fetchedAt, version, options.runId));
    pages.write(JSON.stringify(pageRow(url, url, sourceId, fetchedAt, i, true, null, title)));
    for (const line of lines) facts.write(JSON.stringify(line));
    factCount += lines.length;
    articleCount += 1;
    kept += 1;
    previous = repost ? null : { text, title, province, published, facts: lines };
    await Promise.all([articles.drain(), facts.drain(), pages.drain()]);

    // Off-topic pages: archived and listed as articles with kept=false, never with facts.
    while (random.next() < skippedShare / (1 + skippedShare)) {
      const j = articleCount;
      const offUrl = `https://test-source-${j % 40}.example.vn/the-thao/bai-${j}.html`;
      const offText = `Giải bóng đá số ${j} khai mạc. ${random.pick(VOCABULARY)} ${random.pick(VOCABULARY)}`;
      articles.write(articleLine(articleIdOf(offUrl), offUrl, `test-source-${j % 40}`, `Thể thao ${j}`, published, province, offText, false, 'off_topic', fetchedAt, version, options.runId));
      pages.write(JSON.stringify(pageRow(offUrl, offUrl, `test-source-${j % 40}`, fetchedAt, j, false, 'off_topic', `Thể thao ${j}`)));
      articleCount += 1;
    }
  }
  await Promise.all([articles.close(), facts.close(), pages.close()]);
  const manifest = {
    run_id: options.runId,
    started_at: '2025-06-01T00:00:00.000Z',
    extractor_version: version,
    stage: 'extract',
    source_selection: { generated: true, seed: options.seed ?? 20250701 },
    counts: { pages: pages.lines, articles: articles.lines, kept, facts: factCount },
  };
  await writeFile(join(dir, 'run.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, facts: factCount, articles: articles.lines, keptArticles: kept, pages: pages.lines, bytes: articles.bytes + facts.bytes + pages.bytes };
}

function articleLine(
  articleId: string,
  url: string,
  sourceId: string,
  title: string,
  published: string,
  province: readonly [string, string],
  text: string,
  kept: boolean,
  skipReason: string | null,
  fetchedAt: string,
  version: string,
  runId: string,
): string {
  return JSON.stringify({
    article_id: articleId,
    url,
    canonical_url: url,
    source_id: sourceId,
    title,
    published,
    author: null,
    province: province[0],
    province_2025: province[1],
    text_hash: sha256Hex(text),
    text,
    kept,
    skip_reason: skipReason,
    fetched_at: fetchedAt,
    extractor_version: version,
    run_id: runId,
  });
}

/** Lines gathered into ~1 MB blocks; `drain()` writes a full block and waits for the stream (back-pressure). */
class _BlockWriter {
  private readonly stream: WriteStream;
  private block: string[] = [];
  private blockChars = 0;
  lines = 0;
  bytes = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  write(line: string): void {
    this.block.push(line);
    this.blockChars += line.length + 1;
    this.lines += 1;
  }

  /** Writes the block once it holds ~1 MB; resolves when the stream can take more. */
  async drain(force = false): Promise<void> {
    if (this.block.length === 0 || (!force && this.blockChars < 1_000_000)) return;
    const chunk = Buffer.from(`${this.block.join('\n')}\n`);
    this.bytes += chunk.length;
    this.block = [];
    this.blockChars = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.drain(true);
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
