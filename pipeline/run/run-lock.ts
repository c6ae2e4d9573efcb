/**
 * One pipeline run at a time per data directory: `<data dir>/vntally.lock`
 * holds the running process's pid, host, start time and command line.
 *
 * Under cron or a systemd timer a run can outlast its interval; the next one
 * must then stop at once and say who is running, not crawl the same sites
 * twice or queue on DuckDB's file lock. A lock left by a process that died
 * (SIGKILL, power loss) is stale: its pid is gone, or on Linux the pid now
 * belongs to another process (the boot id and start time in /proc differ),
 * and the next run takes it over. A lock written on another host (a data
 * directory on a shared disk) cannot be checked from here, so it is obeyed.
 *
 * The lock is created with O_EXCL ('wx'), so two runs starting at the same
 * moment cannot both win.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli-error.js';

export const RUN_LOCK_FILE = 'vntally.lock';

/** Exit code when another run holds the lock: EX_TEMPFAIL, "try again later", which cron wrappers understand. */
export const LOCKED_EXIT_CODE = 75;

const LockInfoSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  started_at: z.string(),
  command: z.string(),
  /** "<boot id>/<start time in clock ticks>" on Linux, else null. */
  identity: z.string().nullable(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/** The lock of the data directory a database lives in: `<dirname(db)>/vntally.lock`. */
export function runLockPath(dbPath: string): string {
  return join(dirname(resolve(dbPath)), RUN_LOCK_FILE);
}

/**
 * An unreadable lock younger than this may be one another run is writing
 * right now (between its O_EXCL create and its write); older, it was torn by
 * a crash.
 */
const TORN_GRACE_MS = 10_000;

/** The field of /proc/<pid>/stat after "(comm)" that holds the start time (field 22 overall). */
const STAT_START_TIME_INDEX = 19;

/** Which boot and when the process started (Linux); null where /proc does not tell. */
export async function processIdentity(pid: number): Promise<string | null> {
  try {
    const [stat, boot] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/sys/kernel/random/boot_id', 'utf8')]);
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[STAT_START_TIME_INDEX];
    return startTime === undefined ? null : `${boot.trim()}/${startTime}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ESRCH' || code === 'EACCES') return null;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the holder still running? Another host's holder is assumed to be. */
async function isRunning(holder: LockInfo): Promise<boolean> {
  if (holder.host !== hostname()) return true;
  if (!isAlive(holder.pid)) return false;
  if (holder.identity === null) return true;
  const now = await processIdentity(holder.pid);
  return now === null || now === holder.identity;
}

/** The lock's holder, null when there is no lock, 'torn' when it cannot be read (a crash while writing it). */
async function readHolder(path: string): Promise<LockInfo | null | 'torn'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError('lock_unreadable', `cannot read the run lock ${path}: ${(error as Error).message}`, { cause: error, exitCode: 1 });
  }
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'torn';
  } catch {
    return 'torn';
  }
}

async function ageMs(path: string): Promise<number> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch (error) {
    // Gone since we read it: as good as stale, the next create decides.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Number.POSITIVE_INFINITY;
    throw error;
  }
}

export function describeHolder(holder: LockInfo, path: string): string {
  return `another vntally run (pid ${holder.pid} on ${holder.host}, started ${holder.started_at}: ${holder.command}) holds ${path}; it must finish first (or delete the file if that process is gone)`;
}

/** A lock this process holds. */
export class RunLock {
  readonly path: string;
  readonly info: LockInfo;
  /** The holder whose stale lock this one replaced, if any. */
  readonly tookOverFrom: LockInfo | null;
  private released = false;
  /** Removes the lock when the process exits without releasing it (a command's SIGINT/SIGTERM handler calls process.exit). */
  private readonly onExit = (): void => {
    if (this.released) return;
    try {
      const holder = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<LockInfo>;
      if (holder.pid === this.info.pid && holder.started_at === this.info.started_at) unlinkSync(this.path);
    } catch {
      // Exiting: a lock left behind is stale (its pid is gone) and the next run takes it over.
    }
  };

  private constructor(path: string, info: LockInfo, tookOverFrom: LockInfo | null) {
    this.path = path;
    this.info = info;
    this.tookOverFrom = tookOverFrom;
    process.on('exit', this.onExit);
  }

  /**
   * Takes the lock at `path` for `command`, replacing a stale one. Throws a
   * `CliError` ('run_locked', exit code 75) naming the holder when it runs.
   */
  static async acquire(path: string, command: string): Promise<RunLock> {
    await mkdir(dirname(path), { recursive: true });
    let stale: LockInfo | null = null;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const info: LockInfo = { pid: process.pid, host: hostname(), started_at: new Date().toISOString(), command, identity: await processIdentity(process.pid) };
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(`${JSON.stringify(info)}\n`);
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new RunLock(path, info, stale);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new CliError('lock_failed', `cannot create the run lock ${path}: ${(error as Error).message}`, { cause: error, exitCode: 1 });
        }
      }
      const holder = await readHolder(path);
      if (holder !== null && holder !== 'torn' && (await isRunning(holder))) {
        throw new CliError('run_locked', describeHolder(holder, path), { exitCode: LOCKED_EXIT_CODE });
      }
      if (holder === 'torn' && (await ageMs(path)) < TORN_GRACE_MS) {
        throw new CliError('run_locked', `another vntally run is taking ${path} right now; try again in a few seconds`, { exitCode: LOCKED_EXIT_CODE });
      }
      // Stale (or torn): remove it and try once more; if another run wins that race, the second pass reports it.
      stale = holder === 'torn' ? null : holder;
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw new CliError('lock_failed', `cannot remove the stale run lock ${path}: ${error.message}`, { cause: error, exitCode: 1 });
      });
    }
    throw new CliError('run_locked', `another vntally run took ${path} while this one was replacing a stale lock`, { exitCode: LOCKED_EXIT_CODE });
  }

  /** Removes the lock if it is still ours. Idempotent. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    const holder = await readHolder(this.path);
    if (holder === null || holder === 'torn' || holder.pid !== this.info.pid || holder.started_at !== this.info.started_at) return;
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Runs `work` holding the lock at `path`; the lock is released however `work` ends. */
export async function withRunLock<T>(path: string, command: string, work: (lock: RunLock) => Promise<T>): Promise<T> {
  const lock = await RunLock.acquire(path, command);
  try {
    return await work(lock);
  } finally {
    await lock.release();
  }
}
