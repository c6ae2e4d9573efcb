/**
 * Runs the hostile inputs and judges each against its expected outcome.
 *
 * - `runInputs`: one child process (`_extract-runner.ts`) extracts the files
 *   in turn and reports CPU and wall time per file. A watchdog on the wall
 *   clock kills it when one file takes far longer than its bound (a hang),
 *   and a new child goes on with the next file; a child that dies on a file
 *   (a crash) is replaced the same way. Nothing that happens to one file can
 *   stop the others or the test process.
 * - `runCliBatch`: the real command, `vntally extract --json` over every
 *   file at once: the batch must finish with one line per file.
 * - `judge`: the line against the expectation (hostile-inputs.ts).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ExtractResultLine } from '../../pipeline/commands/extract.js';
import { CALIBRATION_FILES, type Expectation, type FactKey, type WrittenInput } from './hostile-inputs.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNNER = fileURLToPath(new URL('./_extract-runner.ts', import.meta.url));
export const VNTALLY = join(ROOT, 'bin', 'vntally.js');

/** Runs `vntally ARGS…` from the project root as a child process, to its exit. */
export function runVntally(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VNTALLY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface InputRun {
  written: WrittenInput;
  line: ExtractResultLine | null;
  cpuMs: number;
  wallMs: number;
  /** CPU time of a pass over the calibration articles right around this input (the slower of before and after); 0 when it never ran. */
  calMs: number;
  /** The watchdog killed the runner on this input. */
  hung: boolean;
  /** The runner died on this input (its stderr tail). */
  crashed: string | null;
}

/** Wall time after which an input counts as hung: far past its CPU bound, so a loaded machine is not a hang. */
export function hangAfterMs(boundMs: number): number {
  return 5 * boundMs + 20_000;
}

export async function runInputs(written: readonly WrittenInput[], scratchDir: string): Promise<InputRun[]> {
  const listPath = join(scratchDir, 'inputs.json');
  writeFileSync(listPath, JSON.stringify(written.map((w) => w.path)));
  const calibrationPath = join(scratchDir, 'calibration.json');
  writeFileSync(calibrationPath, JSON.stringify(CALIBRATION_FILES));
  const runs: Array<InputRun | undefined> = new Array(written.length);
  let next = 0;
  while (next < written.length) {
    const stoppedAt = await runFrom(next);
    if (stoppedAt === null) break;
    next = stoppedAt + 1;
  }
  return written.map((w, i) => runs[i] ?? { written: w, line: null, cpuMs: 0, wallMs: 0, calMs: 0, hung: false, crashed: 'never run' });

  /** One child from `first`; resolves with the index it stopped at (hang or crash), or null when it ran to the end. */
  function runFrom(first: number): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', RUNNER, listPath, String(first), calibrationPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      let current = -1;
      let currentStart = 0;
      let hungAt: number | null = null;
      let ended = false;
      const watchdog = setInterval(() => {
        if (current < 0 || hungAt !== null) return;
        const w = written[current]!;
        if (performance.now() - currentStart > hangAfterMs(w.boundMs)) {
          hungAt = current;
          child.kill('SIGKILL');
        }
      }, 200);
      createInterface({ input: child.stdout }).on('line', (text) => {
        const event = JSON.parse(text) as { type: string; i?: number; cpuMs?: number; wallMs?: number; calMs?: number; line?: ExtractResultLine };
        if (event.type === 'start') {
          current = event.i!;
          currentStart = performance.now();
        } else if (event.type === 'done') {
          runs[event.i!] = { written: written[event.i!]!, line: event.line!, cpuMs: event.cpuMs!, wallMs: event.wallMs!, calMs: event.calMs!, hung: false, crashed: null };
          current = -1;
        } else if (event.type === 'end') ended = true;
      });
      child.on('error', reject);
      child.on('close', () => {
        clearInterval(watchdog);
        if (ended) return resolve(null);
        const at = hungAt ?? (current >= 0 ? current : null);
        if (at === null) return reject(new Error(`the extract runner stopped between files: ${stderr}`));
        const w = written[at]!;
        runs[at] = { written: w, line: null, cpuMs: 0, wallMs: performance.now() - currentStart, calMs: 0, hung: hungAt !== null, crashed: hungAt === null ? stderr.trim().split('\n').slice(-3).join(' | ') : null };
        resolve(at);
      });
    });
  }
}

