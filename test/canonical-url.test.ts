/**
 * crawlers/canonical-url.ts: one article, one URL, per CMS family of
 * ../shared/SITES.md (§1.2 NukeViet variants, §2 the other families).
 */
import { describe, expect, it } from 'vitest';
import { articleKey, canonicalizeUrl, isArticleVariant } from '../crawlers/canonical-url.js';

const NV = 'https://dongnai.gov.vn/vi/news/xay-dung-dang/thanh-lap-chi-bo-dang-trong-doanh-nghiep-5229.html';
const LR = 'https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/Ez1TvgbQTjWZ/content/ket-nap-dang-vien-trong-doanh-nghiep';

describe('canonicalizeUrl', () => {
  it.each([
    // generic: host case, default port, fragment, tracking, query order, escapes
    ['generic host case, port, fragment', 'HTTPS://BaoCanTho.COM.VN:443/xa-hoi#binh-luan', undefined, 'https://baocantho.com.vn/xa-hoi'],
    ['generic keeps www. and a non-default port', 'http://WWW.baotayninh.vn:8080/a', undefined, 'http://www.baotayninh.vn:8080/a'],
    ['generic drops utm_*, fbclid, gclid, zarsrc', 'https://a.vn/x.html?utm_source=zalo&utm_medium=social&fbclid=IwAR0&gclid=Cj0&zarsrc=30&id=5', undefined, 'https://a.vn/x.html?id=5'],
    ['generic sorts the remaining parameters', 'https://a.vn/list?page=2&cat=7&a=1', undefined, 'https://a.vn/list?a=1&cat=7&page=2'],
    ['generic keeps the order of a repeated parameter', 'https://a.vn/s?t=2&k=x&t=1', undefined, 'https://a.vn/s?k=x&t=2&t=1'],
    ['generic drops an empty query', 'https://a.vn/x?utm_campaign=tet', undefined, 'https://a.vn/x'],
    ['generic upper-cases escapes, unescapes unreserved', 'https://a.vn/t%c3%a0i-li%E1%BB%87u/%7Euser?q=%2c%41', undefined, 'https://a.vn/t%C3%A0i-li%E1%BB%87u/~user?q=%2CA'],
    ['generic percent-encodes a raw Vietnamese path', 'https://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/5/x', undefined, 'https://vinhphuctv.vn/Qu%E1%BA%A3n-tr%E1%BB%8B/Tin-t%E1%BB%A9c-chung/ID/5/x'],
    ['generic trailing dot of the host', 'https://baodongnai.com.vn./chinh-tri/', undefined, 'https://baodongnai.com.vn/chinh-tri/'],
    ['generic does not apply family rules', 'https://x.vn/print/310', undefined, 'https://x.vn/print/310'],
    // NukeViet §1.2
    ['nukeviet print', 'https://dongnai.gov.vn/vi/news/print/xay-dung-dang/thanh-lap-chi-bo-dang-trong-doanh-nghiep-5229.html', 'nukeviet4', NV],
    ['nukeviet savefile (indexed by search engines)', 'https://dongnai.gov.vn/vi/news/savefile/xay-dung-dang/thanh-lap-chi-bo-dang-trong-doanh-nghiep-5229.html', 'nukeviet4', NV],
    ['nukeviet sendmail', 'https://dongnai.gov.vn/vi/news/sendmail/xay-dung-dang/thanh-lap-chi-bo-dang-trong-doanh-nghiep-5229.html', 'nukeviet4', NV],
    ['nukeviet savefile, English, real dongnai URL', 'https://dongnai.gov.vn/en/news/savefile/Socio-Economic-information/establishing-the-communist-party-organizations-in-enterprises-to-help-them-develop-stronger-5229.html', 'nukeviet4', 'https://dongnai.gov.vn/en/news/Socio-Economic-information/establishing-the-communist-party-organizations-in-enterprises-to-help-them-develop-stronger-5229.html'],
    ['nukeviet single-language site (no /vi)', 'https://tinhuybinhphuoc.vn/news/print/tin-tuc/hoi-nghi-12.html', 'nukeviet4', 'https://tinhuybinhphuoc.vn/news/tin-tuc/hoi-nghi-12.html'],
    ['nukeviet news as home module (no /news)', 'https://a.gov.vn/print/tin-tuc/hoi-nghi-12.html', 'nukeviet4', 'https://a.gov.vn/tin-tuc/hoi-nghi-12.html'],
    ['nukeviet module renamed /tin-tuc', 'https://a.gov.vn/vi/tin-tuc/print/cong-doan/dai-hoi-77.html', 'nukeviet4', 'https://a.gov.vn/vi/tin-tuc/cong-doan/dai-hoi-77.html'],
    ['nukeviet without rewrite (/index.php/…)', 'http://a.gov.vn/index.php/vi/news/sendmail/xay-dung-dang/ket-nap-5200.html', 'nukeviet3', 'http://a.gov.vn/index.php/vi/news/xay-dung-dang/ket-nap-5200.html'],
    ['nukeviet query form op=print/…', 'http://a.gov.vn/index.php?language=vi&nv=news&op=print/xay-dung-dang/ket-nap-5200.html', 'nukeviet4', 'http://a.gov.vn/index.php?language=vi&nv=news&op=xay-dung-dang/ket-nap-5200.html'],
    ['nukeviet a category named like a tool is left alone', 'https://a.gov.vn/vi/news/print/', 'nukeviet4', 'https://a.gov.vn/vi/news/print/'],
    ['nukeviet tag list is left alone', 'https://tinhuybinhphuoc.vn/news/tag/dang-vien/page-8', 'nukeviet4', 'https://tinhuybinhphuoc.vn/news/tag/dang-vien/page-8'],
    ['nukeviet category page-N keeps its slash', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/page-3/', 'nukeviet4', 'https://dongnai.gov.vn/vi/news/xay-dung-dang/page-3/'],
    // Drupal §2.1
    ['drupal /print/<nid>', 'http://bacgiang-iza.gov.vn/print/310', 'drupal7', 'http://bacgiang-iza.gov.vn/node/310'],
    ['drupal /printmail/<nid>', 'http://bacgiang-iza.gov.vn/printmail/310', 'drupal7', 'http://bacgiang-iza.gov.vn/node/310'],
    ['drupal /printpdf/<nid>', 'http://bacgiang-iza.gov.vn/printpdf/310', 'drupal8', 'http://bacgiang-iza.gov.vn/node/310'],
    ['drupal language prefix', 'https://a.gov.vn/vi/print/42', 'drupal7', 'https://a.gov.vn/vi/node/42'],
    ['drupal print of a path alias', 'https://a.gov.vn/print/tin-tuc/ket-nap-dang-vien', 'drupal7', 'https://a.gov.vn/tin-tuc/ket-nap-dang-vien'],
    ['drupal clean URLs off', 'http://a.gov.vn/?q=print/310', 'drupal7', 'http://a.gov.vn/?q=node/310'],
    ['drupal zero-based pager kept', 'http://bacgiang-iza.gov.vn/node?page=1', 'drupal7', 'http://bacgiang-iza.gov.vn/node?page=1'],
    // newspaper -a<id>.html §2.5
    ['news_a_id print', 'https://baocantho.com.vn/print/ket-nap-141-dang-vien-a198500.html', 'news_a_id', 'https://baocantho.com.vn/ket-nap-141-dang-vien-a198500.html'],
    ['news_a_id print with tracking', 'https://www.baotayninh.vn/print/cong-doan-a12.html?fbclid=x#top', 'news_a_id', 'https://www.baotayninh.vn/cong-doan-a12.html'],
    ['news_a_id category pager kept', 'https://baocantho.com.vn/xay-dung-dang?p=2', 'news_a_id', 'https://baocantho.com.vn/xay-dung-dang?p=2'],
    // Liferay §2.2
    ['liferay group id and redirect stripped', `${LR}/20181?inheritRedirect=false&redirect=https%3A%2F%2Fbacgiang.gov.vn%2Ftin-tuc-su-kien`, 'liferay', LR],
    ['liferay redirect without group id', `${LR}?redirect=%2Fxay-dung-dang-doan-the`, 'liferay', LR],
    ['liferay pager keeps the portlet query, sorted', 'https://bacgiang.gov.vn/tin-tuc-su-kien?p_p_id=101_INSTANCE_Qn7xKpR2sLdA&p_p_lifecycle=0&_101_INSTANCE_Qn7xKpR2sLdA_cur=2', 'liferay', 'https://bacgiang.gov.vn/tin-tuc-su-kien?_101_INSTANCE_Qn7xKpR2sLdA_cur=2&p_p_id=101_INSTANCE_Qn7xKpR2sLdA&p_p_lifecycle=0'],
    ['liferay drops namespaced redirect on a listing', 'https://moit.gov.vn/web/guest/tin-tuc?_101_INSTANCE_x_redirect=%2Fa&_101_INSTANCE_x_cur=3', 'liferay', 'https://moit.gov.vn/web/guest/tin-tuc?_101_INSTANCE_x_cur=3'],
    ['liferay tapchicongsan keeps %2C slug', 'https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/53031/dang-bo%2cnhan-dan.aspx', 'liferay', 'https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/53031/dang-bo%2Cnhan-dan.aspx'],
    // SharePoint §2.3
    ['sharepoint mixed-case list view', 'https://binhduong.gov.vn/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=135', 'sharepoint', 'https://binhduong.gov.vn/lists/tintucsukien/tongquat.aspx?pageindex=135'],
    ['sharepoint lower-case list view, same URL', 'https://binhduong.gov.vn/lists/tintucsukien/tongquat.aspx?pageindex=135', 'sharepoint', 'https://binhduong.gov.vn/lists/tintucsukien/tongquat.aspx?pageindex=135'],
    ['sharepoint DispForm', 'https://tinhuybinhduong.vn/Lists/Tintucsukien/DispForm.aspx?ID=1069', 'sharepoint', 'https://tinhuybinhduong.vn/lists/tintucsukien/dispform.aspx?id=1069'],
    ['aspnet paths are not lower-cased (SharePoint only)', 'https://dpidongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1553&CatId=51', 'aspnet', 'https://dpidongnai.gov.vn/Pages/newsdetail.aspx?CatId=51&NewsId=1553'],
    // WordPress §2.6
    ['wordpress shortlink left for the engine to follow', 'https://congdoan.example.vn/?p=123', 'wordpress', 'https://congdoan.example.vn/?p=123'],
    ['wordpress replytocom dropped', 'https://congdoan.example.vn/2024/06/ket-nap.html?replytocom=55#respond', 'wordpress', 'https://congdoan.example.vn/2024/06/ket-nap.html'],
    ['wordpress paged archive kept', 'https://congdoan.example.vn/category/tin-tuc/page/2/', 'wordpress', 'https://congdoan.example.vn/category/tin-tuc/page/2/'],
    // other newspaper families: generic rules only
    ['news_yyyymm', 'https://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/?utm_source=rss', 'news_yyyymm', 'https://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/'],
    ['news_cms', 'https://baohatinh.vn/ket-nap-dang-vien-post123456.html#comments', 'news_cms', 'https://baohatinh.vn/ket-nap-dang-vien-post123456.html'],
  ])('%s', (_name, input, family, expected) => {
    expect(canonicalizeUrl(input, family)).toBe(expected);
    // Canonical URLs are fixed points.
    expect(canonicalizeUrl(expected, family)).toBe(expected);
  });

  it('names the URL it cannot parse', () => {
    expect(() => canonicalizeUrl('/vi/news/a-1.html', 'nukeviet4')).toThrow(/not an absolute URL: "\/vi\/news\/a-1\.html"/u);
  });

  it('accepts family names loosely and treats unknown ones as generic', () => {
    expect(canonicalizeUrl('https://a.vn/vi/news/print/c/a-1.html', 'nukeviet')).toBe('https://a.vn/vi/news/c/a-1.html');
    expect(canonicalizeUrl('https://a.vn/vi/news/print/c/a-1.html', 'auto')).toBe('https://a.vn/vi/news/print/c/a-1.html');
  });
});

describe('isArticleVariant', () => {
  it.each([
    ['https://dongnai.gov.vn/vi/news/print/xay-dung-dang/a-5229.html', 'nukeviet4', 'print'],
    ['https://dongnai.gov.vn/vi/news/savefile/xay-dung-dang/a-5229.html', 'nukeviet4', 'savefile'],
    ['https://dongnai.gov.vn/vi/news/sendmail/xay-dung-dang/a-5229.html', 'nukeviet4', 'sendmail'],
    ['http://a.gov.vn/index.php?language=vi&nv=news&op=savefile/c/a-1.html', 'nukeviet4', 'savefile'],
    ['https://tinhuybinhphuoc.vn/news/tag/dang-vien/page-8', 'nukeviet4', 'tag'],
    ['https://skhcn.dongnai.gov.vn/vi/news/tag/chuyen-doi-so', 'nukeviet4', 'tag'],
    [NV, 'nukeviet4', null],
    ['https://dongnai.gov.vn/vi/news/xay-dung-dang/', 'nukeviet4', null],
    ['http://bacgiang-iza.gov.vn/print/310', 'drupal7', 'print'],
    ['http://bacgiang-iza.gov.vn/printmail/310', 'drupal7', 'sendmail'],
    ['http://bacgiang-iza.gov.vn/printpdf/310', 'drupal7', 'savefile'],
    ['http://a.gov.vn/?q=print/310', 'drupal7', 'print'],
    ['http://bacgiang-iza.gov.vn/node/310', 'drupal7', null],
    ['http://bacgiang-iza.gov.vn/taxonomy/term/5', 'drupal7', null],
    ['https://baocantho.com.vn/print/ket-nap-a198500.html', 'news_a_id', 'print'],
    ['https://baocantho.com.vn/tim-kiem/dang-vien.html', 'news_a_id', 'tag'],
    ['https://baocantho.com.vn/ket-nap-a198500.html', 'news_a_id', null],
    ['https://congdoan.example.vn/tag/doan-vien/', 'wordpress', 'tag'],
    ['https://laodong.vn/tags/cong-doan-co-so-12345.ldo', 'generic', 'tag'],
    ['https://baomoi.com/tag/Kết-nạp-Đảng.epi', 'generic', 'tag'],
    ['https://baomoi.com/ket-nap-dang-vien-c12345.epi', 'generic', null],
    // Only the families whose print URLs we know are rewritten; elsewhere "/print/…" is not assumed to be a copy.
    ['https://x.vn/print/310', 'generic', null],
  ])('%s (%s) → %s', (url, family, expected) => {
    expect(isArticleVariant(url, family)).toBe(expected);
  });
});

describe('articleKey', () => {
  it.each([
    [NV, 'nukeviet4', 'nukeviet:dongnai.gov.vn:news:5229'],
    // Same module + id, other category (moved: NukeViet 301s it), print variant: the same article.
    ['https://dongnai.gov.vn/vi/news/tin-tuc-su-kien/thanh-lap-chi-bo-5229.html', 'nukeviet4', 'nukeviet:dongnai.gov.vn:news:5229'],
    ['https://dongnai.gov.vn/vi/news/print/xay-dung-dang/thanh-lap-chi-bo-5229.html', 'nukeviet4', 'nukeviet:dongnai.gov.vn:news:5229'],
    ['http://dongnai.gov.vn/index.php?language=vi&nv=news&op=savefile/xay-dung-dang/a-5229.html', 'nukeviet4', 'nukeviet:dongnai.gov.vn:news:5229'],
    // Another module with the same id is another article.
    ['https://dongnai.gov.vn/vi/tin-tuc/xay-dung-dang/a-5229.html', 'nukeviet4', 'nukeviet:dongnai.gov.vn:tin-tuc:5229'],
    ['https://a.gov.vn/vi/xay-dung-dang/a-17.html', 'nukeviet4', 'nukeviet:a.gov.vn:home:17'],
    ['http://127.0.0.1:47101/vi/news/cong-doan/a-5203.html', 'nukeviet4', 'nukeviet:127.0.0.1:47101:news:5203'],
    ['https://tinhuybinhphuoc.vn/news/tag/dang-vien-2024.html', 'nukeviet4', null],
    ['https://dongnai.gov.vn/vi/news/xay-dung-dang/page-2/', 'nukeviet4', null],
    ['http://bacgiang-iza.gov.vn/printmail/310', 'drupal7', 'drupal:bacgiang-iza.gov.vn:node:310'],
    ['http://a.gov.vn/?q=node/310', 'drupal7', 'drupal:a.gov.vn:node:310'],
    ['https://a.gov.vn/tin-tuc/ket-nap', 'drupal7', null],
    ['https://baocantho.com.vn/print/ket-nap-a198500.html', 'news_a_id', 'news_a_id:baocantho.com.vn:198500'],
    [`${LR}/20181?inheritRedirect=false&redirect=%2F`, 'liferay', 'liferay:bacgiang.gov.vn:content:ket-nap-dang-vien-trong-doanh-nghiep'],
    ['https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/53031/dang-bo.aspx', 'liferay', 'liferay:tapchicongsan.org.vn:article:53031'],
    ['https://quanba.hagiang.gov.vn/chi-tiet-tin-tuc/-/news/4411/ket-nap.html', 'liferay', 'liferay:quanba.hagiang.gov.vn:news:4411'],
    ['https://tinhuybinhduong.vn/Lists/Tintucsukien/DispForm.aspx?ID=1069', 'sharepoint', 'sharepoint:tinhuybinhduong.vn:/lists/tintucsukien:1069'],
    ['https://binhduong.gov.vn/tin-tuc/585-chu-tich-pho-chu-tich-hdnd-tp-ho-chi-minh-mo', 'sharepoint', 'sharepoint:binhduong.gov.vn:/tin-tuc:585'],
    ['https://congdoan.example.vn/?p=123', 'wordpress', 'wordpress:congdoan.example.vn:post:123'],
    ['https://congdoan.example.vn/2024/06/ket-nap.html', 'wordpress', null],
    ['https://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/', 'news_yyyymm', 'news_yyyymm:baodongnai.com.vn:2908477'],
    ['https://baohatinh.vn/ket-nap-post123456.html', 'news_cms', 'news_cms:baohatinh.vn:123456'],
    ['https://baonghean.vn/ket-nap-event9876.html', 'b_maincontent', 'b_maincontent:baonghean.vn:9876'],
    ['https://baothanhhoa.vn/toan-van-nghi-quyet-245497.htm', 'news_htm', 'news_htm:baothanhhoa.vn:245497'],
    ['https://thanhphohaiphong.gov.vn/ket-nap-dang-vien.html', 'generic', null],
  ])('%s (%s) → %s', (url, family, expected) => {
    expect(articleKey(url, family)).toBe(expected);
  });
});
