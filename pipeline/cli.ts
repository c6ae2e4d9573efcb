/**
 * Entry point of the `vntally` command: dispatches to one subcommand, catches
 * errors once, prints one clear line for a user's mistake and the whole error
 * for a bug.
 */
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';

function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'vntally: Party and trade-union development facts from Vietnamese news',
    '',
    'Usage: vntally <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `vntally <command> --help` for the options of one command.',
  ].join('\n');
}

/**
 * Failures of the machine, not of vntally nor of the command line: a full
 * disk, a read-only or unwritable path. The error or one of its causes
 * carries the system's code, or (DuckDB's) words it:
 * `Could not write file "/d/v.duckdb.wal": No space left on device`.
 * Not a bug, so one line and exit 1 (test/robustness/disk.test.ts).
 */
const ENVIRONMENT_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);
const ENVIRONMENT_WORDS = /No space left on device|Disk quota exceeded|Read-only file system|Permission denied/u;

/** The one line to print for an environment failure, or null for anything else. */
export function environmentFailure(error: unknown): string | null {
  let cause: unknown = error;
  for (let depth = 0; cause instanceof Error && depth < 8; depth++, cause = cause.cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if ((typeof code === 'string' && ENVIRONMENT_CODES.has(code)) || ENVIRONMENT_WORDS.test(cause.message)) {
      const top = (error as Error).message.split('\n')[0] ?? '';
      const reason = cause.message.split('\n')[0] ?? '';
      return top.includes(reason) ? top : `${top}: ${reason}`;
    }
  }
  return null;
}

export async function main(argv: string[], commands: readonly Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`vntally: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`vntally ${name}: ${error.message}`);
      return error.exitCode;
    }
    const environment = environmentFailure(error);
    if (environment !== null) {
      console.error(`vntally ${name}: the file system refused (disk full, read-only, or no permission): ${environment}`);
      return 1;
    }
    console.error(`vntally ${name}: unexpected error (a bug; please report it with this output)`);
    console.error(error);
    return 70;
  }
}
