/**
 * The rules of `npm run notebooks:check` on hand-made executed notebooks, and
 * the notebooks' pure helpers (no Jupyter, no kernel: fast).
 */
import { describe, expect, it } from 'vitest';
import { findBigIntColumns, checkRowValues } from '../notebooks/lib/check-row-values.js';
import { DEFAULT_NOTEBOOK_DB, resolveDatabasePath } from '../notebooks/lib/database-path.js';
import { formatTable } from '../notebooks/lib/format-table.js';
import { DISPLAY_CALL, expectedDisplays, inspectHtml, inspectNotebook, type NotebookCell, type NotebookFile, type NotebookOutput } from '../scripts/notebooks-inspect.js';

function count(source: string): number {
  return source.match(DISPLAY_CALL)?.length ?? 0;
}

describe('DISPLAY_CALL', () => {
  it.each([
    ["await showChart('x', {})", 1],
    ['await showTable(rows)', 1],
    ["await showMarkdown(`a`);\nawait showDatabase(db);", 2],
    ['await display({})', 1],
    ["await Deno.jupyter.display({}, { raw: true })", 1],
    ["await  showChart ('x', {})", 1],
  ])('counts %j as %i', (source, expected) => {
    expect(count(source)).toBe(expected);
  });

  it.each([
    "showChart('x', {})",
    'await showCharts(x)',
    "await nationalPlot('x')",
    'const display = 1',
    'await db.rows(`SELECT 1`)',
  ])('does not count %j', (source) => {
    expect(count(source)).toBe(0);
  });

  it('ignores commented-out calls but not URLs', () => {
    expect(expectedDisplays(code("// await showMarkdown('x')\nawait showTable(rows); // await showChart('y', {})"))).toBe(1);
    expect(expectedDisplays(code("await showMarkdown('see https://example.vn/a')"))).toBe(1);
  });

  it('lets a cell declare its outputs', () => {
    expect(expectedDisplays({ ...code('for (const m of metrics) await showChart(m, plot(m));'), metadata: { vntally: { displays: 3 } } })).toBe(3);
  });
});

const SVG_WITH_MARKS =
  '<svg xmlns="http://www.w3.org/2000/svg" data-vntally-chart="bars"><g aria-label="y-axis tick"><path d="M0,0"/></g><g aria-label="bar"><rect width="3" height="4"/><rect width="3" height="5"/></g></svg>';
const SVG_WITHOUT_MARKS = '<svg xmlns="http://www.w3.org/2000/svg" data-vntally-chart="bars"><g aria-label="y-axis tick"><path d="M0,0"/></g><g aria-label="bar"></g></svg>';

function code(source: string, outputs: NotebookOutput[] = [], executed = true): NotebookCell {
  return { cell_type: 'code', source, metadata: {}, outputs, execution_count: executed ? 1 : null };
}

function shown(data: Record<string, string>): NotebookOutput {
  return { output_type: 'display_data', data };
}

const markdown = shown({ 'text/markdown': 'x', 'text/plain': 'x' });

function notebook(...cells: NotebookCell[]): NotebookFile {
  return { cells: [{ cell_type: 'markdown', source: '# t' }, ...cells] };
}

