/**
 * `vntally query "SQL" [--csv|--json]`: runs SQL against the database opened
 * read-only (so it can never change it) and prints the result.
 */
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema, parseCommandFlags } from '../db/command-flags.js';
import { formatResultCsv, formatResultJsonLines, formatResultTable } from '../db/format-result.js';
import { openDatabase } from '../db/open-database.js';
import { checkSchema } from '../db/schema.js';

const HELP = `Usage: vntally query "SQL" [--csv | --json] [--db PATH]

Runs SQL against the database, read-only, and prints the result: a table by
default, CSV with a header line (--csv), or one JSON object per row and line
(--json; integers beyond ±2^53 stay strings so nothing is rounded).

Tables: sources, gazetteer, units_2025, pages, articles, facts, runs.
Views:  facts_flat, distinct_observations, province_year_metric,
        unit_year_metric, union_density. Macro: fact_year(as_of, period, published).

Options:
  --csv            CSV instead of a table
  --json           JSON lines instead of a table
${DB_FLAGS_HELP}
  -h, --help       this text

Example:
  vntally query "SELECT province, sum(value) FROM facts_flat WHERE metric = 'party_admissions' AND kind = 'flow' GROUP BY ALL ORDER BY 2 DESC"`;

const FlagsSchema = DbFlagsSchema.extend({
  csv: z.boolean().default(false),
  json: z.boolean().default(false),
}).refine((f) => !(f.csv && f.json), { error: 'give at most one of --csv and --json', path: ['csv'] });

export const queryCommand: Command = {
  name: 'query',
  summary: 'run SQL against the database (read-only) and print a table, CSV or JSON',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const { flags, positionals } = parseCommandFlags('query', argv, { ...DB_FLAG_OPTIONS, csv: { type: 'boolean' }, json: { type: 'boolean' } }, FlagsSchema, true);
    if (positionals.length !== 1 || positionals[0]!.trim() === '') {
      throw new CliError('bad_usage', 'give one SQL statement in quotes, e.g. vntally query "SELECT count(*) FROM facts" (see vntally query --help)');
    }
    const sql = positionals[0]!;
    const db = await openDatabase(flags.db, { readOnly: true, waitMs: flags.wait });
    try {
      await checkSchema(db);
      let reader;
      try {
        reader = await db.readResult(sql);
      } catch (error) {
        // A wrong query is the user's mistake: one line, DuckDB's own words.
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new CliError('bad_query', message ?? 'the query failed', { cause: error, exitCode: 1 });
      }
      if (flags.json) process.stdout.write(formatResultJsonLines(reader));
      else if (flags.csv) process.stdout.write(formatResultCsv(reader));
      else console.log(formatResultTable(reader));
      return 0;
    } finally {
      db.close();
    }
  },
};
