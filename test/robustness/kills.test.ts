/**
 * SIGKILL at seeded moments of the crawl, the extract stage and the load
 * (kill-trials.ts has the plan, the seeds and how to replay one). After
 * each kill the stage is restarted, and the archive and the database must
 * equal an uninterrupted run's.
 *
 * `npm test` runs 2 trials per stage; `npm run robustness` runs the full 50
 * (ROBUSTNESS_KILLS=full).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawlers/archive/index.js';
import { crawl } from '../../crawlers/engine/index.js';
import { findLatestRunDir, loadRun, openDatabase } from '../../pipeline/db/index.js';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server.js';
import { handMadeRun, writeGeneratedRun, writeRunDir } from '../db-fixtures.js';
import { indexLines } from '../helpers/crawl-archive.js';
import { fixtureSource } from '../helpers/crawl-fixtures.js';
import {
  crawlTrial,
  databaseOf,
  dbContent,
  extractTrial,
  inLanes,
  killPlan,
  loadTrial,
  runExtractCli,
  runFiles,
  trialName,
  type CrawlFixture,
  type ExtractFixture,
  type LoadFixture,
  type TrialResult,
} from './kill-trials.js';
import { record } from './report.js';
import { ROOT } from './run-inputs.js';

/** Two lanes: the CI machine has two cores. */
const LANES = 2;
/** Sites of the crawl trials: two families, no Crawl-delay (Drupal's would make each crawl last a minute). */
const CRAWL_SITES = ['nukeviet', 'wordpress'];
const CRAWL_DELAY_MS = 10;
/** Copies of each corpus page in the extract trials' archive: enough work (~250 pages, >1 MiB of lines) for kills to land mid-write. */
const EXTRACT_COPIES = 3;
const EXTRACT_CORPUS = ['test/golden', 'test/heldout', 'test/blind2'];
/** Facts of the run the load trials load: its load takes about a second. */
const LOAD_FACTS = 60_000;

const trials = killPlan();
let tmp: string;
let server: FixtureServer;
let results: TrialResult[];

async function crawlFixture(): Promise<CrawlFixture> {
  server = await startFixtureServer({ sites: CRAWL_SITES, faults: { latencyMs: 2 } });
  const sources = server.sites.map((site) => fixtureSource(site, { delayMs: CRAWL_DELAY_MS }));
  const archiveDir = join(tmp, 'crawl-reference', 'archive');
  let pageEvents = 0;
  await crawl({ sources, archiveDir, allowPrivate: true, delayMs: CRAWL_DELAY_MS, concurrency: sources.length, onProgress: (e) => void (e.type === 'page' && pageEvents++) });
  const articles = new Map(indexLines(archiveDir).filter((r) => r.kind === 'article').map((r) => [r.canonical_url, r.sha256]));
  return { sources, delayMs: CRAWL_DELAY_MS, articles, pageEvents, db: await dbContent(await databaseOf(archiveDir, join(tmp, 'crawl-reference'))) };
}

async function extractFixture(): Promise<ExtractFixture> {
  const archiveDir = join(tmp, 'extract-archive');
  const archive = await Archive.open(archiveDir);
  try {
    for (let copy = 0; copy < EXTRACT_COPIES; copy++) {
      for (const dir of EXTRACT_CORPUS) {
        for (const name of readdirSync(join(ROOT, dir)).sort()) {
          const ext = extname(name);
          if (ext !== '.html' && ext !== '.txt') continue;
          const url = `https://kill-extract.example.vn/${dir.replace('test/', '')}/${name}?copy=${copy}`;
          await archive.append({ url, canonicalUrl: url, sourceId: 'kill-extract', status: 200, headers: { 'Content-Type': ext === '.html' ? 'text/html' : 'text/plain; charset=utf-8' }, body: readFileSync(join(ROOT, dir, name)), kind: 'article', kept: true });
        }
      }
    }
  } finally {
    await archive.close();
  }
  const runsDir = join(tmp, 'extract-reference', 'runs');
  const reference = await runExtractCli(archiveDir, runsDir);
  if (reference.code !== 0 || reference.tmpSeenMs === null) throw new Error(`the reference extract failed (${reference.code}): ${reference.stderr}`);
  const runDir = await findLatestRunDir(runsDir);
  const dbPath = join(tmp, 'extract-reference', 'vntally.duckdb');
  const db = await openDatabase(dbPath);
  try {
    await loadRun(db, runDir, { registry: null });
  } finally {
    db.close();
  }
  return { archiveDir, workMs: reference.exitMs - reference.tmpSeenMs, files: await runFiles(runDir), db: await dbContent(dbPath) };
}

async function loadFixture(): Promise<LoadFixture> {
  const baseDb = join(tmp, 'load-base.duckdb');
  const afterDb = join(tmp, 'load-after.duckdb');
  const good = await writeRunDir(join(tmp, 'load-runs'), handMadeRun('good-1'));
  const big = await writeGeneratedRun(join(tmp, 'load-runs'), { runId: 'kill-big', facts: LOAD_FACTS, seed: 20251121 });
  for (const [path, runs] of [[baseDb, [good]], [afterDb, [good, big.dir]]] as const) {
    const db = await openDatabase(path);
    try {
      for (const run of runs) await loadRun(db, run, { registry: null });
    } finally {
      db.close();
    }
  }
  return { baseDb, runDir: big.dir, before: await dbContent(baseDb), after: await dbContent(afterDb) };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-kills-'));
  const stages = new Set(trials.map((t) => t.stage));
  const [crawlFx, extractFx, loadFx] = [
    stages.has('crawl') ? await crawlFixture() : null,
    stages.has('extract') ? await extractFixture() : null,
    stages.has('load') ? await loadFixture() : null,
  ];
  results = await inLanes(trials, LANES, async (t, i) => {
    const workDir = join(tmp, `trial-${i}-${t.stage}-${t.index}`);
    try {
      if (t.stage === 'crawl') return await crawlTrial(t, crawlFx!, workDir);
      if (t.stage === 'extract') return await extractTrial(t, extractFx!, workDir);
      return await loadTrial(t, loadFx!, workDir);
    } catch (error) {
      return { trial: t, ok: false, detail: 'the trial itself failed', problems: [(error as Error).stack ?? String(error)], lost: 0, duplicated: 0, ms: 0 };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
}, 1_800_000);

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('SIGKILL trials', () => {
  it('has a plan', () => {
    expect(trials.length).toBeGreaterThan(0);
  });

  it.each(trials.map((t, i) => [trialName(t), i] as const))('%s: restart gives the uninterrupted run’s archive and database', (_name, i) => {
    const result = results[i]!;
    record({
      kind: 'kill',
      group: result.trial.stage,
      name: trialName(result.trial),
      ok: result.ok,
      detail: `${result.detail}${result.problems.length ? ` — ${result.problems.join('; ')}` : ''}`,
      ms: result.ms,
      lost: result.lost,
      duplicated: result.duplicated,
    });
    expect(result.problems, result.detail).toEqual([]);
    expect([result.lost, result.duplicated]).toEqual([0, 0]);
  });
});
