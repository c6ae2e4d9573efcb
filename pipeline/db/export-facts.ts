/**
 * Writes a view (facts_flat by default) as Parquet or CSV files partitioned
 * Hive-style by province and year:
 *
 *   <out>/province=B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc/year=2024/data_0.parquet
 *   <out>/province=__HIVE_DEFAULT_PARTITION__/year=2023/data_0.parquet   (no province)
 *
 * Partition values are URL-encoded (DuckDB, Spark, Hive and pyarrow decode
 * them); the partition columns are also written inside each file
 * (WRITE_PARTITION_COLUMNS), so a single file read without its path still
 * has them. Read it all back with, e.g.
 *   SELECT * FROM read_parquet('<out>/**\/*.parquet', hive_partitioning = true)
 *
 * The output path is a prepared-statement parameter of COPY … TO.
 */
import { existsSync, readdirSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import type { Database } from './database.js';

export const EXPORT_FORMATS = ['parquet', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The views that can be exported; each has `province` and (computed or own) `year`. */
export const EXPORT_VIEWS = {
  facts_flat: 'SELECT *, fact_year(as_of, period, published) AS year FROM facts_flat',
  distinct_observations: 'SELECT * FROM distinct_observations',
} as const;
export type ExportView = keyof typeof EXPORT_VIEWS;

const COPY_OPTIONS: Record<ExportFormat, string> = {
  parquet: 'FORMAT parquet, COMPRESSION zstd',
  csv: 'FORMAT csv, HEADER true',
};

/** A directory entry a previous export leaves: "province=…". Matches "province=H%C3%A0%20N%E1%BB%99i"; not "notes.txt". */
const PARTITION_DIR = /^province=/u;

export interface ExportOptions {
  format: ExportFormat;
  outDir: string;
  view?: ExportView;
  /** Replace a previous export in `outDir` (only partition directories may be there). */
  overwrite?: boolean;
}

export interface ExportSummary {
  rows: number;
  files: number;
  outDir: string;
}

/** Refuses a non-empty output directory unless it holds only a previous export and `overwrite` is set. */
function checkOutDir(outDir: string, overwrite: boolean): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length === 0) return;
  const foreign = entries.filter((e) => !PARTITION_DIR.test(e));
  if (foreign.length > 0) {
    throw new CliError('export_dir_not_empty', `${outDir} holds files that are not an export (${foreign.slice(0, 3).join(', ')}); choose a new or empty directory`);
  }
  if (!overwrite) throw new CliError('export_dir_not_empty', `${outDir} holds a previous export; pass --overwrite to replace it`);
}

export async function exportFacts(db: Database, options: ExportOptions): Promise<ExportSummary> {
  const view = options.view ?? 'facts_flat';
  checkOutDir(options.outDir, options.overwrite ?? false);
  const copy = `COPY (${EXPORT_VIEWS[view]}) TO $1 (${COPY_OPTIONS[options.format]}, PARTITION_BY (province, year), WRITE_PARTITION_COLUMNS true, OVERWRITE true)`;
  let rows: number;
  try {
    rows = await db.change(copy, [options.outDir]);
  } catch (error) {
    throw new CliError('export_failed', `cannot write ${options.outDir}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const listed = await db.readRow<{ n: bigint }>('SELECT count(*) AS n FROM glob($1)', [`${options.outDir}/**/*.${options.format}`]);
  return { rows, files: Number(listed?.n ?? 0n), outDir: options.outDir };
}
