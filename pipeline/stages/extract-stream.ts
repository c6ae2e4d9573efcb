/**
 * Extraction while the crawl archives (`vntally run`): each row the crawl
 * appends (`CrawlOptions.onArchived`) is offered to an `ExtractStream`, which
 * extracts its page at once (on a worker thread by default:
 * extract-worker.ts), and spools the extraction to a file. The page's body
 * comes with the row (a copy of the crawl's, checked against the row's
 * SHA-256) while few rows wait, else it is read back from the WARC file.
 * When the crawl ends, the extract stage (extract-archive.ts) runs exactly as
 * it runs alone over the archive, but takes each row's extraction from the
 * spool (`PreparedExtractions.take`) instead of reading and extracting it
 * again; a page not spooled yet it extracts itself, while the worker goes on
 * with its queue (at a lower priority: extract-worker.ts) until the stage is
 * done. Hence:
 *
 *  - the run directory is what `vntally extract --from-archive` writes for
 *    the same archive, by construction: the stage still picks the rows (the
 *    latest fetch of each canonical URL, the sources, the incremental marks),
 *    orders them and writes every line; an extraction is only taken for the
 *    very record it was made from (WARC file, offset, SHA-256), so a page
 *    fetched twice is extracted into the run once, from its latest fetch;
 *  - whatever fails early (a body that cannot be read, an extractor that
 *    throws, a worker that dies) only means the stage does that page itself
 *    after the crawl, as alone, with the same error;
 *  - when asked (`includeArchived`), the pages archived before this crawl that
 *    the stage will extract too (a run that is not incremental re-extracts the
 *    whole archive of its sources) are extracted while the crawl runs, after
 *    the new ones;
 *  - memory: extractions go to the spool file; memory holds a small entry per
 *    extracted page (as the archive holds a row per page), the rows not
 *    extracted yet, and at most `MAX_WAITING_BODIES` bodies;
 *  - the spool is `<runs>/.<run_id>.extract-spool` (a file, which the run
 *    listings ignore), deleted by `close()`; a killed run leaves it behind and
 *    the next stream deletes it.
 *
 * The early filter (`wantedRow`) mirrors the stage's choice of rows only to
 * save work: a row it lets through that the stage does not want is wasted
 * work, a row it misses is extracted by the stage; the output is the same.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, getHeapStatistics, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { Archive, type ArchiveIndexRow } from '../../crawlers/archive/index.js';
import { parseResponsePayload, sha256Hex } from '../../crawlers/archive/warc-record.js';
import { extractFromBytes, type ArticleExtraction } from '../../extract/index.js';
import { isoDateOrNull } from './article-lines.js';

/** Where the extraction runs: a worker thread (the default: the crawl keeps its thread), or the crawl's own thread between its pages. */
export type ExtractThread = 'worker' | 'main';

/** Bodies handed over with their rows while fewer rows than this wait; past it, rows go alone (the body is read back from the WARC file). */
const MAX_WAITING_BODIES = 64;
/** Bigger bodies are read back from the WARC file. */
const MAX_HANDED_BODY = 1 << 20;

/** "<run_id>" → the spool's file name; matched to delete the spools that killed runs left. */
const SPOOL_SUFFIX = '.extract-spool';
const spoolName = (runId: string): string => `.${runId}${SPOOL_SUFFIX}`;

export interface ExtractStreamOptions {
  archiveDir: string;
  runsDir: string;
  runId: string;
  /** Only rows of these sources (null: any source). */
  sourceIds: ReadonlySet<string> | null;
  /** The incremental marks (extract-archive.ts `fetchedAfter`); a promise, so the crawl need not wait for the database. */
  fetchedAfter: Promise<ReadonlyMap<string, number> | null> | ReadonlyMap<string, number> | null;
  /** Also extract the wanted pages archived before this crawl. Default true. */
  includeArchived?: boolean;
  thread?: ExtractThread;
  /** Told once if the stream stops working early (the stage then extracts what is left itself). */
  onTrouble?: (message: string) => void;
}

/** What the stream did, for the stage's report. */
export interface ExtractStreamStats {
  /** Rows handed in by the crawl, and those the early filter let through. */
  offered: number;
  /** Pages extracted and spooled (new and previously archived). */
  extracted: number;
  /** Of them, pages whose body came with the row (the others were read back from the WARC file). */
  handed: number;
  /** Pages left to the stage: unreadable, extractor errors. */
  leftOver: number;
  /** Time spent extracting and spooling, reads from disk aside (≈ the extraction's CPU seconds). */
  busySeconds: number;
  /** Peak V8 heap in use of the thread that extracted (sampled; on a worker, its own heap). */
  peakHeapBytes: number;
  thread: ExtractThread;
}

