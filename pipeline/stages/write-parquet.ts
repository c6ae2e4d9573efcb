/**
 * The extract stage's last step before run.json: the run's three JSONL files,
 * complete and synced, are converted into Parquet files beside them
 * (pipeline/db/run-artefacts.ts, PARQUET_FILES and PARQUET_COLUMNS), with an
 * in-memory DuckDB instance:
 *
 *   COPY (SELECT … FROM read_json(<file>.jsonl, columns = <the loader's types>)) TO <file>.parquet
 *
 * The loader then reads typed, compressed columns instead of parsing 800 MB
 * of JSON per million facts (DuckDB reads Parquet ~1.5× as fast as JSONL on
 * this kind of machine, and an article's text is not even read), and any
 * Parquet reader can open a run. The JSONL files stay: they stream to disk
 * crash-safely while the stage works, and people read them.
 *
 * Rows keep the order of the lines, so a run's files are reproducible. Each
 * file is fsynced; the stage then writes run.json, listing the files and
 * their row counts, and renames the directory: a run directory holds all
 * its files or does not exist.
 */
import { syncPath } from '../../crawlers/archive/sync-path.js';
import { join } from 'node:path';
import { CliError } from '../cli-error.js';
import { MINHASH_SCHEME } from '../db/minhash.js';
import { openDatabase } from '../db/open-database.js';
import {
  ARTICLE_JSON_COLUMNS,
  ARTICLE_SIGNATURE_JSON_COLUMNS,
  FACT_JSON_COLUMNS,
  PAGE_JSON_COLUMNS,
  PARQUET_FILES,
  RUN_DATA,
  RUN_FILES,
  type RunData,
  type RunManifest,
} from '../db/run-artefacts.js';
import { columnList, columnsStruct } from '../db/sql-text.js';
import { bandKeyListSql } from '../db/syndication.js';

/**
 * zstd: the smallest files of DuckDB's codecs at a decoding cost the loader
 * does not notice. Row groups are DuckDB's unit of parallel reading, and of
 * skipping: articles and pages in groups of 16,384 rows, so that the loader
 * reads their small columns on every core and its sample of the first and
 * last rows does not decompress every text (one group of 75,000 articles
 * took 0.25 s to stage and 0.3–0.6 s to sample; groups of 16,384, 0.08 s
 * and 0.04 s); facts in DuckDB's default groups (122,880 rows).
 */
const PARQUET_OPTIONS: Readonly<Record<RunData, string>> = {
  articles: 'FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384',
  facts: 'FORMAT parquet, COMPRESSION zstd',
  pages: 'FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384',
};

/** The SELECT over each JSONL file ($1) whose result is the Parquet file, in PARQUET_COLUMNS order. Constants only. */
const SELECTS: Readonly<Record<RunData, string>> = {
  articles: `SELECT ${columnList(ARTICLE_JSON_COLUMNS)}, text, unhex(minhash) AS minhash,
                    CASE WHEN minhash IS NOT NULL THEN ${bandKeyListSql('lower(minhash)')} END AS bands
             FROM read_json($1, format = 'newline_delimited',
                            columns = ${columnsStruct({ ...ARTICLE_JSON_COLUMNS, text: 'VARCHAR', ...ARTICLE_SIGNATURE_JSON_COLUMNS })})`,
  facts: `SELECT ${columnList(FACT_JSON_COLUMNS)} FROM read_json($1, format = 'newline_delimited', columns = ${columnsStruct(FACT_JSON_COLUMNS)})`,
  pages: `SELECT ${columnList(PAGE_JSON_COLUMNS)} FROM read_json($1, format = 'newline_delimited', columns = ${columnsStruct(PAGE_JSON_COLUMNS)})`,
};

/** What run.json records about the files this step wrote. */
export type RunArtefacts = Required<Pick<RunManifest, 'parquet' | 'signatures'>>;

/**
 * Writes `<dir>/{articles,facts,pages}.parquet` from the JSONL files in
 * `dir` and returns what run.json records: the files with their row counts,
 * and the signature scheme of the articles' `minhash` (articleLine in
 * article-lines.ts signs every article it writes with MINHASH_SCHEME).
 * A failure names the file it was converting.
 */
export async function writeRunParquet(dir: string): Promise<RunArtefacts> {
  const db = await openDatabase(':memory:');
  try {
    const parquet = {} as RunArtefacts['parquet'];
    for (const name of RUN_DATA) {
      const from = join(dir, RUN_FILES[name]);
      const to = join(dir, PARQUET_FILES[name]);
      let rows: number;
      try {
        rows = await db.change(`COPY (${SELECTS[name]}) TO $2 (${PARQUET_OPTIONS[name]})`, [from, to]);
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        // A full or read-only disk, or a line the loader could not read either: one line naming the file.
        throw new CliError('run_write_failed', `cannot write ${to} from ${from}: ${message}`, { cause: error, exitCode: 1 });
      }
      await syncPath(to);
      parquet[name] = { file: PARQUET_FILES[name], rows };
    }
    return { parquet, signatures: MINHASH_SCHEME };
  } finally {
    db.close();
  }
}
