/**
 * NukeViet 4.5 provincial portal, built after binhphuoc.gov.vn as now served
 * by dongnai.gov.vn (SITES.md §1): `/vi/news/<cat>/<alias>-<id>.html`,
 * `viewcat_page_new` listings with the `page-N` pager, print / savefile /
 * sendmail / tag variants, the RSS feed whose pubDate puts the month in the
 * minutes field, `/sitemap.xml` → `/sitemap-vi.news.xml`, and the portal's
 * boilerplate (rating card, related lists, comma-thousands counter,
 * login-timeout notice). `robots.txt` forbids the `noi-bo` section, which
 * holds one article linked from the home page.
 */
import {
  formatDmy,
  formatDmyHms,
  formatHmDmy,
  formatIsoVn,
  formatNukeVietDetail,
  formatNukeVietOgDate,
  formatNukeVietRssDate,
} from '../render/dates.js';
import { esc, hashNumber, numberFormat } from '../render/html.js';
import { slugify } from '../render/slug.js';
import { renderRss, renderSitemapIndex, renderUrlset } from '../render/xml.js';
import { EXTERNAL_LINKS, TOPIC_TAGS, imagePath, paginate, splitLead } from '../site-model.js';
import type { PlannedArticle, SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, redirect, xml } from './respond.js';

const SITE_NAME = 'Cổng thông tin điện tử tỉnh Bình Phước';
/** Real default is `per_page` = 20; small here so that a handful of articles spans several pages. */
const PER_PAGE = 3;
/** Items of the "Các tin khác" list under a category page (real `st_links` default 10). */
const OTHER_LINKS = 3;
const RSS_ITEMS = 30;
const INTERNAL_CATEGORY = 'noi-bo';
/**
 * NukeViet 4.5 prints `date('c', edittime)` into both hidden datePublished and
 * dateModified (SITES.md §1.3); the fixtures' "edit" is three hours after
 * publication, so the hidden date is wrong and only the visible one is right.
 */
const EDIT_DELAY_MS = 3 * 3_600_000;
/** Topic ("dòng sự kiện") that groups the on-topic articles. */
const EVENT_TOPIC = { alias: 'phat-trien-dang-trong-doanh-nghiep', title: 'Phát triển đảng trong doanh nghiệp' };

/** `/vi/news/<cat>/<alias>-<id>.html`, and the same after print/, savefile/, sendmail/. */
const ARTICLE_PATH = /^\/vi\/news\/(?:(print|savefile|sendmail)\/)?([a-z0-9-]+)\/([a-z0-9-]+)-(\d+)\.html$/u;
/** `/vi/news/`, `/vi/news/page-2/`, `/vi/news/<cat>/`, `/vi/news/<cat>/page-2/` (trailing slash optional). */
const LISTING_PATH = /^\/vi\/news\/(?:(?!page-\d)([a-z0-9-]+)\/)?(?:page-(\d+))?\/?$/u;
/** `/vi/news/tag/<tag>` and `/vi/news/tag/<tag>/page-N`. */
const TAG_PATH = /^\/vi\/news\/tag\/([a-z0-9-]+)(?:\/page-(\d+))?\/?$/u;
const TOPIC_PATH = /^\/vi\/news\/topic\/([a-z0-9-]+)(?:\/page-(\d+))?\/?$/u;
const RSS_PATH = /^\/vi\/news\/rss\/(?:([a-z0-9-]+)\/)?$/u;

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'xay-dung-dang', title: 'Xây dựng Đảng', topics: ['party'], id: 2 },
  { alias: 'cong-doan', title: 'Công đoàn - Đoàn thể', topics: ['union'], id: 3 },
  { alias: 'kinh-te', title: 'Kinh tế', topics: ['economy'], id: 4 },
  { alias: 'van-hoa-xa-hoi', title: 'Văn hóa - Xã hội', topics: ['sports', 'weather', 'other'], id: 5 },
  { alias: INTERNAL_CATEGORY, title: 'Tin nội bộ', topics: [], id: 9 },
];

