/**
 * One writer per archive: `<archive>/archive.lock` holds the writer's pid.
 *
 * Opening for writing repairs the archive (it truncates WARC bytes that no
 * index line covers). If a second process did that while the first was between
 * "WARC record written" and "index line written", it would cut a record the
 * first is about to index. The lock prevents that. A lock whose pid is dead
 * (the crawler was SIGKILLed) is stale and taken over; readers open with
 * `{ readOnly: true }` and need no lock.
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
    return { pid: Number(info.pid), host: String(info.host ?? ''), since: String(info.since ?? '') };
  } catch {
    // A lock torn by a crash while it was being written: its writer is gone.
    return { pid: Number.NaN, host: '', since: '' };
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
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockInfo));
        await handle.sync();
      } finally {
        await handle.close();
      }
      heldHere.add(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ArchiveError(`cannot create the archive lock ${path}`, { code: 'io', file: path, cause: error });
      }
    }
    const holder = await readLock(path);
    const sameHost = holder === null || holder.host === '' || holder.host === hostname();
    if (holder !== null && Number.isInteger(holder.pid) && (!sameHost || isAlive(holder.pid))) {
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
