/**
 * Other ASP.NET portals (SITES.md §2.3–2.4): DNN/DotNetNuke, `Default.aspx`
 * portals, district news CMSs such as daitienlang.vn.
 *
 * - Articles: `/tin-tuc/<id>/<slug>.aspx` (vdb.gov.vn), `/<cat>/<slug>-n<id>.html`
 *   (hdnd.haiduong), `/ViewDetail/<token>/<slug>.html` (quansu.haiduong),
 *   DNN `/…/ID/<id>/<slug>`, `Default.aspx?…ContentID=` / `distid=`,
 *   `newsdetail.aspx?NewsId=`, and a hyphenated slug `.aspx` page under a section.
 * - Listings: the home page, `.aspx` list pages (`/tin-tuc.aspx?page=N`),
 *   extension-less section paths (DNN friendly URLs), paged by `page`,
 *   `PageIndex` or `p`.
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter } from './types.js';

/**
 * Article paths.
 * Matches "/tin-tuc/101/loi-may-chu-tam-thoi.aspx", "/hoat-dong/ky-hop-n514.html", "/ViewDetail/ab12/ten-bai.html",
 * "/Quan-tri/Tin-tuc-chung/ID/12/Ten-bai", "/tai-lieu/bao-cao-tong-ket.aspx".
 * Does not match "/tin-tuc.aspx", "/Default.aspx", "/vong-lap/a".
 */
const ARTICLE_PATH = /(?:\/[\w-]+\/\d+\/[\w-]+\.aspx|-n\d+\.html|\/viewdetail\/[\w-]+\/[\w-]+\.html|\/id\/\d+\/[^/]+|\/[\w-]+\/[a-z0-9]+(?:-[a-z0-9]+)+\.aspx)$/iu;

/** Query parameters naming one content item. */
const ARTICLE_PARAMS = ['contentid', 'newsid', 'distid', 'articleid', 'itemid'];

/**
 * Listing paths: home, a single `.aspx` page, or up to three extension-less segments.
 * Matches "/", "/tin-tuc.aspx", "/Default.aspx", "/Portal/Default.aspx", "/tin-tuc", "/vong-lap/a".
 * Does not match "/tin-tuc/101/x.aspx", "/a/b/c/d".
 */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+)?\/[\w-]+\.aspx|(?:\/[^/.]+){1,3}\/?)$/u;

function page(url: URL): number {
  return pageNumber(queryParamCI(url, 'page') ?? queryParamCI(url, 'PageIndex') ?? queryParamCI(url, 'p')) ?? 1;
}

export const aspnet: CmsAdapter = makeAdapter({
  family: 'aspnet',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname) || ARTICLE_PARAMS.some((name) => queryParamCI(url, name) !== null),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: page,
  itemSelector: '.news-list li, ul.list-news li, .news-item, .item',
  articleSelectors: {
    title: ['.news-detail h1', 'h1.title', '.divDetail_Title', 'h1'],
    body: ['.news-detail .content', '.ArticleContent', '.divDetail_Content', '.content-detail', '#content'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: ['/sitemap.xml'],
});
