/**
 * Reading a pipeline's database in tests: the row counts that must not
 * change when a run is repeated, and the rows of one table by a key.
 */
import { openDatabase } from '../../pipeline/db/open-database.js';

/** Tables and views whose row counts a repeated run must leave alone (`runs` grows by one per run). */
export const COUNTED = ['articles', 'facts', 'pages', 'syndication_signatures', 'syndication_bands', 'syndication_pairs', 'facts_flat', 'distinct_observations'] as const;

export type Counts = Record<(typeof COUNTED)[number], number>;

/** Row counts, plus the number of syndication groups (copies of one story share one). */
export async function tableCounts(dbPath: string): Promise<Counts & { groups: number }> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    const counts: Record<string, number> = {};
    for (const name of COUNTED) {
      // Names come from the constant list above, never from input.
      const row = await db.readRow<{ n: bigint }>(`SELECT count(*) AS n FROM ${name}`);
      counts[name] = Number(row?.n ?? 0n);
    }
    const groups = await db.readRow<{ n: bigint }>('SELECT count(DISTINCT syndication_group) AS n FROM articles');
    return { ...(counts as Counts), groups: Number(groups?.n ?? 0n) };
  } finally {
    db.close();
  }
}

/** Loaded runs by status. */
export async function runStatuses(dbPath: string): Promise<Record<string, number>> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    const rows = await db.readRows<{ status: string; n: bigint }>('SELECT status, count(*) AS n FROM runs GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  } finally {
    db.close();
  }
}

export { seededRandom } from './seeded-random.js';
