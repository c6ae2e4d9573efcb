/**
 * Drupal 7 board site, built after the Bắc Giang industrial-zones board
 * bacgiang-iza.gov.vn (SITES.md §2.1, seed 003): `/node/<nid>`, the print
 * module's `/print/<nid>` ("Bản in") and `/printmail/<nid>` ("Send by email"),
 * front page and taxonomy listings with the zero-based `?page=N` `ul.pager`,
 * `/rss.xml` and `/taxonomy/term/<tid>/feed`, an xmlsitemap `/sitemap.xml`,
 * the "Tổng lượt xem tin" counter, and no visible date on nodes (only
 * `article:published_time`). Its robots.txt is Drupal's default, with
 * `Crawl-delay: 1` (Drupal ships 10; 1 keeps the tests short).
 */
import { formatHttpDate, formatIsoVn } from '../render/dates.js';
import { esc } from '../render/html.js';
import { renderRss, renderUrlset } from '../render/xml.js';
import { EXTERNAL_LINKS, imagePath, paginate } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, pageParam, xml } from './respond.js';

const SITE_NAME = 'Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang';
/** Drupal's default is 10 teasers per page. */
const PER_PAGE = 3;

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'xay-dung-dang-doan-the', title: 'Xây dựng Đảng - Đoàn thể', topics: ['party', 'union'], id: 5 },
  { alias: 'tin-tong-hop', title: 'Tin tổng hợp', topics: ['economy', 'sports', 'weather', 'other'], id: 7 },
];

const NODE_PATH = /^\/(node|print|printmail)\/(\d+)$/u;
const TERM_PATH = /^\/taxonomy\/term\/(\d+)(\/feed)?$/u;

function pager(basePath: string, page: number, pageCount: number): string {
  if (pageCount <= 1) return '';
  // Zero-based: the first page has no parameter, the second is ?page=1.
  const href = (zero: number): string => (zero === 0 ? basePath : `${basePath}?page=${zero}`);
  const items: string[] = [];
  if (page > 0) {
    items.push(`<li class="pager-first first"><a title="Đến trang đầu" href="${href(0)}">« first</a></li>`);
    items.push(`<li class="pager-previous"><a title="Đến trang trước" href="${href(page - 1)}">‹ previous</a></li>`);
  }
  for (let n = 0; n < pageCount; n++) {
    items.push(n === page ? `<li class="pager-current">${n + 1}</li>` : `<li class="pager-item"><a title="Đến trang ${n + 1}" href="${href(n)}">${n + 1}</a></li>`);
  }
  if (page < pageCount - 1) {
    items.push(`<li class="pager-next"><a title="Đến trang sau" href="${href(page + 1)}">next ›</a></li>`);
    items.push(`<li class="pager-last last"><a title="Đến trang cuối" href="${href(pageCount - 1)}">last »</a></li>`);
  }
  return `<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">${items.join('')}</ul></div>`;
}

function layout(site: SiteState, o: { title: string; main: string; head?: string; bodyClass: string }): string {
  const featured = site.articles.filter((a) => a.onTopic).slice(0, 2);
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}">${esc(l.name)}</a></li>`).join('');
  const seed = site.articles.length;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="${SITE_NAME} RSS" href="/rss.xml" />
${o.head ?? ''}<title>${esc(o.title)}</title>
</head>
<body class="html ${o.bodyClass}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>${SITE_NAME}</span></a></strong></div></div>
<div class="region region-header"><div id="block-locale-language" class="block block-locale"><div class="content"><ul class="language-switcher-locale-url"><li class="vi first active"><a href="/" class="language-link active" xml:lang="vi">Tiếng Việt</a></li><li class="en last"><span class="language-link locale-untranslated" xml:lang="en">English</span></li></ul></div></div></div></div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/">Trang chủ</a></li>${CATEGORIES.map((c) => `<li><a href="/taxonomy/term/${c.id}">${esc(c.title)}</a></li>`).join('')}</ul></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
${o.main}
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div id="block-views-tin-noi-bat-block" class="block block-views"><h2>Tin nổi bật</h2><div class="content"><div class="view view-tin-noi-bat"><div class="view-content"><div class="item-list"><ul>${featured.map((a) => `<li><a href="/node/${a.id}">${esc(a.title)} (Tiếng Việt)</a></li>`).join('')}</ul></div></div></div></div></div>
<div id="block-block-5" class="block block-block"><h2>Ảnh bản vẽ</h2><div class="content"><p><a href="/sites/default/files/ban-ve-quy-hoach.jpg">Mẫu báo cáo của DN</a></p></div></div>
<div id="block-statistics-popular" class="block"><h2>Thống kê truy cập</h2><div class="content"><ul><li>Tổng lượt xem tin:${22457408 + seed}</li><li>Trong ngày:3345</li><li>Trong tuần:25474</li><li>Trong tháng:916200</li><li>Trong năm:3602385</li></ul></div></div>
</div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div class="block"><h2>Liên kết website</h2><div class="content"><ul>${links}</ul></div></div><p>&copy; ${SITE_NAME}</p></div></div></div>
</div></div>
</body>
</html>`;
}

function bodyHtml(article: SiteArticle): string {
  let pictures = 0;
  return article.blocks
    .map((block) => {
      if (block.kind === 'paragraph') return `<p style="text-align:justify">${esc(block.text)}</p>`;
      pictures++;
      return `<p style="text-align:center"><img alt="" src="${imagePath(article, pictures, '/sites/default/files/images')}" style="width: 600px; height: 400px;" /></p>\n<p style="text-align:center"><em>${esc(block.caption)}</em></p>`;
    })
    .join('\n');
}

function teaser(article: SiteArticle): string {
  const lead = article.blocks.find((b) => b.kind === 'paragraph');
  return `<div id="node-${article.id}" class="node node-article node-teaser clearfix" about="/node/${article.id}" typeof="sioc:Item foaf:Document">
