/**
 * Provincial newspaper of the `-a<id>.html` family, built after
 * baocantho.com.vn (SITES.md §2.5): articles `/<slug>-a<id>.html` with
 * `div.titlecate`, `span.pubdate` "08/01/2026 - 18:21", `div#newscontents
 * div.content-fck`, the "(CTO) - " lead, a right-aligned byline, "Từ khóa"
 * tags; category pages `/<cat>?p=N` whose pager is `div#page > ul > li` with
 * the current page in `<b>`; print pages `/print/<slug>-a<id>.html`; a
 * sitemap index of monthly sitemaps. Its Content-Type has no charset: the
 * charset is only in `<meta>`. robots.txt forbids the tag search `/tim-kiem/`.
 */
import { formatDmyDashHm, formatIsoVn, vnYearMonth } from '../render/dates.js';
import { esc } from '../render/html.js';
import { slugify } from '../render/slug.js';
import { renderSitemapIndex, renderUrlset } from '../render/xml.js';
import { EXTERNAL_LINKS, TOPIC_TAGS, imagePath, paginate, splitLead } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, pageParam, xml } from './respond.js';

const SITE_NAME = 'Báo Cần Thơ';
const PER_PAGE = 3;

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'xay-dung-dang', title: 'Xây dựng Đảng', topics: ['party'], id: 11 },
  { alias: 'lao-dong-cong-doan', title: 'Lao động - Công đoàn', topics: ['union'], id: 12 },
  { alias: 'kinh-te', title: 'Kinh tế', topics: ['economy'], id: 13 },
  { alias: 'the-thao', title: 'Thể thao', topics: ['sports'], id: 14 },
  { alias: 'xa-hoi', title: 'Xã hội', topics: ['weather', 'other'], id: 15 },
];

/** `/<slug>-a<id>.html` and `/print/<slug>-a<id>.html`. */
const ARTICLE_PATH = /^\/(print\/)?([a-z0-9-]+)-a(\d+)\.html$/u;
const CATEGORY_PATH = /^\/([a-z-]+)$/u;
const TAG_PATH = /^\/tim-kiem\/([a-z0-9-]+)\.html$/u;
const MONTH_SITEMAP = /^\/sitemap\/(\d{4})-(\d{2})\.xml$/u;

const byline = (a: SiteArticle): string => `Tin, ảnh: ${a.author ?? 'P.Y'}`;

function layout(site: SiteState, o: { title: string; main: string; head?: string }): string {
  const focus = site.articles.slice(0, 4);
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}" target="_blank">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
${o.head ?? ''}</head>
<body>
<div id="header"><a href="/" class="logo"><img src="/images/logo-bct.png" alt="${SITE_NAME}"></a><div class="today">Thứ ba, ngày 20/01/2026</div></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>${CATEGORIES.map((c) => `<li><a href="/${c.alias}">${esc(c.title)}</a></li>`).join('')}</ul></div>
<div id="main" class="container"><div class="col-left">
${o.main}
</div>
<div class="col-right"><div class="box-focus"><h3 class="title-box">Tiêu điểm</h3><ul>${focus.map((a) => `<li><a href="${a.path}">${esc(a.title)}</a></li>`).join('')}</ul></div></div>
</div>
<div id="footer"><ul class="weblink">${links}</ul><p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ</p></div>
</body>
</html>`;
}

function articleItem(a: SiteArticle): string {
  return `<div class="article-item"><a href="${a.path}" class="thumb"><img src="${imagePath(a, 0, '/dataimages')}" alt="${esc(a.title)}"></a><h3><a href="${a.path}">${esc(a.title)}</a></h3><div class="pubdate">${formatDmyDashHm(a.published)}</div><p class="sapo">${esc(splitLead(a).lead.slice(0, 220))}</p></div>`;
}

function contentHtml(article: SiteArticle): string {
  const { lead, rest } = splitLead(article);
  let pictures = 0;
  const body = rest.map((block) => {
    if (block.kind === 'paragraph') return `<p style="text-align: justify;">${esc(block.text)}</p>`;
    pictures++;
    return `<table class="image center"><tbody><tr><td><img src="${imagePath(article, pictures, '/dataimages')}" alt="${esc(block.caption)}"></td></tr><tr><td class="image_desc">${esc(block.caption)}</td></tr></tbody></table>`;
  });
  return `<p style="text-align: justify;"><strong>(CTO)</strong> - ${esc(lead)}</p>\n${body.join('\n')}\n<p style="text-align: right;"><strong>${esc(byline(article))}</strong></p>`;
}

function articlePage(site: SiteState, article: SiteArticle): SiteResponse {
  const category = site.categoryOf(article);
  const url = site.origin + article.path;
  const related = site.articles.filter((a) => a !== article && a.category === article.category).slice(0, 4);
  const main = `<div class="titlecate"><h1><a href="/${category.alias}">${esc(category.title)}</a></h1></div>
<div class="sharemxh"><span class="pubdate">${formatDmyDashHm(article.published)}</span><a class="print" href="/print/${article.slug}-a${article.id}.html" target="_blank" title="In bài viết"><img src="/images/print.png" alt="In"></a><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}" target="_blank">facebook</a><div class="zalo-share-button" data-href="${esc(url)}"></div></div>
<h1 class="title-detail">${esc(article.title)}</h1>
<div id="newscontents"><div class="content-fck">
${contentHtml(article)}
</div></div>
<div class="block_tag"><span>Từ khóa</span> ${TOPIC_TAGS[article.topic].map((t) => `<a class="tag_item" href="/tim-kiem/${slugify(t)}.html">${esc(t)}</a>`).join(' ')}</div>
<div class="chiasebaiviet">Chia sẻ bài viết</div>
<div id="comment"><h3>BÌNH LUẬN</h3><form method="post" action="/comment"><textarea name="content"></textarea><input name="name" placeholder="Họ tên"><button type="submit">Gửi ý kiến</button></form></div>
<div class="detail-related"><h3 class="title-box">Tin cùng chuyên mục</h3>${related.map(articleItem).join('\n')}</div>`;
  const head = `<link rel="canonical" href="${esc(url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:url" content="${esc(url)}">
