/**
 * The archive (crawlers/archive/): WARC records and index.jsonl round trip,
 * rebuild on reopen, repair after simulated crashes (torn index line, torn WARC
 * tail, a record written but never indexed), and real SIGKILLs of a writer
 * process at seeded random moments.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from './helpers/seeded-random.js';
import { Archive, ArchiveError, INDEX_FILE, LOCK_FILE, type ArchiveAppendInput, type ArchiveIndexRow } from '../crawlers/archive/index.js';
import { archivedPageBody, archivedPageUrl, sha256Of } from './helpers/archive-pages.js';

const WRITER_SCRIPT = fileURLToPath(new URL('./helpers/archive-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vntally-archive-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const encoder = new TextEncoder();

/** The body page i must have, from its URL. */
function bodyOfRow(row: ArchiveIndexRow): Uint8Array {
  return archivedPageBody(Number(/bai-viet-(\d+)/u.exec(row.url)?.[1]));
}

function page(i: number, overrides: Partial<ArchiveAppendInput> = {}): ArchiveAppendInput {
  const url = archivedPageUrl(i);
  return {
    url,
    canonicalUrl: url,
    sourceId: 'test-source',
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=UTF-8' },
    body: archivedPageBody(i),
    kind: 'article',
    kept: true,
    ...overrides,
  };
}

