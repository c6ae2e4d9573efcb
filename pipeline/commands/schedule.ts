/**
 * `vntally schedule --cron "0 2 * * *" [run flags]`: a long-running process
 * that runs `vntally run [run flags]` whenever the cron expression matches
 * (pipeline/run/schedule-loop.ts), for machines where cron or a systemd
 * timer is not at hand. `--next N` prints the next N times and exits.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { nextCronTime, nextCronTimes, parseCron, type CronSchedule } from '../run/cron.js';
import { formatLocalTime, runSchedule } from '../run/schedule-loop.js';
import { parseRunFlags } from './run.js';

const BIN = fileURLToPath(new URL('../../bin/vntally.js', import.meta.url));

const HELP = `Usage: vntally schedule --cron "MIN HOUR DOM MON DOW" [run flags]
       vntally schedule --cron "MIN HOUR DOM MON DOW" --next N

Stays running and starts \`vntally run [run flags]\` each time the cron
expression matches, in the machine's local time (TZ), logging each start,
end and exit code to stdout. Runs never overlap: a time that comes while a
run is still going is skipped (and a run started by hand meanwhile is
refused by the run lock). Stop it with Ctrl-C or SIGTERM; a run in progress
is told to stop and keeps what it has done.

  --cron EXPR   five fields: minute (0-59) hour (0-23) day-of-month (1-31)
                month (1-12 or jan-dec) day-of-week (0-7 or sun-sat, 0 and
                7 are Sunday). Each field: *, a number, a range a-b, a
                step */s or a-b/s, or a comma list. When both day fields
                are restricted, either may match (as in cron). Also
                @hourly, @daily, @weekly, @monthly, @yearly.
  --next N      print the next N times the expression matches, and exit
  -h, --help    this text

Every other flag is passed to vntally run (see vntally run --help) and is
checked before the first wait. Examples:
  vntally schedule --cron "0 2 * * *" --incremental
  vntally schedule --cron "30 1 * * mon-fri" --province "Đồng Nai" --incremental
  vntally schedule --cron "0 */6 * * *" --shard 2/3 --incremental

Where cron is available, a crontab line does the same without a resident
process:  0 2 * * * cd /srv/vntally && npx vntally run --incremental >> data/run.log 2>&1`;

interface ScheduleFlags {
  cron: CronSchedule;
  next: number | null;
  runArgs: string[];
}

/** Takes --cron and --next out of argv; the rest goes to `vntally run`. */
function parseScheduleFlags(argv: string[]): ScheduleFlags {
  let cronText: string | undefined;
  let nextText: string | undefined;
  const runArgs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--cron' || name === '--next') {
      const value = inline ?? argv[i + 1];
      if (value === undefined) throw new CliError('bad_flag', `${name} needs a value (see vntally schedule --help)`);
      if (inline === undefined) i += 1;
      if (name === '--cron') cronText = value;
      else nextText = value;
      continue;
    }
    runArgs.push(arg);
  }
  if (cronText === undefined) throw new CliError('bad_flag', '--cron "MIN HOUR DOM MON DOW" is required (see vntally schedule --help)');
  const parsed = parseCron(cronText);
  if (!parsed.ok) throw new CliError('bad_flag', `--cron: ${parsed.problem}`);
  if (nextCronTime(parsed.schedule, new Date()) === null) throw new CliError('bad_flag', `--cron: "${cronText}" never matches (no such date in the next 29 years)`);
  let next: number | null = null;
  if (nextText !== undefined) {
    next = Number(nextText);
    if (!Number.isInteger(next) || next < 1 || next > 1000) throw new CliError('bad_flag', `--next: expected a whole number from 1 to 1000, got "${nextText}"`);
  }
  return { cron: parsed.schedule, next, runArgs };
}

/** One `vntally run` as a child process sharing our stdout/stderr; SIGTERM when the scheduler is stopped. */
function runChild(runArgs: string[], signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', ...runArgs], { stdio: 'inherit' });
    const stop = (): void => void child.kill('SIGTERM');
    signal.addEventListener('abort', stop, { once: true });
    child.once('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(new CliError('run_spawn_failed', `cannot start ${process.execPath} ${BIN} run: ${error.message}`, { cause: error, exitCode: 1 }));
    });
    child.once('exit', (code, childSignal) => {
      signal.removeEventListener('abort', stop);
      resolve(code ?? (childSignal === 'SIGTERM' ? 143 : 1));
    });
  });
}

export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'stay running and start vntally run on a cron schedule',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const flags = parseScheduleFlags(argv);
    if (flags.next !== null) {
      for (const time of nextCronTimes(flags.cron, new Date(), flags.next)) console.log(formatLocalTime(time));
      return 0;
    }
    const runFlags = parseRunFlags(flags.runArgs);
    if (runFlags.demo) throw new CliError('bad_flag', '--demo is a one-off; schedule real runs (e.g. --incremental)');

    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      console.log(`${formatLocalTime(new Date())} vntally schedule: "${flags.cron.source}" → vntally run ${flags.runArgs.join(' ')}`.trimEnd());
      await runSchedule(
        { schedule: flags.cron, signal: controller.signal },
        {
          now: () => new Date(),
          sleep: (ms, signal) => sleep(ms, undefined, { signal }).catch((error: unknown) => {
            if ((error as { name?: string }).name !== 'AbortError') throw error;
          }),
          run: (signal) => runChild(flags.runArgs, signal),
          log: (line) => console.log(line),
        },
      );
      return controller.signal.aborted ? 130 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
