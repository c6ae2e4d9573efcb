/**
 * Drupal 7 and 8+ (SITES.md §2.1): bacgiang-iza.gov.vn and other board sites.
 *
 * - Articles `/node/<nid>` (or `?q=node/<nid>`); pathauto aliases are found
 *   as teaser titles (`.node-teaser h2 a`, `.views-row`), since an alias
 *   says nothing by itself. The print module's `/print/<nid>`,
 *   `/printmail/<nid>` and `/printpdf/<nid>` map to the node.
 * - Listings: front page `/` or `/node`, `/taxonomy/term/<tid>`, views pages;
 *   the pager is `?page=N`, **zero-based** (`?page=1` is the second page):
 *   D7 `ul.pager li.pager-next`, D8+ `nav.pager li.pager__item--next`.
 * - Feeds `/rss.xml`, `/taxonomy/term/<tid>/feed`; xmlsitemap `/sitemap.xml`.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { AdapterSpec } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/**
 * A node or a print-module variant of it.
 * Matches "/node/310", "/print/310", "/printmail/310", "/printpdf/310", "/en/node/12".
 * Does not match "/node", "/node/add/article", "/node/310/edit".
 */
const NODE_PATH = /^(?:\/[a-z]{2})?\/(?:node|print|printmail|printpdf)\/\d+\/?$/u;

/** Clean URLs off: "?q=node/310". */
const NODE_QUERY = /^node\/\d+$/u;

/**
 * Listing paths: front page, `/node`, taxonomy terms, and one- or two-segment views paths.
 * Matches "/", "/node", "/taxonomy/term/5", "/tin-tuc", "/tin-tuc/su-kien".
 * Does not match "/taxonomy/term/5/feed", "/node/310", "/a/b/c".
 */
const LISTING_PATH = /^(?:\/[a-z]{2})?(?:\/|\/node\/?|\/taxonomy\/term\/\d+\/?|(?:\/[\w-]+){1,2}\/?)$/u;

/** Feeds. Matches "/rss.xml", "/taxonomy/term/5/feed", "/tin-tuc/feed". */
const FEED_PATH = /(?:^|\/)rss\.xml$|\/feed\/?$/u;

/** Drupal paths that are never content. Matches "/user/login", "/search/node/x", "/filter/tips", "/node/add", "/sites/default/files/x". */
const NON_CONTENT = /^(?:\/[a-z]{2})?\/(?:user|search|filter|node\/add|admin|comment|contact|sites\/default\/files)(?:\/|$)/u;

function dropReason(url: URL): DropReason | null {
  const q = url.searchParams.get('q');
  if (q !== null && !NODE_QUERY.test(q)) return 'action';
  if (NON_CONTENT.test(url.pathname)) return /\/search/u.test(url.pathname) ? 'search' : /\/user/u.test(url.pathname) ? 'login' : 'admin';
  return null;
}

function drupalSpec(family: 'drupal7' | 'drupal8'): AdapterSpec {
  return {
    family,
    isArticleUrl: (url) => NODE_PATH.test(url.pathname) || NODE_QUERY.test(url.searchParams.get('q') ?? ''),
    isListingUrl: (url) => LISTING_PATH.test(url.pathname) && url.searchParams.get('q') === null,
    // Zero-based: no parameter is page 1, ?page=1 is page 2.
    listingPage: (url) => (pageNumber(queryParamCI(url, 'page')) ?? 0) + 1,
    dropReason,
    isFeedUrl: (url) => FEED_PATH.test(url.pathname),
    nextListingPages($, url) {
      const next = $('ul.pager li.pager-next a, nav.pager li.pager__item--next a').first().attr('href');
      return next ? [new URL(next, url).href] : [];
    },
    itemSelector: '.node-teaser, .views-row, article.node--view-mode-teaser',
    // A teaser's title is its article even under a pathauto alias, which no URL pattern can tell from a listing.
    itemLink: 'h2 a, .node-title a, .views-field-title a',
    feedAnchors: 'a.feed-icon',
    articleSelectors: {
      title: ['h1#page-title', 'h1.page-title', 'h1.title', 'h1'],
      body: ['.field-name-body', '.field--name-body', '.node .content', 'article .content'],
    },
    conventionalFeeds: ['/rss.xml'],
    conventionalSitemaps: ['/sitemap.xml'],
  };
}

export const drupal7: CmsAdapter = makeAdapter(drupalSpec('drupal7'));
export const drupal8: CmsAdapter = makeAdapter(drupalSpec('drupal8'));