<h2><a href="/node/${article.id}">${esc(article.title)}</a></h2>
<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>${esc(lead?.kind === 'paragraph' ? lead.text.slice(0, 300) : '')}…</p></div></div></div></div>
<ul class="links inline"><li class="node-readmore first last"><a href="/node/${article.id}" rel="tag" title="${esc(article.title)}">Đọc thêm<span class="element-invisible"> về ${esc(article.title)}</span></a></li></ul>
</div>`;
}

function listing(site: SiteState, req: SiteRequest, items: SiteArticle[], basePath: string, title: string, bodyClass: string): SiteResponse | undefined {
  const zero = pageParam(req.query.get('page'), 0, 0);
  if (zero === undefined) return undefined;
  const { items: pageItems, pageCount } = paginate(items, zero + 1, PER_PAGE);
  if (zero >= pageCount) return undefined;
  const main = `<h1 class="title" id="page-title">${esc(title)}</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">${pageItems.map(teaser).join('\n')}${pager(basePath, zero, pageCount)}</div></div></div>`;
  return html(layout(site, { title: `${title} | ${SITE_NAME}`, main, bodyClass }));
}

function nodePage(site: SiteState, article: SiteArticle): SiteResponse {
  const url = `${site.origin}/node/${article.id}`;
  const category = site.categoryOf(article);
  const main = `<h1 class="title" id="page-title">${esc(article.title)}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-${article.id}" class="node node-article node-promoted clearfix" about="/node/${article.id}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="${esc(article.title)}" class="rdf-meta element-hidden"></span>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
${bodyHtml(article)}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/taxonomy/term/${category.id}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">${esc(category.title)}</a></div></div></div>
</div>
<ul class="links inline"><li class="print_html first"><a href="/print/${article.id}" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Bản in</a></li><li class="print_mail last"><a href="/printmail/${article.id}" title="Send this page by email." class="print-mail" rel="nofollow">Send by email</a></li></ul>
</div>
</div></div></div></div>`;
  const head = `<link rel="canonical" href="/node/${article.id}" />
<link rel="shortlink" href="/node/${article.id}" />
<meta property="og:url" content="${esc(url)}" />
<meta property="og:title" content="${esc(article.title)}" />
<meta property="article:published_time" content="${formatIsoVn(article.published)}" />
`;
  return html(layout(site, { title: `${article.title} | ${SITE_NAME}`, main, head, bodyClass: 'not-front page-node page-node- page-node-' + article.id + ' node-type-article' }), {
    lastModified: article.published,
  });
}

