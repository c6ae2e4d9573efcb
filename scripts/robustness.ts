/**
 * `npm run robustness`: the robustness suite (test/robustness/) with the full
 * 50 SIGKILL trials, then `npm audit` of the production dependencies, printed
 * as ONE table: every hostile input, injected fault, kill trial and security
 * check with its outcome, ending with
 *
 *     robustness: 92/92 bad inputs, 30/30 faults, 50/50 kills, 0 rows lost, 0 duplicated; 33/33 security checks
 *
 * Every figure is counted from what the tests recorded (test/robustness/report.ts),
 * never written here. Exit code 1 when anything failed, when fewer than 60
 * inputs or 50 kills ran, or when vitest itself failed.
 *
 *     node --import tsx scripts/robustness.ts
 *     ROBUSTNESS_SEED=20251121 ROBUSTNESS_TRIALS=crawl:7 node --import tsx scripts/robustness.ts   # replay one trial
 *     ROBUSTNESS_KILLS=4 node --import tsx scripts/robustness.ts                                  # 4 trials per stage
 *
 * vitest's own output goes to a log file (its path is printed on stderr), so
 * stdout holds the table alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../pipeline/format-table.js';
import { REPORT_ENV, type Outcome, type OutcomeKind } from '../test/robustness/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIN_INPUTS = 60;
const MIN_KILLS = 50;
const DETAIL_WIDTH = 120;
const KIND_TITLES: Readonly<Record<OutcomeKind, string>> = { input: 'bad input', fault: 'fault', kill: 'kill', security: 'security' };

interface Row extends Outcome {
  skipped?: boolean;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The suite under vitest, full kill plan unless the caller chose one; resolves with vitest's exit code. */
function runSuite(reportPath: string, logPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logPath);
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/robustness'], {
      cwd: ROOT,
      env: { ...process.env, [REPORT_ENV]: reportPath, ROBUSTNESS_KILLS: process.env.ROBUSTNESS_KILLS ?? 'full', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => log.end(() => resolve(code ?? 1)));
  });
}

/** Production dependencies as installed: name@version. */
function productionDeps(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {}).map((name) => {
    const manifest = join(ROOT, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'not installed';
    return `${name}@${version}`;
  });
}

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { summary?: string };
  /** npm's JSON when the endpoint itself failed: "405 Method Not Allowed - POST https://…/advisories/bulk". */
  message?: string;
}

/**
 * `npm audit --omit=dev`: no high or critical advisory in production
 * dependencies. Where the registry's audit endpoint cannot be reached the
 * check is reported as skipped, with the dependencies it would have checked.
 */
function auditProduction(): Row {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  let report: AuditReport | null;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts === undefined) {
    const why = report?.message ?? report?.error?.summary ?? (run.stderr.split('\n').find((l) => /audit|error/iu.test(l)) ?? `npm exited ${run.status}`).trim();
    return { kind: 'security', group: 'dependencies', name: 'npm audit --omit=dev', ok: true, skipped: true, detail: `not run: the registry's audit endpoint answered "${clip(why, 100)}"; production dependencies: ${productionDeps().join(', ')}` };
  }
  const serious = Object.entries(report?.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  return {
    kind: 'security',
    group: 'dependencies',
    name: 'npm audit --omit=dev',
    ok: serious.length === 0,
    detail: serious.length === 0 ? `no high or critical advisory (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')})` : `high/critical: ${serious.map(([name, v]) => `${name} (${v.severity})`).join(', ')}`,
  };
}

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'vntally-robustness-'));
const reportPath = join(scratch, 'outcomes.jsonl');
const logPath = join(scratch, 'vitest.log');
process.stderr.write(`robustness: running test/robustness (vitest log: ${logPath})…\n`);
const vitestCode = await runSuite(reportPath, logPath);
const rows: Row[] = existsSync(reportPath)
  ? readFileSync(reportPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Row)
  : [];
rows.push(auditProduction());

const order: readonly OutcomeKind[] = ['input', 'fault', 'kill', 'security'];
rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
const table = formatTable(
  ['kind', 'group', 'item', 'outcome', 'time', 'detail'],
  rows.map((r) => [KIND_TITLES[r.kind], r.group, r.name, r.skipped ? 'SKIPPED' : r.ok ? 'ok' : 'FAILED', r.ms === undefined ? '' : `${(r.ms / 1000).toFixed(1)} s`, clip(r.detail, r.group === 'dependencies' ? 2000 : DETAIL_WIDTH)]),
);

const of = (kind: OutcomeKind): { ok: number; total: number; skipped: number } => {
  const list = rows.filter((r) => r.kind === kind);
  const skipped = list.filter((r) => r.skipped).length;
  return { ok: list.filter((r) => r.ok && !r.skipped).length, total: list.length - skipped, skipped };
};
const inputs = of('input');
const faults = of('fault');
const kills = of('kill');
const security = of('security');
const lost = rows.reduce((n, r) => n + (r.lost ?? 0), 0);
const duplicated = rows.reduce((n, r) => n + (r.duplicated ?? 0), 0);
const seconds = (performance.now() - started) / 1000;
const skippedNote = (s: { skipped: number }): string => (s.skipped > 0 ? ` (${s.skipped} skipped)` : '');

const problems: string[] = [];
if (vitestCode !== 0) problems.push(`vitest exited ${vitestCode} (see ${logPath})`);
if (inputs.total < MIN_INPUTS) problems.push(`only ${inputs.total} bad inputs ran (at least ${MIN_INPUTS})`);
if (kills.total < MIN_KILLS && (process.env.ROBUSTNESS_KILLS ?? 'full') === 'full' && !process.env.ROBUSTNESS_TRIALS) problems.push(`only ${kills.total} kills ran (at least ${MIN_KILLS})`);
const failed = rows.filter((r) => !r.ok && !r.skipped);
if (failed.length > 0) problems.push(`${failed.length} item(s) FAILED`);
if (lost > 0 || duplicated > 0) problems.push(`${lost} rows lost, ${duplicated} duplicated`);

console.log(table);
console.log('');
console.log(
  `robustness: ${inputs.ok}/${inputs.total} bad inputs, ${faults.ok}/${faults.total} faults${skippedNote(faults)}, ${kills.ok}/${kills.total} kills, ${lost} rows lost, ${duplicated} duplicated; ` +
    `${security.ok}/${security.total} security checks${skippedNote(security)} (${seconds.toFixed(0)} s)`,
);
if (problems.length > 0) {
  process.stderr.write(`robustness: ${problems.join('; ')} (outcomes and vitest log kept in ${scratch})\n`);
  if (vitestCode !== 0) process.stderr.write(`${readFileSync(logPath, 'utf8').split('\n').slice(-60).join('\n')}\n`);
} else {
  rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = problems.length > 0 ? 1 : 0;