const base = (a: { category: string; slug: string; id: number }): string => `${a.category}/${a.slug}-${a.id}.html`;
const articleUrl = (a: SiteArticle): string => `/vi/news/${base(a)}`;
const categoryUrl = (alias: string, page = 1): string => `/vi/news/${alias}/${page > 1 ? `page-${page}/` : ''}`;
const tagUrl = (tag: string): string => `/vi/news/tag/${slugify(tag)}`;

function pager(baseUrl: string, page: number, pageCount: number, title: string): string {
  if (pageCount <= 1) return '';
  const href = (n: number): string => (n === 1 ? baseUrl : `${baseUrl}page-${n}/`);
  const item = (n: number, label: string | number = n): string =>
    n === page
      ? `<li class="page-item active"><a class="page-link" href="javascript:void(0)">${label}</a></li>`
      : `<li class="page-item"><a class="page-link"${n === page - 1 ? ' rel="prev"' : n === page + 1 ? ' rel="next"' : ''} title="${esc(title)} - Trang ${n}" href="${href(n)}">${label}</a></li>`;
  const items: string[] = [
    page > 1 ? item(page - 1, '&laquo;') : '<li class="page-item disabled"><a class="page-link" href="javascript:void(0)">&laquo;</a></li>',
  ];
  let gap = false;
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) {
      items.push(item(n));
      gap = false;
    } else if (!gap) {
      items.push('<li class="page-item disabled"><span>...</span></li>');
      gap = true;
    }
  }
  items.push(
    page < pageCount ? item(page + 1, '&raquo;') : '<li class="page-item disabled"><a class="page-link" href="javascript:void(0)">&raquo;</a></li>',
  );
  return `<div class="text-center"><ul class="pagination">${items.join('')}</ul></div>`;
}

