/**
 * What an executed notebook must look like, read from the .ipynb that
 * nbconvert wrote (and from its HTML export). Pure apart from parsing.
 *
 * For every code cell:
 *  1. no error output;
 *  2. as many display outputs as the cell has display calls in its source
 *     (DISPLAY_CALL; a cell may say otherwise in its metadata,
 *     `"vntally": {"displays": N}`): one missing is an output the kernel
 *     sent too late and Jupyter dropped;
 *  3. no `execute_result`: a cell's last value is the output the Deno kernel
 *     sends after "idle" (see notebooks/lib/show.ts), so relying on it is a
 *     flaky notebook even when it happens to arrive;
 *  4. every chart (an `image/svg+xml` output) has data marks (countDataMarks),
 *     and its `text/html` twin still holds the <svg>.
 * For the HTML page: every chart <svg> of the notebook is there, with marks.
 */
import { JSDOM } from 'jsdom';
import { CHART_EMPTY_ATTRIBUTE, CHART_NAME_ATTRIBUTE, countDataMarks } from '../notebooks/lib/chart-marks.js';

/**
 * A call that displays one output, at the start of an awaited expression.
 * Matches "await showChart('x', …)", "await display({…})",
 * "await Deno.jupyter.display(x)"; not "showChart(" without await, nor
 * "await showCharts(" or "await nationalPlot(".
 */
