/**
 * The timing loop shared by the bench modules: inputs are generated in
 * batches outside the clock, the work runs on one thread inside it, memory is
 * sampled between batches and read after a forced GC every fifth of the run.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MemoryFigures } from './bench-types.js';

/** One measured piece of work: returns what it found (facts, 1 for a page with content). */
export interface Work {
  work: (input: string) => number;
  /** Untimed calls first, so the JIT has compiled the hot paths. */
  warmup: number;
}

export interface LoopOptions {
  /** Items to measure. */
  count: number;
  /** The input of item k (0-based), built outside the clock. */
  input: (k: number) => string;
  /**
   * The works to time on every input. With several, each batch runs through
   * the first work, then the second…, so that other load on the machine
   * falls on all of them alike, and a GC is forced (untimed) before each, so
   * that no work pays for collecting another's garbage (jsdom leaves hundreds
   * of MB of it).
   */
  works: Work[];
  /** Inputs generated per batch: bounds the memory the bench itself holds. */
  batchSize: number;
  /** Read the heap after a forced GC every fifth of the run. */
  checkpoints: boolean;
}

export interface LoopFigures {
  items: number;
  bytes: number;
  seconds: number;
  found: number;
  sizes: { min: number; median: number; max: number };
  memory: MemoryFigures;
}

/**
 * `global.gc` when node runs with --expose-gc; otherwise the same function
 * obtained by turning the flag on at run time (a fresh context sees it), so
 * `npm run bench` needs no flag. Null if neither works.
 */
export function gcFunction(): (() => void) | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
  return typeof gc === 'function' ? (gc as () => void) : null;
}

/** Times `works` on `count` inputs; one figure per work, in order. */
export function timeLoop(options: LoopOptions): LoopFigures[] {
  const gc = gcFunction();
  for (const { work, warmup } of options.works) {
    for (let k = 0; k < Math.min(warmup, options.count); k++) work(options.input(k));
  }
  gc?.();

  const marks = options.checkpoints ? [1, 2, 3, 4, 5].map((f) => Math.round((options.count * f) / 5)).filter((m) => m > 0) : [];
  const figures = options.works.map(() => ({
    found: 0,
    elapsed: 0,
    memory: { peakRss: 0, peakHeapUsed: 0, checkpoints: [], gcForced: gc !== null } as MemoryFigures,
  }));
  const sizes: number[] = [];
  let bytes = 0;
  let done = 0;

  while (done < options.count) {
    const nextMark = marks.find((m) => m > done) ?? options.count;
    const end = Math.min(done + options.batchSize, nextMark, options.count);
    const inputs: string[] = [];
    for (let k = done; k < end; k++) {
      const input = options.input(k);
      const size = Buffer.byteLength(input);
      sizes.push(size);
      bytes += size;
      inputs.push(input);
    }

    options.works.forEach(({ work }, w) => {
      const figure = figures[w]!;
      if (options.works.length > 1) gc?.();
      const start = performance.now();
      for (const input of inputs) figure.found += work(input);
      figure.elapsed += performance.now() - start;
      const usage = process.memoryUsage();
      figure.memory.peakRss = Math.max(figure.memory.peakRss, usage.rss);
      figure.memory.peakHeapUsed = Math.max(figure.memory.peakHeapUsed, usage.heapUsed);
    });
    inputs.length = 0;
    done = end;

    if (marks.includes(done)) {
      gc?.();
      const heapUsed = process.memoryUsage().heapUsed;
      for (const figure of figures) figure.memory.checkpoints.push({ after: done, heapUsed });
    }
  }

  sizes.sort((a, b) => a - b);
  const sizeFigures = { min: sizes[0] ?? 0, median: sizes[Math.floor((sizes.length - 1) / 2)] ?? 0, max: sizes.at(-1) ?? 0 };
  return figures.map((f) => ({ items: options.count, bytes, seconds: f.elapsed / 1000, found: f.found, sizes: sizeFigures, memory: f.memory }));
}

/** Flat: the heap after the last fifth is within 5% (or 2 MiB) of the heap after the first. */
export function isFlat(memory: MemoryFigures): { met: boolean; growth: number } {
  const first = memory.checkpoints[0]?.heapUsed ?? 0;
  const last = memory.checkpoints.at(-1)?.heapUsed ?? 0;
  const growth = last - first;
  return { met: growth <= Math.max(2 * 2 ** 20, first * 0.05), growth };
}