function layout(site: SiteState, o: { title: string; crumbs: Array<[string, string]>; main: string; head?: string; description?: string }): string {
  const menu = CATEGORIES.map((c) => `<li><a href="${categoryUrl(c.alias)}" title="${esc(c.title)}">${esc(c.title)}</a></li>`).join('');
  const crumbs = [['Trang nhất', '/vi/'] as [string, string], ...o.crumbs]
    .map(
      ([label, href], i) =>
        `<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="${href}" itemprop="item" title="${esc(label)}"><span itemprop="name">${i === 0 ? '<em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-xs">Trang nhất</span>' : esc(label)}</span></a><i class="hidden" itemprop="position" content="${i + 1}"></i></li>`,
    )
    .join('');
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}" target="_blank" rel="noopener">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>${esc(o.title)}</title>
<meta name="description" content="${esc(o.description ?? SITE_NAME)}">
<meta name="author" content="${SITE_NAME}">
<meta name="copyright" content="${SITE_NAME} [webmaster@binhphuoc.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="${SITE_NAME}">
${o.head ?? ''}<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
${CATEGORIES.filter((c) => c.alias !== INTERNAL_CATEGORY)
  .map((c) => `<link rel="alternate" href="/vi/news/rss/${c.alias}/" title="Tin Tức - ${esc(c.title)}" type="application/rss+xml">`)
  .join('\n')}
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="${SITE_NAME}" href="/vi/"><img src="/uploads/binhphuoc/logo.png" alt="${SITE_NAME}"></a><span class="site_name">${SITE_NAME}</span><span class="site_description">Cổng thông tin điện tử tỉnh Bình Phước</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav"><li><a href="/vi/" title="Trang nhất">Trang nhất</a></li><li><a href="/vi/news/" title="Tin Tức">Tin Tức</a></li>${menu}</ul></div></nav>
<nav class="third-nav"><div class="container"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList">${crumbs}</ul></div></div></div><div class="headerSearch col-xs-24 col-sm-6 col-md-6"><form action="/vi/seek/" method="get"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." name="q"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div><span class="current-time">Thứ ba, 20/01/2026 | 07:30</span></div></div></div></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
${o.main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-default"><div class="panel-body"><ul class="list-none banners"><li><a href="https://vieclam.binhphuoc.gov.vn/" title="Việc làm Bình Phước">Việc làm Bình Phước</a></li><li><a href="https://congbao.chinhphu.vn/" title="Công báo Chính phủ">Công báo Chính phủ</a></li><li><a href="https://dichvucong.gov.vn/" title="DVC Quốc gia">DVC Quốc gia</a></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-fw"></em>Đang truy cập</span><span>${numberFormat(1180)}</span></li><li><span><em class="fa fa-filter fa-fw"></em>Hôm nay</span><span>${numberFormat(122974)}</span></li><li><span><em class="fa fa-calendar-o fa-fw"></em>Tháng hiện tại</span><span>${numberFormat(10589565)}</span></li><li><span><em class="fa fa-bar-chart fa-fw"></em>Tổng lượt truy cập</span><span>${numberFormat(455984687)}</span></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">ỨNG DỤNG</div><div class="panel-body"><a href="/vi/news/${INTERNAL_CATEGORY}/">sổ tay đảng viên</a></div></div>
</div>
</div></div></section>
<footer id="footer"><div class="container"><div class="row"><div class="col-md-12"><p class="h3">Liên kết website</p><ul class="list-none">${links}</ul></div><div class="col-md-12"><p>Bản quyền thuộc về ${SITE_NAME}</p><p>Ghi rõ nguồn "${SITE_NAME}" khi phát hành lại thông tin từ website này.</p></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
</body>
</html>`;
}

function bodyHtml(article: SiteArticle): string {
  let pictures = 0;
  const { rest } = splitLead(article);
  return rest
    .map((block) => {
      if (block.kind === 'paragraph') return `<p style="text-align: justify;">${esc(block.text)}</p>`;
      pictures++;
      return `<p style="text-align: center;"><img alt="${esc(block.caption)}" height="533" src="${imagePath(article, pictures)}" width="800"></p>\n<p style="text-align: center;"><em>${esc(block.caption)}</em></p>`;
    })
    .join('\n');
}

/** The lead with the portal's source tag, as the first paragraph of the real pages reads. */
const leadText = (article: SiteArticle): string => `(CTTĐTBP) - ${splitLead(article).lead}`;

function listItem(site: SiteState, article: SiteArticle, featured: boolean): string {
  const h = featured ? 'h2' : 'h3';
  const isNewest = site.articles[0] === article;
  return `<div class="news_column panel panel-default"><div class="panel-body${featured ? ' featured' : ''}">
<a href="${articleUrl(article)}" title="${esc(article.title)}"><img alt="${esc(article.title)}" src="${imagePath(article, 0, '/assets/news')}" width="183" class="img-thumbnail pull-left imghome"></a>
<${h}><a href="${articleUrl(article)}" title="${esc(article.title)}">${esc(article.title)}</a>${isNewest ? '<span class="icon_new">&nbsp;</span>' : ''}</${h}>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> ${formatDmyHms(article.published)}</li><li><em class="fa fa-eye">&nbsp;</em> Đã xem: ${numberFormat(hashNumber(article.slug, 9000) + 100)}</li></ul></div>
${esc(leadText(article))}
</div></div>`;
}

function viewcatPage(site: SiteState, o: { items: SiteArticle[]; page: number; title: string; baseUrl: string; description?: string; crumbs: Array<[string, string]> }): SiteResponse | undefined {
  const { items, pageCount } = paginate(o.items, o.page, PER_PAGE);
  if (o.page > pageCount) return undefined;
  const others = o.items.slice(o.page * PER_PAGE, o.page * PER_PAGE + OTHER_LINKS);
  const main = `${o.page === 1 && o.description ? `<div class="news_column"><div class="alert alert-info clearfix"><h1>${esc(o.title)}</h1><p>${esc(o.description)}</p></div></div>` : ''}
${items.map((a, i) => listItem(site, a, o.page === 1 && i === 0)).join('\n')}
${
  others.length
    ? `<hr/><h4>Các tin khác</h4><ul class="related list-items">${others.map((a) => `<li><a class="show" href="${articleUrl(a)}" title="${esc(a.title)}">${esc(a.title)}</a> <em>(${formatDmy(a.published)})</em></li>`).join('')}</ul>`
    : ''
}
${pager(o.baseUrl, o.page, pageCount, o.title)}`;
  return html(layout(site, { title: `${o.title}${o.page > 1 ? ` - Trang ${o.page}` : ''} - ${SITE_NAME}`, crumbs: o.crumbs, main }));
}

function homePage(site: SiteState): SiteResponse {
  const blocks = CATEGORIES.map((c) => {
    const items = site.inCategory(c.alias).slice(0, 3);
    if (items.length === 0) return '';
    return `<div class="panel panel-default"><div class="panel-heading"><h2><a href="${categoryUrl(c.alias)}" title="${esc(c.title)}">${esc(c.title)}</a></h2></div><div class="panel-body"><ul class="related list-items">${items.map((a) => `<li><a href="${articleUrl(a)}" title="${esc(a.title)}">${esc(a.title)}</a> <em>(${formatDmy(a.published)})</em></li>`).join('')}</ul><a class="pull-right" href="${categoryUrl(c.alias)}">Xem tiếp...</a></div></div>`;
  });
  return html(layout(site, { title: SITE_NAME, crumbs: [], main: blocks.join('\n') }));
}

function detailPage(site: SiteState, article: SiteArticle, variant: 'detail' | 'savefile'): SiteResponse {
  const category = site.categoryOf(article);
  const url = site.origin + articleUrl(article);
  const { newer, older } = site.neighbours(article);
  const sameCat = (list: SiteArticle[]): SiteArticle[] => list.filter((a) => a.category === article.category).slice(0, 10);
  const related = (label: string, list: SiteArticle[], more = ''): string =>
    list.length
      ? `<p class="h3"><strong>${label}</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">${list
          .map((a) => `<li><em class="fa fa-angle-right">&nbsp;</em><h4><a href="${articleUrl(a)}" title="${esc(a.title)}">${esc(a.title)}</a> <em>(${formatDmy(a.published)})</em></h4></li>`)
          .join('')}</ul></div>${more}`
      : '';
  const eventList = article.onTopic ? site.articles.filter((a) => a.onTopic && a !== article && a.category !== INTERNAL_CATEGORY).slice(0, 5) : [];
  const firstCaption = article.blocks.find((b) => b.kind === 'image');
  const tags = TOPIC_TAGS[article.topic];
  const rating = 1 + hashNumber(article.slug, 5);
  const ratingCount = 1 + hashNumber(article.title, 3);
  const printUrl = `/vi/news/print/${base(article)}`;
  const main = `<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">${esc(article.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">${esc(article.author ?? SITE_NAME)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">${formatIsoVn(new Date(article.published.getTime() + EDIT_DELAY_MS))}</span>
<span class="hidden hide d-none" itemprop="dateModified">${formatIsoVn(new Date(article.published.getTime() + EDIT_DELAY_MS))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">${esc(url)}</span>
<span class="hidden hide d-none" itemprop="image">${esc(site.origin + imagePath(article, 0, '/assets/news'))}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">${SITE_NAME}</span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">${formatNukeVietDetail(article.published)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="/vi/news/sendmail/${base(article)}"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="${printUrl}"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/vi/news/savefile/${base(article)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul>
<div class="modal fade" id="newsSendMailModal" tabindex="-1" role="dialog" data-loaded="false"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><button type="button" class="close" data-dismiss="modal">&times;</button><div class="modal-title h2"><strong>Gửi bài viết qua email</strong></div></div><div class="modal-body"></div></div></div></div>
</div>
</div>
<div class="clearfix">
<figure class="article left"><img alt="${esc(article.title)}" src="${imagePath(article, 0, '/assets/news')}" width="460" class="img-thumbnail">${firstCaption?.kind === 'image' ? `<figcaption>${esc(firstCaption.caption)}</figcaption>` : ''}</figure>
<div class="hometext m-bottom" itemprop="description">${esc(leadText(article))}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
${bodyHtml(article)}
</div>
${article.author ? `<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>${esc(article.author)}</p></div>` : ''}
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Tags: </strong>${tags.map((t) => `<a title="${esc(t)}" href="${tagUrl(t)}"><em>${esc(t)}</em></a>`).join(', ')}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: ${rating * ratingCount} trong ${ratingCount} đánh giá</p><span itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">Xếp hạng: <span id="numberrating" itemprop="ratingValue">${rating}</span> - <span id="click_rating" itemprop="ratingCount">${ratingCount}</span> phiếu bầu</span><div style="padding: 5px;">${[1, 2, 3, 4, 5].map((n) => `<input class="hover-star" type="radio" value="${n}" title="Bài viết rất ${['kém', 'yếu', 'bình thường', 'tốt', 'tuyệt vời'][n - 1]}">`).join('')}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix"><div class="fb-like" data-href="${esc(url)}" data-layout="button_count"></div><a href="https://twitter.com/share" class="twitter-share-button">Tweet</a><div class="zalo-share-button" data-href="${esc(url)}" data-oaid="579745863508352884" data-layout="1"></div></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
${related('Theo dòng sự kiện', eventList, `<p class="text-right"><a title="${esc(EVENT_TOPIC.title)}" href="/vi/news/topic/${EVENT_TOPIC.alias}/">Xem tiếp...</a></p>`)}
${related('Những tin mới hơn', sameCat(newer))}
${related('Những tin cũ hơn', sameCat(older))}
</div></div>`;
  const head =
    variant === 'detail'
      ? `<meta property="og:type" content="article">
<meta property="og:title" content="${esc(article.title)}">
<meta property="og:description" content="${esc(splitLead(article).lead.slice(0, 160))}">
<meta property="og:url" content="${esc(url)}">
<meta property="article:published_time" content="${formatNukeVietOgDate(article.published)}">
<meta property="article:section" content="${esc(category.title)}">
${tags.map((t) => `<meta property="article:tag" content="${esc(t)}">`).join('\n')}
<link rel="canonical" href="${esc(url)}">
`
      : '';
  return html(
    layout(site, {
      title: `${article.title} - ${SITE_NAME}`,
      crumbs: [
        ['Tin Tức', '/vi/news/'],
        [category.title, categoryUrl(category.alias)],
      ],
      main,
      head,
      description: splitLead(article).lead.slice(0, 160),
    }),
    { lastModified: article.published },
  );
}

function printPage(site: SiteState, article: SiteArticle): SiteResponse {
  const url = site.origin + articleUrl(article);
  return html(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(article.title)}</title><meta name="robots" content="noindex, nofollow"><meta name="generator" content="NukeViet v4.5"></head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">${SITE_NAME}</h2><p class="pull-right"><a title="${SITE_NAME}" href="${esc(site.origin)}/">${esc(site.origin)}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>${esc(article.title)}</h1>
<ul class="list-inline"><li>${formatNukeVietDetail(article.published)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
<div id="hometext">${esc(leadText(article))}</div>
<div class="bodytext">${bodyHtml(article)}</div>
${article.author ? `<div id="author"><strong>Tác giả: </strong>${esc(article.author)}</div>` : ''}
</div>
<div id="footerprint"><div id="url"><strong>URL của bài viết: </strong><a href="${esc(url)}" title="${esc(article.title)}">${esc(url)}</a></div><div class="clear"></div><div class="copyright">&copy; ${SITE_NAME}</div></div>
</div>
</body></html>`);
}

function sendmailPage(site: SiteState, article: SiteArticle): SiteResponse {
  return html(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow"></head>
<body><div id="sendmail"><form id="sendmailForm" action="/vi/news/sendmail/${base(article)}" method="post" class="form-horizontal">
<p class="text-center"><strong>${esc(article.title)}</strong></p>
<div class="form-group"><label for="sname">Tên của bạn</label><input id="sname" type="text" name="name" class="form-control"></div>
<div class="form-group"><label for="syourmail">Email của bạn</label><input id="syourmail" type="email" name="youremail" class="form-control"></div>
<div class="form-group"><label for="semail">Gửi đến email</label><input id="semail" type="email" name="email" class="form-control"></div>
<div class="form-group"><label for="scontent">Nội dung</label><textarea id="scontent" name="content" class="form-control"></textarea></div>
<div class="form-group"><label>Mã bảo mật</label><img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=0" alt="Mã bảo mật"><input type="text" name="nv_seccode" class="form-control"></div>
<input type="hidden" name="checkss" value="${hashNumber(article.slug, 1e9)}"><button type="submit" class="btn btn-primary">Gửi</button>
</form></div></body></html>`);
}

function rss(site: SiteState, alias: string | undefined): SiteResponse {
  // An unknown alias silently falls back to the all-items feed (SITES.md §1.5).
  const category = alias ? site.category(alias) : undefined;
  const pool = category ? site.inCategory(category.alias) : site.articles.filter((a) => a.category !== INTERNAL_CATEGORY);
  const items = pool.slice(0, RSS_ITEMS);
  const selfPath = category ? `/vi/news/rss/${category.alias}/` : '/vi/news/rss/';
  const newest = items[0]?.published ?? new Date(0);
  return xml(
    renderRss({
      title: `${SITE_NAME} - Tin Tức${category ? ` - ${category.title}` : ''}`,
      link: site.origin + (category ? categoryUrl(category.alias) : '/vi/news/'),
      selfUrl: site.origin + selfPath,
      description: 'Tin tức, sự kiện tỉnh Bình Phước',
      language: 'vi',
      pubDate: formatNukeVietRssDate(newest),
      lastBuildDate: formatNukeVietRssDate(newest),
      copyright: SITE_NAME,
      docs: `${site.origin}/vi/news/rss/`,
      generator: 'NukeViet v4.0',
      stylesheet: '/assets/css/rss.xsl',
      items: items.map((a) => ({
        title: a.title,
        link: site.origin + articleUrl(a),
        guid: `news_${a.id}`,
        guidIsPermaLink: false,
        pubDate: formatNukeVietRssDate(a.published),
        description: `<img src="${site.origin}${imagePath(a, 0, '/assets/news')}" width="100" align="left" border="0">${esc(splitLead(a).lead)}`,
      })),
    }),
    'application/rss+xml; charset=utf-8',
    newest,
  );
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path } = req;
  if (path === '/' || path === '/vi/' || path === '/vi') return homePage(site);
  if (path === '/sitemap.xml') {
    return xml(renderSitemapIndex([{ loc: `${site.origin}/sitemap-vi.news.xml`, lastmod: formatIsoVn(site.articles[0]?.published ?? new Date(0)) }]));
  }
  if (path === '/sitemap-vi.news.xml') {
    return xml(
      renderUrlset(
        site.articles.map((a) => ({ loc: site.origin + articleUrl(a), lastmod: formatIsoVn(a.published), changefreq: 'daily', priority: '0.8' })),
      ),
    );
  }
  if (path === '/assets/css/rss.xsl') {
    return xml('<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><body><xsl:value-of select="rss/channel/title"/></body></html></xsl:template></xsl:stylesheet>\n', 'text/xsl; charset=utf-8');
  }
  const rssMatch = RSS_PATH.exec(path);
  if (rssMatch) return rss(site, rssMatch[1]);
  const articleMatch = ARTICLE_PATH.exec(path);
  if (articleMatch) {
    const [, variant, cat, alias, id] = articleMatch;
    const article = site.byId(Number(id));
    if (!article) return undefined;
    if (cat !== article.category || alias !== article.slug) {
      // The id is the stable key; NukeViet 301s to the current category and alias.
      return redirect(`/vi/news/${variant ? `${variant}/` : ''}${base(article)}`);
    }
    if (variant === 'print') return printPage(site, article);
    if (variant === 'sendmail') return sendmailPage(site, article);
    return detailPage(site, article, variant === 'savefile' ? 'savefile' : 'detail');
  }
  const tagMatch = TAG_PATH.exec(path);
  if (tagMatch) {
    const tag = Object.values(TOPIC_TAGS).flat().find((t) => slugify(t) === tagMatch[1]);
    if (!tag) return undefined;
    const page = Number(tagMatch[2] ?? 1);
    const items = site.articles.filter((a) => a.category !== INTERNAL_CATEGORY && TOPIC_TAGS[a.topic].includes(tag));
    const { items: pageItems, pageCount } = paginate(items, page, PER_PAGE);
    if (page > pageCount) return undefined;
    // Tag lists print the time first: "16:03 23/02/2026" (SITES.md §4.1). Pager links have no trailing slash here.
    const list = pageItems
      .map((a) => `<div class="news_column panel panel-default"><div class="panel-body"><h3><a href="${articleUrl(a)}" title="${esc(a.title)}">${esc(a.title)}</a></h3><p><em class="fa fa-clock-o">&nbsp;</em> ${formatHmDmy(a.published)}</p><p>${esc(leadText(a))}</p></div></div>`)
      .join('\n');
    const tagBase = tagUrl(tag);
    const nav = pageCount > 1 ? `<div class="text-center"><ul class="pagination">${Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (n === page ? `<li class="page-item active"><a class="page-link" href="javascript:void(0)">${n}</a></li>` : `<li class="page-item"><a class="page-link" href="${n === 1 ? tagBase : `${tagBase}/page-${n}`}">${n}</a></li>`)).join('')}</ul></div>` : '';
    return html(layout(site, { title: `${tag} - ${SITE_NAME}`, crumbs: [['Tin Tức', '/vi/news/'], [tag, tagBase]], main: `<div class="alert alert-info"><h1>${esc(tag)}</h1></div>${list}${nav}` }));
  }
  const topicMatch = TOPIC_PATH.exec(path);
  if (topicMatch) {
    if (topicMatch[1] !== EVENT_TOPIC.alias) return undefined;
    const items = site.articles.filter((a) => a.onTopic && a.category !== INTERNAL_CATEGORY);
    return viewcatPage(site, { items, page: Number(topicMatch[2] ?? 1), title: EVENT_TOPIC.title, baseUrl: `/vi/news/topic/${EVENT_TOPIC.alias}/`, crumbs: [['Tin Tức', '/vi/news/']] });
  }
  const listing = LISTING_PATH.exec(path);
  if (listing) {
    const [, alias, pageText] = listing;
    const page = Number(pageText ?? 1);
    if (page < 1) return undefined;
    if (alias === undefined) {
      const items = site.articles.filter((a) => a.category !== INTERNAL_CATEGORY);
      return viewcatPage(site, { items, page, title: 'Tin Tức', baseUrl: '/vi/news/', crumbs: [['Tin Tức', '/vi/news/']] });
    }
    const category = site.category(alias);
    if (!category) return undefined;
    return viewcatPage(site, {
      items: site.inCategory(alias),
      page,
      title: category.title,
      baseUrl: categoryUrl(alias),
      description: `Tin tức chuyên mục ${category.title}`,
      crumbs: [
        ['Tin Tức', '/vi/news/'],
        [category.title, categoryUrl(alias)],
      ],
    });
  }
  return undefined;
}

/** One article of the internal section, re-using the first seed under another title: linked from the home page, forbidden by robots.txt. */
function plan(articles: PlannedArticle[]): PlannedArticle[] {
  const first = articles.find((a) => a.topic === 'party' || a.topic === 'union') ?? articles[0];
  if (!first) return articles;
  return [
    ...articles,
    {
      ...first,
      title: `[Nội bộ] ${first.title}`,
      category: INTERNAL_CATEGORY,
      source: `internal-copy:${first.source ?? 'test'}`,
      published: new Date((first.published?.getTime() ?? Date.UTC(2025, 0, 1)) + 3_600_000),
    },
  ];
}

export const nukeviet: SiteDefinition = {
  id: 'nukeviet',
  name: SITE_NAME,
  family: 'nukeviet',
  imitates: 'binhphuoc.gov.vn / dongnai.gov.vn (NukeViet 4.5)',
  sitesMd: '§1',
  province: 'Bình Phước',
  needsBrowser: false,
  idBase: 5200,
  idStep: 1,
  slugMaxLength: 200,
  categories: CATEGORIES,
  headers: { Server: 'Apache', 'X-Powered-By': 'PHP/7.4.33' },
  htmlContentType: 'text/html; charset=utf-8',
  startPath: '/',
  feedPaths: ['/vi/news/rss/'],
  sitemapPaths: ['/sitemap.xml'],
  robots: (origin) => `# NukeViet robots.txt
User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /vi/seek/
Disallow: /vi/news/${INTERNAL_CATEGORY}/

Sitemap: ${origin}/sitemap.xml
`,
  articlePath: (a) => `/vi/news/${base(a)}`,
  plan,
  handle,
};
