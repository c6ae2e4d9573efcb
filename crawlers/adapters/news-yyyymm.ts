/**
 * Newspapers with a `/<YYYYMM>/` segment (SITES.md §2.5): baodongnai.com.vn,
 * baokhanhhoa.vn, baothainguyen.vn, baotuyenquang.com.vn, baovinhlong.com.vn,
 * baoquangtri.vn, baodaklak.vn, old baoquangbinh.vn / baoquangninh.com.vn.
 *
 * - Articles `/<cat>/<YYYYMM>/<slug>-<id>/` (id decimal, or 7 hex on today's
 *   baodongnai `/<YYYYMM>/<slug>-<hex>/`).
 * - Listings: categories `/<cat>/`, `/<cat>/<sub>/`; pagers vary, so the
 *   generic finder (`rel=next`, "»", "Trang sau", the next number) is used.
 * - Items: `a.title1` / `a.title3` (baodongnai) or any article link with the
 *   date next to it.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter } from './types.js';

/**
 * Matches "/tintuc/201808/ket-nap-141-dang-vien-2908477/", "/chinh-tri/201612/abc-2141338/", "/202401/abc-1a2b3c4/".
 * Does not match "/chinh-tri/", "/201808/".
 */
const ARTICLE_PATH = /(?:^|\/)\d{6}\/[\w-]+-[\da-f]{5,}\/?$/u;

/** Matches "/", "/chinh-tri/", "/chinh-tri/xay-dung-dang/", "/chinh-tri/trang-2/". Not "/a/b/c/d/". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,3}\/?)$/u;

/** "/trang-3/" or "/page-3/" or "?page=3". */
const PAGE_SEGMENT = /\/(?:trang|page)-(\d+)\/?$/u;

export const newsYyyymm: CmsAdapter = makeAdapter({
  family: 'news_yyyymm',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname) && !/(?:^|\/)\d{6}\/?$/u.test(url.pathname),
  listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? pageNumber(queryParamCI(url, 'page')) ?? 1),
  itemSelector: '.story, .list-news li, .item-news, article',
  articleSelectors: {
    title: ['h1.title', '.post-title h1', 'h1'],
    body: ['.td-post-content', '#content.content-detail', '.article_content #content', '.content-detail', '#content'],
  },
  conventionalFeeds: ['/rss/'],
  conventionalSitemaps: ['/sitemap.xml'],
});
