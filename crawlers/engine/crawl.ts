/**
 * `crawl()`: the main of the crawler (crawlee's main.ts). In order:
 *   1. resolve the options; open the archive (the source of truth for what is
 *      already crawled) and the crawl state (did each source's last run end?);
 *   2. give crawlee an in-memory storage in a temporary directory, so no
 *      `storage/` folder is left behind and a restart relies on the archive
 *      alone;
 *   3. build one polite fetcher for the run: one host gate (a host shared by
 *      two sources is still paced once), one robots.txt cache;
 *   4. turn an ad-hoc `--start-url` into a source, detecting its CMS family
 *      from the start page when asked;
 *   5. crawl the sources, `concurrency` at a time; each source runs its HTTP
 *      crawler and, when needed, its browser crawler until both queues are
 *      drained (`runSource`);
 *   6. close everything (also on abort) and return the summary.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Configuration, RequestQueue } from '@crawlee/core';
import pLimit from 'p-limit';
import { adapterFor, detectCms } from '../adapters/index.js';
import type { CmsDetection } from '../adapters/detect-cms.js';
import { HostGate } from '../politeness/host-gate.js';
import { PoliteFetcher } from '../politeness/polite-fetch.js';
import { HostScope } from '../politeness/scope.js';
import { DEFAULT_POLITENESS } from '../registry.js';
import type { CmsFamily, Source } from '../registry.js';
import { ArchiveStore } from './archive-store.js';
import { CrawlState } from './crawl-state.js';
import { createHttpCrawler } from './crawlers.js';
import type { CrawlerSettings } from './crawlers.js';
import { AbortCrawlError, SkipPageError } from './errors.js';
import { PoliteHttpClient } from './http-client.js';
import { decodePage } from './page.js';
import { SourceRun } from './source-run.js';
import type { ResolvedOptions } from './source-run.js';
import { SourceTally } from './tally.js';
import { emptyCounts, RequestDataSchema } from './types.js';
import type { AdhocTarget, CrawlOptions, CrawlSummary, SourceCounts, SourceSummary } from './types.js';

export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_MAX_RETRIES = 4;
export const DEFAULT_MAX_LISTING_PAGES = 50;
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export async function crawl(options: CrawlOptions): Promise<CrawlSummary> {
  const startedAt = new Date();
  // 1.
  const politeness = options.politeness ?? true;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const resolved: ResolvedOptions = {
    refetch: options.refetch ?? false,
    politeness,
    maxPagesPerSource: options.maxPagesPerSource ?? Number.MAX_SAFE_INTEGER,
    defaultMaxListingPages: DEFAULT_MAX_LISTING_PAGES,
  };
  const store = await ArchiveStore.open(options.archiveDir, options.onArchived);
  const state = await CrawlState.open(options.archiveDir);

  // 2.
  const storageDir = await mkdtemp(join(tmpdir(), 'vntally-crawlee-'));
  const config = new Configuration({ persistStorage: false, purgeOnStart: false, storageClientOptions: { localDataDirectory: storageDir, persistStorage: false, writeMetadata: false } });
  const events = config.getEventManager();
  await events.init();

  // 3.
  const hostDelays = new Map<string, number>();
  const robotsDelay = { of: (_host: string): number => 0 };
  const gate = politeness
    ? new HostGate({ delayMs: (host) => Math.max(hostDelays.get(host) ?? options.delayMs ?? DEFAULT_POLITENESS.min_delay_ms, robotsDelay.of(host)) })
    : HostGate.unlimited();
  const fetcher = new PoliteFetcher({
    gate,
    allowPrivate: options.allowPrivate ?? false,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: options.retryBaseDelayMs } : {}),
  });
  robotsDelay.of = (host) => fetcher.robots.crawlDelayMs(host);

  const settings: CrawlerSettings = {
    config,
    maxConcurrency: politeness ? 1 : concurrency,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    browserExecutable: options.browserExecutable ?? process.env.VNTALLY_CHROMIUM ?? DEFAULT_CHROMIUM,
  };
  const runId = `${startedAt.getTime().toString(36)}-${process.pid}`;
  const summaries: SourceSummary[] = [];
  try {
    // 4.
    const targets: Array<{ source: Source; detected?: CmsDetection }> = Array.isArray(options.sources)
      ? (options.sources as readonly Source[]).map((source) => ({ source }))
      : [await adhocSource(options.sources as AdhocTarget, fetcher)];
    for (const { source } of targets) {
      const delay = options.delayMs ?? source.politeness.min_delay_ms;
      for (const host of source.hosts) hostDelays.set(host.toLowerCase(), Math.max(hostDelays.get(host.toLowerCase()) ?? 0, delay));
    }
    // 5.
    const limit = pLimit(concurrency);
    await Promise.all(
      targets.map((target) =>
        limit(async () => {
          const summary = await runSource(target.source, target.detected, { store, state, fetcher, settings, resolved, runId, onProgress: options.onProgress });
          summaries.push(summary);
        }),
      ),
    );
  } finally {
    // 6.
    fetcher.close();
    await events.close();
    await store.close();
    await rm(storageDir, { recursive: true, force: true });
  }
  const finishedAt = new Date();
  const order = new Map((Array.isArray(options.sources) ? (options.sources as readonly Source[]) : []).map((s, i) => [s.id, i]));
  summaries.sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0));
  return {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    archiveDir: options.archiveDir,
    sources: summaries,
    totals: totalsOf(summaries),
  };
}

interface RunDeps {
  store: ArchiveStore;
  state: CrawlState;
  fetcher: PoliteFetcher;
  settings: CrawlerSettings;
  resolved: ResolvedOptions;
  runId: string;
  onProgress: CrawlOptions['onProgress'];
}

/**
 * One source: seeds its queues from the registry (listings, feeds,
 * sitemaps, robots.txt `Sitemap:` lines, the base URL), then runs the HTTP
 * crawler and the browser crawler in turns until neither has work left (a
 * rendered listing queues articles for HTTP; an HTTP listing that turns out
 * to need a browser queues it for the browser).
 */
