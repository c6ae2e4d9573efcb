/**
 * The crawl archive: raw pages in WARC files plus `index.jsonl`, one line per
 * archived page (see `index-row.ts`). Extraction re-runs from it without the
 * network; the pipeline loads the index into DuckDB.
 *
 *     <dir>/index.jsonl
 *     <dir>/warc/vntally-<timestamp>-<seq>.warc.gz   one gzip member per record
 *     <dir>/archive.lock                             while a writer has it open
 *
 * Durability: a page is committed in two steps, always in this order:
 *   1. its WARC record is written and the WARC file fsynced;
 *   2. its index line is appended and index.jsonl fsynced.
 * So every index line points at bytes that are on disk. A crash (even SIGKILL
 * or a power loss) between or during the steps leaves at most a torn index line
 * and WARC bytes that no line covers; `open` removes both. The page is then
 * simply fetched again, and nothing is archived twice.
 *
 * Appends made while a commit is in progress are committed together: one
 * fsync pair for the whole group (group commit), which is what keeps a crawl
 * at concurrency 10 from waiting on the disk for every page.
 *
 * Memory holds the index map only (one row per canonical URL), never bodies.
 * One writer per archive (`archive-lock.ts`); readers use `{ readOnly: true }`.
 */
import { mkdir, open, readdir, stat, truncate, unlink, type FileHandle } from 'node:fs/promises';
import { syncPath } from './sync-path.js';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ArchiveError } from './archive-error.js';
import { acquireLock, releaseLock } from './archive-lock.js';
import { formatIndexLine, PAGE_KINDS, type ArchiveIndexRow, type PageKind } from './index-row.js';
import { scanIndex } from './read-index.js';
import { WARC_DIR, WARC_FILE_NAME, warcFileName, warcFileRef, warcFileSeq } from './warc-files.js';
import { parseResponsePayload, serializeResponse, serializeWarcinfo, sha256Hex } from './warc-record.js';

export const INDEX_FILE = 'index.jsonl';
export const LOCK_FILE = 'archive.lock';
/** Rotate to a new WARC file past this size (the usual 256 MiB of crawlers' WARC writers). */
export const DEFAULT_MAX_WARC_BYTES = 256 * 1024 * 1024;

export interface ArchiveOptions {
  /** Start a new WARC file when the current one would grow past this. Default 256 MiB. */
  maxWarcBytes?: number;
  /** Read only: no lock, no repair, `append` refused. For readers while a crawl writes. */
  readOnly?: boolean;
}

export interface ArchiveAppendInput {
  url: string;
  canonicalUrl: string;
  sourceId: string;
  status: number;
  headers: Record<string, string>;
  /** The body as received, already decoded from any Content-Encoding. */
  body: Uint8Array;
  kind: PageKind;
  kept: boolean;
  skipReason?: string | null;
  /** The charset the engine decoded the page with (it wins over the header's). */
  charset?: string | null;
  publishedHint?: string | null;
  titleHint?: string | null;
  fetchedAt?: Date;
}

/** What `open` had to repair after a crash. All zero after a clean close. */
export interface ArchiveRecovery {
  /** Bytes cut from the end of index.jsonl (a torn last line). */
  tornIndexBytes: number;
  tornIndexLines: number;
  /** WARC bytes cut past the last indexed record, over all files. */
  truncatedWarcBytes: number;
  /** WARC files that held no indexed record (a file started just before a crash), deleted. */
  removedWarcFiles: string[];
}

interface OpenWarc {
  name: string;
  ref: string;
  path: string;
  handle: FileHandle;
  size: number;
  records: number;
}

interface PendingAppend {
  bytes: Uint8Array;
  draft: Omit<ArchiveIndexRow, 'warc_file' | 'offset' | 'length'>;
  resolve: (row: ArchiveIndexRow) => void;
  reject: (error: unknown) => void;
}

/** "charset=windows-1258" in a Content-Type value. Matches `text/html; charset="UTF-8"`; not "text/html". */
const CHARSET_PARAM = /;\s*charset\s*=\s*"?([^";\s]+)"?/iu;

