/**
 * WordPress news sites (SITES.md §2.6): labour-federation sites, blogs.
 *
 * - Articles: dated permalinks `/<yyyy>/<mm>/<slug>.html` or
 *   `/<yyyy>/<mm>/<dd>/<slug>/`, shortlinks `/?p=<id>` (301 to the
 *   permalink), and any `/<slug>/` found as a post title in an archive.
 * - Listings: `/`, `/page/N/`, `/category/<slug>/[page/N/]`, date archives.
 *   Pager `nav.pagination a.next.page-numbers`, Yoast's `<link rel="next">`.
 * - Feeds `/feed/`, `/category/<slug>/feed/`; sitemaps `/wp-sitemap.xml`
 *   (core) or `/sitemap_index.xml` (Yoast).
 * - Dropped: tag and author archives, search `?s=`, `wp-admin`, `wp-login.php`,
 *   `wp-json`, uploads (attachments), `replytocom`.
 */
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/**
 * Dated permalinks.
 * Matches "/2024/06/ket-nap-dang-vien.html", "/2024/06/02/ket-nap/", "/2024/06/ket-nap/".
 * Does not match "/2024/06/", "/category/x/".
 */
const PERMALINK = /^\/\d{4}\/\d{2}\/(?:\d{2}\/)?[\w%-]+(?:\.html?|\/)$/u;

/**
 * Archive pages.
 * Matches "/", "/page/2/", "/category/xay-dung-dang/", "/category/a/b/page/3/", "/2024/", "/2024/06/".
 * Does not match "/tag/x/", "/2024/06/x.html".
 */
const ARCHIVE_PATH = /^\/(?:category\/[\w%-]+(?:\/[\w%-]+)*\/|\d{4}\/(?:\d{2}\/)?)?(?:page\/\d+\/?)?$/u;

/** Page number of an archive. Matches "/page/3/" → 3. */
const PAGE_SEGMENT = /\/page\/(\d+)\/?$/u;

const FEED_PATH = /\/feed\/?$|\/feed\/(?:rss2?|atom)\/?$/u;

/** WordPress internals. Matches "/wp-admin/", "/wp-login.php", "/wp-json/wp/v2", "/wp-content/uploads/a.jpg", "/xmlrpc.php". */
const WP_INTERNAL = /^\/(?:wp-admin|wp-login\.php|wp-json|wp-content|wp-includes|xmlrpc\.php|wp-comments-post\.php)(?:\/|$)/u;

function dropReason(url: URL): DropReason | null {
  const path = url.pathname;
  if (/^\/tag\//u.test(path)) return 'tag';
  if (/^\/author\//u.test(path)) return 'tag';
  if (url.searchParams.has('s')) return 'search';
  if (url.searchParams.has('replytocom')) return 'comment';
  if (WP_INTERNAL.test(path)) return path.startsWith('/wp-login') ? 'login' : path.startsWith('/wp-content') ? 'attachment' : 'admin';
  return null;
}

export const wordpress: CmsAdapter = makeAdapter({
  family: 'wordpress',
  isArticleUrl: (url) => PERMALINK.test(url.pathname) || (url.pathname === '/' && /^\d+$/u.test(url.searchParams.get('p') ?? '')),
  isListingUrl: (url) => ARCHIVE_PATH.test(url.pathname) && !url.searchParams.has('p'),
  listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? 1),
  dropReason,
  isFeedUrl: (url) => FEED_PATH.test(url.pathname),
  nextListingPages($, url) {
    const next = $('a.next.page-numbers').first().attr('href') ?? $('link[rel="next"]').first().attr('href');
    return next ? [new URL(next, url).href] : [];
  },
  itemSelector: 'article',
  itemLink: '.entry-title a',
  articleSelectors: {
    title: ['h1.entry-title', 'h1'],
    body: ['.entry-content', 'article .content', 'article'],
  },
  conventionalFeeds: ['/feed/'],
  conventionalSitemaps: ['/wp-sitemap.xml', '/sitemap_index.xml'],
});
