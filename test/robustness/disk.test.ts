/**
 * A full disk and a read-only database path, on real small file systems (a
 * tmpfs mounted for the test: disk.ts). Each stage that writes meets the
 * full disk: the crawl (archive), the extract stage (run directory) and the
 * load (database). Each must stop with a clear error naming what it could
 * not write, leave the previous state intact (the archive reads back, the
 * database holds what it held), and complete once there is room again.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawlers/archive/index.js';
import { listRunDirs, loadRun, openDatabase } from '../../pipeline/db/index.js';
import { runPipeline, type RunPipelineOptions } from '../../pipeline/run/run-pipeline.js';
import { extractArchive } from '../../pipeline/stages/extract-archive.js';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server.js';
import { handMadeRun, writeGeneratedRun, writeRunDir } from '../db-fixtures.js';
import { indexLines } from '../helpers/crawl-archive.js';
import { fixtureSource } from '../helpers/crawl-fixtures.js';
import { mountTmpfs, tmpfsUnavailable, type SmallDisk } from './disk.js';
import { dbContent } from './kill-trials.js';
import { recordCheck } from './report.js';
import { runVntally as vntally } from './run-inputs.js';

const UNAVAILABLE = tmpfsUnavailable();
/** What a user must be told: the disk is full (ENOSPC), in words or as the code. */
const NO_SPACE = /no space left on device|ENOSPC|disk is full/iu;
const READ_ONLY = /read-only file system|EROFS|read-only/iu;

let tmp: string;
let server: FixtureServer;
const disks: SmallDisk[] = [];

function disk(sizeBytes: number): SmallDisk {
  const d = mountTmpfs(sizeBytes);
  disks.push(d);
  return d;
}

/** A clear error: a one-line message, not the "unexpected error (a bug)" dump. */
function expectClear(stderr: string, pattern: RegExp): string {
  expect(stderr, stderr).toMatch(pattern);
  expect(stderr, 'reported as an expected failure, not as a bug').not.toMatch(/unexpected error \(a bug/u);
  return stderr.trim().split('\n').find((l) => pattern.test(l))?.slice(0, 160) ?? '';
}

function check(name: string, work: () => Promise<string>): Promise<void> {
  return recordCheck('fault', 'disk', name, work);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-disk-'));
  server = await startFixtureServer({ sites: ['nukeviet'], faults: { latencyMs: 1 } });
});

