/**
 * Reads `index.jsonl` line by line (streamed: memory stays flat however long
 * the index is) and tells where the last good line ends.
 *
 * A crash can leave at most a torn tail: lines are appended in order, so only
 * the last write can be incomplete (a line without its "\n", or a complete
 * line cut short by a power loss). Everything after the last valid line is
 * that tail. An invalid line *followed by* valid ones cannot come from a
 * crash, so it is reported as corruption instead of being dropped silently.
 */
import { createReadStream } from 'node:fs';
import { ArchiveError } from './archive-error.js';
import { ArchiveIndexRowSchema, type ArchiveIndexRow } from './index-row.js';

const NEWLINE = 0x0a;

interface RawLine {
  text: string;
  /** Byte offset just after the line's "\n" (or after its last byte when `complete` is false). */
  end: number;
  /** False for a last line with no "\n": a torn write. */
  complete: boolean;
}

async function* readRawLines(path: string): AsyncGenerator<RawLine> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  let position = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, i);
      const line = carryLength === 0 ? piece : Buffer.concat([...carry, piece]);
      position += carryLength + piece.length + 1;
      carry = [];
      carryLength = 0;
      yield { text: line.toString('utf8'), end: position, complete: true };
      start = i + 1;
    }
    if (start < chunk.length) {
      carry.push(chunk.subarray(start));
      carryLength += chunk.length - start;
    }
  }
  if (carryLength > 0) yield { text: Buffer.concat(carry).toString('utf8'), end: position + carryLength, complete: false };
}

export interface IndexScan {
  /** Valid rows in file order. */
  rows: ArchiveIndexRow[];
  /** Byte length of the valid prefix; anything after it is a torn tail. */
  validBytes: number;
  /** Byte length of the file as read. */
  totalBytes: number;
  /** Number of lines (complete or not) in the torn tail. */
  tornLines: number;
}

function parseRow(text: string): { ok: true; row: ArchiveIndexRow } | { ok: false; error: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error };
  }
  const result = ArchiveIndexRowSchema.safeParse(json);
  return result.success ? { ok: true, row: result.data } : { ok: false, error: result.error };
}

/** Reads every row; throws `ArchiveError` ('corrupt') for an invalid line in the middle, ('io') if unreadable. */
export async function scanIndex(path: string): Promise<IndexScan> {
  const rows: ArchiveIndexRow[] = [];
  let validBytes = 0;
  let totalBytes = 0;
  let lineNumber = 0;
  let firstBad: { lineNumber: number; error: unknown } | null = null;
  let tornLines = 0;
  try {
    for await (const line of readRawLines(path)) {
      lineNumber += 1;
      totalBytes = line.end;
      const parsed = line.complete ? parseRow(line.text) : null;
      if (parsed === null || !parsed.ok) {
        firstBad ??= { lineNumber, error: parsed?.error ?? new Error('line has no newline (torn write)') };
        tornLines += 1;
        continue;
      }
      if (firstBad !== null) {
        throw new ArchiveError(`${path}: line ${firstBad.lineNumber} is not a valid index row, yet valid rows follow it (line ${lineNumber}); a crash cannot cause this, so the index was damaged or edited`, {
          code: 'corrupt',
          file: path,
          cause: firstBad.error,
        });
      }
      rows.push(parsed.row);
      validBytes = line.end;
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`cannot read the archive index ${path}`, { code: 'io', file: path, cause: error });
  }
  return { rows, validBytes, totalBytes, tornLines };
}