async function indexLines(at = dir): Promise<string[]> {
  const text = await readFile(join(at, INDEX_FILE), 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text.split('\n').filter((line) => line !== '');
}

async function warcFiles(at = dir): Promise<string[]> {
  return (await readdir(join(at, 'warc'))).sort();
}

/** Every record of a WARC file, as warcio's own reader sees it (it reads the concatenated gzip members). */
async function warcRecords(file: string, at = dir): Promise<Array<{ type: string; uri: string | null }>> {
  const records: Array<{ type: string; uri: string | null }> = [];
  const bytes = await readFile(join(at, 'warc', file));
  for await (const record of new WARCParser([bytes])) {
    records.push({ type: record.warcType ?? '', uri: record.warcTargetURI ?? null });
    await record.skipFully();
  }
  return records;
}

interface ConsistencyOptions {
  /** Default: the test's directory. */
  at?: string;
  /** What each row's body must be. */
  expectedBody?: (row: ArchiveIndexRow) => Uint8Array;
  /** Read back only the rows after this many (the earlier ones were checked before). Default 0. */
  readFrom?: number;
  /** Also walk every WARC file with warcio's reader. Default true. */
  parseWarc?: boolean;
}

/**
 * The archive is consistent: each file is a warcinfo record followed by exactly
 * the indexed records, back to back, and nothing else; every row reads back
 * with its SHA-256; no canonical URL appears twice in the index.
 */
async function expectConsistent(archive: Archive, options: ConsistencyOptions = {}): Promise<ArchiveIndexRow[]> {
  const { at = dir, expectedBody, readFrom = 0, parseWarc = true } = options;
  const rows = (await indexLines(at)).map((line) => JSON.parse(line) as ArchiveIndexRow);
  const canonical = rows.map((r) => r.canonical_url);
  expect(new Set(canonical).size).toBe(canonical.length);
  for (const file of await warcFiles(at)) {
    const inFile = rows.filter((r) => r.warc_file === `warc/${file}`);
    expect(inFile.length, `${file} holds no indexed record`).toBeGreaterThan(0);
    if (parseWarc) {
      const records = await warcRecords(file, at);
      expect(records[0]?.type).toBe('warcinfo');
      expect(records.slice(1).map((r) => r.uri)).toEqual(inFile.map((r) => r.url));
    }
    inFile.forEach((row, i) => {
      if (i > 0) expect(row.offset).toBe((inFile[i - 1]?.offset ?? 0) + (inFile[i - 1]?.length ?? 0));
    });
    const last = inFile.at(-1);
    expect((await stat(join(at, 'warc', file))).size).toBe((last?.offset ?? 0) + (last?.length ?? 0));
  }
  for (const row of rows.slice(readFrom)) {
    const body = await archive.readBody(row);
    expect(sha256Of(body)).toBe(row.sha256);
    if (expectedBody) expect(row.sha256).toBe(sha256Of(expectedBody(row)));
    expect(archive.get(row.canonical_url)).toEqual(row);
  }
  return rows;
}

describe('append and read back', () => {
  it('stores each page as one gzip member holding a WARC response record, after a warcinfo record', async () => {
    const archive = await Archive.open(dir);
    const rows = [];
    for (let i = 0; i < 3; i += 1) rows.push(await archive.append(page(i)));
    await archive.close();

    const [file] = await warcFiles();
    expect(file).toMatch(/^vntally-\d{14}-00001\.warc\.gz$/u);
    const bytes = await readFile(join(dir, 'warc', file ?? ''));
    // The warcinfo member ends where the first record starts.
    const info = gunzipSync(bytes.subarray(0, rows[0]?.offset));
    expect(info.toString('utf8')).toMatch(/^WARC\/1\.1\r\n[\s\S]*WARC-Type: warcinfo\r\n/u);
    rows.forEach((row, i) => {
      expect(row.warc_file).toBe(`warc/${file}`);
      // offset/length address exactly one member: it gunzips alone to one response record.
      const record = gunzipSync(bytes.subarray(row.offset, row.offset + row.length)).toString('latin1');
      expect(record).toMatch(/^WARC\/1\.1\r\n/u);
      expect(record).toContain('WARC-Type: response\r\n');
      expect(record).toContain(`WARC-Target-URI: ${archivedPageUrl(i)}\r\n`);
      expect(record).toContain(`WARC-Payload-Digest: sha256:${row.sha256}\r\n`);
      expect(record).toContain('\r\nHTTP/1.1 200 OK\r\n');
      expect(record.endsWith('\r\n\r\n')).toBe(true);
    });
    expect(bytes.length).toBe((rows[2]?.offset ?? 0) + (rows[2]?.length ?? 0));
  });

  it('reads every body back byte for byte and fills the index row', async () => {
    const archive = await Archive.open(dir);
    const fetchedAt = new Date('2024-06-02T09:05:00.000Z');
    const row = await archive.append(
      page(7, {
        url: 'https://baomau.example.vn/bai-7.html?utm_source=zalo',
        canonicalUrl: 'https://baomau.example.vn/bai-7.html',
        headers: { 'content-type': 'text/html; charset="windows-1258"', ETag: '"abc-1"', 'Last-Modified': 'Sun, 02 Jun 2024 09:05:00 GMT' },
        kind: 'article',
        kept: false,
        skipReason: 'off-topic: sport (bóng đá)',
        publishedHint: '2024-06-02T16:05:00+07:00',
        titleHint: 'Đội bóng đá nữ vô địch',
        fetchedAt,
      }),
    );
    expect(row).toMatchObject({
      url: 'https://baomau.example.vn/bai-7.html?utm_source=zalo',
      canonical_url: 'https://baomau.example.vn/bai-7.html',
      source_id: 'test-source',
      fetched_at: '2024-06-02T09:05:00.000Z',
      status: 200,
      content_type: 'text/html',
      charset: 'windows-1258',
      sha256: sha256Of(archivedPageBody(7)),
      etag: '"abc-1"',
      last_modified: 'Sun, 02 Jun 2024 09:05:00 GMT',
      kind: 'article',
      kept: false,
      skip_reason: 'off-topic: sport (bóng đá)',
      published_hint: '2024-06-02T16:05:00+07:00',
      title_hint: 'Đội bóng đá nữ vô địch',
    });
    expect(Buffer.from(await archive.readBody(row)).equals(Buffer.from(archivedPageBody(7)))).toBe(true);
    // The engine's charset (from <meta> or BOM) wins over the header's.
    const withCharset = await archive.append(page(8, { charset: 'UTF-8' }));
    expect(withCharset.charset).toBe('utf-8');
    const empty = await archive.append(page(9, { body: new Uint8Array(0), headers: {} }));
    expect(empty.content_type).toBeNull();
    expect((await archive.readBody(empty)).length).toBe(0);
    await archive.close();
  });

  it('stores a decoded body without claiming the encoding it arrived with, so any WARC reader can decode it', async () => {
    const archive = await Archive.open(dir);
    const body = encoder.encode('<html><body>Kết nạp đảng viên</body></html>');
    const row = await archive.append(page(1, { body, headers: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked', 'Content-Length': '31' } }));
    await archive.close();
    const bytes = await readFile(join(dir, row.warc_file));
    const record = await new WARCParser([gunzipSync(bytes.subarray(row.offset, row.offset + row.length))]).parse();
    expect(record?.httpHeaders?.headers.get('content-encoding')).toBeNull();
    expect(record?.httpHeaders?.headers.get('x-archive-orig-content-encoding')).toBe('gzip');
    expect(record?.httpHeaders?.headers.get('content-length')).toBe(String(body.length));
    // Decoded access (what replay tools use) gives the body too.
    expect(new TextDecoder().decode(await record?.readFully(true))).toBe('<html><body>Kết nạp đảng viên</body></html>');
  });

  it('commits concurrent appends as a group, each at its own offset', async () => {
    const archive = await Archive.open(dir);
    const rows = await Promise.all(Array.from({ length: 40 }, (_, i) => archive.append(page(i))));
    expect(new Set(rows.map((r) => r.offset)).size).toBe(40);
    expect(await indexLines()).toHaveLength(40);
    await expectConsistent(archive, { expectedBody: bodyOfRow });
    await archive.close();
  });

  it('rotates WARC files past maxWarcBytes, each starting with warcinfo', async () => {
    const archive = await Archive.open(dir, { maxWarcBytes: 2_000 });
    for (let i = 0; i < 12; i += 1) await archive.append(page(i));
    const files = await warcFiles();
    expect(files.length).toBeGreaterThan(2);
    expect(files.map((f) => Number(/-(\d+)\.warc\.gz$/u.exec(f)?.[1]))).toEqual(files.map((_, i) => i + 1));
    await expectConsistent(archive);
    await archive.close();
  });

  it('has() means "article archived with a 2xx"; get() returns the latest row of any kind', async () => {
    const archive = await Archive.open(dir);
    await archive.append(page(1));
    await archive.append(page(2, { kind: 'listing' }));
    await archive.append(page(3, { status: 404 }));
    expect(archive.has(archivedPageUrl(1))).toBe(true);
    expect(archive.has(archivedPageUrl(2))).toBe(false);
    expect(archive.get(archivedPageUrl(2))?.kind).toBe('listing');
    expect(archive.has(archivedPageUrl(3))).toBe(false);
    expect(archive.has('https://nowhere.example.vn/')).toBe(false);
    // A re-fetch (--refetch, or a listing walked again) replaces the map entry; the index keeps both lines.
    const again = await archive.append(page(2, { kind: 'listing', headers: { ETag: '"v2"' } }));
    expect(archive.get(archivedPageUrl(2))).toEqual(again);
    expect(archive.rows()).toHaveLength(3);
    expect(await indexLines()).toHaveLength(4);
    await archive.close();
  });

  it('rejects appends after close, on a read-only archive, and with bad input', async () => {
    const archive = await Archive.open(dir);
    await expect(archive.append(page(1, { status: 0 }))).rejects.toThrow(TypeError);
    await expect(archive.append(page(1, { url: 'not a url' }))).rejects.toThrow(/not an absolute URL/u);
    await archive.close();
    await archive.close(); // idempotent
    await expect(archive.append(page(1))).rejects.toMatchObject({ name: 'ArchiveError', code: 'closed' });
    const reader = await Archive.open(dir, { readOnly: true });
    await expect(reader.append(page(1))).rejects.toMatchObject({ code: 'read-only' });
    await reader.close();
  });

  it('refuses a body whose digest does not match its row, naming the file', async () => {
    const archive = await Archive.open(dir);
    const row = await archive.append(page(1));
    const error = await archive.readBody({ ...row, sha256: '0'.repeat(64) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect(error).toMatchObject({ code: 'digest', file: join(dir, row.warc_file) });
    const misplaced = await archive.readBody({ ...row, offset: row.offset + 1, length: row.length - 1 }).catch((e: unknown) => e);
    expect(misplaced).toMatchObject({ code: 'corrupt' });
    expect((misplaced as Error).message).toContain(row.warc_file.split('/')[1]);
    expect((misplaced as Error).cause).toBeDefined();
    await archive.close();
  });
});

describe('reopen', () => {
  it('rebuilds the map from index.jsonl and keeps appending to a new file', async () => {
    const first = await Archive.open(dir);
    const rows = [];
    for (let i = 0; i < 5; i += 1) rows.push(await first.append(page(i)));
    await first.close();

    const second = await Archive.open(dir);
    expect(second.recovery).toEqual({ tornIndexBytes: 0, tornIndexLines: 0, truncatedWarcBytes: 0, removedWarcFiles: [] });
    expect(second.rows()).toEqual(rows);
    for (let i = 0; i < 5; i += 1) expect(second.has(archivedPageUrl(i))).toBe(true);
    await second.append(page(5));
    expect(await warcFiles()).toHaveLength(2);
    await expectConsistent(second);
    await second.close();
  });

  it('a reader opens read-only beside the writer; a second writer is refused with the holder named', async () => {
    const writer = await Archive.open(dir);
    await writer.append(page(1));
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'locked' });
    const reader = await Archive.open(dir, { readOnly: true });
    expect(reader.has(archivedPageUrl(1))).toBe(true);
    const row = reader.get(archivedPageUrl(1));
    expect(row && sha256Of(await reader.readBody(row))).toBe(row?.sha256);
    await reader.close();
    await writer.close();
    // Released by close.
    await (await Archive.open(dir)).close();
  });

  it('takes over the lock of a dead writer, refuses that of a live one', async () => {
    await (await Archive.open(dir)).close();
    const host = hostname();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 17, host, since: 'earlier', identity: null }));
    await (await Archive.open(dir)).close();
    await writeFile(join(dir, LOCK_FILE), '{"pid": 12'); // torn while being written: its writer is gone
    await (await Archive.open(dir)).close();
    if (existsSync('/proc/self/stat')) {
      // A live pid that belongs to another process than the one that wrote the lock (pid reused after a restart).
      await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host, since: 'before the restart', identity: 'another-boot/123' }));
      await (await Archive.open(dir)).close();
    }
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host, since: 'now', identity: null }));
    const error = await Archive.open(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'locked' });
    expect((error as Error).message).toContain(`pid ${process.ppid}`);
  });
});

