/**
 * Seeded SIGKILL trials of the three stages that write state: the crawl (the
 * archive), the extract stage (`vntally extract --from-archive`, a run
 * directory) and the load (the DuckDB file). Each trial kills a real process
 * at a seeded moment, checks what the kill left, restarts the stage to its
 * end, and compares the archive and the database with those of an
 * uninterrupted run: no page lost, no row twice, no half-written fact.
 *
 * Seeds: trial k of a stage uses `ROBUSTNESS_SEED` (default 20251121) +
 * 1000 × stage + k, and its name carries the seed. To replay one:
 *
 *     ROBUSTNESS_SEED=20251121 ROBUSTNESS_TRIALS=crawl:7 npx vitest run test/robustness/kills.test.ts
 *
 * `ROBUSTNESS_KILLS=full` runs the full plan (18 crawl, 16 extract, 16
 * load: 50 kills, what `npm run robustness` does); otherwise a subset of 2
 * per stage runs (`npm test`), or N per stage with `ROBUSTNESS_KILLS=N`.
 * Trials run in two lanes at once; each has its own directories.
 *
 * Child processes are the project's: test/helpers/crawl-child.ts for the
 * crawl, `bin/vntally.js extract --from-archive` for the extract stage, and
 * test/db-fixtures.ts `spawnDbChild('load')` for the load.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Archive } from '../../crawlers/archive/index.js';
import type { Source } from '../../crawlers/registry.js';
import { findLatestRunDir, listRunDirs, loadRun, LOAD_STEPS, openDatabase, type LoadStep } from '../../pipeline/db/index.js';
import { extractArchive } from '../../pipeline/stages/extract-archive.js';
import { spawnDbChild } from '../db-fixtures.js';
import { duplicates, indexLines } from '../helpers/crawl-archive.js';
import { seededRandom } from '../helpers/pipeline-db.js';
import { ROOT, VNTALLY } from './run-inputs.js';

export const KILL_STAGES = ['crawl', 'extract', 'load'] as const;
export type KillStage = (typeof KILL_STAGES)[number];

/** Trials per stage in the full plan: 50 kills in all. */
export const FULL_PLAN: Readonly<Record<KillStage, number>> = { crawl: 18, extract: 16, load: 16 };
/** Trials per stage in `npm test`. */
export const SUBSET_PER_STAGE = 2;
export const DEFAULT_SEED = 20251121;

export interface Trial {
  stage: KillStage;
  index: number;
  seed: number;
}

/** The trials to run, from the environment (see the module doc). */
export function killPlan(env: NodeJS.ProcessEnv = process.env): Trial[] {
  const base = Number(env.ROBUSTNESS_SEED ?? DEFAULT_SEED);
  const kills = env.ROBUSTNESS_KILLS ?? '';
  const perStage = (stage: KillStage): number => (kills === 'full' ? FULL_PLAN[stage] : /^\d+$/u.test(kills) ? Number(kills) : SUBSET_PER_STAGE);
  const trials: Trial[] = [];
  for (const [s, stage] of KILL_STAGES.entries()) {
    for (let index = 0; index < perStage(stage); index++) trials.push({ stage, index, seed: base + 1000 * (s + 1) + index });
  }
  const only = env.ROBUSTNESS_TRIALS?.split(',').map((t) => t.trim()).filter(Boolean);
  if (only && only.length > 0) return trials.filter((t) => only.includes(`${t.stage}:${t.index}`));
  // Interleaved, so both lanes get a mix of slow and quick trials.
  return trials.sort((a, b) => a.index - b.index || KILL_STAGES.indexOf(a.stage) - KILL_STAGES.indexOf(b.stage));
}

export function trialName(t: Trial): string {
  return `${t.stage} #${t.index} (seed ${t.seed})`;
}

