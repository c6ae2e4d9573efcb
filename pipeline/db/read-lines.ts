/**
 * Reading JSONL artefacts from TypeScript: every line streamed (memory flat
 * in the file size), or only the first and last few lines (the sample the
 * loader checks with zod before DuckDB reads the whole file).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

const NEWLINE = 0x0a;

/** Lines of a UTF-8 file without their "\n", streamed; empty lines are skipped. */
export async function* readLines(path: string): AsyncGenerator<string> {
  for await (const { line } of readLinesWithOffsets(path, 1 << 20)) if (line.length > 0) yield line;
}

export interface SampleLine {
  /** "line 3" for a line counted from the start, "line 2 from the end" for one counted from the end. */
  where: string;
  text: string;
}

/** Bytes read from the end per step while looking for the last lines. */
const TAIL_STEP = 1 << 16;

/**
 * The first `count` and last `count` non-empty lines of a file (each line
 * once when the file is short), without reading the middle.
 */
export async function readSampleLines(path: string, count: number): Promise<SampleLine[]> {
  const head: SampleLine[] = [];
  let lineNumber = 0;
  let headEnd = 0;
  for await (const text of readLinesWithOffsets(path, 1 << 16)) {
    lineNumber += 1;
    if (text.line.length > 0) head.push({ where: `line ${lineNumber}`, text: text.line });
    headEnd = text.end;
    if (head.length >= count) break;
  }
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (headEnd >= size) return head;
    // Read backwards from the end until `count` complete lines lie after headEnd.
    let from = size;
    let tail = Buffer.alloc(0);
    let lines: string[] = [];
    while (from > headEnd) {
      const step = Math.min(TAIL_STEP, from - headEnd);
      from -= step;
      const buffer = Buffer.alloc(step);
      await handle.read(buffer, 0, step, from);
      tail = Buffer.concat([buffer, tail]);
      const parts = tail.toString('utf8').split('\n');
      // The first part may be a partial line unless we reached headEnd.
      lines = (from > headEnd ? parts.slice(1) : parts).filter((l) => l.length > 0);
      if (lines.length >= count) break;
    }
    const last = lines.slice(-count);
    return [...head, ...last.map((text, i) => ({ where: `line ${last.length - i} from the end`, text }))];
  } finally {
    await handle.close();
  }
}

/** Every line (empty ones too) with the byte offset just after it. */
async function* readLinesWithOffsets(path: string, chunkBytes: number): AsyncGenerator<{ line: string; end: number }> {
  let carry: Buffer[] = [];
  let position = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, i);
      const line = carry.length === 0 ? piece : Buffer.concat([...carry, piece]);
      position += line.length + 1;
      carry = [];
      yield { line: line.toString('utf8'), end: position };
      start = i + 1;
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  if (carry.length > 0) {
    const last = Buffer.concat(carry);
    position += last.length;
    yield { line: last.toString('utf8'), end: position };
  }
}
