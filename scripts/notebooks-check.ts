/**
 * `npm run notebooks:check`: executes every notebook headless against a
 * database and fails when one does not show what it should.
 *
 *   node --import tsx scripts/notebooks-check.ts [--db FILE] [--runs N] [--jobs N]
 *        [--out DIR] [--json FILE] [--allow-empty] [--keep] [NOTEBOOK.ipynb…]
 *
 *  1. resolve the database (--db, else VNTALLY_DB, else the demo's
 *     data/demo/vntally.duckdb) and the notebooks (default notebooks/*.ipynb);
 *  2. check the tools: Jupyter's nbconvert, the kernel's deno
 *     (scripts/ensure-notebook-deps.sh installs what is missing), and
 *     type-check the notebooks' helpers (notebooks/lib) with that deno;
 *  3. warn about notebooks saved with outputs (they are committed without);
 *  4. copy every notebook `runs` times into a scratch folder and execute the
 *     copies with nbconvert and the project's kernel, in `jobs` nbconvert
 *     processes side by side (each runs its copies one after the other, one
 *     fresh kernel per notebook);
 *  5. inspect every executed copy (notebooks-inspect.ts): cell errors,
 *     display outputs counted against the display calls of each cell, charts
 *     with no data marks;
 *  6. export the first run to HTML under --out (data/reports/notebooks/),
 *     with the executed notebooks in --out/executed/, and check that each
 *     page still holds its charts;
 *  7. print a summary, write the JSON report (--json, default
 *     --out/check.json) and exit 1 on any problem (2 when it cannot run).
 */
import { availableParallelism, tmpdir } from 'node:os';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CliError } from '../pipeline/cli-error.js';
import { checkTools, executeInPlace, exportHtml, typeCheckHelpers, type ExecuteEnvironment } from './notebooks-execute.js';
import { cellsWithOutputs, inspectHtml, inspectNotebook, type HtmlReport, type NotebookFile, type NotebookReport } from './notebooks-inspect.js';

/** What jupyter_client says when a kernel died before it answered at all. */
const KERNEL_NEVER_STARTED = /Kernel died before replying to kernel_info/u;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The database `npm start` builds; the same default as notebooks/lib/database-path.ts. */
export const DEMO_DB = 'data/demo/vntally.duckdb';
export const DEFAULT_OUT = 'data/reports/notebooks';

const OptionsSchema = z.object({
  db: z.string().min(1).optional(),
  runs: z.coerce.number().int().min(1).max(100).default(1),
  jobs: z.coerce.number().int().min(1).max(16).optional(),
  out: z.string().min(1).default(DEFAULT_OUT),
  json: z.string().min(1).optional(),
  allowEmpty: z.boolean().default(false),
  keep: z.boolean().default(false),
  notebooks: z.array(z.string()).default([]),
});
export type CheckOptions = z.input<typeof OptionsSchema>;

export interface RunReport extends NotebookReport {
  run: number;
  /** Kernel-side seconds from the first cell's start to the last cell's reply (nbconvert's timing metadata). */
  seconds: number | null;
}

export interface CheckReport {
  ok: boolean;
  db: string;
  notebooks: string[];
  runs: number;
  jobs: number;
  seconds: number;
  tools: { nbconvert: string; deno: string };
  results: RunReport[];
  html: HtmlReport[];
  warnings: string[];
  problems: string[];
}

/** Where a user's relative path points: npm runs scripts in the project root, INIT_CWD is where they typed. */
function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function cellSeconds(notebook: NotebookFile): number | null {
  const times = notebook.cells.flatMap((cell) => {
    const execution = (cell.metadata?.execution ?? {}) as Record<string, string>;
    const start = execution['iopub.execute_input'];
    const end = execution['shell.execute_reply'];
    return start !== undefined && end !== undefined ? [[Date.parse(start), Date.parse(end)] as const] : [];
  });
  if (times.length === 0) return null;
  return (Math.max(...times.map(([, end]) => end)) - Math.min(...times.map(([start]) => start))) / 1000;
}

async function readNotebook(path: string): Promise<NotebookFile> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as NotebookFile;
  } catch (error) {
    throw new CliError('notebook_unreadable', `${path}: not a readable notebook`, { cause: error });
  }
}

/** What one nbconvert process reported. */
export interface LaneOutcome {
  code: number;
  output: string;
}