export const DISPLAY_CALL = /\bawait\s+(?:show(?:Chart|Table|Markdown|Database)|display|Deno\.jupyter\.display)\s*\(/gu;

/** A `//` comment to the end of the line (so that a commented-out call is not counted). Matches "// await showChart(…)"; not "https://". */
const LINE_COMMENT = /(?<![:'"`\w])\/\/.*$/gmu;

export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  metadata?: { vntally?: { displays?: number } } & Record<string, unknown>;
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

export interface NotebookOutput {
  output_type: string;
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}

export interface NotebookFile {
  cells: NotebookCell[];
  metadata?: Record<string, unknown>;
}

export interface ChartReport {
  name: string;
  marks: number;
  /** ok; empty (a fault); expected-empty (the notebook said emptiness is a finding); stripped (no <svg> left in text/html). */
  status: 'ok' | 'empty' | 'expected-empty' | 'stripped';
}

export interface CellReport {
  /** Position among all cells (as Jupyter numbers them, from 0). */
  index: number;
  expected: number;
  displays: number;
  results: number;
  errors: string[];
  charts: ChartReport[];
}

export interface NotebookReport {
  notebook: string;
  executed: boolean;
  cells: CellReport[];
  charts: ChartReport[];
  outputs: number;
  expectedOutputs: number;
  problems: string[];
}

function text(source: string | string[] | undefined): string {
  if (source === undefined) return '';
  return Array.isArray(source) ? source.join('') : source;
}

/** How many outputs a cell's source asks for. */
export function expectedDisplays(cell: NotebookCell): number {
  const declared = cell.metadata?.vntally?.displays;
  if (typeof declared === 'number') return declared;
  return text(cell.source).replace(LINE_COMMENT, '').match(DISPLAY_CALL)?.length ?? 0;
}

/** Cells of a committed notebook that carry outputs or execution counts. */
export function cellsWithOutputs(notebook: NotebookFile): number[] {
  return notebook.cells.flatMap((cell, index) => ((cell.outputs?.length ?? 0) > 0 || (cell.execution_count ?? null) !== null ? [index] : []));
}

/** One window for all the SVG parsing of a process. */
let shared: JSDOM | null = null;
function parser(): DOMParser {
  shared ??= new JSDOM('');
  return new shared.window.DOMParser();
}

function inspectChart(output: NotebookOutput): ChartReport | null {
  const html = text(output.data?.['text/html']);
  const svg = text(output.data?.['image/svg+xml']);
  if (svg === '') {
    const match = new RegExp(`${CHART_NAME_ATTRIBUTE}="([^"]*)"[^>]*${CHART_EMPTY_ATTRIBUTE}="expected"`, 'u').exec(html);
    return match === null ? null : { name: match[1] ?? '?', marks: 0, status: 'expected-empty' };
  }
  const root = parser().parseFromString(svg, 'image/svg+xml').documentElement;
  const name = root.getAttribute(CHART_NAME_ATTRIBUTE) ?? '(unnamed chart)';
  const marks = countDataMarks(root);
  if (!html.includes('<svg')) return { name, marks, status: 'stripped' };
  return { name, marks, status: marks > 0 ? 'ok' : 'empty' };
}

/** Checks one executed notebook; `allowEmpty` turns empty charts into notes rather than problems. */
export function inspectNotebook(name: string, notebook: NotebookFile, options: { allowEmpty?: boolean } = {}): NotebookReport {
  const problems: string[] = [];
  const cells: CellReport[] = [];
  const code = notebook.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.cell_type === 'code');
  const executed = code.some(({ cell }) => (cell.execution_count ?? null) !== null);
  for (const { cell, index } of code) {
    const outputs = cell.outputs ?? [];
    const report: CellReport = {
      index,
      expected: expectedDisplays(cell),
      displays: outputs.filter((o) => o.output_type === 'display_data').length,
      results: outputs.filter((o) => o.output_type === 'execute_result').length,
      errors: outputs.filter((o) => o.output_type === 'error').map((o) => `${o.ename ?? 'Error'}: ${o.evalue ?? ''}`),
      charts: outputs.flatMap((o) => (o.output_type === 'display_data' ? [inspectChart(o)].filter((c): c is ChartReport => c !== null) : [])),
    };
    cells.push(report);
    const where = `${name} cell ${index}`;
    for (const error of report.errors) problems.push(`${where}: ${error.split('\n')[0]}`);
    if (report.errors.length === 0 && executed && report.displays !== report.expected) {
      problems.push(`${where}: ${report.displays} display output(s), expected ${report.expected}${report.displays < report.expected ? ' (dropped by the kernel or Jupyter)' : ''}`);
    }
    if (report.results > 0) problems.push(`${where}: shows its last expression's value; display it with await show…(…) instead (the kernel may send it after the cell is idle, and Jupyter drops it)`);
    for (const chart of report.charts) {
      if (chart.status === 'stripped') problems.push(`${where}: chart "${chart.name}" lost its <svg> in text/html`);
      if (chart.status === 'empty' && options.allowEmpty !== true) problems.push(`${where}: chart "${chart.name}" is empty (no data marks)`);
    }
  }
  if (!executed) problems.push(`${name}: not executed (nbconvert stopped before it; see its output above)`);
  return {
    notebook: name,
    executed,
    cells,
    charts: cells.flatMap((c) => c.charts),
    outputs: cells.reduce((n, c) => n + c.displays, 0),
    expectedOutputs: cells.reduce((n, c) => n + c.expected, 0),
    problems,
  };
}

export interface HtmlReport {
  page: string;
  charts: Array<{ name: string; marks: number }>;
  problems: string[];
}

/** Checks an exported HTML page against its notebook's charts: each drawn chart is in the page, with marks. */
export function inspectHtml(page: string, html: string, notebook: NotebookReport): HtmlReport {
  const document = new JSDOM(html).window.document;
  const charts = Array.from(document.querySelectorAll(`svg[${CHART_NAME_ATTRIBUTE}]`)).map((svg) => ({ name: svg.getAttribute(CHART_NAME_ATTRIBUTE) ?? '?', marks: countDataMarks(svg) }));
  const problems: string[] = [];
  const drawn = notebook.charts.filter((c) => c.status === 'ok' || c.status === 'empty');
  if (charts.length !== drawn.length) problems.push(`${page}: ${charts.length} chart(s) in the page, ${drawn.length} in the notebook`);
  for (const chart of charts) {
    if (chart.marks === 0 && drawn.find((c) => c.name === chart.name)?.status !== 'empty') problems.push(`${page}: chart "${chart.name}" has no marks in the page`);
  }
  return { page, charts, problems };
}
