/**
 * Crawl throughput (issue 3): the fixture sites (test/fixture-sites/) with
 * about 1,000 generated articles, crawled in the same run by
 *
 *   a. a plain crawlee `CheerioCrawler` that only enqueues same-origin links
 *      of the pages it reads, from the sites' start pages (no archive, no
 *      robots.txt, `maxConcurrency: 10`, in-memory storage);
 *   b. our `crawl()` over the same sites as registry sources, concurrency 10,
 *      per-host politeness off, the archive on (WARC + index);
 *   c. the plain crawler again (its two runs are averaged, so that a change
 *      of load on this shared machine falls on both sides);
 *
 * then the browser's cost per page: a small `PlaywrightCrawler` run (Debian's
 * Chromium) over the client-rendered `sharepoint-js` site, and a plain
 * `CheerioCrawler` over exactly the pages the browser rendered.
 *
 * Steps:
 *  1. start the fixture server in a child process (`--serve`, below): its
 *     start-up (generating the articles, rendering) is not timed, and its CPU
 *     and memory are not counted as the crawler's. Each generated article
 *     (bench/generate-corpus.ts: golden and seed sentences with other figures)
 *     is pinned to one site, so every site gets the same share. Before it says
 *     it is ready, the child fetches every page reachable from the sites once,
 *     so that whichever crawl runs first finds them rendered and cached;
 *  2. an untimed small crawl (the JIT compiles crawlee and cheerio), then a,
 *     b, c, each from a fresh in-memory queue (b into a fresh archive
 *     directory), sampling memory every 100 ms; b also reads the heap after a
 *     forced GC each fifth of the articles (the GC pause is taken off its clock);
 *  3. run the browser and its Cheerio twin;
 *  4. ask the server for what it saw (requests, its own CPU) and report
 *     pages/s, CPU seconds, the ratio ours/plain (goal ≥ 75 %, on the wall
 *     clock and on CPU seconds) and memory.
 *
 * A "page" is one HTTP request the crawler made (robots.txt, feeds, sitemaps,
 * listings and articles for ours; every page for the plain crawler): both
 * counted by the server, so the two sides count alike.
 *
 * Register in bench/run.ts as `{ sections: ['crawl'], run: crawlBench.run }`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CheerioCrawler } from '@crawlee/cheerio';
import { Configuration } from '@crawlee/core';
import { z } from 'zod';
import { Archive } from '../crawlers/archive/index.js';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM, crawl, type CrawlProgress, type CrawlSummary } from '../crawlers/engine/index.js';
import { quietLog } from '../crawlers/engine/crawlers.js';
import type { Source } from '../crawlers/registry.js';
import type { FixtureArticle, FixtureServer, FixtureSite } from '../test/fixture-sites/server.js';
import { fixtureSource } from '../test/helpers/crawl-fixtures.js';
import type { BenchOptions, BenchResult, Goal, MemoryFigures } from './bench-types.js';
import { loadCorpusMaterial } from './corpus-material.js';
import { Corpus } from './generate-corpus.js';
import { gcFunction, isFlat } from './measure.js';
import { formatRate } from './report.js';

/** Ours must make at least this share of the plain crawler's pages/s. */
export const CRAWL_GOAL_RATIO = 0.75;
/** Requests in flight: `maxConcurrency` of the plain crawlers, `concurrency` of ours. */
export const CRAWL_CONCURRENCY = 10;
/** Generated articles on the HTTP sites; VNTALLY_BENCH_CRAWL_ARTICLES overrides it for a quick try. */
export const CRAWL_BENCH_ARTICLES = Number(process.env.VNTALLY_BENCH_CRAWL_ARTICLES ?? 1000);
/** Articles on the client-rendered site, and the cap of pages the browser renders. */
const BROWSER_ARTICLES = 40;
const BROWSER_MAX_PAGES = 80;
const SEED = 20250702;
/** Pages of each untimed warm-up crawl. */
const WARM_UP_PAGES = 120;
const MEMORY_SAMPLE_MS = 100;

