/**
 * SharePoint provincial portal, built after binhduong.gov.vn and its Bến Cát
 * subsite (SITES.md §2.3, seed 001): the list view
 * `/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=N` (paths and parameters
 * case-insensitive; the home page links the lower-case spelling) whose dates
 * are US-style "6/30/2025 10:00 AM", category pages `/tin-tuc/<cat>`, articles
 * `/tin-tuc/<id>-<slug>` (slug cut at about 50 characters) with the lead
 * "TTĐT - ", captions printed twice, no date on the article page, and the
 * "Phản hồi / Các tin khác / Mới nhất / Xem nhiều nhất" chrome. A SharePoint
 * list feed is served at `/_layouts/15/listfeed.aspx?List={guid}`.
 */
import { formatHttpDate, formatUsDateTime } from '../render/dates.js';
import { esc, hashNumber } from '../render/html.js';
import { renderRss } from '../render/xml.js';
import { EXTERNAL_LINKS, imagePath, paginate, splitLead } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, pageParam, xml } from './respond.js';

const SITE_NAME = 'Cổng thông tin điện tử tỉnh Bình Dương';
const PER_PAGE = 4;
const LIST_VIEW = '/lists/tintucsukien/tongquat.aspx';
const LIST_GUID = '{6B5E2E5A-1B1A-4C7B-9E0E-3A4F5D6C7B8A}';
const FEED_PATH = '/_layouts/15/listfeed.aspx';

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'tin-chinh-tri', title: 'Tin chính trị', topics: ['party', 'union'], id: 1 },
  { alias: 'tin-kinh-te', title: 'Tin kinh tế', topics: ['economy'], id: 2 },
  { alias: 'tin-van-hoa-xa-hoi', title: 'Tin văn hóa - xã hội', topics: ['sports', 'weather', 'other'], id: 3 },
];

/** `/tin-tuc/585-chu-tich-pho-chu-tich-hdnd-tp-ho-chi-minh-mo`. Must not match the category page `/tin-tuc/tin-van-hoa-xa-hoi`. */
const ARTICLE_PATH = /^\/tin-tuc\/(\d+)-([a-z0-9-]+)$/u;
const CATEGORY_PATH = /^\/tin-tuc\/([a-z-]+)$/u;

/** A fixed __VIEWSTATE, as every ASP.NET page carries one. */
const VIEWSTATE = Buffer.from('fixture-viewstate:'.repeat(12)).toString('base64');

