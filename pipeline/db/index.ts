/**
 * The DuckDB half of the pipeline: open the file, create the schema, load an
 * extract run, group syndicated copies, and read it back (views, export,
 * report, status). Files starting with "_" or not listed here are internal.
 *
 *   open-database.ts   openDatabase(path, { readOnly, waitMs }) → Database; lock conflicts → CliError
 *   database.ts        Database: run, change, readRows, readRow, readResult, transact, close
 *   schema.ts          createSchema (idempotent), checkSchema, SCHEMA_VERSION, TABLES
 *   views.ts           facts_flat, province_year_metric, unit_year_metric, union_density
 *   syndication.ts     distinct_observations; near-duplicate pairs and groups
 *   minhash.ts         MinHash signatures of article texts (pure)
 *   load-run.ts        loadRun(db, runDir, { onProgress }) → LoadSummary
 *   run-artefacts.ts   the run directory contract: files (JSONL, and Parquet), zod schemas, DuckDB column types
 *   export-facts.ts    exportFacts(db, { format, outDir }) → partitioned Parquet/CSV
 *   report-data.ts, render-report.ts, read-status.ts, format-result.ts: the read commands' output
 */
export { Database, type SqlParams, type StatementProgress } from './database.js';
export { DEFAULT_DB_PATH, TIME_ZONE, describeLockConflict, openDatabase, type OpenOptions } from './open-database.js';
export { SCHEMA_VERSION, TABLES, checkSchema, createSchema, readSchemaVersion, type TableName } from './schema.js';
export { FACTS_FLAT_COLUMNS, VIEWS, createViews } from './views.js';
export { DISTINCT_OBSERVATIONS_VIEW, assignSyndicationGroups, pairNearDuplicates } from './syndication.js';
export { NEAR_DUPLICATE_SIMILARITY, SIGNATURE_BINS, SHINGLE_WORDS, estimateSimilarity, minhashSignature } from './minhash.js';
export { LOAD_STEPS, SAMPLE_LINES, loadRun, type LoadIssue, type LoadOptions, type LoadProgress, type LoadStep, type LoadSummary } from './load-run.js';
export { PARQUET_FILES, RUN_FILES, ArticleLineSchema, RunManifestSchema, checkArticleLine, checkFactLine, checkPageLine, type ArticleLine, type RunManifest } from './run-artefacts.js';
export { DEFAULT_RUNS_DIR, findLatestRunDir, listRunDirs, type RunDirEntry } from './find-runs.js';
export { EXPORT_FORMATS, EXPORT_VIEWS, exportFacts, type ExportFormat, type ExportOptions, type ExportSummary, type ExportView } from './export-facts.js';
export { readReportData, REPORT_FIGURES, type ReportData } from './report-data.js';
export { formatReportText, renderReportHtml } from './render-report.js';
export { readStatus, type DatabaseStatus } from './read-status.js';
export { quoteIdentifier, quoteLiteral } from './sql-text.js';
