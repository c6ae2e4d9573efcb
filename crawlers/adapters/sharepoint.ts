/**
 * SharePoint portals (SITES.md §2.3): binhduong.gov.vn and its district
 * subsites, tinhuybinhduong.vn (whose list is built by client-side script,
 * so its listings need the browser), ministry portals.
 *
 * - Articles: `/tin-tuc/<id>-<slug>` (binhduong), `/Lists/<list>/DispForm.aspx?ID=<id>`,
 *   `/Pages/newsdetail.aspx?NewsId=…`, `/Pages/chi-tiet-tin.aspx?ItemID=…`.
 *   Paths and parameter names are case-insensitive.
 * - Listings: list views `/Lists/<list>/<view>.aspx?PageIndex=N`, category
 *   pages `/tin-tuc/<cat>`, `/Pages/<page>.aspx?page=N`.
 * - List-view dates are US-style, month first, 12-hour ("6/30/2025 10:00 AM"):
 *   an item whose text has AM/PM is read month-first.
 * - Feed: `/_layouts/15/listfeed.aspx?List={guid}`.
 * - Needs a browser when the HTML carries unrendered `{{ … }}` templates and
 *   no article link (tinhuybinhduong.vn).
 */
import { parseDateStamp } from '../../extract/parse-date.js';
import { LOGIN_PATH } from './_drop-rules.js';
import { pageNumber, queryParamCI } from './_links.js';
import { hasUnrenderedTemplates, makeAdapter } from './_make-adapter.js';
import type { CmsAdapter, DropReason } from './types.js';

/**
 * Article shapes (lower-cased path).
 * Matches "/tin-tuc/585-chu-tich-pho-chu-tich", "/lists/tintucsukien/dispform.aspx", "/pages/newsdetail.aspx", "/pages/chi-tiet-tin.aspx".
 * Does not match "/tin-tuc/tin-van-hoa-xa-hoi", "/lists/tintucsukien/tongquat.aspx".
 */
const ARTICLE_PATH = /^\/(?:[\w-]+\/)*(?:tin-tuc\/\d+-[\w-]+|lists\/[\w-]+\/dispform\.aspx|pages\/(?:[\w-]*\/)?(?:newsdetail|chi-tiet-tin|chitiet[\w-]*|tin-chi-tiet|news-detail)\.aspx)$/u;
const ARTICLE_ID_PARAMS = ['id', 'newsid', 'itemid'];

/**
 * Listing shapes (lower-cased path).
 * Matches "/", "/lists/tintucsukien/tongquat.aspx", "/tin-tuc/tin-kinh-te", "/pages/tin-tuc-su-kien.aspx", "/pages/default.aspx".
 * Does not match "/lists/x/dispform.aspx", "/_layouts/15/listfeed.aspx".
 */
const LISTING_PATH = /^\/(?:|lists\/[\w-]+\/(?!dispform|editform|newform)[\w-]+\.aspx|tin-tuc(?:\/[a-z][\w-]*)?|pages\/[\w-]+\.aspx|[\w-]+\/?)$/u;

/** The list feed. Matches "/_layouts/15/listfeed.aspx", "/_layouts/listfeed.aspx". */
const FEED_PATH = /^\/_layouts\/(?:\d+\/)?listfeed\.aspx$/u;

/** SharePoint system folders. Matches "/_layouts/15/authenticate.aspx", "/_vti_bin/x", "/publishingimages/a.png", "/siteassets/x". */
const SYSTEM_PATH = /^\/(?:_layouts|_vti_bin|_catalogs|_api|publishingimages|siteassets|documents|style library)(?:\/|$)/u;

/** "AM"/"PM" after a time: the US list-view format. Matches "6/30/2025 10:00 AM". Not "Ban Dân vận". */
const TWELVE_HOUR = /\d:\d{2}(?::\d{2})?\s*[AP]M\b/u;

function dropReason(url: URL): DropReason | null {
  const path = url.pathname.toLowerCase();
  if (FEED_PATH.test(path)) return null;
  if (LOGIN_PATH.test(path)) return 'login';
  if (SYSTEM_PATH.test(path)) return path.startsWith('/publishingimages') ? 'image' : 'admin';
  if (/\/(?:editform|newform)\.aspx$/u.test(path)) return 'admin';
  if (/osssearchresults\.aspx$|\/search(?:\/|\.aspx|$)/u.test(path)) return 'search';
  return null;
}

function isArticle(url: URL): boolean {
  const path = url.pathname.toLowerCase();
  if (!ARTICLE_PATH.test(path)) return false;
  if (path.startsWith('/tin-tuc/')) return true;
  return ARTICLE_ID_PARAMS.some((name) => queryParamCI(url, name) !== null);
}

export const sharepoint: CmsAdapter = makeAdapter({
  family: 'sharepoint',
  isArticleUrl: isArticle,
  isListingUrl: (url) => LISTING_PATH.test(url.pathname.toLowerCase()),
  listingPage: (url) => pageNumber(queryParamCI(url, 'PageIndex') ?? queryParamCI(url, 'page')) ?? 1,
  dropReason,
  isFeedUrl: (url) => FEED_PATH.test(url.pathname.toLowerCase()),
  itemSelector: 'tr.ms-itmhover, .news-item, li.news-item, .item-news',
  itemDate: (text) => parseDateStamp(text, { monthFirst: TWELVE_HOUR.test(text) }) ?? undefined,
  needsBrowser: ({ html, $ }) => hasUnrenderedTemplates(html) && $('#news-list li, .list-news li').length === 0,
  articleSelectors: {
    title: ['h1.news-title', '.news-detail h1', 'h1.page-title', 'h1'],
    body: ['.news-content', '.news-detail', '.ms-rtestate-field', '#ctl00_PlaceHolderMain_ctl00'],
  },
  conventionalFeeds: [],
  conventionalSitemaps: [],
});