/** One spooled extraction: the record it was made from (`recordKey`), and where it is in the spool. */
export interface SpoolEntry {
  recordKey: string;
  position: number;
  length: number;
}

/** The record a row points at: an extraction is reused only for this exact record. */
export function recordKey(row: ArchiveIndexRow): string {
  return `${row.warc_file}#${row.offset}#${row.sha256}`;
}

export interface RowFilter {
  sourceIds: readonly string[] | null;
  fetchedAfter: ReadonlyArray<readonly [string, number]> | null;
}

/** A kept article fetched with a 2xx status: the only rows the stage extracts. */
function extractable(row: ArchiveIndexRow): boolean {
  return row.kind === 'article' && row.kept && row.status >= 200 && row.status < 300;
}

/** The rows the stage will extract (extract-archive.ts: `selectRows` and `isExtractable`), as far as one row tells. */
export function wantedRow(row: ArchiveIndexRow, filter: { sourceIds: ReadonlySet<string> | null; fetchedAfter: ReadonlyMap<string, number> | null }): boolean {
  if (!extractable(row)) return false;
  if (filter.sourceIds && !filter.sourceIds.has(row.source_id)) return false;
  const mark = filter.fetchedAfter?.get(row.source_id);
  return mark === undefined || Date.parse(row.fetched_at) > mark;
}

/** A page's body read back from its WARC record and checked against its digest (as `Archive.readBody`, without opening the archive). */
export async function readArchivedBody(archiveDir: string, row: ArchiveIndexRow): Promise<Uint8Array> {
  const member = Buffer.alloc(row.length);
  const handle = await open(join(archiveDir, row.warc_file), 'r');
  try {
    const { bytesRead } = await handle.read(member, 0, row.length, row.offset);
    if (bytesRead !== row.length) throw new Error(`read ${bytesRead} of ${row.length} bytes`);
  } finally {
    await handle.close();
  }
  const parsed = await parseResponsePayload(gunzipSync(member));
  if (parsed === null || parsed.warcType !== 'response') throw new Error('no response record');
  if (sha256Hex(parsed.payload) !== row.sha256) throw new Error('digest mismatch');
  return parsed.payload;
}

/**
 * The work itself, on whichever thread: a queue of rows (the crawl's first,
 * then those archived before), each read, extracted and appended to the spool.
 * Used by extract-worker.ts and, on the main thread, by `ExtractStream`.
 */
export class RowExtractor {
  private readonly archiveDir: string;
  private readonly filter: { sourceIds: ReadonlySet<string> | null; fetchedAfter: ReadonlyMap<string, number> | null };
  private readonly spoolFd: number;
  private readonly onEntry: (entry: SpoolEntry) => void;
  /** Per canonical URL, the latest record seen: an older one still queued is not worth extracting. */
  private readonly latest = new Map<string, string>();
  private live: Array<{ row: ArchiveIndexRow; body: Uint8Array | undefined }> = [];
  private liveHead = 0;
  /** Rows of the crawl taken off the queue (extracted or not), for the sender's count of waiting rows. */
  consumed = 0;
  private archived: ArchiveIndexRow[] = [];
  private archivedHead = 0;
  private position = 0;
  /** `peakHeapBytes`: this thread's V8 heap in use, sampled every 32 pages (a worker's heap is its own). */
  readonly stats = { offered: 0, extracted: 0, handed: 0, leftOver: 0, busyMs: 0, peakHeapBytes: 0 };

  constructor(options: { archiveDir: string; spoolPath: string; filter: RowFilter; onEntry: (entry: SpoolEntry) => void }) {
    this.archiveDir = resolve(options.archiveDir);
    this.filter = {
      sourceIds: options.filter.sourceIds === null ? null : new Set(options.filter.sourceIds),
      fetchedAfter: options.filter.fetchedAfter === null ? null : new Map(options.filter.fetchedAfter),
    };
    this.spoolFd = openSync(options.spoolPath, 'w');
    this.onEntry = options.onEntry;
  }

  /** A row the crawl archived, with its body when handed over. */
  offer(row: ArchiveIndexRow, body?: Uint8Array): void {
    if (!wantedRow(row, this.filter)) {
      this.consumed += 1;
      return;
    }
    this.stats.offered += 1;
    this.latest.set(row.canonical_url, recordKey(row));
    this.live.push({ row, body });
  }

