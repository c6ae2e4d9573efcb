/**
 * Running the whole pipeline: `runPipeline` (crawl → extract → load, with
 * the run lock, shards and incremental extraction; pages are extracted on a
 * worker thread while the crawl archives them, ../stages/extract-stream.ts), the offline demo, the
 * cron schedule, and what they report. Files not listed are internal.
 *
 *   run-pipeline.ts       runPipeline(options) → PipelineSummary; runStages without the lock
 *   demo.ts               runDemo(): the fixture sites → data/demo/, report in data/reports/
 *                         (not re-exported: it loads the test fixture sites; import it on demand)
 *   run-lock.ts           RunLock, withRunLock, runLockPath: <data dir>/vntally.lock
 *   shard.ts              parseShard, shardOf, selectShard: --shard K/N by SHA-256 of the source id
 *   incremental-marks.ts  readIncrementalMarks: what --incremental leaves out
 *   cron.ts               parseCron, nextCronTime: five-field cron expressions
 *   progress-printer.ts   PipelineProgressPrinter: stderr, a redrawn line on a terminal
 *   format-summary.ts     formatPipelineSummary: the end-of-run table
 *   pipeline-types.ts     stages, reports, errors, events, summary
 */
export { runPipeline, runStages, type RunPipelineOptions } from './run-pipeline.js';
export { LOCKED_EXIT_CODE, RUN_LOCK_FILE, RunLock, describeHolder, processIdentity, runLockPath, withRunLock, type LockInfo } from './run-lock.js';
export { parseShard, selectShard, shardLabel, shardOf, type Shard } from './shard.js';
export { INCREMENTAL_OVERLAP_MS, readIncrementalMarks } from './incremental-marks.js';
export { nextCronTime, nextCronTimes, parseCron, type CronParse, type CronSchedule } from './cron.js';
export { PipelineProgressPrinter, formatStageEnd } from './progress-printer.js';
export { formatPipelineSummary } from './format-summary.js';
export { STAGES, type PipelineEvent, type PipelineSummary, type RunError, type StageName, type StageReport, type StageStatus } from './pipeline-types.js';
