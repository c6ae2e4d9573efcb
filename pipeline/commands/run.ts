/**
 * `vntally run`: crawl → extract → load in one go (pipeline/run/), for
 * people, cron and systemd alike; `vntally run --demo` is the offline demo
 * behind `npm start`. Progress goes to stderr, the summary to stdout.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { DB_FLAG_OPTIONS, DB_FLAGS_HELP, DbFlagsSchema } from '../db/command-flags.js';
import { DEFAULT_RUNS_DIR } from '../db/find-runs.js';
import { formatPipelineSummary, shownPath } from '../run/format-summary.js';
import type { PipelineSummary } from '../run/pipeline-types.js';
import { PipelineProgressPrinter } from '../run/progress-printer.js';
import { LOCKED_EXIT_CODE } from '../run/run-lock.js';
import { runPipeline } from '../run/run-pipeline.js';
import { parseShard, type Shard } from '../run/shard.js';
import { describeSelection, refineSelection, resolveSelection, SELECTION_FLAG_FIELDS, SELECTION_FLAG_OPTIONS, SELECTION_FLAGS_HELP } from '../source-selection.js';
import { DEFAULT_ARCHIVE_DIR } from './crawl.js';

export const RUN_HELP = `Usage: vntally run [--source ID…] [--province P…] [--kind K…] [options]
       vntally run --start-url URL [--cms auto|FAMILY] [options]
       vntally run --demo

Runs the whole pipeline: crawls the selected sources (default: every source
of data/sources.json) into the archive, extracts the archived articles into
a new run directory, and loads it into the DuckDB database, then prints a
summary with each stage's status, time and counts, and the errors with their
reasons. Each stage also runs alone: vntally crawl, vntally extract
--from-archive, vntally load.

${SELECTION_FLAGS_HELP}

Options:
  --incremental      extract only pages fetched since the last loaded run
                     (per source, same extractor version; a new extractor
                     version re-extracts everything). The crawl is always
                     incremental: archived articles are not fetched again.
                     Without it, every archived page of the selected sources
                     is extracted again (the load replaces their facts).
  --shard K/N        run only the sources of shard K of N (a source goes to
                     shard 1 + first 4 bytes of SHA-256(source id) mod N, so
                     every machine agrees), then export facts_flat as Parquet
                     into <data dir>/exports/shard-K-of-N/
  --allow-private    allow loopback and private addresses (local test sites)
  --archive DIR      the archive directory (default data/archive)
  --runs-dir DIR     where run directories are written (default ${DEFAULT_RUNS_DIR})
  --delay-ms N       minimum pause between two requests to one host, instead
                     of the registry's
  --max-pages N      fetch at most N pages per source
  --concurrency N    sources crawled at once (default 8)
${DB_FLAGS_HELP}
  --json             print the summary as one JSON object
  --demo             the offline demo: starts eight local fixture sites on
                     127.0.0.1, crawls, extracts and loads them into a fresh
                     data/demo/vntally.duckdb, writes data/reports/demo-report.html
                     and prints the cross-province summary. No other flag.
  -h, --help         this text

One run at a time: the run holds <data dir>/vntally.lock (the data dir is
the database's directory) with its pid, host, start time and command; a
second run stops at once naming the holder, and a lock left by a killed run
is taken over. Safe under cron or a systemd timer; see vntally schedule.

Exit code 0 when every stage succeeded (pages that failed are listed), 1
when a stage failed (a source gave nothing, the load failed…), 2 for wrong
usage, ${LOCKED_EXIT_CODE} when another run holds the lock.`;

const PositiveInt = z.coerce.number().int().min(1);

const RunFlagsSchema = DbFlagsSchema.extend({
  ...SELECTION_FLAG_FIELDS,
  incremental: z.boolean().default(false),
  shard: z
    .string()
    .transform((text, ctx): Shard => {
      const parsed = parseShard(text);
      if (parsed.ok) return parsed.shard;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    })
    .optional(),
  'allow-private': z.boolean().default(false),
  archive: z.string().min(1).default(DEFAULT_ARCHIVE_DIR),
  'runs-dir': z.string().min(1).default(DEFAULT_RUNS_DIR),
  'delay-ms': z.coerce.number().int().min(0).optional(),
  'max-pages': PositiveInt.optional(),
  concurrency: PositiveInt.optional(),
  json: z.boolean().default(false),
  demo: z.boolean().default(false),
}).superRefine((flags, ctx) => {
  refineSelection(flags, ctx);
  if (flags.shard !== undefined && flags['start-url'] !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['shard'], message: 'splits registry sources; it cannot be combined with --start-url' });
  }
});
export type RunFlags = z.infer<typeof RunFlagsSchema>;

const RUN_FLAG_OPTIONS = {
  ...SELECTION_FLAG_OPTIONS,
  ...DB_FLAG_OPTIONS,
  incremental: { type: 'boolean' },
  shard: { type: 'string' },
  'allow-private': { type: 'boolean' },
  archive: { type: 'string' },
  'runs-dir': { type: 'string' },
  'delay-ms': { type: 'string' },
  'max-pages': { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'boolean' },
  demo: { type: 'boolean' },
} as const;

/** Parses and checks `vntally run`'s flags (also used by `vntally schedule` to check them before the first run). */
export function parseRunFlags(argv: string[]): RunFlags {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options: RUN_FLAG_OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new CliError('bad_flag', `${(error as Error).message} (see vntally run --help)`, { cause: error });
  }
  if (values.demo === true) {
    const others = Object.keys(values).filter((k) => k !== 'demo' && k !== 'json');
    if (others.length > 0) throw new CliError('bad_flag', `--demo runs on its own data (data/demo/) and takes no other flag; drop ${others.map((k) => `--${k}`).join(', ')}`);
  }
  const parsed = RunFlagsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue === undefined || issue.path.length === 0 ? '' : `--${String(issue.path[0])}: `;
    throw new CliError('bad_flag', `${flag}${issue?.message ?? 'invalid flags'} (see vntally run --help)`, { cause: parsed.error });
  }
  return parsed.data;
}

