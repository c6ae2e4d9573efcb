/**
 * The CMS adapters (crawlers/adapters/): which URLs are articles, listings,
 * feeds or dropped, per family (tables); pagination, listing items with their
 * dates, feeds (NukeViet's pubDate quirk) and sitemaps on small pages written
 * like the families' markup; `detectCms` on the saved page of every family
 * (test/fixtures/html/). No network.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../extract/html/decode-bytes.js';
import { ADAPTERS, adapterFor, classifyLink, detectCms } from '../crawlers/adapters/index.js';
import { parseFeedDate } from '../crawlers/adapters/_feeds.js';
import type { CmsFamily } from '../crawlers/registry.js';
import { CMS_FAMILIES } from '../crawlers/registry.js';

const html = (body: string): cheerio.CheerioAPI => cheerio.load(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
const xml = (text: string): cheerio.CheerioAPI => cheerio.load(text, { xml: true });

type Expect = 'article' | 'listing' | 'feed' | `drop:${string}` | 'ignore';

function kindOf(family: CmsFamily, url: string): Expect {
  const cls = classifyLink(adapterFor(family), new URL(url));
  return cls.kind === 'drop' ? `drop:${cls.reason}` : cls.kind;
}

describe('every family has an adapter', () => {
  it.each(CMS_FAMILIES)('%s', (family) => {
    expect(ADAPTERS[family].family).toBe(family);
  });
});

describe('classifyLink: articles, listings, feeds, drops (SITES.md §1–2)', () => {
  it.each<[CmsFamily, string, Expect]>([
    // NukeViet 4 (§1.2)
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/ket-nap-dang-vien-5229.html', 'article'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/print/xay-dung-dang/ket-nap-dang-vien-5229.html', 'article'],
    ['nukeviet4', 'https://dongnai.gov.vn/en/news/savefile/Socio-Economic-information/establishing-5229.html', 'article'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/sendmail/xay-dung-dang/ket-nap-dang-vien-5229.html', 'article'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/', 'listing'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/page-3/', 'listing'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/cong-doan/page-2/', 'listing'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/rss/', 'feed'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/rss/cong-doan/', 'feed'],
    ['nukeviet4', 'https://tinhuybinhphuoc.vn/news/tag/dang-vien/page-8', 'drop:tag'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/seek/?q=dang', 'drop:search'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/search/?q=dang&page=2', 'drop:search'],
    ['nukeviet4', 'https://dongnai.gov.vn/uploads/binhphuoc/news/2024_06/qd.pdf', 'drop:attachment'],
    ['nukeviet4', 'https://dongnai.gov.vn/uploads/news/2024_06/anh-1.jpg', 'drop:image'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/users/login/', 'drop:login'],
    ['nukeviet3', 'https://tinhuy.vn/vi/news/Tin-tuc/Ket-nap-dang-vien-123/', 'article'],
    // Drupal (§2.1)
    ['drupal7', 'http://bacgiang-iza.gov.vn/node/310', 'article'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/print/310', 'article'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/printmail/310', 'article'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/?page=2', 'listing'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/taxonomy/term/5', 'listing'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/taxonomy/term/5/feed', 'feed'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/rss.xml', 'feed'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/user/login', 'drop:login'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/search/node/dang', 'drop:search'],
    ['drupal8', 'https://x.gov.vn/node/12', 'article'],
    // Liferay (§2.2)
    ['liferay', 'https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap/20181?inheritRedirect=false&redirect=https%3A%2F%2Fbacgiang.gov.vn%2F', 'article'],
    ['liferay', 'https://quanba.hagiang.gov.vn/chi-tiet-tin-tuc/-/news/123/ket-nap.html', 'article'],
    ['liferay', 'https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/53031/dang-bo.aspx', 'article'],
    ['liferay', 'https://danang.gov.vn/web/guest/chi-tiet?id=5', 'article'],
    ['liferay', 'https://bacgiang.gov.vn/tin-tuc-su-kien?p_p_id=101_INSTANCE_Qn7x&_101_INSTANCE_Qn7x_cur=3', 'listing'],
    ['liferay', 'https://bacgiang.gov.vn/tin-tuc-su-kien/-/asset_publisher/Qn7xKpR2sLdA/rss', 'feed'],
    ['liferay', 'https://phuxuyen.hanoi.gov.vn/documents/20181/1041/bao-cao?t=1700000000000', 'drop:attachment'],
    ['liferay', 'https://bacgiang.gov.vn/c/portal/login', 'drop:login'],
    // SharePoint (§2.3)
    ['sharepoint', 'https://binhduong.gov.vn/tin-tuc/585-chu-tich-pho-chu-tich-hdnd-tp-ho-chi-minh-mo', 'article'],
    ['sharepoint', 'https://tinhuybinhduong.vn/Lists/Tintucsukien/DispForm.aspx?ID=1069', 'article'],
    ['sharepoint', 'https://dpidongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1553&CatId=51', 'article'],
    ['sharepoint', 'https://binhduong.gov.vn/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2', 'listing'],
    ['sharepoint', 'https://binhduong.gov.vn/lists/tintucsukien/tongquat.aspx?pageindex=135', 'listing'],
    ['sharepoint', 'https://binhduong.gov.vn/tin-tuc/tin-van-hoa-xa-hoi', 'listing'],
    ['sharepoint', 'https://binhduong.gov.vn/_layouts/15/listfeed.aspx?List=%7B6B5E%7D', 'feed'],
    ['sharepoint', 'https://binhduong.gov.vn/_layouts/15/Authenticate.aspx', 'drop:login'],
    ['sharepoint', 'https://binhduong.gov.vn/PublishingImages/TinTuc/a.jpg', 'drop:image'],
    // ASP.NET portals (§2.3–2.4)
    ['aspnet', 'https://vdb.gov.vn/tin-tuc/101/loi-may-chu-tam-thoi.aspx', 'article'],
    ['aspnet', 'https://hdnd.haiduong.gov.vn/hoat-dong/ky-hop-thu-mot-n514.html', 'article'],
    ['aspnet', 'https://quansu.haiduong.gov.vn/ViewDetail/ab12/ten-bai.html', 'article'],
    ['aspnet', 'https://haiphong.gov.vn/Portal/Default.aspx?Organization=TU&ContentID=55', 'article'],
    ['aspnet', 'https://daitienlang.vn/tin-tuc.aspx?page=2', 'listing'],
    // WordPress (§2.6)
    ['wordpress', 'https://congdoan.vn/2024/06/ket-nap-doan-vien.html', 'article'],
    ['wordpress', 'https://congdoan.vn/2024/06/02/ket-nap-doan-vien/', 'article'],
    ['wordpress', 'https://congdoan.vn/?p=1203', 'article'],
    ['wordpress', 'https://congdoan.vn/page/2/', 'listing'],
    ['wordpress', 'https://congdoan.vn/category/xay-dung-dang/page/3/', 'listing'],
    ['wordpress', 'https://congdoan.vn/feed/', 'feed'],
    ['wordpress', 'https://congdoan.vn/category/xay-dung-dang/feed/', 'feed'],
    ['wordpress', 'https://congdoan.vn/tag/cong-doan/', 'drop:tag'],
    ['wordpress', 'https://congdoan.vn/?s=dang', 'drop:search'],
    ['wordpress', 'https://congdoan.vn/wp-login.php', 'drop:login'],
    ['wordpress', 'https://congdoan.vn/wp-content/uploads/2024/06/a.pdf', 'drop:attachment'],
    // Newspapers (§2.5)
    ['news_a_id', 'https://baocantho.com.vn/ket-nap-dang-vien-a198500.html', 'article'],
    ['news_a_id', 'https://baocantho.com.vn/print/ket-nap-dang-vien-a198500.html', 'article'],
    ['news_a_id', 'https://baocantho.com.vn/xay-dung-dang?p=2', 'listing'],
    ['news_a_id', 'https://baocantho.com.vn/tim-kiem/dang-vien.html', 'drop:tag'],
    ['news_yyyymm', 'https://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/', 'article'],
    ['news_yyyymm', 'https://baodongnai.com.vn/202401/ket-nap-dang-vien-1a2b3c4/', 'article'],
    ['news_yyyymm', 'https://baodongnai.com.vn/chinh-tri/xay-dung-dang/', 'listing'],
    ['news_cms', 'https://baohatinh.vn/ket-nap-dang-vien-post271234.html', 'article'],
    ['news_cms', 'https://baosonla.vn/chinh-tri/ket-nap-dang-vien-123456.html', 'article'],
    ['news_cms', 'https://baohatinh.vn/chinh-tri/', 'listing'],
    ['b_maincontent', 'https://baohaiphong.vn/dang-uy-ket-nap-215-dang-vien-521034.html', 'article'],
    ['b_maincontent', 'https://baonghean.vn/dai-hoi-event712345.html', 'article'],
    ['news_htm', 'https://baothanhhoa.vn/toan-van-nghi-quyet-245497.htm', 'article'],
    ['news_htm', 'https://baothanhhoa.vn/thoi-su.htm', 'listing'],
    ['generic', 'https://dangcongsan.vn/canh-bao-thong-tin-gia/abc-592693.html', 'article'],
    ['generic', 'https://laodong.vn/cong-doan/ldld-tinh-bac-giang-586011.bld', 'article'],
    ['generic', 'https://x.vn/tin-tuc/chinh-tri/', 'listing'],
  ])('%s %s → %s', (family, url, expected) => {
    expect(kindOf(family, url)).toBe(expected);
  });
});

describe('classifyLink maps variants to their article (one article, one URL)', () => {
  it.each<[CmsFamily, string, string]>([
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/print/xay-dung-dang/ket-nap-5229.html', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/ket-nap-5229.html'],
    ['nukeviet4', 'https://dongnai.gov.vn/vi/news/savefile/xay-dung-dang/ket-nap-5229.html', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/ket-nap-5229.html'],
    ['drupal7', 'http://bacgiang-iza.gov.vn/print/310', 'http://bacgiang-iza.gov.vn/node/310'],
    ['news_a_id', 'https://baocantho.com.vn/print/ket-nap-a198500.html', 'https://baocantho.com.vn/ket-nap-a198500.html'],
    [
      'liferay',
      'https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap/20181?inheritRedirect=false&redirect=https%3A%2F%2Fbacgiang.gov.vn%2F',
      'https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap',
    ],
  ])('%s %s', (family, url, canonical) => {
    const cls = classifyLink(adapterFor(family), new URL(url));
    expect(cls.kind).toBe('article');
    if (cls.kind === 'article') expect(cls.url).toBe(canonical);
  });

  it('gives a NukeViet article the same key under another category (the id is the key)', () => {
    const a = classifyLink(adapterFor('nukeviet4'), new URL('https://dongnai.gov.vn/vi/news/kinh-te/ket-nap-5229.html'));
    const b = classifyLink(adapterFor('nukeviet4'), new URL('https://dongnai.gov.vn/vi/news/xay-dung-dang/ket-nap-moi-5229.html'));
    expect(a.kind === 'article' && b.kind === 'article' && a.key === b.key).toBe(true);
  });
});

describe('listing pages: page numbers and the next page', () => {
  it.each<[CmsFamily, string, number]>([
    ['nukeviet4', 'https://x.gov.vn/vi/news/page-3/', 3],
    ['nukeviet4', 'https://x.gov.vn/vi/news/', 1],
    ['drupal7', 'https://x.gov.vn/?page=1', 2],
    ['drupal7', 'https://x.gov.vn/taxonomy/term/5', 1],
    ['wordpress', 'https://x.vn/category/a/page/4/', 4],
    ['liferay', 'https://x.gov.vn/tin?p_p_id=101_INSTANCE_A&_101_INSTANCE_A_cur=5', 5],
    ['sharepoint', 'https://x.gov.vn/lists/tintucsukien/tongquat.aspx?pageindex=7', 7],
    ['news_a_id', 'https://x.vn/kinh-te?p=2', 2],
  ])('%s %s is page %d', (family, url, page) => {
    expect(adapterFor(family).listingPage(new URL(url))).toBe(page);
  });

  it.each<[CmsFamily, string, string, string]>([
    [
      'nukeviet4',
      'https://x.gov.vn/vi/news/page-2/',
      '<ul class="pagination"><li class="page-item"><a class="page-link" rel="prev" href="/vi/news/">1</a></li><li class="page-item active"><a class="page-link" href="javascript:void(0)">2</a></li><li class="page-item"><a class="page-link" rel="next" title="Tin Tức - Trang 3" href="/vi/news/page-3/">3</a></li></ul>',
      'https://x.gov.vn/vi/news/page-3/',
    ],
    [
      'drupal7',
      'https://x.gov.vn/',
      '<h2 class="element-invisible">Pages</h2><ul class="pager"><li class="pager-current">1</li><li class="pager-item"><a href="/?page=1">2</a></li><li class="pager-next"><a href="/?page=1">next ›</a></li></ul>',
      'https://x.gov.vn/?page=1',
    ],
    [
      'wordpress',
      'https://x.vn/page/2/',
      '<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="https://x.vn/">« Trước</a><span aria-current="page" class="page-numbers current">2</span><a class="next page-numbers" href="https://x.vn/page/3/">Tiếp »</a></div></nav>',
      'https://x.vn/page/3/',
    ],
    [
      'liferay',
      'https://x.gov.vn/tin?p_p_id=101_INSTANCE_A&_101_INSTANCE_A_cur=2',
      '<div class="taglib-page-iterator"><div class="pagination"><ul><li><a href="/tin?p_p_id=101_INSTANCE_A&amp;_101_INSTANCE_A_cur=1">1</a></li><li class="active"><a href="javascript:;">2</a></li><li><a href="/tin?p_p_id=101_INSTANCE_A&amp;_101_INSTANCE_A_cur=3">3</a></li></ul></div></div>',
      'https://x.gov.vn/tin?p_p_id=101_INSTANCE_A&_101_INSTANCE_A_cur=3',
    ],
    [
      'sharepoint',
      'https://x.gov.vn/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=1',
      '<div class="ms-paging pagination"><span class="current">1</span><a href="/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2">2</a><a class="next" href="/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2">&gt;</a></div>',
      'https://x.gov.vn/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2',
    ],
    [
      'news_a_id',
      'https://x.vn/kinh-te?p=2',
      '<div id="page"><ul><li><a href="/kinh-te">1</a></li><li><b>2</b></li><li><a href="/kinh-te?p=3">3</a></li><li><a href="/kinh-te?p=3">»</a></li></ul></div>',
      'https://x.vn/kinh-te?p=3',
    ],
    ['generic', 'https://x.vn/tin-tuc', '<div class="paging"><a href="/tin-tuc?page=2">Trang sau</a></div>', 'https://x.vn/tin-tuc?page=2'],
  ])('%s %s → next page', (family, url, pager, next) => {
    expect(adapterFor(family).nextListingPages(html(pager), new URL(url))).toEqual([next]);
  });

  it('finds no next page on the last page', () => {
    const last = '<ul class="pager"><li class="pager-previous"><a href="/?page=3">‹ previous</a></li><li class="pager-current">5</li></ul>';
    expect(adapterFor('drupal7').nextListingPages(html(last), new URL('https://x.gov.vn/?page=4'))).toEqual([]);
  });
});

describe('listing items carry the date the listing shows', () => {
  it('reads SharePoint list-view dates month first ("6/2/2024 4:05 PM" is 2 June)', () => {
    const $ = html(
      '<table><tr class="ms-itmhover"><td class="ms-vb-title"><a href="/tin-tuc/561-a-b">A</a></td><td class="ms-vb2"><nobr>6/2/2024 4:05 PM</nobr></td></tr>' +
        '<tr class="ms-itmhover"><td><a href="/tin-tuc/562-c-d">C</a></td><td class="ms-vb2">12/30/2023 9:00 AM</td></tr></table>',
    );
    expect(adapterFor('sharepoint').listingItems($, new URL('https://x.gov.vn/Lists/TinTucSuKien/TongQuat.aspx'))).toEqual([
      { url: 'https://x.gov.vn/tin-tuc/561-a-b', published: '2024-06-02', title: 'A' },
      { url: 'https://x.gov.vn/tin-tuc/562-c-d', published: '2023-12-30', title: 'C' },
    ]);
  });

  it('reads a day-first date beside a rendered SharePoint item ("02/06/2024 | Ban Dân vận")', () => {
    const $ = html('<ul id="news-list"><li class="news-item"><a href="/Lists/Tintucsukien/DispForm.aspx?ID=1041">T</a><span class="news-date">02/06/2024 | Ban Dân vận</span></li></ul>');
    expect(adapterFor('sharepoint').listingItems($, new URL('https://x.vn/Pages/tin-tuc-su-kien.aspx'))[0]?.published).toBe('2024-06-02');
  });

  it('takes one NukeViet item per teaser, with its "dd/mm/YYYY HH:MM:SS" date, thumbnail and title merged', () => {
    const $ = html(
      '<div class="news_column panel panel-default"><div class="panel-body featured"><a href="/vi/news/xay-dung-dang/a-5229.html"><img src="/x.jpg"></a><h2><a href="/vi/news/xay-dung-dang/a-5229.html" title="Tiêu đề">Tiêu đề</a></h2><div class="text-muted"><ul><li>02/06/2024 16:05:00</li></ul></div></div></div>' +
        '<hr/><h4>Các tin khác</h4><ul class="related list-items"><li><a class="show" href="/vi/news/cong-doan/b-5228.html">B</a> <em>(01/06/2024)</em></li></ul>',
    );
    expect(adapterFor('nukeviet4').listingItems($, new URL('https://x.gov.vn/vi/news/'))).toEqual([
      { url: 'https://x.gov.vn/vi/news/xay-dung-dang/a-5229.html', published: '2024-06-02', title: 'Tiêu đề' },
      { url: 'https://x.gov.vn/vi/news/cong-doan/b-5228.html', published: '2024-06-01', title: 'B' },
    ]);
  });

  it('prefers WordPress <time datetime> and accepts post titles under any permalink', () => {
    const $ = html('<article class="post-1203 post"><h2 class="entry-title"><a href="https://x.vn/ket-nap-doan-vien/">K</a></h2><time class="entry-date published" datetime="2024-06-02T16:05:00+07:00">02/06/2024</time></article>');
    expect(adapterFor('wordpress').listingItems($, new URL('https://x.vn/'))).toEqual([{ url: 'https://x.vn/ket-nap-doan-vien/', published: '2024-06-02', title: 'K' }]);
  });

  it('never borrows a neighbour row\'s date (generic ancestor search)', () => {
    const $ = html('<div><p><a href="/a/bai-mot-12345.html">1</a></p><p><a href="/a/bai-hai-12346.html">2</a> 03/06/2024</p></div>');
    const items = adapterFor('generic').listingItems($, new URL('https://x.vn/a/'));
    expect(items.map((i) => i.published)).toEqual([undefined, '2024-06-03']);
  });
});

describe('feeds and sitemaps', () => {
  it("reads NukeViet's pubDate by date and hour only (the 'minutes' are the month, SITES.md §1.5)", () => {
    // 17:05 UTC on 2 June is 00:05 on 3 June in Vietnam; NukeViet prints "17:06:00".
    expect(parseFeedDate('Sun, 2 Jun 2024 17:06:00 GMT', { dateQuirk: 'hour-only' })).toBe('2024-06-03');
    expect(parseFeedDate('Sun, 2 Jun 2024 09:06:00 GMT', { dateQuirk: 'hour-only' })).toBe('2024-06-02');
  });

  it('parses a NukeViet RSS feed (guid is not a permalink: the link is used)', () => {
    const $ = xml(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>A</title><link>https://x.gov.vn/vi/news/xay-dung-dang/a-5229.html</link><guid isPermaLink="false">news_5229</guid><pubDate>Sun, 2 Jun 2024 09:06:00 GMT</pubDate></item></channel></rss>',
    );
    expect(adapterFor('nukeviet4').parseFeed($, new URL('https://x.gov.vn/vi/news/rss/'))).toEqual([
      { url: 'https://x.gov.vn/vi/news/xay-dung-dang/a-5229.html', published: '2024-06-02', title: 'A' },
    ]);
  });

  it('parses a Liferay Atom feed', () => {
    const $ = xml(
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="alternate" href="https://x.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/a"/><published>2024-06-02T16:05:00+07:00</published></entry></feed>',
    );
    expect(adapterFor('liferay').parseFeed($, new URL('https://x.gov.vn/tin/-/asset_publisher/Q/rss'))).toEqual([
      { url: 'https://x.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/a', published: '2024-06-02', title: 'A' },
    ]);
  });

  it('parses a sitemap index and a urlset with lastmod', () => {
    const index = xml('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.vn/sitemap/2024-06.xml</loc><lastmod>2024-06-30T09:00:00+07:00</lastmod></sitemap></sitemapindex>');
    expect(adapterFor('news_a_id').parseSitemap(index, new URL('https://x.vn/sitemap.xml'))).toEqual({ kind: 'index', entries: [{ url: 'https://x.vn/sitemap/2024-06.xml', published: '2024-06-30' }] });
    const urlset = xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.vn/a-a1.html</loc><lastmod>2024-06-01T20:00:00Z</lastmod></url><url><loc>https://x.vn/b-a2.html</loc></url></urlset>');
    expect(adapterFor('news_a_id').parseSitemap(urlset, new URL('https://x.vn/sitemap/2024-06.xml'))).toEqual({
      kind: 'urlset',
      entries: [
        { url: 'https://x.vn/a-a1.html', published: '2024-06-02' },
        { url: 'https://x.vn/b-a2.html', published: undefined },
      ],
    });
  });

  it('finds feeds a page advertises', () => {
    const $ = cheerio.load('<html><head><link rel="alternate" type="application/rss+xml" href="/vi/news/rss/"><link rel="alternate" hreflang="en" href="/en/"></head><body></body></html>');
    expect(adapterFor('nukeviet4').feedLinks($, new URL('https://x.gov.vn/vi/'))).toEqual(['https://x.gov.vn/vi/news/rss/']);
  });
});

describe('needsBrowser: client-rendered SharePoint lists (tinhuybinhduong.vn)', () => {
  const adapter = adapterFor('sharepoint');
  const url = new URL('https://tinhuybinhduong.vn/Pages/tin-tuc-su-kien.aspx');
  it('is true for an empty list with unrendered {{ getLanguage(…) }} templates', () => {
    const page = `<div class="tool-font">{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}</div><ul id="news-list"></ul>`;
    expect(adapter.needsBrowser({ url, html: page, $: html(page) })).toBe(true);
  });
  it('is false once the list is rendered, and for server-rendered list views', () => {
    const rendered = `<div>{{ getLanguage('x', 'y', 'z') }}</div><ul id="news-list"><li><a href="/Lists/Tintucsukien/DispForm.aspx?ID=1">a</a></li></ul>`;
    expect(adapter.needsBrowser({ url, html: rendered, $: html(rendered) })).toBe(false);
    const plain = '<table><tr class="ms-itmhover"><td><a href="/tin-tuc/1-a">a</a></td></tr></table>';
    expect(adapter.needsBrowser({ url, html: plain, $: html(plain) })).toBe(false);
  });
});

describe('detectCms on the saved page of each family (test/fixtures/html)', () => {
  it.each<[string, string, CmsFamily, RegExp]>([
    ['nukeviet4.html', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/a-5231.html', 'nukeviet4', /^generator: NukeViet v4\.5/u],
    ['nukeviet3.html', 'https://tinhuybinhphuoc.vn/', 'nukeviet3', /^generator/u],
    ['drupal7.html', 'http://bacgiang-iza.gov.vn/node/310', 'drupal7', /^generator: Drupal 7/u],
    ['liferay.html', 'https://bacgiang.gov.vn/', 'liferay', /portlet-boundary/u],
    ['sharepoint.html', 'https://tinhuybinhduong.vn/', 'sharepoint', /SharePoint/u],
    ['aspnet.html', 'https://haiphong.gov.vn/', 'aspnet', /__VIEWSTATE/u],
    ['wordpress.html', 'https://congdoanbinhduong.org.vn/', 'wordpress', /WordPress/u],
    ['news_a_id.html', 'https://baocantho.com.vn/', 'news_a_id', /content-fck/u],
    ['news_yyyymm.html', 'http://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/', 'news_yyyymm', /YYYYMM/u],
    ['news_cms.html', 'https://baohatinh.vn/', 'news_cms', /cms-body/u],
    ['b_maincontent.html', 'https://baohaiphong.vn/', 'b_maincontent', /b-maincontent/u],
    ['nld_detail.html', 'https://nld.com.vn/cong-doan/tp-hcm-ket-nap-20231015203019876.htm', 'news_htm', /htm/u],
    ['generic.html', 'https://example.vn/', 'generic', /^none$/u],
  ])('%s → %s', (file, url, family, signal) => {
    const { text } = decodeBytes(readFileSync(new URL(`./fixtures/html/${file}`, import.meta.url)));
    const detected = detectCms(url, text);
    expect(detected.family).toBe(family);
    expect(detected.signal).toMatch(signal);
  });

  it('counts article-shaped links on a home page without markers', () => {
    const links = [1, 2, 3].map((i) => `<a href="/bai-${i}-a19850${i}.html">x</a>`).join('');
    expect(detectCms('https://baotayninh.vn/', `<html><body>${links}</body></html>`)).toEqual({ family: 'news_a_id', signal: 'links: 3 × -a<id>.html' });
  });
});
