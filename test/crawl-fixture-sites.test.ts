/**
 * End to end: `crawl()` over all eight fixture sites (test/fixture-sites/),
 * twice. The first run must find every article exactly once, stay in scope,
 * obey robots.txt (Disallow and Crawl-delay), keep one request in flight per
 * host with the pause between them, retry 500/429/503 and wait out
 * Retry-After, skip what cannot be an article (oversize, PDF, 404, redirect
 * loop), and use the browser only for the client-rendered site. The second
 * run, after an article is published on every site and one robots.txt
 * changes, must fetch only the new articles (plus listings, feeds and
 * sitemaps) and read the new robots.txt.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../extract/html/decode-bytes.js';
import { Archive } from '../crawlers/archive/index.js';
import { canonicalizeUrl } from '../crawlers/canonical-url.js';
import { crawl } from '../crawlers/engine/index.js';
import type { CrawlProgress, CrawlSummary, SourceSummary } from '../crawlers/engine/index.js';
import { BROWSER_USER_AGENT, USER_AGENT } from '../crawlers/politeness/user-agent.js';
import { robotsAllows } from './fixture-sites/site-model.js';
import { startFixtureServer } from './fixture-sites/server.js';
import type { FixtureServer, FixtureSite, RequestLog, SiteArticle } from './fixture-sites/server.js';
import { articleRows, duplicates, indexLines } from './helpers/crawl-archive.js';
import { FIXTURE_CMS, fixtureSource } from './helpers/crawl-fixtures.js';

const DELAY_MS = 20;
/** Faults whose transfer is cut before its end (see the pacing test). */
const CUT_TRANSFERS: ReadonlySet<string> = new Set(['oversize', 'oversize-chunked', 'reset']);
const SLOW_MS = 1500;

let server: FixtureServer;
let archiveDir: string;
let first: CrawlSummary;
let firstRequests: RequestLog[];
const firstEvents: CrawlProgress[] = [];

const sourceId = (site: FixtureSite): string => `fixture-${site.id}`;
const cmsOf = (site: FixtureSite): string => FIXTURE_CMS[site.family] ?? 'generic';
const summaryOf = (summary: CrawlSummary, site: FixtureSite): SourceSummary => {
  const found = summary.sources.find((s) => s.sourceId === sourceId(site));
  if (!found) throw new Error(`no summary for ${site.id}`);
  return found;
};
const canonical = (site: FixtureSite, url: string): string => canonicalizeUrl(url, cmsOf(site));
const requestsOf = (log: readonly RequestLog[], site: FixtureSite): RequestLog[] => log.filter((r) => r.site === site.id);
/** Server-side requests for article pages of the site (compared in canonical form: SharePoint paths are case-insensitive). */
function articleRequests(log: readonly RequestLog[], site: FixtureSite): string[] {
  const articles = new Set(site.articles.map((a) => canonical(site, a.url)));
  return requestsOf(log, site)
    .map((r) => canonical(site, site.origin + r.path))
    .filter((url) => articles.has(url));
}

function crawlAll(onProgress?: (e: CrawlProgress) => void): Promise<CrawlSummary> {
  return crawl({
    sources: server.sites.map((site) => fixtureSource(site, { delayMs: DELAY_MS })),
    archiveDir,
    allowPrivate: true,
    delayMs: DELAY_MS,
    concurrency: server.sites.length,
    ...(onProgress ? { onProgress } : {}),
  });
}

beforeAll(async () => {
  server = await startFixtureServer({ faults: { slowMs: SLOW_MS, latencyMs: 2 } });
  archiveDir = mkdtempSync(join(tmpdir(), 'vntally-crawl-'));
  first = await crawlAll((e) => firstEvents.push(e));
  firstRequests = [...server.requests];
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (archiveDir) rmSync(archiveDir, { recursive: true, force: true });
});

