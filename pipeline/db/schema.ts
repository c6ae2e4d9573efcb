/**
 * The tables of the vntally database, created idempotently by every writer
 * (`CREATE TABLE IF NOT EXISTS`, views `CREATE OR REPLACE`), and the schema
 * version that tells an older vntally it must not write a newer file.
 *
 * No table has a PRIMARY KEY or index: the loader replaces rows by deleting
 * then inserting them in one transaction, which DuckDB does fastest on
 * unindexed tables (an ART index makes a million-row insert several times
 * slower, and DuckDB checks unique keys eagerly inside a transaction that
 * deletes and re-inserts the same key). Uniqueness is the loader's job and
 * is tested (test/db-load.test.ts): `article_id` in articles, `fact_id` in
 * facts, (`warc_file`, `offset`) in pages, `run_id` in runs.
 */
import { APPROX, KINDS, METRICS, UNITS } from '../../extract/types.js';
import { CliError } from '../cli-error.js';
import type { Database } from './database.js';
import { literalList } from './sql-text.js';
import { createViews } from './views.js';

/** Bumped when a table changes shape; `migrations` below say how to get there. */
export const SCHEMA_VERSION = 1;

export const TABLES = ['sources', 'gazetteer', 'units_2025', 'pages', 'articles', 'facts', 'runs', 'syndication_signatures', 'syndication_bands', 'syndication_pairs', 'schema_version'] as const;
export type TableName = (typeof TABLES)[number];

const DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS schema_version (
     version INTEGER NOT NULL,
     applied_at TIMESTAMPTZ NOT NULL
   )`,
  // The source registry (data/sources.json), replaced whole at every load.
  `CREATE TABLE IF NOT EXISTS sources (
     source_id VARCHAR NOT NULL,
     name VARCHAR NOT NULL,
     kind VARCHAR NOT NULL,
     province VARCHAR,
     province_2025 VARCHAR,
     base_url VARCHAR NOT NULL,
     hosts VARCHAR[] NOT NULL,
     cms VARCHAR NOT NULL,
     verified VARCHAR NOT NULL,
     needs_browser BOOLEAN NOT NULL
   )`,
  // The 63 pre-2025 provinces and the 2025 unit each was folded into (data/provinces.json).
  `CREATE TABLE IF NOT EXISTS gazetteer (
     province VARCHAR NOT NULL,
     province_2025 VARCHAR NOT NULL,
     type VARCHAR NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS units_2025 (
     unit VARCHAR NOT NULL,
     type VARCHAR NOT NULL,
     members VARCHAR[] NOT NULL,
     centre VARCHAR NOT NULL
   )`,
  // The crawl archive's index (crawlers/archive/index-row.ts), skipped pages included with their reason.
  `CREATE TABLE IF NOT EXISTS pages (
     url VARCHAR NOT NULL,
     canonical_url VARCHAR NOT NULL,
     source_id VARCHAR NOT NULL,
     fetched_at TIMESTAMPTZ NOT NULL,
     status SMALLINT NOT NULL,
     content_type VARCHAR,
     charset VARCHAR,
     sha256 VARCHAR NOT NULL,
     warc_file VARCHAR NOT NULL,
     "offset" BIGINT NOT NULL,
     length BIGINT NOT NULL,
     etag VARCHAR,
     last_modified VARCHAR,
     kind VARCHAR NOT NULL,
     kept BOOLEAN NOT NULL,
     skip_reason VARCHAR,
     published_hint VARCHAR,
     title_hint VARCHAR,
     run_id VARCHAR NOT NULL
   )`,
  // Kept (on-topic) articles only; syndication_group is the smallest article_id of its group of copies.
  `CREATE TABLE IF NOT EXISTS articles (
     article_id VARCHAR NOT NULL,
     url VARCHAR NOT NULL,
     canonical_url VARCHAR NOT NULL,
     source_id VARCHAR NOT NULL,
     title VARCHAR,
     published DATE,
     author VARCHAR,
     province VARCHAR,
     province_2025 VARCHAR,
     text_hash VARCHAR NOT NULL,
     fetched_at TIMESTAMPTZ,
     extractor_version VARCHAR NOT NULL,
     run_id VARCHAR NOT NULL,
     syndication_group VARCHAR NOT NULL
   )`,
  // Every field of a Fact (extract/types.ts), flattened, with the run and extractor that produced it.
  `CREATE TABLE IF NOT EXISTS facts (
     fact_id VARCHAR NOT NULL,
     article_id VARCHAR NOT NULL,
     run_id VARCHAR NOT NULL,
     extractor_version VARCHAR NOT NULL,
     metric VARCHAR NOT NULL CHECK (metric IN (${literalList(METRICS)})),
     value DOUBLE NOT NULL,
     value_max DOUBLE,
     unit VARCHAR NOT NULL CHECK (unit IN (${literalList(UNITS)})),
     kind VARCHAR NOT NULL CHECK (kind IN (${literalList(KINDS)})),
     approx VARCHAR NOT NULL CHECK (approx IN (${literalList(APPROX)})),
     scope VARCHAR,
     period VARCHAR,
     as_of DATE,
     parent VARCHAR,
     parts_sum_match BOOLEAN,
     confidence DOUBLE NOT NULL,
     sentence VARCHAR NOT NULL,
     sentence_start INTEGER NOT NULL,
     sentence_end INTEGER NOT NULL,
     mention VARCHAR NOT NULL,
     mention_start INTEGER NOT NULL,
     mention_end INTEGER NOT NULL
   )`,
  // One row per loaded run: the manifest's times and counts, the load's own counts, errors.
  `CREATE TABLE IF NOT EXISTS runs (
     run_id VARCHAR NOT NULL,
     stage VARCHAR NOT NULL,
     status VARCHAR NOT NULL,
     extractor_version VARCHAR,
     started_at TIMESTAMPTZ,
     finished_at TIMESTAMPTZ,
     loaded_at TIMESTAMPTZ NOT NULL,
     load_seconds DOUBLE,
     source_selection JSON,
     counts JSON,
     errors JSON
   )`,
  // Near-duplicate detection (syndication.ts): MinHash signatures, their LSH band keys, verified pairs.
  `CREATE TABLE IF NOT EXISTS syndication_signatures (
     article_id VARCHAR NOT NULL,
     minhash BLOB NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS syndication_bands (
     band_key UBIGINT NOT NULL,
     article_id VARCHAR NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS syndication_pairs (
     article_a VARCHAR NOT NULL,
     article_b VARCHAR NOT NULL,
     similarity DOUBLE NOT NULL
   )`,
];

/** Reads the version the file was written with; null when it has no vntally tables yet. */
export async function readSchemaVersion(db: Database): Promise<number | null> {
  const table = await db.readRow(`SELECT 1 AS present FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'`);
  if (table === null) return null;
  const row = await db.readRow<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return row?.version ?? null;
}

/**
 * Creates what is missing: tables, then views (always replaced, so a newer
 * vntally's view definitions win). Refuses a file written by a newer schema.
 */
export async function createSchema(db: Database): Promise<void> {
  const found = await readSchemaVersion(db);
  if (found !== null && found > SCHEMA_VERSION) {
    throw new CliError('db_newer', `the database ${db.path} has schema version ${found}, newer than this vntally's ${SCHEMA_VERSION}; update vntally`);
  }
  await db.transact(async () => {
    for (const statement of DDL) await db.run(statement);
    if (found === null) await db.run('INSERT INTO schema_version VALUES ($1, current_timestamp)', [SCHEMA_VERSION]);
    await createViews(db);
  });
}

/** For readers: the file must hold vntally tables of a schema this code understands. */
export async function checkSchema(db: Database): Promise<void> {
  const found = await readSchemaVersion(db);
  if (found === null) throw new CliError('db_empty', `the database ${db.path} has no vntally tables: load a run first (vntally load --latest)`);
  if (found > SCHEMA_VERSION) {
    throw new CliError('db_newer', `the database ${db.path} has schema version ${found}, newer than this vntally's ${SCHEMA_VERSION}; update vntally`);
  }
}
