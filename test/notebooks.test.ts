/**
 * The notebooks run, 20 times in a row, without a dropped output, and their
 * exported pages show their charts in a browser.
 *
 * The database is built here from the golden and held-out articles
 * (test/helpers/notebooks-databases.ts), so the test does not depend on
 * `npm start` having run, nor race it for the demo's file; when the demo
 * database is there, one more run checks the notebooks against it too.
 *
 * Needs Debian's Jupyter (scripts/ensure-notebook-deps.sh, run by `npm test`'s
 * pretest) and the `deno` devDependency. The 20 runs (80 notebook
 * executions, one fresh kernel each, two nbconvert processes side by side)
 * took 2 to 3 minutes on a 2-core machine under load; the whole file 2.5 to 4.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_NAME } from '../scripts/notebooks-execute.js';
import { DEMO_DB, checkNotebooks, type CheckReport } from '../scripts/notebooks-check.js';
import { cellsWithOutputs, type NotebookFile } from '../scripts/notebooks-inspect.js';
import { readChartsInChromium } from './helpers/notebooks-browser.js';
import { buildGoldenDatabase, buildSparseDatabase } from './helpers/notebooks-databases.js';

const NOTEBOOK_DIR = 'notebooks';
const RUNS = 20;
const NOTEBOOKS = readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith('.ipynb')).sort();

function readNotebook(name: string): NotebookFile {
  return JSON.parse(readFileSync(join(NOTEBOOK_DIR, name), 'utf8')) as NotebookFile;
}

describe('the committed notebooks', () => {
  it('are the four of the issue', () => {
    expect(NOTEBOOKS).toEqual(['01-trends.ipynb', '02-province-comparison.ipynb', '03-targets-and-achievement.ipynb', '04-coverage-and-provenance.ipynb']);
  });

  it.each(NOTEBOOKS)('%s has no outputs and uses the project kernel', (name) => {
    const notebook = readNotebook(name);
    expect(cellsWithOutputs(notebook)).toEqual([]);
    expect((notebook.metadata?.kernelspec as { name?: string } | undefined)?.name).toBe(KERNEL_NAME);
  });

  it.each(NOTEBOOKS)('%s shows everything through the awaited helpers', (name) => {
    for (const cell of readNotebook(name).cells.filter((c) => c.cell_type === 'code')) {
      const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
      // A bare Deno.jupyter.display is not waited for (notebooks/lib/iopub-echo.ts), a console.log is a stream the kernel may also send late.
      expect(source).not.toMatch(/(?<!await )Deno\.jupyter\.display|console\.log/u);
    }
  });
});

describe('executing the notebooks', () => {
  let scratch: string;
  let report: CheckReport;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'vntally-notebooks-test-'));
    const db = join(scratch, 'golden.duckdb');
    await buildGoldenDatabase(db);
    report = await checkNotebooks({ db, runs: RUNS, out: join(scratch, 'reports'), json: join(scratch, 'check.json') });
  }, 20 * 60_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it(`passes the check ${RUNS} times in a row`, () => {
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results).toHaveLength(RUNS * NOTEBOOKS.length);
  });

  it('drops no output in any run (outputs counted per cell)', () => {
    for (const result of report.results) {
      expect(result.executed, `${result.notebook} run ${result.run}`).toBe(true);
      for (const cell of result.cells) {
        expect(cell.displays, `${result.notebook} run ${result.run} cell ${cell.index}`).toBe(cell.expected);
      }
    }
    // Every notebook shows something in more than its first cell.
    for (const name of NOTEBOOKS) {
      const first = report.results.find((r) => r.notebook === basename(name, '.ipynb'));
      expect(first?.expectedOutputs ?? 0).toBeGreaterThan(5);
    }
  });

  it('draws every chart with data marks in every run', () => {
    for (const result of report.results) {
      expect(result.charts.length, result.notebook).toBeGreaterThanOrEqual(3);
      for (const chart of result.charts) expect(chart.status, `${result.notebook} run ${result.run} ${chart.name}`).toBe('ok');
    }
  });

  it('exports pages whose charts Chromium shows with non-empty marks', async () => {
    const pages = report.html.map((h) => h.page);
    expect(pages.map((p) => basename(p))).toEqual(NOTEBOOKS.map((n) => n.replace(/\.ipynb$/u, '.html')));
    const shown = await readChartsInChromium(pages);
    for (const page of pages) {
      const notebook = report.results.find((r) => r.run === 1 && `${r.notebook}.html` === basename(page));
      const charts = shown.get(page) ?? [];
      expect(charts.map((c) => c.name)).toEqual(notebook?.charts.map((c) => c.name));
      for (const chart of charts) {
        expect(chart.marks, `${basename(page)} ${chart.name}`).toBeGreaterThan(0);
        expect(chart.width * chart.height, `${basename(page)} ${chart.name} on screen`).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});

describe('on a sparse database', () => {
  it('runs every cell without an error or a dropped output, and says which charts have no data', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'vntally-notebooks-sparse-'));
    try {
      const db = join(scratch, 'sparse.duckdb');
      await buildSparseDatabase(db);
      const report = await checkNotebooks({ db, allowEmpty: true, out: join(scratch, 'reports'), json: join(scratch, 'check.json') });
      expect(report.problems).toEqual([]);
      const charts = report.results.flatMap((r) => r.charts);
      expect(charts.filter((c) => c.status === 'expected-empty').map((c) => c.name)).toEqual(
        expect.arrayContaining(['party-members-per-1000-workers', 'union-density', 'skip-reasons', 'syndicated-stories-per-source']),
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 10 * 60_000);
});

describe('on the demo database of npm start', () => {
  // Decided when the test runs, not when the file is collected: `npm start` replaces the file while it builds it.
  it('passes the check once (skipped until npm start has built it)', async (context) => {
    if (!existsSync(DEMO_DB)) context.skip();
    const scratch = await mkdtemp(join(tmpdir(), 'vntally-notebooks-demo-'));
    try {
      const report = await checkNotebooks({ db: DEMO_DB, out: join(scratch, 'reports'), json: join(scratch, 'check.json') });
      expect(report.problems).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 10 * 60_000);
});