<meta property="article:published_time" content="${formatIsoVn(article.published)}">
`;
  return html(layout(site, { title: `${article.title} - ${SITE_NAME}`, main, head }), { lastModified: article.published });
}

function printPage(site: SiteState, article: SiteArticle): SiteResponse {
  return html(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(article.title)}</title><meta name="robots" content="noindex"><link rel="canonical" href="${esc(site.origin + article.path)}"></head>
<body onload="window.print()"><div class="print-page"><img src="/images/logo-bct.png" alt="${SITE_NAME}"><h1>${esc(article.title)}</h1><div class="pubdate">${formatDmyDashHm(article.published)}</div><div class="content-fck">${contentHtml(article)}</div></div></body></html>`);
}

/** `div#page > ul > li`: the current page in `<b>`, the others link to `/<cat>?p=N`. */
function pager(basePath: string, page: number, pageCount: number): string {
  if (pageCount <= 1) return '';
  const items = Array.from({ length: pageCount }, (_, i) => i + 1).map((n) =>
    n === page ? `<li><b>${n}</b></li>` : `<li><a href="${basePath}${n === 1 ? '' : `?p=${n}`}">${n}</a></li>`,
  );
  if (page < pageCount) items.push(`<li><a href="${basePath}?p=${page + 1}">»</a></li>`);
  return `<div id="page"><ul>${items.join('')}</ul></div>`;
}

function listing(site: SiteState, req: SiteRequest, items: SiteArticle[], basePath: string, title: string): SiteResponse | undefined {
  const page = pageParam(req.query.get('p'));
  if (page === undefined) return undefined;
  const { items: pageItems, pageCount } = paginate(items, page, PER_PAGE);
  if (page > pageCount) return undefined;
  const main = `<div class="titlecate"><h1><a href="${basePath}">${esc(title)}</a></h1></div>\n${pageItems.map(articleItem).join('\n')}\n${pager(basePath, page, pageCount)}`;
  return html(layout(site, { title: `${title} - ${SITE_NAME}`, main }));
}

function months(site: SiteState): string[] {
  return [...new Set(site.articles.map((a) => { const ym = vnYearMonth(a.published); return `${ym.year}-${ym.month}`; }))];
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path } = req;
  if (path === '/') {
    const main = `<div class="box-home">${site.articles.slice(0, 6).map(articleItem).join('\n')}</div>`;
    return html(layout(site, { title: `${SITE_NAME} - Tin tức Cần Thơ`, main }));
  }
  if (path === '/sitemap.xml') {
    return xml(renderSitemapIndex(months(site).map((m) => ({ loc: `${site.origin}/sitemap/${m}.xml` }))));
  }
  const month = MONTH_SITEMAP.exec(path);
  if (month) {
    const items = site.articles.filter((a) => { const ym = vnYearMonth(a.published); return ym.year === month[1] && ym.month === month[2]; });
    if (items.length === 0) return undefined;
    return xml(renderUrlset(items.map((a) => ({ loc: site.origin + a.path, lastmod: formatIsoVn(a.published) }))));
  }
  const article = ARTICLE_PATH.exec(path);
  if (article) {
    const found = site.byId(Number(article[3]));
    if (!found || found.slug !== article[2]) return undefined;
    return article[1] ? printPage(site, found) : articlePage(site, found);
  }
  const tag = TAG_PATH.exec(path);
  if (tag) {
    const word = Object.values(TOPIC_TAGS).flat().find((t) => slugify(t) === tag[1]);
    if (!word) return undefined;
    const items = site.articles.filter((a) => TOPIC_TAGS[a.topic].includes(word));
    return html(layout(site, { title: `Tìm kiếm: ${word} - ${SITE_NAME}`, main: `<h1>Kết quả tìm kiếm: ${esc(word)}</h1>${items.map(articleItem).join('\n')}` }));
  }
  const category = CATEGORY_PATH.exec(path);
  if (category) {
    const cat = site.category(category[1] ?? '');
    return cat ? listing(site, req, site.inCategory(cat.alias), `/${cat.alias}`, cat.title) : undefined;
  }
  return undefined;
}

export const newspaper: SiteDefinition = {
  id: 'newspaper',
  name: SITE_NAME,
  family: 'newspaper-a-id',
  imitates: 'baocantho.com.vn (the `-a<id>.html` newspaper family)',
  sitesMd: '§2.5',
  province: 'Cần Thơ',
  needsBrowser: false,
  idBase: 198500,
  idStep: 7,
  slugMaxLength: 200,
  categories: CATEGORIES,
  headers: { Server: 'nginx' },
  htmlContentType: 'text/html',
  startPath: '/',
  feedPaths: [],
  sitemapPaths: ['/sitemap.xml'],
  robots: (origin) => `User-agent: *
Disallow: /tim-kiem/
Disallow: /comment

Sitemap: ${origin}/sitemap.xml
`,
  articlePath: (a) => `/${a.slug}-a${a.id}.html`,
  handle,
};
