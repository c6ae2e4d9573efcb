/**
 * Faults of the sites, through the whole pipeline (`runPipeline`): the faults
 * fixture site (500s, 429 and 503 with Retry-After, a slow page past the
 * timeout, a reset mid-body, a redirect loop, oversize bodies, wrong content
 * types, Windows-1258, a PDF labelled HTML, a 404) plus fault rules on two
 * clean sites (a listing that always answers 500, an article whose
 * connection always resets, every article reset once, a feed served as
 * text/plain in Windows-1258, a redirect out of scope, an oversize sitemap).
 * Each run must finish, list every failure with its reason and URL in the
 * summary, and archive no partial body. Then robots.txt changes between runs.
 */
import { get } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive, type ArchiveIndexRow } from '../../crawlers/archive/index.js';
import { runPipeline, type RunPipelineOptions } from '../../pipeline/run/run-pipeline.js';
import { formatPipelineSummary } from '../../pipeline/run/format-summary.js';
import type { PipelineSummary } from '../../pipeline/run/pipeline-types.js';
import { startFixtureServer, type FixtureServer } from '../fixture-sites/server.js';
import { indexLines } from '../helpers/crawl-archive.js';
import { fixtureSource } from '../helpers/crawl-fixtures.js';
import { record, recordCheck } from './report.js';

const SLOW_MS = 4000;
const TIMEOUT_MS = 1500;
const OVERSIZE_BYTES = 6 * 1024 * 1024;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** NukeViet article 5203 (the fixture ids start at 5200): its connection is cut mid-body on every try. */
const ALWAYS_RESET = /^\/vi\/news\/[a-z-]+\/[a-z0-9-]+-5203\.html$/u;
const SITES = ['faults', 'nukeviet', 'wordpress'];

/** The oldest NukeViet article (deepest in its listings): 503 on the 3 tries of the first run, then served. */
function deepestNukeviet(from: FixtureServer = server): string {
  return from.site('nukeviet').articles.filter((a) => a.expectedInCrawl && !ALWAYS_RESET.test(a.path)).at(-1)!.path;
}
/** Every WordPress article is cut mid-body once, then served whole. */
const WORDPRESS_ARTICLE = /^\/20\d\d\/\d\d\/[^/]+\.html$/u;

let tmp: string;
let server: FixtureServer;
let options: RunPipelineOptions;
let summary: PipelineSummary;
let archiveDir: string;

