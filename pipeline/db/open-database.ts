/**
 * Opens the vntally DuckDB file for writing (the loader) or reading
 * (`query`, `report`, `status`, notebooks).
 *
 * DuckDB lets one process write a file, and no other process open it at
 * all while that one holds it (readers take a shared lock, the writer an
 * exclusive one). Loads therefore never write the published file: they write
 * a copy and rename it over (snapshot-write.ts), so readers keep opening it
 * while a load runs. Where a process does hold the file (a load flushing an
 * old write-ahead log, a second writer), DuckDB's "Could not set lock" IO
 * error is turned here into a `CliError` naming the holder; with `waitMs` the
 * opener retries until the holder lets go.
 *
 * Each connection pins the time zone to Vietnam's (ICU is built into
 * @duckdb/node-api), so `published`, `fetched_at` and run times print the
 * same on every machine.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CliError } from '../cli-error.js';
import { Database } from './database.js';

export const DEFAULT_DB_PATH = 'data/vntally.duckdb';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface OpenOptions {
  /** Open without taking the write lock (readers). The file must exist. */
  readOnly?: boolean;
  /** Keep retrying for this long while another process holds the file (default 0: fail at once). */
  waitMs?: number;
}

/**
 * DuckDB's message when another process holds the file, e.g.
 *   IO Error: Could not set lock on file "/d/v.duckdb": Conflicting lock is held in /usr/bin/node (PID 23813). See also …
 * Matches that; not "IO Error: Cannot open file …: No such file or directory".
 */
const LOCK_CONFLICT = /Could not set lock on file/u;

/** The holder in that message: "held in /usr/bin/node (PID 23813)" → program and pid. Absent on some platforms. */
const LOCK_HOLDER = /Conflicting lock is held in (?<program>.+?) \(PID (?<pid>\d+)\)/u;

/** Between retries while waiting for a lock. */
const LOCK_RETRY_MS = 200;

/** ":memory:" and "" are DuckDB's in-memory databases: no file, no directory, no lock. */
function isInMemory(path: string): boolean {
  return path === ':memory:' || path === '';
}

/** The one-line message for a lock conflict; `raw` is DuckDB's message. */
export function describeLockConflict(path: string, raw: string, readOnly: boolean): string {
  const holder = LOCK_HOLDER.exec(raw)?.groups;
  if (holder?.pid === undefined) {
    return readOnly
      ? `the database ${path} is being written by another vntally process; wait until it finishes (or pass --wait SECONDS)`
      : `the database ${path} is being written by another vntally process; open it read-only (as \`vntally query\`, \`report\` and \`status\` do) or wait (--wait SECONDS)`;
  }
  const who = `process ${holder.pid} (${holder.program ?? 'unknown program'})`;
  return readOnly
    ? `the database ${path} is held by ${who}, which is writing it; DuckDB lets no reader in until it finishes: retry then, or pass --wait SECONDS`
    : `the database ${path} is held by ${who}: another load, or a reader such as a notebook or \`vntally query\`; wait until it finishes (or pass --wait SECONDS)`;
}

async function createInstance(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  const options: Record<string, string> = { access_mode: readOnly ? 'READ_ONLY' : 'READ_WRITE' };
  return DuckDBInstance.create(path, options);
}

/**
 * Opens (and for writers creates, with its directory) the database at
 * `path`. Throws `CliError` 'db_locked' when another process holds it past
 * `waitMs`, 'db_missing' when a reader finds no file.
 */
export async function openDatabase(path: string = DEFAULT_DB_PATH, options: OpenOptions = {}): Promise<Database> {
  const readOnly = options.readOnly ?? false;
  const memory = isInMemory(path);
  const shown = memory ? ':memory:' : path;
  if (!memory && !readOnly) mkdirSync(dirname(resolve(path)), { recursive: true });
  if (!memory && readOnly && !existsSync(path)) {
    throw new CliError('db_missing', `no database at ${shown}: load a run first (vntally load --latest)`);
  }
  const deadline = Date.now() + (options.waitMs ?? 0);

  let instance: DuckDBInstance;
  for (;;) {
    try {
      instance = await createInstance(memory ? ':memory:' : path, readOnly && !memory);
      break;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (LOCK_CONFLICT.test(message)) {
        if (Date.now() < deadline) {
          await new Promise((resolveSleep) => setTimeout(resolveSleep, LOCK_RETRY_MS));
          continue;
        }
        throw new CliError('db_locked', describeLockConflict(shown, message, readOnly), { cause: error });
      }
      throw new CliError('db_open_failed', `cannot open the database ${shown}: ${message}`, { cause: error });
    }
  }
  const connection = await instance.connect();
  const db = new Database(instance, connection, shown, readOnly);
  try {
    await db.run(`SET TimeZone = '${TIME_ZONE}'`);
    // DuckDB's progress estimate feeds the load's progress bar; its own printed bar stays off.
    await db.run('SET enable_progress_bar = true');
    await db.run('SET enable_progress_bar_print = false');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
