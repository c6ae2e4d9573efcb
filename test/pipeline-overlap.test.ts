/**
 * The extraction that runs alongside the crawl (`runPipeline`'s `overlap`,
 * pipeline/stages/extract-stream.ts), over local fixture sites:
 *
 * - the crawl engine's `onArchived` hook reports every row the crawl
 *   appends, once it is on disk, in the index's order;
 * - a pipeline run writes the same run directory (articles, facts, pages,
 *   extract counts and errors; run ids and times aside) as `vntally extract
 *   --from-archive` over the archive it crawled, with the extraction on a
 *   worker thread and on the crawl's thread, and reuses the early extractions
 *   instead of extracting the pages again;
 * - a second run that fetches every page again (refetch) extracts each page
 *   once, from its latest fetch, the same as the stage alone; a page archived
 *   by an earlier crawl is extracted alongside the crawl too;
 * - the spool is gone after a run, and one left by a killed run is removed;
 *   a run SIGKILLed while it crawls and extracts leaves no run directory,
 *   and the next run completes it, the same as the stage alone;
 * - an extraction is reused only for the very record it was made from.
 *
 * Real crawls of 127.0.0.1, no mocks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive, type ArchiveIndexRow } from '../crawlers/archive/index.js';
import { formatIndexLine } from '../crawlers/archive/index-row.js';
import { crawl } from '../crawlers/engine/index.js';
import { listRunDirs } from '../pipeline/db/find-runs.js';
import { RUN_FILES } from '../pipeline/db/run-artefacts.js';
import type { PipelineEvent, PipelineSummary } from '../pipeline/run/pipeline-types.js';
import { runPipeline, type RunPipelineOptions } from '../pipeline/run/run-pipeline.js';
import { extractArchive } from '../pipeline/stages/extract-archive.js';
import { ExtractStream, PreparedExtractions, recordKey } from '../pipeline/stages/extract-stream.js';
import { startFixtureServer, type FixtureServer } from './fixture-sites/server.js';
import { fixtureSource } from './helpers/crawl-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = join(ROOT, 'test', 'helpers', 'pipeline-child.ts');

/** HTTP sites (no browser), the faults site for pages that fail (oversize, 404, redirect loop). */
const SITES = ['nukeviet', 'wordpress', 'newspaper', 'liferay', 'faults'] as const;

let server: FixtureServer;
let work: string;

