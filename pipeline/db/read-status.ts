/**
 * What `vntally status` shows: the file, its schema version, rows per table,
 * the last runs with their counts and status, and their errors.
 */
import { statSync } from 'node:fs';
import type { Database } from './database.js';
import { readSchemaVersion, TABLES } from './schema.js';
import { quoteIdentifier } from './sql-text.js';

export interface RunStatus {
  runId: string;
  stage: string;
  status: string;
  startedAt: string | null;
  loadedAt: string;
  loadSeconds: number | null;
  articles: number | null;
  facts: number | null;
  pages: number | null;
  errors: { code?: string; message: string }[];
}

export interface DatabaseStatus {
  path: string;
  bytes: number | null;
  schemaVersion: number | null;
  tables: { table: string; rows: number }[];
  runs: RunStatus[];
}

function asErrors(json: unknown): RunStatus['errors'] {
  if (!Array.isArray(json)) return [];
  return json.map((e) => {
    if (typeof e === 'object' && e !== null && 'message' in e) {
      const { code, message } = e as { code?: unknown; message: unknown };
      return { ...(typeof code === 'string' ? { code } : {}), message: String(message) };
    }
    return { message: typeof e === 'string' ? e : JSON.stringify(e) };
  });
}

function loadCount(counts: unknown, key: string): number | null {
  const load = (counts as { load?: Record<string, unknown> } | null)?.load;
  const value = load?.[key];
  return typeof value === 'number' ? value : null;
}

export async function readStatus(db: Database, lastRuns = 10): Promise<DatabaseStatus> {
  const tables: DatabaseStatus['tables'] = [];
  for (const table of TABLES) {
    const row = await db.readRow<{ n: bigint }>(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`);
    tables.push({ table, rows: Number(row?.n ?? 0n) });
  }
  const rows = await db.readRows<Record<string, unknown>>(
    `SELECT run_id, stage, status,
            strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at,
            strftime(loaded_at, '%Y-%m-%d %H:%M:%S') AS loaded_at,
            load_seconds, CAST(counts AS VARCHAR) AS counts, CAST(errors AS VARCHAR) AS errors
     FROM runs ORDER BY runs.loaded_at DESC, runs.run_id DESC LIMIT $1`,
    [lastRuns],
  );
  const runs = rows.map((r): RunStatus => {
    const counts: unknown = typeof r.counts === 'string' ? JSON.parse(r.counts) : null;
    return {
      runId: String(r.run_id),
      stage: String(r.stage),
      status: String(r.status),
      startedAt: r.started_at === null ? null : String(r.started_at),
      loadedAt: String(r.loaded_at),
      loadSeconds: typeof r.load_seconds === 'number' ? r.load_seconds : null,
      articles: loadCount(counts, 'kept'),
      facts: loadCount(counts, 'facts'),
      pages: loadCount(counts, 'pages'),
      errors: asErrors(typeof r.errors === 'string' ? JSON.parse(r.errors) : null),
    };
  });
  let bytes: number | null = null;
  if (db.path !== ':memory:') bytes = statSync(db.path).size;
  return { path: db.path, bytes, schemaVersion: await readSchemaVersion(db), tables, runs };
}
