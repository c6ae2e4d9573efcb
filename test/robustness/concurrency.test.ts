/**
 * Several processes at once, through the real command:
 *  - two `vntally run` started together on one data directory: one runs,
 *    the other stops at once (exit 75) naming the holder of the run lock;
 *  - `vntally load` while a run holds the directory: refused, naming it;
 *  - readers (what `vntally query`, `status` and the notebooks do: open the
 *    file read-only) polling while `vntally load` writes a big run: each sees
 *    the database as it was before the load or as it is after it, never a
 *    mix, or is told clearly who holds the file. Where the loader writes a
 *    copy and renames it (pipeline/db/snapshot-write.ts, when present),
 *    no reader is ever turned away.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../pipeline/cli-error.js';
import { loadRun, openDatabase } from '../../pipeline/db/index.js';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server.js';
import { handMadeRun, writeGeneratedRun, writeRunDir } from '../db-fixtures.js';
import { recordCheck } from './report.js';
import { ROOT, VNTALLY } from './run-inputs.js';

/** Whether `vntally load` writes a copy and renames it (pipeline/db/snapshot-write.ts) in this tree: then no reader may be turned away. */
const SNAPSHOT_WRITES = existsSync(join(ROOT, 'pipeline', 'db', 'snapshot-write.ts')) && readFileSync(join(ROOT, 'pipeline', 'commands', 'load.ts'), 'utf8').includes('writeSnapshot(');
const BIG_FACTS = 150_000;

let tmp: string;
let server: FixtureServer;

interface Exit {
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function vntally(args: string[], timeoutMs = 300_000): { pid: number; done: Promise<Exit> } {
  const child = spawn(process.execPath, [VNTALLY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ pid: child.pid!, code, stdout, stderr });
    });
  });
  return { pid: child.pid!, done };
}