describe('first run: every fixture site crawled completely', () => {
  it('archives each expected article exactly once, and nothing else as an article', () => {
    for (const site of server.sites) {
      const rows = articleRows(archiveDir, sourceId(site));
      const archived = rows.map((r) => r.canonical_url);
      expect(duplicates(archived), site.id).toEqual([]);
      const expected = site.articles.filter((a) => a.expectedInCrawl).map((a) => canonical(site, a.url));
      expect([...archived].sort(), site.id).toEqual([...expected].sort());
    }
  });

  it('keeps the on-topic articles and archives the others as skipped, with the reason', () => {
    for (const site of server.sites) {
      const byUrl = new Map(site.articles.map((a) => [canonical(site, a.url), a] as const));
      for (const row of articleRows(archiveDir, sourceId(site))) {
        const article = byUrl.get(row.canonical_url) as SiteArticle;
        expect(row.kept, `${site.id} ${article.title}`).toBe(article.onTopic);
        if (!row.kept) expect(row.skip_reason).toMatch(/off-topic|no Party|weak|no enterprise/u);
      }
    }
  });

  it('reports every source ok, the faults site partial with each failure listed', () => {
    for (const site of server.sites) expect(summaryOf(first, site).status, site.id).toBe(site.id === 'faults' ? 'partial' : 'ok');
    const faults = server.site('faults');
    const failures = summaryOf(first, faults).failures.map((f) => [new URL(f.url).pathname, f.reason, f.effect]);
    expect(failures).toEqual(
      expect.arrayContaining([
        [faults.faultPaths.oversize, 'oversize', 'skip'],
        [faults.faultPaths['oversize-chunked'], 'oversize', 'skip'],
        [faults.faultPaths['redirect-loop'], 'redirect-loop', 'skip'],
        [faults.faultPaths['not-found'], 'not-found', 'skip'],
      ]),
    );
    expect(failures).toHaveLength(4);
  });

  it('records pages that cannot be articles as skipped, without their bytes, so they are not fetched again', () => {
    const faults = server.site('faults');
    const rows = indexLines(archiveDir).filter((r) => r.source_id === 'fixture-faults' && r.kind === 'article');
    const reasons = Object.fromEntries(rows.filter((r) => r.skip_reason === 'oversize' || r.skip_reason === 'not-html').map((r) => [new URL(r.url).pathname, r.skip_reason]));
    expect(reasons).toEqual({
      [faults.faultPaths.oversize as string]: 'oversize',
      [faults.faultPaths['oversize-chunked'] as string]: 'oversize',
      [faults.faultPaths['pdf-as-html'] as string]: 'not-html',
    });
  });

  it('decodes the Windows-1258 page and archives its bytes as sent', async () => {
    const faults = server.site('faults');
    const row = articleRows(archiveDir, 'fixture-faults').find((r) => new URL(r.url).pathname === faults.faultPaths['windows-1258']);
    expect(row?.charset).toBe('windows-1258');
    const article = faults.articles.find((a) => a.fault === 'windows-1258') as SiteArticle;
    const archive = await Archive.open(archiveDir, { readOnly: true });
    try {
      const body = await archive.readBody(row!);
      expect(decodeBytes(body, { contentType: 'text/html; charset=windows-1258' }).text).toContain(article.title);
    } finally {
      await archive.close();
    }
  });

  it('stays in scope: every page a source handled is on its own host', () => {
    const origins = new Map(server.sites.map((s) => [sourceId(s), s.origin]));
    const pages = firstEvents.filter((e): e is Extract<CrawlProgress, { type: 'page' }> => e.type === 'page');
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect(page.url.startsWith(`${origins.get(page.sourceId)}/`), page.url).toBe(true);
    expect(firstRequests.filter((r) => r.site === 'index')).toEqual([]);
  });

  it('obeys robots.txt: no disallowed path is ever requested (the NukeViet internal article included)', () => {
    for (const site of server.sites) {
      const forbidden = requestsOf(firstRequests, site).filter((r) => !robotsAllows(site.robots, r.path.split('?')[0] ?? r.path));
      expect(forbidden.map((r) => r.path), site.id).toEqual([]);
    }
    const internal = server.site('nukeviet').articles.find((a) => !a.allowedByRobots) as SiteArticle;
    expect(internal).toBeDefined();
    expect(firstRequests.some((r) => r.path === internal.path)).toBe(false);
    expect(summaryOf(first, server.site('nukeviet')).counts.robotsBlocked).toBeGreaterThan(0);
  });

  it('never fetches print, save-file or send-mail copies', () => {
    expect(firstRequests.filter((r) => /\/(?:print|printmail|savefile|sendmail)\//u.test(r.path)).map((r) => r.path)).toEqual([]);
  });

  it('keeps one request in flight per host, with at least the delay between them (Crawl-delay: 1 on Drupal)', () => {
    for (const site of server.sites) {
      const log = requestsOf(firstRequests, site);
      expect(log.every((r) => r.concurrent === 1), site.id).toBe(true);
      const minimum = site.id === 'drupal' ? 1000 : DELAY_MS;
      // After a transfer the crawler cut (over the size cap) or the server cut (reset), the server only logs
      // its end when it notices the closed socket, a few ms after the crawler moved on; those gaps are not measurable.
      const gaps = log.slice(1).flatMap((r, i) => {
        const previous = log[i] as RequestLog;
        return CUT_TRANSFERS.has(previous.fault ?? '') ? [] : [r.time - previous.endTime];
      });
      expect(Math.min(...gaps), site.id).toBeGreaterThanOrEqual(minimum - 1);
    }
  });

  it('retries 500, 429 and 503, and waits out Retry-After before the next request to the host', () => {
    const faults = server.site('faults');
    const log = requestsOf(firstRequests, faults);
    const statuses = (path: string | undefined): number[] => log.filter((r) => r.path === path).map((r) => r.status);
    expect(statuses(faults.faultPaths['status-500'])).toEqual([500, 500, 200]);
    expect(statuses(faults.faultPaths['status-429'])).toEqual([429, 200]);
    expect(statuses(faults.faultPaths['status-503'])).toEqual([503, 200]);
    for (const [status, seconds] of [[429, 2], [503, 1]] as const) {
      const index = log.findIndex((r) => r.status === status);
      const next = log[index + 1] as RequestLog;
      expect(next.time - (log[index] as RequestLog).endTime).toBeGreaterThanOrEqual(seconds * 1000 - 1);
    }
    expect(statuses(faults.faultPaths.reset).length).toBe(2);
  });

  it('uses the browser only for the client-rendered site', () => {
    for (const site of server.sites) {
      const agents = new Set(requestsOf(firstRequests, site).map((r) => r.userAgent));
      if (site.needsBrowser) expect(agents.has(BROWSER_USER_AGENT), site.id).toBe(true);
      else expect([...agents], site.id).toEqual([USER_AGENT]);
      expect(summaryOf(first, site).counts.browserPages > 0, site.id).toBe(site.needsBrowser);
    }
  });

  it('leaves no crawlee storage folder behind', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(process.cwd(), 'storage'))).toBe(false);
  });
});

