/**
 * The faults site: a district news CMS (daitienlang-style boilerplate,
 * SITES.md §4.2; ASP.NET-style URLs `/tin-tuc/<id>/<slug>.aspx`, §2.3) whose
 * pages misbehave at fixed paths. Every fault page is linked from `/`, so a
 * crawl of this site meets all of them; the other sites stay clean.
 *
 * | fault | path | behaviour |
 * |---|---|---|
 * | status-500 | /tin-tuc/<id>/loi-may-chu-tam-thoi.aspx | 500 twice, then 200 |
 * | status-429 | /tin-tuc/<id>/qua-nhieu-yeu-cau.aspx | 429 + Retry-After: 2 once, then 200 |
 * | status-503 | /tin-tuc/<id>/bao-tri-he-thong.aspx | 503 + Retry-After: 1 once, then 200 |
 * | slow | /tin-tuc/<id>/phan-hoi-cham.aspx | every response delayed (`slowMs`, 1500 ms) |
 * | reset | /tin-tuc/<id>/ngat-ket-noi-giua-chung.aspx | half the body, then the socket is destroyed, once |
 * | windows-1258 | /tin-tuc/<id>/ma-windows-1258.aspx | the article encoded in Windows-1258, charset in header and meta |
 * | octet-stream | /tin-tuc/<id>/sai-kieu-noi-dung.aspx | an HTML article sent as application/octet-stream |
 * | oversize | /tin-tuc/<id>/trang-qua-lon.aspx | 12 MiB page with Content-Length |
 * | oversize-chunked | /tin-tuc/<id>/trang-qua-lon-khong-do-dai.aspx | 12 MiB page, chunked, no Content-Length |
 * | redirect-loop | /vong-lap/a | 302 → /vong-lap/b → 302 → /vong-lap/a … |
 * | pdf-as-html | /tai-lieu/bao-cao-tong-ket.aspx | PDF bytes labelled text/html |
 * | not-found | /tin-tuc/9999/bai-viet-da-go.aspx | 404 |
 */