async function runSource(source: Source, detected: CmsDetection | undefined, deps: RunDeps): Promise<SourceSummary> {
  const adapter = adapterFor(source.cms);
  deps.store.register(source.id, source.cms);
  const incremental = !deps.resolved.refetch && deps.state.lastRunComplete(source.id);
  await deps.state.markStarted(source.id);
  const tally = new SourceTally(source.id, deps.onProgress);
  deps.onProgress?.({ type: 'source-start', sourceId: source.id, startUrl: source.base_url, incremental });
  const queueName = (kind: string): string => `${deps.runId}-${source.id}-${kind}`.replace(/[^a-zA-Z0-9-]/gu, '-');
  const httpQueue = await RequestQueue.open(queueName('http'), { config: deps.settings.config });
  const browserQueue = await RequestQueue.open(queueName('browser'), { config: deps.settings.config });
  const scope = new HostScope(source.hosts);
  const run = new SourceRun({ source, adapter, scope, store: deps.store, fetcher: deps.fetcher, tally, options: deps.resolved, incremental, httpQueue, browserQueue });
  const client = new PoliteHttpClient(deps.fetcher, scope, () => tally.counts.requests++);
  const countSuccesses = (): void => {
    tally.successes = tally.counts.listings + tally.counts.feeds + tally.counts.sitemaps + tally.counts.articlesFetched + tally.counts.notModified;
  };

  await seed(run);
  try {
    for (;;) {
      const httpPending = !(await httpQueue.isFinished());
      const browserPending = !(await browserQueue.isFinished());
      if (!httpPending && !browserPending) break;
      if (httpPending) await createHttpCrawler(run, client, deps.settings).run();
      if (browserPending || !(await browserQueue.isFinished())) {
        if (!existsSync(deps.settings.browserExecutable)) {
          await failBrowserRequests(run, deps.settings.browserExecutable);
          continue;
        }
        const { createBrowserCrawler } = await import('./browser-crawler.js');
        await createBrowserCrawler(run, deps.settings).run();
      }
    }
  } catch (error) {
    countSuccesses();
    if (error instanceof AbortCrawlError) throw error;
    throw new AbortCrawlError(`crawling ${source.id} stopped: ${(error as Error).message}`, { cause: error });
  } finally {
    await httpQueue.drop().catch(() => undefined);
    await browserQueue.drop().catch(() => undefined);
  }
  countSuccesses();
  // The next run may walk incrementally (stop at known articles) only if this one reached every page it could:
  // after a page that failed transiently (5xx, timeout, reset after the last retry) or a run that fetched nothing,
  // unchanged listings answer 304 and the missed article was never fetched again (test/robustness/faults.test.ts).
  if (tally.successes > 0 && !tally.failures.some((f) => f.effect === 'retry')) await deps.state.markCompleted(source.id);
  const summary = tally.summary({ cms: source.cms, detected, startUrl: source.base_url, incremental });
  deps.onProgress?.({ type: 'source-end', sourceId: source.id, summary });
  return summary;
}

