/**
 * The labelled request handlers, one small function per label (crawlee's
 * routes.ts). They get a `PageContext` (the same whether the page came over
 * HTTP or from the browser) and the source's `SourceRun`, and hold no state
 * of their own.
 *
 * - LISTING: queue the page's articles (with the dates shown), then, on a
 *   start listing, its feeds and category listings; then the next page,
 *   unless the walk may stop (incremental run and every article already
 *   archived or older than the newest archived one) or the page is empty.
 * - FEED: queue the feed's articles, with their dates.
 * - SITEMAP: an index queues its child sitemaps (on an incremental run, only
 *   those modified since the newest archived article); a urlset its article
 *   URLs (home and category pages in it are reached through the listings).
 * - ARTICLE: run the topic filter and archive the page, kept or skipped with the reason.
 */
import type { CheerioAPI } from 'cheerio';
import { absoluteUrl, classifyLink, isFeedDocument, isSitemapDocument } from '../adapters/index.js';
import type { DiscoveredLink } from '../adapters/types.js';
import { extractListingItems } from '../adapters/_listing-items.js';
import { canonicalizeUrl } from '../canonical-url.js';
import { classifyTopic } from '../topic-filter.js';
import { readArticleText } from './article-text.js';
import { SkipPageError } from './errors.js';
import type { BodyKind } from './page.js';
import { decodePage, parseDocument } from './page.js';
import type { AddOutcome, SourceRun } from './source-run.js';
import type { RequestData, RequestLabel } from './types.js';

/** A fetched (or rendered) page as every handler sees it. */
export interface PageContext {
  /** The URL requested. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  data: RequestData;
  status: number;
  notModified: boolean;
  kind: BodyKind;
  /** Parsed page (XML mode for feeds and sitemaps); undefined for a 304, binary or empty body. */
  $: CheerioAPI | undefined;
  /** Decoded text. */
  text: string;
  /** What goes into the archive. Undefined for a browser-rendered listing. */
  raw: { body: Buffer; headers: Record<string, string>; charset: string | undefined; fetchedAt: Date } | undefined;
  rendered: boolean;
}

export type Handler = (page: PageContext, run: SourceRun) => Promise<void>;

/** For a 304 in a full walk: the archived copy, parsed, so the walk can go on from it. */
async function archivedCopy(page: PageContext, run: SourceRun, xml: boolean): Promise<CheerioAPI | undefined> {
  const row = run.store.latest(canonicalizeUrl(page.url, run.family));
  if (!row) return undefined;
  const contentType = row.content_type === null ? undefined : `${row.content_type}${row.charset ? `; charset=${row.charset}` : ''}`;
  const decoded = decodePage(await run.store.body(row), contentType);
  return parseDocument(xml ? { ...decoded, kind: 'xml' } : decoded);
}

/** Archives a listing, feed or sitemap whose body changed. */
async function archivePage(page: PageContext, run: SourceRun, kind: 'listing' | 'feed' | 'sitemap'): Promise<void> {
  if (!page.raw || page.notModified || page.status !== 200) return;
  await run.store.append({
    url: page.finalUrl,
    canonicalUrl: canonicalizeUrl(page.url, run.family),
    sourceId: run.source.id,
    status: page.status,
    headers: page.raw.headers,
    body: page.raw.body,
    kind,
    kept: true,
    charset: page.raw.charset ?? null,
    fetchedAt: page.raw.fetchedAt,
  });
}

/** The page's DOM, or the archived copy after a 304 (full walks only); undefined when there is nothing to read. */
async function documentOf(page: PageContext, run: SourceRun, label: RequestLabel, xml: boolean): Promise<CheerioAPI | undefined> {
  if (page.notModified) {
    run.tally.counts.notModified++;
    if (run.incremental) {
      run.tally.page(label, page.url, 'not modified');
      return undefined;
    }
    return archivedCopy(page, run, xml);
  }
  return page.$;
}