export interface TrialResult {
  trial: Trial;
  ok: boolean;
  /** Where the kill landed and what the restart gave. */
  detail: string;
  problems: string[];
  /** Rows of the uninterrupted run missing after the restart (archived articles, article rows, facts, pages). */
  lost: number;
  /** Rows present more than once, or more than in the uninterrupted run. */
  duplicated: number;
  ms: number;
}

// ---------------------------------------------------------------- the database, compared

/** Everything a run must reproduce, without run ids and fetch times (which differ by design). */
export interface DbContent {
  counts: { articles: number; facts: number; pages: number };
  hashes: { articles: string; facts: string; pages: string };
  /** Rows whose key occurs twice. */
  doubled: number;
  /** Facts without their article. */
  orphans: number;
  runs: string[];
}

export async function dbContent(path: string): Promise<DbContent> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    const row = await db.readRow<Record<string, bigint | string | null>>(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM pages) AS pages,
              (SELECT sum(hash(article_id, canonical_url, text_hash, title, province, syndication_group))::VARCHAR FROM articles) AS h_articles,
              (SELECT sum(hash(fact_id, metric, value, unit, kind, approx, scope, period, sentence, mention_start))::VARCHAR FROM facts) AS h_facts,
              (SELECT sum(hash(canonical_url, sha256, kind, kept, skip_reason))::VARCHAR FROM pages) AS h_pages,
              (SELECT count(*) - count(DISTINCT fact_id) FROM facts) + (SELECT count(*) - count(DISTINCT article_id) FROM articles)
                + (SELECT count(*) - count(DISTINCT (warc_file, "offset")) FROM pages) AS doubled,
              (SELECT count(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = f.article_id)) AS orphans`,
    );
    const runs = await db.readRows<{ r: string }>(`SELECT status || ':' || stage AS r FROM runs ORDER BY run_id`);
    const n = (k: string): number => Number(row?.[k] ?? 0);
    return {
      counts: { articles: n('articles'), facts: n('facts'), pages: n('pages') },
      hashes: { articles: String(row?.h_articles), facts: String(row?.h_facts), pages: String(row?.h_pages) },
      doubled: n('doubled'),
      orphans: n('orphans'),
      runs: runs.map((r) => r.r),
    };
  } finally {
    db.close();
  }
}

/** Lost and doubled rows of `got` against `want`, and the differences in words. */
function compareDb(got: DbContent, want: DbContent): { lost: number; duplicated: number; problems: string[] } {
  const problems: string[] = [];
  let lost = 0;
  let duplicated = got.doubled;
  for (const key of ['articles', 'facts', 'pages'] as const) {
    const diff = got.counts[key] - want.counts[key];
    if (diff < 0) lost += -diff;
    if (diff > 0) duplicated += diff;
    if (diff !== 0) problems.push(`${key}: ${got.counts[key]} rows, the uninterrupted run has ${want.counts[key]}`);
    else if (got.hashes[key] !== want.hashes[key]) problems.push(`${key}: same count, other content`);
  }
  if (got.doubled > 0) problems.push(`${got.doubled} rows with a doubled key`);
  if (got.orphans > 0) problems.push(`${got.orphans} facts without their article`);
  if (JSON.stringify(got.runs) !== JSON.stringify(want.runs)) problems.push(`runs [${got.runs.join(', ')}], expected [${want.runs.join(', ')}]`);
  return { lost, duplicated, problems };
}

/** Extracts an archive in-process and loads it into a new database: the DB an archive gives. */
export async function databaseOf(archiveDir: string, workDir: string): Promise<string> {
  await mkdir(workDir, { recursive: true });
  const summary = await extractArchive({ archiveDir, runsDir: join(workDir, 'runs') });
  const dbPath = join(workDir, 'vntally.duckdb');
  const db = await openDatabase(dbPath);
  try {
    await loadRun(db, summary.runDir, { registry: null });
  } finally {
    db.close();
  }
  return dbPath;
}

// ---------------------------------------------------------------- crawl

export interface CrawlFixture {
  sources: Source[];
  delayMs: number;
  /** Canonical URL → SHA-256 of every article the uninterrupted crawl archived. */
  articles: Map<string, string>;
  /** Page events of the uninterrupted crawl: kills aim between 1 and this. */
  pageEvents: number;
  db: DbContent;
}

const CRAWL_CHILD = fileURLToPath(new URL('../helpers/crawl-child.ts', import.meta.url));

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  events: number;
  stderr: string;
}

/** Runs test/helpers/crawl-child.ts; kills it `delayMs` after its `killAtEvent`-th page event. */
function runCrawlChild(configPath: string, kill?: { atEvent: number; delayMs: number }): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CRAWL_CHILD, configPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let events = 0;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-4000)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if ((JSON.parse(line) as { type: string }).type !== 'page') return;
      events++;
      if (kill && events === kill.atEvent) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, events, stderr }));
  });
}

function archivedArticles(archiveDir: string): { bySha: Map<string, string>; urls: string[] } {
  const rows = indexLines(archiveDir).filter((r) => r.kind === 'article');
  return { bySha: new Map(rows.map((r) => [r.canonical_url, r.sha256])), urls: rows.map((r) => r.canonical_url) };
}

export async function crawlTrial(t: Trial, fixture: CrawlFixture, workDir: string): Promise<TrialResult> {
  const started = performance.now();
  const random = seededRandom(t.seed);
  let atEvent = 1 + Math.floor(random() * Math.max(1, fixture.pageEvents - 5));
  const delayMs = Math.floor(random() * 40);
  const archiveDir = join(workDir, 'archive');
  const configPath = join(workDir, 'crawl.json');
  await mkdir(workDir, { recursive: true });
  await writeFile(configPath, JSON.stringify({ sources: fixture.sources, archiveDir, delayMs: fixture.delayMs }));
  const problems: string[] = [];

  // A crawl that ends before its kill (page events come faster on a quiet machine) is started again, aiming earlier.
  let killed = await runCrawlChild(configPath, { atEvent, delayMs });
  for (let retry = 0; retry < 3 && killed.signal !== 'SIGKILL' && killed.code === 0; retry++) {
    await rm(archiveDir, { recursive: true, force: true });
    atEvent = Math.max(1, Math.floor(atEvent / 2));
    killed = await runCrawlChild(configPath, { atEvent, delayMs });
  }
  if (killed.signal !== 'SIGKILL') problems.push(`the crawl was not killed (exit ${killed.code}, ${killed.events} page events): ${killed.stderr.slice(-300)}`);
  const before = archivedArticles(archiveDir).urls.length;
  const restarted = await runCrawlChild(configPath);
  if (restarted.code !== 0) problems.push(`the restarted crawl exited ${restarted.code ?? restarted.signal}: ${restarted.stderr.slice(-500)}`);

  // The archive: the same articles with the same bytes, none twice, every record readable.
  const { bySha, urls } = archivedArticles(archiveDir);
  const doubled = duplicates(urls);
  const missing = [...fixture.articles.keys()].filter((u) => !bySha.has(u));
  const extra = [...bySha.keys()].filter((u) => !fixture.articles.has(u));
  const changed = [...bySha].filter(([u, sha]) => fixture.articles.has(u) && fixture.articles.get(u) !== sha).map(([u]) => u);
  if (missing.length) problems.push(`${missing.length} articles lost, e.g. ${missing[0]}`);
  if (extra.length) problems.push(`${extra.length} articles the uninterrupted crawl does not have, e.g. ${extra[0]}`);
  if (doubled.length) problems.push(`${doubled.length} articles archived twice, e.g. ${doubled[0]}`);
  if (changed.length) problems.push(`${changed.length} articles with other bytes, e.g. ${changed[0]}`);
  const archive = await Archive.open(archiveDir, { readOnly: true });
  try {
    for (const row of archive.rows()) await archive.readBody(row); // checks each record's SHA-256
  } catch (error) {
    problems.push(`an archived record does not read back: ${(error as Error).message}`);
  } finally {
    await archive.close();
  }
  // The database it gives.
  const db = compareDb(await dbContent(await databaseOf(archiveDir, join(workDir, 'db'))), fixture.db);
  problems.push(...db.problems.map((p) => `db: ${p}`));
  return {
    trial: t,
    ok: problems.length === 0,
    detail: `killed ${delayMs} ms after page event ${atEvent} (${before}/${fixture.articles.size} articles archived); restart: ${bySha.size} articles, ${db.problems.length === 0 ? 'same DB' : 'DB differs'}`,
    problems,
    lost: missing.length + db.lost,
    duplicated: doubled.length + extra.length + db.duplicated,
    ms: performance.now() - started,
  };
}

// ---------------------------------------------------------------- extract


export interface ExtractFixture {
  archiveDir: string;
  /** Wall ms from the run's `.tmp` directory appearing to the command's exit, uninterrupted. */
  workMs: number;
  /** The uninterrupted run's files, run ids blanked. */
  files: Record<string, string>;
  db: DbContent;
}

const RUN_FILE_NAMES = ['articles.jsonl', 'facts.jsonl', 'pages.jsonl'] as const;

/** A run directory's JSONL files with the run id blanked (it differs per run by design). */
export async function runFiles(runDir: string): Promise<Record<string, string>> {
  const runId = JSON.parse(await readFile(join(runDir, 'run.json'), 'utf8')) as { run_id: string };
  const out: Record<string, string> = {};
  for (const name of RUN_FILE_NAMES) out[name] = (await readFile(join(runDir, name), 'utf8')).replaceAll(runId.run_id, '<run>');
  return out;
}

/**
 * `vntally extract --from-archive`; with `killAfterTmpMs`, SIGKILLed that
 * long after its run's `.tmp` directory appears (polled), so the kill lands
 * in the stage's work rather than in the process's start-up.
 */
export function runExtractCli(archiveDir: string, runsDir: string, killAfterTmpMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; tmpSeenMs: number | null; exitMs: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [VNTALLY, 'extract', '--from-archive', '--archive', archiveDir, '--runs', runsDir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr = (stderr + c.toString()).slice(-4000)));
    let tmpSeenMs: number | null = null;
    const poll = setInterval(() => {
      if (tmpSeenMs !== null) return;
      readdir(runsDir).then(
        (names) => {
          if (tmpSeenMs !== null || !names.some((n) => n.endsWith('.tmp'))) return;
          tmpSeenMs = performance.now() - started;
          if (killAfterTmpMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterTmpMs);
        },
        () => undefined,
      );
    }, 5);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, tmpSeenMs, exitMs: performance.now() - started, stderr });
    });
  });
}

export async function extractTrial(t: Trial, fixture: ExtractFixture, workDir: string): Promise<TrialResult> {
  const started = performance.now();
  const random = seededRandom(t.seed);
  let killAfterMs = Math.floor(random() * fixture.workMs * 0.8);
  const runsDir = join(workDir, 'runs');
  await mkdir(runsDir, { recursive: true });
  const problems: string[] = [];

  // A stage that ends before its kill (a quieter machine than the reference's) is started again, aiming earlier.
  let killed = await runExtractCli(fixture.archiveDir, runsDir, killAfterMs);
  for (let retry = 0; retry < 3 && killed.signal !== 'SIGKILL' && killed.code === 0; retry++) {
    await rm(runsDir, { recursive: true, force: true });
    await mkdir(runsDir, { recursive: true });
    killAfterMs = Math.floor(killAfterMs / 2);
    killed = await runExtractCli(fixture.archiveDir, runsDir, killAfterMs);
  }
  if (killed.signal !== 'SIGKILL') problems.push(`the extract stage was not killed (exit ${killed.code}, .tmp seen: ${killed.tmpSeenMs !== null}): ${killed.stderr.slice(-300)}`);
  // What the kill left: never a run directory that looks finished.
  const left = await listRunDirs(runsDir);
  if (left.runs.length > 0 || left.skipped.length > 0) problems.push(`the killed run left a loadable run directory: ${[...left.runs.map((r) => r.dir), ...left.skipped.map((s) => s.dir)].join(', ')}`);
  const leftovers = (await readdir(runsDir)).filter((n) => n.endsWith('.tmp')).length;

  const restarted = await runExtractCli(fixture.archiveDir, runsDir);
  if (restarted.code !== 0) problems.push(`the restarted extract exited ${restarted.code ?? restarted.signal}: ${restarted.stderr.slice(-500)}`);
  const finished = await listRunDirs(runsDir);
  if (finished.runs.length !== 1) problems.push(`${finished.runs.length} run directories after the restart, expected 1`);
  let lost = 0;
  let duplicated = 0;
  const runDir = await findLatestRunDir(runsDir).catch(() => null);
  if (runDir !== null) {
    const files = await runFiles(runDir);
    for (const name of RUN_FILE_NAMES) {
      const got = files[name]!.split('\n').filter(Boolean);
      const want = fixture.files[name]!.split('\n').filter(Boolean);
      const wantSet = new Set(want);
      const gotSet = new Set(got);
      const missing = want.filter((l) => !gotSet.has(l)).length;
      const extra = got.length - (want.length - missing);
      lost += missing;
      duplicated += Math.max(0, extra) + (got.length - gotSet.size);
      if (files[name] !== fixture.files[name]) problems.push(`${name}: ${got.length} lines (${missing} missing, ${got.filter((l) => !wantSet.has(l)).length} other) against ${want.length}`);
    }
    const dbPath = join(workDir, 'vntally.duckdb');
    const db = await openDatabase(dbPath);
    try {
      await loadRun(db, runDir, { registry: null });
    } finally {
      db.close();
    }
    const compared = compareDb(await dbContent(dbPath), fixture.db);
    lost += compared.lost;
    duplicated += compared.duplicated;
    problems.push(...compared.problems.map((p) => `db: ${p}`));
  }
  return {
    trial: t,
    ok: problems.length === 0,
    detail: `killed ${killAfterMs} ms into the stage's ~${Math.round(fixture.workMs)} ms (left ${leftovers} unfinished .tmp, no run); restart: ${problems.length === 0 ? 'same run files, same DB' : 'differs'}`,
    problems,
    lost,
    duplicated,
    ms: performance.now() - started,
  };
}