/** The fixture sites an HTTP crawler can read (the `faults` site misbehaves on purpose, `sharepoint-js` needs a browser). */
export const HTTP_SITE_IDS = ['nukeviet', 'drupal', 'sharepoint', 'newspaper', 'wordpress', 'liferay'] as const;
export const BROWSER_SITE_ID = 'sharepoint-js';

const THIS_FILE = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------- the fixture server in a child process

/** What the child is asked to serve. */
const ServeConfigSchema = z.object({
  /** Generated articles spread over `sites` (each pinned to one, in turn). */
  articles: z.number().int().nonnegative(),
  sites: z.array(z.string()).min(1),
  /** Extra generated articles pinned to the browser site (when it is in `sites`). */
  browserArticles: z.number().int().nonnegative().default(0),
  /**
   * Before saying it is ready, fetch the pages reachable from the sites, so
   * that each is rendered and cached once: 'all' of them (what a plain
   * crawler reads), or all but the article variants (ARTICLE_VARIANT_PATH:
   * what crawl() reads; with 10,000 articles the variants would overflow
   * the server's page cache).
   */
  warm: z.enum(['none', 'all', 'no-variants']).default('none'),
  seed: z.number().int(),
});
export type ServeConfig = z.input<typeof ServeConfigSchema>;

/** A site as the child describes it: what `fixtureSource` reads, and its article count. */
const ServedSiteSchema = z.object({
  id: z.string(),
  name: z.string(),
  family: z.string(),
  imitates: z.string(),
  sitesMd: z.string(),
  province: z.string(),
  origin: z.string(),
  startUrl: z.string(),
  feedUrls: z.array(z.string()),
  sitemapUrls: z.array(z.string()),
  needsBrowser: z.boolean(),
  articleCount: z.number().int(),
});
export type ServedSite = z.infer<typeof ServedSiteSchema>;

const ServerStatsSchema = z.object({
  /** Requests logged since the mark. */
  requests: z.number().int(),
  /** CPU seconds of the server process since the mark. */
  cpuSeconds: z.number(),
  /** Requests logged in all (the next mark). */
  logged: z.number().int(),
});
export type ServerStats = z.infer<typeof ServerStatsSchema>;

const ChildLineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), sites: z.array(ServedSiteSchema), setupSeconds: z.number(), warmedPages: z.number().int() }),
  z.object({ type: z.literal('stats'), stats: ServerStatsSchema }),
]);

/** Generated fixture articles: article i of the bench corpus, pinned to `sites[i % sites.length]`. */
function generatedArticles(corpus: Corpus, count: number, sites: readonly string[], offset = 0): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  for (let i = 0; i < count; i++) {
    const spec = corpus.spec(offset + i);
    articles.push({
      title: spec.title,
      body: [spec.lead, ...spec.paragraphs].join('\n'),
      // Vietnam morning; the generated dates are days.
      published: new Date(`${spec.published}T09:00:00+07:00`),
      author: spec.author,
      topic: 'party',
      source: `bench:${offset + i}`,
      site: sites[i % sites.length]!,
    });
  }
  return articles;
}

