/**
 * `vntally run --incremental`: which archived pages an earlier run already
 * loaded, so that the extract stage handles only the new ones.
 *
 * The mark of a source is the newest `fetched_at` among its pages in the
 * database that a successfully loaded run of the SAME extractor version
 * wrote, minus `INCREMENTAL_OVERLAP_MS`. Pages fetched after it are
 * extracted; a source with no mark (new, or a new extractor version) is
 * extracted whole. The overlap covers a `vntally crawl` that was appending
 * while the last run read the archive (a page's `fetched_at` is stamped
 * before its record is committed); loading is idempotent, so the pages
 * extracted twice change nothing.
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../db/open-database.js';
import { readSchemaVersion } from '../db/schema.js';

/** Fifteen minutes of pages are re-extracted at each incremental run. */
export const INCREMENTAL_OVERLAP_MS = 15 * 60_000;

/** Per source id, extract only pages fetched after this instant (epoch ms). Empty when the database has nothing yet. */
export async function readIncrementalMarks(
  dbPath: string,
  extractorVersion: string,
  options: { waitMs?: number; overlapMs?: number } = {},
): Promise<Map<string, number>> {
  const overlapMs = options.overlapMs ?? INCREMENTAL_OVERLAP_MS;
  const marks = new Map<string, number>();
  if (!existsSync(dbPath)) return marks;
  const db = await openDatabase(dbPath, { readOnly: true, waitMs: options.waitMs ?? 0 });
  try {
    if ((await readSchemaVersion(db)) === null) return marks;
    const rows = await db.readRows<{ source_id: string; through_ms: bigint }>(
      `SELECT p.source_id, epoch_ms(max(p.fetched_at)) AS through_ms
       FROM pages p
       JOIN runs r ON r.run_id = p.run_id
       WHERE r.status = 'loaded' AND r.extractor_version = $1
       GROUP BY p.source_id`,
      [extractorVersion],
    );
    for (const row of rows) marks.set(row.source_id, Number(row.through_ms) - overlapMs);
    return marks;
  } finally {
    db.close();
  }
}
