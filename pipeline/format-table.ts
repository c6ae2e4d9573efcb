/** Plain-text tables for the terminal. */

export interface TableArticle {
  file: string;
  title: string | null;
  province: string | null;
  province_2025: string | null;
  published: string | null;
  error?: string;
  facts: ReadonlyArray<{
    id: string;
    metric: string;
    value: number;
    value_max?: number;
    unit: string;
    kind: string;
    approx: string;
    scope: string | null;
    period: string | null;
    as_of: string | null;
    parent: string | null;
    evidence: { text: string };
  }>;
}

/** Pads cells to column widths; the last column is not padded. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function formatArticleTable(a: TableArticle): string {
  const head = `== ${a.file}`;
  if (a.error !== undefined) return `${head}\nerror: ${a.error}\n`;
  const meta = `title: ${a.title ?? '—'}\nprovince: ${a.province ?? '—'}${a.province_2025 && a.province_2025 !== a.province ? ` (2025: ${a.province_2025})` : ''}   published: ${a.published ?? '—'}   facts: ${a.facts.length}`;
  if (a.facts.length === 0) return `${head}\n${meta}\n`;
  const rows = a.facts.map((f) => [
    f.parent ? `  ${f.id}` : f.id,
    f.metric,
    `${formatNumber(f.value)}${f.value_max !== undefined ? `–${formatNumber(f.value_max)}` : ''}${f.unit === 'percent' ? '%' : ''}`,
    f.kind,
    f.approx,
    clip(f.scope ?? '', 32),
    f.as_of ? `@${f.as_of}` : (f.period ?? ''),
    clip(f.evidence.text, 90),
  ]);
  return `${head}\n${meta}\n${formatTable(['id', 'metric', 'value', 'kind', 'approx', 'scope', 'period', 'sentence'], rows)}\n`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US').replace(/,/gu, '.') : String(n).replace('.', ',');
}
