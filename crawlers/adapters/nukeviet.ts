/**
 * NukeViet 4 and 3 (SITES.md §1): the Bình Phước portal (now dongnai.gov.vn),
 * tỉnh ủy sites, Đồng Nai departments.
 *
 * - Articles `/vi/news/<cat>/<alias>-<id>.html` (also without `/vi`, under
 *   another module name, or behind `/index.php`); NukeViet 3 also ends them
 *   with `-<id>/`. `print/`, `savefile/` and `sendmail/` variants map to the
 *   article; tag pages are dropped.
 * - Listings: module home and categories, paged `…/page-N/` (page 1 is bare),
 *   the pager `ul.pagination` with `rel="next"`.
 * - RSS `/vi/news/rss/[<cat>/]`, whose pubDate puts the month in the minutes
 *   field (`dateQuirk: 'hour-only'`); sitemaps `/sitemap.xml` → `/sitemap-vi.news.xml`.
 */
import { makeAdapter } from './_make-adapter.js';
import type { AdapterSpec } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/**
 * Article path: a directory, then `<alias>-<id>.html` (4.x) or `<alias>-<id>/` (3.x).
 * Matches "/vi/news/xay-dung-dang/ket-nap-5229.html", "/news/tin-tuc/abc-12.html", "/vi/news/Tin-tuc/Ket-nap-123/".
 * Does not match "/vi/news/page-2/", "/vi/news/xay-dung-dang/", "/vi/news/rss/".
 */
const ARTICLE_PATH = /\/[\w-]+\/[\w-]+-\d+(?:\.html|\/)$/u;

/** Never an article even when the tail matches: pagination "page-2/" and 3.x "topic-12/"-like module pages. Matches "/page-2/". */
const PAGE_SEGMENT = /\/page-(\d+)\/?$/u;

/**
 * Module pages that are not listings of articles: feeds, search, tags, users,
 * uploads. Matches "/vi/news/rss/", "/vi/seek/?q=a", "/vi/news/tag/dang-vien", "/uploads/x", "/vi/users/login/".
 */
const TAG_SEGMENT = /\/tag\/[^/]+/iu;
const NON_LISTING = /\/(?:rss|seek|search|users|uploads|assets|themes|modules|admin|data|files|statistics|contact|sitemap|feeds)(?:\/|$)|\.(?:php|xml|txt|css|js)$/iu;

/**
 * A listing path: up to four slug segments (language, module, category,
 * sub-category), optionally `page-N`, ending with "/" or not.
 * Matches "/", "/vi/", "/vi/news/", "/vi/news/xay-dung-dang/page-2/", "/vi/news/topic/abc/".
 * Does not match "/vi/news/a/b/c/d/e/", "/vi/news/x-1.html".
 */
const LISTING_PATH = /^(?:\/index\.php)?(?:\/[\w-]+){0,4}\/?$/u;

const RSS_PATH = /\/rss(?:\/[\w-]+)?\/?$/iu;

function dropReason(url: URL): DropReason | null {
  if (TAG_SEGMENT.test(url.pathname)) return 'tag';
  if (/\/(?:seek|search)\//iu.test(`${url.pathname}/`)) return 'search';
  return null;
}

function nukevietSpec(family: 'nukeviet4' | 'nukeviet3'): AdapterSpec {
  return {
    family,
    isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname) && !PAGE_SEGMENT.test(url.pathname) && !RSS_PATH.test(url.pathname),
    isListingUrl: (url) => LISTING_PATH.test(url.pathname) && !NON_LISTING.test(url.pathname) && !TAG_SEGMENT.test(url.pathname),
    listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? 1),
    dropReason,
    isFeedUrl: (url) => RSS_PATH.test(url.pathname),
    nextListingPages($, url) {
      const next = $('ul.pagination a[rel~="next"]').first().attr('href');
      return next && next !== 'javascript:void(0)' ? [new URL(next, url).href] : [];
    },
    // viewcat_page_new: `.news_column .panel-body` per item; "Các tin khác" and home blocks: `ul.related li`.
    itemSelector: '.news_column > .panel-body, ul.related > li, ul.list-items > li, .viewcat_list li, .news-item',
    feedOptions: { dateQuirk: 'hour-only' },
    articleSelectors: {
      title: ['h1.title', '.news_column h1', 'h1'],
      body: ['.hometext', '#news-bodyhtml', '.bodytext', '#bodytext'],
    },
    conventionalFeeds: ['/vi/news/rss/', '/news/rss/'],
    conventionalSitemaps: ['/sitemap.xml'],
  };
}

export const nukeviet4: CmsAdapter = makeAdapter(nukevietSpec('nukeviet4'));
export const nukeviet3: CmsAdapter = makeAdapter(nukevietSpec('nukeviet3'));
