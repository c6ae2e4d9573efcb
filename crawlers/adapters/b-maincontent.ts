/**
 * Newspapers on the `b-maincontent` markup (SITES.md §2.5): hanoimoi.vn,
 * baohaiphong.vn, baodanang.vn, baonghean.vn.
 *
 * - Articles `/<slug>-<id>.html` and `/<slug>-event<id>.html` (id of five
 *   digits or more).
 * - Listings `/<cat>`, `/<cat>/<sub>`; items `h3.b-grid__title > a`.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/** Matches "/ket-nap-712345.html", "/ket-nap-event712345.html", "/chinh-tri/ket-nap-712345.html". Not "/x-12.html". */
const ARTICLE_PATH = /-(?:event)?\d{5,}\.html$/u;

/** Matches "/", "/chinh-tri", "/chinh-tri/xay-dung-dang/". Not "/x-712345.html". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,2}\/?)$/u;

function dropReason(url: URL): DropReason | null {
  return /^\/(?:tag|tags|tim-kiem)\//u.test(url.pathname) ? 'tag' : null;
}

export const bMaincontent: CmsAdapter = makeAdapter({
  family: 'b_maincontent',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: (url) => pageNumber(queryParamCI(url, 'page') ?? queryParamCI(url, 'p')) ?? 1,
  dropReason,
  itemSelector: '.b-grid',
  itemLink: '.b-grid__title a',
  articleSelectors: {
    title: ['h1.sc-longform-header-title', '.b-maincontent h1', 'h1'],
    body: ['.sc-longform-header-sapo', '.b-maincontent .entry', '.b-maincontent'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: ['/sitemap.xml'],
});
