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
 *   data/runs/<run_id>/*.parquet      with format 'parquet': the same, as the extract stage converts them
 *
 * A fixture is written in one of three formats (RunFormat): 'parquet' as the
 * extract stage writes runs now (article lines signed, Parquet files listed
 * in run.json), 'jsonl' (signed lines, no Parquet), or 'legacy' as stages
 * before the Parquet files did (no signatures, JSONL only: the default, so
 * tests that edit a JSONL file see the loader read it).
 *
 * Generated runs are streamed to disk in blocks by the extract stage's own
 * writer (LineFile), their article lines made by its `articleLine`, and
 * converted by its `writeRunParquet`, so a run of a million facts never sits
 * in memory and the load bench reads what the stage writes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ArchiveIndexRow } from '../crawlers/archive/index.js';
import { PROVINCES } from '../extract/gazetteer.js';
import type { Approx, Kind, Metric, Unit } from '../extract/types.js';
import type { Database } from '../pipeline/db/index.js';
import { TABLES } from '../pipeline/db/index.js';
import { MINHASH_SCHEME, signatureHexOf } from '../pipeline/db/minhash.js';
import { LineFile } from '../pipeline/stages/_line-file.js';
import { articleLine as stageArticleLine, type FactLineValue } from '../pipeline/stages/article-lines.js';
import { writeRunParquet } from '../pipeline/stages/write-parquet.js';
import { Prng } from './helpers/seeded-random.js';

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

/** How a fixture run is written (see the top of this file). */
export type RunFormat = 'parquet' | 'jsonl' | 'legacy';
export const RUN_FORMATS: readonly RunFormat[] = ['parquet', 'jsonl', 'legacy'];

export interface RunFixture {
  run_id: string;
  /** Default 'legacy'. */
  format?: RunFormat;
  started_at?: string;
  extractor_version?: string;
  articles: FixtureArticle[];
  /** Extra archive rows (listings, skipped pages) besides one row per article. */
  extraPages?: ArchiveIndexRow[];
  errors?: unknown[];
}

/** What one fact line of facts.jsonl holds: the extract stage's own line type. */
export type FactLine = FactLineValue;

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
  const format = fixture.format ?? 'legacy';
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
        ...(format === 'legacy' ? {} : { minhash: kept ? signatureHexOf(text) : null }),
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
  await writeFile(join(dir, 'run.json'), `${JSON.stringify({ ...manifest, ...(await artefactsOf(dir, format)) }, null, 2)}\n`);
  return dir;
}

/** What run.json gains in each format: the Parquet files (converted here, as the extract stage does) and the signature scheme. */
async function artefactsOf(dir: string, format: RunFormat): Promise<Record<string, unknown>> {
  if (format === 'parquet') return { ...(await writeRunParquet(dir)) };
  if (format === 'jsonl') return { signatures: MINHASH_SCHEME };
  return {};
}

// ------------------------------------------------------------ generated runs


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
  /** Default 'legacy'. */
  format?: RunFormat;
}

export interface GeneratedRun {
  dir: string;
  facts: number;
  articles: number;
  keptArticles: number;
  pages: number;
  /** Bytes of the three JSONL files. */
  bytes: number;
  /** Bytes of the three Parquet files (0 without). */
  parquetBytes: number;
  /** Seconds the extract stage's Parquet conversion took (0 without). */
  parquetSeconds: number;
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
  const random = new Prng(options.seed ?? 20250701);
  const perArticle = options.factsPerArticle ?? 20;
  const syndicatedEvery = options.syndicatedEvery ?? 10;
  const skippedShare = options.skippedShare ?? 0.5;
  const words = options.textWords ?? 250;
  const version = options.extractorVersion ?? FIXTURE_EXTRACTOR_VERSION;
  const provinces = PROVINCES.map((p) => [p.name, p.unit_2025] as const);

  const format = options.format ?? 'legacy';
  const articles = await LineFile.create(join(dir, 'articles.jsonl'));
  const facts = await LineFile.create(join(dir, 'facts.jsonl'));
  const pages = await LineFile.create(join(dir, 'pages.jsonl'));
  const stamp = { runId: options.runId, extractorVersion: version };
  /** An article line as the extract stage makes it from an archive row and an extraction; 'legacy' runs had no signatures. */
  const articleLine = (row: ArchiveIndexRow, title: string, published: string, province: readonly [string, string], text: string, kept: boolean): string => {
    const meta = { title, published, author: null, province: province[0], province_2025: province[1], url: null, site: null };
    const line: Record<string, unknown> = { ...stageArticleLine(row, { meta, text, facts: [], issues: [] }, stamp) };
    // Off-topic articles: the stage lists them in pages.jsonl only now; older runs had article lines for them.
    if (!kept) Object.assign(line, { kept: false, skip_reason: 'off_topic', minhash: null });
    if (format === 'legacy') delete line.minhash;
    return JSON.stringify(line);
  };

