/**
 * Liferay 6.2 provincial portal, built after bacgiang.gov.vn (SITES.md §2.2):
 * Asset Publisher listings (portlet `101_INSTANCE_<12 chars>`) paged with the
 * namespaced `_<portletId>_cur=N` inside a long query string, article links
 * `/chi-tiet-tin-tuc/-/asset_publisher/<12-char id>/content/<slug>` followed
 * by `/<groupId>?inheritRedirect=false&redirect=<urlencoded>` (the page's
 * canonical link drops that suffix), the Asset Publisher Atom feed
 * `/-/asset_publisher/<id>/rss`, document-library links
 * `/documents/<groupId>/<folderId>/<file>?t=<ms>`, and a sitemap of pages only
 * (no articles), so articles are found through listings or the feed.
 */
import { formatDmyHm, formatIsoVn } from '../render/dates.js';
import { esc } from '../render/html.js';
import { minimalPdf } from '../render/pdf.js';
import { renderAtom, renderUrlset } from '../render/xml.js';
import { EXTERNAL_LINKS, imagePath, paginate, splitLead } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, pageParam, xml } from './respond.js';

const SITE_NAME = 'Cổng Thông tin điện tử tỉnh Bắc Giang';
const GROUP_ID = 20181;
const DETAIL_INSTANCE = 'Ez1TvgbQTjWZ';
const PER_PAGE = 4;

/** One Asset Publisher per listing page; the category alias is the page's friendly URL. */
const LISTINGS: ReadonlyArray<{ path: string; title: string; instance: string; categories: readonly string[] | 'all' }> = [
  { path: '/tin-tuc-su-kien', title: 'Tin tức - Sự kiện', instance: 'Qn7xKpR2sLdA', categories: 'all' },
  { path: '/xay-dung-dang-doan-the', title: 'Xây dựng Đảng - Đoàn thể', instance: 'Hb3wTyU8iOpZ', categories: ['xay-dung-dang-doan-the'] },
  { path: '/kinh-te-xa-hoi', title: 'Kinh tế - Xã hội', instance: 'Vc5nMqW1eRtY', categories: ['kinh-te-xa-hoi'] },
];

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'xay-dung-dang-doan-the', title: 'Xây dựng Đảng - Đoàn thể', topics: ['party', 'union'], id: 1 },
  { alias: 'kinh-te-xa-hoi', title: 'Kinh tế - Xã hội', topics: ['economy', 'sports', 'weather', 'other'], id: 2 },
];

/** `/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/<slug>` with an optional `/<groupId>` suffix. */
const ARTICLE_PATH = /^\/chi-tiet-tin-tuc\/-\/asset_publisher\/([A-Za-z0-9]{12})\/content\/([a-z0-9-]+)(?:\/(\d+))?$/u;
const FEED_PATH = /^(\/[a-z-]+)\/-\/asset_publisher\/([A-Za-z0-9]{12})\/rss$/u;
const DOCUMENT_PATH = /^\/documents\/(\d+)\/(\d+)\/([a-z0-9-]+\.pdf)$/u;

const canonicalPath = (a: { slug: string }): string => `/chi-tiet-tin-tuc/-/asset_publisher/${DETAIL_INSTANCE}/content/${a.slug}`;

/** The long, namespaced query string a Liferay pager link carries. */
function pageUrl(listing: (typeof LISTINGS)[number], page: number): string {
  const ns = `_101_INSTANCE_${listing.instance}_`;
  return `${listing.path}?p_p_id=101_INSTANCE_${listing.instance}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&${ns}delta=${PER_PAGE}&${ns}keywords=&${ns}advancedSearch=false&${ns}andOperator=true&p_r_p_564233524_resetCur=false&${ns}cur=${page}`;
}

/** How the listing links an article: canonical path + `/<groupId>?inheritRedirect=false&redirect=<listing URL>`. */
function listedUrl(site: SiteState, a: SiteArticle, from: string): string {
  return `${canonicalPath(a)}/${GROUP_ID}?inheritRedirect=false&redirect=${encodeURIComponent(site.origin + from)}`;
}

function documentPath(a: SiteArticle): string {
  return `/documents/${GROUP_ID}/${1_000_000 + a.id}/${a.slug.slice(0, 30)}.pdf`;
}