function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** The bytes a clean GET of `url` gives now (the one-off faults are spent). */
function fetchClean(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

function errorsOf(code: string, where?: (url: string) => boolean): PipelineSummary['errors'] {
  return summary.errors.filter((e) => e.code === code && (where === undefined || (e.url !== undefined && where(e.url))));
}

function rowsOf(path: string, site: string): ArchiveIndexRow[] {
  const origin = server.site(site).origin;
  return indexLines(archiveDir).filter((r) => r.url === origin + path || r.canonical_url === origin + path);
}

function requestsTo(site: string, path: string | RegExp): FixtureServer['requests'] {
  return server.requests.filter((r) => r.site === site && (typeof path === 'string' ? r.path === path : path.test(r.path)));
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-faults-'));
  // Paths are the same on every server with the same sites: a first one tells which article is the deepest.
  const probe = await startFixtureServer({ sites: SITES });
  const deepest = deepestNukeviet(probe);
  await probe.close();
  server = await startFixtureServer({
    sites: SITES,
    faults: {
      slowMs: SLOW_MS,
      oversizeBytes: OVERSIZE_BYTES,
      latencyMs: 2,
      rules: [
        { site: 'nukeviet', path: '/vi/news/page-2/', kind: 'status', status: 500 },
        { site: 'nukeviet', path: ALWAYS_RESET, kind: 'reset' },
        { site: 'nukeviet', path: deepest, kind: 'status', status: 503, times: 3 },
        { site: 'nukeviet', path: '/vi/news/rss/', kind: 'status', status: 503, retryAfter: 1, times: 1 },
        { site: 'nukeviet', path: '/vi/news/cong-doan/', kind: 'redirect', location: 'http://127.0.0.1:9/vi/news/cong-doan/' },
        { site: 'nukeviet', path: '/sitemap.xml', kind: 'oversize', bytes: OVERSIZE_BYTES, chunked: true },
        { site: 'wordpress', path: WORDPRESS_ARTICLE, kind: 'reset', times: 1 },
        { site: 'wordpress', path: '/feed/', kind: 'content-type', contentType: 'text/plain' },
        { site: 'wordpress', path: '/category/xay-dung-dang/feed/', kind: 'charset', charset: 'windows-1258' },
      ],
    },
  });
  archiveDir = join(tmp, 'archive');
  options = {
    sources: server.sites.map((site) => fixtureSource(site, { delayMs: 10 })),
    dbPath: join(tmp, 'vntally.duckdb'),
    archiveDir,
    runsDir: join(tmp, 'runs'),
    allowPrivate: true,
    delayMs: 10,
    concurrency: 3,
    crawlOptions: { timeoutMs: TIMEOUT_MS, maxRetries: 2, retryBaseDelayMs: 100 },
  };
  summary = await runPipeline(options);
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

interface FaultCase {
  name: string;
  site: string;
  check: () => Promise<string> | string;
}

const fault = (site: string) => (name: keyof FixtureServer['sites'][number]['faultPaths']): string => server.site(site).faultPaths[name]!;
const faultsPath = fault('faults');

/** A page archived once, with the whole body the server sends. */
async function archivedWhole(site: string, path: string): Promise<string> {
  const rows = rowsOf(path, site).filter((r) => r.kind === 'article');
  expect(rows, `${path}: archived once`).toHaveLength(1);
  const archive = await Archive.open(archiveDir, { readOnly: true });
  try {
    const body = Buffer.from(await archive.readBody(rows[0]!));
    const clean = await fetchClean(server.site(site).origin + path);
    expect(clean.status).toBe(200);
    expect(body.equals(clean.body), `${path}: the archived body is the whole page`).toBe(true);
    return `archived whole (${body.length} bytes)`;
  } finally {
    await archive.close();
  }
}

/** A failure listed in the summary with its reason, and nothing archived with a body. */
function listedNotArchived(site: string, path: string, code: string): string {
  const listed = errorsOf(code, (url) => pathOf(url) === path);
  expect(listed.map((e) => e.code), `${path}: listed as ${code} in ${summary.errors.map((e) => `${e.code} ${e.url}`).join(', ')}`).toEqual([code]);
  const bodies = rowsOf(path, site).filter((r) => r.sha256 !== EMPTY_SHA256);
  expect(bodies, `${path}: no body archived`).toEqual([]);
  return `listed: ${listed[0]!.message}`;
}

const CASES: FaultCase[] = [
  {
    name: 'HTTP 500 twice, then 200',
    site: 'faults',
    check: async () => {
      expect(requestsTo('faults', faultsPath('status-500')).map((r) => r.status)).toEqual([500, 500, 200]);
      return archivedWhole('faults', faultsPath('status-500'));
    },
  },
  {
    name: 'HTTP 429 with Retry-After: 2',
    site: 'faults',
    check: async () => {
      const log = requestsTo('faults', faultsPath('status-429'));
      expect(log.map((r) => r.status)).toEqual([429, 200]);
      const waited = log[1]!.time - log[0]!.endTime;
      expect(waited, 'the retry waited for Retry-After').toBeGreaterThanOrEqual(1900);
      return `${await archivedWhole('faults', faultsPath('status-429'))}, retried after ${waited} ms`;
    },
  },
  {
    name: 'HTTP 503 with Retry-After: 1',
    site: 'faults',
    check: async () => {
      const log = requestsTo('faults', faultsPath('status-503'));
      expect(log.map((r) => r.status)).toEqual([503, 200]);
      const waited = log[1]!.time - log[0]!.endTime;
      expect(waited).toBeGreaterThanOrEqual(900);
      return `${await archivedWhole('faults', faultsPath('status-503'))}, retried after ${waited} ms`;
    },
  },
  { name: `slow page (${SLOW_MS} ms) past the ${TIMEOUT_MS} ms timeout`, site: 'faults', check: () => listedNotArchived('faults', faultsPath('slow'), 'timeout') },
  {
    name: 'connection reset mid-body, once',
    site: 'faults',
    check: async () => {
      expect(requestsTo('faults', faultsPath('reset')).length).toBe(2);
      return archivedWhole('faults', faultsPath('reset'));
    },
  },
  { name: 'redirect loop', site: 'faults', check: () => listedNotArchived('faults', faultsPath('redirect-loop'), 'redirect-loop') },
  ...(['oversize', 'oversize-chunked'] as const).map((name) => ({
    name: `${name} body (${OVERSIZE_BYTES / 1024 / 1024} MiB, cap 5 MB)`,
    site: 'faults',
    check: () => {
      const detail = listedNotArchived('faults', faultsPath(name), 'oversize');
      const rows = rowsOf(faultsPath(name), 'faults');
      expect(rows.map((r) => [r.skip_reason, r.sha256, r.kept])).toEqual([['oversize', EMPTY_SHA256, false]]);
      return `${detail}; recorded without its body`;
    },
  })),
  { name: 'Windows-1258 page (charset in header and meta)', site: 'faults', check: () => archivedWhole('faults', faultsPath('windows-1258')) },
  { name: 'HTML sent as application/octet-stream', site: 'faults', check: () => archivedWhole('faults', faultsPath('octet-stream')) },
  {
    name: 'PDF labelled text/html',
    site: 'faults',
    check: () => {
      const rows = rowsOf(faultsPath('pdf-as-html'), 'faults');
      expect(rows.map((r) => [r.skip_reason, r.sha256])).toEqual([['not-html', EMPTY_SHA256]]);
      return 'recorded as not-html, without its bytes';
    },
  },
  { name: 'HTTP 404', site: 'faults', check: () => listedNotArchived('faults', faultsPath('not-found'), 'not-found') },
  { name: 'a listing page that always answers 500', site: 'nukeviet', check: () => listedNotArchived('nukeviet', '/vi/news/page-2/', 'http-5xx') },
  {
    name: 'an article whose connection always resets',
    site: 'nukeviet',
    check: () => {
      const path = server.site('nukeviet').articles.find((a) => ALWAYS_RESET.test(a.path))!.path;
      return listedNotArchived('nukeviet', path, 'connection-reset');
    },
  },
  {
    name: 'feed: 503 with Retry-After once',
    site: 'nukeviet',
    check: () => {
      expect(requestsTo('nukeviet', '/vi/news/rss/').map((r) => r.status)).toEqual([503, 200]);
      expect(errorsOf('http-503', (url) => pathOf(url) === '/vi/news/rss/')).toEqual([]);
      return 'retried, read';
    },
  },
  { name: 'a redirect out of the source’s hosts', site: 'nukeviet', check: () => listedNotArchived('nukeviet', '/vi/news/cong-doan/', 'out-of-scope') },
  { name: 'an oversize sitemap (chunked)', site: 'nukeviet', check: () => listedNotArchived('nukeviet', '/sitemap.xml', 'oversize') },
  {
    name: 'every article reset mid-body once',
    site: 'wordpress',
    check: async () => {
      const articles = server.site('wordpress').articles.filter((a) => a.expectedInCrawl);
      for (const a of articles) await archivedWhole('wordpress', a.path);
      return `${articles.length} articles archived whole after one reset each`;
    },
  },
  {
    name: 'a deep article failing transiently on every try is fetched by the next run',
    site: 'nukeviet',
    check: async () => {
      // The oldest NukeViet article sits deepest in the listings; it answered 503 to all 3 tries of the first run.
      const path = deepestNukeviet();
      expect(requestsTo('nukeviet', path).map((r) => r.status)).toEqual([503, 503, 503]);
      listedNotArchived('nukeviet', path, 'http-503');
      const next = await runPipeline({ ...options, sources: [fixtureSource(server.site('nukeviet'), { delayMs: 10 })] });
      expect(next.stages.find((s) => s.stage === 'crawl')!.counts.articlesFetched).toBeGreaterThanOrEqual(1);
      return `listed as http-503, then ${await archivedWhole('nukeviet', path)} by the next run`;
    },
  },
  {
    name: 'feeds as text/plain and in Windows-1258',
    site: 'wordpress',
    check: () => {
      const listed = summary.errors.filter((e) => e.url !== undefined && /\/feed\/$/u.test(new URL(e.url).pathname));
      expect(listed).toEqual([]);
      expect(requestsTo('wordpress', '/category/xay-dung-dang/feed/').every((r) => r.status === 200)).toBe(true);
      return 'read, no failure';
    },
  },
];

describe('a pipeline run against faulty sites', () => {
  it('finishes, with the crawl partial and the other stages ok, and prints every failure', () => {
    const stages = Object.fromEntries(summary.stages.map((s) => [s.stage, s.status]));
    expect(stages).toEqual({ crawl: 'partial', extract: 'ok', load: 'ok' });
    const crawl = summary.stages.find((s) => s.stage === 'crawl')!;
    expect(crawl.counts.failures).toBe(summary.errors.filter((e) => e.stage === 'crawl').length);
    const printed = formatPipelineSummary(summary);
    for (const error of summary.errors) expect(printed).toContain(`${error.code}  ${error.source_id}  ${error.url}`);
    // Nothing partial: every archived body reads back with its digest.
    return (async () => {
      const archive = await Archive.open(archiveDir, { readOnly: true });
      try {
        for (const row of archive.rows()) await archive.readBody(row);
      } finally {
        await archive.close();
      }
    })();
  });

  it.each(CASES.map((c) => [`${c.site}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    let detail: string;
    let ok = true;
    try {
      detail = await c.check();
    } catch (error) {
      ok = false;
      detail = (error as Error).message.split('\n')[0] ?? 'failed';
      throw error;
    } finally {
      record({ kind: 'fault', group: `crawl: ${c.site}`, name: c.name, ok, detail: detail! });
    }
  });
});

describe('robots.txt that changes between runs', () => {
  const robotsCase = (name: string, work: () => Promise<string>): Promise<void> => recordCheck('fault', 'crawl: robots.txt', name, work);
  const nukevietOnly = (): RunPipelineOptions => ({ ...options, sources: [fixtureSource(server.site('nukeviet'), { delayMs: 10 })] });

  it('a section disallowed since the last run is not fetched, its new article not archived', () =>
    robotsCase('Disallow added for a section', async () => {
      server.setRobots('nukeviet', 'User-agent: *\nDisallow: /vi/news/xay-dung-dang/\n');
      const added = server.addArticle('nukeviet', { title: 'Kết nạp 12 đảng viên mới trong doanh nghiệp', body: 'Năm 2025, Đảng bộ kết nạp 12 đảng viên.', topic: 'party' });
      const from = server.requests.length;
      const second = await runPipeline(nukevietOnly());
      const requests = server.requests.slice(from).filter((r) => r.site === 'nukeviet');
      expect(requests.filter((r) => r.path.startsWith('/vi/news/xay-dung-dang/'))).toEqual([]);
      const blocked = second.stages.find((s) => s.stage === 'crawl')!.counts.robotsBlocked ?? 0;
      const inSection = added.path.startsWith('/vi/news/xay-dung-dang/');
      if (inSection) {
        expect(blocked).toBeGreaterThan(0);
        expect(rowsOf(added.path, 'nukeviet')).toEqual([]);
      }
      return `${requests.length} requests, none in the section; ${blocked} links counted as blocked`;
    }));

  it('Disallow: / stops the source: nothing but robots.txt is requested, and the source is listed as failed', () =>
    robotsCase('Disallow: / for the whole site', async () => {
      server.setRobots('nukeviet', 'User-agent: *\nDisallow: /\n');
      const from = server.requests.length;
      const third = await runPipeline(nukevietOnly());
      const paths = server.requests.slice(from).filter((r) => r.site === 'nukeviet').map((r) => r.path);
      expect(paths).toEqual(['/robots.txt']);
      expect(third.errors.some((e) => e.code === 'source_failed' && e.source_id === 'fixture-nukeviet')).toBe(true);
      return 'only /robots.txt requested; source listed as failed';
    }));

  it('robots.txt allowing everything again: the run obeys it (nothing counted as blocked) and adds nothing twice', () =>
    robotsCase('Disallow removed again', async () => {
      server.setRobots('nukeviet', 'User-agent: *\nDisallow:\n');
      const before = indexLines(archiveDir).filter((r) => r.kind === 'article').length;
      const run = await runPipeline(nukevietOnly());
      const crawl = run.stages.find((s) => s.stage === 'crawl')!;
      expect(crawl.counts.robotsBlocked).toBe(0);
      const rows = indexLines(archiveDir).filter((r) => r.kind === 'article');
      expect(new Set(rows.map((r) => r.canonical_url)).size).toBe(rows.length);
      // Not asserted: the article published while its section was disallowed. The walk is incremental (the listings
      // answer 304), so it is fetched only when a listing that shows it changes (reported to the lead).
      return `${crawl.counts.requests} requests, none blocked; ${rows.length - before} new articles, none twice`;
    }));

  it('robots.txt answering 503: nothing is fetched from the host, and the source is listed as failed', () =>
    robotsCase('robots.txt unavailable (503)', async () => {
      const broken = await startFixtureServer({ sites: ['wordpress'], faults: { rules: [{ site: 'wordpress', path: '/robots.txt', kind: 'status', status: 503, retryAfter: 1 }] } });
      try {
        const run = await runPipeline({ ...options, sources: [fixtureSource(broken.site('wordpress'), { delayMs: 10 })], dbPath: join(tmp, 'robots503.duckdb'), archiveDir: join(tmp, 'robots503-archive'), runsDir: join(tmp, 'robots503-runs') });
        const paths = broken.requests.map((r) => r.path);
        expect(new Set(paths)).toEqual(new Set(['/robots.txt']));
        expect(run.errors.some((e) => e.code === 'robots-unavailable')).toBe(true);
        expect(run.errors.some((e) => e.code === 'source_failed')).toBe(true);
        return `${paths.length} requests, all to /robots.txt; listed as robots-unavailable`;
      } finally {
        await broken.close();
      }
    }));
});
