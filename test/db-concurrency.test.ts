/**
 * Several processes and one DuckDB file: a load SIGKILLed at seeded moments
 * leaves the database as it was and the next load completes it to the same
 * content as an uninterrupted load; readers and a second writer while a
 * process holds the file get consistent data or a clear message naming it.
 *
 * Set DB_KILL_SEED to replay a failure (the seed is in the test name).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './helpers/seeded-random.js';
import { CliError } from '../pipeline/cli-error.js';
import { loadRun, openDatabase, type Database, type LoadStep } from '../pipeline/db/index.js';
import { contentFingerprint, handMadeRun, makeTempDir, spawnDbChild, tableCounts, writeGeneratedRun, writeRunDir, type GeneratedRun } from './db-fixtures.js';

const SEED = Number(process.env.DB_KILL_SEED ?? 20250701);
/** Facts in the big run: enough for its load to take a good part of a second. */
const BIG_FACTS = 150_000;

let tmp: string;
let smallRun: string;
let bigRun: GeneratedRun;

beforeAll(async () => {
  tmp = makeTempDir('concurrency');
  smallRun = await writeRunDir(join(tmp, 'runs'), handMadeRun('small'));
  bigRun = await writeGeneratedRun(join(tmp, 'runs'), { runId: 'big', facts: BIG_FACTS, seed: SEED });
}, 120_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function snapshot(path: string): Promise<{ counts: Record<string, number>; content: Record<string, string>; runs: unknown[] }> {
  const db = await openDatabase(path, { readOnly: true });
  try {
    return {
      counts: await tableCounts(db),
      content: await contentFingerprint(db),
      runs: await db.readRows(`SELECT run_id, status FROM runs ORDER BY run_id`),
    };
  } finally {
    db.close();
  }
}

async function loadInProcess(path: string, ...runDirs: string[]): Promise<void> {
  const db = await openDatabase(path);
  try {
    for (const dir of runDirs) await loadRun(db, dir);
  } finally {
    db.close();
  }
}

/** Loads the big run in a child and SIGKILLs it `delayMs` after it reports `step`. */
async function killedLoad(path: string, step: LoadStep, delayMs: number): Promise<{ signal: NodeJS.Signals | null; stepsSeen: string[] }> {
  const stepsSeen: string[] = [];
  let armed = false;
  const { exited } = spawnDbChild(['load', path, bigRun.dir], (event, child) => {
    if (event.type !== 'progress' || event.step === undefined) return;
    if (stepsSeen.at(-1) !== event.step) stepsSeen.push(event.step);
    if (event.step === step && !armed) {
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
  });
  const { signal, stderr } = await exited;
  if (signal === null) throw new Error(`the child was not killed (it finished first?): ${stderr}`);
  return { signal, stepsSeen };
}

describe(`a load killed mid-way (seed ${SEED})`, () => {
  it('leaves the database as it was, and the next load completes it like an uninterrupted one', async () => {
    const random = seededRandom(SEED);
    const reference = join(tmp, 'reference.duckdb');
    const killed = join(tmp, 'killed.duckdb');
    await loadInProcess(reference, smallRun, bigRun.dir);
    await loadInProcess(killed, smallRun);
    const before = await snapshot(killed);

    // Killed during the facts insert (the long bulk statement), during syndication, and late (pages, then commit).
    const moments: Array<[LoadStep, number]> = [
      ['facts', Math.floor(random() * 250)],
      ['syndication', Math.floor(random() * 50)],
      ['pages', 0],
    ];
    for (const [step, delay] of moments) {
      const { signal, stepsSeen } = await killedLoad(killed, step, delay);
      expect(signal).toBe('SIGKILL');
      expect(stepsSeen).toContain(step);
      expect(await snapshot(killed)).toEqual(before);
    }

    await loadInProcess(killed, bigRun.dir);
    // The killed loads' temporary directory was cleared by the completed one.
    expect(existsSync(`${killed}.load-tmp`)).toBe(false);
    const after = await snapshot(killed);
    const expected = await snapshot(reference);
    expect(after).toEqual(expected);
    expect(after.counts.facts).toBe(bigRun.facts + 19);
  }, 240_000);
});

describe('one file, several processes', () => {
  let path: string;

  beforeAll(async () => {
    path = join(tmp, 'shared.duckdb');
    await loadInProcess(path, smallRun);
  });

  /** Starts a child holding the file (as writer, or reader with "ro") and resolves once it holds it. */
  async function holdInChild(mode: 'rw' | 'ro', holdMs: number): Promise<{ pid: number; released: Promise<unknown> }> {
    let resolveHeld: (pid: number) => void;
    const held = new Promise<number>((resolve) => {
      resolveHeld = resolve;
    });
    const { exited } = spawnDbChild(['hold', path, mode, String(holdMs)], (event) => {
      if (event.type === 'held') resolveHeld(event.pid!);
    });
    const pid = await Promise.race([held, exited.then((e) => Promise.reject(new Error(`child exited early: ${e.stderr}`)))]);
    return { pid, released: exited };
  }

  async function openError(options: { readOnly?: boolean; waitMs?: number }): Promise<CliError> {
    const error = await openDatabase(path, options).then(
      (db: Database) => {
        db.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }

  it('tells a reader and a second writer which process is writing', async () => {
    const holder = await holdInChild('rw', 3_000);
    const reader = await openError({ readOnly: true });
    expect(reader.code).toBe('db_locked');
    expect(reader.message).toContain(path);
    expect(reader.message).toContain(`process ${holder.pid}`);
    expect(reader.message).toContain('--wait');
    const writer = await openError({});
    expect(writer.code).toBe('db_locked');
    expect(writer.message).toContain(`process ${holder.pid}`);
    await holder.released;
  });

  it('lets readers share the file, and tells a writer that a reader holds it', async () => {
    const holder = await holdInChild('ro', 3_000);
    const db = await openDatabase(path, { readOnly: true });
    expect((await tableCounts(db)).facts).toBe(19);
    db.close();
    const writer = await openError({});
    expect(writer.code).toBe('db_locked');
    expect(writer.message).toContain(`process ${holder.pid}`);
    await holder.released;
  });

  it('gives a waiting reader consistent data once the writer is done', async () => {
    const holder = await holdInChild('rw', 1_500);
    const db = await openDatabase(path, { readOnly: true, waitMs: 20_000 });
    try {
      expect((await tableCounts(db)).facts).toBe(19);
    } finally {
      db.close();
    }
    await holder.released;
  });

  it('gives a reader during a real load either the clear message or the data before or after it, never a mix', async () => {
    const before = await snapshot(path);
    const seen: string[] = [];
    let probe: Promise<void> | null = null;
    const { exited } = spawnDbChild(['load', path, bigRun.dir], (event) => {
      if (event.type === 'progress' && event.step === 'facts' && probe === null) {
        probe = (async () => {
          const db = await openDatabase(path, { readOnly: true }).catch((e: unknown) => e);
          if (db instanceof CliError) {
            expect(db.code).toBe('db_locked');
            seen.push('locked');
            return;
          }
          if (!(db instanceof Object) || !('close' in db)) throw db;
          const counts = await tableCounts(db as Database);
          (db as Database).close();
          seen.push(counts.facts === before.counts.facts ? 'before' : 'after');
        })();
      }
    });
    const { code, stderr } = await exited;
    expect(code, stderr).toBe(0);
    await probe;
    expect(seen).toHaveLength(1);
    expect(['locked', 'before', 'after']).toContain(seen[0]);
    const after = await snapshot(path);
    expect(after.counts.facts).toBe(bigRun.facts + 19);
  }, 120_000);
});
