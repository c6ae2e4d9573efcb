/**
 * Liferay portals (SITES.md §2.2): bacgiang.gov.vn and its subsites, VNPT's
 * "eportal" products, ministry portals, tapchicongsan.org.vn.
 *
 * - Articles: Asset Publisher `/-/asset_publisher/<id>/content/<slug>`
 *   (often followed by `/<groupId>?inheritRedirect=false&redirect=…`, which
 *   canonicalisation drops), custom news portlets `/-/news/<id>/<slug>.html`,
 *   `/web/guest/chi-tiet?id=<id>`, and tapchicongsan's `/-/2018/<id>/<slug>.aspx`.
 * - Listings: friendly page URLs (`/tin-tuc-su-kien`, `/web/guest/<page>`),
 *   paged by a portlet-namespaced `_<portletId>_cur=N` inside a long query
 *   string, used as-is; VNPT portlets (`…_WAR_vnpteportalappportlet_cur=`)
 *   page the same way.
 * - Feeds: `/-/asset_publisher/<id>/rss` (Atom by default).
 * - Dropped: the document library `/documents/…` (attachments), portal
 *   actions `/c/…`, private pages `/group/…`, action URLs (`p_p_lifecycle=1`).
 */
import { LOGIN_PATH } from './_drop-rules.js';
import { pageNumber } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/**
 * Article shapes.
 * Matches "/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap/20181",
 * "/chi-tiet-tin-tuc/-/news/123/abc.html", "/web/guest/chi-tiet?id=5" (with CHI_TIET_ID),
 * "/web/guest/chinh-tri/-/2018/53031/dang-bo.aspx".
 * Does not match "/tin-tuc-su-kien", "/-/asset_publisher/Qn7x/rss".
 */
const ARTICLE_PATH = /\/-\/(?:asset_publisher\/[\w]+\/content\/[^/]+(?:\/\d+)?|news\/\d+\/[^/]+\.html|\d{4}\/\d+\/[^/]+\.aspx)$/u;
const CHI_TIET_PATH = /\/chi-tiet\/?$/u;

/** Asset Publisher feeds. Matches "/tin-tuc-su-kien/-/asset_publisher/Qn7xKpR2sLdA/rss". */
const FEED_PATH = /\/-\/asset_publisher\/\w+\/rss$/u;

/**
 * Friendly page paths: one to four slug segments, no extension.
 * Matches "/", "/tin-tuc-su-kien", "/web/guest/tin-tuc", "/en_US/web/guest/x".
 * Does not match "/documents/1/2/a.pdf", "/x/-/asset_publisher/y/content/z".
 */
const PAGE_PATH = /^(?:\/[\w-]+){0,4}\/?$/u;

/** The paging parameter of any portlet: "_101_INSTANCE_Qn7x_cur", "_dsvanbanphapquy_WAR_vnpteportalappportlet_cur". */
const CUR_PARAM = /_cur$/u;

function currentPage(url: URL): number {
  for (const [key, value] of url.searchParams) if (CUR_PARAM.test(key)) return pageNumber(value) ?? 1;
  return 1;
}

function dropReason(url: URL): DropReason | null {
  const path = url.pathname;
  if (LOGIN_PATH.test(path)) return 'login';
  if (/^\/documents\//u.test(path)) return 'attachment';
  if (/^\/image\//u.test(path)) return 'image';
  if (/^\/(?:c|group)\//u.test(path)) return 'action';
  if (url.searchParams.get('p_p_lifecycle') === '1' || url.searchParams.get('p_p_lifecycle') === '2') return 'action';
  return null;
}

export const liferay: CmsAdapter = makeAdapter({
  family: 'liferay',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname) || (CHI_TIET_PATH.test(url.pathname) && url.searchParams.has('id')),
  isListingUrl: (url) => PAGE_PATH.test(url.pathname) && !/^\/(?:documents|image|c|group)(?:\/|$)/u.test(url.pathname),
  listingPage: currentPage,
  dropReason,
  isFeedUrl: (url) => FEED_PATH.test(url.pathname),
  nextListingPages($, url) {
    const current = currentPage(url);
    let next: string | undefined;
    $('.taglib-page-iterator a, .pagination a, .lfr-pagination a').each((_, el) => {
      const href = $(el).attr('href');
      if (next || !href || href.startsWith('javascript')) return;
      const target = new URL(href, url);
      if (target.pathname === url.pathname && currentPage(target) === current + 1) next = target.href;
    });
    return next ? [next] : [];
  },
  itemSelector: '.asset-abstract, .news-item, .list-news li',
  feedAnchors: 'a.icon-rss, a[href$="/rss"]',
  articleSelectors: {
    title: ['.header-title', 'h1.title', '.asset-title', 'h1'],
    body: ['.journal-content-article', '.asset-full-content .asset-content', '.asset-content', '.portlet-body'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: ['/sitemap.xml'],
});
