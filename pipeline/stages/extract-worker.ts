/**
 * The extraction worker (extract-stream.ts): set up from `workerData`, it
 * takes rows from the main thread, extracts them in order (the crawl's rows
 * first, then, when asked, the wanted rows archived before) and reports each
 * spooled extraction with its figures; on "finish" it drains its queue (the
 * stage meanwhile extracts the pages it needs that are not spooled yet),
 * says "done" and exits. Entries go back in batches, at most `BATCH_MS`
 * late, and whenever the queue runs dry.
 *
 * The thread runs at a lower priority (`WORKER_NICE`, Linux): on a busy
 * machine the crawl, which the whole run waits for, keeps its CPU, and the
 * extraction takes what is left; whatever it has not done when the crawl
 * ends, the stage does itself, on the main thread at normal priority. On an
 * idle core the priority changes nothing.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { RowExtractor, type SpoolEntry, type WorkerRequest, type WorkerSetup } from './extract-stream.js';

const BATCH_MS = 100;
/** Niceness of this thread (0 normal, 19 lowest). */
const WORKER_NICE = 10;

/** Lowers this thread's priority: on Linux a thread id names one thread for setpriority(2); elsewhere nothing happens. */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WORKER_NICE);
  } catch {
    // No /proc (not Linux) or not allowed: the thread keeps the normal priority.
  }
}
lowerPriority();

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts runs as a worker thread (extract-stream.ts starts it)');
const setup = (workerData as { setup: WorkerSetup }).setup;

let batch: SpoolEntry[] = [];
let lastSent = performance.now();
let consumedSent = 0;
/** Sends the entries gathered and how many rows were taken off the queue (the main thread hands bodies over while few wait). */
const flush = (): void => {
  if (batch.length > 0 || extractor.consumed !== consumedSent) port.postMessage({ type: 'entries', entries: batch, consumed: extractor.consumed, stats: extractor.stats });
  batch = [];
  consumedSent = extractor.consumed;
  lastSent = performance.now();
};

const extractor = new RowExtractor({
  archiveDir: setup.archiveDir,
  spoolPath: setup.spoolPath,
  filter: setup.filter,
  onEntry: (entry) => {
    batch.push(entry);
    if (performance.now() - lastSent >= BATCH_MS) flush();
  },
});

let finishing = false;
let wake: (() => void) | null = null;
port.on('message', (message: WorkerRequest) => {
  if (message.type === 'row') extractor.offer(message.row, message.body);
  else finishing = true;
  wake?.();
  wake = null;
});

try {
  if (setup.includeArchived) await extractor.addArchived();
  for (;;) {
    // Each step awaits its read from disk, so the rows posted meanwhile come in between pages.
    if (await extractor.step()) continue;
    flush();
    if (finishing) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  extractor.close();
  port.postMessage({ type: 'done', stats: extractor.stats });
} catch (error) {
  flush();
  port.postMessage({ type: 'failed', message: (error as Error).message });
} finally {
  port.close();
}
