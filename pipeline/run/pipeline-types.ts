/**
 * The vocabulary of a pipeline run: its stages, what each reports when it
 * ends, the errors gathered along the way, the progress events, and the
 * summary `runPipeline` resolves to.
 */
import type { CrawlProgress } from '../../crawlers/engine/index.js';
import type { LoadProgress } from '../db/load-run.js';
import type { ExtractProgress } from '../stages/extract-archive.js';

export const STAGES = ['crawl', 'extract', 'load', 'export', 'report'] as const;
export type StageName = (typeof STAGES)[number];

/**
 * - `ok`: did all it had to;
 * - `partial`: finished, but some pages or sources failed (listed in `errors`);
 * - `failed`: stopped or failed entirely; the run exits non-zero;
 * - `skipped`: not run (nothing to do, or an earlier stage failed).
 */
export type StageStatus = 'ok' | 'partial' | 'failed' | 'skipped';

export interface StageReport {
  stage: StageName;
  status: StageStatus;
  seconds: number;
  /** One line for people: "8 sources, 98 articles fetched, 76 kept, 4 failures". */
  detail: string;
  counts: Record<string, number>;
  /** Why it failed or was skipped. */
  reason?: string;
}

/** One thing that went wrong, with what it concerns. */
export interface RunError {
  stage: StageName;
  code: string;
  message: string;
  url?: string;
  source_id?: string;
}

export interface PipelineSummary {
  runId: string;
  /** `failed` when any stage failed: the command then exits 1. */
  status: 'ok' | 'failed';
  startedAt: string;
  seconds: number;
  stages: StageReport[];
  /** The first errors (up to `MAX_LISTED_ERRORS` per stage); `errorCount` counts them all. */
  errors: RunError[];
  errorCount: number;
  dbPath: string;
  archiveDir: string;
  runDir: string | null;
  exportDir: string | null;
}

export type PipelineEvent =
  | { type: 'stage-start'; stage: StageName; detail: string }
  | { type: 'crawl'; event: CrawlProgress }
  | { type: 'extract'; progress: ExtractProgress }
  | { type: 'load'; progress: LoadProgress }
  | { type: 'stage-end'; report: StageReport }
  | { type: 'note'; message: string };
