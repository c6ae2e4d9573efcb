/**
 * Rows as an HTML table (for the notebook and its export) and as aligned
 * plain text (for terminals and `text/plain` readers). Pure.
 */

export type ColumnFormat = 'text' | 'number' | 'percent' | 'date' | 'link' | 'links';

export interface TableColumn {
  key: string;
  label?: string;
  format?: ColumnFormat;
}

export interface TableOptions {
  /** Columns to show, in order; default: every key of the first row, formats guessed. */
  columns?: ReadonlyArray<TableColumn | string>;
  /** Rows shown at most; the rest are counted under the table. Default 40. */
  limit?: number;
  /** A line above the table. */
  caption?: string;
}

export interface FormattedTable {
  html: string;
  text: string;
}

const DEFAULT_LIMIT = 40;
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function guessFormat(value: unknown): ColumnFormat {
  if (typeof value === 'number') return 'number';
  if (value instanceof Date) return 'date';
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' && /^https?:\/\//u.test(v)) ? 'links' : 'text';
  if (typeof value === 'string' && /^https?:\/\//u.test(value)) return 'link';
  return 'text';
}

function plainValue(value: unknown, format: ColumnFormat): string {
  if (value === null || value === undefined) return '—';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (format === 'percent') return `${NUMBER.format(value)}%`;
    return format === 'number' ? NUMBER.format(value) : String(value);
  }
  if (Array.isArray(value)) return value.map((v) => plainValue(v, 'text')).join(', ');
  return String(value);
}

function htmlValue(value: unknown, format: ColumnFormat): string {
  if (value === null || value === undefined) return '<span style="color:#999">—</span>';
  if (format === 'link' && typeof value === 'string') return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`;
  if (format === 'links' && Array.isArray(value)) {
    return value.map((v) => `<a href="${escapeHtml(String(v))}">${escapeHtml(String(v))}</a>`).join('<br>');
  }
  return escapeHtml(plainValue(value, format));
}

function resolveColumns(rows: readonly object[], options: TableOptions): Array<Required<TableColumn>> {
  const first = (rows[0] ?? {}) as Record<string, unknown>;
  const columns = options.columns ?? Object.keys(first);
  return columns.map((c) => {
    const column = typeof c === 'string' ? { key: c } : c;
    // A year is a label, not a quantity: "2023", not "2,023".
    const guessed = /year/u.test(column.key) ? 'text' : guessFormat(first[column.key]);
    return { key: column.key, label: column.label ?? column.key, format: column.format ?? guessed };
  });
}

export function formatTable(rows: readonly object[], options: TableOptions = {}): FormattedTable {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const shown = rows.slice(0, limit);
  const columns = resolveColumns(rows, options);
  const more = rows.length > shown.length ? `${rows.length - shown.length} more rows not shown (${rows.length} in all)` : `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  const cells = shown.map((row) => columns.map((c) => (row as Record<string, unknown>)[c.key]));

  const numeric = (c: Required<TableColumn>) => c.format === 'number' || c.format === 'percent';
  const head = columns.map((c) => `<th style="text-align:${numeric(c) ? 'right' : 'left'}">${escapeHtml(c.label)}</th>`).join('');
  const body = cells
    .map((values) => `<tr>${values.map((v, i) => `<td style="text-align:${numeric(columns[i]!) ? 'right' : 'left'};vertical-align:top">${htmlValue(v, columns[i]!.format)}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = options.caption === undefined ? '' : `<p><strong>${escapeHtml(options.caption)}</strong></p>`;
  const html = `<div class="vntally-table">${caption}<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table><p style="color:#666;font-size:smaller">${escapeHtml(more)}</p></div>`;

  const plain = cells.map((values) => values.map((v, i) => plainValue(v, columns[i]!.format)));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.label.length, ...plain.map((r) => r[i]!.length))));
  const line = (values: string[]) => values.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const text = [...(options.caption === undefined ? [] : [options.caption]), line(columns.map((c) => c.label)), ...plain.map(line), more].join('\n');
  return { html, text };
}
