/**
 * `vntally load --run DIR | --latest`: loads an extract run directory into
 * the DuckDB file (pipeline/db/load-run.ts), with progress on stderr and a
 * one-paragraph summary on stdout.
 *
 * Like `vntally run`, it holds the data directory's run lock
 * (pipeline/run/run-lock.ts) while it writes, and loads into a copy of the
 * file that replaces it atomically (pipeline/db/snapshot-write.ts), so that
 * readers are never shut out and a second writer is told who holds the lock.
 */
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema, parseCommandFlags } from '../db/command-flags.js';
import { DEFAULT_RUNS_DIR, findLatestRunDir } from '../db/find-runs.js';
import { LoadProgressPrinter } from '../db/load-progress.js';
import { loadRun, type LoadSummary } from '../db/load-run.js';
import { createSchema } from '../db/schema.js';
import { writeSnapshot } from '../db/snapshot-write.js';
import { LOCKED_EXIT_CODE, RunLock, runLockPath } from '../run/run-lock.js';

/** Between two tries of the run lock under --wait. */
const LOCK_RETRY_MS = 500;

/** Takes the run lock of the database's data directory; with `waitMs`, retries while another run holds it. */
async function acquireLock(dbPath: string, command: string, waitMs: number): Promise<RunLock> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await RunLock.acquire(runLockPath(dbPath), command);
    } catch (error) {
      if (!(error instanceof CliError) || error.code !== 'run_locked' || Date.now() >= deadline) throw error;
      await new Promise((resolveSleep) => setTimeout(resolveSleep, LOCK_RETRY_MS));
    }
  }
}

const HELP = `Usage: vntally load --run DIR [--db PATH]
       vntally load --latest [--runs-dir DIR] [--db PATH]

Loads an extract run (run.json, articles.jsonl, facts.jsonl, pages.jsonl)
into the database in one transaction: the run's articles replace earlier
rows of the same articles (re-extracting an article replaces its facts),
pages are upserted, syndicated copies regrouped, and the run recorded.
Loading the same run again changes no row counts; a load that is killed
leaves the database as it was, and running it again completes it.

The load writes a copy of the database (<db>.next) and renames it over the
file when done: readers (query, report, status, notebooks) keep working
meanwhile, on the previous state. One writer at a time: the load holds
<data dir>/vntally.lock, as \`vntally run\` does; while another holds it,
the load stops naming the holder (exit ${LOCKED_EXIT_CODE}), or waits with --wait.

Options:
  --run DIR        the run directory to load
  --latest         the run under --runs-dir that started last
  --runs-dir DIR   where --latest looks (default ${DEFAULT_RUNS_DIR})
${DB_FLAGS_HELP}
  -h, --help       this text

Exit code 0 when loaded, 2 when the run or the database cannot be used,
${LOCKED_EXIT_CODE} when another run or load holds the lock.`;

const FlagsSchema = DbFlagsSchema.extend({
  run: z.string().min(1, { error: 'needs a directory' }).optional(),
  latest: z.boolean().default(false),
  'runs-dir': z.string().min(1).default(DEFAULT_RUNS_DIR),
}).refine((f) => (f.run === undefined) !== !f.latest, { error: 'give exactly one of --run DIR and --latest', path: ['run'] });

export function formatLoadSummary(summary: LoadSummary, dbPath: string): string {
  const lines = [
    `loaded run ${summary.runId} from ${summary.runDir} into ${dbPath} in ${summary.seconds.toFixed(1)} s`,
    `  articles: ${summary.articles.kept} kept of ${summary.articles.staged}${summary.replacedArticles > 0 ? ` (${summary.replacedArticles} replaced earlier rows)` : ''}`,
    // A rate over a fraction of a second says nothing; big loads show it.
    `  facts:    ${summary.facts}${summary.factSeconds >= 0.5 ? ` (${Math.round(summary.facts / summary.factSeconds).toLocaleString('en-US')} facts/s)` : ''}`,
    `  pages:    ${summary.pages}`,
    `  syndication: ${summary.syndication.groups} groups of copies covering ${summary.syndication.grouped} articles (${summary.syndication.pairsAdded} new near-duplicate pairs)`,
  ];
  for (const issue of summary.issues) lines.push(`  note: ${issue.message}`);
  return lines.join('\n');
}

export const loadCommand: Command = {
  name: 'load',
  summary: 'load an extract run into the DuckDB database',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const { flags } = parseCommandFlags(
      'load',
      argv,
      { ...DB_FLAG_OPTIONS, run: { type: 'string' }, latest: { type: 'boolean' }, 'runs-dir': { type: 'string' } },
      FlagsSchema,
    );
    const runDir = flags.run ?? (await findLatestRunDir(flags['runs-dir']));
    const lock = await acquireLock(flags.db, ['vntally', 'load', ...argv].join(' '), flags.wait);
    const progress = new LoadProgressPrinter();
    try {
      const summary = await writeSnapshot(flags.db, (db) => loadRun(db, runDir, { onProgress: progress.update }), {
        waitMs: flags.wait,
        init: createSchema,
        // A failed load rolls back and records the failure in `runs`, which `vntally status` shows.
        keepOnError: true,
      });
      progress.finish();
      console.log(formatLoadSummary(summary, flags.db));
      return 0;
    } catch (error) {
      progress.finish();
      if (error instanceof CliError) throw new CliError(error.code, `${error.message} (nothing was loaded)`, { cause: error, exitCode: error.exitCode });
      throw error;
    } finally {
      await lock.release();
    }
  },
};
