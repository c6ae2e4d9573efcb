/**
 * The cross-province report, two ways: a plain-text table for the terminal,
 * and one self-contained HTML page (inline CSS and hand-drawn inline SVG bar
 * charts; no script, no font, no CDN) that opens from a file anywhere.
 */
import { formatTable } from '../format-table.js';
import { REPORT_FIGURES, type AreaRow, type Figure, type ReportData } from './report-data.js';

/** 12345 → "12.345" (Vietnamese digit grouping, as the articles write it). */
export function formatCount(value: number): string {
  if (!Number.isInteger(value)) return value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return value.toLocaleString('en-US').replaceAll(',', '.');
}

function figureCell(figure: Figure | null): string {
  return figure === null ? '—' : `${formatCount(figure.value)} (${figure.year})`;
}

function densityCell(figure: Figure | null): string {
  return figure === null ? '—' : `${(figure.value * 100).toFixed(0)}% (${figure.year})`;
}

function yearsCell(row: AreaRow): string {
  if (row.firstYear === null || row.lastYear === null) return '—';
  return row.firstYear === row.lastYear ? String(row.firstYear) : `${row.firstYear}–${row.lastYear}`;
}

function areaCells(row: AreaRow, withDensity: boolean): string[] {
  const cells = [row.name, row.context, String(row.articles), String(row.facts), yearsCell(row), ...REPORT_FIGURES.map((f) => figureCell(row.figures[f.key]))];
  if (withDensity) cells.push(densityCell(row.density));
  return cells;
}

const FIGURE_HEADERS = REPORT_FIGURES.map((f) => f.label.toLowerCase());

/** The terminal summary: totals, then one row per province (2025 unit beside it), then per 2025 unit. */
export function formatReportText(data: ReportData): string {
  const t = data.totals;
  const lines = [
    `vntally report · ${data.dbPath} · ${t.runs} run(s) loaded${t.lastRun === null ? '' : `, last ${t.lastRun} at ${t.lastLoadedAt}`}`,
    `${t.articles} articles (${t.groups} distinct stories), ${t.facts} facts, ${t.observations} distinct observations`,
    `Figures: latest stock, or the latest year's summed flows, with the year; syndicated copies counted once.`,
    '',
    'By province (pre-2025):',
    formatTable(['province', '2025 unit', 'articles', 'facts', 'years', ...FIGURE_HEADERS, 'union density'], data.provinces.map((r) => areaCells(r, true))),
    '',
    'By 2025 unit (stocks summed over member provinces):',
    formatTable(['unit', 'provinces with data', 'articles', 'facts', 'years', ...FIGURE_HEADERS], data.units.map((r) => areaCells(r, false))),
  ];
  if (data.provincesWithoutData.length > 0) lines.push('', `No articles yet for ${data.provincesWithoutData.length} provinces: ${data.provincesWithoutData.join(', ')}.`);
  return lines.join('\n');
}

// ------------------------------------------------------------------- HTML

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const CHART = { width: 760, labelWidth: 170, valueWidth: 110, rowHeight: 20, barHeight: 14, top: 8 } as const;

/** A horizontal bar chart, largest first; bars scale to the largest value. */
export function renderBarChart(title: string, bars: ReadonlyArray<{ label: string; value: number; note: string }>): string {
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const max = Math.max(1, ...sorted.map((b) => b.value));
  const plot = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const height = CHART.top * 2 + sorted.length * CHART.rowHeight;
  const rows = sorted.map((bar, i) => {
    const y = CHART.top + i * CHART.rowHeight;
    const w = Math.max(1, Math.round((bar.value / max) * plot));
    const text = `${formatCount(bar.value)} ${bar.note}`;
    return [
      `<text x="${CHART.labelWidth - 6}" y="${y + CHART.barHeight - 3}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${CHART.labelWidth}" y="${y}" width="${w}" height="${CHART.barHeight}" rx="2"><title>${escapeHtml(`${bar.label}: ${text}`)}</title></rect>`,
      `<text x="${CHART.labelWidth + w + 6}" y="${y + CHART.barHeight - 3}">${escapeHtml(text)}</text>`,
    ].join('');
  });
  return [
    `<figure><figcaption>${escapeHtml(title)}</figcaption>`,
    sorted.length === 0
      ? '<p class="none">No figures yet.</p>'
      : `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${CHART.width}" height="${height}" viewBox="0 0 ${CHART.width} ${height}">${rows.join('')}</svg>`,
    '</figure>',
  ].join('\n');
}

function htmlTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${i >= 2 ? ' class="n"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2430; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
th, td { border-bottom: 1px solid #d8dde6; padding: 3px 8px; text-align: left; white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f1f4f8; position: sticky; top: 0; }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg text { font: 11px system-ui, sans-serif; fill: #1d2430; } svg rect { fill: #b8322a; }
.meta, .none { color: #5a6473; }`;

/** The whole page. */
export function renderReportHtml(data: ReportData): string {
  const t = data.totals;
  const charts = REPORT_FIGURES.map((figure) =>
    renderBarChart(
      `${figure.label} by province (${figure.note})`,
      data.provinces.flatMap((row) => {
        const f = row.figures[figure.key];
        return f === null ? [] : [{ label: row.name, value: f.value, note: `(${f.year})` }];
      }),
    ),
  );
  const unitCharts = REPORT_FIGURES.filter((f) => f.measure === 'latest_stock').map((figure) =>
    renderBarChart(
      `${figure.label} by 2025 unit (sum of member provinces' latest stocks)`,
      data.units.flatMap((row) => {
        const f = row.figures[figure.key];
        return f === null ? [] : [{ label: row.name, value: f.value, note: `(${f.year})` }];
      }),
    ),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vntally: Party and trade-union development by province</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Party and trade-union development by province</h1>
<p class="meta">${escapeHtml(`${t.articles} articles (${t.groups} distinct stories), ${t.facts} facts, ${t.observations} distinct observations; ${t.runs} run(s) loaded${t.lastRun === null ? '' : `, last ${t.lastRun} at ${t.lastLoadedAt}`}. Database ${data.dbPath}; generated ${data.generatedAt}.`)}</p>
<p class="meta">Figures are the latest stock, or the latest year's summed flows, with the year they refer to. Copies of one story on several sites count once; "trong đó" parts are not added to their totals.</p>
<h2>By province (pre-2025)</h2>
${htmlTable(['province', '2025 unit', 'articles', 'facts', 'years', ...REPORT_FIGURES.map((f) => f.label), 'union density'], data.provinces.map((r) => areaCells(r, true)))}
${charts.join('\n')}
<h2>By 2025 unit</h2>
${htmlTable(['unit', 'provinces with data', 'articles', 'facts', 'years', ...REPORT_FIGURES.map((f) => f.label)], data.units.map((r) => areaCells(r, false)))}
${unitCharts.join('\n')}
${data.provincesWithoutData.length > 0 ? `<p class="meta">${escapeHtml(`No articles yet for ${data.provincesWithoutData.length} provinces: ${data.provincesWithoutData.join(', ')}.`)}</p>` : ''}
</body>
</html>
`;
}
