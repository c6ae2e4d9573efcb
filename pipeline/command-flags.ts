/**
 * Flag parsing shared by every command: `node:util` parseArgs for the syntax,
 * zod for the values, one `CliError` naming the flag for anything wrong.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { CliError } from './cli-error.js';

/**
 * Parses `argv` against `options` and checks the values with `schema`.
 * `positionals` are returned as they are.
 */
export function parseCommandFlags<S extends z.ZodType>(
  command: string,
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
  allowPositionals = false,
): { flags: z.infer<S>; positionals: string[] } {
  let values: unknown;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true }));
  } catch (error) {
    throw new CliError('bad_flag', `${(error as Error).message} (see vntally ${command} --help)`, { cause: error });
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue === undefined || issue.path.length === 0 ? '' : `--${String(issue.path[0])}: `;
    throw new CliError('bad_flag', `${flag}${issue?.message ?? 'invalid flags'} (see vntally ${command} --help)`, { cause: parsed.error });
  }
  return { flags: parsed.data, positionals };
}
