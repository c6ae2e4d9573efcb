/**
 * Reading a crawl archive back in tests: every line of index.jsonl (the full
 * history, so a page archived twice shows twice), and the rows of one source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveIndexRow } from '../../crawlers/archive/index.js';

export function indexLines(archiveDir: string): ArchiveIndexRow[] {
  const path = join(archiveDir, 'index.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ArchiveIndexRow);
}

/** Article rows of a source whose page was read (not the oversize / not-HTML records, which have no body). */
export function articleRows(archiveDir: string, sourceId: string): ArchiveIndexRow[] {
  return indexLines(archiveDir).filter((r) => r.source_id === sourceId && r.kind === 'article' && r.skip_reason !== 'oversize' && r.skip_reason !== 'not-html');
}

/** Values that occur more than once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}
