/**
 * The commands of the pipeline (pipeline/commands/run.ts, schedule.ts, and
 * extract --from-archive): flags refused with the flag named, full help,
 * `schedule --next`, and a run refused by the lock with exit code 75.
 * Nothing here crawls: every refused run stops before its first request
 * (and the one that reaches the lock points at 127.0.0.1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../pipeline/cli.js';
import type { Command } from '../pipeline/command.js';
import { extractCommand } from '../pipeline/commands/extract.js';
import { runCommand } from '../pipeline/commands/run.js';
import { scheduleCommand } from '../pipeline/commands/schedule.js';
import { RunLock, runLockPath } from '../pipeline/run/run-lock.js';

const COMMANDS: readonly Command[] = [runCommand, scheduleCommand, extractCommand];
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await main(args, COMMANDS);
    return { code, stdout: out.join('\n'), stderr: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

describe('vntally run: flags', () => {
  it.each<[string[], RegExp]>([
    [['--demo', '--source', 'binhphuoc-portal'], /--demo runs on its own data \(data\/demo\/\) and takes no other flag; drop --source/u],
    [['--shard', '4/3'], /--shard: K must be between 1 and 3, got 4/u],
    [['--shard', 'half'], /--shard: expected K\/N such as 1\/3, got "half"/u],
    [['--start-url', 'http://127.0.0.1:9/', '--shard', '1/2'], /--shard: splits registry sources/u],
    [['--start-url', 'ftp://example.vn/'], /--start-url: expected an absolute http\(s\) URL/u],
    [['--start-url', 'http://127.0.0.1:9/', '--province', 'Đồng Nai'], /--start-url: cannot be combined/u],
    [['--cms', 'wordpress'], /--cms: only applies with --start-url/u],
    [['--province', 'Atlantis'], /--province: unknown province "Atlantis"/u],
    [['--kind', 'blog'], /--kind: /u],
    [['--delay-ms=-5'], /--delay-ms: /u],
    [['--wait', 'soon'], /--wait: needs a number of seconds/u],
    [['--bogus'], /Unknown option '--bogus'/u],
    [['--source', 'no-such-source'], /unknown source id "no-such-source"/u],
  ])('refuses %j', async (args, message) => {
    const result = await cli(['run', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('stops at once when another run holds the lock, naming it (exit code 75)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntally-run-cmd-'));
    dirs.push(dir);
    const db = join(dir, 'vntally.duckdb');
    const lock = await RunLock.acquire(runLockPath(db), 'vntally run --incremental');
    try {
      const result = await cli(['run', '--start-url', 'http://127.0.0.1:9/', '--allow-private', '--db', db]);
      expect(result.code).toBe(75);
      expect(result.stderr).toMatch(new RegExp(`^vntally run: another vntally run \\(pid ${process.pid} on ${hostname()}, started \\S+: vntally run --incremental\\) holds \\S+vntally\\.lock`, 'u'));
    } finally {
      await lock.release();
    }
  });

  it('has a full --help', async () => {
    const result = await cli(['run', '--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--source ID', '--province P', '--kind K', '--start-url URL', '--cms FAMILY', '--incremental', '--shard K/N', '--allow-private', '--db PATH', '--wait SECONDS', '--demo', 'vntally.lock', 'Exit code']) {
      expect(result.stdout).toContain(flag);
    }
  });
});

describe('vntally schedule', () => {
  it.each<[string[], RegExp]>([
    [[], /--cron "MIN HOUR DOM MON DOW" is required/u],
    [['--cron'], /--cron needs a value/u],
    [['--cron', '61 * * * *'], /--cron: minute: "61" is outside 0-59/u],
    [['--cron', '0 2 * *'], /--cron: expected 5 fields/u],
    [['--cron', '0 0 30 2 *'], /--cron: "0 0 30 2 \*" never matches/u],
    [['--cron', '0 2 * * *', '--next', '0'], /--next: expected a whole number from 1 to 1000/u],
    [['--cron', '0 2 * * *', '--shard', '9/3'], /--shard: K must be between 1 and 3, got 9/u],
    [['--cron', '0 2 * * *', '--demo'], /--demo is a one-off/u],
    [['--cron=0 2 * * *', '--bogus'], /Unknown option '--bogus'/u],
  ])('refuses %j before waiting', async (args, message) => {
    const result = await cli(['schedule', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('--next N prints the next times in local time', async () => {
    const result = await cli(['schedule', '--cron', '0 2 * * *', '--next', '3']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} 02:00:00 \+07:00$/u);
  });

  it('has a full --help', async () => {
    const result = await cli(['schedule', '--help']);
    expect(result.code).toBe(0);
    for (const text of ['--cron EXPR', '--next N', 'day-of-week', '*/s', '@daily', 'vntally run --help', 'crontab']) expect(result.stdout).toContain(text);
  });
});

describe('vntally extract --from-archive', () => {
  it.each<[string[], RegExp]>([
    [['--from-archive', 'a.txt'], /--from-archive reads the archive: give no FILE and no --json/u],
    [['--from-archive', '--json'], /give no FILE and no --json/u],
    [['--archive', 'x', 'a.txt'], /--archive and --runs only apply with --from-archive/u],
  ])('refuses %j', async (args, message) => {
    const result = await cli(['extract', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('names the archive it cannot read (exit code 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vntally-extract-cmd-'));
    dirs.push(dir);
    const result = await cli(['extract', '--from-archive', '--archive', join(dir, 'none'), '--runs', join(dir, 'runs')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read the archive \S+none: no archive index/u);
  });

  it('documents the flag in --help', async () => {
    const result = await cli(['extract', '--help']);
    expect(result.stdout).toContain('vntally extract --from-archive [--archive DIR] [--runs DIR]');
  });
});
