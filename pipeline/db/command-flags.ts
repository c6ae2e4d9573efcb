/**
 * Flag parsing shared by the database commands (load, query, export, report,
 * status): `node:util` parseArgs for the syntax, zod for the values, one
 * `CliError` naming the flag for anything wrong. Every command takes
 * `--db PATH` and `--wait SECONDS`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import { DEFAULT_DB_PATH } from './open-database.js';

export const DB_FLAG_OPTIONS = {
  db: { type: 'string' },
  wait: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const DbFlagsSchema = z.object({
  db: z.string().min(1, { error: 'needs a file name' }).default(DEFAULT_DB_PATH),
  wait: z.coerce
    .number({ error: 'needs a number of seconds' })
    .nonnegative({ error: 'needs a number of seconds ≥ 0' })
    .default(0)
    .transform((seconds) => Math.round(seconds * 1000)),
});

export const DB_FLAGS_HELP = `  --db PATH        the database file (default ${DEFAULT_DB_PATH})
  --wait SECONDS   while another process holds the database, retry this long
                   before giving up (default 0: fail at once)`;

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
