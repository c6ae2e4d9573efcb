/**
 * Which database the notebooks read: `VNTALLY_DB` (set from `--db` by
 * `npm run notebooks` and `npm run notebooks:check`), else the offline demo's
 * `data/demo/vntally.duckdb`. A relative path is read from the project root,
 * whatever folder the kernel was started in.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The database `npm start` (`vntally run --demo`) writes. */
export const DEFAULT_NOTEBOOK_DB = 'data/demo/vntally.duckdb';

/** The environment variable that points the notebooks at another database. */
export const DB_ENV = 'VNTALLY_DB';

/** The project folder: this file is notebooks/lib/database-path.ts. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The absolute path of the database, from the environment's value (or the default). */
export function resolveDatabasePath(fromEnv: string | undefined, root: string = PROJECT_ROOT): string {
  const chosen = fromEnv === undefined || fromEnv.trim() === '' ? DEFAULT_NOTEBOOK_DB : fromEnv.trim();
  return isAbsolute(chosen) ? chosen : resolve(root, chosen);
}
