/**
 * The extract stage: crawl archive in, run directory out (the contract is
 * pipeline/db/run-artefacts.ts), without the network, so a new extractor
 * version re-processes the whole archive on its own.
 *
 *  1. open the archive read-only (a crawl may be writing it) and take its
 *     article rows, the latest fetch of each canonical URL, sorted by URL so
 *     that a run's files are reproducible; keep those of the wanted sources
 *     and, when incremental, those fetched after the source's mark;
 *  2. create `<runs>/<run_id>.tmp/` and its three JSONL files;
 *  3. for each row: its index row goes to pages.jsonl; a kept page with a
 *     2xx status is read back from its WARC record and extracted
 *     (`extractFromBytes` with the row's content type, URL and published
 *     hint), unless `prepared` holds the extraction of that very record
 *     (`vntally run` extracts while it crawls: extract-stream.ts); its
 *     article line goes to articles.jsonl and its facts, checked with zod,
 *     to facts.jsonl. A page that cannot be read or yields no text
 *     is recorded as an error naming its URL, and the stage goes on;
 *  4. convert the JSONL files into Parquet beside them (write-parquet.ts),
 *     write run.json last, fsync, and rename the directory to `<run_id>`:
 *     a run directory exists whole or not at all.
 *
 * Pages the topic filter skipped (and non-HTML records) go to pages.jsonl
 * only: the `articles` table holds on-topic articles, and `pages` keeps the
 * skip reason. Memory holds the archive's index (as `Archive` does) and one
 * article at a time; lines go to disk in blocks.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { syncPath } from '../../crawlers/archive/sync-path.js';
import { join, resolve } from 'node:path';
import { Archive, ArchiveError, type ArchiveIndexRow } from '../../crawlers/archive/index.js';
import { formatIndexLine } from '../../crawlers/archive/index-row.js';
import { FactSchema } from '../../extract/fact-schema.js';
import { EXTRACTOR_VERSION, extractFromBytes, type ArticleExtraction } from '../../extract/index.js';
import { CliError } from '../cli-error.js';
import { RUN_FILES, type RunManifest } from '../db/run-artefacts.js';
import { articleLine, factLine, isoDateOrNull, type LineStamp } from './article-lines.js';
import { LineFile } from './_line-file.js';
import { writeRunParquet } from './write-parquet.js';
import { newRunId } from './run-id.js';

/** Errors listed in run.json and the summary; the count covers them all. */
export const MAX_LISTED_ERRORS = 200;

/** Extraction issues after which a page has nothing to load (extract/index.ts `extractFromBytes`). */
const NO_TEXT_ISSUES: ReadonlySet<string> = new Set(['binary', 'empty', 'no-content']);

export interface ExtractProgress {
  /** Rows handled so far, of `total`. */
  done: number;
  total: number;
  articles: number;
  facts: number;
  errors: number;
}

/** A page the stage could not turn into an article; never fatal. */
export interface ExtractError {
  /** `read_failed` (WARC record unreadable or its digest wrong), `extract_failed` (the extractor threw: a bug), `no_text`, `invalid_fact` (dropped). */
  code: 'read_failed' | 'extract_failed' | 'no_text' | 'invalid_fact';
  url: string;
  source_id: string;
  message: string;
  stage: 'extract';
}

export interface ExtractArchiveOptions {
  archiveDir: string;
  runsDir: string;
  /** Default: `newRunId(startedAt)`. */
  runId?: string;
  startedAt?: Date;
  /** Only rows of these sources; default every source in the archive. */
  sourceIds?: ReadonlySet<string> | null;
  /**
   * Incremental extraction: per source, rows fetched at or before this
   * instant (epoch ms) are left out as already loaded. Sources without a
   * mark are extracted whole.
   */
  fetchedAfter?: ReadonlyMap<string, number> | null;
  /** Recorded in run.json: which stage wrote it (default "extract"), what was selected, counts and errors of earlier stages. */
  manifest?: { stage?: string; source_selection?: unknown; counts?: Record<string, unknown>; errors?: readonly unknown[] };
  onProgress?: (progress: ExtractProgress) => void;
  /**
   * Extractions already made, while the crawl archived the pages (`vntally
   * run`: extract-stream.ts). A row whose exact record has one is not read
   * and extracted again; every other step is the same, so the run directory
   * is the same.
   */
  prepared?: { take(row: ArchiveIndexRow): ArticleExtraction | undefined } | null;
}

export interface ExtractCounts {
  /** Article rows written to pages.jsonl (kept and skipped). */
  pages: number;
  /** Kept articles extracted and written to articles.jsonl. */
  articles: number;
  /** Rows the topic filter skipped, non-HTML records, non-2xx pages. */
  skipped: number;
  /** Rows left out because an earlier loaded run covered them (incremental). */
  unchanged: number;
  facts: number;
  errors: number;
}

export interface ExtractSummary {
  runId: string;
  runDir: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  counts: ExtractCounts;
  /** The first `MAX_LISTED_ERRORS` errors. */
  errors: ExtractError[];
}

/** Step 1: the rows to handle, and how many were left out as unchanged. */
function selectRows(archive: Archive, options: ExtractArchiveOptions): { rows: ArchiveIndexRow[]; unchanged: number } {
  const rows: ArchiveIndexRow[] = [];
  let unchanged = 0;
  for (const row of archive.rows()) {
    if (row.kind !== 'article') continue;
    if (options.sourceIds && !options.sourceIds.has(row.source_id)) continue;
    const mark = options.fetchedAfter?.get(row.source_id);
    if (mark !== undefined && Date.parse(row.fetched_at) <= mark) {
      unchanged += 1;
      continue;
    }
    rows.push(row);
  }
  rows.sort((a, b) => (a.canonical_url < b.canonical_url ? -1 : a.canonical_url > b.canonical_url ? 1 : 0));
  return { rows, unchanged };
}

