/**
 * The timing loop shared by the bench modules: inputs are generated in
 * batches outside the clock, the work runs on one thread inside it, memory is
 * sampled between batches and read after a forced GC every fifth of the run.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MemoryFigures } from './bench-types.js';

export interface LoopOptions {
  /** Items to measure. */
  count: number;
  /** The input of item k (0-based), built outside the clock. */
  input: (k: number) => string;
  /** The measured work; returns what it found (facts, 1 for a page with content). */
  work: (input: string) => number;
  /** Untimed calls first, so the JIT has compiled the hot paths. */
  warmup: number;
  /** Inputs generated per batch: bounds the memory the bench itself holds. */
  batchSize: number;
  /** Read the heap after a forced GC every fifth of the run. */
  checkpoints: boolean;
}

export interface LoopFigures {
  items: number;
  bytes: number;
  seconds: number;
  /** CPU time (user + system) of this process during the measured calls: on a loaded machine the wall clock also counts waiting for a core. */
  cpuSeconds: number;
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

export function timeLoop(options: LoopOptions): LoopFigures {
  const gc = gcFunction();
  for (let k = 0; k < Math.min(options.warmup, options.count); k++) options.work(options.input(k));
  gc?.();

  const marks = options.checkpoints ? [1, 2, 3, 4, 5].map((f) => Math.round((options.count * f) / 5)).filter((m) => m > 0) : [];
  const memory: MemoryFigures = { peakRss: 0, peakHeapUsed: 0, checkpoints: [], gcForced: gc !== null };
  const sizes: number[] = [];
  let bytes = 0;
  let found = 0;
  let elapsed = 0;
  let cpu = 0;
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

    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let j = 0; j < inputs.length; j++) {
      found += options.work(inputs[j]!);
      inputs[j] = '';
    }
    const cpuUsed = process.cpuUsage(cpuStart);
    cpu += cpuUsed.user + cpuUsed.system;
    elapsed += performance.now() - start;
    done = end;

    const usage = process.memoryUsage();
    memory.peakRss = Math.max(memory.peakRss, usage.rss);
    memory.peakHeapUsed = Math.max(memory.peakHeapUsed, usage.heapUsed);
    if (marks.includes(done)) {
      gc?.();
      memory.checkpoints.push({ after: done, heapUsed: process.memoryUsage().heapUsed });
    }
  }

  sizes.sort((a, b) => a - b);
  return {
    items: options.count,
    bytes,
    seconds: elapsed / 1000,
    cpuSeconds: cpu / 1e6,
    found,
    sizes: { min: sizes[0] ?? 0, median: sizes[Math.floor((sizes.length - 1) / 2)] ?? 0, max: sizes.at(-1) ?? 0 },
    memory,
  };
}

/** Flat: the heap after the last fifth is within 5% (or 2 MiB) of the heap after the first. */
export function isFlat(memory: MemoryFigures): { met: boolean; growth: number } {
  const first = memory.checkpoints[0]?.heapUsed ?? 0;
  const last = memory.checkpoints.at(-1)?.heapUsed ?? 0;
  const growth = last - first;
  return { met: growth <= Math.max(2 * 2 ** 20, first * 0.05), growth };
}