/** `href="/vi/news/x-1.html"`, `href='…'`: a link in a page. Not `data-href="…"`. */
const HREF_ATTRIBUTE = /(?<![\w-])href=["']([^"'#]+)/gu;
/** `<loc>https://…</loc>` (sitemaps), `<link>https://…</link>` (RSS). Not `<link rel="…" href="…">` (HREF_ATTRIBUTE takes it). */
const XML_URL_ELEMENT = /<(?:loc|link)>\s*([^<\s]+)\s*<\/(?:loc|link)>/gu;
/**
 * Print, save, send-by-mail and tag pages of the fixture families, which
 * crawl() never fetches (its adapters map them to their article):
 * "/vi/news/print/x-5201.html", "/print/301", "/printmail/301", "/tag/dang-vien/";
 * not "/vi/news/xay-dung-dang/" nor "/tin-tuc/5201-in-an.html".
 */
const ARTICLE_VARIANT_PATH = /\/(?:print|printmail|savefile|sendmail|tag)\//u;
/** Pages the warm-up fetches at most (a guard against a site that invents URLs). */
const WARM_MAX_PAGES = 50_000;
const WARM_CONCURRENCY = 8;

/**
 * Fetches every same-origin page reachable from the sites' start pages,
 * feeds and sitemaps (but those `skip` matches), so that the server renders
 * each once and the timed crawls (whichever runs first) find it cached.
 * Returns the pages fetched.
 */
async function warmCache(sites: readonly FixtureSite[], skip: RegExp | null): Promise<number> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (href: string, base: URL): void => {
    if (seen.size >= WARM_MAX_PAGES || !URL.canParse(href, base)) return;
    const url = new URL(href.replaceAll('&amp;', '&'), base);
    url.hash = '';
    if (url.origin !== base.origin || seen.has(url.href) || skip?.test(url.pathname)) return;
    seen.add(url.href);
    queue.push(url.href);
  };
  for (const site of sites) {
    const base = new URL(site.origin);
    for (const href of [site.startUrl, `${site.origin}/robots.txt`, ...site.feedUrls, ...site.sitemapUrls]) add(href, base);
  }
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const response = await fetch(next);
      const type = response.headers.get('content-type') ?? '';
      if (!/html|xml/u.test(type)) {
        await response.arrayBuffer();
        continue;
      }
      const text = await response.text();
      const base = new URL(response.url);
      for (const m of text.matchAll(HREF_ATTRIBUTE)) add(m[1]!, base);
      for (const m of text.matchAll(XML_URL_ELEMENT)) add(m[1]!, base);
    }
  };
  // Workers stop when the queue is empty; pages found later by a busy worker are picked up by a new round.
  while (queue.length > 0) await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker));
  return seen.size;
}

/** The child's main: start the server, print the sites, answer `stats <mark>` lines, stop when stdin closes. */
async function serveInChild(configJson: string): Promise<void> {
  const started = performance.now();
  const config = ServeConfigSchema.parse(JSON.parse(configJson));
  const { startFixtureServer } = await import('../test/fixture-sites/server.js');
  const corpus = new Corpus(loadCorpusMaterial(), { articles: config.articles + config.browserArticles, seed: config.seed });
  const httpSites = config.sites.filter((id) => id !== BROWSER_SITE_ID);
  const articles = generatedArticles(corpus, config.articles, httpSites);
  if (config.sites.includes(BROWSER_SITE_ID)) articles.push(...generatedArticles(corpus, config.browserArticles, [BROWSER_SITE_ID], config.articles));
  const server: FixtureServer = await startFixtureServer({ sites: config.sites, articles });
  const sites: ServedSite[] = server.sites.map((s) => ({
    id: s.id,
    name: s.name,
    family: s.family,
    imitates: s.imitates,
    sitesMd: s.sitesMd,
    province: s.province,
    origin: s.origin,
    startUrl: s.startUrl,
    feedUrls: s.feedUrls,
    sitemapUrls: s.sitemapUrls,
    needsBrowser: s.needsBrowser,
    articleCount: s.articles.length,
  }));
  const warmedPages = config.warm === 'none' ? 0 : await warmCache(server.sites, config.warm === 'no-variants' ? ARTICLE_VARIANT_PATH : null);
  const say = (line: z.input<typeof ChildLineSchema>): void => void process.stdout.write(`${JSON.stringify(line)}\n`);
  say({ type: 'ready', sites, setupSeconds: (performance.now() - started) / 1000, warmedPages });
  let cpuMark = process.cpuUsage();
  for await (const line of createInterface({ input: process.stdin })) {
    const match = /^stats (\d+)$/u.exec(line.trim());
    if (!match) continue;
    const from = Number(match[1]);
    const entries = server.requests.slice(from);
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    say({
      type: 'stats',
      stats: {
        requests: entries.length,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        logged: server.requests.length,
      },
    });
  }
  await server.close();
}

