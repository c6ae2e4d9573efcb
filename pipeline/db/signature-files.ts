/**
 * MinHash signatures of a run's kept articles, for runs that do not carry
 * their own (written before the extract stage signed its articles, or with
 * another scheme: load-run.ts), written to a temporary CSV file that DuckDB
 * then reads in bulk (`read_csv`), the same way it reads the run's files
 * (the appender takes seconds for tens of thousands of rows of lists):
 *
 *   signatures.csv  article_id,text_hash,<1,024 hex digits>   (one line per article)
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { minhashSignature, signatureHex } from './minhash.js';

/** Characters buffered before a write. */
const BLOCK_CHARS = 1 << 20;

export class SignatureFile {
  readonly path: string;
  private readonly stream: WriteStream;
  private block: string[] = [];
  private blockChars = 0;
  /** Articles with a signature (long enough texts). */
  signed = 0;
  /** Articles too short for one (grouped by exact text hash only). */
  unsigned = 0;

  constructor(dir: string) {
    this.path = join(dir, 'signatures.csv');
    this.stream = createWriteStream(this.path);
  }

  /** Computes and buffers the signature of one article. */
  addArticle(articleId: string, textHash: string, text: string): void {
    const signature = minhashSignature(text);
    if (signature === null) {
      this.unsigned += 1;
      return;
    }
    this.signed += 1;
    const line = `${articleId},${textHash},${signatureHex(signature)}\n`;
    this.block.push(line);
    this.blockChars += line.length;
  }

  /** Writes the buffered lines once they are many (or always with `force`); waits for the stream to drain. */
  async drain(force = false): Promise<void> {
    if (this.block.length === 0 || (!force && this.blockChars < BLOCK_CHARS)) return;
    const chunk = this.block.join('');
    this.block = [];
    this.blockChars = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.drain(true);
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
