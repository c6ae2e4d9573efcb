/**
 * Loading into DuckDB (issue 4): a generated extract run of 1,000,000 facts
 * (test/db-fixtures.ts: ~50,000 kept articles of ~2.5 KB text, a third as
 * many off-topic pages, one re-post in ten) loaded into a fresh database
 * file, then loaded again (the re-load replaces every row).
 *
 * The run is generated (not timed) through the extract stage's own code:
 * its line writer (LineFile), its `articleLine` (which signs each article's
 * text, MinHash), and its finalisation `writeRunParquet` (JSONL → Parquet,
 * listed in run.json). Those costs now belong to the extract stage and are
 * printed in the notes (the Parquet conversion's seconds), not in the load
 * figures.
 *
 * Timed: `loadRun` alone, from run.json to the final CHECKPOINT, as
 * `vntally load` runs it (the snapshot copy and rename of `vntally load`
 * are not part of it): the zod and schema checks of the Parquet files,
 * articles staging, the facts insert (`read_parquet`: the bulk path),
 * storing the run's signatures, syndication pairing and groups, pages,
 * reference tables, commit and checkpoint. Figures: facts/s of the facts
 * insert alone (the goal: ≥ 300,000 facts/s) and of the whole load, CPU
 * seconds of the process (DuckDB's threads included) and peak memory
 * sampled every 100 ms. Set VNTALLY_BENCH_FORMAT=legacy to time a run as
 * older stages wrote it (JSONL only, signed by the loader).
 */
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadRun, openDatabase, type LoadProgress, type LoadSummary } from '../pipeline/db/index.js';
import { readSampleLines } from '../pipeline/db/read-lines.js';
import { z } from 'zod';
import { makeTempDir, RUN_FORMATS, writeGeneratedRun } from '../test/db-fixtures.js';
import type { BenchOptions, BenchResult, Goal, MemoryFigures } from './bench-types.js';
import { formatRate } from './report.js';

export const LOAD_GOAL_FACTS_PER_SECOND = 300_000;
/** Facts in the generated run; VNTALLY_BENCH_FACTS overrides it for a quick try. */
export const BENCH_FACTS = Number(process.env.VNTALLY_BENCH_FACTS ?? 1_000_000);
const SEED = 20250701;
/** The run's format (test/db-fixtures.ts RunFormat); default what the extract stage writes now. */
const FORMAT = z.enum(RUN_FORMATS).parse(process.env.VNTALLY_BENCH_FORMAT ?? 'parquet');
const MEMORY_SAMPLE_MS = 100;

interface Measured {
  summary: LoadSummary;
  seconds: number;
  cpuSeconds: number;
  /** CPU seconds of the process per load step (DuckDB's threads included). */
  stepCpu: Record<string, number>;
  memory: MemoryFigures;
}