afterAll(async () => {
  await server?.close();
  for (const d of disks) d.unmount();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(UNAVAILABLE !== null)(`a full disk${UNAVAILABLE ? ` (skipped: ${UNAVAILABLE})` : ''}`, () => {
  it('the load: a clear error, the database as it was, and the load completes once there is room', () =>
    check('load onto a full disk', async () => {
      const d = disk(24 * 1024 * 1024);
      const dbPath = join(d.dir, 'vntally.duckdb');
      const small = await writeRunDir(join(tmp, 'runs'), handMadeRun('disk-small'));
      const big = await writeGeneratedRun(join(tmp, 'runs'), { runId: 'disk-big', facts: 150_000, seed: 11 });
      const db = await openDatabase(dbPath);
      try {
        await loadRun(db, small, { registry: null });
      } finally {
        db.close();
      }
      const before = await dbContent(dbPath);
      const failed = await vntally(['load', '--run', big.dir, '--db', dbPath]);
      expect(failed.code).not.toBe(0);
      const line = expectClear(failed.stderr, NO_SPACE);
      // The data as it was; \`runs\` may also note the failed load (vntally status shows it).
      const after = await dbContent(dbPath);
      expect({ ...after, runs: after.runs.filter((r) => !r.startsWith('failed:')) }).toEqual(before);
      // Room again (the mount grows): the same command completes.
      for (const f of readdirSync(d.dir)) if (f.endsWith('.next') || f.endsWith('.next.wal')) rmSync(join(d.dir, f), { force: true });
      d.grow(400 * 1024 * 1024);
      const done = await vntally(['load', '--run', big.dir, '--db', dbPath]);
      expect(done.code, done.stderr).toBe(0);
      expect((await dbContent(dbPath)).counts.facts).toBe(before.counts.facts + big.facts);
      return `"${line}"; database unchanged; loads once there is room`;
    }), 300_000);

  it.each([
    ['no byte left', 0],
    ['24 KB left (a WARC record or index line is cut)', 24 * 1024],
  ])('the crawl with %s: a clear error naming the archive, the archived pages intact, and the next crawl completes', (label, leaveBytes) =>
    check(`crawl onto a full disk, ${label}`, async () => {
      const d = disk(8 * 1024 * 1024);
      const options: RunPipelineOptions = {
        sources: [fixtureSource(server.site('nukeviet'), { delayMs: 5 })],
        dbPath: join(tmp, 'crawl-full.duckdb'),
        archiveDir: join(d.dir, 'archive'),
        runsDir: join(tmp, 'crawl-full-runs'),
        allowPrivate: true,
        delayMs: 5,
      };
      const first = await runPipeline(options);
      expect(first.status, JSON.stringify(first.stages)).toBe('ok');
      const kept = indexLines(options.archiveDir);
      for (let i = 0; i < 4; i++) server.addArticle('nukeviet', { title: `Kết nạp ${20 + i + leaveBytes} đảng viên trong doanh nghiệp ${i}`, body: `Năm 2025, Đảng bộ doanh nghiệp ${i} kết nạp ${20 + i} đảng viên.\n${Array.from({ length: 400 }, (_, k) => `Đoàn viên số ${k * 7919 + i} tham gia hội nghị lần ${k}.`).join(' ')}` });
      const filler = await d.fill(leaveBytes);
      const second = await runPipeline(options);
      const crawl = second.stages.find((s) => s.stage === 'crawl')!;
      expect(crawl.status).toBe('failed');
      expect(crawl.reason, crawl.reason).toMatch(/archive/u);
      expect(crawl.reason, crawl.reason).toMatch(NO_SPACE);
      rmSync(filler);
      // Reopened for writing, the archive cuts any torn record; every page archived before reads back unchanged.
      const archive = await Archive.open(options.archiveDir);
      try {
        for (const row of kept) expect(Buffer.from(await archive.readBody(row)).length).toBeGreaterThanOrEqual(0);
        for (const row of archive.rows()) await archive.readBody(row);
      } finally {
        await archive.close();
      }
      expect(indexLines(options.archiveDir).slice(0, kept.length)).toEqual(kept);
      const third = await runPipeline(options);
      expect(third.stages.find((s) => s.stage === 'crawl')!.status).toBe('ok');
      const articles = indexLines(options.archiveDir).filter((r) => r.kind === 'article').map((r) => r.canonical_url);
      expect(new Set(articles).size).toBe(articles.length);
      return `crawl failed: "${crawl.reason?.slice(0, 140)}"; ${kept.length} rows intact; next crawl ok`;
    }), 300_000);

  it('the extract stage: a clear error, no run directory left half-written', () =>
    check('extract stage onto a full disk', async () => {
      const d = disk(2 * 1024 * 1024);
      const archiveDir = join(tmp, 'crawl-for-extract');
      await runPipeline({ sources: [fixtureSource(server.site('nukeviet'), { delayMs: 5 })], dbPath: join(tmp, 'extract-full.duckdb'), archiveDir, runsDir: join(tmp, 'extract-full-runs'), allowPrivate: true, delayMs: 5 });
      const runsDir = join(d.dir, 'runs');
      await d.fill(16 * 1024);
      const error = await extractArchive({ archiveDir, runsDir }).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error, 'the stage failed').not.toBeNull();
      const message = `${error!.message} ${(error!.cause as Error | undefined)?.message ?? ''} ${(error as NodeJS.ErrnoException).code ?? ''}`;
      expect(message).toMatch(NO_SPACE);
      expect(error!.message, 'the message names the run directory').toContain(runsDir);
      expect(existsSync(runsDir) ? readdirSync(runsDir) : []).toEqual([]);
      expect((await listRunDirs(runsDir)).runs).toEqual([]);
      return `"${error!.message.slice(0, 140)}"; nothing left in the runs directory`;
    }), 300_000);
});

describe.skipIf(UNAVAILABLE !== null)(`a read-only database path${UNAVAILABLE ? ` (skipped: ${UNAVAILABLE})` : ''}`, () => {
  it('the load: a clear error, and the database as it was (still readable)', () =>
    check('load onto a read-only file system', async () => {
      const d = disk(16 * 1024 * 1024);
      const dbPath = join(d.dir, 'vntally.duckdb');
      const first = await writeRunDir(join(tmp, 'runs-ro'), handMadeRun('ro-1'));
      const second = await writeRunDir(join(tmp, 'runs-ro'), { ...handMadeRun('ro-2'), articles: handMadeRun('ro-2').articles.map((a) => ({ ...a, url: `${a.url}?v=2` })) });
      const db = await openDatabase(dbPath);
      try {
        await loadRun(db, first, { registry: null });
      } finally {
        db.close();
      }
      const before = await dbContent(dbPath);
      d.remountReadOnly();
      try {
        const failed = await vntally(['load', '--run', second, '--db', dbPath]);
        expect(failed.code).not.toBe(0);
        const line = expectClear(failed.stderr, READ_ONLY);
        expect(failed.stderr).toContain(d.dir);
        expect(await dbContent(dbPath)).toEqual(before);
        return `"${line}"; database unchanged and readable`;
      } finally {
        d.remountReadWrite();
      }
    }), 300_000);

  it('the crawl: a clear error naming the archive', () =>
    check('crawl into a read-only archive', async () => {
      const d = disk(4 * 1024 * 1024);
      // An archive that exists, on a file system that became read-only.
      await (await Archive.open(join(d.dir, 'archive'))).close();
      d.remountReadOnly();
      try {
        const out = await vntally(['crawl', '--start-url', server.site('nukeviet').startUrl, '--cms', 'nukeviet4', '--allow-private', '--archive', join(d.dir, 'archive')]);
        expect(out.code).not.toBe(0);
        return `"${expectClear(out.stderr, READ_ONLY)}"`;
      } finally {
        d.remountReadWrite();
      }
    }), 120_000);
});
