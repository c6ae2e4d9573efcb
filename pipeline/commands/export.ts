/**
 * `vntally export --format parquet|csv --out DIR`: the facts (facts_flat, or
 * distinct_observations) as files partitioned by province and year, readable
 * by any engine (pipeline/db/export-facts.ts).
 */
import { z } from 'zod';
import type { Command } from '../command.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema, parseCommandFlags } from '../db/command-flags.js';
import { EXPORT_FORMATS, EXPORT_VIEWS, exportFacts, type ExportView } from '../db/export-facts.js';
import { openDatabase } from '../db/open-database.js';
import { checkSchema } from '../db/schema.js';

const VIEW_NAMES = Object.keys(EXPORT_VIEWS) as [ExportView, ...ExportView[]];

const HELP = `Usage: vntally export --format parquet|csv --out DIR [--view NAME] [--overwrite] [--db PATH]

Writes the facts as files partitioned Hive-style by province and year:
  DIR/province=<name>/year=<year>/data_0.parquet
(names URL-encoded; facts without a province or year go to
__HIVE_DEFAULT_PARTITION__). Every file also holds the province and year
columns. Read them back with any engine, e.g. in DuckDB:
  SELECT * FROM read_parquet('DIR/**/*.parquet', hive_partitioning = true)

Options:
  --format F       parquet or csv
  --out DIR        output directory: new, empty, or a previous export
  --view NAME      ${VIEW_NAMES.join(' or ')} (default facts_flat)
  --overwrite      replace a previous export in DIR
${DB_FLAGS_HELP}
  -h, --help       this text`;

const FlagsSchema = DbFlagsSchema.extend({
  format: z.enum(EXPORT_FORMATS, { error: 'must be parquet or csv' }),
  out: z.string({ error: 'needs a directory' }).min(1, { error: 'needs a directory' }),
  view: z.enum(VIEW_NAMES).default('facts_flat'),
  overwrite: z.boolean().default(false),
});

export const exportCommand: Command = {
  name: 'export',
  summary: 'write facts as Parquet or CSV partitioned by province and year',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const { flags } = parseCommandFlags(
      'export',
      argv,
      { ...DB_FLAG_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, view: { type: 'string' }, overwrite: { type: 'boolean' } },
      FlagsSchema,
    );
    const db = await openDatabase(flags.db, { readOnly: true, waitMs: flags.wait });
    try {
      await checkSchema(db);
      const summary = await exportFacts(db, { format: flags.format, outDir: flags.out, view: flags.view, overwrite: flags.overwrite });
      console.log(`exported ${summary.rows} rows of ${flags.view} to ${summary.outDir} (${summary.files} ${flags.format} files)`);
      return 0;
    } finally {
      db.close();
    }
  },
};
