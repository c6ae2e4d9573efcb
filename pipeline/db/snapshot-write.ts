/**
 * Snapshot writes: a writer never blocks a reader.
 *
 * DuckDB lets no other process open a file while one process writes it (the
 * writer's exclusive lock), so a load that wrote `<db>` in place would shut
 * out every notebook, `vntally query`, `report` and `status` for as long as it
 * runs. Instead, `writeSnapshot(dbPath, work)`:
 *
 *  1. removes what a writer killed earlier left behind: `<db>.next`, its WAL
 *     and its load scratch directory (only the holder of the run lock writes,
 *     so whatever is there is stale);
 *  2. makes sure `<db>` has no write-ahead log pending: our writers always
 *     checkpoint before they publish, so this only matters for a file an older
 *     version or another tool wrote in place; then it is opened, checkpointed
 *     and closed (waiting up to `waitMs` for readers that hold it);
 *  3. copies `<db>` to `<db>.next` (a reflink where the file system has
 *     them); a missing `<db>` is first created holding what `init` writes
 *     (the schema), and published, so that readers find an empty database,
 *     never none, while the first load runs;
 *  4. opens `<db>.next`, runs `work` on it, `CHECKPOINT`s and closes it, and
 *     flushes it to disk;
 *  5. `rename()`s `<db>.next` over `<db>` (atomic on POSIX file systems) and
 *     flushes the directory.
 *
 * The guarantee:
 *  - a reader that opened `<db>` before step 5 keeps reading the file it
 *    opened (the old inode lives on until it closes it): a consistent
 *    snapshot, never half a load; a reader that opens `<db>` at any moment
 *    succeeds at once, with the old snapshot before step 5 and the new one
 *    after;
 *  - a writer killed at any step (even SIGKILL, even mid-copy or mid-load)
 *    leaves `<db>` exactly as it was, and a stale `<db>.next` that the next
 *    writer removes in step 1;
 *  - when `work` throws, nothing is published, unless `keepOnError` says the
 *    state `work` leaves behind is wanted (a load rolls its transaction back
 *    and records the failed run, which `vntally status` must show);
 *  - two writers are NOT serialised here: the caller holds the data
 *    directory's run lock (pipeline/run/run-lock.ts), as `vntally run` and
 *    `vntally load` do, and a second writer gets that lock's message naming
 *    the holder. A process that wrote `<db>` in place meanwhile (its WAL
 *    appears) makes step 5 refuse rather than lose its writes.
 *
 * The costs: a copy of the file per write (disk space for two copies while a
 * load runs, and the copy's time, small beside a load on a reflink-less disk
 * for a database of a few GB), and readers see a load only once it is
 * complete. On Windows `rename` over a file another process has open fails:
 * not a platform vntally runs on.
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { syncPath } from '../../crawlers/archive/sync-path.js';
import { dirname, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';

/** Suffix of the copy a writer loads into. */
export const NEXT_SUFFIX = '.next';
/** DuckDB's write-ahead log beside a database file. */
const WAL_SUFFIX = '.wal';
/** The load's scratch directory beside the file it loads (pipeline/db/load-run.ts, makeScratchDir). */
const LOAD_TMP_SUFFIX = '.load-tmp';

export interface SnapshotWriteOptions {
  /** When `<db>` has a WAL pending and readers hold it, wait this long for them to close it (ms, default 0). */
  waitMs?: number;
  /** Run on a new database before it is first published (create the schema). */
  init?: (db: Database) => Promise<void>;
  /** Publish what `work` left even when it throws (the error is rethrown after). Default false. */
  keepOnError?: boolean;
}

/** `<db>.next`: where the writer of `<db>` works. */
export function nextPath(dbPath: string): string {
  return `${dbPath}${NEXT_SUFFIX}`;
}

/** ":memory:" and "" are DuckDB's in-memory databases: nothing to copy, nobody else to read them. */
function isInMemory(path: string): boolean {
  return path === ':memory:' || path === '';
}

/** Step 1: what a killed writer left. */
async function removeStaleNext(next: string): Promise<void> {
  for (const path of [next, `${next}${WAL_SUFFIX}`, `${next}${LOAD_TMP_SUFFIX}`]) await rm(path, { recursive: true, force: true });
}

/** Step 2: fold a pending WAL into `<db>`, so that a copy of the file alone is the whole database. */
async function settleWal(dbPath: string, waitMs: number): Promise<void> {
  if (!existsSync(`${dbPath}${WAL_SUFFIX}`)) return;
  const db = await openDatabase(dbPath, { waitMs });
  try {
    await db.run('CHECKPOINT');
  } finally {
    db.close();
  }
  if (existsSync(`${dbPath}${WAL_SUFFIX}`)) {
    throw new CliError('db_wal_pending', `${dbPath}${WAL_SUFFIX} is still there after a checkpoint of ${dbPath}; another process is writing the database in place`);
  }
}

/** Steps 4 and 5 for the file at `next`: run `work`, checkpoint, close, publish over `dbPath`. */
async function writeAndPublish<T>(dbPath: string, next: string, work: (db: Database) => Promise<T>, keepOnError: boolean): Promise<T> {
  let db: Database | null = await openDatabase(next);
  let failure: { error: unknown } | null = null;
  let result: T | undefined;
  try {
    result = await work(db);
  } catch (error) {
    failure = { error };
  }
  try {
    if (failure !== null && !keepOnError) throw failure.error;
    await db.run('CHECKPOINT');
    db.close();
    db = null;
    await syncPath(next);
    if (existsSync(`${dbPath}${WAL_SUFFIX}`)) {
      throw new CliError(
        'db_written_in_place',
        `${dbPath} was written in place by another process while this one loaded a copy (${dbPath}${WAL_SUFFIX} appeared); nothing was published, so its writes are kept: load again`,
      );
    }
    await rename(next, dbPath);
    await syncPath(dirname(resolve(dbPath)));
  } catch (error) {
    db?.close();
    await removeStaleNext(next);
    throw failure?.error ?? error;
  }
  if (failure !== null) throw failure.error;
  return result as T;
}

/**
 * Runs `work` on a copy of the database at `dbPath` and publishes the copy
 * atomically when it succeeds (see the file's doc for the steps and the
 * guarantee). The caller must hold the data directory's run lock.
 */
export async function writeSnapshot<T>(dbPath: string, work: (db: Database) => Promise<T>, options: SnapshotWriteOptions = {}): Promise<T> {
  if (isInMemory(dbPath)) {
    const db = await openDatabase(dbPath);
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }
  const next = nextPath(dbPath);
  // 1.
  await removeStaleNext(next);
  // 2.–3.
  if (existsSync(dbPath)) {
    await settleWal(dbPath, options.waitMs ?? 0);
  } else {
    await writeAndPublish(dbPath, next, async (db) => options.init?.(db), false);
  }
  await copyFile(dbPath, next, constants.COPYFILE_FICLONE);
  // 4.–5.
  return writeAndPublish(dbPath, next, work, options.keepOnError ?? false);
}