/** Without Chromium, the pages that need it are listed as failed, with how to get it, instead of failing one by one in Playwright. */
async function failBrowserRequests(run: SourceRun, executable: string): Promise<void> {
  const error = new SkipPageError(run.source.base_url, 'no-browser', {
    message: `this page needs a browser, and Chromium was not found at ${executable} (apt-get install chromium, or set VNTALLY_CHROMIUM)`,
  });
  for (let request = await run.browserQueue.fetchNextRequest(); request; request = await run.browserQueue.fetchNextRequest()) {
    run.recordFailure(RequestDataSchema.parse(request.userData).label, request.url, error, 0);
    await run.browserQueue.markRequestHandled(request);
  }
}

/** The first requests of a source. */
async function seed(run: SourceRun): Promise<void> {
  const { source, adapter } = run;
  const { discovery } = source;
  const base = new URL(source.base_url);
  const listingPages = new Map(discovery.listings.map((l) => [l.url, l.pagination.max_pages]));
  await run.addListing(base.href, { depth: 0, page: 1, maxPages: listingPages.get(base.href) ?? DEFAULT_MAX_LISTING_PAGES });
  for (const listing of discovery.listings) {
    const url = new URL(listing.url);
    await run.addListing(url.href, { depth: 0, page: adapter.listingPage(url), maxPages: listing.pagination.max_pages });
  }
  for (const feed of discovery.feeds) await run.addFeed(feed);
  for (const sitemap of discovery.sitemaps) await run.addSitemap(sitemap);
  const robots = await run.fetcher.robots.forUrl(base);
  for (const sitemap of robots.rules.sitemaps) {
    const url = URL.canParse(sitemap) ? new URL(sitemap) : undefined;
    if (url && run.scope.contains(url)) await run.addSitemap(url.href);
  }
  // A site the registry does not describe: also try the family's usual feed and sitemap paths.
  if (source.id.startsWith(ADHOC_PREFIX) && discovery.feeds.length === 0 && discovery.sitemaps.length === 0) {
    for (const path of adapter.conventionalFeeds) await run.addFeed(new URL(path, base).href, true);
    for (const path of adapter.conventionalSitemaps) await run.addSitemap(new URL(path, base).href, true);
  }
}

const ADHOC_PREFIX = 'adhoc-';

/** A `Source` for a site given by its start URL; with `cms: 'auto'` the family is detected from the start page. */
async function adhocSource(target: AdhocTarget, fetcher: PoliteFetcher): Promise<{ source: Source; detected?: CmsDetection }> {
  const start = new URL(target.startUrl);
  const host = start.host.toLowerCase();
  let cms: CmsFamily;
  let detected: CmsDetection | undefined;
  if (target.cms === 'auto') {
    try {
      const page = await fetcher.fetch({ url: start.href, scope: new HostScope([host]) });
      const decoded = decodePage(page.body, page.headers['content-type']);
      detected = detectCms(page.url, decoded.text, page.headers);
    } catch (error) {
      // The crawl of the start URL will fail the same way and be reported; detection just gives up.
      detected = { family: 'generic', signal: `start page unavailable: ${(error as Error).message}` };
    }
    cms = detected.family;
  } else {
    cms = target.cms;
  }
  const source: Source = {
    id: `${ADHOC_PREFIX}${host.replace(/[^a-z0-9]+/gu, '-')}`,
    name: host,
    kind: 'national',
    province: null,
    province_2025: null,
    base_url: start.href,
    hosts: [host],
    cms,
    verified: 'unverified',
    discovery: { feeds: [], sitemaps: [], listings: [], search: null },
    selectors: {},
    needs_browser: false,
    politeness: { ...DEFAULT_POLITENESS },
    notes: 'ad-hoc crawl (--start-url)',
  };
  return detected ? { source, detected } : { source };
}

function totalsOf(summaries: readonly SourceSummary[]): SourceCounts & { failures: number } {
  const totals = { ...emptyCounts(), failures: 0 };
  for (const summary of summaries) {
    for (const key of Object.keys(summary.counts) as Array<keyof SourceCounts>) totals[key] += summary.counts[key];
    totals.failures += summary.failures.length;
  }
  return totals;
}