function check(group: string, name: string, work: () => Promise<string>): Promise<void> {
  return recordCheck('fault', group, name, work);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-concurrency-'));
  // Latency keeps a run busy for several seconds, so the second one surely meets the first.
  server = await startFixtureServer({ sites: ['nukeviet'], faults: { latencyMs: 150 } });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function runArgs(dataDir: string): string[] {
  return ['run', '--start-url', server.site('nukeviet').startUrl, '--cms', 'auto', '--allow-private', '--db', join(dataDir, 'vntally.duckdb'), '--archive', join(dataDir, 'archive'), '--runs-dir', join(dataDir, 'runs'), '--delay-ms', '10', '--max-pages', '40'];
}

/** The run lock's refusal, as run-lock.ts `describeHolder` words it. */
function holderMessage(pid: number, lockPath: string): RegExp {
  const escaped = lockPath.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  return new RegExp(`another vntally run \\(pid ${pid} on ${hostname()}, started \\S+: [^)]*\\) holds ${escaped}`, 'u');
}

describe('two writers', () => {
  it('two pipelines started at once: one runs, the other refuses naming the holder', () =>
    check('concurrency', 'two pipelines started at once', async () => {
      const dataDir = join(tmp, 'two-runs');
      const a = vntally(runArgs(dataDir));
      const b = vntally(runArgs(dataDir));
      const [ea, eb] = await Promise.all([a.done, b.done]);
      const [winner, loser] = ea.code === 75 ? [eb, ea] : [ea, eb];
      expect(loser.code, `exit codes ${ea.code} and ${eb.code}: ${ea.stderr.slice(-300)} | ${eb.stderr.slice(-300)}`).toBe(75);
      expect(winner.code, winner.stderr.slice(-500)).toBe(0);
      expect(loser.stderr).toMatch(holderMessage(winner.pid, join(dataDir, 'vntally.lock')));
      expect(existsSync(join(dataDir, 'vntally.lock'))).toBe(false);
      return `pid ${loser.pid} exited 75: "${loser.stderr.trim().split('\n').at(-1)?.slice(0, 120)}…"`;
    }), 300_000);

  it('a load while a run holds the data directory is refused, naming the holder', () =>
    check('concurrency', 'a load during a run', async () => {
      const dataDir = join(tmp, 'run-and-load');
      const runDir = await writeRunDir(join(tmp, 'runs-small'), handMadeRun('small-1'));
      const run = vntally(runArgs(dataDir));
      // Wait until the run holds its lock, then try to load into the same directory.
      const lockPath = join(dataDir, 'vntally.lock');
      const deadline = Date.now() + 60_000;
      while (!existsSync(lockPath) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const load = await vntally(['load', '--run', runDir, '--db', join(dataDir, 'vntally.duckdb')]).done;
      const ran = await run.done;
      expect(ran.code, ran.stderr.slice(-500)).toBe(0);
      // The load takes the run lock (exit 75 naming the run), or, where it does not, meets DuckDB's lock naming the process.
      expect(load.code, load.stderr).not.toBe(0);
      const named = holderMessage(run.pid, lockPath).test(load.stderr) || new RegExp(`process ${run.pid}\\b`, 'u').test(load.stderr);
      expect(named, load.stderr).toBe(true);
      return `exit ${load.code}: "${load.stderr.trim().split('\n').at(-1)?.slice(0, 120)}…"`;
    }), 300_000);
});

describe('a reader during a write', () => {
  it('sees the database before or after the load, never a mix, or a clear message naming the writer', () =>
    check('concurrency', 'readers polling during a load', async () => {
      const dbPath = join(tmp, 'readers.duckdb');
      const small = await writeRunDir(join(tmp, 'runs-readers'), handMadeRun('readers-small'));
      const big = await writeGeneratedRun(join(tmp, 'runs-readers'), { runId: 'readers-big', facts: BIG_FACTS, seed: 7 });
      const db = await openDatabase(dbPath);
      try {
        await loadRun(db, small, { registry: null });
      } finally {
        db.close();
      }
      const counts = async (): Promise<string> => {
        const reader = await openDatabase(dbPath, { readOnly: true });
        try {
          const row = await reader.readRow<{ a: bigint; f: bigint; o: bigint; r: bigint }>(
            `SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM facts) AS f,
                    (SELECT count(*) FROM facts x WHERE NOT EXISTS (SELECT 1 FROM articles y WHERE y.article_id = x.article_id)) AS o,
                    (SELECT count(*) FROM runs WHERE status = 'loaded') AS r`,
          );
          return `${row?.a}/${row?.f}/${row?.o}/${row?.r}`;
        } finally {
          reader.close();
        }
      };
      const before = await counts();
      const load = vntally(['load', '--run', big.dir, '--db', dbPath]);
      let running = true;
      void load.done.then(() => (running = false));
      const seen = { before: 0, after: 0, locked: 0, other: [] as string[] };
      const probes: string[] = [];
      while (running) {
        try {
          probes.push(await counts());
        } catch (error) {
          if (error instanceof CliError && error.code === 'db_locked' && error.message.includes(dbPath)) {
            seen.locked += 1;
            if (!new RegExp(`process ${load.pid}\\b`, 'u').test(error.message)) seen.other.push(`a lock message not naming the writer: ${error.message}`);
          } else seen.other.push(`reader failed: ${(error as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 30));
      }
      const exit = await load.done;
      expect(exit.code, exit.stderr.slice(-500)).toBe(0);
      const after = await counts();
      for (const p of probes) {
        if (p === before) seen.before += 1;
        else if (p === after) seen.after += 1;
        else seen.other.push(`a reader saw ${p} (before ${before}, after ${after})`);
      }
      expect(seen.other).toEqual([]);
      expect(seen.before + seen.locked, 'readers probed while the load ran').toBeGreaterThan(3);
      expect(after.split('/')[2], 'no fact without its article').toBe('0');
      if (SNAPSHOT_WRITES) expect(seen.locked, 'with snapshot writes no reader is turned away').toBe(0);
      return `${probes.length + seen.locked} reads: ${seen.before} before, ${seen.after} after, ${seen.locked} told the file is being written; ${SNAPSHOT_WRITES ? 'loads write a copy (snapshot-write.ts)' : 'loads write in place'}`;
    }), 300_000);
});
