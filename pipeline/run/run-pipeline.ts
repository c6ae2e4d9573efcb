/**
 * `runPipeline`: crawl → extract → load (→ export for a shard), the job
 * that `vntally run`, `vntally schedule` and the offline demo run.
 *
 *  1. take the data directory's run lock (run-lock.ts): one run at a time;
 *  2. crawl the selected sources (of this shard) into the archive. Sources
 *     that fail do not stop the run: what was archived is still extracted;
 *  3. extract the archive's pages of those sources into a new run
 *     directory (with --incremental, only pages newer than what the
 *     database holds for this extractor version: incremental-marks.ts).
 *     The extraction starts with the crawl: each page the crawl archives
 *     is extracted at once on a worker thread (../stages/extract-stream.ts,
 *     at a lower priority than the crawl), so when the crawl ends, the stage
 *     mostly writes the run directory (extracting itself the pages the
 *     worker has not reached), as
 *     `vntally extract --from-archive` would write it for that archive
 *     (same rows, same order, same lines: the early extractions are only
 *     reused for the very records the stage picks). The two stages' times
 *     overlap; each is reported from its own start to its own end.
 *     The crawl's counts and failures go into its run.json, hence into
 *     the `runs` table;
 *  4. load the run directory into DuckDB, into a copy of the file that
 *     replaces it by an atomic rename once loaded (pipeline/db/snapshot-write.ts):
 *     readers keep reading the previous snapshot meanwhile, and a run killed
 *     here leaves the database as it was; the next run completes it;
 *  5. for a shard, export facts_flat as Parquet into
 *     `<data dir>/exports/shard-K-of-N/`, where the other machines' exports
 *     can be read beside it.
 *
 * Each stage is timed and reported (`StageReport`); the summary lists every
 * stage and the errors with their reasons. A stage that fails makes the
 * summary `failed`; the stages after it run when they still can (the
 * extract stage after a failed crawl), else are skipped.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ArchiveError } from '../../crawlers/archive/index.js';
import { AbortCrawlError, crawl, type AdhocTarget, type CrawlOptions, type CrawlSummary } from '../../crawlers/engine/index.js';
import type { Source } from '../../crawlers/registry.js';
import { EXTRACTOR_VERSION } from '../../extract/index.js';
import { CliError } from '../cli-error.js';
import { exportFacts } from '../db/export-facts.js';
import { loadRun, type LoadSummary } from '../db/load-run.js';
import { openDatabase } from '../db/open-database.js';
import { createSchema } from '../db/schema.js';
import { writeSnapshot } from '../db/snapshot-write.js';
import { extractArchive, MAX_LISTED_ERRORS, type ExtractSummary } from '../stages/extract-archive.js';
import { ExtractStream, type ExtractThread, type PreparedExtractions } from '../stages/extract-stream.js';
import { newRunId } from '../stages/run-id.js';
import { shownPath } from './format-summary.js';
import { readIncrementalMarks } from './incremental-marks.js';
import type { PipelineEvent, PipelineSummary, RunError, StageName, StageReport, StageStatus } from './pipeline-types.js';
import { runLockPath, withRunLock } from './run-lock.js';
import { selectShard, shardLabel, type Shard } from './shard.js';

export interface RunPipelineOptions {
  /** Registry sources (already selected) or one ad-hoc site. */
  sources: readonly Source[] | AdhocTarget;
  /** What was asked for, recorded in run.json and the `runs` table. */
  selection?: Record<string, unknown>;
  dbPath: string;
  archiveDir: string;
  runsDir: string;
  /** Extract only pages newer than what the database holds (see incremental-marks.ts). */
  incremental?: boolean;
  /** How far back of the marks --incremental re-extracts (default INCREMENTAL_OVERLAP_MS, 15 min). */
  incrementalOverlapMs?: number;
  /** Keep only the sources of this shard (see shard.ts); also exports the shard's facts. */
  shard?: Shard | null;
  /** Where shard exports go (default `<dirname(db)>/exports`). */
  exportsDir?: string;
  allowPrivate?: boolean;
  delayMs?: number;
  concurrency?: number;
  /** Other crawl settings (tests shorten retries). */
  crawlOptions?: Pick<CrawlOptions, 'maxPagesPerSource' | 'politeness' | 'retryBaseDelayMs' | 'maxRetries' | 'timeoutMs' | 'refetch'>;
  /** How long to wait for the database while another process holds it (ms, default 0). */
  waitMs?: number;
  /** Default `runLockPath(dbPath)`: `<dirname(db)>/vntally.lock`. */
  lockPath?: string;
  /** The command line recorded in the lock. */
  command?: string;
  runId?: string;
  /**
   * Where pages are extracted while the crawl runs: 'worker' (default) on a
   * worker thread, 'main' on the crawl's thread between its pages, 'off'
   * after the crawl only. The run directory is the same either way.
   */
  overlap?: ExtractThread | 'off';
  onProgress?: (event: PipelineEvent) => void;
}

