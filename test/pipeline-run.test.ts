/**
 * End to end, fixture sites → DuckDB (pipeline/run/): the offline demo's run
 * over the eight local sites of test/fixture-sites/, then the same pipeline
 * again on the same sites and data:
 *
 * - the golden articles the sites serve give their expected facts
 *   (test/golden/*.expected.json, matched on metric/value/unit as the scorer
 *   matches) in facts_flat, and under their province and metric;
 * - the story every site carries counts once in distinct_observations;
 * - a second run, an incremental run, and the stages run alone (extract
 *   --from-archive, then load) all end with the same row counts;
 * - a run SIGKILLed during its load (at a seeded moment) and run again ends
 *   with the same database;
 * - a second run while one holds the lock is refused, naming the holder.
 *
 * Real DuckDB files, a real crawl of 127.0.0.1, no mocks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Archive } from '../crawlers/archive/index.js';
import { canonicalizeUrl } from '../crawlers/canonical-url.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { main } from '../pipeline/cli.js';
import { extractCommand } from '../pipeline/commands/extract.js';
import { findLatestRunDir } from '../pipeline/db/find-runs.js';
import { loadRun, type LoadStep } from '../pipeline/db/load-run.js';
import { openDatabase } from '../pipeline/db/open-database.js';
import { demoRunOptions, runDemo, type DemoResult } from '../pipeline/run/demo.js';
import { formatPipelineSummary } from '../pipeline/run/format-summary.js';
import type { PipelineEvent, PipelineSummary } from '../pipeline/run/pipeline-types.js';
import { RunLock } from '../pipeline/run/run-lock.js';
import { runPipeline } from '../pipeline/run/run-pipeline.js';
import { loadGolden, scoreArticle, type GoldArticle } from './_score.js';
import { startFixtureServer, type FixtureServer, type FixtureSite, type SiteArticle } from './fixture-sites/server.js';
import { FIXTURE_CMS } from './helpers/crawl-fixtures.js';
import { runStatuses, seededRandom, tableCounts } from './helpers/pipeline-db.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = join(ROOT, 'test', 'helpers', 'pipeline-child.ts');

/**
 * Share of the golden articles' expected facts found in facts_flat under the
 * golden province (not only the article's own URL). A floor that only goes
 * up. It is low because province detection lets a site's chrome outweigh
 * the article: on the SharePoint site (Bình Dương banners) "Hà Nội: Năm 2024
 * phát triển mới hơn 46.000 đoàn viên công đoàn" is given to Bình Dương. By
 * URL the facts are all there (the floor below).
 */
const PROVINCE_FACT_FLOOR = 0.45;
/** Share of the expected facts found among the facts of the article's own URL. */
const URL_FACT_FLOOR = 0.95;
/** The load steps inside its transaction (pipeline/db/load-run.ts step 4), where the kill lands. */
const IN_TRANSACTION_STEPS: readonly LoadStep[] = ['articles', 'facts', 'syndication', 'pages', 'reference'];
/** Kill seed: picks the step (this one: "facts", the bulk insert; VNTALLY_KILL_SEED=N tries another). */
const KILL_SEED = Number(process.env.VNTALLY_KILL_SEED ?? 20_251_127);

let server: FixtureServer;
let work: string;
let dataDir: string;
let demo: DemoResult;
let firstCounts: Awaited<ReturnType<typeof tableCounts>>;
const events: PipelineEvent[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ faults: { slowMs: 300 } });
  work = mkdtempSync(join(tmpdir(), 'vntally-pipeline-'));
  dataDir = join(work, 'demo');
  demo = await runDemo({ dataDir, reportPath: join(work, 'reports', 'demo-report.html'), server, onProgress: (e) => events.push(e) });
  firstCounts = await tableCounts(demo.dbPath);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const stageStatus = (summary: PipelineSummary): Record<string, string> => Object.fromEntries(summary.stages.map((s) => [s.stage, s.status]));

/** Golden articles as the sites serve them (the faults site re-posts some), with the site and expected facts. */
function servedGolden(): Array<{ site: FixtureSite; article: SiteArticle; gold: GoldArticle }> {
  const golden = new Map(loadGolden(join(ROOT, 'test', 'golden')).map((g) => [g.file, g]));
  return server.sites.flatMap((site) =>
    site.articles
      .filter((a) => a.source.startsWith('golden:') && a.expectedInCrawl)
      .map((article) => {
        const gold = golden.get(article.source.slice('golden:'.length));
        if (!gold) throw new Error(`${article.source}: no golden file`);
        return { site, article, gold };
      }),
  );
}