  let factCount = 0;
  let articleCount = 0;
  let kept = 0;
  interface Story {
    text: string;
    title: string;
    province: readonly [string, string];
    published: string;
    facts: FactLine[];
  }
  let previous: Story | null = null;
  while (factCount < options.facts) {
    const n = Math.min(perArticle, options.facts - factCount);
    const i = articleCount;
    const original: Story | null = previous !== null && syndicatedEvery > 0 && kept % syndicatedEvery === syndicatedEvery - 1 ? previous : null;
    const repost: boolean = original !== null;
    const sourceId = repost ? 'test-aggregator' : `test-source-${i % 40}`;
    const url = `https://${sourceId}.example.vn/tin-tuc/bai-${i}.html`;
    const articleId = articleIdOf(url);
    const province: readonly [string, string] = original !== null ? original.province : random.pick(provinces);
    const published: string = original !== null ? original.published : `20${random.int(18, 25)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const title: string = original !== null ? original.title : `Phát triển đảng viên trong doanh nghiệp số ${i}`;
    let text: string;
    const lines: FactLine[] = [];
    if (original !== null) {
      text = original.text;
      for (const f of original.facts) {
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
    const row = pageRow(url, url, sourceId, fetchedAt, i, true, null, title);
    await articles.add(articleLine(row, title, published, province, text, true));
    await pages.add(JSON.stringify(row));
    for (const line of lines) await facts.add(JSON.stringify(line));
    factCount += lines.length;
    articleCount += 1;
    kept += 1;
    previous = repost ? null : { text, title, province, published, facts: lines };

    // Off-topic pages: archived and listed as articles with kept=false, never with facts.
    while (random.next() < skippedShare / (1 + skippedShare)) {
      const j = articleCount;
      const offUrl = `https://test-source-${j % 40}.example.vn/the-thao/bai-${j}.html`;
      const offText = `Giải bóng đá số ${j} khai mạc. ${random.pick(VOCABULARY)} ${random.pick(VOCABULARY)}`;
      const offRow = pageRow(offUrl, offUrl, `test-source-${j % 40}`, fetchedAt, j, false, 'off_topic', `Thể thao ${j}`);
      await articles.add(articleLine(offRow, `Thể thao ${j}`, published, province, offText, false));
      await pages.add(JSON.stringify(offRow));
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
  const converting = performance.now();
  const artefacts = await artefactsOf(dir, format);
  const parquetSeconds = format === 'parquet' ? (performance.now() - converting) / 1000 : 0;
  await writeFile(join(dir, 'run.json'), `${JSON.stringify({ ...manifest, ...artefacts }, null, 2)}\n`);
  const parquetBytes = format === 'parquet' ? ['articles', 'facts', 'pages'].reduce((sum, name) => sum + statSync(join(dir, `${name}.parquet`)).size, 0) : 0;
  return { dir, facts: factCount, articles: articles.lines, keptArticles: kept, pages: pages.lines, bytes: articles.bytes + facts.bytes + pages.bytes, parquetBytes, parquetSeconds };
}

// ------------------------------------------------------- helpers for tests

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `vntally-${prefix}-`));
}

/** Rows per table, for "same counts" comparisons. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    if (table === 'schema_version') continue;
    const row = await db.readRow<{ n: bigint }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(row?.n ?? 0n);
  }
  return counts;
}

/**
 * A fingerprint of the loaded content (not only the counts): sums of hashes
 * over the identifying and measured columns of facts, articles and pages.
 */
export async function contentFingerprint(db: Database): Promise<Record<string, string>> {
  const row = await db.readRow<Record<string, bigint | null>>(
    `SELECT (SELECT sum(hash(fact_id, value, metric, kind, run_id)) FROM facts)::VARCHAR AS facts,
            (SELECT sum(hash(article_id, text_hash, syndication_group, run_id)) FROM articles)::VARCHAR AS articles,
            (SELECT sum(hash(warc_file, "offset", kept, skip_reason)) FROM pages)::VARCHAR AS pages`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, String(v)]));
}