/**
 * A kernel that died before it answered (two nbconvert processes starting kernels at once can lose a port race)
 * ran no cell: the notebooks of that lane that were not executed are run once more, and the lane's output says
 * so. Anything else a lane reports stays a problem, and so does a second death. Changes `outcomes` in place.
 */
export async function rerunUnstartedKernels(lanes: string[][], outcomes: LaneOutcome[], execute: (files: string[]) => Promise<LaneOutcome>): Promise<void> {
  for (let lane = 0; lane < outcomes.length; lane++) {
    const outcome = outcomes[lane]!;
    if (outcome.code === 0 || !KERNEL_NEVER_STARTED.test(outcome.output)) continue;
    const pending: string[] = [];
    for (const file of lanes[lane] ?? []) if (cellsWithOutputs(await readNotebook(file)).length === 0) pending.push(file);
    if (pending.length === 0) continue;
    const again = await execute(pending);
    outcomes[lane] = { code: again.code, output: `${outcome.output}\n===== a kernel died before it started: ${pending.length} notebook(s) not executed were run again (exit ${again.code})\n${again.output}` };
  }
}

export async function checkNotebooks(input: CheckOptions = {}): Promise<CheckReport> {
  const options = OptionsSchema.parse(input);
  const started = performance.now();

  // 1.
  const db = userPath(options.db ?? process.env.VNTALLY_DB ?? join(ROOT, DEMO_DB));
  if (!existsSync(db)) {
    throw new CliError('db_missing', `no database at ${db}: run \`npm start\` first (it builds the demo database ${DEMO_DB}), or pass --db FILE`);
  }
  const notebookDir = join(ROOT, 'notebooks');
  const notebooks = options.notebooks.length > 0 ? options.notebooks.map(userPath) : (await readdir(notebookDir)).filter((f) => f.endsWith('.ipynb')).sort().map((f) => join(notebookDir, f));
  if (notebooks.length === 0) throw new CliError('no_notebooks', `no notebooks in ${notebookDir}`);
  const env: ExecuteEnvironment = { root: ROOT, db };
  const jobs = Math.min(options.jobs ?? Math.min(2, availableParallelism()), options.runs);

  // 2.
  const tools = await checkTools(env);
  const typeCheck = await typeCheckHelpers(tools.deno, env);

  // 3.
  const warnings: string[] = [];
  for (const path of notebooks) {
    const dirty = cellsWithOutputs(await readNotebook(path));
    if (dirty.length > 0) warnings.push(`${basename(path)} was saved with outputs in cell(s) ${dirty.join(', ')}: commit notebooks without outputs`);
  }

  // 4.
  const scratch = await mkdtemp(join(tmpdir(), 'vntally-notebooks-'));
  const problems: string[] = typeCheck.code === 0 ? [] : [`notebooks/lib does not type-check:\n${typeCheck.output.trim()}`];
  const results: RunReport[] = [];
  const html: HtmlReport[] = [];
  try {
    const runDir = (run: number) => join(scratch, `run-${String(run).padStart(2, '0')}`);
    const copies: string[][] = [];
    for (let run = 1; run <= options.runs; run++) {
      await mkdir(runDir(run));
      const files = notebooks.map((path) => join(runDir(run), basename(path)));
      await Promise.all(notebooks.map((path, i) => copyFile(path, files[i]!)));
      copies.push(files);
    }
    const lanes = Array.from({ length: jobs }, (_, lane) => copies.filter((_, run) => run % jobs === lane).flat());
    const outcomes = await Promise.all(lanes.map((files) => executeInPlace(files, env)));
    await rerunUnstartedKernels(lanes, outcomes, (files) => executeInPlace(files, env));
    const log = outcomes.map((o, lane) => `===== nbconvert lane ${lane + 1} (exit ${o.code})\n${o.output}`).join('\n');
    outcomes.forEach((outcome, lane) => {
      if (outcome.code !== 0) problems.push(`nbconvert lane ${lane + 1} exited with ${outcome.code}: ${outcome.output.trim().split('\n').slice(-3).join(' | ')}`);
    });

    // 5.
    for (let run = 1; run <= options.runs; run++) {
      for (const file of copies[run - 1]!) {
        const executed = await readNotebook(file);
        const report = inspectNotebook(basename(file, '.ipynb'), executed, { allowEmpty: options.allowEmpty });
        results.push({ ...report, run, seconds: cellSeconds(executed) });
        problems.push(...report.problems.map((p) => (options.runs > 1 ? `run ${run}: ${p}` : p)));
      }
    }

    // 6.
    const out = userPath(options.out);
    const executedDir = join(out, 'executed');
    await rm(executedDir, { recursive: true, force: true });
    await mkdir(executedDir, { recursive: true });
    for (const stale of (await readdir(out)).filter((f) => f.endsWith('.html'))) await rm(join(out, stale));
    const firstRun = copies[0]!.map((file) => join(executedDir, basename(file)));
    await Promise.all(copies[0]!.map((file, i) => copyFile(file, firstRun[i]!)));
    await writeFile(join(out, 'nbconvert.log'), log);
    const exported = await exportHtml(firstRun, out, env);
    if (exported.code !== 0) problems.push(`HTML export failed: ${exported.output.trim().split('\n').slice(-3).join(' | ')}`);
    for (const file of firstRun) {
      const name = basename(file, '.ipynb');
      const page = join(out, `${name}.html`);
      if (!existsSync(page)) {
        problems.push(`${page}: not exported`);
        continue;
      }
      const notebook = results.find((r) => r.run === 1 && r.notebook === name);
      if (notebook === undefined) continue;
      const report = inspectHtml(page, await readFile(page, 'utf8'), notebook);
      html.push(report);
      problems.push(...report.problems);
    }
  } finally {
    if (options.keep) console.error(`notebooks:check: executed copies kept in ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }

  // 7.
  const report: CheckReport = {
    ok: problems.length === 0,
    db,
    notebooks: notebooks.map((n) => basename(n)),
    runs: options.runs,
    jobs,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    tools,
    results,
    html,
    warnings,
    problems,
  };
  await writeFile(userPath(options.json ?? join(options.out, 'check.json')), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

function summarise(report: CheckReport, out: string): string {
  const lines = [`notebooks:check: ${report.notebooks.length} notebook(s) × ${report.runs} run(s) in ${report.jobs} job(s) against ${report.db}: ${report.seconds} s`];
  for (const name of report.notebooks.map((n) => basename(n, '.ipynb'))) {
    const runs = report.results.filter((r) => r.notebook === name);
    const first = runs[0];
    if (first === undefined) continue;
    const complete = runs.filter((r) => r.outputs === r.expectedOutputs && r.executed).length;
    const seconds = runs.map((r) => r.seconds).filter((s): s is number => s !== null);
    const mean = seconds.length === 0 ? '?' : (seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(1);
    const charts = first.charts.map((c) => (c.status === 'ok' ? `${c.name} ${c.marks}` : `${c.name} ${c.status}`)).join(', ');
    lines.push(`  ${name.padEnd(30)} ${first.expectedOutputs} outputs, all present in ${complete}/${runs.length} run(s); ${mean} s of cells per run; charts: ${charts || 'none'}`);
  }
  lines.push(`  HTML: ${report.html.map((h) => basename(h.page)).join(', ')} in ${out}`);
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  if (report.ok) lines.push('  OK');
  else lines.push(`  ${report.problems.length} problem(s):`, ...report.problems.map((p) => `    ${p}`));
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        runs: { type: 'string' },
        jobs: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        'allow-empty': { type: 'boolean' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help === true) {
      console.log(
        'Usage: npm run notebooks:check -- [--db FILE] [--runs N] [--jobs N] [--out DIR] [--json FILE] [--allow-empty] [--keep] [NOTEBOOK.ipynb…]\n' +
          `Executes the notebooks headless against the database (default ${DEMO_DB}), exports HTML to ${DEFAULT_OUT}/, fails on a cell error, a dropped output or an empty chart.`,
      );
      return 0;
    }
    const parsed = OptionsSchema.safeParse({ ...values, allowEmpty: values['allow-empty'], notebooks: positionals });
    if (!parsed.success) throw new CliError('bad_flag', parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
    const report = await checkNotebooks(parsed.data);
    console.log(summarise(report, userPath(parsed.data.out)));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`notebooks:check: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`notebooks:check: ${error.message}`);
      return 2;
    }
    console.error('notebooks:check: unexpected error (a bug; please report it with this output)');
    console.error(error);
    return 70;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