function isExtractable(row: ArchiveIndexRow): boolean {
  return row.kept && row.status >= 200 && row.status < 300;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openArchive(archiveDir: string): Promise<Archive> {
  try {
    return await Archive.open(archiveDir, { readOnly: true });
  } catch (error) {
    if (error instanceof ArchiveError) {
      throw new CliError('archive_unreadable', `cannot read the archive ${archiveDir}: ${error.message} (crawl first: vntally crawl)`, { cause: error, exitCode: 1 });
    }
    throw error;
  }
}

/** Runs the stage; see the steps at the top of this file. */
export async function extractArchive(options: ExtractArchiveOptions): Promise<ExtractSummary> {
  const started = performance.now();
  const startedAt = options.startedAt ?? new Date();
  const runId = options.runId ?? newRunId(startedAt);
  const stamp: LineStamp = { runId, extractorVersion: EXTRACTOR_VERSION };

  // 1.
  const archive = await openArchive(options.archiveDir);
  const { rows, unchanged } = selectRows(archive, options);

  // 2.
  const runsDir = resolve(options.runsDir);
  const runDir = join(runsDir, runId);
  const tmpDir = `${runDir}.tmp`;
  await mkdir(runsDir, { recursive: true });
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(tmpDir);
  const files = {
    articles: await LineFile.create(join(tmpDir, RUN_FILES.articles)),
    facts: await LineFile.create(join(tmpDir, RUN_FILES.facts)),
    pages: await LineFile.create(join(tmpDir, RUN_FILES.pages)),
  };

  const counts: ExtractCounts = { pages: 0, articles: 0, skipped: 0, unchanged, facts: 0, errors: 0 };
  const errors: ExtractError[] = [];
  const fail = (row: ArchiveIndexRow, code: ExtractError['code'], message: string): void => {
    counts.errors += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ code, url: row.url, source_id: row.source_id, message, stage: 'extract' });
  };

  try {
    // 3.
    let done = 0;
    for (const row of rows) {
      await files.pages.add(formatIndexLine(row).trimEnd());
      counts.pages += 1;
      if (!isExtractable(row)) counts.skipped += 1;
      else await extractOne(row);
      done += 1;
      options.onProgress?.({ done, total: rows.length, articles: counts.articles, facts: counts.facts, errors: counts.errors });
    }
    await Promise.all([files.articles.close(), files.facts.close(), files.pages.close()]);

    // 4.
    const artefacts = await writeRunParquet(tmpDir);
    const finishedAt = new Date();
    const manifest: RunManifest = {
      run_id: runId,
      started_at: startedAt.toISOString(),
      finished_at: finishedAt.toISOString(),
      extractor_version: EXTRACTOR_VERSION,
      stage: options.manifest?.stage ?? 'extract',
      source_selection: options.manifest?.source_selection ?? null,
      counts: { ...options.manifest?.counts, extract: { ...counts }, facts: counts.facts },
      errors: [...(options.manifest?.errors ?? []), ...errors],
      ...artefacts,
    };
    await writeFile(join(tmpDir, RUN_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    await syncPath(tmpDir);
    await rename(tmpDir, runDir);
    await syncPath(runsDir);
    return {
      runId,
      runDir,
      startedAt: manifest.started_at,
      finishedAt: finishedAt.toISOString(),
      seconds: (performance.now() - started) / 1000,
      counts,
      errors,
    };
  } catch (error) {
    await Promise.all(Object.values(files).map((file) => file.abandon()));
    await rm(tmpDir, { recursive: true, force: true });
    // A file-system failure (a full or read-only disk) says which run directory it could not write; a bare "ENOSPC: …, write" named nothing.
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof CliError) && typeof code === 'string' && /^E[A-Z]+$/u.test(code)) {
      throw new CliError('run_write_failed', `cannot write the run directory ${tmpDir}: ${(error as Error).message}`, { cause: error, exitCode: 1 });
    }
    throw error;
  } finally {
    await archive.close();
  }

  async function extractOne(row: ArchiveIndexRow): Promise<void> {
    const extraction = options.prepared?.take(row) ?? (await readAndExtract(row));
    if (extraction === null) return;
    // An article without text would share its (empty) text hash with every other such page and be grouped as a copy of them.
    if (extraction.text.trim() === '') {
      const issue = extraction.issues.find((i) => NO_TEXT_ISSUES.has(i.code));
      fail(row, 'no_text', issue?.message ?? 'no article text found on the page');
      return;
    }
    const line = articleLine(row, extraction, stamp);
    await files.articles.add(JSON.stringify(line));
    counts.articles += 1;
    for (const fact of extraction.facts) {
      const checked = FactSchema.safeParse(fact);
      if (!checked.success) {
        fail(row, 'invalid_fact', `fact ${fact.id} dropped: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      await files.facts.add(JSON.stringify(factLine(line.article_id, fact, stamp)));
      counts.facts += 1;
    }
  }

  /** The page read back from its WARC record and extracted; null (with the error recorded) when it cannot be. */
  async function readAndExtract(row: ArchiveIndexRow): Promise<ArticleExtraction | null> {
    let bytes: Uint8Array;
    try {
      bytes = await archive.readBody(row);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      fail(row, 'read_failed', describe(error));
      return null;
    }
    try {
      return extractFromBytes(bytes, { contentType: row.content_type, url: row.url, published: isoDateOrNull(row.published_hint) });
    } catch (error) {
      fail(row, 'extract_failed', `the extractor failed (a bug): ${describe(error)}`);
      return null;
    }
  }
}