  /** The wanted rows already in the archive (read-only: the crawl may be writing it). Failing to read it is not fatal. */
  async addArchived(): Promise<void> {
    let archive: Archive;
    try {
      archive = await Archive.open(this.archiveDir, { readOnly: true });
    } catch {
      return; // no archive yet, or one the stage will report on: it extracts what it finds itself
    }
    try {
      for (const row of archive.rows()) {
        if (!wantedRow(row, this.filter) || this.latest.has(row.canonical_url)) continue;
        this.latest.set(row.canonical_url, recordKey(row));
        this.archived.push(row);
      }
    } finally {
      await archive.close();
    }
  }

  get pending(): number {
    return this.live.length - this.liveHead + this.archived.length - this.archivedHead;
  }

  /** Rows of the crawl waiting. */
  get waiting(): number {
    return this.live.length - this.liveHead;
  }

  /** Extracts the next row, if any; false when the queue is empty. */
  async step(): Promise<boolean> {
    const next = this.next();
    if (next === undefined) return false;
    const { row } = next;
    if (this.latest.get(row.canonical_url) !== recordKey(row)) return true; // fetched again since: the newer row is queued
    let body: Uint8Array;
    try {
      // The crawl's copy is the archived record's payload: same bytes, same digest (checked all the same).
      if (next.body !== undefined && sha256Hex(next.body) === row.sha256) {
        body = next.body;
        this.stats.handed += 1;
      } else body = await readArchivedBody(this.archiveDir, row);
    } catch {
      // Left to the stage, which reads it through `Archive` and records the error as it does alone.
      this.stats.leftOver += 1;
      return true;
    }
    // Timed from here: on the crawl's thread, the read above lets the crawl run meanwhile.
    const t0 = performance.now();
    try {
      let extraction: ArticleExtraction;
      try {
        extraction = extractFromBytes(body, { contentType: row.content_type, url: row.url, published: isoDateOrNull(row.published_hint) });
      } catch {
        this.stats.leftOver += 1; // the stage extracts it again and records the extractor's error
        return true;
      }
      const bytes = serialize(extraction);
      let done = 0;
      while (done < bytes.length) done += writeSync(this.spoolFd, bytes, done, bytes.length - done, this.position + done);
      const entry: SpoolEntry = { recordKey: recordKey(row), position: this.position, length: bytes.length };
      this.position += bytes.length;
      this.stats.extracted += 1;
      if (this.stats.extracted % 32 === 1) this.stats.peakHeapBytes = Math.max(this.stats.peakHeapBytes, getHeapStatistics().used_heap_size);
      this.onEntry(entry);
      return true;
    } finally {
      this.stats.busyMs += performance.now() - t0;
    }
  }

  close(): void {
    closeSync(this.spoolFd);
  }

  private next(): { row: ArchiveIndexRow; body: Uint8Array | undefined } | undefined {
    if (this.liveHead < this.live.length) {
      const item = this.live[this.liveHead];
      this.live[this.liveHead++] = undefined as unknown as (typeof this.live)[number]; // its body goes with it
      this.consumed += 1;
      // Let go of what is done (the queue would otherwise keep every row of the run).
      if (this.liveHead >= 1024 && this.liveHead * 2 >= this.live.length) {
        this.live = this.live.slice(this.liveHead);
        this.liveHead = 0;
      }
      return item;
    }
    if (this.archivedHead < this.archived.length) {
      const row = this.archived[this.archivedHead]!;
      this.archived[this.archivedHead++] = undefined as unknown as ArchiveIndexRow;
      return { row, body: undefined };
    }
    return undefined;
  }
}

/** The spooled extractions, for the stage (extract-archive.ts `prepared`). */
export class PreparedExtractions {
  /** By record key: a row that is not the latest fetch of its page simply finds nothing. The stream may still be adding to it. */
  private readonly entries: ReadonlyMap<string, SpoolEntry>;
  private readonly fd: number | null;
  /** Extractions the stage took from the spool. */
  taken = 0;

  constructor(spoolPath: string | null, entries: ReadonlyMap<string, SpoolEntry>) {
    this.entries = entries;
    let fd: number | null = null;
    if (spoolPath !== null) {
      try {
        fd = openSync(spoolPath, 'r');
      } catch {
        fd = null; // never made (the stream could not start) or gone (another run's clean-up): the stage extracts everything itself
      }
    }
    this.fd = fd;
  }