/** A fingerprint of the syndication tables: signatures, band keys, verified pairs, and the groups. */
export async function syndicationFingerprint(db: Database): Promise<Record<string, string>> {
  const row = await db.readRow<Record<string, bigint | null>>(
    `SELECT (SELECT count(*) FROM syndication_signatures)::VARCHAR AS signature_rows,
            (SELECT sum(hash(article_id, minhash)) FROM syndication_signatures)::VARCHAR AS signatures,
            (SELECT count(*) FROM syndication_bands)::VARCHAR AS band_rows,
            (SELECT sum(hash(band_key, article_id)) FROM syndication_bands)::VARCHAR AS bands,
            (SELECT count(*) FROM syndication_pairs)::VARCHAR AS pair_rows,
            (SELECT sum(hash(article_a, article_b, similarity)) FROM syndication_pairs)::VARCHAR AS pairs,
            (SELECT sum(hash(article_id, syndication_group)) FROM articles)::VARCHAR AS groups`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, String(v)]));
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DB_MODULE = new URL('../pipeline/db/index.ts', import.meta.url).href;

/**
 * The code of a child process (run with `node --import tsx -e`): mode "load"
 * loads a run, printing each progress event as a JSON line; mode "hold"
 * opens the database (read-only with "ro") and keeps it open for holdMs.
 */
const CHILD_CODE = `
const { openDatabase, loadRun } = await import(${JSON.stringify(DB_MODULE)});
const [mode, dbPath, arg, holdMs] = process.argv.slice(1);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
if (mode === 'load') {
  const db = await openDatabase(dbPath);
  const summary = await loadRun(db, arg, { onProgress: (p) => say({ type: 'progress', ...p }) });
  db.close();
  say({ type: 'done', facts: summary.facts });
} else {
  const db = await openDatabase(dbPath, { readOnly: arg === 'ro' });
  say({ type: 'held', pid: process.pid });
  await new Promise((r) => setTimeout(r, Number(holdMs)));
  db.close();
  say({ type: 'released' });
}
`;

export interface ChildEvent {
  type: string;
  step?: string;
  percentage?: number | null;
  pid?: number;
  facts?: number;
}

/** Starts a child process in `mode`; `onEvent` sees each JSON line it prints. */
export function spawnDbChild(args: string[], onEvent: (event: ChildEvent, child: ChildProcess) => void): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD_CODE, '--', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) onEvent(JSON.parse(line) as ChildEvent, child);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exited };
}

// ------------------------------------------------------- a small hand-made run

/** ~200 words of body text, different for each seed: long enough for MinHash (a few dozen words suffice). */
export function fillerText(seed: number, words = 200): string {
  const random = new Prng(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random.pick(VOCABULARY));
  return out.join(' ');
}

export const BP_PORTAL = 'https://binhphuoc.gov.vn/tin-tuc/ket-nap-dang-vien-2024.html';
export const BP_COPY = 'https://baomoi.example.vn/ket-nap-dang-vien-2024-c123.epi';
export const BP_LATER = 'https://baobinhphuoc.com.vn/xay-dung-dang/tong-ket-2024.html';
export const BP_LATER_REPOST = 'https://tinhuy.binhphuoc.example.vn/tong-ket-2024.html';
export const DN_ARTICLE = 'https://dongnai.gov.vn/tin/chi-tieu-2023.html';
export const HN_ARTICLE = 'https://hanoimoi.example.vn/nhiem-ky-2020-2025.html';
export const OFF_TOPIC = 'https://binhphuoc.gov.vn/the-thao/bong-da.html';

/**
 * The hand-made run of the view tests. Expected figures (province × year × metric):
 *  - Bình Phước 2024 party_members: latest stock 3,500 (as of 2024-12-15; 3,390 on 2024-05-31 is older)
 *  - Bình Phước 2024 party_admissions: flows 56 + 30 = 86 (the "trong đó" part 20 is not added;
 *    the re-posts of both articles count once), largest flow 56, achievement 62%
 *  - Bình Phước 2024 union density: 21,000 / 30,000 = 0.7, once despite the copy
 *  - Đồng Nai 2023 party_members 10,000 (year from publication), party_admissions target 500
 *  - Hà Nội 2020 party_admissions flows 1,000 (period "2020-2025" → 2020)
 *  - Đồng Nai (2025 unit) 2024 party_members: 3,500 from Bình Phước alone (1 of 2 members)
 */