function exitCode(summary: PipelineSummary): number {
  return summary.status === 'ok' ? 0 : 1;
}

/** Ctrl-C or a TERM from systemd: say what is kept, and exit (the lock goes with the process). */
function onSignals(printer: PipelineProgressPrinter): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    printer.finish();
    process.stderr.write(`vntally run: ${signal}: stopped; the archive keeps what was fetched and an unfinished load leaves the database as it was; run again to complete\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

async function runDemoCommand(flags: RunFlags, printer: PipelineProgressPrinter): Promise<number> {
  // Loaded on demand: the demo brings in the test fixture sites.
  const { runDemo } = await import('../run/demo.js');
  const result = await runDemo({ onProgress: printer.update });
  printer.finish();
  if (flags.json) {
    console.log(JSON.stringify({ ...result.summary, reportPath: result.reportPath }));
    return exitCode(result.summary);
  }
  console.log(formatPipelineSummary(result.summary));
  if (result.reportText !== null) {
    const db = shownPath(result.dbPath);
    console.log(`\n${result.reportText}`);
    console.log(`\nThe database: ${db}\nThe report:   ${shownPath(result.reportPath)} (open it in a browser)`);
    console.log(`Query it:     npx vntally query --db ${db} "SELECT province, metric, count(*) AS facts FROM facts_flat GROUP BY ALL ORDER BY facts DESC LIMIT 10"`);
  }
  return exitCode(result.summary);
}

export const runCommand: Command = {
  name: 'run',
  summary: 'crawl → extract → load in one run (nightly, sharded, or the offline --demo)',
  help: RUN_HELP,
  async run(argv: string[]): Promise<number> {
    const flags = parseRunFlags(argv);
    const printer = new PipelineProgressPrinter(process.stderr, 'vntally run');
    const stopListening = onSignals(printer);
    try {
      if (flags.demo) return await runDemoCommand(flags, printer);
      const sources = await resolveSelection(flags);
      const summary = await runPipeline({
        sources,
        selection: describeSelection(flags),
        dbPath: flags.db,
        waitMs: flags.wait,
        archiveDir: flags.archive,
        runsDir: flags['runs-dir'],
        incremental: flags.incremental,
        shard: flags.shard ?? null,
        allowPrivate: flags['allow-private'],
        command: ['vntally', 'run', ...argv].join(' '),
        onProgress: printer.update,
        ...(flags['delay-ms'] !== undefined ? { delayMs: flags['delay-ms'] } : {}),
        ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
        ...(flags['max-pages'] !== undefined ? { crawlOptions: { maxPagesPerSource: flags['max-pages'] } } : {}),
      });
      printer.finish();
      console.log(flags.json ? JSON.stringify(summary) : formatPipelineSummary(summary));
      return exitCode(summary);
    } finally {
      printer.finish();
      stopListening();
    }
  },
};
