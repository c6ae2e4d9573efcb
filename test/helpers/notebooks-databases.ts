/**
 * Databases for the notebook tests.
 *
 * `buildGoldenDatabase`: a demo-like database built from the project's own
 * hand-checked articles, so the tests do not depend on `npm start`:
 *
 *  1. every article of test/golden/ and test/heldout/, plus the off-topic
 *     pages of test/fixture-sites/off-topic/, is run through the extractor
 *     (`extractFromBytes`) and the crawler's topic filter (`classifyTopic`);
 *  2. each gets a URL on a registered source of its province (a national
 *     site when no province was found), so `sources` joins;
 *  3. every SYNDICATE_EVERY-th kept article is re-posted, word for word, on
 *     an aggregator, so notebook 4 has syndicated copies to show;
 *  4. the lot is written as one extract run directory (run-artefacts.ts)
 *     and loaded with `loadRun`, exactly as `vntally load` would.
 *
 * Deterministic: the same corpus gives the same database.
 *
 * `buildSparseDatabase`: two articles and four facts (test/db-fixtures.ts),
 * nothing skipped, nothing syndicated, no pair for a ratio: what a first
 * small crawl may look like. The notebooks must run on it without an error.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyTopic } from '../../crawlers/topic-filter.js';
import { EXTRACTOR_VERSION, extractFromBytes } from '../../extract/index.js';
import { loadRun } from '../../pipeline/db/load-run.js';
import { openDatabase } from '../../pipeline/db/open-database.js';
import { writeRunDir } from '../db-fixtures.js';
import { factLine } from '../../pipeline/stages/article-lines.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Folders of articles (.txt or .html) fed to the extractor, in this order. */
export const GOLDEN_CORPUS_DIRS = ['test/golden', 'test/heldout', 'test/fixture-sites/off-topic'] as const;

/** Every n-th kept article gets a word-for-word copy on AGGREGATOR_SOURCE. */
const SYNDICATE_EVERY = 6;
const AGGREGATOR_SOURCE = 'baomoi';
/** Where an article with no detected province is filed. */
const NATIONAL_SOURCE = 'dangcongsan';
const RUN_ID = 'golden-notebooks-1';
const FETCHED_AT = '2025-07-01T00:00:00.000Z';

interface RegistrySource {
  id: string;
  kind: string;
  province: string | null;
  base_url: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function articleIdOf(canonicalUrl: string): string {
  return sha256(canonicalUrl).slice(0, 16);
}

/** The first newspaper (else any source) of each province, from data/sources.json. */
function sourcesByProvince(): { byProvince: Map<string, RegistrySource>; byId: Map<string, RegistrySource> } {
  const registry = JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as { sources: RegistrySource[] };
  const byProvince = new Map<string, RegistrySource>();
  for (const preferNewspaper of [true, false]) {
    for (const source of registry.sources) {
      if (source.province === null || byProvince.has(source.province)) continue;
      if (preferNewspaper && source.kind !== 'newspaper') continue;
      byProvince.set(source.province, source);
    }
  }
  return { byProvince, byId: new Map(registry.sources.map((s) => [s.id, s])) };
}

function corpusFiles(): string[] {
  const files: string[] = [];
  for (const dir of GOLDEN_CORPUS_DIRS) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (/\.(?:txt|html?)$/u.test(name) && name !== 'README.md') files.push(join(ROOT, dir, name));
    }
  }
  return files;
}

