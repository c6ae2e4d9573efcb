/**
 * The adapter for sites of no known family (`--cms generic`, or `auto` when
 * nothing matched). URL shapes only:
 *
 * - Articles: a numeric id of four digits or more at the end of the slug
 *   (`-12345.html`, `/12345/slug`, `-a12345.html`, `.epi`, `.ldo`, `.bbg`…),
 *   or a long hyphenated slug (four words or more) ending in a page extension.
 * - Listings: shallow paths (up to three segments) with no id.
 * - Pagination: the generic finder (`rel=next`, "»", "Trang sau", next number).
 */
import { pageNumber, queryParamCI } from './_links.js';
import { makeAdapter } from './_make-adapter.js';
import type { CmsAdapter } from './types.js';

/**
 * Matches "/thoi-su/abc-592693.html", "/abc-c12345.epi", "/cong-doan/abc-586011.bld", "/tin-tuc/12345/ket-nap",
 * "/ket-nap-dang-vien-moi-trong-doanh-nghiep.html".
 * Does not match "/tin-tuc/", "/gioi-thieu.html", "/trang-2.html".
 */
const ARTICLE_PATH = /(?:-[a-z]{0,5}\d{4,}(?:\.[a-z]{2,5}|\/)?$|\/\d{4,}\/[\w-]+\/?$|\/[a-z0-9]+(?:-[a-z0-9]+){3,}\.(?:html?|aspx?|php|epi|ldo|bbg)$)/iu;

/** Matches "/", "/tin-tuc", "/tin-tuc/chinh-tri/", "/tin-tuc.html", "/trang-2.html". Not "/a/b/c/d/". */
const LISTING_PATH = /^(?:\/|(?:\/[\w-]+){1,3}(?:\.(?:html?|aspx?|php))?\/?)$/u;

const PAGE_SEGMENT = /(?:\/page[/-]|\/trang-)(\d+)(?:\.html?|\/)?$/u;

export const generic: CmsAdapter = makeAdapter({
  family: 'generic',
  isArticleUrl: (url) => ARTICLE_PATH.test(url.pathname),
  isListingUrl: (url) => LISTING_PATH.test(url.pathname),
  listingPage: (url) => Number(PAGE_SEGMENT.exec(url.pathname)?.[1] ?? pageNumber(queryParamCI(url, 'page') ?? queryParamCI(url, 'p')) ?? 1),
  articleSelectors: {
    title: ['h1', 'title'],
    body: ['article', '[itemprop="articleBody"]', '.content-detail', '.detail', '#content', 'main', 'body'],
  },
  conventionalFeeds: ['/rss', '/feed/', '/rss.xml'],
  conventionalSitemaps: ['/sitemap.xml'],
});
