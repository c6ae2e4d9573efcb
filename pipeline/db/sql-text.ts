/**
 * The only places where SQL text is assembled from pieces. Values reach
 * DuckDB as prepared-statement parameters everywhere DuckDB accepts one
 * (file paths of read_json and COPY … TO included); what is left are
 * constants of this code base: column names and types, and the closed
 * vocabularies of FACTS.md. They pass through the two functions below,
 * which refuse anything that does not look like what they expect.
 */

/** A plain SQL identifier. Matches "article_id", "province_2025"; not "a b", "x;drop", "Ä". */
export const IDENTIFIER = /^[a-z_][a-z0-9_]*$/u;

/** A DuckDB type name as used in `read_json(columns=…)`. Matches "VARCHAR", "TIMESTAMPTZ", "UINTEGER[]"; not "INT); --". */
export const TYPE_NAME = /^[A-Z]+(?:\[\])?$/u;

/**
 * A DuckDB string literal: the value in single quotes, with each single
 * quote doubled (the only escape DuckDB's standard strings have). A NUL
 * character is refused: DuckDB strings cannot hold it.
 * "Khánh Hòa" → 'Khánh Hòa'; "it's" → 'it''s'.
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error(`quoteLiteral: NUL in ${JSON.stringify(value)}`);
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A column name in double quotes, after checking it is a plain identifier
 * (quoted so that names that are SQL keywords, like the archive index's
 * `offset`, work unchanged). "offset" → "offset" in quotes; "a b" throws.
 */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`quoteIdentifier: not a plain identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `{"name": 'TYPE', …}`: the `columns` argument of read_json, from a constant map. */
export function columnsStruct(columns: Readonly<Record<string, string>>): string {
  const fields = Object.entries(columns).map(([name, type]) => {
    if (!TYPE_NAME.test(type)) throw new Error(`columnsStruct: bad type ${type} of ${name}`);
    return `${quoteIdentifier(name)}: ${quoteLiteral(type)}`;
  });
  return `{${fields.join(', ')}}`;
}

/** `"a", "b", …`: a column list from a constant map's keys. */
export function columnList(columns: Readonly<Record<string, string>> | readonly string[]): string {
  const names = Array.isArray(columns) ? (columns as readonly string[]) : Object.keys(columns);
  return names.map(quoteIdentifier).join(', ');
}

/** `'a', 'b', …` for an IN list or a CHECK constraint, from a constant vocabulary. */
export function literalList(values: readonly string[]): string {
  return values.map(quoteLiteral).join(', ');
}
