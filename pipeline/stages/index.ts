/**
 * The pipeline's stages that are not the crawler's or the database's own:
 * for now the extract stage (archive → run directory). Files starting with
 * "_" are internal.
 *
 *   extract-archive.ts  extractArchive({ archiveDir, runsDir, … }) → ExtractSummary
 *   article-lines.ts    the article and fact lines of a run directory (pure; article lines signed)
 *   write-parquet.ts    writeRunParquet(dir): the JSONL files as Parquet, before run.json is written
 *   run-id.ts           newRunId(startedAt)
 */
export { MAX_LISTED_ERRORS, extractArchive } from './extract-archive.js';
export type { ExtractArchiveOptions, ExtractCounts, ExtractError, ExtractProgress, ExtractSummary } from './extract-archive.js';
export { articleIdOf, articleLine, factLine, isoDateOrNull, sha256Hex } from './article-lines.js';
export type { ArticleLineValue, FactLineValue, LineStamp } from './article-lines.js';
export { newRunId } from './run-id.js';
