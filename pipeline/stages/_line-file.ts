/**
 * An append-only text file written in large blocks: lines are gathered in
 * memory up to `BLOCK_BYTES`, then written with one call, so memory stays
 * flat however many lines a run has, and a slow disk simply makes the stage
 * wait (each `add` that fills the block awaits its write).
 */
import { open, type FileHandle } from 'node:fs/promises';

/** 1 MiB: big enough that writes are few, small enough to be memory noise. */
const BLOCK_BYTES = 1 << 20;

export class LineFile {
  readonly path: string;
  private readonly handle: FileHandle;
  private parts: string[] = [];
  private pendingChars = 0;
  private lineCount = 0;
  private position = 0;

  private constructor(path: string, handle: FileHandle) {
    this.path = path;
    this.handle = handle;
  }

  /** Creates the file; fails if it exists (a run directory is always new). */
  static async create(path: string): Promise<LineFile> {
    return new LineFile(path, await open(path, 'wx'));
  }

  get lines(): number {
    return this.lineCount;
  }

  /** Bytes written so far (after `close`, the file's size). */
  get bytes(): number {
    return this.position;
  }

  /** Adds one line (without its "\n"). */
  async add(line: string): Promise<void> {
    this.parts.push(line, '\n');
    this.pendingChars += line.length + 1;
    this.lineCount += 1;
    // UTF-16 length under-counts UTF-8 bytes by at most 3×: the block stays within a few MiB.
    if (this.pendingChars >= BLOCK_BYTES) await this.flush();
  }

  /** Writes what is gathered, makes the file durable and closes it. */
  async close(): Promise<void> {
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
  }

  /** Closes without the final write (after a failure; the directory is thrown away). */
  async abandon(): Promise<void> {
    this.parts = [];
    await this.handle.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const block = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pendingChars = 0;
    // `write` may write less than asked: loop until the block is on its way to disk.
    let done = 0;
    while (done < block.length) {
      const { bytesWritten } = await this.handle.write(block, done, block.length - done, this.position + done);
      if (bytesWritten === 0) throw new Error(`${this.path}: wrote 0 of ${block.length - done} bytes`);
      done += bytesWritten;
    }
    this.position += block.length;
  }
}