export function handMadeRun(runId = 'hand-1'): RunFixture {
  const bpFacts: FixtureFact[] = [
    { metric: 'party_members', value: 3390, kind: 'stock', as_of: '2024-05-31', scope: 'Đảng bộ tỉnh Bình Phước', sentence: 'Đến ngày 31/5/2024, Đảng bộ tỉnh có 3.390 đảng viên.' },
    { metric: 'party_admissions', value: 56, kind: 'flow', period: '2024', scope: 'Đảng bộ tỉnh Bình Phước', sentence: 'Năm 2024 kết nạp 56 đảng viên.' },
    { metric: 'party_admissions', value: 20, kind: 'flow', period: '2024', scope: 'Đảng bộ tỉnh Bình Phước', parent: 'f2', sentence: 'Trong đó có 20 đảng viên là công nhân.' },
    { metric: 'union_members', value: 21000, kind: 'stock', scope: 'LĐLĐ tỉnh Bình Phước', sentence: 'LĐLĐ tỉnh có 21.000 đoàn viên công đoàn.' },
    { metric: 'workers', value: 30000, kind: 'stock', scope: 'LĐLĐ tỉnh Bình Phước', sentence: 'Trên địa bàn có 30.000 người lao động.' },
    { metric: 'party_admissions', value: 62, unit: 'percent', kind: 'achievement', period: '2024', scope: 'Đảng bộ tỉnh Bình Phước', sentence: 'Kết nạp đạt 62% chỉ tiêu.' },
  ];
  const bpText = `Kết nạp đảng viên năm 2024. ${fillerText(1)} ${bpFacts.map((f) => f.sentence).join(' ')}`;
  const laterFacts: FixtureFact[] = [
    { metric: 'party_members', value: 3500, kind: 'stock', as_of: '2024-12-15', scope: 'Đảng bộ tỉnh Bình Phước', sentence: 'Đến ngày 15/12/2024, toàn Đảng bộ có 3.500 đảng viên.' },
    { metric: 'party_admissions', value: 30, kind: 'flow', period: '2024', scope: 'Đảng bộ tỉnh Bình Phước', sentence: 'Sáu tháng cuối năm kết nạp 30 đảng viên.' },
  ];
  const laterBody = `${fillerText(2)} ${laterFacts.map((f) => f.sentence).join(' ')}`;
  return {
    run_id: runId,
    started_at: '2025-01-10T01:00:00.000Z',
    articles: [
      { url: BP_PORTAL, source_id: 'binhphuoc-portal', title: 'Kết nạp đảng viên năm 2024', published: '2024-06-10', province: 'Bình Phước', text: bpText, facts: bpFacts },
      // An aggregator's copy: the same text.
      { url: BP_COPY, source_id: 'test-aggregator', title: 'Kết nạp đảng viên năm 2024', published: '2024-06-11', province: 'Bình Phước', text: bpText, facts: bpFacts },
      { url: BP_LATER, source_id: 'baobinhphuoc', title: 'Tổng kết công tác đảng 2024', published: '2024-12-20', province: 'Bình Phước', text: `Tổng kết năm 2024. ${laterBody}`, facts: laterFacts },
      // A re-post with its own lead line and footer: near-identical, not identical.
      {
        url: BP_LATER_REPOST,
        source_id: 'test-party-site',
        title: 'Tổng kết công tác đảng 2024',
        published: '2024-12-21',
        province: 'Bình Phước',
        text: `(TH) Theo Báo Bình Phước: tổng kết năm 2024. ${laterBody} Nguồn: baobinhphuoc.com.vn.`,
        facts: laterFacts,
      },
      {
        url: DN_ARTICLE,
        source_id: 'dongnai-portal',
        title: 'Chỉ tiêu kết nạp 2023',
        published: '2023-03-01',
        province: 'Đồng Nai',
        text: `Chỉ tiêu 2023. ${fillerText(3)} Đảng bộ tỉnh có 10.000 đảng viên. Phấn đấu kết nạp 500 đảng viên.`,
        facts: [
          { metric: 'party_members', value: 10000, kind: 'stock', scope: 'Đảng bộ tỉnh Đồng Nai', sentence: 'Đảng bộ tỉnh có 10.000 đảng viên.' },
          { metric: 'party_admissions', value: 500, kind: 'target', period: '2023', scope: 'Đảng bộ tỉnh Đồng Nai', sentence: 'Phấn đấu kết nạp 500 đảng viên.' },
        ],
      },
      {
        url: HN_ARTICLE,
        source_id: 'hanoimoi',
        title: 'Nhiệm kỳ 2020-2025',
        published: '2025-01-05',
        province: 'Hà Nội',
        text: `Nhiệm kỳ 2020-2025. ${fillerText(4)} Nhiệm kỳ 2020-2025 kết nạp 1.000 đảng viên.`,
        facts: [{ metric: 'party_admissions', value: 1000, kind: 'flow', period: '2020-2025', scope: 'Thành ủy Hà Nội', sentence: 'Nhiệm kỳ 2020-2025 kết nạp 1.000 đảng viên.' }],
      },
      { url: OFF_TOPIC, source_id: 'binhphuoc-portal', title: 'Giải bóng đá', published: '2024-06-01', province: 'Bình Phước', text: `Giải bóng đá. ${fillerText(5)}`, kept: false, skip_reason: 'off_topic' },
    ],
  };
}