function printPage(site: SiteState, article: SiteArticle): SiteResponse {
  const url = `${site.origin}/node/${article.id}`;
  return html(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(article.title)} | ${SITE_NAME}</title><meta name="robots" content="noindex, nofollow" /><link rel="canonical" href="/node/${article.id}" /></head>
<body>
<div class="print-logo"><img src="/sites/default/files/logo.png" alt="" /></div>
<div class="print-site_name">Published on <em>${SITE_NAME}</em> (<a href="${esc(site.origin)}/">${esc(site.origin)}</a>)</div>
<p />
<div class="print-breadcrumb"><a href="/">Trang chủ</a></div>
<hr class="print-hr" />
<h1 class="print-title">${esc(article.title)}</h1>
<div class="print-content">${bodyHtml(article)}</div>
<div class="print-footer"></div>
<hr class="print-hr" />
<div class="print-source_url"><strong>Source URL:</strong> <a href="${esc(url)}">${esc(url)}</a></div>
</body></html>`);
}

function printMailPage(site: SiteState, article: SiteArticle): SiteResponse {
  const main = `<h1 class="title" id="page-title">Send page by email</h1><form action="/printmail/${article.id}" method="post" id="print-mail-form"><div><div class="form-item form-type-textfield"><label for="edit-fld-from-addr">Your email: <span class="form-required">*</span></label><input type="text" id="edit-fld-from-addr" name="fld_from_addr" size="60" maxlength="128" class="form-text required" /></div><div class="form-item form-type-textarea"><label for="edit-txt-to-addrs">Send to: <span class="form-required">*</span></label><textarea id="edit-txt-to-addrs" name="txt_to_addrs" cols="60" rows="3" class="form-textarea required"></textarea></div><div class="form-item form-type-item"><label>Page to be sent: </label><a href="/node/${article.id}">${esc(article.title)}</a></div><input type="submit" id="edit-btn-submit" name="op" value="Send email" class="form-submit" /></div></form>`;
  return html(layout(site, { title: `Send page by email | ${SITE_NAME}`, main, bodyClass: 'not-front page-printmail' }));
}

function feed(site: SiteState, items: SiteArticle[], selfPath: string, title: string): SiteResponse {
  const newest = items[0]?.published ?? new Date(0);
  return xml(
    renderRss({
      title,
      link: `${site.origin}/`,
      selfUrl: site.origin + selfPath,
      description: '',
      language: 'vi',
      items: items.slice(0, 10).map((a) => {
        const lead = a.blocks.find((b) => b.kind === 'paragraph');
        return {
          title: a.title,
          link: `${site.origin}/node/${a.id}`,
          // Drupal 7's guid: "<nid> at <base url>".
          guid: `${a.id} at ${site.origin}`,
          guidIsPermaLink: false,
          pubDate: formatHttpDate(a.published).replace('GMT', '+0000'),
          description: `<p>${esc(lead?.kind === 'paragraph' ? lead.text : '')}</p>`,
          creator: 'admin',
        };
      }),
    }),
    'application/rss+xml; charset=utf-8',
    newest,
  );
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path } = req;
  if (path === '/' || path === '/node') {
    return listing(site, req, site.articles, path, 'Trang chủ', 'front not-logged-in page-node');
  }
  if (path === '/rss.xml') return feed(site, site.articles, '/rss.xml', SITE_NAME);
  if (path === '/sitemap.xml') {
    return xml(
      renderUrlset(
        [
          { loc: `${site.origin}/`, changefreq: 'daily', priority: '1.0' },
          ...site.articles.map((a) => ({ loc: `${site.origin}/node/${a.id}`, lastmod: formatIsoVn(a.published), changefreq: 'monthly', priority: '0.5' })),
        ],
        '/sitemap.xsl',
      ),
    );
  }
  if (path === '/sitemap.xsl') {
    return xml('<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><body>Sitemap</body></html></xsl:template></xsl:stylesheet>\n', 'text/xsl; charset=utf-8');
  }
  const term = TERM_PATH.exec(path);
  if (term) {
    const category = CATEGORIES.find((c) => c.id === Number(term[1]));
    if (!category) return undefined;
    const items = site.inCategory(category.alias);
    if (term[2]) return feed(site, items, path, `${SITE_NAME} - ${category.title}`);
    return listing(site, req, items, path, category.title, 'not-front page-taxonomy page-taxonomy-term');
  }
  const node = NODE_PATH.exec(path);
  if (node) {
    const article = site.byId(Number(node[2]));
    if (!article) return undefined;
    if (node[1] === 'print') return printPage(site, article);
    if (node[1] === 'printmail') return printMailPage(site, article);
    return nodePage(site, article);
  }
  return undefined;
}

export const drupal: SiteDefinition = {
  id: 'drupal',
  name: SITE_NAME,
  family: 'drupal7',
  imitates: 'bacgiang-iza.gov.vn (Drupal 7 with the print module)',
  sitesMd: '§2.1',
  province: 'Bắc Giang',
  needsBrowser: false,
  idBase: 300,
  idStep: 1,
  slugMaxLength: 120,
  categories: CATEGORIES,
  headers: { Server: 'Apache/2.4.6 (CentOS) PHP/5.4.16', 'X-Powered-By': 'PHP/5.4.16', 'X-Generator': 'Drupal 7 (http://drupal.org)', 'X-Drupal-Cache': 'HIT' },
  htmlContentType: 'text/html; charset=utf-8',
  startPath: '/',
  feedPaths: ['/rss.xml'],
  sitemapPaths: ['/sitemap.xml'],
  // Drupal 7's default robots.txt (abridged), Crawl-delay lowered from 10 to 1.
  robots: (origin) => `#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
Crawl-delay: 1
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /install.php
Disallow: /update.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=user/login/

Sitemap: ${origin}/sitemap.xml
`,
  articlePath: (a) => `/node/${a.id}`,
  handle,
};

