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
    console.error(`vntally ${name}: unexpected error (a bug; please report it with this output)`);
    console.error(error);
    return 70;
  }
}