export interface CliBatch {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: ExtractResultLine[];
  stderr: string;
  wallMs: number;
}

/** `vntally extract --json FILE…` over every input at once, as a user would run it. */
export function runCliBatch(paths: readonly string[], timeoutMs: number): Promise<CliBatch> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [VNTALLY, 'extract', '--json', ...paths], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: ExtractResultLine[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    createInterface({ input: child.stdout }).on('line', (text) => lines.push(JSON.parse(text) as ExtractResultLine));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, lines, stderr, wallMs: performance.now() - started });
    });
  });
}

/** What the facts of a line look like for the comparisons: "metric value unit kind". */
export function factKeys(facts: ReadonlyArray<{ metric: string; value: number; unit: string; kind: string }>): string[] {
  return facts.map((f) => `${f.metric} ${f.value} ${f.unit} ${f.kind}`).sort();
}

const keyOf = (f: FactKey): string => `${f.metric} ${f.value} ${f.unit} ${f.kind}`;

export interface Verdict {
  ok: boolean;
  /** Short, for the table: "3 facts", "error: binary content", "HUNG". */
  detail: string;
  problems: string[];
}

/** The parts of an extraction a verdict needs; the CLI line and the database rows both give them. */
export interface Observed {
  error?: string | undefined;
  facts: ReadonlyArray<{ metric: string; value: number; unit: string; kind: string }>;
  issues: ReadonlyArray<{ code: string }>;
  title: string | null;
}

/** Judges what was observed for one input against its expectation; `path` must appear in an error. */
export function judge(expect: Expectation, observed: Observed, o: { path?: string; title?: string } = {}): Verdict {
  const problems: string[] = [];
  const keys = factKeys(observed.facts);
  const codes = new Set(observed.issues.map((i) => i.code));
  if (expect.kind === 'error') {
    if (observed.error === undefined) problems.push(`expected an error matching ${expect.error}, got ${keys.length} facts`);
    else {
      if (!expect.error.test(observed.error)) problems.push(`error "${observed.error}" does not match ${expect.error}`);
      if (o.path !== undefined && !observed.error.includes(o.path)) problems.push(`error "${observed.error}" does not name the file`);
    }
    if (keys.length > 0) problems.push(`an error with facts: ${keys.join(', ')}`);
  } else {
    if (observed.error !== undefined) problems.push(`unexpected error: ${observed.error}`);
    for (const code of expect.issues ?? []) if (!codes.has(code)) problems.push(`issue "${code}" not reported (got ${[...codes].join(', ') || 'none'})`);
    if (expect.kind === 'facts') {
      const want = expect.facts.map(keyOf).sort();
      if (JSON.stringify(keys) !== JSON.stringify(want)) problems.push(`facts [${keys.join('; ')}], expected [${want.join('; ')}]`);
    } else if (expect.kind === 'no-facts') {
      if (keys.length > 0) problems.push(`facts where none are right: ${keys.join('; ')}`);
    } else {
      const allowed = new Set(expect.of.map(keyOf));
      const wrong = keys.filter((k) => !allowed.has(k));
      if (wrong.length > 0) problems.push(`wrong facts: ${wrong.join('; ')}`);
      if (keys.length < expect.atLeast) problems.push(`${keys.length} facts, expected at least ${expect.atLeast}`);
    }
  }
  for (const f of observed.facts) if (!Number.isFinite(f.value) || f.value < 0) problems.push(`value ${f.value} is not a finite count or percent`);
  if (o.title !== undefined && observed.title !== o.title) problems.push(`title ${JSON.stringify(observed.title)} is not ${JSON.stringify(o.title)}`);
  const detail = observed.error !== undefined ? `error: ${observed.error.replace(/^.*?: /u, '')}` : `${keys.length} facts${codes.size > 0 ? ` [${[...codes].join(', ')}]` : ''}`;
  return { ok: problems.length === 0, detail, problems };
}