export class Archive {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly recovery: ArchiveRecovery;
  private readonly maxWarcBytes: number;
  private readonly byCanonical: Map<string, ArchiveIndexRow>;
  private readonly indexPath: string;
  private readonly warcDir: string;
  private indexHandle: FileHandle | null;
  private nextSeq: number;
  private current: OpenWarc | null = null;
  private queue: PendingAppend[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  /** Set when a commit failed: the files may hold a partial write that only `open` repairs. */
  private failure: unknown = null;

  private constructor(init: {
    dir: string;
    readOnly: boolean;
    maxWarcBytes: number;
    rows: Map<string, ArchiveIndexRow>;
    indexHandle: FileHandle | null;
    nextSeq: number;
    recovery: ArchiveRecovery;
  }) {
    this.dir = init.dir;
    this.readOnly = init.readOnly;
    this.maxWarcBytes = init.maxWarcBytes;
    this.byCanonical = init.rows;
    this.indexHandle = init.indexHandle;
    this.nextSeq = init.nextSeq;
    this.recovery = init.recovery;
    this.indexPath = join(init.dir, INDEX_FILE);
    this.warcDir = join(init.dir, WARC_DIR);
  }

  /**
   * Opens (or creates) the archive in `dir`:
   *   1. take the writer lock (not when read-only);
   *   2. read index.jsonl, keeping the valid prefix (a torn last line is dropped);
   *   3. list the WARC files this archive wrote;
   *   4. check every row against its file (the file exists and holds the record);
   *   5. repair (not when read-only): cut the torn index tail, cut each WARC file
   *      after its last indexed record, delete WARC files with none;
   *   6. rebuild the in-memory map, latest row per canonical URL.
   */
  static async open(dir: string, options: ArchiveOptions = {}): Promise<Archive> {
    const root = resolve(dir);
    const readOnly = options.readOnly ?? false;
    const maxWarcBytes = options.maxWarcBytes ?? DEFAULT_MAX_WARC_BYTES;
    if (!Number.isInteger(maxWarcBytes) || maxWarcBytes <= 0) throw new TypeError(`maxWarcBytes must be a positive integer, got ${maxWarcBytes}`);
    const indexPath = join(root, INDEX_FILE);
    const warcDir = join(root, WARC_DIR);
    const lockPath = join(root, LOCK_FILE);

    if (!readOnly) {
      await ioStep(warcDir, 'cannot create the archive directory', () => mkdir(warcDir, { recursive: true }));
      await acquireLock(root, lockPath);
    }
    try {
      // 2. The index. A missing index beside existing WARC files is refused: repairing would delete them all.
      if (!(await exists(indexPath))) {
        if (readOnly) throw new ArchiveError(`no archive index at ${indexPath}`, { code: 'io', file: indexPath });
        const orphans = await listWarcFiles(warcDir, readOnly);
        if (orphans.length > 0) {
          throw new ArchiveError(`${indexPath} is missing but ${warcDir} holds ${orphans.length} WARC file(s); refusing to discard them (restore the index, or move the files away)`, {
            code: 'corrupt',
            file: indexPath,
          });
        }
        await ioStep(indexPath, 'cannot create the archive index', async () => {
          await (await open(indexPath, 'wx')).close();
          await syncPath(root);
        });
      }
      const scan = await scanIndex(indexPath);

      // 3. WARC files on disk, with their sizes. Listed after the index is read: a writer may be
      //    appending beside a read-only reader, and files only grow, so every row read is covered.
      const sizes = new Map<string, number>();
      const names = await listWarcFiles(warcDir, readOnly);
      for (const name of names) sizes.set(name, (await ioStep(join(warcDir, name), 'cannot stat', () => stat(join(warcDir, name)))).size);

      // 4. Every row must point inside a file, after the previous record of that file.
      const recordEnd = new Map<string, number>();
      scan.rows.forEach((row, i) => {
        const name = row.warc_file.slice(WARC_DIR.length + 1);
        const size = sizes.get(name);
        const where = `${indexPath} line ${i + 1} (${row.url})`;
        if (size === undefined) throw new ArchiveError(`${where} points into ${row.warc_file}, which does not exist`, { code: 'corrupt', file: join(root, row.warc_file) });
        if (row.offset + row.length > size) {
          throw new ArchiveError(`${where} points at bytes ${row.offset}–${row.offset + row.length} of ${row.warc_file}, which has ${size}`, { code: 'corrupt', file: join(root, row.warc_file) });
        }
        if (row.offset < (recordEnd.get(name) ?? 0)) {
          throw new ArchiveError(`${where} overlaps the previous record of ${row.warc_file}`, { code: 'corrupt', file: join(root, row.warc_file) });
        }
        recordEnd.set(name, row.offset + row.length);
      });

      // 5. Repair.
      const recovery: ArchiveRecovery = { tornIndexBytes: 0, tornIndexLines: 0, truncatedWarcBytes: 0, removedWarcFiles: [] };
      if (!readOnly) {
        if (scan.totalBytes > scan.validBytes) {
          await truncateAndSync(indexPath, scan.validBytes);
          recovery.tornIndexBytes = scan.totalBytes - scan.validBytes;
          recovery.tornIndexLines = scan.tornLines;
        }
        for (const name of names) {
          const path = join(warcDir, name);
          const end = recordEnd.get(name);
          const size = sizes.get(name) ?? 0;
          if (end === undefined) {
            await ioStep(path, 'cannot delete the unindexed WARC file', () => unlink(path));
            recovery.removedWarcFiles.push(warcFileRef(name));
          } else if (size > end) {
            await truncateAndSync(path, end);
            recovery.truncatedWarcBytes += size - end;
          }
        }
        if (recovery.removedWarcFiles.length > 0) await ioStep(warcDir, 'cannot sync', () => syncPath(warcDir));
      }

      // 6. The map.
      const rows = new Map<string, ArchiveIndexRow>();
      for (const row of scan.rows) rows.set(row.canonical_url, row);
      const nextSeq = Math.max(0, ...names.map((name) => warcFileSeq(name) ?? 0)) + 1;
      const indexHandle = readOnly ? null : await ioStep(indexPath, 'cannot open the archive index for appending', () => open(indexPath, 'a'));
      return new Archive({ dir: root, readOnly, maxWarcBytes, rows, indexHandle, nextSeq, recovery });
    } catch (error) {
      if (!readOnly) await releaseLock(root, lockPath);
      throw error;
    }
  }

  /** True if this canonical URL's latest archived page is an article that was fetched successfully (2xx). */
  has(canonicalUrl: string): boolean {
    const row = this.byCanonical.get(canonicalUrl);
    return row !== undefined && row.kind === 'article' && row.status >= 200 && row.status < 300;
  }

  /** The latest row archived under this canonical URL, whatever its kind (listings carry their ETag/Last-Modified). */
  get(canonicalUrl: string): ArchiveIndexRow | undefined {
    return this.byCanonical.get(canonicalUrl);
  }

  /** The latest row per canonical URL. The full history (every fetch) is index.jsonl itself. */
  rows(): ArchiveIndexRow[] {
    return [...this.byCanonical.values()];
  }

  /** Archives one page; resolves once its record and index line are both on disk. */
  async append(input: ArchiveAppendInput): Promise<ArchiveIndexRow> {
    this.assertWritable();
    checkAppendInput(input);
    const fetchedAt = input.fetchedAt ?? new Date();
    const sha256 = sha256Hex(input.body);
    const contentType = headerValue(input.headers, 'content-type');
    const bytes = await serializeResponse({
      url: input.url,
      fetchedAt,
      status: input.status,
      headers: input.headers,
      body: input.body,
      sha256,
      sourceId: input.sourceId,
      canonicalUrl: input.canonicalUrl,
      kind: input.kind,
    });
    const draft: PendingAppend['draft'] = {
      url: input.url,
      canonical_url: input.canonicalUrl,
      source_id: input.sourceId,
      fetched_at: fetchedAt.toISOString(),
      status: input.status,
      content_type: contentType === null ? null : (contentType.split(';')[0]?.trim().toLowerCase() || null),
      charset: (input.charset ?? CHARSET_PARAM.exec(contentType ?? '')?.[1] ?? null)?.toLowerCase() ?? null,
      sha256,
      etag: headerValue(input.headers, 'etag'),
      last_modified: headerValue(input.headers, 'last-modified'),
      kind: input.kind,
      kept: input.kept,
      skip_reason: input.skipReason ?? null,
      published_hint: input.publishedHint ?? null,
      title_hint: input.titleHint ?? null,
    };
    this.assertWritable(); // it may have closed or failed while we serialised
    return new Promise<ArchiveIndexRow>((resolvePromise, reject) => {
      this.queue.push({ bytes, draft, resolve: resolvePromise, reject });
      // Started from a microtask, so `draining` is assigned before the drain can finish and reset it.
      this.draining ??= Promise.resolve().then(() => this.drain());
    });
  }

  /** The body of an archived page, read back from its WARC record and checked against its SHA-256. */
  async readBody(row: ArchiveIndexRow): Promise<Uint8Array> {
    const path = join(this.dir, row.warc_file);
    const where = `${path} at offset ${row.offset} (${row.url})`;
    const member = Buffer.alloc(row.length);
    await ioStep(path, `cannot read the WARC record at offset ${row.offset}`, async () => {
      const handle = await open(path, 'r');
      try {
        const { bytesRead } = await handle.read(member, 0, row.length, row.offset);
        if (bytesRead !== row.length) throw new Error(`read ${bytesRead} of ${row.length} bytes`);
      } finally {
        await handle.close();
      }
    });
    let parsed;
    try {
      parsed = await parseResponsePayload(gunzipSync(member));
    } catch (error) {
      throw new ArchiveError(`cannot decode the WARC record in ${where}`, { code: 'corrupt', file: path, cause: error });
    }
    if (parsed === null || parsed.warcType !== 'response') {
      throw new ArchiveError(`no response record in ${where} (found ${parsed?.warcType ?? 'nothing'})`, { code: 'corrupt', file: path });
    }
    const digest = sha256Hex(parsed.payload);
    if (digest !== row.sha256) throw new ArchiveError(`the record in ${where} has SHA-256 ${digest}, the index says ${row.sha256}`, { code: 'digest', file: path });
    return parsed.payload;
  }

  /** Waits for pending appends, closes the files and releases the lock. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.draining;
    const current = this.current;
    this.current = null;
    const indexHandle = this.indexHandle;
    this.indexHandle = null;
    try {
      if (current !== null) await ioStep(current.path, 'cannot close the WARC file', () => current.handle.close());
      if (indexHandle !== null) await ioStep(this.indexPath, 'cannot close the archive index', () => indexHandle.close());
    } finally {
      if (!this.readOnly) await releaseLock(this.dir, join(this.dir, LOCK_FILE));
    }
  }

  // ---------------------------------------------------------------- internals

  private assertWritable(): void {
    if (this.readOnly) throw new ArchiveError(`the archive ${this.dir} was opened read-only`, { code: 'read-only', file: this.indexPath });
    if (this.failure !== null) {
      throw new ArchiveError(`the archive ${this.dir} stopped after a failed write; reopen it to repair`, { code: 'closed', file: this.indexPath, cause: this.failure });
    }
    if (this.closed) throw new ArchiveError(`the archive ${this.dir} is closed`, { code: 'closed', file: this.indexPath });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const rows = await this.commit(batch);
        batch.forEach((pending, i) => pending.resolve(rows[i] as ArchiveIndexRow));
      } catch (error) {
        this.failure = error;
        for (const pending of [...batch, ...this.queue]) pending.reject(error);
        this.queue = [];
      }
    }
    this.draining = null;
  }

  /** Steps 1 and 2 of the module comment, for a group of pages. */
  private async commit(batch: PendingAppend[]): Promise<ArchiveIndexRow[]> {
    const rows: ArchiveIndexRow[] = [];
    for (const pending of batch) {
      const file = await this.fileFor(pending.bytes.length);
      await ioStep(file.path, 'cannot write the WARC record', () => writeFully(file.handle, pending.bytes, file.size));
      const { draft } = pending;
      rows.push({
        url: draft.url,
        canonical_url: draft.canonical_url,
        source_id: draft.source_id,
        fetched_at: draft.fetched_at,
        status: draft.status,
        content_type: draft.content_type,
        charset: draft.charset,
        sha256: draft.sha256,
        warc_file: file.ref,
        offset: file.size,
        length: pending.bytes.length,
        etag: draft.etag,
        last_modified: draft.last_modified,
        kind: draft.kind,
        kept: draft.kept,
        skip_reason: draft.skip_reason,
        published_hint: draft.published_hint,
        title_hint: draft.title_hint,
      });
      file.size += pending.bytes.length;
      file.records += 1;
    }
    const current = this.current;
    if (current !== null) await ioStep(current.path, 'cannot fsync the WARC file', () => current.handle.sync());

    const indexHandle = this.indexHandle;
    if (indexHandle === null) throw new ArchiveError(`the archive index ${this.indexPath} is not open`, { code: 'closed', file: this.indexPath });
    const lines = Buffer.from(rows.map(formatIndexLine).join(''), 'utf8');
    await ioStep(this.indexPath, 'cannot append to the archive index', async () => {
      await writeFully(indexHandle, lines, null);
      await indexHandle.sync();
    });
    for (const row of rows) this.byCanonical.set(row.canonical_url, row);
    return rows;
  }

  /** The WARC file the next record goes to: the current one, or a new one past the size limit. */
  private async fileFor(recordLength: number): Promise<OpenWarc> {
    const current = this.current;
    if (current !== null && current.records > 0 && current.size + recordLength > this.maxWarcBytes) {
      await ioStep(current.path, 'cannot finish the WARC file', async () => {
        await current.handle.sync();
        await current.handle.close();
      });
      this.current = null;
    }
    if (this.current === null) this.current = await this.startFile();
    return this.current;
  }

  /** A new WARC file, its warcinfo record first; its directory entry is fsynced so it survives a power loss. */
  private async startFile(): Promise<OpenWarc> {
    const startedAt = new Date();
    const name = warcFileName(startedAt, this.nextSeq);
    this.nextSeq += 1;
    const path = join(this.warcDir, name);
    const info = await serializeWarcinfo(name, startedAt);
    const handle = await ioStep(path, 'cannot create the WARC file', () => open(path, 'wx'));
    await ioStep(path, 'cannot write the warcinfo record', async () => {
      await writeFully(handle, info, 0);
      await syncPath(this.warcDir);
    });
    return { name, ref: warcFileRef(name), path, handle, size: info.length, records: 0 };
  }
}

// ---------------------------------------------------------------- helpers

function checkAppendInput(input: ArchiveAppendInput): void {
  if (!URL.canParse(input.url)) throw new TypeError(`archive append: not an absolute URL: ${input.url}`);
  if (input.canonicalUrl === '') throw new TypeError(`archive append: empty canonicalUrl for ${input.url}`);
  if (input.sourceId === '') throw new TypeError(`archive append: empty sourceId for ${input.url}`);
  if (!Number.isInteger(input.status) || input.status < 100 || input.status > 599) throw new TypeError(`archive append: bad HTTP status ${input.status} for ${input.url}`);
  if (!(input.body instanceof Uint8Array)) throw new TypeError(`archive append: body of ${input.url} is not a Uint8Array`);
  if (!PAGE_KINDS.includes(input.kind)) throw new TypeError(`archive append: unknown kind "${String(input.kind)}" for ${input.url}`);
  if (input.fetchedAt !== undefined && Number.isNaN(input.fetchedAt.getTime())) throw new TypeError(`archive append: invalid fetchedAt for ${input.url}`);
}

function headerValue(headers: Record<string, string>, lowerName: string): string | null {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === lowerName) return String(value);
  }
  return null;
}

