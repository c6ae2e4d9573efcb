/**
 * Flag parsing shared by the database commands (load, query, export, report,
 * status): `node:util` parseArgs for the syntax, zod for the values, one
 * `CliError` naming the flag for anything wrong. Every command takes
 * `--db PATH` and `--wait SECONDS`.
 */
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
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

export { parseCommandFlags } from '../command-flags.js';
