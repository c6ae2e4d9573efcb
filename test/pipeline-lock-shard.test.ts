/**
 * The run lock (pipeline/run/run-lock.ts) and the shard split
 * (pipeline/run/shard.ts): a live holder is refused and named, a dead or
 * torn one is taken over, another host's is obeyed; a source's shard is a
 * fixed function of its id (checked against values computed in Python) and
 * the shards of the registry partition it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../crawlers/registry.js';
import { CliError } from '../pipeline/cli-error.js';
import { LOCKED_EXIT_CODE, RunLock, processIdentity, runLockPath, withRunLock } from '../pipeline/run/run-lock.js';
import { parseShard, selectShard, shardLabel, shardOf } from '../pipeline/run/shard.js';

const dirs: string[] = [];
function lockFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vntally-lock-'));
  dirs.push(dir);
  return join(dir, 'vntally.lock');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A process that lives until killed, and its pid. */
function sleeper(): { pid: number; stop: () => Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGKILL');
      await gone;
    },
  };
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function writeLock(path: string, holder: { pid: number; host?: string; identity?: string | null; command?: string }): void {
  writeFileSync(path, JSON.stringify({ pid: holder.pid, host: holder.host ?? hostname(), started_at: '2025-06-01T02:00:00.000Z', command: holder.command ?? 'vntally run --incremental', identity: holder.identity ?? null }));
}

describe('the run lock', () => {
  it('is written with the pid, host, start time and command, and removed on release', async () => {
    const path = lockFile();
    const lock = await RunLock.acquire(path, 'vntally run --province "Đồng Nai"');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), command: 'vntally run --province "Đồng Nai"' });
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses while a live process holds it, naming the holder, with exit code 75', async () => {
    const path = lockFile();
    const holder = sleeper();
    try {
      writeLock(path, { pid: holder.pid, identity: await processIdentity(holder.pid) });
      const refusal = await RunLock.acquire(path, 'vntally run').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(CliError);
      expect((refusal as CliError).code).toBe('run_locked');
      expect((refusal as CliError).exitCode).toBe(LOCKED_EXIT_CODE);
      expect((refusal as CliError).message).toBe(
        `another vntally run (pid ${holder.pid} on ${hostname()}, started 2025-06-01T02:00:00.000Z: vntally run --incremental) holds ${path}; it must finish first (or delete the file if that process is gone)`,
      );
    } finally {
      await holder.stop();
    }
    // Once the holder is gone, its lock is stale and taken over.
    const lock = await RunLock.acquire(path, 'vntally run');
    expect(lock.tookOverFrom?.pid).toBe(holder.pid);
    await lock.release();
  });

  it('takes over the lock of a dead pid', async () => {
    const path = lockFile();
    const pid = await deadPid();
    writeLock(path, { pid });
    const lock = await RunLock.acquire(path, 'vntally run');
    expect(lock.tookOverFrom?.pid).toBe(pid);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (same pid, other start time)', async () => {
    const path = lockFile();
    const holder = sleeper();
    try {
      writeLock(path, { pid: holder.pid, identity: 'another-boot/12345' });
      const lock = await RunLock.acquire(path, 'vntally run');
      expect(lock.tookOverFrom?.pid).toBe(holder.pid);
      await lock.release();
    } finally {
      await holder.stop();
    }
  });

  it("obeys another host's lock (it cannot be checked from here)", async () => {
    const path = lockFile();
    writeLock(path, { pid: await deadPid(), host: 'crawler-2.example' });
    await expect(RunLock.acquire(path, 'vntally run')).rejects.toThrow(/another vntally run \(pid \d+ on crawler-2\.example/u);
  });

  it('refuses a torn lock that is being written, and takes over an old one', async () => {
    const path = lockFile();
    writeFileSync(path, '');
    await expect(RunLock.acquire(path, 'vntally run')).rejects.toThrow(/is taking .* right now/u);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const lock = await RunLock.acquire(path, 'vntally run');
    expect(lock.tookOverFrom).toBeNull();
    await lock.release();
  });

  it('does not remove a lock that another run took over', async () => {
    const path = lockFile();
    const lock = await RunLock.acquire(path, 'vntally run');
    writeLock(path, { pid: 1, command: 'someone else' });
    await lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8')).command).toBe('someone else');
  });

  it('is released when the work fails', async () => {
    const path = lockFile();
    await expect(withRunLock(path, 'vntally run', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(path)).toBe(false);
  });

  it('lives beside the database', () => {
    expect(runLockPath('/srv/vntally/data/vntally.duckdb')).toBe('/srv/vntally/data/vntally.lock');
  });
});

describe('--shard K/N', () => {
  it.each<[string, string | { k: number; n: number }]>([
    ['1/1', { k: 1, n: 1 }],
    ['2/3', { k: 2, n: 3 }],
    [' 12/40 ', { k: 12, n: 40 }],
    ['0/3', 'K must be between 1 and 3, got 0'],
    ['4/3', 'K must be between 1 and 3, got 4'],
    ['1/0', 'N must be at least 1, got 0'],
    ['3', 'expected K/N such as 1/3, got "3"'],
    ['a/b', 'expected K/N such as 1/3, got "a/b"'],
    ['-1/3', 'expected K/N such as 1/3, got "-1/3"'],
  ])('parseShard(%j)', (text, expected) => {
    const parsed = parseShard(text);
    if (typeof expected === 'string') expect(parsed).toEqual({ ok: false, problem: expected });
    else expect(parsed).toEqual({ ok: true, shard: expected });
  });

  // Computed independently: 1 + int.from_bytes(hashlib.sha256(id.encode()).digest()[:4], 'big') % n
  it.each<[string, number[]]>([
    ['binhphuoc-portal', [1, 1, 1, 1, 1, 7]],
    ['dongnai-portal', [1, 1, 1, 1, 3, 3]],
    ['fixture-nukeviet', [1, 2, 2, 2, 2, 6]],
    ['a', [1, 1, 3, 3, 3, 1]],
    ['Đồng-nai', [1, 2, 2, 2, 4, 8]],
  ])('the shard of %j for N = 1, 2, 3, 4, 7, 10 is stable', (id, shards) => {
    expect([1, 2, 3, 4, 7, 10].map((n) => shardOf(id, n))).toEqual(shards);
  });

  it('splits the registry: every source in exactly one shard, every shard used, order kept', async () => {
    const { sources } = await loadRegistry();
    for (const n of [2, 3, 5]) {
      const shards = Array.from({ length: n }, (_, i) => selectShard(sources, { k: i + 1, n }));
      expect(shards.every((s) => s.length > 0)).toBe(true);
      const ids = shards.flatMap((s) => s.map((x) => x.id));
      expect(ids.sort()).toEqual(sources.map((s) => s.id).sort());
      // Roughly even: no shard has more than twice its share.
      expect(Math.max(...shards.map((s) => s.length))).toBeLessThanOrEqual((2 * sources.length) / n);
      for (const shard of shards) expect(shard).toEqual(sources.filter((s) => shard.includes(s)));
    }
    expect(selectShard(sources, { k: 1, n: 1 })).toEqual(sources);
  });

  it('names the export directory', () => {
    expect(shardLabel({ k: 2, n: 3 })).toBe('shard-2-of-3');
  });
});
