/**
 * `vntally report [--html FILE]`: the cross-province summary in the terminal
 * and, with --html, as a self-contained page with bar charts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema, parseCommandFlags } from '../db/command-flags.js';
import { openDatabase } from '../db/open-database.js';
import { readReportData } from '../db/report-data.js';
import { formatReportText, renderReportHtml } from '../db/render-report.js';
import { checkSchema } from '../db/schema.js';

const HELP = `Usage: vntally report [--html FILE] [--db PATH]

Prints a cross-province summary: per pre-2025 province and per 2025 unit,
articles, facts, the years covered, and the latest Party members, Party
admissions, Party organisations, grassroots unions, union members and union
density, each with the year it refers to. Syndicated copies count once.

Options:
  --html FILE      also write the summary as one self-contained HTML page
                   with bar charts (no scripts, nothing fetched)
${DB_FLAGS_HELP}
  -h, --help       this text`;

const FlagsSchema = DbFlagsSchema.extend({
  html: z.string().min(1, { error: 'needs a file name' }).optional(),
});

export const reportCommand: Command = {
  name: 'report',
  summary: 'cross-province summary in the terminal and as an HTML page',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const { flags } = parseCommandFlags('report', argv, { ...DB_FLAG_OPTIONS, html: { type: 'string' } }, FlagsSchema);
    const db = await openDatabase(flags.db, { readOnly: true, waitMs: flags.wait });
    let data;
    try {
      await checkSchema(db);
      data = await readReportData(db);
    } finally {
      db.close();
    }
    console.log(formatReportText(data));
    if (flags.html !== undefined) {
      try {
        await mkdir(dirname(flags.html), { recursive: true });
        await writeFile(flags.html, renderReportHtml(data));
      } catch (error) {
        throw new CliError('report_unwritable', `cannot write ${flags.html}: ${(error as Error).message}`, { cause: error });
      }
      console.log(`\nreport written to ${flags.html}`);
    }
    return 0;
  },
};
