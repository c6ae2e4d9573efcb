/**
 * Outcomes of the robustness suite, as data: every hostile input, injected
 * fault, SIGKILL trial and security check records one line, so that
 * `npm run robustness` (scripts/robustness.ts) can print them as one table
 * with figures measured by the tests themselves.
 *
 * The tests assert as usual; when `ROBUSTNESS_REPORT` names a file, each
 * outcome is also appended to it as a JSON line (appends of one short line
 * are atomic, so vitest's parallel workers can share the file).
 */
import { appendFileSync } from 'node:fs';

export const REPORT_ENV = 'ROBUSTNESS_REPORT';

/** What the final line counts: bad inputs, faults (crawl, pipeline, disk, concurrency), kills; security checks apart. */
export const OUTCOME_KINDS = ['input', 'fault', 'kill', 'security'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface Outcome {
  kind: OutcomeKind;
  /** A column of the table: the input category, the fault family, the killed stage… */
  group: string;
  name: string;
  ok: boolean;
  /** What happened, in a few words ("3 facts, 12 ms", "error: binary", "killed at facts, restored"). */
  detail: string;
  /** Wall milliseconds the item took, where measured. */
  ms?: number;
  /** Kill trials: rows (pages, articles, facts) missing or doubled against the uninterrupted run. */
  lost?: number;
  duplicated?: number;
}

export function recordOutcome(outcome: Outcome): void {
  const path = process.env[REPORT_ENV];
  if (!path) return;
  appendFileSync(path, `${JSON.stringify(outcome)}\n`);
}

/** Records and returns the outcome, so a test can `expect(record(...).ok)`. */
export function record(outcome: Outcome): Outcome {
  recordOutcome(outcome);
  return outcome;
}

/**
 * Runs one check and records its outcome: ok with the detail `work` returns,
 * or not ok with the first line of the error, which is thrown on.
 */
export async function recordCheck(kind: OutcomeKind, group: string, name: string, work: () => Promise<string> | string): Promise<void> {
  let ok = true;
  let detail = '';
  try {
    detail = await work();
  } catch (error) {
    ok = false;
    detail = (error as Error).message.split('\n')[0] ?? 'failed';
    throw error;
  } finally {
    record({ kind, group, name, ok, detail });
  }
}
