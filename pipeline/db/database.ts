/**
 * One open vntally database: a DuckDB instance with its single connection,
 * and the few verbs the pipeline needs. Open it with `openDatabase`
 * (open-database.ts), which pins the time zone and turns DuckDB's lock
 * error into a clear message.
 *
 * Every statement that takes a value takes it as a prepared-statement
 * parameter (`$1`, `$2`, …); SQL text is only ever built from constants.
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBResultReader, DuckDBType, DuckDBValue, JS } from '@duckdb/node-api';
import { quoteLiteral } from './sql-text.js';

export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;
/** Parameter types, where DuckDB cannot infer them from the values (a list of doubles that starts with 1). */
export type SqlParamTypes = DuckDBType[] | Record<string, DuckDBType | undefined>;

/** What `runWithProgress` reports while a long statement runs. */
export interface StatementProgress {
  /** 0..100, or null while DuckDB cannot tell yet. */
  percentage: number | null;
}

/** How often a long statement's progress is read. */
const PROGRESS_POLL_MS = 250;

export class Database {
  readonly path: string;
  readonly readOnly: boolean;
  private readonly instance: DuckDBInstance;
  private readonly connection_: DuckDBConnection;
  /** False for a second connection (`connectAgain`): closing it leaves the instance open. */
  private readonly ownsInstance: boolean;
  private closed = false;

  constructor(instance: DuckDBInstance, connection: DuckDBConnection, path: string, readOnly: boolean, ownsInstance = true) {
    this.instance = instance;
    this.connection_ = connection;
    this.path = path;
    this.readOnly = readOnly;
    this.ownsInstance = ownsInstance;
  }

  /**
   * A second connection to the same database, for work that runs beside
   * this one's transaction (it sees only committed data). Close it before
   * the database; closing it leaves the database open.
   */
  async connectAgain(): Promise<Database> {
    const connection = await this.instance.connect();
    const other = new Database(this.instance, connection, this.path, this.readOnly, false);
    // Settings are per connection: the new one gets this one's time zone (SET takes no parameter).
    const zone = await this.readRow<{ tz: string }>(`SELECT current_setting('TimeZone') AS tz`);
    if (zone !== null) await other.run(`SET TimeZone = ${quoteLiteral(zone.tz)}`);
    return other;
  }

  /** The underlying connection, for what the verbs below do not cover (appenders, streaming). */
  get connection(): DuckDBConnection {
    return this.connection_;
  }

  /** Runs a statement (or several, without parameters) and discards any result. */
  async run(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<void> {
    await this.connection_.run(sql, params, types);
  }

  /**
   * Runs one statement and reports DuckDB's own progress estimate every
   * quarter second until it finishes (bulk inserts of a big run).
   */
  async runWithProgress(sql: string, params: SqlParams | undefined, onProgress: (progress: StatementProgress) => void): Promise<number> {
    const timer = setInterval(() => {
      const { percentage } = this.connection_.progress;
      onProgress({ percentage: percentage >= 0 ? percentage : null });
    }, PROGRESS_POLL_MS);
    try {
      const result = await this.connection_.run(sql, params);
      return result.rowsChanged;
    } finally {
      clearInterval(timer);
    }
  }

  /** Runs an INSERT/UPDATE/DELETE and returns how many rows it changed. */
  async change(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<number> {
    const result = await this.connection_.run(sql, params, types);
    return result.rowsChanged;
  }

  /** All rows of a query as objects of plain JS values (BIGINT as bigint, DATE/TIMESTAMP as Date). */
  async readRows<T extends object = Record<string, JS>>(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<T[]> {
    const reader = await this.connection_.runAndReadAll(sql, params, types);
    return reader.getRowObjectsJS() as unknown as T[];
  }

  /** The first row of a query, or null. */
  async readRow<T extends object = Record<string, JS>>(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<T | null> {
    return (await this.readRows<T>(sql, params, types))[0] ?? null;
  }

  /**
   * The rows of a query in batches (DuckDB's chunks of ~2,048 rows), so a
   * large result never sits in memory whole. Values as node-api gives them
   * (VARCHAR as string).
   */
  async *streamRows(sql: string, params?: SqlParams): AsyncGenerator<DuckDBValue[][]> {
    const result = await this.connection_.stream(sql, params);
    yield* result.yieldRows();
  }

  /** The whole result with its column names and types (the `query` command formats it). */
  async readResult(sql: string, params?: SqlParams): Promise<DuckDBResultReader> {
    return this.connection_.runAndReadAll(sql, params);
  }

  /**
   * Runs `work` inside one transaction: committed if it resolves, rolled
   * back if it throws. A process killed inside it leaves nothing behind:
   * DuckDB discards an uncommitted transaction when the file is next opened.
   */
  async transact<T>(work: () => Promise<T>): Promise<T> {
    await this.connection_.run('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work();
    } catch (error) {
      await this.connection_.run('ROLLBACK');
      throw error;
    }
    await this.connection_.run('COMMIT');
    return result;
  }

  /** Closes the connection and the instance (releasing the file lock). Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection_.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}
