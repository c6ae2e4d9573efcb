/**
 * Builds a `CmsAdapter` from a family's specifics, filling in the behaviour
 * every family shares: drop rules, feed and sitemap parsing, `rel=next`
 * pagination, listing items by ancestor search, no browser.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { CmsFamily } from '../registry.js';
import { genericDropReason } from './_drop-rules.js';
import { parseFeedItems } from './_feeds.js';
import type { FeedOptions } from './_feeds.js';
import { absoluteUrl, alternateFeeds, genericNextPage } from './_links.js';
import { extractListingItems } from './_listing-items.js';
import { parseSitemapXml } from './_sitemaps.js';
import type { ArticleSelectors, CmsAdapter, DropReason } from './types.js';

export interface AdapterSpec {
  family: CmsFamily;
  isArticleUrl(url: URL): boolean;
  isListingUrl(url: URL): boolean;
  /** Default: 1. */
  listingPage?(url: URL): number;
  /** Family drop rules, checked before the generic ones. */
  dropReason?(url: URL): DropReason | null;
  isFeedUrl?(url: URL): boolean;
  /** Family pager; falls back to the generic next-page finder when it returns nothing. */
  nextListingPages?($: CheerioAPI, url: URL): string[];
  /** Teaser/row markup holding one listing item each. */
  itemSelector?: string;
  /** Inside an item, the link that is its article whatever its URL looks like (Drupal teaser titles under pathauto aliases). */
  itemLink?: string;
  /** Date of one listing item (default day-first). */
  itemDate?(text: string, item: Cheerio<AnyNode>): string | undefined;
  /** Extra feed links (RSS icons) besides `<link rel="alternate">`. */
  feedAnchors?: string;
  feedOptions?: FeedOptions;
  needsBrowser?(page: { url: URL; html: string; $: CheerioAPI }): boolean;
  articleSelectors: ArticleSelectors;
  conventionalFeeds?: readonly string[];
  conventionalSitemaps?: readonly string[];
}

/**
 * Unrendered client-side templates (AngularJS-style `{{ … }}` expressions) in
 * the page text: tinhuybinhduong.vn ships `{{ getLanguage('VanBan_FontSize', …) }}`.
 * Matches "{{ getLanguage('Menu_TrangChu', 'Trang chủ', 'Home') }}", "{{item.Title}}".
 * Does not match "{ a }", "{{}}".
 */
export const UNRENDERED_TEMPLATE = /\{\{\s*[\w$.]+(?:\([^{}]*\))?\s*\}\}/u;

/** Feeds and sitemaps every family may expose. */
const FEED_PATH = /(?:^|\/)(?:rss|feed|atom)(?:\.xml|\/|$)|\.rss$/iu;

export function makeAdapter(spec: AdapterSpec): CmsAdapter {
  const dropReason = (url: URL): DropReason | null => spec.dropReason?.(url) ?? genericDropReason(url);
  const isFeedUrl = (url: URL): boolean => spec.isFeedUrl?.(url) ?? FEED_PATH.test(url.pathname);
  const listingPage = (url: URL): number => spec.listingPage?.(url) ?? 1;
  const adapter: CmsAdapter = {
    family: spec.family,
    isArticleUrl: (url) => spec.isArticleUrl(url),
    isListingUrl: (url) => !spec.isArticleUrl(url) && !isFeedUrl(url) && spec.isListingUrl(url),
    listingPage,
    dropReason,
    isFeedUrl,
    nextListingPages($, url) {
      const own = spec.nextListingPages?.($, url) ?? [];
      if (own.length > 0) return own;
      const current = listingPage(url);
      return genericNextPage($, url, current, (next) => adapter.isListingUrl(next) && listingPage(next) === current + 1);
    },
    listingItems($, url) {
      return extractListingItems($, url, {
        itemSelector: spec.itemSelector,
        itemLink: spec.itemLink,
        isArticle: (link) => spec.isArticleUrl(link) && dropReason(link) === null,
        ...(spec.itemDate ? { dateOf: spec.itemDate } : {}),
      });
    },
    feedLinks($, url) {
      const found = alternateFeeds($, url);
      if (spec.feedAnchors) {
        $(spec.feedAnchors).each((_, el) => {
          const link = absoluteUrl($(el).attr('href'), url);
          if (link) found.push(link.href);
        });
      }
      return [...new Set(found)];
    },
    parseFeed: ($, url) => parseFeedItems($, url, spec.feedOptions),
    parseSitemap: ($, url) => parseSitemapXml($, url),
    needsBrowser: (page) => spec.needsBrowser?.(page) ?? false,
    articleSelectors: spec.articleSelectors,
    conventionalFeeds: spec.conventionalFeeds ?? [],
    conventionalSitemaps: spec.conventionalSitemaps ?? ['/sitemap.xml'],
  };
  return adapter;
}

/** True when the HTML shows client-side templates that were never rendered. */
export function hasUnrenderedTemplates(html: string): boolean {
  return UNRENDERED_TEMPLATE.test(html);
}
