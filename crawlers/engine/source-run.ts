/**
 * One source's crawl: its scope, adapter, queues and counters, and the
 * `add*` functions handlers call to put new requests on the right queue.
 * Every URL goes through the same gate before it is queued:
 *   1. the adapter's classification (drop rules, variants → their article);
 *   2. scope: only the source's own hosts;
 *   3. already known: archived (by canonical URL or CMS id) or already
 *      queued in this run → not queued again (counted as unchanged);
 *   4. robots.txt: a disallowed URL is never requested (counted);
 *   5. the page budget (`maxPagesPerSource`).
 * Listings that need a browser go to the browser queue, everything else to
 * the HTTP queue.
 */
import type { RequestQueue } from '@crawlee/core';
import { articleLink, classifyLink } from '../adapters/index.js';
import type { ArticleSelectors, CmsAdapter, DiscoveredLink } from '../adapters/types.js';
import { canonicalizeUrl } from '../canonical-url.js';
import type { PoliteFetcher } from '../politeness/polite-fetch.js';
import type { HostScope } from '../politeness/scope.js';
import type { Source } from '../registry.js';
import type { ArchiveStore } from './archive-store.js';
import { effectOf, reasonOf, SkipPageError, TransientFetchError } from './errors.js';
import type { SourceTally } from './tally.js';
import type { RequestDataInput, RequestLabel } from './types.js';

export type AddOutcome = 'new' | 'known' | 'blocked' | 'out-of-scope' | 'dropped' | 'over-budget';

export interface ResolvedOptions {
  refetch: boolean;
  politeness: boolean;
  maxPagesPerSource: number;
  /** Pages a listing walk may take when the registry does not say. */
  defaultMaxListingPages: number;
}

export interface SourceRunInit {
  source: Source;
  adapter: CmsAdapter;
  scope: HostScope;
  store: ArchiveStore;
  fetcher: PoliteFetcher;
  tally: SourceTally;
  options: ResolvedOptions;
  incremental: boolean;
  httpQueue: RequestQueue;
  browserQueue: RequestQueue;
}

export class SourceRun {
  readonly source: Source;
  readonly adapter: CmsAdapter;
  readonly scope: HostScope;
  readonly store: ArchiveStore;
  readonly fetcher: PoliteFetcher;
  readonly tally: SourceTally;
  readonly options: ResolvedOptions;
  /** The previous crawl of this source completed, so listing walks may stop at known articles. */
  readonly incremental: boolean;
  /** Newest published date among this source's archived articles, at the start of the run. */
  readonly newestArchived: string | undefined;
  readonly httpQueue: RequestQueue;
  readonly browserQueue: RequestQueue;
  readonly articleSelectors: ArticleSelectors;
  private readonly queued = new Set<string>();
  private readonly unchanged = new Set<string>();
  private budget: number;

  constructor(init: SourceRunInit) {
    this.source = init.source;
    this.adapter = init.adapter;
    this.scope = init.scope;
    this.store = init.store;
    this.fetcher = init.fetcher;
    this.tally = init.tally;
    this.options = init.options;
    this.incremental = init.incremental;
    this.httpQueue = init.httpQueue;
    this.browserQueue = init.browserQueue;
    this.budget = init.options.maxPagesPerSource;
    this.newestArchived = init.store.newestPublished(init.source.id);
    const overrides = init.source.selectors;
    this.articleSelectors = {
      title: overrides.title ? [overrides.title, ...init.adapter.articleSelectors.title] : init.adapter.articleSelectors.title,
      body: overrides.body ? [overrides.body] : init.adapter.articleSelectors.body,
    };
  }

  get family(): Source['cms'] {
    return this.adapter.family;
  }

  /** Listing pages of this source go to the browser (the registry says so). */
  get listingsNeedBrowser(): boolean {
    return this.source.needs_browser;
  }

