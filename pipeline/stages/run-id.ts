/**
 * Run ids: the UTC start time to the second, then four random hex digits so
 * that two runs started in the same second (two shards on one machine, a
 * test) do not collide. Sortable, and usable as a directory name
 * (run-artefacts.ts `RUN_ID`): "2025-06-01T020000Z-a1b2".
 */
import { randomBytes } from 'node:crypto';

/** "2025-06-01T02:00:00.123Z" → "2025-06-01T020000Z". */
export function newRunId(startedAt: Date = new Date()): string {
  const stamp = startedAt.toISOString().slice(0, 19).replaceAll(':', '');
  return `${stamp}Z-${randomBytes(2).toString('hex')}`;
}