/** The fixture server running in a child process. */
export class FixtureServerChild {
  private mark = 0;
  private readonly waiting: Array<(stats: ServerStats) => void> = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly sites: readonly ServedSite[],
    readonly setupSeconds: number,
    readonly warmedPages: number,
    lines: AsyncIterator<string>,
  ) {
    void (async () => {
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        const parsed = ChildLineSchema.safeParse(JSON.parse(next.value));
        if (parsed.success && parsed.data.type === 'stats') this.waiting.shift()?.(parsed.data.stats);
      }
    })();
  }

  /** Starts the child and resolves once every site listens. */
  static async start(config: ServeConfig): Promise<FixtureServerChild> {
    const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE, '--serve', JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the fixture server child exited (code ${code}) before it was ready`))));
    const first = await Promise.race([lines.next(), exited]);
    const ready = first.done ? null : ChildLineSchema.parse(JSON.parse(first.value));
    if (ready?.type !== 'ready') throw new Error('the fixture server child did not say it was ready');
    return new FixtureServerChild(child, ready.sites, ready.setupSeconds, ready.warmedPages, lines);
  }

  site(id: string): ServedSite {
    const site = this.sites.find((s) => s.id === id);
    if (!site) throw new Error(`the fixture server child does not serve "${id}"`);
    return site;
  }

  /** What the server saw since the last call (or the start). */
  async stats(): Promise<ServerStats> {
    const answer = new Promise<ServerStats>((resolve) => this.waiting.push(resolve));
    this.child.stdin!.write(`stats ${this.mark}\n`);
    const stats = await answer;
    this.mark = stats.logged;
    return stats;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin!.end();
    await exited;
  }
}

/**
 * A registry source for a served site, with its listing walk unbounded: the
 * fixtures show 3 or 4 articles per page, and SharePoint and Liferay list
 * their articles only there (no sitemap of articles), so the registry's
 * usual 50 pages would not reach them all.
 */
export function benchSource(site: ServedSite): Source {
  const asFixture: FixtureSite = { ...site, articles: [], robots: '', faultPaths: {} };
  const source = fixtureSource(asFixture);
  return {
    ...source,
    discovery: {
      ...source.discovery,
      listings: source.discovery.listings.map((l) => ({ ...l, pagination: { ...l.pagination, max_pages: l.pagination.style === 'none' ? 1 : 100_000 } })),
    },
  };
}

// ---------------------------------------------------------------- measuring

/** CPU seconds of this process since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of this process's children that have exited and been waited for (Chromium after it closes): /proc/self/stat cutime + cstime. */
function reapedChildrenCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "(comm)": state is field 3 overall, cutime 16 and cstime 17 → indices 13 and 14 here.
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return Number.NaN; // not Linux: the browser's CPU is then not reported
  }
}
/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

/**
 * Peak RSS and heap sampled every 100 ms, plus heap checkpoints read after a
 * forced GC; the time and CPU the forced GCs take are kept apart so the
 * caller can take them off its clock.
 */
export class MemoryWatch {
  readonly memory: MemoryFigures;
  gcSeconds = 0;
  gcCpuSeconds = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly gc = gcFunction();

  constructor() {
    this.memory = { peakRss: 0, peakHeapUsed: 0, checkpoints: [], gcForced: this.gc !== null };
    this.timer = setInterval(() => this.sample(), MEMORY_SAMPLE_MS);
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.memory.peakRss = Math.max(this.memory.peakRss, usage.rss);
    this.memory.peakHeapUsed = Math.max(this.memory.peakHeapUsed, usage.heapUsed);
  }

  /** Heap after a forced GC, as checkpoint `after`. */
  checkpoint(after: number): void {
    this.sample();
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    this.gc?.();
    this.memory.checkpoints.push({ after, heapUsed: process.memoryUsage().heapUsed });
    this.gcCpuSeconds += cpuSince(cpu);
    this.gcSeconds += (performance.now() - t0) / 1000;
  }

  stop(): MemoryFigures {
    clearInterval(this.timer);
    this.sample();
    return this.memory;
  }
}

/** Calls `onMark(k)` the first time `count` reaches each fifth of `expected` (`Infinity` at the end: every mark not reached yet). */
export function fifths(expected: number, onMark: (after: number) => void): (count: number) => void {
  const marks = [1, 2, 3, 4, 5].map((f) => Math.max(1, Math.round((expected * f) / 5)));
  let next = 0;
  return (count) => {
    while (next < marks.length && count >= marks[next]!) {
      onMark(marks[next]!);
      next++;
    }
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export function sizesOf(values: readonly number[]): BenchResult['sizes'] {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

export interface Timed {
  seconds: number;
  cpuSeconds: number;
}

// ---------------------------------------------------------------- the crawls

/** Crawlee in memory: nothing written under ./storage, a fresh queue per run. */
async function memoryConfiguration(): Promise<{ config: Configuration; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'vntally-bench-crawlee-'));
  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    storageClientOptions: { localDataDirectory: dir, persistStorage: false, writeMetadata: false },
  });
  return { config, dir };
}

interface PlainRun extends Timed {
  pages: number;
  failed: number;
  bodySizes: number[];
  server: ServerStats;
}

/**
 * a/c: the plain CheerioCrawler. `urls` are its start pages; with
 * `follow`, it enqueues every same-origin link of each page it reads
 * (`enqueueLinks({ strategy: 'same-origin' })`: the sites share 127.0.0.1
 * and differ by port, as real sites differ by host).
 */
async function plainCheerio(urls: readonly string[], follow: boolean, server: FixtureServerChild, maxRequests?: number): Promise<PlainRun> {
  const { config, dir } = await memoryConfiguration();
  const bodySizes: number[] = [];
  const crawler = new CheerioCrawler(
    {
      maxConcurrency: CRAWL_CONCURRENCY,
      ...(maxRequests !== undefined ? { maxRequestsPerCrawl: maxRequests } : {}),
      log: quietLog(),
      statusMessageLoggingInterval: 3600,
      requestHandler: async ({ body, enqueueLinks }) => {
        bodySizes.push(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
        if (follow) await enqueueLinks({ strategy: 'same-origin' });
      },
    },
    config,
  );
  await server.stats();
  try {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const stats = await crawler.run([...urls]);
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(cpu);
    return { seconds, cpuSeconds, pages: stats.requestsFinished, failed: stats.requestsFailed, bodySizes, server: await server.stats() };
  } finally {
    await crawler.teardown().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

interface OursRun extends Timed {
  summary: CrawlSummary;
  memory: MemoryFigures;
  bodySizes: number[];
  archiveBytes: number;
  server: ServerStats;
}

/** b: our crawl, politeness off, archive on, into a fresh archive directory. */
async function ours(sources: readonly Source[], expectedArticles: number, server: FixtureServerChild): Promise<OursRun> {
  const archiveDir = await mkdtemp(join(tmpdir(), 'vntally-bench-archive-'));
  try {
    await server.stats();
    const watch = new MemoryWatch();
    let articles = 0;
    const mark = fifths(expectedArticles, (after) => watch.checkpoint(after));
    const onProgress = (event: CrawlProgress): void => {
      if (event.type === 'page' && event.label === 'ARTICLE') mark(++articles);
    };
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const summary = await crawl({ sources, archiveDir, allowPrivate: true, politeness: false, concurrency: CRAWL_CONCURRENCY, onProgress });
    mark(Number.POSITIVE_INFINITY);
    const seconds = (performance.now() - t0) / 1000 - watch.gcSeconds;
    const cpuSeconds = cpuSince(cpu) - watch.gcCpuSeconds;
    const memory = watch.stop();
    const stats = await server.stats();
    const bodySizes = await archivedBodySizes(archiveDir);
    return { seconds, cpuSeconds, summary, memory, bodySizes, archiveBytes: directoryBytes(archiveDir), server: stats };
  } finally {
    await rm(archiveDir, { recursive: true, force: true });
  }
}

/** The sizes of the archived bodies, read back from the WARC files (not timed). */
export async function archivedBodySizes(archiveDir: string): Promise<number[]> {
  const archive = await Archive.open(archiveDir, { readOnly: true });
  const sizes: number[] = [];
  try {
    for (const row of archive.rows()) sizes.push((await archive.readBody(row)).length);
  } finally {
    await archive.close();
  }
  return sizes;
}

export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

interface BrowserRun extends Timed {
  pages: number;
  /** CPU seconds of Chromium's processes (reaped children of this process), NaN where /proc is missing. */
  browserCpuSeconds: number;
  urls: string[];
  bodySizes: number[];
  server: ServerStats;
}

/**
 * The browser's cost: a plain `PlaywrightCrawler` (Debian's Chromium) from the
 * client-rendered site's start page, following same-origin links, up to
 * BROWSER_MAX_PAGES pages. A page with the script-filled list waits for its
 * links to appear. Browser start and stop are inside the clock (a run pays them).
 */
async function browserCrawl(site: ServedSite, executable: string, server: FixtureServerChild): Promise<BrowserRun> {
  const { PlaywrightCrawler } = await import('@crawlee/playwright');
  const { chromium } = await import('playwright');
  const { config, dir } = await memoryConfiguration();
  const urls: string[] = [];
  const bodySizes: number[] = [];
  const crawler = new PlaywrightCrawler(
    {
      maxConcurrency: CRAWL_CONCURRENCY,
      maxRequestsPerCrawl: BROWSER_MAX_PAGES,
      launchContext: { launcher: chromium, launchOptions: { executablePath: executable, headless: true, args: [...CHROMIUM_ARGS] } },
      browserPoolOptions: { useFingerprints: false },
      log: quietLog(),
      statusMessageLoggingInterval: 3600,
      requestHandler: async ({ page, request, enqueueLinks }) => {
        // The sharepoint-js list is built by an XHR after "load" (test/fixture-sites/sites/sharepoint-js.ts).
        if ((await page.$('#news-list')) !== null) await page.waitForSelector('#news-list a', { timeout: 15_000 }).catch(() => undefined);
        urls.push(request.url);
        bodySizes.push(Buffer.byteLength(await page.content()));
        await enqueueLinks({ strategy: 'same-origin' });
      },
    },
    config,
  );
  await server.stats();
  const childCpu = reapedChildrenCpu();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  try {
    await crawler.run([site.startUrl]);
    await crawler.teardown();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(cpu);
  // Chromium's processes are waited for shortly after it closes.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { seconds, cpuSeconds, pages: urls.length, browserCpuSeconds: reapedChildrenCpu() - childCpu, urls, bodySizes, server: await server.stats() };
}

// ---------------------------------------------------------------- the section

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export async function run(options: BenchOptions): Promise<BenchResult[]> {
  if (options.only.size > 0 && !(options.only as ReadonlySet<string>).has('crawl')) return [];
  const progress = (line: string): void => options.progress(`crawl: ${line}`);
  progress(`starting the fixture server with ${CRAWL_BENCH_ARTICLES.toLocaleString('en-US')} generated articles in a child process (not timed)…`);
  const server = await FixtureServerChild.start({ articles: CRAWL_BENCH_ARTICLES, sites: [...HTTP_SITE_IDS, BROWSER_SITE_ID], browserArticles: BROWSER_ARTICLES, seed: SEED, warm: 'all' });
  try {
    const sites = HTTP_SITE_IDS.map((id) => server.site(id));
    const startUrls = sites.map((s) => s.startUrl);
    const sources = sites.map(benchSource);
    // NukeViet also serves an internal copy of one article that robots.txt forbids: served, never crawled.
    const articles = CRAWL_BENCH_ARTICLES;

    progress('warming up (small crawls, not timed: the JIT compiles crawlee, cheerio and the crawler)…');
    await plainCheerio(startUrls, true, server, WARM_UP_PAGES);
    const warmArchive = await mkdtemp(join(tmpdir(), 'vntally-bench-archive-'));
    await crawl({ sources, archiveDir: warmArchive, allowPrivate: true, politeness: false, concurrency: CRAWL_CONCURRENCY, maxPagesPerSource: WARM_UP_PAGES / sources.length });
    await rm(warmArchive, { recursive: true, force: true });
    progress('plain CheerioCrawler, run 1…');
    const plain1 = await plainCheerio(startUrls, true, server);
    progress(`ours (crawl(), archive on), ${articles.toLocaleString('en-US')} articles…`);
    const mine = await ours(sources, articles, server);
    progress('plain CheerioCrawler, run 2…');
    const plain2 = await plainCheerio(startUrls, true, server);

    const executable = process.env.VNTALLY_CHROMIUM ?? DEFAULT_CHROMIUM;
    let browser: BrowserRun | null = null;
    let twin: PlainRun | null = null;
    if (existsSync(executable)) {
      progress(`PlaywrightCrawler on ${BROWSER_SITE_ID} (${executable})…`);
      browser = await browserCrawl(server.site(BROWSER_SITE_ID), executable, server);
      progress(`CheerioCrawler on the ${browser.urls.length} pages the browser rendered…`);
      twin = await plainCheerio(browser.urls, false, server);
    }
    return report({ plain1, plain2, mine, browser, twin, articles, executable, setupSeconds: server.setupSeconds, warmedPages: server.warmedPages });
  } finally {
    await server.close();
  }
}

interface Figures {
  plain1: PlainRun;
  plain2: PlainRun;
  mine: OursRun;
  browser: BrowserRun | null;
  twin: PlainRun | null;
  articles: number;
  executable: string;
  setupSeconds: number;
  warmedPages: number;
}

const pct = (x: number): string => `${(x * 100).toFixed(0)} %`;
const ms = (seconds: number, pages: number): string => `${((seconds * 1000) / pages).toFixed(1)} ms`;

function report(f: Figures): BenchResult[] {
  const { plain1, plain2, mine, browser, twin } = f;
  const plainRate = (plain1.server.requests / plain1.seconds + plain2.server.requests / plain2.seconds) / 2;
  const plainCpuRate = (plain1.server.requests / plain1.cpuSeconds + plain2.server.requests / plain2.cpuSeconds) / 2;
  const ourRate = mine.server.requests / mine.seconds;
  const ourCpuRate = mine.server.requests / mine.cpuSeconds;
  const flat = isFlat(mine.memory);
  const t = mine.summary.totals;

  const plainResult = (name: string, r: PlainRun, notes: string[]): BenchResult => ({
    name,
    unit: 'pages',
    items: r.server.requests,
    bytes: sum(r.bodySizes),
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    sizes: sizesOf(r.bodySizes),
    found: { label: 'pages handled', value: r.pages },
    memory: null,
    goals: [],
    notes,
  });

  const goals: Goal[] = [
    {
      label: `crawl(): pages/s vs plain CheerioCrawler (concurrency ${CRAWL_CONCURRENCY})`,
      target: `≥ ${pct(CRAWL_GOAL_RATIO)}`,
      measured: `${pct(ourRate / plainRate)} (${formatRate(ourRate)} vs ${formatRate(plainRate)})`,
      met: ourRate / plainRate >= CRAWL_GOAL_RATIO,
    },
    {
      label: 'crawl(): pages per CPU-second vs plain (same, on one core)',
      target: `≥ ${pct(CRAWL_GOAL_RATIO)}`,
      measured: `${pct(ourCpuRate / plainCpuRate)} (${formatRate(ourCpuRate)} vs ${formatRate(plainCpuRate)})`,
      met: ourCpuRate / plainCpuRate >= CRAWL_GOAL_RATIO,
    },
    {
      label: 'crawl(): heap flat as the archive grows',
      target: 'last fifth ≤ first + max(5 %, 2 MiB)',
      measured: `${flat.growth >= 0 ? '+' : ''}${(flat.growth / 1e6).toFixed(1)} MB`,
      met: flat.met,
    },
  ];

  const results: BenchResult[] = [
    plainResult('crawl: plain CheerioCrawler, run 1', plain1, []),
    {
      name: 'crawl: crawl() (archive on)',
      unit: 'pages',
      items: mine.server.requests,
      bytes: sum(mine.bodySizes),
      seconds: mine.seconds,
      cpuSeconds: mine.cpuSeconds,
      sizes: sizesOf(mine.bodySizes),
      found: { label: 'articles archived', value: t.articlesKept + t.articlesSkipped },
      memory: mine.memory,
      goals,
      notes: [
        `Crawl: ${f.articles.toLocaleString('en-US')} generated articles (bench corpus, seed ${SEED}) over the ${HTTP_SITE_IDS.length} HTTP fixture sites (${HTTP_SITE_IDS.join(', ')}), served by a child process (started in ${f.setupSeconds.toFixed(1)} s, not timed, after fetching its ${f.warmedPages.toLocaleString('en-US')} reachable pages once so that every crawl finds them rendered and cached; its CPU is not in the CPU s column). A page is one request the server logged.`,
        `crawl(): ${t.requests.toLocaleString('en-US')} requests (${t.listings.toLocaleString('en-US')} listings, ${t.feeds} feeds, ${t.sitemaps} sitemaps, ${t.articlesFetched.toLocaleString('en-US')} articles; robots.txt included), ${t.articlesKept.toLocaleString('en-US')} articles kept and ${t.articlesSkipped} skipped by the topic filter, ${t.failures} failures; archive ${(mine.archiveBytes / 1e6).toFixed(1)} MB on disk. Heap checkpoints are after each fifth of the articles (forced GC, its pause taken off the clock). crawl()'s concurrency ${CRAWL_CONCURRENCY} means ${CRAWL_CONCURRENCY} sources at once and, with politeness off, up to ${CRAWL_CONCURRENCY} requests per source (so up to ${CRAWL_CONCURRENCY * HTTP_SITE_IDS.length} here, against ${CRAWL_CONCURRENCY} for the plain crawler); the server answers from its cache in well under a millisecond, so what both sides wait for is their own CPU, and more requests in flight buy nothing.`,
        `Plain CheerioCrawler (maxConcurrency ${CRAWL_CONCURRENCY}, crawlee's autoscaling, same-origin links of every page, no archive, no robots.txt): run 1 ${formatRate(plain1.server.requests / plain1.seconds)} pages/s, run 2 ${formatRate(plain2.server.requests / plain2.seconds)} pages/s (${plain1.pages.toLocaleString('en-US')} and ${plain2.pages.toLocaleString('en-US')} pages handled, ${plain1.failed} and ${plain2.failed} failed: non-HTML, mostly the PDFs attached to Liferay articles). The ratio compares crawl() with the mean of the two runs. Server CPU: ${formatRate(plain2.server.cpuSeconds)} s during plain run 2, ${formatRate(mine.server.cpuSeconds)} s during crawl().`,
      ],
    },
    plainResult('crawl: plain CheerioCrawler, run 2', plain2, []),
  ];

  if (browser && twin) {
    const browserCpu = browser.cpuSeconds + (Number.isNaN(browser.browserCpuSeconds) ? 0 : browser.browserCpuSeconds);
    results.push(
      {
        name: 'browser: PlaywrightCrawler (Chromium)',
        unit: 'pages',
        items: browser.pages,
        bytes: sum(browser.bodySizes),
        seconds: browser.seconds,
        // Node and Chromium together: the browser's cost is mostly in its own processes.
        cpuSeconds: browserCpu,
        sizes: sizesOf(browser.bodySizes),
        found: { label: 'pages rendered', value: browser.pages },
        memory: null,
        goals: [],
        notes: [
          `Browser: a PlaywrightCrawler (maxConcurrency ${CRAWL_CONCURRENCY}, ${f.executable}) from the start page of ${BROWSER_SITE_ID} (${BROWSER_ARTICLES} articles, list built by an XHR), same-origin links, at most ${BROWSER_MAX_PAGES} pages; browser start and stop are inside its ${browser.seconds.toFixed(1)} s. Its CPU s are Node's ${browser.cpuSeconds.toFixed(2)} s plus Chromium's ${Number.isNaN(browser.browserCpuSeconds) ? '(unknown: no /proc)' : `${browser.browserCpuSeconds.toFixed(2)} s`}. Per page: ${ms(browser.seconds, browser.pages)} wall and ${ms(browserCpu, browser.pages)} CPU in the browser, against ${ms(twin.seconds, twin.pages)} wall and ${ms(twin.cpuSeconds, twin.pages)} CPU for a CheerioCrawler over the same ${twin.pages} URLs: the browser costs ${formatRate(browser.seconds / browser.pages / (twin.seconds / twin.pages))}× the wall time and ${formatRate(browserCpu / browser.pages / (twin.cpuSeconds / twin.pages))}× the CPU per page (crawl() uses it only for listings that need it).`,
        ],
      },
      plainResult('browser: CheerioCrawler, same pages', twin, []),
    );
  } else {
    results[1]!.notes.push(`Browser: not measured, no Chromium at ${f.executable} (apt-get install chromium, or set VNTALLY_CHROMIUM).`);
  }
  return results;
}

// ---------------------------------------------------------------- child entry

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--serve') {
  serveInChild(process.argv[3] ?? '{}').catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
