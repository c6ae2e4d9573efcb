/**
 * Everything a notebook shows goes through `Deno.jupyter.display`, awaited,
 * and then waits until the kernel has published it (`display` below and
 * iopub-echo.ts: awaiting the display alone is not enough).
 *
 * Why not let a cell's last expression show itself: the Deno kernel can send
 * that result after it has reported the cell idle, and nbconvert then drops
 * the output without an error, so a headless run passes with a chart
 * missing. The helpers return nothing, so a cell ending in `await show…(…)`
 * has no result to send.
 *
 * Charts go out as one bundle with `text/html` and `image/svg+xml`: Debian's
 * nbconvert empties the SVG of an `image/svg+xml`-only output in its HTML
 * export (measured: the <svg> keeps its size and loses its children), and
 * prefers `text/html` when both are there; other front ends may pick the SVG.
 */
import type * as Plot from '@observablehq/plot';
import { CHART_EMPTY_ATTRIBUTE, CHART_NAME_ATTRIBUTE } from './chart-marks.js';
import { formatTable, type TableOptions } from './format-table.js';
import { IopubEcho } from './iopub-echo.js';
import type { NotebookDatabase } from './notebook-database.js';
import { renderChart } from './render-chart.js';

/** MIME type → content, e.g. { 'text/html': '<b>…</b>', 'text/plain': '…' }. */
export type Bundle = Record<string, string>;

/** Longest wait for a display to come back on the kernel's iopub (iopub-echo.ts); a loaded machine takes milliseconds. */
const ECHO_TIMEOUT_MS = 30_000;

/**
 * Outside the project's kernel there is no echo; a macrotask turn and a few
 * milliseconds let the kernel's drainer publish the display first in most
 * cases, not all (iopub-echo.ts).
 */
const FALLBACK_PAUSE_MS = 10;

let echo: Promise<IopubEcho | null> | null = null;

/** Sends a MIME bundle to the notebook and returns once the kernel has published it (iopub-echo.ts). */
export async function display(bundle: Bundle): Promise<void> {
  echo ??= IopubEcho.open();
  const listener = await echo;
  const displayId = `vntally-${crypto.randomUUID()}`;
  await Deno.jupyter.display(bundle, { raw: true, display_id: displayId });
  if (listener === null || !(await listener.waitFor(displayId, ECHO_TIMEOUT_MS))) {
    await new Promise((resolve) => setTimeout(resolve, FALLBACK_PAUSE_MS));
  }
}

/** A paragraph or list in Markdown (what was found, a caveat computed from the data). */
export async function showMarkdown(markdown: string): Promise<void> {
  await display({ 'text/markdown': markdown, 'text/plain': markdown });
}

/** Rows as a table (format-table.ts); an empty result says so. */
export async function showTable(rows: readonly object[], options: TableOptions = {}): Promise<void> {
  if (rows.length === 0) {
    await showMarkdown(`*${options.caption === undefined ? '' : `${options.caption}: `}no rows in this database.*`);
    return;
  }
  const table = formatTable(rows, options);
  await display({ 'text/html': table.html, 'text/plain': table.text });
}

export interface ChartOptions {
  /**
   * Where an empty chart is a finding rather than a fault (no page was
   * skipped, no story syndicated): shown instead of the chart, and the
   * checks accept it. Without it an empty chart is shown with a warning and
   * `notebooks:check` fails on it.
   */
  whenEmpty?: string;
}

/** Draws a Plot chart in the kernel and displays it. `name` is a short slug the checks report. */
export async function showChart(name: string, plot: Plot.PlotOptions, options: ChartOptions = {}): Promise<void> {
  const chart = renderChart(name, plot);
  if (chart.marks === 0 && options.whenEmpty !== undefined) {
    await display({
      'text/html': `<p ${CHART_NAME_ATTRIBUTE}="${escapeAttribute(name)}" ${CHART_EMPTY_ATTRIBUTE}="expected"><em>${escapeAttribute(options.whenEmpty)}</em></p>`,
      'text/plain': options.whenEmpty,
    });
    return;
  }
  const note = chart.marks === 0 ? `<p><strong>Chart "${escapeAttribute(name)}" is empty: this database has no data for it.</strong></p>` : '';
  await display({
    'text/html': `${note}${chart.html}`,
    'image/svg+xml': chart.svg,
    'text/plain': `[chart ${name}: ${chart.marks} marks; open the notebook in Jupyter or its HTML export to see it]`,
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** What the notebook is reading: the file, its runs and row counts. */
export async function showDatabase(db: NotebookDatabase): Promise<void> {
  const summary = await db.row<{ articles: number; facts: number; pages: number; skipped: number; runs: number; last_loaded: Date | null; versions: string | null }>(`
    SELECT (SELECT count(*) FROM articles)::INTEGER AS articles,
           (SELECT count(*) FROM facts)::INTEGER AS facts,
           (SELECT count(*) FROM pages)::INTEGER AS pages,
           (SELECT count(*) FROM pages WHERE NOT kept)::INTEGER AS skipped,
           (SELECT count(*) FROM runs WHERE status <> 'failed')::INTEGER AS runs,
           (SELECT max(loaded_at) FROM runs) AS last_loaded,
           (SELECT string_agg(DISTINCT extractor_version, ', ' ORDER BY extractor_version) FROM facts) AS versions`);
  const loaded = summary.last_loaded === null ? 'never' : summary.last_loaded.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  await showMarkdown(
    `Database \`${db.path}\`: ${summary.articles} articles kept, ${summary.facts} facts, ` +
      `${summary.pages} archived pages (${summary.skipped} skipped by the topic filter), ` +
      `${summary.runs} run(s) loaded, last at ${loaded}; extractor version(s) ${summary.versions ?? '—'}.`,
  );
}
