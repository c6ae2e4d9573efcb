/**
 * SharePoint Party-committee site whose article list exists only after
 * client-side JavaScript runs, built after tinhuybinhduong.vn (SITES.md §2.3):
 * the list page `/Pages/tin-tuc-su-kien.aspx?page=N` ships an empty
 * `<ul id="news-list">`, unrendered `{{ getLanguage(…) }}` templates and a
 * script that calls the SharePoint REST API
 * `/_api/web/lists/getbytitle('Tintucsukien')/items` (XMLHttpRequest, odata
 * verbose JSON) and builds the article links and the pager with DOM calls.
 * Article pages `/Lists/Tintucsukien/DispForm.aspx?ID=<id>` are
 * server-rendered, with the header line "28/11/2023 | Ban Nội chính". No feed,
 * no sitemap: only a browser finds the articles.
 */
import { formatDmy, formatIsoVn } from '../render/dates.js';
import { esc } from '../render/html.js';
import { EXTERNAL_LINKS, imagePath } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, json, pageParam } from './respond.js';

const SITE_NAME = 'Tỉnh ủy Bình Dương';
const PER_PAGE = 4;
const LIST_PAGE = '/Pages/tin-tuc-su-kien.aspx';
/** Lower-cased, decoded form of the REST endpoint (the browser may or may not percent-encode the quotes). */
const API_PATH = "/_api/web/lists/getbytitle('tintucsukien')/items";
const DISP_FORM = '/lists/tintucsukien/dispform.aspx';

/** The department shown after the date ("28/11/2023 | Ban Nội chính"), per topic. */
const DEPARTMENTS: Readonly<Record<string, string>> = {
  party: 'Ban Tổ chức',
  union: 'Ban Dân vận',
  economy: 'Văn phòng Tỉnh ủy',
  sports: 'Ban Tuyên giáo',
  weather: 'Văn phòng Tỉnh ủy',
  other: 'Ban Nội chính',
};

const CATEGORIES: readonly SiteCategory[] = [{ alias: 'tin-tuc-su-kien', title: 'Tin tức sự kiện', topics: ['party', 'union', 'economy', 'sports', 'weather', 'other'], id: 1 }];

/**
 * The list page's script. It runs in the browser (and in jsdom in the tests):
 * reads ?page=N, asks the REST API for one item more than a page (to know if
 * there is a next page), then creates the links with DOM calls. No article URL
 * appears in the HTML source.
 */
const LIST_SCRIPT = `
(function () {
  var PAGE_SIZE = ${PER_PAGE};
  var match = /[?&]page=(\\d+)/i.exec(window.location.search);
  var page = match ? parseInt(match[1], 10) : 1;
  var list = document.getElementById('news-list');
  var pager = document.getElementById('news-pager');
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function vnDate(iso) {
    var d = new Date(new Date(iso).getTime() + 7 * 3600000);
    return pad(d.getUTCDate()) + '/' + pad(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear();
  }
  function pageLink(n, label) {
    var a = document.createElement('a');
    a.setAttribute('href', '${LIST_PAGE}?page=' + n);
    a.className = 'page-link';
    a.appendChild(document.createTextNode(label));
    pager.appendChild(a);
  }
  var xhr = new XMLHttpRequest();
  xhr.open('GET', "/_api/web/lists/getbytitle('Tintucsukien')/items?$select=ID,Title,Created,PhongBan&$orderby=Created%20desc&$top=" + (PAGE_SIZE + 1) + '&$skip=' + (page - 1) * PAGE_SIZE);
  xhr.setRequestHeader('Accept', 'application/json;odata=verbose');
  xhr.onload = function () {
    if (xhr.status !== 200) return;
    var items = JSON.parse(xhr.responseText).d.results;
    for (var i = 0; i < items.length && i < PAGE_SIZE; i++) {
      var li = document.createElement('li');
      li.className = 'news-item';
      var a = document.createElement('a');
      a.setAttribute('href', '/Lists/Tintucsukien/DispForm.aspx?ID=' + items[i].ID);
      a.appendChild(document.createTextNode(items[i].Title));
      var meta = document.createElement('span');
      meta.className = 'news-date';
      meta.appendChild(document.createTextNode(vnDate(items[i].Created) + ' | ' + items[i].PhongBan));
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    }
    if (page > 1) pageLink(page - 1, '« Trang trước');
    if (items.length > PAGE_SIZE) pageLink(page + 1, 'Trang sau »');
    document.body.setAttribute('data-news-loaded', 'true');
  };
  xhr.send();
})();
`;