  /** Queues an article found on a listing, in a feed or a sitemap. `trusted`: the listing's markup says it is an article whatever its URL looks like. */
  async addArticle(link: DiscoveredLink, trusted = false): Promise<AddOutcome> {
    let url: URL;
    try {
      url = new URL(link.url);
    } catch {
      return 'dropped';
    }
    const cls = classifyLink(this.adapter, url);
    if (cls.kind === 'drop') return 'dropped';
    const article = cls.kind === 'article' ? cls : trusted && cls.kind !== 'feed' ? articleLink(this.adapter, url) : undefined;
    if (!article) return 'dropped';
    const target = new URL(article.url);
    if (!this.scope.contains(target)) return 'out-of-scope';
    const uniqueKey = `article:${article.key}`;
    if (this.queued.has(uniqueKey)) return 'known';
    if (!this.options.refetch && this.store.isArchived(article.canonicalUrl, article.key, this.source.id)) {
      if (!this.unchanged.has(article.key)) {
        this.unchanged.add(article.key);
        this.tally.counts.articlesUnchanged++;
      }
      return 'known';
    }
    return this.enqueue(target, uniqueKey, {
      label: 'ARTICLE',
      sourceId: this.source.id,
      canonicalUrl: article.canonicalUrl,
      key: article.key,
      ...(link.published ? { published: link.published } : {}),
      ...(link.title ? { title: link.title.slice(0, 500) } : {}),
    });
  }

  async addListing(href: string, o: { depth: number; page: number; maxPages: number; browser?: boolean }): Promise<AddOutcome> {
    const url = new URL(href);
    const browser = o.browser === true || this.listingsNeedBrowser;
    const uniqueKey = `listing:${browser ? 'browser:' : ''}${canonicalizeUrl(url.href, this.family)}`;
    if (this.queued.has(uniqueKey)) return 'known';
    if (!this.scope.contains(url)) return 'out-of-scope';
    return this.enqueue(url, uniqueKey, { label: 'LISTING', sourceId: this.source.id, depth: o.depth, page: o.page, maxPages: o.maxPages, browser }, browser);
  }

  /** `probe`: a guessed URL (conventional path) whose absence is not a failure. */
  async addFeed(href: string, probe = false): Promise<AddOutcome> {
    const url = new URL(href);
    const uniqueKey = `feed:${canonicalizeUrl(url.href, this.family)}`;
    if (this.queued.has(uniqueKey)) return 'known';
    if (!this.scope.contains(url)) return 'out-of-scope';
    return this.enqueue(url, uniqueKey, { label: 'FEED', sourceId: this.source.id, probe });
  }

  async addSitemap(href: string, probe = false): Promise<AddOutcome> {
    const url = new URL(href);
    const uniqueKey = `sitemap:${canonicalizeUrl(url.href, this.family)}`;
    if (this.queued.has(uniqueKey)) return 'known';
    if (!this.scope.contains(url)) return 'out-of-scope';
    return this.enqueue(url, uniqueKey, { label: 'SITEMAP', sourceId: this.source.id, probe });
  }

  /** Validators of the archived copy of a listing, feed or sitemap (none with `refetch`). */
  validators(url: string): { etag?: string; lastModified?: string } {
    if (this.options.refetch) return {};
    const row = this.store.latest(canonicalizeUrl(url, this.family));
    if (!row || row.kind === 'article') return {};
    return { ...(row.etag ? { etag: row.etag } : {}), ...(row.last_modified ? { lastModified: row.last_modified } : {}) };
  }

  /** Records a page that failed for good (retries exhausted, or a skip). */
  recordFailure(label: RequestLabel, url: string, error: unknown, attempts: number): void {
    const status = error instanceof SkipPageError || error instanceof TransientFetchError ? error.status : undefined;
    this.tally.fail({
      url,
      label,
      reason: reasonOf(error),
      effect: effectOf(error),
      ...(status !== undefined ? { status } : {}),
      attempts,
      message: error instanceof Error ? error.message : String(error),
    });
    this.tally.page(label, url, `failed: ${reasonOf(error)}`);
  }

  private async enqueue(url: URL, uniqueKey: string, data: RequestDataInput, browser = false): Promise<AddOutcome> {
    this.queued.add(uniqueKey);
    const refused = await this.fetcher.refusal(url, this.scope);
    if (refused) {
      if (refused.reason === 'robots') {
        this.tally.counts.robotsBlocked++;
        this.tally.page(data.label, url.href, 'robots.txt disallows it');
        return 'blocked';
      }
      this.recordFailure(data.label, url.href, refused, 0);
      return 'blocked';
    }
    if (this.budget <= 0) return 'over-budget';
    this.budget--;
    await (browser ? this.browserQueue : this.httpQueue).addRequest({ url: url.href, uniqueKey, userData: data });
    return 'new';
  }
}