/** Articles of a listing page in page order. A registry `list_item` selector overrides the adapter's markup. */
function itemsOf($: CheerioAPI, page: PageContext, run: SourceRun): DiscoveredLink[] {
  const base = new URL(page.finalUrl);
  const custom = run.source.selectors.list_item;
  if (custom) return extractListingItems($, base, { itemSelector: custom, isArticle: (url) => run.adapter.isArticleUrl(url) });
  return run.adapter.listingItems($, base);
}

/**
 * True when no article of the page is new: each is archived, queued already,
 * forbidden, or older than the newest archived one. Exported for its table test.
 */
export function pageIsStale(items: readonly DiscoveredLink[], outcomes: readonly AddOutcome[], newest: string | undefined): boolean {
  return outcomes.every((outcome, i) => {
    if (outcome !== 'new') return true;
    const published = items[i]?.published;
    return newest !== undefined && published !== undefined && published < newest;
  });
}

/**
 * A start listing (depth 0) is a hub: its feeds, its category listings (page
 * 1 of each; the other pages of this same listing come through its pager)
 * and its featured articles are queued. Featured articles do not count for
 * the walk's stop.
 */
async function discoverFromStartPage($: CheerioAPI, base: URL, run: SourceRun): Promise<void> {
  for (const feed of run.adapter.feedLinks($, base)) await run.addFeed(feed);
  const links = new Set<string>();
  $('a[href]').each((_, el) => {
    const url = absoluteUrl($(el).attr('href'), base);
    if (url && run.scope.contains(url)) links.add(url.href);
  });
  for (const href of links) {
    const url = new URL(href);
    const cls = classifyLink(run.adapter, url);
    if (cls.kind === 'article') await run.addArticle({ url: href });
    else if (cls.kind === 'feed') await run.addFeed(cls.url);
    else if (cls.kind === 'listing' && cls.page === 1 && url.pathname !== base.pathname) {
      await run.addListing(cls.url, { depth: 1, page: 1, maxPages: run.options.defaultMaxListingPages });
    }
  }
}

export const handleListing: Handler = async (page, run) => {
  run.tally.counts.listings++;
  const $ = await documentOf(page, run, 'LISTING', false);
  if (!$) return;
  await archivePage(page, run, 'listing');
  const base = new URL(page.finalUrl);
  if (!page.rendered && run.adapter.needsBrowser({ url: base, html: page.text, $ })) {
    run.tally.page('LISTING', page.url, 'needs a browser');
    await run.addListing(page.url, { depth: page.data.depth, page: page.data.page, maxPages: page.data.maxPages, browser: true });
    return;
  }
  // 1. the page's articles, in page order
  const items = itemsOf($, page, run);
  const outcomes: AddOutcome[] = [];
  for (const item of items) outcomes.push(await run.addArticle(item, true));
  const relevant = items.map((item, i) => ({ item, outcome: outcomes[i] as AddOutcome })).filter(({ outcome }) => outcome !== 'out-of-scope' && outcome !== 'dropped');
  // 2. on a start page, what else it leads to
  if (page.data.depth === 0) await discoverFromStartPage($, base, run);
  // 3. the next page, unless the walk ends here
  const empty = relevant.length === 0;
  const stale = run.incremental && pageIsStale(relevant.map((r) => r.item), relevant.map((r) => r.outcome), run.newestArchived);
  const last = page.data.page >= page.data.maxPages;
  let outcome = `${items.length} links, ${relevant.filter((r) => r.outcome === 'new').length} new`;
  if (empty || stale || last) {
    outcome += empty ? '; no articles: end of walk' : stale ? '; nothing new: walk stops' : '; page limit reached';
  } else {
    for (const next of run.adapter.nextListingPages($, base)) {
      await run.addListing(next, { depth: page.data.depth, page: page.data.page + 1, maxPages: page.data.maxPages, browser: page.data.browser });
    }
  }
  run.tally.page('LISTING', page.url, outcome);
};

