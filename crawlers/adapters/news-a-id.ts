/**
 * Provincial newspapers of the `-a<id>.html` family (SITES.md §2.5):
 * baocantho.com.vn, baotayninh.vn, baodongthap.vn, baobinhduong.vn,
 * baolongan.vn, the baovinhlong.vn subdomains.
 *
 * - Articles `/<slug>-a<id>.html`; the print page `/print/<slug>-a<id>.html`
 *   maps to it.
 * - Listings: categories `/<cat>` (and `/<cat>/<sub>`), paged `?p=N`; the
 *   pager is `div#page > ul > li` with the current page in `<b>`.
 * - Items: `.article-item` (title `h3 > a`, date `.pubdate` "08/01/2026 - 18:21").
 * - Dropped: the tag search `/tim-kiem/<tag>.html`, `/comment`.
 */
import { pageNumber } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/** Matches "/ket-nap-dang-vien-a198500.html", "/print/ket-nap-a198500.html". Not "/xay-dung-dang", "/abc-198500.html". */
const ARTICLE_PATH = /^(?:\/print)?\/[\w-]+-a\d+\.html$/u;

/** Matches "/", "/xay-dung-dang", "/chinh-tri/xay-dung-dang". Not "/x-a1.html", "/a/b/c". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,2}\/?)$/u;

function dropReason(url: URL): DropReason | null {
  if (/^\/tim-kiem\//u.test(url.pathname)) return 'tag';
  return null;
}

export const newsAId: CmsAdapter = makeAdapter({
  family: 'news_a_id',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: (url) => pageNumber(url.searchParams.get('p')) ?? 1,
  dropReason,
  nextListingPages($, url) {
    const current = pageNumber(url.searchParams.get('p')) ?? 1;
    let next: string | undefined;
    $('#page a').each((_, el) => {
      const href = $(el).attr('href');
      if (next || !href) return;
      const target = new URL(href, url);
      if (target.pathname === url.pathname && (pageNumber(target.searchParams.get('p')) ?? 1) === current + 1) next = target.href;
    });
    return next ? [next] : [];
  },
  itemSelector: '.article-item, .box-home .item, .list-news li',
  articleSelectors: {
    title: ['h1.title-detail', '.title-detail', 'h1'],
    body: ['#newscontents .content-fck', '.content-fck', '#newscontents'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: ['/sitemap.xml'],
});