describe('repair after a crash', () => {
  async function archiveOf(count: number): Promise<ArchiveIndexRow[]> {
    const archive = await Archive.open(dir);
    const rows = [];
    for (let i = 0; i < count; i += 1) rows.push(await archive.append(page(i)));
    await archive.close();
    return rows;
  }

  it('drops a torn last index line, then appends cleanly after it', async () => {
    await archiveOf(3);
    await appendFile(join(dir, INDEX_FILE), '{"url":"https://baomau.example.vn/xay-dung-dang/bai-viet-3.html","canonical_u');
    const archive = await Archive.open(dir);
    expect(archive.recovery.tornIndexLines).toBe(1);
    expect(archive.recovery.tornIndexBytes).toBeGreaterThan(0);
    expect(archive.rows()).toHaveLength(3);
    // The torn line's record was never indexed, so its WARC bytes (none here) are gone and the page can be fetched again.
    expect(archive.has(archivedPageUrl(3))).toBe(false);
    await archive.append(page(3));
    expect(await indexLines()).toHaveLength(4);
    await expectConsistent(archive);
    await archive.close();
  });

  it('drops garbage after the last valid line (a power loss can leave zeros or half a batch)', async () => {
    await archiveOf(2);
    await appendFile(join(dir, INDEX_FILE), Buffer.concat([Buffer.from('{"truncated": tr\n'), Buffer.alloc(40)]));
    const archive = await Archive.open(dir);
    expect(archive.recovery.tornIndexLines).toBe(2);
    expect(await indexLines()).toHaveLength(2);
    await archive.close();
  });

  it('cuts a torn WARC tail: half a gzip member after the last indexed record', async () => {
    const rows = await archiveOf(3);
    const file = join(dir, rows[0]?.warc_file ?? '');
    const bytes = await readFile(file);
    const member = bytes.subarray(rows[1]?.offset, (rows[1]?.offset ?? 0) + (rows[1]?.length ?? 0));
    await appendFile(file, member.subarray(0, Math.floor(member.length / 2)));
    const archive = await Archive.open(dir);
    expect(archive.recovery.truncatedWarcBytes).toBe(Math.floor(member.length / 2));
    expect((await stat(file)).size).toBe(bytes.length);
    await expectConsistent(archive);
    await archive.close();
  });

  it('cuts a whole record that was written but never indexed (killed between the two fsyncs), so nothing appears twice', async () => {
    const rows = await archiveOf(3);
    const file = join(dir, rows[0]?.warc_file ?? '');
    const bytes = await readFile(file);
    // A complete copy of record 2, as if page 2 had been re-fetched and the crawler died before its index line.
    await appendFile(file, bytes.subarray(rows[2]?.offset, (rows[2]?.offset ?? 0) + (rows[2]?.length ?? 0)));
    await appendFile(file, 'garbage that is not gzip at all');
    const archive = await Archive.open(dir);
    expect(archive.recovery.truncatedWarcBytes).toBe((rows[2]?.length ?? 0) + 'garbage that is not gzip at all'.length);
    const records = await warcRecords(rows[0]?.warc_file.split('/')[1] ?? '');
    expect(records.filter((r) => r.uri === archivedPageUrl(2))).toHaveLength(1);
    await expectConsistent(archive);
    await archive.close();
  });

  it('deletes a WARC file with no indexed record (started just before the crash)', async () => {
    await archiveOf(2);
    const next = await Archive.open(dir);
    await next.append(page(2));
    await next.close();
    // Make the newest file unindexed: drop the last index line.
    const lines = await indexLines();
    await writeFile(join(dir, INDEX_FILE), lines.slice(0, -1).map((l) => `${l}\n`).join(''));
    const newest = (await warcFiles()).at(-1) ?? '';
    const archive = await Archive.open(dir);
    expect(archive.recovery.removedWarcFiles).toEqual([`warc/${newest}`]);
    expect(await warcFiles()).toHaveLength(1);
    await archive.append(page(2));
    // Sequence numbers are never reused.
    expect((await warcFiles()).at(-1)).toMatch(/-00003\.warc\.gz$/u);
    await expectConsistent(archive);
    await archive.close();
  });

  it('refuses damage a crash cannot cause: a bad line in the middle, a row past its file, a missing index', async () => {
    const rows = await archiveOf(3);
    const lines = await indexLines();
    await writeFile(join(dir, INDEX_FILE), [lines[0], '{"not": "a row"}', lines[1], lines[2], ''].join('\n'));
    const middle = await Archive.open(dir).catch((e: unknown) => e);
    expect(middle).toMatchObject({ name: 'ArchiveError', code: 'corrupt', file: join(dir, INDEX_FILE) });
    expect((middle as Error).message).toMatch(/line 2 /u);
    expect((middle as Error).cause).toBeDefined();

    const past = { ...rows[2], offset: 10_000_000 };
    await writeFile(join(dir, INDEX_FILE), [lines[0], lines[1], JSON.stringify(past), ''].join('\n'));
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'corrupt', file: join(dir, rows[2]?.warc_file ?? '') });

    await rm(join(dir, INDEX_FILE));
    await expect(Archive.open(dir)).rejects.toThrow(/refusing to discard/u);
    // The refusals touched nothing.
    expect(await warcFiles()).toHaveLength(1);
  });
});