describe('inspectNotebook', () => {
  it('passes a notebook that shows what its cells ask for', () => {
    const report = inspectNotebook('ok', notebook(code("await showMarkdown('a');", [markdown]), code("await showChart('bars', {});", [shown({ 'text/html': SVG_WITH_MARKS, 'image/svg+xml': SVG_WITH_MARKS })])));
    expect(report.problems).toEqual([]);
    expect(report.charts).toEqual([{ name: 'bars', marks: 2, status: 'ok' }]);
    expect([report.outputs, report.expectedOutputs]).toEqual([2, 2]);
  });

  it.each([
    ['a dropped output', notebook(code("await showMarkdown('a');\nawait showTable(rows);", [markdown])), /cell 1: 1 display output\(s\), expected 2 \(dropped/u],
    ['a cell error', notebook(code('await db.rows(`x`)', [{ output_type: 'error', ename: 'TypeError', evalue: 'column "n" holds BIGINT values' }])), /cell 1: TypeError: column "n" holds BIGINT/u],
    ['a last-expression result', notebook(code('rows.length', [{ output_type: 'execute_result', data: { 'text/plain': '3' } }])), /shows its last expression's value/u],
    ['an empty chart', notebook(code("await showChart('bars', {});", [shown({ 'text/html': SVG_WITHOUT_MARKS, 'image/svg+xml': SVG_WITHOUT_MARKS })])), /chart "bars" is empty/u],
    ['a chart stripped from its HTML', notebook(code("await showChart('bars', {});", [shown({ 'text/html': '<div></div>', 'image/svg+xml': SVG_WITH_MARKS })])), /chart "bars" lost its <svg>/u],
    ['a notebook never executed', notebook(code("await showMarkdown('a');", [], false)), /not executed/u],
  ])('reports %s', (_, file, problem) => {
    const report = inspectNotebook('nb', file);
    expect(report.problems.join('\n')).toMatch(problem);
  });

  it('accepts a chart the notebook declared may be empty, and empty charts with allowEmpty', () => {
    const note = shown({ 'text/html': '<p data-vntally-chart="skips" data-vntally-empty="expected"><em>none</em></p>', 'text/plain': 'none' });
    expect(inspectNotebook('nb', notebook(code("await showChart('skips', {}, { whenEmpty: 'none' });", [note]))).charts).toEqual([{ name: 'skips', marks: 0, status: 'expected-empty' }]);
    const empty = notebook(code("await showChart('bars', {});", [shown({ 'text/html': SVG_WITHOUT_MARKS, 'image/svg+xml': SVG_WITHOUT_MARKS })]));
    expect(inspectNotebook('nb', empty, { allowEmpty: true }).problems).toEqual([]);
  });
});

describe('inspectHtml', () => {
  const executed = inspectNotebook('nb', notebook(code("await showChart('bars', {});", [shown({ 'text/html': SVG_WITH_MARKS, 'image/svg+xml': SVG_WITH_MARKS })])));

  it('finds the notebook charts in the page', () => {
    expect(inspectHtml('nb.html', `<html><body>${SVG_WITH_MARKS}</body></html>`, executed)).toEqual({ page: 'nb.html', charts: [{ name: 'bars', marks: 2 }], problems: [] });
  });

  it.each([
    ['a chart missing from the page', '<html><body><svg></svg></body></html>', /0 chart\(s\) in the page, 1 in the notebook/u],
    ['a chart emptied by the export', `<html><body>${SVG_WITHOUT_MARKS}</body></html>`, /chart "bars" has no marks in the page/u],
  ])('reports %s', (_, html, problem) => {
    expect(inspectHtml('nb.html', html, executed).problems.join('\n')).toMatch(problem);
  });
});

describe('notebook helpers', () => {
  it('names the BIGINT columns a query forgot to cast', () => {
    expect(findBigIntColumns([{ n: 3n, name: 'x', share: 0.5 }, { n: 4n, name: 'y', share: null }])).toEqual(['n']);
    expect(() => checkRowValues([{ n: 3n }], 'SELECT count(*) AS n FROM facts')).toThrow(/column "n" .*cast in SQL/u);
    expect(() => checkRowValues([{ n: 3 }], 'SELECT count(*)::INTEGER AS n FROM facts')).not.toThrow();
  });

  it.each([
    [undefined, `/project/${DEFAULT_NOTEBOOK_DB}`],
    ['', `/project/${DEFAULT_NOTEBOOK_DB}`],
    ['data/crawl.duckdb', '/project/data/crawl.duckdb'],
    ['/srv/vntally.duckdb', '/srv/vntally.duckdb'],
  ])('reads VNTALLY_DB=%j as %s', (env, path) => {
    expect(resolveDatabasePath(env, '/project')).toBe(path);
  });

  it('formats tables as HTML with links and escaping, and as plain text', () => {
    const table = formatTable([{ province: 'Bình Dương', value: 1126, url: 'https://a.vn/x?a=1&b=<2>', year: 2023, note: null }], { caption: 'Facts' });
    expect(table.html).toContain('<a href="https://a.vn/x?a=1&amp;b=&lt;2&gt;">');
    expect(table.html).toContain('>1,126<');
    expect(table.text.split('\n')).toEqual(['Facts', 'province    value  url                       year  note', 'Bình Dương  1,126  https://a.vn/x?a=1&b=<2>  2023  —', '1 row']);
  });
});