import { formatDmy, formatIsoVn } from '../render/dates.js';
import { esc, hashNumber } from '../render/html.js';
import { minimalPdf } from '../render/pdf.js';
import { EXTERNAL_LINKS, paginate } from '../site-model.js';
import type { PlannedArticle, SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { FaultName, FaultOptions, FaultRule, SiteArticle } from '../types.js';
import { html, pageParam } from './respond.js';

const SITE_NAME = 'Đài Phát thanh huyện Tiên Lãng';
const PER_PAGE = 5;
const DEFAULT_SLOW_MS = 1500;
const DEFAULT_OVERSIZE_BYTES = 12 * 1024 * 1024;

/** The article pages, oldest first: each one carries one fault, with a fixed slug so its path is stable. */
const FAULT_PAGES: ReadonlyArray<{ fault: FaultName; slug: string }> = [
  { fault: 'status-500', slug: 'loi-may-chu-tam-thoi' },
  { fault: 'status-429', slug: 'qua-nhieu-yeu-cau' },
  { fault: 'status-503', slug: 'bao-tri-he-thong' },
  { fault: 'slow', slug: 'phan-hoi-cham' },
  { fault: 'reset', slug: 'ngat-ket-noi-giua-chung' },
  { fault: 'windows-1258', slug: 'ma-windows-1258' },
  { fault: 'octet-stream', slug: 'sai-kieu-noi-dung' },
  { fault: 'oversize', slug: 'trang-qua-lon' },
  { fault: 'oversize-chunked', slug: 'trang-qua-lon-khong-do-dai' },
];
const ID_BASE = 101;
const pathOf = (id: number, slug: string): string => `/tin-tuc/${id}/${slug}.aspx`;

const FIXED_PATHS: Partial<Record<FaultName, string>> = {
  'redirect-loop': '/vong-lap/a',
  'pdf-as-html': '/tai-lieu/bao-cao-tong-ket.aspx',
  'not-found': '/tin-tuc/9999/bai-viet-da-go.aspx',
};

const FAULT_PATHS: Partial<Record<FaultName, string>> = {
  ...Object.fromEntries(FAULT_PAGES.map((p, i) => [p.fault, pathOf(ID_BASE + i, p.slug)])),
  ...FIXED_PATHS,
};

const CATEGORIES: readonly SiteCategory[] = [{ alias: 'tin-tuc', title: 'Tin tức', topics: ['party', 'union', 'economy', 'sports', 'weather', 'other'], id: 1 }];

const ARTICLE_PATH = /^\/tin-tuc\/(\d+)\/([a-z0-9-]+)\.aspx$/u;

/** One text per fault page, cycling through the texts given; a re-used text gets a closing line so no two pages are identical. */
function plan(articles: PlannedArticle[]): PlannedArticle[] {
  if (articles.length === 0) return [];
  return FAULT_PAGES.map((page, i) => {
    const source = articles[i % articles.length] as PlannedArticle;
    const round = Math.floor(i / articles.length);
    return {
      ...source,
      slug: page.slug,
      fault: page.fault,
      category: 'tin-tuc',
      // Oldest first, one day apart, so ids (assigned by date) follow FAULT_PAGES.
      published: new Date(Date.UTC(2025, 0, 1 + i, 2, 30)),
      body: round === 0 ? source.body : `${source.body}\n(Đăng lại lần ${round + 1})`,
    };
  });
}

function builtInFaults(options: FaultOptions): Array<FaultRule & { name: FaultName }> {
  const p = (name: FaultName): string => FAULT_PATHS[name] ?? '';
  const site = 'faults';
  const bytes = options.oversizeBytes ?? DEFAULT_OVERSIZE_BYTES;
  return [
    { name: 'status-500', site, path: p('status-500'), kind: 'status', status: 500, times: 2 },
    { name: 'status-429', site, path: p('status-429'), kind: 'status', status: 429, retryAfter: 2, times: 1 },
    { name: 'status-503', site, path: p('status-503'), kind: 'status', status: 503, retryAfter: 1, times: 1 },
    { name: 'slow', site, path: p('slow'), kind: 'slow', delayMs: options.slowMs ?? DEFAULT_SLOW_MS },
    { name: 'reset', site, path: p('reset'), kind: 'reset', times: 1 },
    { name: 'windows-1258', site, path: p('windows-1258'), kind: 'charset', charset: 'windows-1258' },
    { name: 'octet-stream', site, path: p('octet-stream'), kind: 'content-type', contentType: 'application/octet-stream' },
    { name: 'oversize', site, path: p('oversize'), kind: 'oversize', bytes },
    { name: 'oversize-chunked', site, path: p('oversize-chunked'), kind: 'oversize', bytes, chunked: true },
    { name: 'redirect-loop', site, path: '/vong-lap/a', kind: 'redirect', location: '/vong-lap/b', status: 302 },
    { name: 'redirect-loop', site, path: '/vong-lap/b', kind: 'redirect', location: '/vong-lap/a', status: 302 },
  ];
}

function layout(site: SiteState, title: string, main: string): string {
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(title)}</title>
</head>
<body>
<div id="header"><a href="/"><img src="/Images/banner.jpg" alt="${SITE_NAME}"></a></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc.aspx">Tin tức</a></div>
<div id="content">
${main}
</div>
<div id="footer"><h3>Liên kết</h3><ul>${links}</ul><p>Bản quyền thuộc ${SITE_NAME}</p></div>
</body>
</html>`;
}

function articlePage(site: SiteState, a: SiteArticle): SiteResponse {
  const body = a.blocks.map((b) => (b.kind === 'paragraph' ? `<p style="text-align: justify;">${esc(b.text)}</p>` : `<p style="text-align: center;"><em>${esc(b.caption)}</em></p>`)).join('\n');
  const { newer, older } = site.neighbours(a);
  const list = (items: SiteArticle[]): string => `<ul>${items.slice(0, 10).map((x) => `<li><a href="${x.path}">${esc(x.title)}</a> (${formatDmy(x.published)})</li>`).join('')}</ul><div class="paging">Hiển thị : ${Math.min(10, items.length)} / ${items.length} kết quả</div>`;
  const main = `<div class="news-detail">
<h1 class="title">${esc(a.title)}</h1>
<div class="date">Ngày ${formatDmy(a.published)}</div>
<div class="view">Lượt xem: ${hashNumber(a.slug, 20000)}</div>
<div class="content">
${body}
</div>
${a.author ? `<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>` : ''}
<p class="source">Nguồn: ${esc(site.origin.replace(/^https?:\/\//u, ''))}</p>
<div class="comment"><h3>Ý kiến phản hồi</h3><p>Để thuận tiện cho việc đăng tải, bạn vui lòng nhập các ý kiến phản hồi bằng tiếng Việt có dấu.</p><form method="post" action="${a.path}"><textarea name="noidung"></textarea><label>Captcha</label><input name="captcha"><button type="submit">Gửi</button></form></div>
<div class="other"><h3>Tin mới hơn</h3>${list(newer)}<h3>Tin cũ hơn</h3>${list(older)}</div>
</div>`;
  return html(layout(site, `${a.title} - ${SITE_NAME}`, main).replace('</title>', `</title>\n<meta property="article:published_time" content="${formatIsoVn(a.published)}">`), { lastModified: a.published });
}

function listPage(site: SiteState, req: SiteRequest, isHome: boolean): SiteResponse | undefined {
  const page = pageParam(req.query.get('page'));
  if (page === undefined) return undefined;
  const items = isHome ? site.articles : paginate(site.articles, page, PER_PAGE).items;
  const pageCount = paginate(site.articles, 1, PER_PAGE).pageCount;
  if (!isHome && page > pageCount) return undefined;
  const entries = items.map((a) => `<li><a href="${a.path}">${esc(a.title)}</a> <span class="date">Ngày ${formatDmy(a.published)}</span></li>`).join('\n');
  const extra = isHome
    ? `<h2>Tài liệu</h2><ul><li><a href="${FIXED_PATHS['pdf-as-html']}">Báo cáo tổng kết năm</a></li><li><a href="${FIXED_PATHS['redirect-loop']}">Chuyên trang cũ</a></li><li><a href="${FIXED_PATHS['not-found']}">Bài viết đã gỡ</a></li></ul>`
    : `<div class="paging">Trang: ${Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (n === page ? `<b>${n}</b>` : `<a href="/tin-tuc.aspx?page=${n}">${n}</a>`)).join(' - ')}</div>`;
  return html(layout(site, `${isHome ? 'Trang chủ' : 'Tin tức'} - ${SITE_NAME}`, `<h1>Tin tức</h1><ul class="news-list">${entries}</ul>${extra}`));
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path } = req;
  if (path === '/') return listPage(site, req, true);
  if (path === '/tin-tuc.aspx') return listPage(site, req, false);
  if (path === FIXED_PATHS['pdf-as-html']) {
    // A PDF served as text/html: a crawler must sniff the bytes (%PDF-) rather than trust the label.
    return { status: 200, body: minimalPdf('Bao cao tong ket nam 2024'), contentType: 'text/html; charset=utf-8' };
  }
  const match = ARTICLE_PATH.exec(path);
  if (match) {
    const found = site.byId(Number(match[1]));
    return found && found.path === path ? articlePage(site, found) : undefined;
  }
  return undefined;
}

export const faultsSite: SiteDefinition = {
  id: 'faults',
  name: SITE_NAME,
  family: 'aspnet-district',
  imitates: 'a district news CMS (daitienlang.vn boilerplate, ASP.NET-style URLs) that misbehaves on purpose',
  sitesMd: '§2.3, §4.2',
  province: 'Hải Phòng',
  needsBrowser: false,
  idBase: ID_BASE,
  idStep: 1,
  slugMaxLength: 120,
  categories: CATEGORIES,
  headers: { Server: 'Microsoft-IIS/8.5', 'X-Powered-By': 'ASP.NET' },
  htmlContentType: 'text/html; charset=utf-8',
  startPath: '/',
  feedPaths: [],
  sitemapPaths: [],
  robots: () => `User-agent: *
Disallow: /admin/
`,
  articlePath: (a) => pathOf(a.id, a.slug),
  plan,
  builtInFaults,
  faultPaths: FAULT_PATHS,
  handle,
};