/** Writes the run directory of the corpus under `parentDir` and returns it. */
export async function writeGoldenRun(parentDir: string): Promise<string> {
  const dir = join(parentDir, RUN_ID);
  await mkdir(dir, { recursive: true });
  const { byProvince, byId } = sourcesByProvince();
  const articleLines: string[] = [];
  const factLines: string[] = [];
  const pageLines: string[] = [];
  let keptCount = 0;
  let serial = 0;

  const addArticle = (url: string, sourceId: string, extraction: ReturnType<typeof extractFromBytes>, kept: boolean, skipReason: string | null): void => {
    const articleId = articleIdOf(url);
    const { meta, text } = extraction;
    articleLines.push(
      JSON.stringify({
        article_id: articleId,
        url,
        canonical_url: url,
        source_id: sourceId,
        title: meta.title,
        published: meta.published,
        author: meta.author,
        province: meta.province,
        province_2025: meta.province_2025,
        text_hash: sha256(text),
        text,
        kept,
        skip_reason: skipReason,
        fetched_at: FETCHED_AT,
        extractor_version: EXTRACTOR_VERSION,
        run_id: RUN_ID,
      }),
    );
    pageLines.push(
      JSON.stringify({
        url,
        canonical_url: url,
        source_id: sourceId,
        fetched_at: FETCHED_AT,
        status: 200,
        content_type: 'text/html',
        charset: 'utf-8',
        sha256: sha256(`${url}#${text}`),
        warc_file: 'warc/vntally-20250701000000-00001.warc.gz',
        offset: serial * 8192,
        length: 8000,
        etag: null,
        last_modified: null,
        kind: 'article',
        kept,
        skip_reason: skipReason,
        published_hint: meta.published,
        title_hint: meta.title,
      }),
    );
    serial += 1;
    if (!kept) return;
    for (const fact of extraction.facts) {
      factLines.push(JSON.stringify(factLine(articleId, fact, { runId: RUN_ID, extractorVersion: EXTRACTOR_VERSION })));
    }
  };

  for (const file of corpusFiles()) {
    const slug = basename(file).replace(/\.[a-z]+$/u, '');
    const extraction = extractFromBytes(readFileSync(file), { fileName: file });
    const verdict = classifyTopic({ title: extraction.meta.title, text: extraction.text });
    const source = (extraction.meta.province === null ? undefined : byProvince.get(extraction.meta.province)) ?? byId.get(NATIONAL_SOURCE);
    if (source === undefined) throw new Error(`data/sources.json: no source for ${extraction.meta.province ?? 'national'} (${file})`);
    const url = new URL(`tin-tuc/${slug}.html`, source.base_url).href;
    addArticle(url, source.id, extraction, verdict.kept, verdict.kept ? null : verdict.reason);
    if (!verdict.kept) continue;
    keptCount += 1;
    if (keptCount % SYNDICATE_EVERY === 0) {
      const aggregator = byId.get(AGGREGATOR_SOURCE);
      if (aggregator === undefined) throw new Error(`data/sources.json: no source "${AGGREGATOR_SOURCE}"`);
      addArticle(new URL(`${slug}-copy.epi`, aggregator.base_url).href, aggregator.id, extraction, true, null);
    }
  }

  const asFile = (lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  await writeFile(join(dir, 'articles.jsonl'), asFile(articleLines));
  await writeFile(join(dir, 'facts.jsonl'), asFile(factLines));
  await writeFile(join(dir, 'pages.jsonl'), asFile(pageLines));
  await writeFile(
    join(dir, 'run.json'),
    `${JSON.stringify(
      {
        run_id: RUN_ID,
        started_at: '2025-07-01T00:00:00.000Z',
        finished_at: '2025-07-01T00:01:00.000Z',
        extractor_version: EXTRACTOR_VERSION,
        stage: 'extract',
        source_selection: { corpus: GOLDEN_CORPUS_DIRS },
        counts: { pages: pageLines.length, articles: articleLines.length, facts: factLines.length },
      },
      null,
      2,
    )}\n`,
  );
  return dir;
}

/** Builds the database at `dbPath` (replacing nothing else) from the golden corpus. */
export async function buildGoldenDatabase(dbPath: string): Promise<void> {
  await buildDatabase(dbPath, writeGoldenRun);
}

export async function buildSparseDatabase(dbPath: string): Promise<void> {
  await buildDatabase(dbPath, (parent) =>
    writeRunDir(parent, {
      run_id: 'sparse-notebooks-1',
      articles: [
        {
          url: 'https://baodongnai.com.vn/tin-tuc/ket-nap-dang-vien.html',
          province: 'Đồng Nai',
          published: '2024-05-01',
          title: 'Kết nạp đảng viên trong doanh nghiệp',
          facts: [
            { metric: 'party_admissions', value: 12, kind: 'flow', period: '2024', sentence: 'Năm 2024 kết nạp 12 đảng viên.' },
            { metric: 'party_members', value: 300, sentence: 'Đảng bộ có 300 đảng viên.' },
          ],
        },
        {
          url: 'https://hanoimoi.vn/cong-doan-co-so.html',
          province: 'Hà Nội',
          published: '2023-05-01',
          title: 'Công đoàn cơ sở',
          facts: [
            { metric: 'union_members', value: 5000, sentence: 'Có 5.000 đoàn viên công đoàn.' },
            { metric: 'party_organizations', value: 7, sentence: 'Có 7 tổ chức đảng.' },
          ],
        },
      ],
    }),
  );
}

async function buildDatabase(dbPath: string, writeRun: (parentDir: string) => Promise<string>): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'vntally-nb-run-'));
  try {
    const runDir = await writeRun(scratch);
    const db = await openDatabase(dbPath);
    try {
      await loadRun(db, runDir);
    } finally {
      db.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