/** Runs `work` while sampling the process's memory and the CPU time of each load step. */
async function measure(work: (onProgress: (p: LoadProgress) => void) => Promise<LoadSummary>, progress: (line: string) => void): Promise<Measured> {
  const stepCpu: Record<string, number> = {};
  let step: { name: string; cpu: NodeJS.CpuUsage } | null = null;
  const closeStep = () => {
    if (step === null) return;
    const used = process.cpuUsage(step.cpu);
    stepCpu[step.name] = (stepCpu[step.name] ?? 0) + (used.user + used.system) / 1e6;
    step = null;
  };
  const onProgress = (p: LoadProgress) => {
    if (step?.name === p.step) return;
    closeStep();
    progress(`load: ${p.step}`);
    step = { name: p.step, cpu: process.cpuUsage() };
  };
  const memory: MemoryFigures = { peakRss: 0, peakHeapUsed: 0, checkpoints: [], gcForced: false };
  const sample = () => {
    const usage = process.memoryUsage();
    memory.peakRss = Math.max(memory.peakRss, usage.rss);
    memory.peakHeapUsed = Math.max(memory.peakHeapUsed, usage.heapUsed);
  };
  const timer = setInterval(sample, MEMORY_SAMPLE_MS);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    const summary = await work(onProgress);
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    closeStep();
    sample();
    return { summary, seconds, cpuSeconds: (used.user + used.system) / 1e6, stepCpu, memory };
  } finally {
    clearInterval(timer);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export async function run(options: BenchOptions): Promise<BenchResult[]> {
  if (options.only.size > 0 && !(options.only as ReadonlySet<string>).has('load')) return [];
  const tmp = makeTempDir('load-bench');
  try {
    options.progress(`load: generating a ${FORMAT} run of ${BENCH_FACTS.toLocaleString('en-US')} facts through the extract stage's writers (not timed)…`);
    const generated = await writeGeneratedRun(join(tmp, 'runs'), { runId: 'bench', facts: BENCH_FACTS, seed: SEED, format: FORMAT });
    const lineSizes = (await readSampleLines(join(generated.dir, 'facts.jsonl'), 500)).map((l) => Buffer.byteLength(l.text));

    const db = await openDatabase(join(tmp, 'bench.duckdb'));
    const results: BenchResult[] = [];
    try {
      for (const [name, label] of [
        ['run dir → DuckDB', 'first load'],
        ['run dir → DuckDB again', 're-load (replaces every row)'],
      ] as const) {
        options.progress(`load: ${label}…`);
        const m = await measure((onProgress) => loadRun(db, generated.dir, { onProgress }), options.progress);
        const factRate = m.summary.facts / m.summary.factSeconds;
        const wholeRate = m.summary.facts / m.seconds;
        const steps = Object.entries(m.summary.stepSeconds)
          .map(([name, wall]) => `${name} ${wall.toFixed(2)} s (CPU ${(m.stepCpu[name] ?? 0).toFixed(2)} s)`)
          .join(', ');
        const goals: Goal[] = [
          {
            label: `facts insert, ${label}`,
            target: `≥ ${formatRate(LOAD_GOAL_FACTS_PER_SECOND)} facts/s`,
            measured: `${formatRate(factRate)} facts/s`,
            met: factRate >= LOAD_GOAL_FACTS_PER_SECOND,
          },
          {
            label: `whole load, ${label}`,
            target: `≥ ${formatRate(LOAD_GOAL_FACTS_PER_SECOND)} facts/s`,
            measured: `${formatRate(wholeRate)} facts/s`,
            met: wholeRate >= LOAD_GOAL_FACTS_PER_SECOND,
          },
        ];
        results.push({
          name,
          unit: 'facts',
          items: m.summary.facts,
          // The files the load reads: the Parquet files (all of them, though an article's text is never read), else the JSONL.
          bytes: FORMAT === 'parquet' ? generated.parquetBytes : generated.bytes,
          seconds: m.seconds,
          cpuSeconds: m.cpuSeconds,
          sizes: { min: Math.min(...lineSizes), median: median(lineSizes), max: Math.max(...lineSizes) },
          found: { label: 'articles kept', value: m.summary.articles.kept },
          memory: m.memory,
          goals,
          notes: [
            `${name}: ${m.summary.facts.toLocaleString('en-US')} facts, ${m.summary.articles.staged.toLocaleString('en-US')} articles (${m.summary.articles.kept.toLocaleString('en-US')} kept), ${m.summary.pages.toLocaleString('en-US')} pages, ${(generated.bytes / 1e6).toFixed(0)} MB of JSONL${FORMAT === 'parquet' ? `, read as ${(generated.parquetBytes / 1e6).toFixed(0)} MB of Parquet (the extract stage's conversion took ${generated.parquetSeconds.toFixed(1)} s, not timed here)` : ` read as JSONL (${FORMAT} run)`}, signatures ${m.summary.input.signatures === 'run' ? "the run's own (signed by the extract stage)" : 'computed by the load'}; ${m.summary.syndication.groups.toLocaleString('en-US')} syndication groups. Steps: ${steps}. The facts insert used ${formatRate(m.summary.facts / (m.stepCpu.facts ?? Number.NaN))} facts per CPU-second. Sizes are of fact lines (first and last 500); CPU s include DuckDB's worker threads (${availableParallelism()} cores), so CPU s may exceed s, and s exceeds CPU s ÷ cores when other processes compete (load average ${loadavg()[0]?.toFixed(2)}).`,
          ],
        });
      }
    } finally {
      db.close();
    }
    return results;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