// ---------------------------------------------------------------- load

export interface LoadFixture {
  /** A closed, checkpointed database holding the good run: each trial loads into a copy. */
  baseDb: string;
  runDir: string;
  before: DbContent;
  after: DbContent;
}

/**
 * Where a load trial kills: step ⌊k/2⌋ of this list (round robin: the full
 * plan hits every step of LOAD_STEPS once per way of loading, the 2-trial
 * subset the facts insert both ways), after a seeded delay into it.
 */
const KILL_STEPS: readonly LoadStep[] = ['facts', 'syndication', 'articles', 'pages', 'commit', 'signatures', 'reference', 'check'];
if (KILL_STEPS.length !== LOAD_STEPS.length || !LOAD_STEPS.every((s) => KILL_STEPS.includes(s))) throw new Error('KILL_STEPS must list every LOAD_STEPS step');

/** `vntally load --run DIR --db PATH`; calls `onStep` with each step it prints on stderr ("load: facts"). */
function runLoadCli(runDir: string, dbPath: string, onStep?: (step: string, kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VNTALLY, 'load', '--run', runDir, '--db', dbPath], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderr = `${stderr}${line}\n`.slice(-4000);
      const step = /^load: (\w+)$/u.exec(line)?.[1];
      if (step !== undefined) onStep?.(step, () => child.kill('SIGKILL'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/**
 * Even trials kill a process that loads in place (`loadRun` in one DuckDB
 * transaction: test/db-fixtures.ts `spawnDbChild`), odd ones the command
 * users run, `vntally load` (which may write a copy and rename it: then a
 * kill leaves a stale copy and a stale run lock, which the restart must
 * clear). Both are restarted the way they were started.
 */
export async function loadTrial(t: Trial, fixture: LoadFixture, workDir: string): Promise<TrialResult> {
  const started = performance.now();
  const random = seededRandom(t.seed);
  const viaCli = t.index % 2 === 1;
  const step = KILL_STEPS[Math.floor(t.index / 2) % KILL_STEPS.length]!;
  let delayMs = Math.floor(random() * 120);
  await mkdir(workDir, { recursive: true });
  const dbPath = join(workDir, 'vntally.duckdb');
  const problems: string[] = [];

  let seen: string[] = [];
  const killedLoad = async (): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> => {
    await rm(`${dbPath}.wal`, { force: true });
    await copyFile(fixture.baseDb, dbPath);
    let armed = false;
    seen = [];
    const onStep = (name: string, kill: () => void): void => {
      if (seen.at(-1) !== name) seen.push(name);
      if (name === step && !armed) {
        armed = true;
        setTimeout(kill, delayMs);
      }
    };
    if (viaCli) return runLoadCli(fixture.runDir, dbPath, onStep);
    const { exited } = spawnDbChild(['load', dbPath, fixture.runDir], (event, child) => {
      if (event.type === 'progress' && event.step !== undefined) onStep(event.step, () => child.kill('SIGKILL'));
    });
    return exited;
  };
  // A load that ends before its kill (the delay outlasted the last step) is run again with no delay.
  let exit = await killedLoad();
  if (exit.signal !== 'SIGKILL' && exit.code === 0) {
    delayMs = 0;
    exit = await killedLoad();
  }
  if (exit.signal !== 'SIGKILL') problems.push(`the load was not killed (exit ${exit.code}, steps ${seen.join(' ')}): ${exit.stderr.slice(-300)}`);

  // What the kill left: the database as it was, or (a kill after the commit) as the full load leaves it. Never between.
  const cut = await dbContent(dbPath);
  const asBefore = compareDb(cut, fixture.before).problems.length === 0;
  const asAfter = compareDb(cut, fixture.after).problems.length === 0;
  if (!asBefore && !asAfter) problems.push(`after the kill the database is neither as before nor as after the load: ${compareDb(cut, fixture.before).problems.join('; ')}`);

  if (viaCli) {
    const again = await runLoadCli(fixture.runDir, dbPath);
    if (again.code !== 0) problems.push(`vntally load after the kill exited ${again.code ?? again.signal}: ${again.stderr.slice(-400)}`);
    const left = (await readdir(workDir)).filter((n) => n !== 'vntally.duckdb');
    if (left.length > 0) problems.push(`left beside the database after the reload: ${left.join(', ')}`);
  } else {
    const db = await openDatabase(dbPath);
    try {
      await loadRun(db, fixture.runDir, { registry: null });
    } catch (error) {
      problems.push(`the load after the kill failed: ${(error as Error).message}`);
    } finally {
      db.close();
    }
  }
  const compared = compareDb(await dbContent(dbPath), fixture.after);
  problems.push(...compared.problems.map((p) => `db: ${p}`));
  return {
    trial: t,
    ok: problems.length === 0,
    detail: `${viaCli ? 'vntally load' : 'loadRun in place'} killed ${delayMs} ms after step "${step}" (${seen.length} steps seen; left the DB ${asBefore ? 'as before' : asAfter ? 'fully loaded' : 'INCONSISTENT'}); reload: ${compared.problems.length === 0 ? 'same DB' : 'differs'}`,
    problems,
    lost: compared.lost,
    duplicated: compared.duplicated,
    ms: performance.now() - started,
  };
}

// ---------------------------------------------------------------- lanes

/** Runs `work` over `items`, `lanes` at a time, keeping the input order in the results. */
export async function inLanes<T, R>(items: readonly T[], lanes: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
    }),
  );
  return results;
}