  /** The extraction made from exactly this row's record, or undefined (the stage then reads and extracts the page). */
  take(row: ArchiveIndexRow): ArticleExtraction | undefined {
    const entry = this.entries.get(recordKey(row));
    if (this.fd === null || entry === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(entry.length);
    let done = 0;
    while (done < entry.length) {
      const n = readSync(this.fd, bytes, done, entry.length - done, entry.position + done);
      if (n === 0) return undefined;
      done += n;
    }
    this.taken += 1;
    return deserialize(bytes) as ArticleExtraction;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }
}

type WorkerReply =
  | { type: 'entries'; entries: SpoolEntry[]; consumed: number; stats: RowExtractor['stats'] }
  | { type: 'done'; stats: RowExtractor['stats'] }
  | { type: 'failed'; message: string };

export type WorkerRequest = { type: 'row'; row: ArchiveIndexRow; body?: Uint8Array } | { type: 'finish' };

export interface WorkerSetup {
  archiveDir: string;
  spoolPath: string;
  filter: RowFilter;
  includeArchived: boolean;
}

/**
 * The stream the pipeline drives: `offer` each archived row (any time, even
 * before the marks are read), `finish` once the crawl is over (the worker
 * goes on with its queue; on the main thread the stream stops), then `close`
 * once the stage is done.
 */
export class ExtractStream {
  readonly thread: ExtractThread;
  private readonly spoolPath: string;
  private readonly entries = new Map<string, SpoolEntry>();
  private readonly onTrouble: (message: string) => void;
  /** Rows offered before the set-up finished. */
  private early: Array<{ row: ArchiveIndexRow; body: Uint8Array | undefined }> | null = [];
  /** Rows sent to the worker, and how many it has taken off its queue (as of its last report). */
  private sent = 0;
  private consumed = 0;
  private broken = false;
  private offered = 0;
  private stats: RowExtractor['stats'] = { offered: 0, extracted: 0, handed: 0, leftOver: 0, busyMs: 0, peakHeapBytes: 0 };
  private readonly ready: Promise<void>;
  private worker: Worker | null = null;
  private workerDone: Promise<void> | null = null;
  private local: RowExtractor | null = null;
  private localPump: Promise<void> | null = null;
  private finishing = false;
  /** Main thread: stop after the page in hand (`finish`). */
  private stopping = false;
  private prepared: PreparedExtractions | null = null;

  private constructor(options: ExtractStreamOptions) {
    this.thread = options.thread ?? 'worker';
    const runsDir = resolve(options.runsDir);
    this.spoolPath = join(runsDir, spoolName(options.runId));
    this.onTrouble = options.onTrouble ?? (() => undefined);
    this.ready = this.setUp(options, runsDir).catch((error: unknown) => this.fail(`could not start: ${(error as Error).message}`));
  }

  /** Starts the stream; never throws (a stream that cannot start leaves the work to the stage). */
  static start(options: ExtractStreamOptions): ExtractStream {
    return new ExtractStream(options);
  }

  /** A row the crawl just archived, with its body (`CrawlOptions.onArchived`). Cheap; never throws; the body is copied if kept. */
  offer(row: ArchiveIndexRow, body?: Uint8Array): void {
    if (this.broken || this.finishing) return;
    this.offered += 1;
    if (!extractable(row)) return; // listings, feeds, skipped pages: nothing to extract
    // A copy of the crawl's body spares reading it back, while few rows wait (so memory stays small if the extraction falls behind).
    const handed = body !== undefined && body.length <= MAX_HANDED_BODY && this.waiting() < MAX_WAITING_BODIES ? new Uint8Array(body) : undefined;
    if (this.early !== null) this.early.push({ row, body: handed });
    else this.send(row, handed);
  }

  /**
   * No more rows. Returns the extractions, without waiting for those still
   * queued: a worker goes on with its queue and its entries keep coming in
   * while the stage runs (it takes those that are there when it reaches
   * their row, and extracts the others itself); on the main thread the
   * stream stops after the page in hand, and the stage extracts the rest.
   * With `drain`, it first waits until every row offered is extracted.
   */
  async finish(options: { drain?: boolean } = {}): Promise<PreparedExtractions> {
    this.finishing = true;
    await this.ready;
    if (this.worker !== null && !this.broken) {
      this.worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
      if (options.drain === true) await this.workerDone;
    }
    if (this.local !== null) {
      while (options.drain === true && !this.broken && (this.localPump !== null || this.local.pending > 0)) {
        this.pump();
        await this.localPump;
      }
      this.stopping = true;
      await this.localPump;
      this.stats = { ...this.local.stats };
      this.local.close();
      this.local = null;
    }
    this.prepared = new PreparedExtractions(this.spoolPath, this.entries);
    return this.prepared;
  }

