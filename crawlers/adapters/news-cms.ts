/**
 * Newspapers on the "cms" markup (SITES.md §2.5): baohatinh.vn, baogialai.com.vn,
 * baolaocai.vn, baosonla.vn, nhandan.vn, vietnamplus.vn.
 *
 * - Articles `/<slug>-post<id>.html`, and `/<cat>/<slug>-<id>.html` / `/<slug>-<id>.html`
 *   with an id of five digits or more (baosonla, nhandan).
 * - Listings: `/<cat>/`, `/<cat>/<sub>/`, paged by `?page=N` or `/trang-N.html`;
 *   links `a.cms-link` in `.story` items.
 * - Dropped: `/tag/<x>.html`, `/tim-kiem`.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/** Matches "/ket-nap-post271234.html", "/chinh-tri/ket-nap-123456.html", "/ket-nap-823456.html". Not "/tag/abc.html", "/x-12.html". */
const ARTICLE_PATH = /-(?:post)?\d{5,}\.html$/u;

/** Matches "/", "/chinh-tri/", "/chinh-tri/xay-dung-dang", "/chinh-tri/trang-2.html". Not "/x-post1.html". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,2}(?:\/|\/trang-\d+\.html)?)$/u;

const PAGE_SEGMENT = /\/trang-(\d+)\.html$/u;

function dropReason(url: URL): DropReason | null {
  return /^\/(?:tag|tags|chu-de)\//u.test(url.pathname) ? 'tag' : null;
}

export const newsCms: CmsAdapter = makeAdapter({
  family: 'news_cms',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? pageNumber(queryParamCI(url, 'page')) ?? 1),
  dropReason,
  itemSelector: '.story, article.story, .box-stream-item',
  articleSelectors: {
    title: ['h1.article__title', 'h1.cms-title', 'h1'],
    body: ['.article__sapo', '.article__body', '.cms-body', '[itemprop="articleBody"]'],
  },
  conventionalFeeds: ['/rss/home.rss'],
  conventionalSitemaps: ['/sitemap.xml'],
});
