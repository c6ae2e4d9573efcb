/**
 * Whether a source's previous crawl ran to its end, kept in
 * `<archive>/crawl-state.json`. The incremental stop ("this listing page
 * holds only archived articles: stop walking") is only sound after a
 * complete run: a crawl killed half-way through a listing has archived the
 * newest articles but not the older pages, and a restart that stopped at the
 * first known article would never reach them. So a source whose last run did
 * not complete is walked in full (archived articles are still not fetched).
 *
 * The file is small and rewritten atomically (temporary file + rename).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AbortCrawlError } from './errors.js';

export const CRAWL_STATE_FILE = 'crawl-state.json';

const StateSchema = z.object({
  version: z.literal(1),
  sources: z.record(z.string(), z.object({ startedAt: z.string(), completedAt: z.string().nullable() })),
});
type State = z.infer<typeof StateSchema>;

export class CrawlState {
  private readonly path: string;
  private state: State;
  private writing: Promise<void> = Promise.resolve();

  private constructor(path: string, state: State) {
    this.path = path;
    this.state = state;
  }

  static async open(archiveDir: string): Promise<CrawlState> {
    const path = join(archiveDir, CRAWL_STATE_FILE);
    let state: State = { version: 1, sources: {} };
    try {
      const parsed = StateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      // A damaged state only costs a full walk, so it is replaced rather than fatal.
      if (parsed.success) state = parsed.data;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    return new CrawlState(path, state);
  }

  /** True when the source's last crawl ran to its end. */
  lastRunComplete(sourceId: string): boolean {
    const entry = this.state.sources[sourceId];
    return entry !== undefined && entry.completedAt !== null && entry.completedAt >= entry.startedAt;
  }

  async markStarted(sourceId: string): Promise<void> {
    this.state.sources[sourceId] = { startedAt: new Date().toISOString(), completedAt: null };
    await this.save();
  }

  async markCompleted(sourceId: string): Promise<void> {
    const entry = this.state.sources[sourceId];
    if (entry) entry.completedAt = new Date().toISOString();
    await this.save();
  }

  private save(): Promise<void> {
    const text = `${JSON.stringify(this.state, null, 2)}\n`;
    this.writing = this.writing.then(async () => {
      const tmp = `${this.path}.${process.pid}.tmp`;
      try {
        await writeFile(tmp, text);
        await rename(tmp, this.path);
      } catch (error) {
        // A full or read-only disk: abort with the file named (a bare "ENOSPC: …, write" named nothing), and leave no temporary file.
        await rm(tmp, { force: true }).catch(() => undefined);
        throw new AbortCrawlError(`cannot write the crawl state ${this.path}: ${(error as Error).message}`, { cause: error });
      }
    });
    return this.writing;
  }
}
