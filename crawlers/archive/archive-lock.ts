/**
 * One writer per archive: `<archive>/archive.lock` holds the writer's pid.
 *
 * Opening for writing repairs the archive (it truncates WARC bytes that no
 * index line covers). If a second process did that while the first was between
 * "WARC record written" and "index line written", it would cut a record the
 * first is about to index. The lock prevents that. A lock whose pid is dead
 * (the crawler was SIGKILLed) is stale and taken over; readers open with
 * `{ readOnly: true }` and need no lock. On Linux the lock also records the
 * writer's boot id and start time, so that a pid reused by another process
 * after a restart (containers start counting from 1 again) is not mistaken
 * for the writer.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { ArchiveError } from './archive-error.js';

/** Archive directories this process holds open for writing (a second `open` without `close` is a bug). */
const heldHere = new Set<string>();

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /** "<boot id>/<start time in clock ticks>" on Linux, else null. */
  identity: string | null;
}

/** The fields of /proc/<pid>/stat after "(comm)"; the start time is field 22 overall, 20th after the comm. */
const STAT_START_TIME_INDEX = 19;

/** Which boot and when the process started (Linux); null where /proc does not tell (other systems, or the process is gone). */
async function processIdentity(pid: number): Promise<string | null> {
  let stat: string;
  let boot: string;
  try {
    [stat, boot] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile('/proc/sys/kernel/random/boot_id', 'utf8')]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ESRCH') return null;
    throw new ArchiveError(`cannot read /proc/${pid}/stat`, { code: 'io', file: `/proc/${pid}/stat`, cause: error });
  }
  const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[STAT_START_TIME_INDEX];
  return startTime === undefined ? null : `${boot.trim()}/${startTime}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the lock's writer still running? Its pid is alive and, where /proc tells, it is the same process. */
async function isWriter(holder: LockInfo): Promise<boolean> {
  if (!isAlive(holder.pid)) return false;
  if (holder.identity === null) return true;
  const now = await processIdentity(holder.pid);
  return now === null || now === holder.identity;
}

async function readLock(path: string): Promise<LockInfo | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ArchiveError(`cannot read the archive lock ${path}`, { code: 'io', file: path, cause: error });
  }
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    return { pid: Number(info.pid), host: String(info.host ?? ''), since: String(info.since ?? ''), identity: typeof info.identity === 'string' ? info.identity : null };
  } catch {
    // A lock torn by a crash while it was being written: its writer is gone.
    return { pid: Number.NaN, host: '', since: '', identity: null };
  }
}

export async function acquireLock(dir: string, path: string): Promise<void> {
  if (heldHere.has(dir)) {
    throw new ArchiveError(`the archive ${dir} is already open for writing in this process (pid ${process.pid}); close it first`, { code: 'locked', file: path });
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      try {
        const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString(), identity: await processIdentity(process.pid) };
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
      } finally {
        await handle.close();
      }
      heldHere.add(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ArchiveError(`cannot create the archive lock ${path}: ${(error as Error).message}`, { code: 'io', file: path, cause: error });
      }
    }
    const holder = await readLock(path);
    const sameHost = holder === null || holder.host === '' || holder.host === hostname();
    if (holder !== null && Number.isInteger(holder.pid) && (!sameHost || (await isWriter(holder)))) {
      throw new ArchiveError(
        `the archive ${dir} is open for writing by pid ${holder.pid} on ${holder.host || 'this host'} since ${holder.since}; ` +
          `open it with { readOnly: true } to read, or delete ${path} if that process is gone`,
        { code: 'locked', file: path },
      );
    }
    // Stale: its writer died. Remove it and try once more (if another process wins that race, we report it above).
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw new ArchiveError(`cannot remove the stale archive lock ${path}`, { code: 'io', file: path, cause: error });
    });
  }
  throw new ArchiveError(`another process took the archive lock ${path} while this one was replacing a stale lock`, { code: 'locked', file: path });
}

export async function releaseLock(dir: string, path: string): Promise<void> {
  if (!heldHere.delete(dir)) return;
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw new ArchiveError(`cannot remove the archive lock ${path}`, { code: 'io', file: path, cause: error });
  });
}