beforeAll(async () => {
  server = await startFixtureServer({ sites: [...SITES], faults: { slowMs: 200 } });
  work = mkdtempSync(join(tmpdir(), 'vntally-overlap-'));
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function options(dir: string, overrides: Partial<RunPipelineOptions> = {}): RunPipelineOptions {
  return {
    sources: server.sites.map((site) => fixtureSource(site, { delayMs: 5 })),
    selection: { test: 'overlap' },
    dbPath: join(dir, 'vntally.duckdb'),
    archiveDir: join(dir, 'archive'),
    runsDir: join(dir, 'runs'),
    allowPrivate: true,
    delayMs: 5,
    concurrency: server.sites.length,
    crawlOptions: { retryBaseDelayMs: 50 },
    ...overrides,
  };
}

type Line = Record<string, unknown>;

function lines(runDir: string, file: string): Line[] {
  const text = readFileSync(join(runDir, file), 'utf8');
  return text === '' ? [] : text.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
}

/** A run directory without what differs between two runs of the same pages: run ids, times, the crawl's part of run.json. */
function content(runDir: string): { articles: Line[]; facts: Line[]; pages: Line[]; counts: unknown; errors: unknown[] } {
  const strip = (line: Line): Line => {
    const { run_id: _runId, ...rest } = line;
    return rest;
  };
  const manifest = JSON.parse(readFileSync(join(runDir, RUN_FILES.manifest), 'utf8')) as { counts: { extract: unknown }; errors: Array<{ stage?: string }> };
  return {
    articles: lines(runDir, RUN_FILES.articles).map(strip),
    facts: lines(runDir, RUN_FILES.facts).map(strip),
    pages: lines(runDir, RUN_FILES.pages),
    counts: manifest.counts.extract,
    errors: manifest.errors.filter((e) => e.stage === 'extract'),
  };
}

/** `vntally extract --from-archive` over the same archive and sources, into another runs directory. */
async function extractAlone(opts: RunPipelineOptions, runsDir: string): Promise<string> {
  const summary = await extractArchive({ archiveDir: opts.archiveDir, runsDir, sourceIds: new Set((opts.sources as ReturnType<typeof fixtureSource>[]).map((s) => s.id)) });
  return summary.runDir;
}

const stage = (summary: PipelineSummary, name: string) => summary.stages.find((s) => s.stage === name);

describe("the crawl engine's onArchived hook", () => {
  it('reports every row the crawl appends, once on disk, in the index order', async () => {
    const archiveDir = join(work, 'hook', 'archive');
    const seen: ArchiveIndexRow[] = [];
    const readable: Promise<number>[] = [];
    const summary = await crawl({
      sources: [fixtureSource(server.site('nukeviet'), { delayMs: 5 })],
      archiveDir,
      allowPrivate: true,
      delayMs: 5,
      onArchived: (row) => {
        seen.push(row);
        // On disk when told: a read-only reader finds the record right away.
        if (row.kind === 'article' && seen.filter((r) => r.kind === 'article').length <= 3) {
          readable.push(Archive.open(archiveDir, { readOnly: true }).then(async (reader) => {
            try {
              return (await reader.readBody(row)).length;
            } finally {
              await reader.close();
            }
          }));
        }
      },
    });
    expect(summary.totals.articlesKept).toBeGreaterThan(3);
    const index = readFileSync(join(archiveDir, 'index.jsonl'), 'utf8');
    expect(seen.map(formatIndexLine).join('')).toBe(index);
    expect(seen.some((r) => r.kind === 'listing')).toBe(true);
    expect(await Promise.all(readable)).toHaveLength(3);
  }, 60_000);

  it('stops the crawl when the hook throws, instead of fetching the page again', async () => {
    const archiveDir = join(work, 'hook-throws', 'archive');
    let calls = 0;
    const crawling = crawl({
      sources: [fixtureSource(server.site('wordpress'), { delayMs: 5 })],
      archiveDir,
      allowPrivate: true,
      delayMs: 5,
      onArchived: () => {
        calls += 1;
        throw new Error('hook broken');
      },
    });
    await expect(crawling).rejects.toThrow(/the onArchived hook failed on http:\/\/127\.0\.0\.1:\d+\/.*: hook broken/u);
    expect(calls).toBe(1);
    // The page the hook failed on is archived (once).
    expect(readFileSync(join(archiveDir, 'index.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe.each(['worker', 'main'] as const)('a pipeline run extracting alongside the crawl (%s thread)', (thread) => {
  let dir: string;
  let opts: RunPipelineOptions;
  let first: PipelineSummary;
  const events: PipelineEvent[] = [];

  beforeAll(async () => {
    dir = join(work, thread);
    opts = options(dir, { overlap: thread, onProgress: (e) => events.push(e) });
    // A spool a killed run left behind.
    mkdirSync(opts.runsDir, { recursive: true });
    writeFileSync(join(opts.runsDir, '.20200101T000000Z-dead.extract-spool'), 'left by a killed run');
    first = await runPipeline(opts);
  }, 120_000);

  it('reports both stages, the extraction overlapping the crawl, and reuses what it extracted early', () => {
    expect(first.status, JSON.stringify(first.stages)).toBe('ok');
    // The faults site's dead pages make the crawl partial.
    expect(first.stages.map((s) => `${s.stage}:${s.status}`)).toEqual(['crawl:partial', 'extract:ok', 'load:ok']);
    const starts = events.flatMap((e) => (e.type === 'stage-start' ? [e.stage] : e.type === 'stage-end' ? [`/${e.report.stage}`] : []));
    expect(starts).toEqual(['crawl', 'extract', '/crawl', '/extract', 'load', '/load']);
    const extract = stage(first, 'extract')!;
    expect(extract.counts.articles).toBeGreaterThan(20);
    // The articles were extracted alongside the crawl and taken from the spool, not extracted again
    // (but those the stream had not reached when the crawl ended: the stage extracts them itself).
    // (How many the stream reached depends on how busy the machine is: a loaded CI box extracted 22 of 61 alongside a
    // 5 ms-per-page fixture crawl. The behaviour is that some were, and none twice.)
    expect(extract.counts.extractedAlongsideCrawl).toBeGreaterThan(0);
    expect(extract.counts.extractedAlongsideCrawl).toBeLessThanOrEqual(extract.counts.articles!);
    // Their bodies came with the rows, not read back from the WARC files.
    expect(extract.counts.bodiesHandedOver).toBeGreaterThan(0);
    expect(extract.counts.bodiesHandedOver).toBeLessThanOrEqual(extract.counts.articles!);
    expect(extract.detail).toMatch(new RegExp(`pages extracted alongside the crawl \\(${thread === 'worker' ? 'worker' : 'crawl'} thread`, 'u'));
    // Honest clocks: the extract stage started with the crawl, so it lasts at least as long.
    expect(extract.seconds).toBeGreaterThanOrEqual(stage(first, 'crawl')!.seconds);
    expect(extract.counts.secondsAfterCrawl).toBeLessThan(extract.seconds);
  });

  it('writes what the extract stage alone writes for the archive it crawled', async () => {
    const alone = await extractAlone(opts, join(dir, 'alone-runs'));
    const overlapped = content(first.runDir!);
    expect(overlapped.articles.length).toBe(stage(first, 'extract')!.counts.articles);
    expect(overlapped.facts.length).toBeGreaterThan(200);
    expect(overlapped).toEqual(content(alone));
  }, 60_000);

  it('leaves no spool behind, and removes the one a killed run left', () => {
    expect(readdirSync(opts.runsDir).filter((name) => name.endsWith('.extract-spool'))).toEqual([]);
    expect(readdirSync(opts.runsDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a run that fetches every page again extracts each once, from its latest fetch, as the stage alone does', async () => {
    const before = new Map(lines(first.runDir!, RUN_FILES.articles).map((a) => [a.canonical_url as string, a.fetched_at as string]));
    const again = await runPipeline({ ...opts, crawlOptions: { ...opts.crawlOptions, refetch: true } });
    expect(stage(again, 'crawl')!.counts.articlesFetched).toBeGreaterThan(20);
    const overlapped = content(again.runDir!);
    // One line per canonical URL, the latest fetch.
    const urls = overlapped.articles.map((a) => a.canonical_url as string);
    expect(new Set(urls).size).toBe(urls.length);
    const refetched = overlapped.articles.filter((a) => before.has(a.canonical_url as string) && (a.fetched_at as string) > before.get(a.canonical_url as string)!);
    expect(refetched.length).toBeGreaterThan(20);
    expect(overlapped).toEqual(content(await extractAlone(opts, join(dir, 'alone-runs-2'))));
  }, 120_000);
});

describe('pages archived before the crawl', () => {
  it('are extracted alongside the crawl too, and the run is the same as the stage alone', async () => {
    // The worker run's archive, crawled again without refetch: nothing new, everything re-extracted (not incremental).
    const dir = join(work, 'worker');
    const opts = options(dir, { runsDir: join(work, 'again-runs'), dbPath: join(work, 'again.duckdb') });
    const summary = await runPipeline(opts);
    expect(stage(summary, 'crawl')!.counts.articlesFetched).toBe(0);
    const extract = stage(summary, 'extract')!;
    expect(extract.counts.articles).toBeGreaterThan(20);
    // (How many the worker extracted before this short crawl ended varies; the stage did the others: see also the stream's own test below.)
    expect(content(summary.runDir!)).toEqual(content(await extractAlone(opts, join(work, 'again-alone'))));
  }, 120_000);

  it('an incremental run extracts only what is new, alongside the crawl or not', async () => {
    const dir = join(work, 'worker');
    const opts = options(dir, { incremental: true, incrementalOverlapMs: 0 });
    const overlapped = await runPipeline(opts);
    const off = await runPipeline({ ...opts, overlap: 'off' });
    for (const summary of [overlapped, off]) {
      expect(summary.status).toBe('ok');
      expect(stage(summary, 'extract')!.counts.pages).toBe(0);
    }
    expect(stage(overlapped, 'extract')!.counts.unchanged).toBe(stage(off, 'extract')!.counts.unchanged);
    expect(stage(overlapped, 'extract')!.counts.unchanged).toBeGreaterThan(20);
  }, 120_000);
});

describe('a run killed while it crawls and extracts', () => {
  it('leaves no run directory; the next run removes its spool and writes what the stage alone writes', async () => {
    const dir = join(work, 'killed');
    const opts = options(dir);
    const configPath = join(work, 'killed-config.json');
    // Frozen at the crawl's 40th article (of about 60), once the worker has spooled some pages: then SIGKILLed.
    writeFileSync(configPath, JSON.stringify({ options: opts, freezeAtLoadStep: null, freezeAtArticle: 40 }));
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const spool = (): string[] => (existsSync(opts.runsDir) ? readdirSync(opts.runsDir).filter((name) => name.endsWith('.extract-spool')) : []);
    for await (const line of createInterface({ input: child.stdout })) {
      if ((JSON.parse(line) as { type: string }).type !== 'frozen') continue;
      for (let i = 0; i < 100 && spool().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      child.kill('SIGKILL');
      break;
    }
    expect(await exited).toBe('SIGKILL');
    expect(spool()).toHaveLength(1);
    expect((await listRunDirs(opts.runsDir)).runs).toEqual([]);

    const summary = await runPipeline(opts);
    expect(summary.status, JSON.stringify(summary.stages)).toBe('ok');
    expect(spool()).toEqual([]);
    expect(readdirSync(opts.runsDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(content(summary.runDir!)).toEqual(content(await extractAlone(opts, join(dir, 'alone-runs'))));
  }, 120_000);
});

describe('ExtractStream', () => {
  it('extracts the wanted pages archived before the crawl on a worker thread, and gives them to the stage', async () => {
    const archiveDir = join(work, 'worker', 'archive');
    const reader = await Archive.open(archiveDir, { readOnly: true });
    const wanted = reader.rows().filter((r) => r.kind === 'article' && r.kept && r.status === 200 && r.source_id === 'fixture-nukeviet');
    await reader.close();
    const stream = ExtractStream.start({ archiveDir, runsDir: join(work, 'stream-archived'), runId: 'archived', sourceIds: new Set(['fixture-nukeviet']), fetchedAfter: Promise.resolve(null), thread: 'worker' });
    try {
      const prepared = await stream.finish({ drain: true });
      expect(wanted.length).toBeGreaterThan(5);
      expect(stream.summary()).toMatchObject({ extracted: wanted.length, leftOver: 0, thread: 'worker' });
      for (const row of wanted) expect(prepared.take(row)?.text.length).toBeGreaterThan(0);
      expect(prepared.taken).toBe(wanted.length);
    } finally {
      await stream.close();
    }
  }, 60_000);
});

describe('PreparedExtractions', () => {
  it('gives an extraction only for the very record it was made from', async () => {
    const dir = join(work, 'prepared');
    const archiveDir = join(work, 'worker', 'archive');
    const reader = await Archive.open(archiveDir, { readOnly: true });
    const rows = reader.rows().filter((r) => r.kind === 'article' && r.kept && r.status === 200).slice(0, 5);
    await reader.close();
    const stream = ExtractStream.start({ archiveDir, runsDir: dir, runId: 'test-run', sourceIds: null, fetchedAfter: null, includeArchived: false, thread: 'main' });
    try {
      // Bodies handed over with the first rows (as the crawl does), not with the others: read back from the WARC file.
      const archive = await Archive.open(archiveDir, { readOnly: true });
      const bodies = await Promise.all(rows.slice(0, 2).map((row) => archive.readBody(row)));
      await archive.close();
      rows.forEach((row, i) => stream.offer(row, bodies[i]));
      // A record that does not read back (its digest is wrong) is left to the stage, which records the error as alone.
      const broken = { ...rows[1]!, canonical_url: `${rows[1]!.canonical_url}?broken`, sha256: 'f'.repeat(64) };
      stream.offer(broken, bodies[1]);
      const prepared = await stream.finish({ drain: true });
      expect(existsSync(join(dir, '.test-run.extract-spool'))).toBe(true);
      const row = rows[0]!;
      expect(prepared.take(row)?.facts.length).toBeGreaterThan(0);
      // The same canonical URL, another record (a later fetch): not this extraction.
      expect(prepared.take({ ...row, offset: row.offset + 1 })).toBeUndefined();
      expect(prepared.take({ ...row, sha256: '0'.repeat(64) })).toBeUndefined();
      expect(recordKey(row)).toContain(row.warc_file);
      expect(prepared.take(broken)).toBeUndefined();
      expect(stream.summary()).toMatchObject({ offered: 6, extracted: 5, handed: 2, leftOver: 1, thread: 'main' });
      // Without its spool (deleted under it), nothing is given: the stage extracts the pages itself.
      expect(new PreparedExtractions(join(dir, 'missing'), new Map([[recordKey(row), { recordKey: recordKey(row), position: 0, length: 10 }]])).take(row)).toBeUndefined();
    } finally {
      await stream.close();
    }
    expect(existsSync(join(dir, '.test-run.extract-spool'))).toBe(false);
  }, 60_000);
});