describe('second run: incremental', () => {
  let second: CrawlSummary;
  let secondRequests: RequestLog[];
  const added = new Map<string, SiteArticle>();

  beforeAll(async () => {
    for (const site of server.sites) {
      added.set(
        site.id,
        server.addArticle(site.id, {
          title: `Kết nạp 25 đảng viên trong doanh nghiệp ngoài nhà nước (${site.id})`,
          body: 'Đảng ủy Khối doanh nghiệp tổ chức lễ kết nạp 25 đảng viên mới là công nhân trực tiếp sản xuất tại các công ty trong khu công nghiệp.\nCông đoàn cơ sở các doanh nghiệp phối hợp giới thiệu đoàn viên ưu tú cho tổ chức đảng xem xét kết nạp.',
          topic: 'party',
        }),
      );
    }
    // A robots.txt that changed between runs: the new rule must be read and obeyed.
    server.setRobots('wordpress', `${server.site('wordpress').robots}\nUser-agent: *\nDisallow: /category/\n`);
    server.requests.length = 0;
    second = await crawlAll();
    secondRequests = [...server.requests];
  }, 120_000);

  it('walks incrementally after a complete first run', () => {
    for (const site of server.sites) expect(summaryOf(second, site).incremental, site.id).toBe(true);
  });

  it('fetches only the article added between runs, on every site', () => {
    for (const site of server.sites) {
      const article = added.get(site.id) as SiteArticle;
      expect(articleRequests(secondRequests, site), site.id).toEqual([canonical(site, article.url)]);
      const counts = summaryOf(second, site).counts;
      expect([counts.articlesFetched, counts.articlesKept], site.id).toEqual([1, 1]);
      expect(counts.articlesUnchanged, site.id).toBeGreaterThan(0);
    }
  });

  it('archives the new articles, still each exactly once', () => {
    for (const site of server.sites) {
      const archived = articleRows(archiveDir, sourceId(site)).map((r) => r.canonical_url);
      expect(duplicates(archived), site.id).toEqual([]);
      expect(archived, site.id).toContain(canonical(site, (added.get(site.id) as SiteArticle).url));
    }
  });

  it('reads robots.txt again and obeys the rule added since the first run', () => {
    const wordpress = server.site('wordpress');
    const log = requestsOf(secondRequests, wordpress);
    expect(log[0]?.path).toBe('/robots.txt');
    expect(log.filter((r) => r.path.startsWith('/category/'))).toEqual([]);
    expect(requestsOf(firstRequests, wordpress).some((r) => r.path.startsWith('/category/'))).toBe(true);
  });

  it('makes far fewer requests than the first run, and sends validators (some listings answer 304)', () => {
    expect(secondRequests.length).toBeLessThan(firstRequests.length / 2);
    expect(second.totals.notModified).toBeGreaterThan(0);
    expect(secondRequests.every((r) => r.concurrent === 1)).toBe(true);
  });
});
