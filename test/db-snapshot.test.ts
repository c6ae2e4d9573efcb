/**
 * Snapshot writes (pipeline/db/snapshot-write.ts): while `vntally load`
 * writes, readers in other processes are never shut out. Real DuckDB files,
 * real processes: the writer is the `vntally load` command (bin/vntally.js),
 * each reader a child that holds the file open read-only and prints its row
 * counts over and over.
 *
 * To look inside a load at a known moment, the writer is stopped with
 * SIGSTOP when it reports a step ("load: facts" on stderr) and resumed with
 * SIGCONT, or killed there with SIGKILL. Set DB_SNAPSHOT_SEED to replay the
 * step at which the kill test kills (the seed is in its name).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRun, openDatabase, type LoadStep } from '../pipeline/db/index.js';
import { nextPath, writeSnapshot } from '../pipeline/db/snapshot-write.js';
import { createSchema } from '../pipeline/db/schema.js';
import { LOCKED_EXIT_CODE } from '../pipeline/run/run-lock.js';
import { contentFingerprint, handMadeRun, makeTempDir, writeGeneratedRun, writeRunDir, type GeneratedRun } from './db-fixtures.js';
import { seededRandom } from './helpers/pipeline-db.js';

const SEED = Number(process.env.DB_SNAPSHOT_SEED ?? 20250703);
/** Facts in the big run: its load takes a second or more. */
const BIG_FACTS = 150_000;
/** Steps of the load's transaction at which the kill test may kill. */
const KILL_STEPS: readonly LoadStep[] = ['articles', 'facts', 'syndication', 'pages', 'reference'];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'vntally.js');
const DB_MODULE = new URL('../pipeline/db/index.ts', import.meta.url).href;

/**
 * A reader: opens the database read-only once (no waiting), then prints its
 * counts as JSON lines every 20 ms; "reopen" on stdin closes and opens it
 * again; the end of stdin ends it. `orphans` counts facts whose article is
 * missing: a torn snapshot would show some.
 */
const READER_CODE = `
const { openDatabase } = await import(${JSON.stringify(DB_MODULE)});
const { createInterface } = await import('node:readline');
const [dbPath] = process.argv.slice(1);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
let db = await openDatabase(dbPath, { readOnly: true });
let generation = 0;
let reopen = false;
let done = false;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => { if (line.trim() === 'reopen') reopen = true; });
lines.on('close', () => { done = true; });
while (!done) {
  if (reopen) {
    reopen = false;
    db.close();
    db = await openDatabase(dbPath, { readOnly: true });
    generation += 1;
  }
  const row = await db.readRow(\`SELECT (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM pages) AS pages, (SELECT count(*) FROM runs) AS runs,
    (SELECT count(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = f.article_id)) AS orphans\`);
  say({ generation, facts: Number(row.facts), articles: Number(row.articles), pages: Number(row.pages), runs: Number(row.runs), orphans: Number(row.orphans) });
  await new Promise((r) => setTimeout(r, 20));
}
db.close();
`;

interface Counts {
  facts: number;
  articles: number;
  pages: number;
  runs: number;
  orphans: number;
}

let tmp: string;
let smallRun: string;
let bigRun: GeneratedRun;
/** A database holding the small run: each test works on its own copy. */
let base: string;
let before: Counts;
let afterBig: Counts;
const children: ChildProcess[] = [];

/** Counts read in this process (read-only). */
async function countsOf(path: string): Promise<Counts> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    const row = await db.readRow<Record<keyof Counts, bigint>>(
      `SELECT (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM pages) AS pages,
              (SELECT count(*) FROM runs) AS runs,
              (SELECT count(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = f.article_id)) AS orphans`,
    );
    return { facts: Number(row!.facts), articles: Number(row!.articles), pages: Number(row!.pages), runs: Number(row!.runs), orphans: Number(row!.orphans) };
  } finally {
    db.close();
  }
}

async function fingerprint(path: string): Promise<Record<string, string>> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    return await contentFingerprint(db);
  } finally {
    db.close();
  }
}

/** A fresh copy of the base database, in its own data directory (so its own run lock). */
function freshDatabase(name: string): string {
  const dir = join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'vntally.duckdb');
  // The test's own set-up, not the code under test: the base is closed and checkpointed.
  copyFileSync(base, path);
  return path;
}

