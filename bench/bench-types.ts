/**
 * What every bench module takes and gives back. A module (extract-bench.ts,
 * readability-bench.ts; later crawl and DuckDB loading) exports
 * `run(options: BenchOptions): Promise<BenchResult[]>`; run.ts calls the
 * modules asked for and report.ts prints what they return.
 */
import type { Corpus } from './generate-corpus.js';

/** The sections `--only` can name. */
export const SECTIONS = ['text', 'html', 'readability', 'load', 'crawl', 'pipeline'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** Articles in the generated corpus (`--articles`). */
  articles: number;
  /** Pages in the Readability sample (`--sample`). */
  sample: number;
  /** Sections to run (`--only`); every section when empty. */
  only: ReadonlySet<Section>;
  corpus: Corpus;
  /** Progress lines (stderr): never part of the report. */
  progress: (line: string) => void;
}

/** One goal of the issue, checked against a figure of this run. */
export interface Goal {
  label: string;
  /** The goal as written ("≥ 2,000 articles/s"). */
  target: string;
  /** What this run measured ("641 articles/s"). */
  measured: string;
  met: boolean;
}

export interface MemoryFigures {
  /** Highest resident set size seen between batches (process-wide). */
  peakRss: number;
  /** Highest V8 heap used seen between batches. */
  peakHeapUsed: number;
  /** Heap used after a forced GC, every fifth of the run. */
  checkpoints: { after: number; heapUsed: number }[];
  /** Whether a GC could be forced before each checkpoint (else the checkpoints are noisy). */
  gcForced: boolean;
}

export interface BenchResult {
  /** Table row label ("text → facts"). */
  name: string;
  /** What `items` counts: "articles" or "pages". */
  unit: string;
  items: number;
  /** UTF-8 bytes of input processed. */
  bytes: number;
  /** Time spent in the measured calls only (input generation excluded). */
  seconds: number;
  /** CPU seconds of the process in the measured calls, when measured (the "one core" figure on a shared machine). */
  cpuSeconds?: number;
  /** Input sizes in bytes: smallest, median, largest. */
  sizes: { min: number; median: number; max: number };
  /** What the work found ("facts", "pages with content"), summed. */
  found: { label: string; value: number } | null;
  memory: MemoryFigures | null;
  goals: Goal[];
  notes: string[];
}