function layout(site: SiteState, o: { title: string; main: string; head?: string }): string {
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}" target="_blank">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>${esc(o.title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
${o.head ?? ''}<link href="/bacgiang-theme/images/favicon.ico" rel="Shortcut Icon" />
<script type="text/javascript">var Liferay = { currentURL: '', ThemeDisplay: { getLanguageId: function () { return 'vi_VN'; }, getScopeGroupId: function () { return '${GROUP_ID}'; } }, Portlet: { onLoad: function () {} } };</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="${SITE_NAME}"><img alt="${SITE_NAME}" src="/image/layout_set_logo?img_id=21502" /></a></h1></div>
<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation"><ul class="nav nav-collapse" role="menubar"><li><a href="/" role="menuitem"><span>Trang chủ</span></a></li>${LISTINGS.map((l) => `<li><a href="${l.path}" role="menuitem"><span>${esc(l.title)}</span></a></li>`).join('')}</ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-2">
${o.main}
</div><div class="portlet-column portlet-column-last span4" id="column-3"><div class="portlet-boundary portlet-boundary_56_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h2></header><div class="portlet-content"><ul>${links}</ul></div></section></div></div></div></div>
<footer id="footer" role="contentinfo"><p class="powered-by">Cơ quan chủ quản: UBND tỉnh Bắc Giang</p></footer>
</div>
</body>
</html>`;
}

function portlet(instance: string, inner: string, title: string): string {
  return `<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_${instance}_"><span id="p_101_INSTANCE_${instance}"></span><section class="portlet" id="portlet_101_INSTANCE_${instance}"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">${esc(title)}</span></h2></header><div class="portlet-content"><div class="portlet-body">
${inner}
</div></div></section></div>`;
}

function listingPage(site: SiteState, req: SiteRequest, listing: (typeof LISTINGS)[number]): SiteResponse | undefined {
  const ns = `_101_INSTANCE_${listing.instance}_`;
  const page = pageParam(req.query.get(`${ns}cur`));
  if (page === undefined) return undefined;
  const items = listing.categories === 'all' ? site.articles : site.articles.filter((a) => listing.categories.includes(a.category));
  const { items: pageItems, pageCount } = paginate(items, page, PER_PAGE);
  if (page > pageCount) return undefined;
  const here = page === 1 ? listing.path : pageUrl(listing, page);
  const entries = pageItems
    .map((a) => {
      const href = listedUrl(site, a, here);
      return `<div class="asset-abstract default-asset-publisher"><div class="asset-image"><img src="${imagePath(a, 0, `/documents/${GROUP_ID}/0`)}" alt="${esc(a.title)}" /></div><h3 class="asset-title"><a href="${esc(href)}">${esc(a.title)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">${formatDmyHm(a.published)}</span></div><div class="asset-content"><div class="asset-summary">${esc(splitLead(a).lead.slice(0, 250))}</div><div class="asset-more"><a href="${esc(href)}">Xem tiếp »</a></div></div></div>`;
    })
    .join('\n');
  const pages: string[] = [];
  for (let n = 1; n <= pageCount; n++) pages.push(n === page ? `<li class="active"><a href="javascript:;">${n}</a></li>` : `<li><a href="${esc(pageUrl(listing, n))}">${n}</a></li>`);
  const pager =
    pageCount > 1
      ? `<div class="taglib-page-iterator" id="${ns}ocerSearchContainerPageIterator"><div class="search-results">Hiển thị ${(page - 1) * PER_PAGE + 1} - ${(page - 1) * PER_PAGE + pageItems.length} trong ${items.length} kết quả.</div><div class="pagination"><ul>${page > 1 ? `<li><a href="${esc(pageUrl(listing, page - 1))}">&larr; Trước</a></li>` : ''}${pages.join('')}${page < pageCount ? `<li><a href="${esc(pageUrl(listing, page + 1))}">Tiếp &rarr;</a></li>` : ''}</ul></div></div>`
      : '';
  const rss = `<div class="subscribe"><a class="icon-rss" href="${listing.path}/-/asset_publisher/${listing.instance}/rss">RSS</a></div>`;
  return html(layout(site, { title: `${listing.title} - ${SITE_NAME}`, main: portlet(listing.instance, `${entries}\n${pager}\n${rss}`, listing.title) }));
}

function articlePage(site: SiteState, a: SiteArticle, req: SiteRequest): SiteResponse {
  const { lead, rest } = splitLead(a);
  let pictures = 0;
  const body = rest
    .map((b) => {
      if (b.kind === 'paragraph') return `<p style="text-align: justify;">${esc(b.text)}</p>`;
      pictures++;
      return `<p style="text-align: center;"><img alt="" src="${imagePath(a, pictures, `/documents/${GROUP_ID}/0`)}" /></p><p style="text-align: center;"><em>${esc(b.caption)}</em></p>`;
    })
    .join('\n');
  const back = req.query.get('redirect') ?? '/tin-tuc-su-kien';
  const other = site.articles.filter((x) => x !== a && x.category === a.category).slice(0, 5);
  const inner = `<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="${esc(back)}" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>${esc(a.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-content" id="_101_INSTANCE_${DETAIL_INSTANCE}_${a.id}">
<div class="journal-content-article">
<p class="date-publish">Ngày đăng: ${formatDmyHm(a.published)}</p>
<div class="sapo"><p><strong>${esc(lead)}</strong></p></div>
${body}
${a.author ? `<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>` : ''}
<p><strong>Tài liệu đính kèm:</strong> <a href="${documentPath(a)}?t=${1_700_000_000_000 + a.id}">${esc(a.slug.slice(0, 30))}.pdf</a></p>
</div>
</div>
<div class="asset-links"><h4 class="asset-links-title">Tin khác</h4><ul class="asset-links-list">${other.map((x) => `<li class="asset-links-list-item"><a href="${esc(listedUrl(site, x, canonicalPath(a)))}">${esc(x.title)}</a></li>`).join('')}</ul></div>
</div>`;
  const head = `<link href="${esc(site.origin + canonicalPath(a))}" rel="canonical" />
<meta property="og:title" content="${esc(a.title)}" />
<meta property="og:url" content="${esc(site.origin + canonicalPath(a))}" />
`;
  return html(layout(site, { title: `${a.title} - ${SITE_NAME}`, main: portlet(DETAIL_INSTANCE, inner, 'Chi tiết tin tức'), head }), { lastModified: a.published });
}

