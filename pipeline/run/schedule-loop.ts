/**
 * The loop behind `vntally schedule`: wait for the next time the cron
 * expression matches, run the pipeline, log, repeat.
 *
 * - Each run is a child process (`vntally run …`), so a crash or a leak in
 *   one run cannot take the scheduler down, and its lock is the same as a
 *   run started by hand or by cron (a run still going when the next time
 *   comes makes that one stop at once, naming the holder).
 * - Times missed while a run was going are skipped, not queued: the next
 *   time is computed from the end of the run.
 * - Sleeping is done in slices of at most a minute, re-reading the clock,
 *   so a suspended machine or a clock change does not shift the schedule.
 *
 * The clock, the sleep and the run are passed in, so tests drive the loop
 * without waiting.
 */
import { nextCronTime, type CronSchedule } from './cron.js';

export interface ScheduleDeps {
  now: () => Date;
  /** Sleeps `ms` (or less, if stopped); resolves early when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Runs the pipeline once; resolves to its exit code. */
  run: (signal: AbortSignal) => Promise<number>;
  log: (line: string) => void;
}

export interface ScheduleOptions {
  schedule: CronSchedule;
  /** Stop after this many runs (tests); default: never. */
  maxRuns?: number;
  /** Stops the loop (SIGINT/SIGTERM): the sleep ends, a running child is told to stop. */
  signal?: AbortSignal;
}

/** The longest single sleep: the clock is re-read after each. */
export const SLEEP_SLICE_MS = 60_000;

/** "2025-06-01 02:00:00 +07:00": the local time, with its offset, for logs. */
export function formatLocalTime(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "5 h 03 min", "42 s". */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

/** Runs until stopped (or `maxRuns`); resolves to the number of runs that failed. */
export async function runSchedule(options: ScheduleOptions, deps: ScheduleDeps): Promise<{ runs: number; failed: number }> {
  const signal = options.signal ?? new AbortController().signal;
  const log = (line: string): void => deps.log(`${formatLocalTime(deps.now())} vntally schedule: ${line}`);
  let runs = 0;
  let failed = 0;
  while (!signal.aborted && (options.maxRuns === undefined || runs < options.maxRuns)) {
    const next = nextCronTime(options.schedule, deps.now());
    if (next === null) {
      log(`"${options.schedule.source}" never matches again; stopping`);
      break;
    }
    log(`next run at ${formatLocalTime(next)} (in ${formatWait(next.getTime() - deps.now().getTime())})`);
    while (!signal.aborted) {
      const left = next.getTime() - deps.now().getTime();
      if (left <= 0) break;
      await deps.sleep(Math.min(left, SLEEP_SLICE_MS), signal);
    }
    if (signal.aborted) break;
    const started = deps.now();
    log('starting a run');
    const code = await deps.run(signal);
    runs += 1;
    if (code !== 0) failed += 1;
    const seconds = (deps.now().getTime() - started.getTime()) / 1000;
    log(`run ${code === 0 ? 'finished' : `ended with exit code ${code}`} after ${seconds.toFixed(0)} s`);
  }
  if (signal.aborted) log('stopped');
  return { runs, failed };
}
