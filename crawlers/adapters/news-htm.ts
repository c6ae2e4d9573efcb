/**
 * Newspapers whose articles end in `-<id>.htm` (SITES.md §2.5):
 * baothanhhoa.vn, baophutho.vn, baoquangngai.vn; nld.com.vn's
 * `-<timestamp>.htm` ids have the same shape.
 *
 * - Articles `/<slug>-<id>.htm` (id of five digits or more).
 * - Listings `/<cat>.htm`, `/<cat>/`, paged `/<cat>/trang-N.htm` or `?page=N`.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/** Matches "/ket-nap-245497.htm", "/cong-doan/abc-20141220211841601.htm". Not "/chinh-tri.htm", "/x-12.htm". */
const ARTICLE_PATH = /-\d{5,}\.htm$/u;

/** Matches "/", "/chinh-tri.htm", "/chinh-tri/", "/chinh-tri/trang-2.htm". Not "/x-245497.htm". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,2}(?:\.htm|\/)?)$/u;

const PAGE_SEGMENT = /\/trang-(\d+)\.htm$/u;

function dropReason(url: URL): DropReason | null {
  return /^\/(?:tag|tags|tim-kiem|chu-de)\//u.test(url.pathname) ? 'tag' : null;
}

export const newsHtm: CmsAdapter = makeAdapter({
  family: 'news_htm',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? pageNumber(queryParamCI(url, 'page')) ?? 1),
  dropReason,
  itemSelector: '.story, .box-category-item, .item-news',
  articleSelectors: {
    title: ['h1.article__title', 'h1.detail-title', 'h1'],
    body: ['.article__sapo', '.article__body', '.detail-content', '#content'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: ['/sitemap.xml'],
});