describe('the demo run: fixture sites → DuckDB', () => {
  it('runs every stage, writes the HTML report and prints the cross-province summary', () => {
    expect(demo.summary.status).toBe('ok');
    // The faults site's broken pages (oversize, 404, redirect loop) make the crawl partial; they are listed.
    expect(stageStatus(demo.summary)).toEqual({ crawl: 'partial', extract: 'ok', load: 'ok', report: 'ok' });
    expect(demo.summary.errors.map((e) => e.code).sort()).toEqual(['not-found', 'oversize', 'oversize', 'redirect-loop']);
    expect(demo.summary.errors.every((e) => e.url?.startsWith('http://127.0.0.1:') && e.source_id === 'fixture-faults')).toBe(true);
    expect(readFileSync(demo.reportPath, 'utf8')).toMatch(/^<!DOCTYPE html>/iu);
    expect(demo.reportText).toMatch(/By province/u);
    expect(firstCounts.articles).toBeGreaterThan(60);
    expect(firstCounts.facts).toBeGreaterThan(500);
    // Progress: each stage started and ended, in order.
    const ends = events.flatMap((e) => (e.type === 'stage-end' ? [e.report.stage] : []));
    expect(ends).toEqual(['crawl', 'extract', 'load', 'report']);
  });

  it('contacts nothing but 127.0.0.1', () => {
    // Every request the sites saw came from the crawler, and no page outside the fixture origins was archived.
    const origins = new Set(server.sites.map((s) => s.origin));
    const db = readFileSync(join(dataDir, 'archive', 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { url: string });
    expect(db.every((row) => origins.has(new URL(row.url).origin))).toBe(true);
  });

  it('stamps every fact and article with the run id and the extractor version', async () => {
    const db = await openDatabase(demo.dbPath, { readOnly: true });
    try {
      const stray = await db.readRow<{ facts: bigint; articles: bigint }>(
        `SELECT (SELECT count(*) FROM facts WHERE run_id <> $1 OR extractor_version <> $2) AS facts,
                (SELECT count(*) FROM articles WHERE run_id <> $1 OR extractor_version <> $2) AS articles`,
        [demo.summary.runId, EXTRACTOR_VERSION],
      );
      expect(stray).toEqual({ facts: 0n, articles: 0n });
    } finally {
      db.close();
    }
  });

  it("loads each golden article's expected facts (metric, value, unit) from its URL", async () => {
    const db = await openDatabase(demo.dbPath, { readOnly: true });
    let found = 0;
    let expected = 0;
    const weak: string[] = [];
    try {
      for (const { site, article, gold } of servedGolden()) {
        const canonical = canonicalizeUrl(article.url, FIXTURE_CMS[site.family] ?? 'generic');
        const facts = await db.readRows<{ metric: string; value: number; unit: string; kind: string }>(
          'SELECT f.metric, f.value, f.unit, f.kind FROM facts_flat f JOIN articles a USING (article_id) WHERE a.canonical_url = $1',
          [canonical],
        );
        const score = scoreArticle(gold, { province: null, published: null, facts });
        found += score.tp;
        expected += score.tp + score.fn;
        if (score.tp + score.fn > 0 && score.tp / (score.tp + score.fn) < 0.5) weak.push(`${site.id} ${gold.file}: ${score.tp}/${score.tp + score.fn}`);
      }
    } finally {
      db.close();
    }
    expect(expected).toBeGreaterThan(300);
    expect(weak).toEqual([]);
    expect(found / expected).toBeGreaterThanOrEqual(URL_FACT_FLOOR);
  });

  it('finds the golden facts in facts_flat under their province and metric', async () => {
    const db = await openDatabase(demo.dbPath, { readOnly: true });
    let found = 0;
    let expected = 0;
    try {
      const seen = new Set<string>();
      for (const { gold } of servedGolden()) {
        if (seen.has(gold.file) || gold.province === null) continue;
        seen.add(gold.file);
        const metrics = [...new Set(gold.facts.flatMap((f) => [f.metric, ...(f.alt ?? [])]))];
        const facts = await db.readRows<{ metric: string; value: number; unit: string; kind: string }>(
          'SELECT metric, value, unit, kind FROM facts_flat WHERE province = $1 AND list_contains($2::VARCHAR[], metric)',
          [gold.province, `[${metrics.join(',')}]`],
        );
        const score = scoreArticle(gold, { province: gold.province, published: null, facts });
        found += score.tp;
        expected += score.tp + score.fn;
      }
    } finally {
      db.close();
    }
    expect(found / expected).toBeGreaterThanOrEqual(PROVINCE_FACT_FLOOR);
  });

  it('counts the syndicated story once in distinct_observations, listing every site', async () => {
    // Seed 000 ("Bình Phước - Khánh Hòa trao đổi kinh nghiệm…", "kết nạp 56 đảng viên") is served by all eight sites.
    const copies = server.sites.flatMap((s) => s.articles.filter((a) => a.source === 'seed:000_c49c9098393ef184').map(() => `fixture-${s.id}`));
    expect(copies).toHaveLength(8);
    const db = await openDatabase(demo.dbPath, { readOnly: true });
    try {
      const flat = await db.readRows<{ source: string }>("SELECT source FROM facts_flat WHERE metric = 'party_admissions' AND value = 56 AND unit = 'count' ORDER BY source");
      expect(flat.map((r) => r.source)).toEqual([...copies].sort());
      const distinct = await db.readRows<{ articles: bigint; sources: string[] }>(
        "SELECT articles, sources FROM distinct_observations WHERE metric = 'party_admissions' AND value = 56 AND unit = 'count'",
      );
      expect(distinct).toHaveLength(1);
      expect(distinct[0]?.articles).toBe(8n);
      expect(distinct[0]?.sources).toEqual([...copies].sort());
    } finally {
      db.close();
    }
    expect(firstCounts.distinct_observations).toBeLessThan(firstCounts.facts);
  });
});

describe('running again', () => {
  it('a second run adds nothing', async () => {
    const summary = await runPipeline(demoRunOptions(server, dataDir));
    expect(summary.status, JSON.stringify(summary.stages)).toBe('ok');
    expect(summary.stages.find((s) => s.stage === 'crawl')?.counts.articlesFetched).toBe(0);
    expect(await tableCounts(demo.dbPath)).toEqual(firstCounts);
    expect(await runStatuses(demo.dbPath)).toEqual({ loaded: 2 });
  }, 60_000);

  it('an incremental run extracts only what is new, and adds nothing', async () => {
    const summary = await runPipeline({ ...demoRunOptions(server, dataDir), incremental: true, incrementalOverlapMs: 0 });
    expect(summary.status, JSON.stringify(summary.stages)).toBe('ok');
    const extract = summary.stages.find((s) => s.stage === 'extract');
    expect(extract?.counts.pages).toBe(0);
    expect(extract?.counts.unchanged).toBe(firstCounts.pages);
    expect(await tableCounts(demo.dbPath)).toEqual(firstCounts);
  }, 60_000);

  it('a shard crawls only its sources and writes its own Parquet export', async () => {
    // Shard 3 of 3 holds fixture-sharepoint, fixture-liferay and fixture-faults (SHA-256 of the ids).
    const summary = await runPipeline({ ...demoRunOptions(server, dataDir), shard: { k: 3, n: 3 } });
    expect(summary.status, JSON.stringify(summary.stages)).toBe('ok');
    expect(stageStatus(summary)).toMatchObject({ extract: 'ok', load: 'ok', export: 'ok' });
    expect(summary.stages.find((s) => s.stage === 'crawl')?.counts.sources).toBe(3);
    expect(summary.exportDir).toBe(join(dataDir, 'exports', 'shard-3-of-3'));
    const db = await openDatabase(':memory:');
    try {
      const row = await db.readRow<{ n: bigint }>("SELECT count(*) AS n FROM read_parquet($1, hive_partitioning = true)", [`${summary.exportDir}/**/*.parquet`]);
      expect(Number(row?.n)).toBe(firstCounts.facts_flat);
    } finally {
      db.close();
    }
    expect(await tableCounts(demo.dbPath)).toEqual(firstCounts);
  }, 60_000);

  it('a stage that fails makes the run fail with its reason; the stages after it still run', async () => {
    // The archive is held open for writing, so the crawl cannot start; what is archived is still extracted and loaded.
    const archive = await Archive.open(join(dataDir, 'archive'));
    let summary: PipelineSummary;
    try {
      summary = await runPipeline(demoRunOptions(server, dataDir));
    } finally {
      await archive.close();
    }
    expect(summary.status).toBe('failed');
    expect(stageStatus(summary)).toEqual({ crawl: 'failed', extract: 'ok', load: 'ok' });
    expect(summary.stages[0]?.reason).toMatch(/already open for writing/u);
    expect(summary.errors).toContainEqual(expect.objectContaining({ stage: 'crawl', code: 'crawl_aborted' }));
    expect(formatPipelineSummary(summary)).toMatch(/^run \S+: FAILED in/u);
    expect(await tableCounts(demo.dbPath)).toEqual(firstCounts);
  }, 60_000);

  it('each stage alone (extract --from-archive, then load) builds the same database', async () => {
    const runsDir = join(work, 'alone', 'runs');
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main(['extract', '--from-archive', '--archive', join(dataDir, 'archive'), '--runs', runsDir], [extractCommand]);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/wrote run \S+ to .*:\n {2}\d+ pages, \d+ articles/u);
    const dbPath = join(work, 'alone', 'vntally.duckdb');
    const db = await openDatabase(dbPath);
    try {
      await loadRun(db, await findLatestRunDir(runsDir));
    } finally {
      db.close();
    }
    expect(await tableCounts(dbPath)).toEqual(firstCounts);
  }, 60_000);
});