interface Writer {
  child: ChildProcess;
  /** Resolves when the load reports `step` on stderr. */
  step(step: LoadStep): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** `vntally load --run DIR --db PATH` in a child process. */
function startWriter(runDir: string, dbPath: string): Writer {
  const child = spawn(process.execPath, [CLI, 'load', '--run', runDir, '--db', dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr += `${line}\n`;
    const step = /^load: (\w+)/u.exec(line)?.[1];
    if (step === undefined || seen.has(step)) return;
    seen.add(step);
    waiting.get(step)?.();
  });
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
  return {
    child,
    exited,
    step: (step) =>
      new Promise<void>((resolve, reject) => {
        if (seen.has(step)) return resolve();
        waiting.set(step, resolve);
        void exited.then((e) => reject(new Error(`the writer exited (code ${e.code}) before step "${step}": ${e.stderr}`)));
      }),
  };
}

interface Reader {
  child: ChildProcess;
  /** Every count line so far, with the open it came from. */
  lines: Array<Counts & { generation: number }>;
  /** Resolves once `n` more lines have come (of generation `generation` or later). */
  more(n: number, generation?: number): Promise<Counts & { generation: number }>;
  reopen(): void;
  stop(): Promise<{ code: number | null; stderr: string }>;
}

function startReader(dbPath: string): Reader {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', READER_CODE, '--', dbPath], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines: Reader['lines'] = [];
  const waiters: Array<{ count: number; generation: number; resolve: (line: Reader['lines'][number]) => void }> = [];
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Reader['lines'][number];
    lines.push(line);
    for (const w of [...waiters]) {
      if (line.generation >= w.generation && --w.count <= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  return {
    child,
    lines,
    more: (n, generation = 0) =>
      new Promise((resolve, reject) => {
        waiters.push({ count: n, generation, resolve });
        void exited.then((e) => reject(new Error(`the reader exited (code ${e.code}): ${e.stderr}`)));
      }),
    reopen: () => child.stdin!.write('reopen\n'),
    stop: async () => {
      child.stdin!.end();
      return exited;
    },
  };
}

const countsOnly = ({ facts, articles, pages, runs, orphans }: Counts): Counts => ({ facts, articles, pages, runs, orphans });

beforeAll(async () => {
  tmp = makeTempDir('snapshot');
  smallRun = await writeRunDir(join(tmp, 'runs'), handMadeRun('small'));
  bigRun = await writeGeneratedRun(join(tmp, 'runs'), { runId: 'big', facts: BIG_FACTS, seed: SEED });
  base = join(tmp, 'base', 'vntally.duckdb');
  mkdirSync(join(tmp, 'base'), { recursive: true });
  await writeSnapshot(base, (db) => loadRun(db, smallRun), { init: createSchema });
  before = await countsOf(base);
  // What a load of the big run makes of it, loaded here once as the reference.
  const reference = freshDatabase('reference');
  await writeSnapshot(reference, (db) => loadRun(db, bigRun.dir));
  afterBig = await countsOf(reference);
  expect(afterBig.facts).toBe(before.facts + bigRun.facts);
}, 120_000);

afterEach(() => {
  // A test that failed half-way must not leave a stopped writer or a reader behind.
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
  }
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('writeSnapshot in this process', () => {
  it('creates a missing database with what init writes, publishes it, and leaves no copy behind', async () => {
    const path = join(tmp, 'fresh', 'vntally.duckdb');
    mkdirSync(join(tmp, 'fresh'), { recursive: true });
    await writeSnapshot(path, (db) => loadRun(db, smallRun), { init: createSchema });
    expect(await countsOf(path)).toEqual(before);
    expect(existsSync(nextPath(path))).toBe(false);
    expect(existsSync(`${path}.wal`)).toBe(false);
  });

  it('publishes nothing when the work throws, unless asked to keep what it left', async () => {
    const path = freshDatabase('throws');
    const fingerprintBefore = await fingerprint(path);
    await expect(
      writeSnapshot(path, async (db) => {
        await db.run('DELETE FROM facts');
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await fingerprint(path)).toEqual(fingerprintBefore);
    expect(existsSync(nextPath(path))).toBe(false);

    await expect(
      writeSnapshot(
        path,
        async (db) => {
          await db.run('DELETE FROM runs');
          throw new Error('recorded');
        },
        { keepOnError: true },
      ),
    ).rejects.toThrow('recorded');
    expect((await countsOf(path)).runs).toBe(0);
  });

  it('removes a stale copy that a killed writer left', async () => {
    const path = freshDatabase('stale');
    copyFileSync(path, nextPath(path));
    await writeSnapshot(path, (db) => loadRun(db, smallRun));
    expect(existsSync(nextPath(path))).toBe(false);
    expect(await countsOf(path)).toEqual(before);
  });
});

describe('readers while `vntally load` writes (separate processes)', () => {
  it('a reader that opened the database before the load keeps reading the same consistent counts, and sees the load once it opens again', async () => {
    const path = freshDatabase('before');
    const reader = startReader(path);
    expect(countsOnly(await reader.more(1))).toEqual(before);
    const writer = startWriter(bigRun.dir, path);
    await writer.step('facts');
    // Frozen mid-load: the reader keeps reading meanwhile.
    writer.child.kill('SIGSTOP');
    const duringFrom = reader.lines.length;
    await reader.more(5);
    writer.child.kill('SIGCONT');
    const { code, stderr } = await writer.exited;
    expect(code, stderr).toBe(0);
    await reader.more(3);
    expect(reader.lines.length - duringFrom).toBeGreaterThanOrEqual(8);
    // Every read of the first open, during the load and after it: the snapshot it opened.
    for (const line of reader.lines.filter((l) => l.generation === 0)) expect(countsOnly(line)).toEqual(before);

    reader.reopen();
    expect(countsOnly(await reader.more(1, 1))).toEqual(afterBig);
    expect((await reader.stop()).code).toBe(0);
    expect(existsSync(nextPath(path))).toBe(false);
  }, 120_000);

  it('a reader that opens the database during the load gets in at once, with the snapshot before it', async () => {
    const path = freshDatabase('during');
    const writer = startWriter(bigRun.dir, path);
    await writer.step('facts');
    writer.child.kill('SIGSTOP');
    // The writer holds its copy <db>.next; <db> itself is free to open.
    expect(existsSync(nextPath(path))).toBe(true);
    const reader = startReader(path);
    expect(countsOnly(await reader.more(2))).toEqual(before);
    // And the CLI's own readers: `vntally query` without --wait.
    const query = await runCli(['query', 'SELECT count(*) AS n FROM facts', '--db', path, '--json']);
    expect(query.code, query.stderr).toBe(0);
    expect(query.stdout).toContain(`"n":${before.facts}`);
    writer.child.kill('SIGCONT');
    const { code, stderr } = await writer.exited;
    expect(code, stderr).toBe(0);
    reader.reopen();
    expect(countsOnly(await reader.more(1, 1))).toEqual(afterBig);
    await reader.stop();
    expect(await countsOf(path)).toEqual(afterBig);
  }, 120_000);

  it(`a load killed with SIGKILL leaves the database as it was; the next load clears its copy and completes (seed ${SEED})`, async () => {
    const path = freshDatabase('killed');
    const fingerprintBefore = await fingerprint(path);
    const step = KILL_STEPS[Math.floor(seededRandom(SEED)() * KILL_STEPS.length)]!;
    const writer = startWriter(bigRun.dir, path);
    await writer.step(step);
    writer.child.kill('SIGKILL');
    const { signal } = await writer.exited;
    expect(signal, `killed at "${step}"`).toBe('SIGKILL');
    expect(await countsOf(path)).toEqual(before);
    expect(await fingerprint(path)).toEqual(fingerprintBefore);
    // What the killed writer left: its copy (and the lock naming a dead process).
    expect(existsSync(nextPath(path))).toBe(true);

    const again = startWriter(bigRun.dir, path);
    const { code, stderr } = await again.exited;
    expect(code, stderr).toBe(0);
    expect(existsSync(nextPath(path))).toBe(false);
    expect(await countsOf(path)).toEqual(afterBig);
  }, 120_000);

  it('a second writer is refused with the run lock message naming the holder', async () => {
    const path = freshDatabase('second');
    const first = startWriter(bigRun.dir, path);
    await first.step('facts');
    first.child.kill('SIGSTOP');
    const second = await runCli(['load', '--run', smallRun, '--db', path]);
    first.child.kill('SIGCONT');
    expect(second.code).toBe(LOCKED_EXIT_CODE);
    expect(second.stderr).toMatch(new RegExp(`another vntally run \\(pid ${first.child.pid} on \\S+, started \\S+: vntally load --run \\S+ --db \\S+\\) holds \\S+vntally\\.lock`, 'u'));
    const { code, stderr } = await first.exited;
    expect(code, stderr).toBe(0);
    expect(await countsOf(path)).toEqual(afterBig);
  }, 120_000);
});

/** Runs the CLI to the end. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
