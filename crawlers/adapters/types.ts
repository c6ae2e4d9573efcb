/**
 * What a CMS adapter tells the engine about one family of sites (SITES.md
 * §1–2): which URLs are articles and listings, how listings page, where the
 * article links and their dates sit, which URLs are never fetched, and
 * whether a page needs a browser. Adapters are pure: they read URLs and
 * parsed pages, never the network.
 */
import type { CheerioAPI } from 'cheerio';
import type { CmsFamily } from '../registry.js';

/** An article link found on a listing, in a feed or in a sitemap. */
export interface DiscoveredLink {
  /** Absolute URL as found (a variant such as print/ is mapped later by `classifyLink`). */
  url: string;
  /** Day shown beside the link, in a feed, or a sitemap lastmod: "YYYY-MM-DD" (Vietnam time). */
  published?: string | undefined;
  title?: string | undefined;
}

export interface ParsedSitemap {
  /** `sitemapindex` → child sitemaps; `urlset` → pages. */
  kind: 'index' | 'urlset';
  entries: DiscoveredLink[];
}

/** Why a URL is never fetched. Print/savefile/sendmail variants are not dropped: they map to their article. */
export type DropReason = 'tag' | 'search' | 'login' | 'attachment' | 'image' | 'feed' | 'admin' | 'comment' | 'action';

/** What the engine does with a link. */
export type LinkClass =
  | { kind: 'article'; url: string; canonicalUrl: string; key: string; variant: 'print' | 'savefile' | 'sendmail' | null }
  | { kind: 'listing'; url: string; page: number }
  | { kind: 'feed'; url: string }
  | { kind: 'drop'; url: string; reason: DropReason }
  | { kind: 'ignore'; url: string };

/** CSS selectors for an article page: the title and the body text the topic filter reads. */
export interface ArticleSelectors {
  title: readonly string[];
  body: readonly string[];
}

export interface CmsAdapter {
  readonly family: CmsFamily;
  /** An article page (or one of its print/savefile/sendmail variants). */
  isArticleUrl(url: URL): boolean;
  /** A listing page: home, module home, category, archive, list view (any page of it). */
  isListingUrl(url: URL): boolean;
  /** Page number of a listing URL, 1 for the first page (Drupal's zero-based ?page=1 is page 2). */
  listingPage(url: URL): number;
  /** A URL never fetched (search, login, tag pages, attachments, images, admin), or null. */
  dropReason(url: URL): DropReason | null;
  /** A feed URL (RSS/Atom) of this family. */
  isFeedUrl(url: URL): boolean;
  /** The URL(s) of the next page of this listing (usually one), from its pager. */
  nextListingPages($: CheerioAPI, url: URL): string[];
  /** The article links of a listing page with the date shown beside each, in page order. */
  listingItems($: CheerioAPI, url: URL): DiscoveredLink[];
  /** Feeds a page advertises (`<link rel="alternate">`, RSS icons). */
  feedLinks($: CheerioAPI, url: URL): string[];
  /** Items of an RSS or Atom feed (family date quirks applied). */
  parseFeed($: CheerioAPI, url: URL): DiscoveredLink[];
  /** A sitemap index or urlset. */
  parseSitemap($: CheerioAPI, url: URL): ParsedSitemap;
  /** True when this page's links only appear after client-side scripts run. */
  needsBrowser(page: { url: URL; html: string; $: CheerioAPI }): boolean;
  readonly articleSelectors: ArticleSelectors;
  /** Conventional feed and sitemap paths, tried for an ad-hoc site (`--start-url`) that the registry does not describe. */
  readonly conventionalFeeds: readonly string[];
  readonly conventionalSitemaps: readonly string[];
}