export const handleFeed: Handler = async (page, run) => {
  run.tally.counts.feeds++;
  const $ = await documentOf(page, run, 'FEED', true);
  if (!$) return;
  if (!isFeedDocument($)) throw new SkipPageError(page.url, 'unsupported', { message: `${page.url}: not an RSS or Atom feed` });
  await archivePage(page, run, 'feed');
  const items = run.adapter.parseFeed($, new URL(page.finalUrl));
  let fresh = 0;
  // A feed item is an article whatever its URL looks like (a Drupal pathauto alias, say).
  for (const item of items) if ((await run.addArticle(item, true)) === 'new') fresh++;
  run.tally.page('FEED', page.url, `${items.length} items, ${fresh} new`);
};

export const handleSitemap: Handler = async (page, run) => {
  run.tally.counts.sitemaps++;
  const $ = await documentOf(page, run, 'SITEMAP', true);
  if (!$) return;
  if (!isSitemapDocument($)) throw new SkipPageError(page.url, 'unsupported', { message: `${page.url}: not a sitemap` });
  await archivePage(page, run, 'sitemap');
  const sitemap = run.adapter.parseSitemap($, new URL(page.finalUrl));
  let fresh = 0;
  for (const entry of sitemap.entries) {
    if (sitemap.kind === 'index') {
      // Read with its dates: after a complete run, a child sitemap last modified before the newest archived article holds nothing new.
      if (run.incremental && entry.published !== undefined && run.newestArchived !== undefined && entry.published < run.newestArchived) continue;
      if ((await run.addSitemap(entry.url)) === 'new') fresh++;
      continue;
    }
    // Sitemaps also list home and category pages (Liferay's lists nothing else); only article URLs are taken.
    if (classifyLink(run.adapter, new URL(entry.url)).kind === 'article' && (await run.addArticle(entry)) === 'new') fresh++;
  }
  run.tally.page('SITEMAP', page.url, `${sitemap.kind}: ${sitemap.entries.length} entries, ${fresh} new`);
};

/** Skip reasons grouped for the summary: "off-topic: sport (bóng đá)" → "off-topic: sport". */
function skipGroup(reason: string): string {
  return reason.replace(/\s*\(.*$/u, '');
}

export const handleArticle: Handler = async (page, run) => {
  if (page.notModified) {
    run.tally.counts.articlesUnchanged++;
    run.tally.page('ARTICLE', page.url, 'not modified');
    return;
  }
  run.tally.counts.articlesFetched++;
  const canonicalUrl = canonicalizeUrl(page.finalUrl, run.family);
  const base = {
    url: page.finalUrl,
    canonicalUrl,
    sourceId: run.source.id,
    status: page.status,
    headers: page.raw?.headers ?? {},
    charset: page.raw?.charset ?? null,
    fetchedAt: page.raw?.fetchedAt ?? new Date(),
    publishedHint: page.data.published ?? null,
    titleHint: page.data.title ?? null,
  };
  if (page.kind !== 'html' || !page.$) {
    // A PDF or image where an article was linked: recorded (without its bytes) so later runs do not fetch it again.
    await run.store.append({ ...base, body: new Uint8Array(0), kind: 'article', kept: false, skipReason: 'not-html' });
    run.tally.skip('not-html');
    run.tally.page('ARTICLE', page.url, 'skipped: not HTML');
    return;
  }
  const body = page.raw?.body ?? Buffer.from(page.text, 'utf8');
  const text = readArticleText(page.$, run.articleSelectors);
  const verdict = classifyTopic({ title: text.title, text: text.text });
  await run.store.append({
    ...base,
    body,
    kind: 'article',
    kept: verdict.kept,
    skipReason: verdict.kept ? null : verdict.reason,
    publishedHint: page.data.published ?? text.published ?? null,
    titleHint: page.data.title ?? text.title,
  });
  if (verdict.kept) run.tally.counts.articlesKept++;
  else run.tally.skip(skipGroup(verdict.reason));
  run.tally.page('ARTICLE', page.url, verdict.kept ? 'kept' : `skipped: ${verdict.reason}`);
};

export const ROUTES: Readonly<Record<RequestLabel, Handler>> = {
  LISTING: handleListing,
  FEED: handleFeed,
  SITEMAP: handleSitemap,
  ARTICLE: handleArticle,
};