/** Query parameters are case-insensitive on SharePoint: ?PageIndex=2 and ?pageindex=2 are the same. */
function queryValue(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function layout(site: SiteState, o: { title: string; main: string; formAction: string; head?: string }): string {
  const newest = site.articles.slice(0, 5);
  const mostRead = [...site.articles].sort((a, b) => hashNumber(b.slug, 1000) - hashNumber(a.slug, 1000)).slice(0, 5);
  const li = (a: SiteArticle): string => `<li><a href="${a.path}">${esc(a.title)}</a></li>`;
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}" target="_blank">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>${esc(o.title)}</title>
<link rel="alternate" type="application/rss+xml" title="Tin tức sự kiện" href="${FEED_PATH}?List=${encodeURIComponent(LIST_GUID)}" />
${o.head ?? ''}</head>
<body>
<form method="post" action="${esc(o.formAction)}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${VIEWSTATE}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><a href="/" class="logo"><img src="/PublishingImages/logo.png" alt="${SITE_NAME}" /></a><span class="site-title">${SITE_NAME}</span></div>
<div class="top-menu"><ul><li><a href="/">Trang chủ</a></li>${CATEGORIES.map((c) => `<li><a href="/tin-tuc/${c.alias}">${esc(c.title)}</a></li>`).join('')}<li><a href="/Lists/TinTucSuKien/TongQuat.aspx">Tin tức sự kiện</a></li></ul></div>
<div id="contentRow"><div class="col-main" id="ctl00_PlaceHolderMain_ctl00">
${o.main}
</div>
<div class="col-right">
<div class="box-news"><h3 class="box-title">Mới nhất</h3><ul>${newest.map(li).join('')}</ul></div>
<div class="box-news"><h3 class="box-title">Xem nhiều nhất</h3><ul>${mostRead.map(li).join('')}</ul></div>
</div></div>
<div class="footer"><div class="weblink"><h3>Liên kết website</h3><ul>${links}</ul></div><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Dương</p></div>
</div></div>
</form>
</body>
</html>`;
}

function pager(basePath: string, page: number, pageCount: number): string {
  if (pageCount <= 1) return '';
  const href = (n: number): string => `${basePath}?PageIndex=${n}`;
  const parts = [page > 1 ? `<a class="first" href="${href(1)}">Trang đầu</a><a class="prev" href="${href(page - 1)}">&lt;</a>` : ''];
  for (let n = 1; n <= pageCount; n++) parts.push(n === page ? `<span class="current">${n}</span>` : `<a href="${href(n)}">${n}</a>`);
  if (page < pageCount) parts.push(`<a class="next" href="${href(page + 1)}">&gt;</a><a class="last" href="${href(pageCount)}">Trang cuối</a>`);
  return `<div class="ms-paging pagination">${parts.join('')}</div>`;
}

/** The SharePoint list view: a table of title + US-style date. */
function listView(site: SiteState, req: SiteRequest, items: SiteArticle[], basePath: string, title: string): SiteResponse | undefined {
  const page = pageParam(queryValue(req.query, 'PageIndex'));
  if (page === undefined) return undefined;
  const { items: pageItems, pageCount } = paginate(items, page, PER_PAGE);
  if (page > pageCount) return undefined;
  const rows = pageItems
    .map((a) => `<tr class="ms-itmhover"><td class="ms-vb-title"><a href="${a.path}" title="${esc(a.title)}">${esc(a.title)}</a></td><td class="ms-vb2"><nobr>${formatUsDateTime(a.published)}</nobr></td></tr>`)
    .join('\n');
  const main = `<h1 class="page-title">${esc(title)}</h1>
<table class="ms-listviewtable" cellpadding="1" cellspacing="0" summary="Tin tức sự kiện"><thead><tr class="ms-viewheadertr"><th class="ms-vh2">Tiêu đề</th><th class="ms-vh2">Ngày đăng</th></tr></thead><tbody>
${rows}
</tbody></table>
${pager(basePath, page, pageCount)}`;
  return html(layout(site, { title: `${title} - ${SITE_NAME}`, main, formAction: `${basePath}?PageIndex=${page}` }));
}

function homePage(site: SiteState): SiteResponse {
  const items = site.articles.slice(0, 5);
  const main = `<div class="hot-news">${items
    .map((a) => `<div class="news-item"><a href="${a.path}"><img src="${imagePath(a, 0, '/PublishingImages/TinTuc')}" alt="${esc(a.title)}" /></a><h3><a href="${a.path}">${esc(a.title)}</a></h3><p class="sapo">TTĐT - ${esc(splitLead(a).lead.slice(0, 200))}</p></div>`)
    .join('\n')}</div>
<p class="view-all"><a href="${LIST_VIEW}">Xem tất cả</a></p>`;
  return html(layout(site, { title: SITE_NAME, main, formAction: '/' }));
}

function articlePage(site: SiteState, article: SiteArticle): SiteResponse {
  const { lead, rest } = splitLead(article);
  let pictures = 0;
  const body = rest
    .map((block) => {
      if (block.kind === 'paragraph') return `<p style="text-align: justify;">${esc(block.text)}</p>`;
      pictures++;
      // The caption is printed twice, under the image and again in italics (SITES.md §4.2, seed 001).
      return `<p style="text-align: center;"><img alt="${esc(block.caption)}" src="${imagePath(article, pictures, '/PublishingImages/TinTuc')}" /></p><p class="image-caption" style="text-align: center;">${esc(block.caption)}</p><p style="text-align: center;"><em>${esc(block.caption)}</em></p>`;
    })
    .join('\n');
  const others = site.articles.filter((a) => a !== article && a.category === article.category).slice(0, 5);
  const main = `<div class="news-detail">
<h1 class="title-news">${esc(article.title)}</h1>
<div class="summary"><p><strong>TTĐT - </strong>${esc(lead)}</p></div>
<div class="content-news" id="ctl00_PlaceHolderMain_ctl00_g_3c1f0f2e_8e2c_4f5b_9d8e_6b2f1c0a7e11_divContent">
${body}
</div>
${article.author ? `<p class="author" style="text-align: right;"><strong>${esc(article.author)}</strong></p>` : ''}
<div class="feedback"><a href="#feedback">Phản hồi</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>${others.map((a) => `<li><a href="${a.path}">${esc(a.title)}</a></li>`).join('')}</ul></div>
</div>`;
  return html(layout(site, { title: `${article.title} - ${SITE_NAME}`, main, formAction: article.path }), { lastModified: article.published });
}

function feed(site: SiteState): SiteResponse {
  const newest = site.articles[0]?.published ?? new Date(0);
  return xml(
    renderRss({
      title: `${SITE_NAME}: Tin tức sự kiện`,
      link: `${site.origin}/Lists/TinTucSuKien/TongQuat.aspx`,
      selfUrl: `${site.origin}${FEED_PATH}?List=${encodeURIComponent(LIST_GUID)}`,
      description: 'Nguồn cấp RSS cho danh sách Tin tức sự kiện.',
      language: 'vi-VN',
      lastBuildDate: formatHttpDate(newest),
      generator: 'Microsoft SharePoint Foundation RSS Generator',
      items: site.articles.slice(0, 25).map((a) => ({
        title: a.title,
        link: site.origin + a.path,
        guid: `${site.origin}/Lists/TinTucSuKien/DispForm.aspx?ID=${a.id}`,
        guidIsPermaLink: true,
        pubDate: formatHttpDate(a.published),
        description: `<div><b>Tóm tắt:</b> TTĐT - ${esc(splitLead(a).lead.slice(0, 200))}</div>`,
        creator: 'Ban biên tập',
      })),
    }),
    'text/xml; charset=utf-8',
    newest,
  );
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const lower = req.path.toLowerCase();
  if (lower === '/' || lower === '/pages/default.aspx') return homePage(site);
  if (lower === LIST_VIEW) return listView(site, req, site.articles, '/Lists/TinTucSuKien/TongQuat.aspx', 'Tin tức sự kiện');
  if (lower === FEED_PATH && queryValue(req.query, 'List')?.toUpperCase() === LIST_GUID) return feed(site);
  const article = ARTICLE_PATH.exec(lower);
  if (article) {
    const found = site.byId(Number(article[1]));
    return found && found.path === `/tin-tuc/${article[1]}-${article[2]}` ? articlePage(site, found) : undefined;
  }
  const category = CATEGORY_PATH.exec(lower);
  if (category) {
    const cat = site.category(category[1] ?? '');
    return cat ? listView(site, req, site.inCategory(cat.alias), `/tin-tuc/${cat.alias}`, cat.title) : undefined;
  }
  return undefined;
}

export const sharepoint: SiteDefinition = {
  id: 'sharepoint',
  name: SITE_NAME,
  family: 'sharepoint',
  imitates: 'binhduong.gov.vn / bencat.binhduong.gov.vn (SharePoint)',
  sitesMd: '§2.3',
  province: 'Bình Dương',
  needsBrowser: false,
  idBase: 560,
  idStep: 1,
  slugMaxLength: 50,
  categories: CATEGORIES,
  headers: {
    Server: 'Microsoft-IIS/10.0',
    'X-AspNet-Version': '4.0.30319',
    'X-Powered-By': 'ASP.NET',
    MicrosoftSharePointTeamServices: '16.0.0.5095',
  },
  htmlContentType: 'text/html; charset=utf-8',
  startPath: '/',
  feedPaths: [`${FEED_PATH}?List=${encodeURIComponent(LIST_GUID)}`],
  sitemapPaths: [],
  robots: () => `User-agent: *
Disallow: /_vti_bin/
Disallow: /_catalogs/
Disallow: /_layouts/15/Authenticate.aspx
`,
  articlePath: (a) => `/tin-tuc/${a.id}-${a.slug}`,
  handle,
};
