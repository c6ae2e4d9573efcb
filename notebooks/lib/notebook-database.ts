/**
 * The notebooks' view of the vntally database: read-only, short-lived.
 *
 * Each query opens the file read-only, runs, and closes it again. A notebook
 * left open in Jupyter therefore never holds the file between cells, so the
 * pipeline can load a new run while analysts read; a query started during a
 * load waits for it (DuckDB lets no reader in while a writer holds the file)
 * rather than failing. Opening a DuckDB file takes milliseconds.
 */
import { existsSync } from 'node:fs';
import type { DuckDBValue } from '@duckdb/node-api';
import { openDatabase } from '../../pipeline/db/open-database.js';
import { checkSchema } from '../../pipeline/db/schema.js';
import { checkRowValues } from './check-row-values.js';
import { DB_ENV, DEFAULT_NOTEBOOK_DB, resolveDatabasePath } from './database-path.js';

/** How long a query waits for a load that holds the file. */
const LOCK_WAIT_MS = 120_000;

export type QueryParams = DuckDBValue[] | Record<string, DuckDBValue>;

export class NotebookDatabase {
  readonly path: string;

  private constructor(path: string) {
    this.path = path;
  }

  /**
   * The database of `VNTALLY_DB` (or the demo's); fails with what to do when
   * the file is missing or is not a vntally database.
   */
  static async open(path: string = resolveDatabasePath(Deno.env.get(DB_ENV))): Promise<NotebookDatabase> {
    if (!existsSync(path)) {
      throw new Error(
        `no database at ${path}: run \`npm start\` to build the demo database (${DEFAULT_NOTEBOOK_DB}), ` +
          `or point the notebooks at a crawl's database with --db FILE (env ${DB_ENV})`,
      );
    }
    const database = new NotebookDatabase(path);
    await database.withConnection((db) => checkSchema(db));
    return database;
  }

  /** All rows of a query as plain objects; BIGINT columns must be cast in the SQL (check-row-values.ts). */
  async rows<T extends object = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]> {
    const rows = await this.withConnection((db) => db.readRows<T>(sql, params));
    checkRowValues(rows, sql);
    return rows;
  }

  /** The first row of a query; throws when there is none (a summary query always has one). */
  async row<T extends object = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T> {
    const [first] = await this.rows<T>(sql, params);
    if (first === undefined) throw new Error(`no row from the query "${sql.trim().split('\n')[0] ?? sql}…" on ${this.path}`);
    return first;
  }

  private async withConnection<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
    const db = await openDatabase(this.path, { readOnly: true, waitMs: LOCK_WAIT_MS });
    try {
      return await work(db);
    } finally {
      db.close();
    }
  }
}