describe('a run killed during its load', () => {
  it('leaves the database consistent, and the next run completes it', async () => {
    const killedDir = join(work, 'killed');
    const options = { ...demoRunOptions(server, killedDir), archiveDir: join(dataDir, 'archive') };
    // Where to kill: a seeded step of the load's transaction (the child stops dead there until killed).
    const step = IN_TRANSACTION_STEPS[Math.floor(seededRandom(KILL_SEED)() * IN_TRANSACTION_STEPS.length)]!;
    const configPath = join(work, 'child-config.json');
    writeFileSync(configPath, JSON.stringify({ options, freezeAtLoadStep: step }));

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const seen: string[] = [];
    for await (const line of createInterface({ input: child.stdout })) {
      seen.push(line);
      if ((JSON.parse(line) as { type: string }).type === 'frozen') {
        child.kill('SIGKILL');
        break;
      }
    }
    expect(await exited, `seed ${KILL_SEED}: the child was not killed at load step "${step}" (saw ${seen.join(' ')})`).toBe('SIGKILL');

    // The killed run's lock is left behind, naming a process that is gone.
    const lockPath = join(killedDir, 'vntally.lock');
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: child.pid, host: hostname() });
    // The database opens, with the schema but nothing of the cut transaction.
    const dbPath = join(killedDir, 'vntally.duckdb');
    const partial = await tableCounts(dbPath);
    expect(partial, `killed at "${step}"`).toMatchObject({ articles: 0, facts: 0, pages: 0 });
    expect(await runStatuses(dbPath)).toEqual({});

    const summary = await runPipeline(options);
    expect(summary.status, JSON.stringify(summary.stages)).toBe('ok');
    expect(existsSync(lockPath)).toBe(false);
    expect(await tableCounts(dbPath)).toEqual(firstCounts);
    expect(await runStatuses(dbPath)).toEqual({ loaded: 1 });
  }, 90_000);
});

describe('the run lock', () => {
  it('refuses a second run while one holds it, naming the holder', async () => {
    const options = demoRunOptions(server, dataDir);
    const lock = await RunLock.acquire(options.lockPath!, 'vntally run --incremental');
    try {
      await expect(runPipeline(options)).rejects.toThrow(
        new RegExp(`another vntally run \\(pid ${process.pid} on ${hostname()}, started \\S+: vntally run --incremental\\) holds ${options.lockPath!.replaceAll('/', '\\/')}`, 'u'),
      );
    } finally {
      await lock.release();
    }
    expect(existsSync(options.lockPath!)).toBe(false);
  });
});
