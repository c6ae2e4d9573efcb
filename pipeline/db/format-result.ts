/**
 * A query result as a terminal table, CSV (RFC 4180) or JSON lines, for
 * `vntally query`. Values start from the node-api JSON conversion (DATE as
 * "2024-06-30", TIMESTAMPTZ in the pinned time zone, BIGINT and DECIMAL as
 * strings so nothing is rounded); JSON output then turns integers that fit a
 * double exactly, and decimals, back into numbers, and embeds JSON columns
 * as JSON.
 */
import { DuckDBTypeId, type DuckDBResultReader, type Json } from '@duckdb/node-api';
import { formatTable } from '../format-table.js';

/** Integer types whose values node-api gives as strings in its JSON conversion. */
const BIG_INTEGER_TYPES: ReadonlySet<DuckDBTypeId> = new Set([DuckDBTypeId.BIGINT, DuckDBTypeId.UBIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UHUGEINT, DuckDBTypeId.BIGNUM]);

/** Longest cell in the terminal table; longer ones end with "…". */
const MAX_CELL = 80;

/** Runs of white space, folded to one space in table cells. Matches "a\n  b" between a and b; not "ab". */
const WHITESPACE_RUN = /\s+/gu;

/** A CSV field that must be quoted (RFC 4180): it holds a quote, comma, CR or LF. Matches 'a,b', 'say "x"'; not 'Hà Nội'. */
const CSV_NEEDS_QUOTES = /[",\r\n]/u;

/** An integer as node-api writes BIGINT/HUGEINT. Matches "-12", "9007199254740993"; not "1.5", "1e3". */
const INTEGER_TEXT = /^-?\d+$/u;

function columnNames(reader: DuckDBResultReader): string[] {
  return reader.deduplicatedColumnNames();
}

/** A cell as text: NULL as given, strings as they are, lists and structs as JSON. */
function cellText(value: Json, nullText: string): string {
  if (value === null) return nullText;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function clip(text: string): string {
  const flat = text.replace(WHITESPACE_RUN, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

export function formatResultTable(reader: DuckDBResultReader): string {
  const rows = reader.getRowsJson().map((row) => row.map((v) => clip(cellText(v, 'NULL'))));
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return `${formatTable(columnNames(reader), rows)}\n${count}`;
}

/** A CSV field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header line then one line per row, CRLF-free ("\n"); NULL is an empty field. */
export function formatResultCsv(reader: DuckDBResultReader): string {
  const lines = [columnNames(reader).map(csvField).join(',')];
  for (const row of reader.getRowsJson()) lines.push(row.map((v) => csvField(cellText(v, ''))).join(','));
  return `${lines.join('\n')}\n`;
}

/** Integers within ±2^53 and decimals as numbers; anything larger stays a string (exact). */
function jsonNumber(value: string): number | string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  if (INTEGER_TEXT.test(value)) return Number.isSafeInteger(n) ? n : value;
  return n;
}

/** One JSON object per row and line. */
export function formatResultJsonLines(reader: DuckDBResultReader): string {
  const names = columnNames(reader);
  const converters = names.map((_, i) => {
    const type = reader.columnType(i);
    if (BIG_INTEGER_TYPES.has(reader.columnTypeId(i)) || reader.columnTypeId(i) === DuckDBTypeId.DECIMAL) {
      return (v: Json) => (typeof v === 'string' ? jsonNumber(v) : v);
    }
    if (type.alias === 'JSON') return (v: Json) => (typeof v === 'string' ? (JSON.parse(v) as Json) : v);
    return (v: Json) => v;
  });
  const lines: string[] = [];
  for (const row of reader.getRowsJson()) {
    const object: Record<string, Json | number> = {};
    row.forEach((v, i) => {
      object[names[i]!] = converters[i]!(v);
    });
    lines.push(JSON.stringify(object));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
