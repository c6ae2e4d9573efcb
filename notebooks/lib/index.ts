/**
 * The notebooks' helpers. A notebook starts with
 *
 *   import { NotebookDatabase, Plot, showChart, showDatabase, showMarkdown, showTable } from './lib/index.js';
 *   const db = await NotebookDatabase.open();   // VNTALLY_DB / --db, else data/demo/vntally.duckdb, read-only
 *
 *   database-path.ts      which file: VNTALLY_DB or the demo's, from the project root
 *   notebook-database.ts  NotebookDatabase: rows/row, a short read-only connection per query
 *   check-row-values.ts   BIGINT columns are an error: cast them in the SQL
 *   render-chart.ts       Observable Plot on jsdom → SVG text
 *   chart-marks.ts        countDataMarks: the "not empty" rule shared with the checks
 *   format-table.ts       rows → HTML and plain-text tables
 *   show.ts               display, showMarkdown, showTable, showChart, showDatabase: awaited displays that wait until sent
 */
export * as Plot from '@observablehq/plot';
export { CHART_EMPTY_ATTRIBUTE, CHART_MARKS_ATTRIBUTE, CHART_NAME_ATTRIBUTE, countDataMarks } from './chart-marks.js';
export { DB_ENV, DEFAULT_NOTEBOOK_DB, PROJECT_ROOT, resolveDatabasePath } from './database-path.js';
export { formatTable, type ColumnFormat, type TableColumn, type TableOptions } from './format-table.js';
export { NotebookDatabase, type QueryParams } from './notebook-database.js';
export { renderChart, type RenderedChart } from './render-chart.js';
export { display, showChart, showDatabase, showMarkdown, showTable, type Bundle, type ChartOptions } from './show.js';