/** Runs a file-system step, turning its failure into an `ArchiveError` that names the file. */
async function ioStep<T>(file: string, what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    // The system's reason ("ENOSPC: no space left on device", "EROFS: read-only file system") is what the user can act on.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = code === undefined ? '' : ` (${code}: ${osReason(error)})`;
    throw new ArchiveError(`${what}: ${file}${reason}`, { code: 'io', file, cause: error });
  }
}

/** "no space left on device" from "ENOSPC: no space left on device, write". */
function osReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+: /u, '').replace(/, \w+(?: '[^']*')?$/u, '');
}

/** `FileHandle.write` may write less than asked; loop until all is written. `position` null appends. */
async function writeFully(handle: FileHandle, bytes: Uint8Array, position: number | null): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position === null ? null : position + done);
    if (bytesWritten === 0) throw new Error(`wrote 0 of ${bytes.length - done} bytes`);
    done += bytesWritten;
  }
}

async function truncateAndSync(path: string, length: number): Promise<void> {
  await ioStep(path, `cannot truncate to ${length} bytes`, async () => {
    await truncate(path, length);
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}


async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new ArchiveError(`cannot stat ${path}`, { code: 'io', file: path, cause: error });
  }
}

/** WARC files this archive wrote, in writing order. A read-only archive may have no warc/ directory yet. */
async function listWarcFiles(warcDir: string, readOnly: boolean): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(warcDir);
  } catch (error) {
    if (readOnly && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ArchiveError(`cannot list the WARC directory ${warcDir}`, { code: 'io', file: warcDir, cause: error });
  }
  return entries.filter((name) => WARC_FILE_NAME.test(name)).sort((a, b) => (warcFileSeq(a) ?? 0) - (warcFileSeq(b) ?? 0));
}