function feed(site: SiteState, listing: (typeof LISTINGS)[number], path: string): SiteResponse {
  const items = (listing.categories === 'all' ? site.articles : site.articles.filter((a) => listing.categories.includes(a.category))).slice(0, 20);
  const updated = formatIsoVn(items[0]?.published ?? new Date(0));
  return xml(
    renderAtom({
      title: listing.title,
      id: site.origin + path,
      selfUrl: site.origin + path,
      link: site.origin + listing.path,
      updated,
      entries: items.map((a) => ({
        title: a.title,
        link: site.origin + canonicalPath(a),
        id: `${site.origin}/c/asset_publisher/get_asset?assetEntryId=${a.id}`,
        updated: formatIsoVn(a.published),
        published: formatIsoVn(a.published),
        ...(a.author ? { author: a.author } : {}),
        summary: splitLead(a).lead.slice(0, 250),
      })),
    }),
    'application/atom+xml; charset=UTF-8',
    items[0]?.published,
  );
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path } = req;
  if (path === '/' || path === '/web/guest/trang-chu') {
    const latest = site.articles.slice(0, 5);
    const inner = latest.map((a) => `<div class="asset-abstract"><h3 class="asset-title"><a href="${esc(listedUrl(site, a, '/'))}">${esc(a.title)}</a></h3></div>`).join('\n');
    return html(layout(site, { title: SITE_NAME, main: portlet('Tz9aBcDeFgHi', inner, 'Tin mới nhất') }));
  }
  if (path === '/sitemap.xml') {
    return xml(renderUrlset([{ loc: `${site.origin}/`, priority: '0.5' }, ...LISTINGS.map((l) => ({ loc: site.origin + l.path, changefreq: 'daily', priority: '0.5' })), { loc: `${site.origin}/chi-tiet-tin-tuc`, priority: '0.5' }]));
  }
  if (path === '/chi-tiet-tin-tuc') {
    return html(layout(site, { title: `Chi tiết tin tức - ${SITE_NAME}`, main: portlet(DETAIL_INSTANCE, '<div class="alert alert-info">Không có kết quả nào được tìm thấy.</div>', 'Chi tiết tin tức') }));
  }
  const listing = LISTINGS.find((l) => l.path === path);
  if (listing) return listingPage(site, req, listing);
  const article = ARTICLE_PATH.exec(path);
  if (article) {
    if (article[1] !== DETAIL_INSTANCE || (article[3] !== undefined && Number(article[3]) !== GROUP_ID)) return undefined;
    const found = site.bySlug(article[2] ?? '');
    return found ? articlePage(site, found, req) : undefined;
  }
  const feedMatch = FEED_PATH.exec(path);
  if (feedMatch) {
    const l = LISTINGS.find((x) => x.path === feedMatch[1] && x.instance === feedMatch[2]);
    return l ? feed(site, l, path) : undefined;
  }
  const doc = DOCUMENT_PATH.exec(path);
  if (doc) {
    const found = site.byId(Number(doc[2]) - 1_000_000);
    if (!found || documentPath(found) !== path) return undefined;
    return { status: 200, body: minimalPdf(found.title.normalize('NFD').replace(/[^\x20-\x7e]/gu, '')), contentType: 'application/pdf' };
  }
  return undefined;
}

export const liferay: SiteDefinition = {
  id: 'liferay',
  name: SITE_NAME,
  family: 'liferay',
  imitates: 'bacgiang.gov.vn (Liferay 6.2 Asset Publisher)',
  sitesMd: '§2.2',
  province: 'Bắc Giang',
  needsBrowser: false,
  idBase: 41000,
  idStep: 11,
  slugMaxLength: 200,
  categories: CATEGORIES,
  headers: { Server: 'Apache-Coyote/1.1', 'Liferay-Portal': 'Liferay Portal Community Edition 6.2 CE GA6 (Newton / Build 6205 / January 6, 2016)' },
  htmlContentType: 'text/html;charset=UTF-8',
  startPath: '/',
  feedPaths: LISTINGS.filter((l) => l.categories === 'all').map((l) => `${l.path}/-/asset_publisher/${l.instance}/rss`),
  sitemapPaths: ['/sitemap.xml'],
  robots: (origin) => `User-agent: *
Disallow: /c/
Disallow: /group/
Disallow: /web/guest/dang-nhap

Sitemap: ${origin}/sitemap.xml
`,
  articlePath: canonicalPath,
  handle,
};