/** Runs the pipeline holding the data directory's run lock. */
export async function runPipeline(options: RunPipelineOptions): Promise<PipelineSummary> {
  const lockPath = options.lockPath ?? runLockPath(options.dbPath);
  return withRunLock(lockPath, options.command ?? 'vntally run', () => runStages(options));
}

/** A crawl failure's message without the URL it starts with (the error lists the URL apart). */
function withoutUrl(message: string, url: string): string {
  return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
}

/** Failures the stages expect (the user's setup, a site, the disk), as opposed to bugs, whose stack is worth printing. */
function isExpected(error: unknown): boolean {
  return error instanceof CliError || error instanceof AbortCrawlError || error instanceof ArchiveError;
}

function errorCode(error: unknown): string {
  if (error instanceof CliError) return error.code;
  if (error instanceof ArchiveError) return `archive_${error.code}`;
  if (error instanceof AbortCrawlError) return 'crawl_aborted';
  return 'failed';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

/** Steps 2–5, without the lock (the caller holds it). */
export async function runStages(options: RunPipelineOptions): Promise<PipelineSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const runId = options.runId ?? newRunId(startedAt);
  const emit = (event: PipelineEvent): void => options.onProgress?.(event);
  const stages: StageReport[] = [];
  const errors: RunError[] = [];
  let errorCount = 0;
  const addErrors = (list: readonly RunError[], total = list.length): void => {
    errors.push(...list.slice(0, MAX_LISTED_ERRORS));
    errorCount += total;
  };

  /** Emits a stage's start; returns its clock. */
  function begin(name: StageName, detail: string): number {
    emit({ type: 'stage-start', stage: name, detail });
    return performance.now();
  }
  /** Runs one stage: emits its start and end, times it, turns a throw into a failed report. */
  function stage<T>(name: StageName, detail: string, work: () => Promise<{ value: T; report: Omit<StageReport, 'stage' | 'seconds'> }>): Promise<T | null> {
    return finish(name, begin(name, detail), work);
  }
  /** The rest of `stage` for a stage begun at `t0` (the extract stage begins with the crawl). */
  async function finish<T>(name: StageName, t0: number, work: () => Promise<{ value: T; report: Omit<StageReport, 'stage' | 'seconds'> }>): Promise<T | null> {
    let report: StageReport;
    let value: T | null = null;
    try {
      const done = await work();
      value = done.value;
      report = { stage: name, seconds: (performance.now() - t0) / 1000, ...done.report };
    } catch (error) {
      report = { stage: name, status: 'failed', seconds: (performance.now() - t0) / 1000, detail: '', counts: {}, reason: errorMessage(error) };
      addErrors([{ stage: name, code: errorCode(error), message: errorMessage(error) }]);
      // A bug (not an expected failure) is still worth its stack on stderr.
      if (!isExpected(error)) emit({ type: 'note', message: `${name} failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
    }
    stages.push(report);
    emit({ type: 'stage-end', report });
    return value;
  }
  function skip(name: StageName, reason: string): void {
    const report: StageReport = { stage: name, status: 'skipped', seconds: 0, detail: '', counts: {}, reason };
    stages.push(report);
    emit({ type: 'stage-end', report });
  }

  // Step 2. The shard's share of the sources.
  const adhoc = !Array.isArray(options.sources);
  if (adhoc && options.shard) throw new CliError('bad_flag', '--shard applies to registry sources, not to --start-url');
  const sources: readonly Source[] | AdhocTarget = !adhoc && options.shard ? selectShard(options.sources as readonly Source[], options.shard) : options.sources;
  const sourceCount = Array.isArray(sources) ? sources.length : 1;
  const extractDetail = (count: number): string => `${options.incremental ? 'new pages' : 'all pages'} of ${count} source(s) from ${shownPath(options.archiveDir)}`;
  const readMarks = (): Promise<ReadonlyMap<string, number> | null> =>
    options.incremental
      ? readIncrementalMarks(options.dbPath, EXTRACTOR_VERSION, {
          waitMs: options.waitMs ?? 0,
          ...(options.incrementalOverlapMs !== undefined ? { overlapMs: options.incrementalOverlapMs } : {}),
        })
      : Promise.resolve(null);
  let crawlSummary: CrawlSummary | null = null;
  // Step 3 begins with the crawl (unless `overlap: 'off'`): the stream extracts each page the crawl archives.
  let stream: ExtractStream | null = null;
  let marks: Promise<ReadonlyMap<string, number> | null> | null = null;
  let extractT0 = 0;
  let crawlEnd = 0;
  let extracted: ExtractSummary | null = null;
  try {
    if (sourceCount === 0) {
      skip('crawl', options.shard ? `no selected source falls in shard ${options.shard.k}/${options.shard.n}` : 'no source selected');
    } else {
      const crawlT0 = begin('crawl', `${sourceCount} source(s) into ${shownPath(options.archiveDir)}`);
      const overlap = options.overlap ?? 'worker';
      if (overlap !== 'off') {
        // Read while the crawl starts; the extract stage awaits them (and fails with their error, as it did reading them itself).
        marks = readMarks();
        marks.catch(() => undefined);
        extractT0 = begin('extract', `${extractDetail(sourceCount)}, alongside the crawl (${overlap === 'worker' ? 'on a worker thread' : 'on the crawl thread'})`);
        stream = ExtractStream.start({
          archiveDir: options.archiveDir,
          runsDir: options.runsDir,
          runId,
          // An ad-hoc site's source id is made by the crawl: its rows are the crawl's, and the archive's older pages are left to the stage.
          sourceIds: adhoc ? null : new Set((sources as readonly Source[]).map((s) => s.id)),
          fetchedAfter: marks,
          includeArchived: !adhoc,
          thread: overlap,
          onTrouble: (message) => emit({ type: 'note', message: `extract: ${message}; the pages left are extracted after the crawl` }),
        });
      }
      const onArchived = stream === null ? {} : { onArchived: stream.offer.bind(stream) };
      crawlSummary = await finish('crawl', crawlT0, async () => {
        const summary = await crawl({
          sources,
          archiveDir: options.archiveDir,
          allowPrivate: options.allowPrivate ?? false,
          onProgress: (event) => emit({ type: 'crawl', event }),
          ...onArchived,
          ...(options.delayMs !== undefined ? { delayMs: options.delayMs } : {}),
          ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
          ...options.crawlOptions,
        });
        const failures = summary.sources.flatMap((s) =>
          s.failures.map((f): RunError => ({ stage: 'crawl', code: f.reason, message: `${f.label.toLowerCase()}: ${withoutUrl(f.message, f.url)}`, url: f.url, source_id: s.sourceId })),
        );
        const dead = summary.sources.filter((s) => s.status === 'failed');
        for (const s of dead) failures.unshift({ stage: 'crawl', code: 'source_failed', message: `nothing could be fetched from ${s.startUrl}`, source_id: s.sourceId });
        addErrors(failures);
        const t = summary.totals;
        const status: StageStatus = dead.length > 0 ? 'failed' : t.failures > 0 ? 'partial' : 'ok';
        return {
          value: summary,
          report: {
            status,
            detail: `${summary.sources.length} sources, ${t.requests} requests, ${t.articlesFetched} articles fetched, ${t.articlesKept} kept, ${t.articlesSkipped} skipped, ${t.articlesUnchanged} already archived, ${t.failures} failures`,
            counts: { ...t, sources: summary.sources.length, sourcesFailed: dead.length },
            ...(dead.length > 0 ? { reason: `${dead.length} source(s) gave nothing: ${dead.map((s) => s.sourceId).join(', ')}` } : {}),
          },
        };
      });
      crawlEnd = performance.now();
    }

    // Step 3. Which sources' pages to extract: those crawled, else those selected.
    const sourceIds: ReadonlySet<string> | null = crawlSummary
      ? new Set(crawlSummary.sources.map((s) => s.sourceId))
      : Array.isArray(sources)
        ? new Set((sources as readonly Source[]).map((s) => s.id))
        : null;
    if (sourceIds === null || sourceIds.size === 0) {
      skip('extract', sourceIds === null ? 'the ad-hoc site could not be crawled' : 'no source to extract');
    } else {
      const extractWork = async (): Promise<{ value: ExtractSummary; report: Omit<StageReport, 'stage' | 'seconds'> }> => {
        const fetchedAfter = await (marks ?? readMarks());
        // The stage takes what the stream extracted and extracts the rest itself (the worker goes on meanwhile).
        const prepared: PreparedExtractions | null = stream === null ? null : await stream.finish();
        const crawlErrors = errors.filter((e) => e.stage === 'crawl');
        const summary = await extractArchive({
          archiveDir: options.archiveDir,
          runsDir: options.runsDir,
          runId,
          startedAt,
          sourceIds,
          fetchedAfter,
          prepared,
          manifest: {
            stage: 'run',
            source_selection: { ...options.selection, ...(options.shard ? { shard: `${options.shard.k}/${options.shard.n}` } : {}), incremental: options.incremental ?? false },
            counts: crawlSummary ? { crawl: stages.find((s) => s.stage === 'crawl')?.counts ?? {} } : {},
            errors: crawlErrors,
          },
          onProgress: (progress) => emit({ type: 'extract', progress }),
        });
        addErrors(summary.errors.map((e) => ({ stage: 'extract', code: e.code, message: e.message, url: e.url, source_id: e.source_id })), summary.counts.errors);
        const c = summary.counts;
        // With the crawl: how many pages were extracted before it ended (and reused), the extraction's busy time, and what was left after it.
        const early = stream === null || prepared === null ? null : { ...stream.summary(), taken: prepared.taken, afterCrawl: (performance.now() - crawlEnd) / 1000 };
        return {
          value: summary,
          report: {
            status: c.errors > 0 ? 'partial' : 'ok',
            detail:
              `${c.pages} pages, ${c.articles} articles, ${c.skipped} skipped, ${c.facts} facts, ${c.errors} errors${options.incremental ? `, ${c.unchanged} unchanged since the last run` : ''}` +
              (early === null
                ? ''
                : `; ${early.taken} pages extracted alongside the crawl (${early.thread === 'worker' ? 'worker thread' : 'crawl thread'}, ${early.busySeconds.toFixed(1)} s busy), then ${early.afterCrawl.toFixed(1)} s after it`),
            counts: {
              ...c,
              ...(early === null
              ? {}
              : { extractedAlongsideCrawl: early.taken, bodiesHandedOver: early.handed, busySeconds: early.busySeconds, secondsAfterCrawl: early.afterCrawl, ...(early.thread === 'worker' ? { workerPeakHeapBytes: early.peakHeapBytes } : {}) }),
            },
          },
        };
      };
      extracted = stream !== null ? await finish('extract', extractT0, extractWork) : await stage('extract', extractDetail(sourceIds.size), extractWork);
    }
  } finally {
    await stream?.close();
  }

  // Steps 4 and 5.
  let exportDir: string | null = null;
  if (extracted === null) {
    skip('load', 'no run directory to load');
    if (options.shard) skip('export', 'nothing was loaded');
  } else {
    const runDir = extracted.runDir;
    const loaded = await stage('load', `${shownPath(runDir)} into ${shownPath(options.dbPath)}`, async () => {
      // Into a copy of the database, published by an atomic rename: readers are never shut out (snapshot-write.ts).
      const summary: LoadSummary = await writeSnapshot(options.dbPath, (db) => loadRun(db, runDir, { onProgress: (progress) => emit({ type: 'load', progress }) }), {
        waitMs: options.waitMs ?? 0,
        init: createSchema,
        keepOnError: true,
      });
      return {
        value: summary,
        report: {
          status: 'ok',
          detail: `${summary.articles.kept} articles, ${summary.facts} facts, ${summary.pages} pages, ${summary.replacedArticles} replaced, ${summary.syndication.groups} syndication groups`,
          counts: { articles: summary.articles.kept, facts: summary.facts, pages: summary.pages, replaced: summary.replacedArticles, groups: summary.syndication.groups },
        },
      };
    });
    if (options.shard) {
      if (loaded === null) skip('export', 'the load failed');
      else {
        const shard = options.shard;
        const outDir = join(options.exportsDir ?? join(dirname(resolve(options.dbPath)), 'exports'), shardLabel(shard));
        const exported = await stage('export', `facts_flat as Parquet into ${shownPath(outDir)}`, async () => {
          // DuckDB's COPY creates the output directory but not its parents.
          await mkdir(dirname(outDir), { recursive: true });
          const db = await openDatabase(options.dbPath, { readOnly: true, waitMs: options.waitMs ?? 0 });
          try {
            const summary = await exportFacts(db, { format: 'parquet', outDir, overwrite: true });
            return { value: summary, report: { status: 'ok', detail: `${summary.rows} facts in ${summary.files} files`, counts: { rows: summary.rows, files: summary.files } } };
          } finally {
            db.close();
          }
        });
        if (exported !== null) exportDir = outDir;
      }
    }
  }

  return {
    runId,
    status: stages.some((s) => s.status === 'failed') ? 'failed' : 'ok',
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - started) / 1000,
    stages,
    errors,
    errorCount,
    dbPath: options.dbPath,
    archiveDir: options.archiveDir,
    runDir: extracted?.runDir ?? null,
    exportDir,
  };
}
