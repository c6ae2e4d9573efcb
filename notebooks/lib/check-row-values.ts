/**
 * Rows as charts and tables need them: plain numbers, strings, dates.
 *
 * DuckDB's BIGINT and HUGEINT (every `count(*)`, `sum` of integers, `year()`)
 * arrive in JavaScript as bigint, which Plot cannot scale and JSON cannot
 * write (other clients turn them into strings, which sort and sum wrongly).
 * The remedy is a cast in the SQL (`count(*)::INTEGER`, `sum(x)::DOUBLE`), so
 * a query that forgets it fails here, naming the column, instead of drawing
 * a wrong chart.
 */

/** The names of the columns that hold a bigint in any row. */
export function findBigIntColumns(rows: readonly object[]): string[] {
  const found = new Set<string>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (typeof value === 'bigint') found.add(name);
    }
  }
  return [...found];
}

/** Throws when a column holds bigints; `sql` is quoted in the message. */
export function checkRowValues(rows: readonly object[], sql: string): void {
  const columns = findBigIntColumns(rows);
  if (columns.length === 0) return;
  const first = sql.trim().split('\n')[0] ?? sql;
  throw new TypeError(
    `column${columns.length > 1 ? 's' : ''} ${columns.map((c) => `"${c}"`).join(', ')} of the query "${first}…" ` +
      `hold${columns.length > 1 ? '' : 's'} BIGINT values: cast in SQL (count(*)::INTEGER, sum(x)::DOUBLE) so that charts and tables get numbers`,
  );
}