  summary(): ExtractStreamStats {
    return {
      offered: this.offered,
      extracted: this.stats.extracted,
      handed: this.stats.handed,
      leftOver: this.stats.leftOver,
      busySeconds: this.stats.busyMs / 1000,
      peakHeapBytes: this.stats.peakHeapBytes,
      thread: this.thread,
    };
  }

  /** Stops the worker if still running and deletes the spool. Idempotent. */
  async close(): Promise<void> {
    this.broken = true;
    this.prepared?.close();
    this.prepared = null;
    await this.ready;
    if (this.worker !== null) await this.worker.terminate().catch(() => undefined);
    this.worker = null;
    if (this.local !== null) {
      await this.localPump?.catch(() => undefined);
      this.local?.close();
      this.local = null;
    }
    await rm(this.spoolPath, { force: true });
  }

  private async setUp(options: ExtractStreamOptions, runsDir: string): Promise<void> {
    await mkdir(runsDir, { recursive: true });
    // Spools of killed runs.
    for (const name of await readdir(runsDir)) {
      if (name.endsWith(SPOOL_SUFFIX) && name !== spoolName(options.runId)) await rm(join(runsDir, name), { force: true });
    }
    let marks: ReadonlyMap<string, number> | null;
    try {
      marks = await options.fetchedAfter;
    } catch {
      // The stage reads the marks again, and reports why it cannot.
      this.fail('the incremental marks could not be read');
      return;
    }
    const filter: RowFilter = { sourceIds: options.sourceIds === null ? null : [...options.sourceIds], fetchedAfter: marks === null ? null : [...marks] };
    const setup: WorkerSetup = { archiveDir: resolve(options.archiveDir), spoolPath: this.spoolPath, filter, includeArchived: options.includeArchived ?? true };
    if (this.thread === 'worker') this.startWorker(setup);
    else await this.startLocal(setup);
    const early = this.early ?? [];
    this.early = null;
    if (!this.broken) for (const { row, body } of early) this.send(row, body);
  }

  private startWorker(setup: WorkerSetup): void {
    // A plain .mjs entry that registers tsx in the worker, then imports extract-worker.ts (a worker cannot start on a .ts file).
    const worker = new Worker(new URL('./extract-worker-entry.mjs', import.meta.url), {
      workerData: { entry: new URL('./extract-worker.ts', import.meta.url).href, setup },
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    this.workerDone = new Promise<void>((resolvePromise) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'entries') {
          for (const entry of reply.entries) this.entries.set(entry.recordKey, entry);
          this.consumed = reply.consumed;
          this.stats = reply.stats;
        } else if (reply.type === 'done') {
          this.stats = reply.stats;
          resolvePromise();
        } else this.fail(reply.message);
      });
      worker.once('error', (error) => {
        this.fail(`the extraction worker failed: ${error.message}`);
        resolvePromise();
      });
      worker.once('exit', () => resolvePromise());
    });
  }

  private async startLocal(setup: WorkerSetup): Promise<void> {
    const local = new RowExtractor({ ...setup, onEntry: (entry) => this.entries.set(entry.recordKey, entry) });
    this.local = local;
    if (setup.includeArchived) await local.addArchived();
    this.pump();
  }

  /** Rows of the crawl not extracted yet. */
  private waiting(): number {
    if (this.early !== null) return this.early.length;
    return this.local !== null ? this.local.waiting : this.sent - this.consumed;
  }

  private send(row: ArchiveIndexRow, body: Uint8Array | undefined): void {
    if (this.worker !== null) {
      this.sent += 1;
      this.worker.postMessage({ type: 'row', row, ...(body === undefined ? {} : { body }) } satisfies WorkerRequest, body === undefined ? [] : [body.buffer as ArrayBuffer]);
    } else if (this.local !== null) {
      this.local.offer(row, body);
      this.pump();
    }
  }

  /** Main thread: one page per turn of the event loop, so the crawl's callbacks run between pages. */
  private pump(): void {
    if (this.localPump !== null || this.local === null || this.broken || this.stopping) return;
    const local = this.local;
    const run = async (): Promise<void> => {
      while (!this.broken && !this.stopping && local.pending > 0) {
        await new Promise<void>((next) => setImmediate(next));
        await local.step();
      }
    };
    // `finally` runs after the assignment below even when there is nothing to do.
    this.localPump = run()
      .catch((error: unknown) => this.fail(`extraction stopped: ${(error as Error).message}`))
      .finally(() => {
        this.localPump = null;
        if (local.pending > 0) this.pump(); // rows offered while it was winding down
      });
  }

  private fail(message: string): void {
    if (this.broken) return;
    this.broken = true;
    this.early = null;
    this.onTrouble(message);
  }
}
