/**
 * `vntally status [--json]`: the database file, rows per table, the last
 * runs and their errors. Opens the database read-only.
 */
import { z } from 'zod';
import type { Command } from '../command.js';
import { formatTable } from '../format-table.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema, parseCommandFlags } from '../db/command-flags.js';
import { openDatabase } from '../db/open-database.js';
import { readStatus, type DatabaseStatus } from '../db/read-status.js';
import { checkSchema } from '../db/schema.js';

const HELP = `Usage: vntally status [--runs N] [--json] [--db PATH]

Shows the database file and its size, the rows in each table, the last runs
loaded (status, when, how long, articles, facts, pages) and their errors.

Options:
  --runs N         how many runs to list (default 10)
  --json           the same as one JSON object
${DB_FLAGS_HELP}
  -h, --help       this text

Exit code 0, or 1 when the last run listed failed to load.`;

const FlagsSchema = DbFlagsSchema.extend({
  runs: z.coerce.number({ error: 'needs a number' }).int().positive().default(10),
  json: z.boolean().default(false),
});

function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'in memory';
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

export function formatStatus(status: DatabaseStatus): string {
  const lines = [`${status.path}: ${formatBytes(status.bytes)}, schema version ${status.schemaVersion ?? '—'}`, ''];
  lines.push(formatTable(['table', 'rows'], status.tables.map((t) => [t.table, String(t.rows)])), '');
  if (status.runs.length === 0) {
    lines.push('No runs loaded yet.');
  } else {
    lines.push(
      formatTable(
        ['run', 'stage', 'status', 'started', 'loaded', 'seconds', 'articles', 'facts', 'pages', 'errors'],
        status.runs.map((r) => [
          r.runId,
          r.stage,
          r.status,
          r.startedAt ?? '—',
          r.loadedAt,
          r.loadSeconds === null ? '—' : r.loadSeconds.toFixed(1),
          r.articles === null ? '—' : String(r.articles),
          r.facts === null ? '—' : String(r.facts),
          r.pages === null ? '—' : String(r.pages),
          String(r.errors.length),
        ]),
      ),
    );
  }
  const withErrors = status.runs.filter((r) => r.errors.length > 0);
  for (const run of withErrors) {
    lines.push('', `Errors of run ${run.runId}:`);
    for (const error of run.errors.slice(0, 10)) lines.push(`  ${error.code === undefined ? '' : `[${error.code}] `}${error.message}`);
    if (run.errors.length > 10) lines.push(`  … and ${run.errors.length - 10} more (vntally query "SELECT errors FROM runs WHERE run_id = '${run.runId}'")`);
  }
  return lines.join('\n');
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'show the database: rows per table, last runs, errors',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const { flags } = parseCommandFlags('status', argv, { ...DB_FLAG_OPTIONS, runs: { type: 'string' }, json: { type: 'boolean' } }, FlagsSchema);
    const db = await openDatabase(flags.db, { readOnly: true, waitMs: flags.wait });
    let status: DatabaseStatus;
    try {
      await checkSchema(db);
      status = await readStatus(db, flags.runs);
    } finally {
      db.close();
    }
    console.log(flags.json ? JSON.stringify(status) : formatStatus(status));
    return status.runs[0]?.status === 'failed' ? 1 : 0;
  },
};