function layout(site: SiteState, o: { title: string; main: string; script?: string }): string {
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}" target="_blank">${esc(l.name)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<title>${esc(o.title)}</title>
</head>
<body>
<div id="s4-workspace" ng-app="tinhuyApp">
<div class="header"><a href="/"><img src="/PublishingImages/logo-tinhuy.png" alt="${SITE_NAME}" /></a><span class="site-title">${SITE_NAME}</span>
<div class="tool-font">{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }} <a href="javascript:;">A-</a> <a href="javascript:;">A</a> <a href="javascript:;">A+</a></div></div>
<div class="menu"><ul><li><a href="/">{{ getLanguage('Menu_TrangChu', 'Trang chủ', 'Home') }}</a></li><li><a href="${LIST_PAGE}">{{ getLanguage('Menu_TinTuc', 'Tin tức sự kiện', 'News') }}</a></li></ul></div>
<div class="main">
${o.main}
</div>
<div class="footer"><ul class="weblink">${links}</ul><p>Cơ quan chủ quản: Tỉnh ủy Bình Dương</p></div>
</div>
${o.script ? `<script type="text/javascript">${o.script}</script>` : ''}
</body>
</html>`;
}

function listPage(site: SiteState, req: SiteRequest): SiteResponse | undefined {
  const page = pageParam(req.query.get('page'));
  if (page === undefined) return undefined;
  const main = `<h1 class="page-title">{{ getLanguage('TinTuc_TieuDe', 'Tin tức sự kiện', 'News and events') }}</h1>
<ul id="news-list" class="list-news"></ul>
<div id="news-pager" class="pager"></div>
<noscript>Vui lòng bật JavaScript để xem danh sách tin.</noscript>`;
  return html(layout(site, { title: `Tin tức sự kiện - ${SITE_NAME}`, main, script: LIST_SCRIPT }));
}

function api(site: SiteState, req: SiteRequest): SiteResponse {
  const top = Math.min(100, Number(req.query.get('$top') ?? 100) || 100);
  const skip = Number(req.query.get('$skip') ?? 0) || 0;
  const slice = site.articles.slice(skip, skip + top);
  const next = skip + top < site.articles.length;
  return json(
    {
      d: {
        results: slice.map((a) => ({
          __metadata: { id: `Web/Lists(guid'8f1c2b3a-0d4e-4f5a-9b6c-7d8e9f0a1b2c')/Items(${a.id})`, type: 'SP.Data.TintucsukienListItem' },
          ID: a.id,
          Title: a.title,
          Created: a.published.toISOString(),
          PhongBan: department(a),
        })),
        ...(next ? { __next: `${site.origin}/_api/web/lists/getbytitle('Tintucsukien')/items?$skip=${skip + top}&$top=${top}` } : {}),
      },
    },
    'application/json;odata=verbose;charset=utf-8',
  );
}

const department = (a: SiteArticle): string => DEPARTMENTS[a.topic] ?? 'Văn phòng Tỉnh ủy';

function articlePage(site: SiteState, a: SiteArticle): SiteResponse {
  let pictures = 0;
  const body = a.blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p style="text-align: justify;">${esc(b.text)}</p>`;
      pictures++;
      return `<p style="text-align: center;"><img src="${imagePath(a, pictures, '/PublishingImages/TinTuc')}" alt="${esc(b.caption)}" /></p><p style="text-align: center;"><em>${esc(b.caption)}</em></p>`;
    })
    .join('\n');
  const main = `<div class="news-detail">
<div class="news-info"><span class="date">${formatDmy(a.published)} | ${esc(department(a))}</span> <span class="tool">{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}</span></div>
<h1 class="news-title">${esc(a.title)}</h1>
<div class="news-content">
${body}
</div>
${a.author ? `<p class="news-author" style="text-align: right;"><strong>${esc(a.author)}</strong></p>` : ''}
</div>`;
  const html_ = layout(site, { title: `${a.title} - ${SITE_NAME}`, main }).replace('</title>', `</title>\n<meta property="article:published_time" content="${formatIsoVn(a.published)}" />`);
  return html(html_, { lastModified: a.published });
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const lower = req.path.toLowerCase();
  if (lower === '/' || lower === LIST_PAGE.toLowerCase()) return listPage(site, req);
  if (lower === API_PATH) return api(site, req);
  if (lower === DISP_FORM) {
    let id: string | null = null;
    for (const [k, v] of req.query) if (k.toLowerCase() === 'id') id = v;
    const found = id !== null && /^\d+$/u.test(id) ? site.byId(Number(id)) : undefined;
    return found ? articlePage(site, found) : undefined;
  }
  return undefined;
}

export const sharepointJs: SiteDefinition = {
  id: 'sharepoint-js',
  name: SITE_NAME,
  family: 'sharepoint',
  imitates: 'tinhuybinhduong.vn (SharePoint, client-rendered list)',
  sitesMd: '§2.3',
  province: 'Bình Dương',
  needsBrowser: true,
  idBase: 1040,
  idStep: 1,
  slugMaxLength: 80,
  categories: CATEGORIES,
  headers: { Server: 'Microsoft-IIS/10.0', 'X-Powered-By': 'ASP.NET', MicrosoftSharePointTeamServices: '16.0.0.5095' },
  htmlContentType: 'text/html; charset=utf-8',
  startPath: LIST_PAGE,
  feedPaths: [],
  sitemapPaths: [],
  robots: () => `User-agent: *
Disallow: /_vti_bin/
Disallow: /_layouts/
`,
  articlePath: (a) => `/Lists/Tintucsukien/DispForm.aspx?ID=${a.id}`,
  handle,
};