interface WriterRun {
  output: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * When to kill the writer: `afterMs` after spawn (start-up and repair), or
 * `afterMs` after its `afterPages`-th committed page (mid-stream, whatever the machine's load).
 */
type Kill = { afterMs: number; beforeReady: true } | { afterMs: number; beforeReady: false; afterPages: number };

/** Runs the writer on `at`, killing it with SIGKILL as `kill` says. */
function runWriter(at: string, count: number, kill: Kill | null): Promise<WriterRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER_SCRIPT, at, String(count)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    let committed = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      if (kill && timer === undefined) timer = setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    };
    if (kill?.beforeReady) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      committed += text.split('+').length - 1;
      if (kill && !kill.beforeReady && output.includes('ready') && committed >= kill.afterPages) arm();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    // 'close', not 'exit': the process is gone and its pipes are drained before the next open.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === null && code !== 0) reject(new Error(`archive writer exited with ${code}: ${stderr}`));
      else resolvePromise({ output, signal, code });
    });
  });
}

describe('SIGKILL at random moments', () => {
  // Four independent lanes of five trials run side by side: most of a trial is the child's tsx start-up, which is waiting, not work.
  const LANES = 4;
  const TRIALS_PER_LANE = 5;
  const PAGES = 1_200;
  const SEED = 20_240_602;

  /** One lane: kill the writer TRIALS_PER_LANE times, checking the archive after each, then let it finish. */
  async function lane(at: string, seed: number): Promise<{ killed: number; repaired: number }> {
    const random = seededRandom(seed);
    let killed = 0;
    let repaired = 0;
    let checked = 0;
    for (let trial = 0; trial < TRIALS_PER_LANE; trial += 1) {
      // One trial in five dies during start-up or repair; the others while appending, 0–4 ms after one of their first 60 pages.
      const kill: Kill = random() < 0.2 ? { beforeReady: true, afterMs: Math.floor(random() * 1_500) } : { beforeReady: false, afterPages: 1 + Math.floor(random() * 60), afterMs: Math.floor(random() * 5) };
      const run = await runWriter(at, PAGES, kill);
      if (run.signal === 'SIGKILL') killed += 1;
      const archive = await Archive.open(at);
      const { tornIndexBytes, truncatedWarcBytes, removedWarcFiles } = archive.recovery;
      if (tornIndexBytes + truncatedWarcBytes + removedWarcFiles.length > 0) repaired += 1;
      // Structure for all rows, bodies for the new ones; nothing committed is ever lost.
      const rows = await expectConsistent(archive, { at, expectedBody: bodyOfRow, readFrom: checked, parseWarc: false });
      expect(rows.length, `seed ${seed}, trial ${trial}`).toBeGreaterThanOrEqual(checked);
      checked = rows.length;
      await archive.close();
    }
    const last = await runWriter(at, PAGES, null);
    expect(last.output).toContain('done');
    const archive = await Archive.open(at);
    const rows = await expectConsistent(archive, { at, expectedBody: bodyOfRow });
    expect(rows.map((r) => r.url).sort()).toEqual(Array.from({ length: PAGES }, (_, i) => archivedPageUrl(i)).sort());
    await archive.close();
    return { killed, repaired };
  }

  it(`${LANES * TRIALS_PER_LANE} writers killed, then each lane run to the end: every page archived exactly once, every row reads back`, { timeout: 120_000 }, async () => {
    const dirs = await Promise.all(Array.from({ length: LANES }, (_, i) => mkdtemp(join(dir, `lane-${i}-`))));
    const results = await Promise.all(dirs.map((at, i) => lane(at, SEED + i)));
    const killed = results.reduce((total, r) => total + r.killed, 0);
    expect(killed).toBeGreaterThanOrEqual((LANES * TRIALS_PER_LANE) / 2);
    // How many reopens had a torn tail to cut is said, not asserted: whether a kill lands mid-commit depends on the
    // machine's load (a CI run on a busy machine once saw none in 20 kills). Each kind of tear is repaired in the
    // deterministic tests above ("drops a torn last index line", "cuts a torn WARC tail", "cuts a whole record … never
    // indexed", "deletes a WARC file with no indexed record"); this test asserts that no kill, wherever it lands, loses or
    // duplicates a committed page.
    console.info(`archive kill test: ${killed} writers killed, ${results.reduce((total, r) => total + r.repaired, 0)} reopens repaired a torn tail`);
  });
});
