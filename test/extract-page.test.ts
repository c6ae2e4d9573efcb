import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../extract/html/decode-bytes.js';
import { _parseSelectorList, extractPage } from '../extract/html/extract-page.js';
import {
  COMMON_BODY_REMOVE,
  FAMILIES,
  GENERIC_BODY_REMOVE,
  GENERIC_FAMILY,
  NOT_PUBLICATION_DATE,
  NOT_TITLE_CONTAINER,
  PAGE_NON_TEXT,
} from '../extract/html/selectors.js';

/** Fixtures are read as bytes and decoded like crawled pages (one is windows-1258, one has a BOM, one is NFD). */
function loadFixture(name: string): string {
  const bytes = readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url));
  return decodeBytes(bytes).text;
}

interface FixtureCase {
  file: string;
  url?: string;
  family: string;
  title: string;
  published: string | null;
  author: string | null;
  site?: string | null;
  canonicalUrl?: string | null;
  bodyHas: string[];
  bodyLacks: string[];
  chromeHas?: string[];
}

/** Lines every fixture's chrome has and no body may contain. */
const NEVER_IN_BODY = ['Trang chủ', 'Trang nhất', 'Liên hệ', 'Cơ quan chủ quản', '{{', 'getLanguage'];

const FIXTURES: FixtureCase[] = [
  {
    file: 'nukeviet4.html',
    url: 'https://dongnai.gov.vn/vi/news/xay-dung-dang/dang-bo-cac-khu-cong-nghiep-ket-nap-56-dang-vien-5231.html',
    family: 'nukeviet4',
    title: 'Đảng bộ các khu công nghiệp kết nạp 56 đảng viên trong doanh nghiệp ngoài nhà nước',
    // Visible span.h5, not the 4.5 microdata edit time (2024-06-05) nor the masthead (2024-11-21).
    published: '2024-06-02',
    author: 'Minh Anh',
    site: 'Cổng thông tin điện tử tỉnh Đồng Nai',
    canonicalUrl: 'https://dongnai.gov.vn/vi/news/xay-dung-dang/dang-bo-cac-khu-cong-nghiep-ket-nap-56-dang-vien-5231.html',
    bodyHas: ['(CTTĐTBP) - Sáng 1/6', 'đã kết nạp 56 đảng viên mới', 'thành lập mới 12 công đoàn cơ sở', 'phát triển 4.850 đoàn viên công đoàn', 'Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại hội nghị'],
    bodyLacks: [
      'Tổng số điểm', 'Xếp hạng', 'phiếu bầu', 'Click để đánh giá', 'Đang truy cập', 'Tổng lượt truy cập', 'Những tin mới hơn', 'Những tin cũ hơn',
      'Trao Huy hiệu Đảng đợt 19/5', 'Tags', 'phát triển đảng viên, doanh nghiệp', 'Tác giả', 'Nguồn tin', 'Việc làm Bình Phước', 'DVC Quốc gia',
      'Thời gian chờ', 'Gửi bài viết qua email', 'Dịch vụ công trực tuyến', '21/11/2024', 'Tweet',
    ],
    chromeHas: ['Đang truy cập1,180', 'Tổng lượt truy cập81,270,332', 'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Nai', 'Những tin mới hơn'],
  },
  {
    file: 'nukeviet3.html',
    family: 'nukeviet3',
    title: 'Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 38 đảng viên mới',
    // "Thứ năm - 15/03/2012  09:30": 3.x puts two spaces before the time.
    published: '2012-03-15',
    author: 'Hồng Nhung',
    site: 'Trang thông tin điện tử Đảng bộ tỉnh Bình Phước',
    bodyHas: ['Trong quý I năm 2012', 'kết nạp 38 đảng viên mới', 'thành lập 3 công đoàn cơ sở'],
    bodyLacks: ['In ra', 'Lưu bài viết này', 'Tổng số điểm', 'Từ khóa', 'Những tin mới hơn', 'Huyện ủy Đồng Phú trao quyết định', 'Bản quyền thuộc', 'Lễ kết nạp đảng viên', 'Đang truy cập'],
  },
  {
    file: 'drupal7.html',
    url: 'http://bacgiang-iza.gov.vn/node/310',
    family: 'drupal7',
    // The "(Tiếng Việt)" translation suffix is cut.
    title: 'Phát triển tổ chức công đoàn trong các khu công nghiệp',
    // Seed 003's site shows no date; the sidebar's "Tin nổi bật" dates must not leak in.
    published: null,
    author: null,
    site: 'Ban Quản lý các khu công nghiệp tỉnh Bắc Giang',
    canonicalUrl: 'http://bacgiang-iza.gov.vn/node/310',
    bodyHas: ['thành lập mới 12 công đoàn cơ sở, kết nạp 2.350 đoàn viên', '41 quần chúng đã được kết nạp vào Đảng'],
    bodyLacks: ['Bản in', 'Send by email', 'Tiếng Việt', 'Tin nổi bật', 'Tổng lượt xem tin', 'Trong tuần', 'Tags', 'Quang Châu', 'Skip to main content'],
    chromeHas: ['Tổng lượt xem tin:1254301', 'Tin nổi bật'],
  },
  {
    file: 'liferay.html',
    url: 'https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content/bac-giang-thanh-lap-moi-15-to-chuc-co-so-ang-trong-doanh-nghiep',
    family: 'liferay',
    title: 'Bắc Giang: Thành lập mới 15 tổ chức cơ sở đảng trong doanh nghiệp',
    published: '2024-05-15',
    author: 'Thu Hương',
    site: 'Cổng thông tin điện tử tỉnh Bắc Giang',
    bodyHas: ['thành lập mới 15 tổ chức cơ sở đảng', 'kết nạp 287 đảng viên', 'thành lập mới 48 công đoàn cơ sở', 'Huyện Việt Yên | 5 | 98'],
    bodyLacks: ['lượt xem', 'Đánh giá', 'Chia sẻ', 'Tin liên quan', 'Hội nghị sơ kết 5 năm', 'Liên kết website', '20/11/2024'],
  },
  {
    file: 'sharepoint.html',
    url: 'https://tinhuybinhduong.vn/Lists/Tintucsukien/DispForm.aspx?ID=1069',
    family: 'sharepoint',
    title: 'Ban Nội chính Tỉnh ủy sơ kết công tác phát triển đảng viên năm 2023',
    published: '2023-11-28',
    author: 'Thanh Hà',
    bodyHas: ['Chiều 27/11', 'đã kết nạp 64 đảng viên mới', '1.870 đảng viên', 'Quang cảnh hội nghị sơ kết'],
    bodyLacks: ['Cỡ chữ', 'Font size', 'A- A A+', 'In bài viết', 'Phản hồi', 'Các tin khác', 'Mới nhất', 'Xem nhiều nhất', 'Ban Nội chính\n', '20/11/2024'],
  },
  {
    file: 'aspnet.html',
    url: 'http://haiphong.gov.vn/Portal/Default.aspx?Organization=TU&MenuID=4521&ContentID=12345',
    family: 'aspnet',
    title: 'Quận Lê Chân kết nạp 112 đảng viên mới',
    published: '2019-01-15',
    author: 'Phương Linh',
    bodyHas: ['Năm 2018, Đảng bộ quận Lê Chân đã kết nạp 112 đảng viên mới', 'thành lập mới 17 công đoàn cơ sở, kết nạp 1.260 đoàn viên'],
    bodyLacks: ['In trang', 'Gửi email', 'Lên top', 'Các tin khác', 'Hội nghị Thành ủy lần thứ 24', 'CHUYÊN MỤC', 'Số lượt truy cập', '21/01/2019'],
    chromeHas: ['CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG - THÀNH ỦY HẢI PHÒNG'],
  },
  {
    file: 'wordpress.html',
    family: 'wordpress',
    title: 'LĐLĐ tỉnh thành lập mới 35 công đoàn cơ sở trong quý I',
    published: '2024-03-12',
    author: 'Thanh Tâm',
    site: 'Công đoàn Bình Dương',
    canonicalUrl: 'https://congdoanbinhduong.org.vn/2024/03/ldld-tinh-thanh-lap-moi-35-cong-doan-co-so-trong-quy-i.html',
    bodyHas: ['thành lập mới 35 công đoàn cơ sở, kết nạp 6.418 đoàn viên', '58 đoàn viên đã được kết nạp vào Đảng', 'Lễ ra mắt công đoàn cơ sở tại KCN Mỹ Phước'],
    bodyLacks: ['Chia sẻ', 'Facebook', 'Có liên quan', 'Hội nghị cán bộ, công chức', 'Chuyên mục', 'Thẻ', 'Trả lời', 'Bình luận', 'Tết Sum vầy', 'Bài viết mới'],
  },
  {
    file: 'news_a_id.html',
    family: 'news_a_id',
    title: 'Quận Ninh Kiều kết nạp 56 đảng viên trong doanh nghiệp ngoài nhà nước',
    published: '2026-01-08',
    // Right-aligned last paragraph "Tin, ảnh: P.Y".
    author: 'P.Y',
    site: 'Báo Cần Thơ Online',
    bodyHas: ['(CTO) - Ngày 8-1', 'kết nạp 56 đảng viên trong doanh nghiệp ngoài nhà nước', 'thành lập mới 12 công đoàn cơ sở', 'Đồng chí Bí thư Quận ủy Ninh Kiều phát biểu tại hội nghị.'],
    bodyLacks: ['Xây dựng Đảng', 'In bài', 'Từ khóa', 'BÌNH LUẬN', 'Gửi ý kiến', 'Tin cùng chuyên mục', 'Quận Cái Răng', 'Tiêu điểm', '22/01/2026', 'Chia sẻ bài viết'],
  },
  {
    file: 'news_yyyymm.html',
    url: 'http://baodongnai.com.vn/tintuc/201808/ket-nap-141-dang-vien-2908477/',
    family: 'news_yyyymm',
    title: 'Kết nạp 141 đảng viên trong doanh nghiệp',
    // "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)", not the masthead's 31/08/2018.
    published: '2018-08-27',
    author: 'Hải Quân',
    site: 'Báo Đồng Nai điện tử',
    bodyHas: ['(ĐN) - Sau 2 năm', 'thành lập mới 9 tổ chức cơ sở đảng', 'phát triển 3.400 đoàn viên mới và thành lập 21 công đoàn cơ sở'],
    bodyLacks: ['Cập nhật lúc', 'In bài viết', 'Gửi email', 'Từ khóa', 'Tin liên quan', 'Trao quyết định kết nạp Đảng cho 25 công nhân', 'Đọc nhiều', 'Quảng cáo'],
  },
  {
    file: 'news_cms.html',
    family: 'news_cms',
    // The file is NFD; everything comes out NFC.
    title: 'Hà Tĩnh: Thành lập mới 23 công đoàn cơ sở trong doanh nghiệp',
    published: '2024-04-15',
    author: 'Thu Hà',
    site: 'Báo Hà Tĩnh',
    bodyHas: ['Quý I/2024, Liên đoàn Lao động tỉnh Hà Tĩnh thành lập mới 23 công đoàn cơ sở', '1.405 công đoàn cơ sở với 78.600 đoàn viên', '21 người đã được kết nạp'],
    bodyLacks: ['Xem thêm', 'Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XIX', 'Từ khóa', 'Tin liên quan', 'Chia sẻ', 'Đọc nhiều', 'Thứ Ba, 16/04/2024'],
  },
  {
    file: 'b_maincontent.html',
    family: 'b_maincontent',
    title: 'Đảng ủy các Khu công nghiệp Hải Phòng kết nạp 215 đảng viên',
    published: '2025-09-10',
    author: 'Ngọc Lan',
    site: 'Báo Hải Phòng',
    bodyHas: ['Sau 9 tháng năm 2025', 'kết nạp 215 đảng viên', '318 công đoàn cơ sở với 186.000 đoàn viên'],
    bodyLacks: ['Từ khóa', 'Tin liên quan', 'Trao Huy hiệu Đảng đợt 2/9', 'Sao chép liên kết', 'Zalo', '11/09/2025'],
  },
  {
    file: 'hai_phong_portal.html',
    url: 'https://thanhphohaiphong.gov.vn/huyen-thuy-nguyen-thanh-lap-8-to-chuc-co-so-dang-trong-doanh-nghiep-tu-nhan.html',
    family: 'hai_phong_portal',
    title: 'Huyện Thủy Nguyên thành lập 8 tổ chức cơ sở đảng trong doanh nghiệp tư nhân',
    // "Print Thứ Tư, 15/01/2020 08:22 Gốc" (seed 004).
    published: '2020-01-15',
    // A bare last line.
    author: 'Hoàng Tùng',
    site: 'Cổng Thông tin điện tử thành phố Hải Phòng',
    bodyHas: ['thành lập 8 tổ chức cơ sở đảng và kết nạp 74 đảng viên', 'thành lập mới 14 công đoàn cơ sở, kết nạp 2.080 đoàn viên'],
    bodyLacks: ['Print', 'Gốc', 'Tiện ích thông tin', 'Nguồn tin', 'QR Code', 'QR CODE', 'Tin khác', 'Chúng tôi trên Mạng Xã hội', 'Trao tặng Huy hiệu Đảng'],
  },
  {
    file: 'daitienlang.html',
    url: 'https://daitienlang.vn/tin-tuc/dang-bo-xa-quang-phuc-ket-nap-12-dang-vien-moi',
    family: 'daitienlang',
    title: 'Đảng bộ xã Quang Phục kết nạp 12 đảng viên mới',
    // "Ngày 01/03/2022", never the masthead "Thứ sáu, ngày 26 tháng 04 năm 2024".
    published: '2022-03-01',
    author: 'Văn Sơn',
    bodyHas: ['kết nạp 12 đảng viên mới, hoàn thành 120% chỉ tiêu', 'thành lập 2 công đoàn cơ sở mới, kết nạp 160 đoàn viên'],
    bodyLacks: ['Lượt xem', 'Nguồn: daitienlang.vn', 'Ý kiến phản hồi', 'Captcha', 'Tin mới hơn', 'Tin cũ hơn', 'Hiển thị', 'Trang: 1 - 2 - 3', 'Xã Kiến Thiết', 'ngày 26 tháng 04'],
    chromeHas: ['Lượt xem: 16717', 'Thứ sáu, ngày 26 tháng 04 năm 2024'],
  },
  {
    file: 'nld_detail.html',
    family: 'nld_detail',
    title: 'TP HCM: Kết nạp 1.120 đảng viên là công nhân trong 9 tháng',
    published: '2023-10-15',
    author: 'Nam Dương',
    site: 'Báo Người Lao Động Online',
    bodyHas: ['(NLĐO) - 9 tháng năm 2023', 'thành lập mới 186 công đoàn cơ sở, kết nạp 41.650 đoàn viên', '23.816 công đoàn cơ sở'],
    bodyLacks: ['Trao 5.000 phần quà', 'Tin liên quan', 'Đại hội Công đoàn TP HCM lần thứ XII', 'Chia sẻ', 'Đăng nhập', 'kết nạp Đảng\n'],
  },
  {
    file: 'generic.html',
    family: 'generic',
    title: 'Kết nạp 27 đoàn viên công đoàn ưu tú vào Đảng',
    // "Đăng ngày: 12/07/2023 14:20" next to the title; not the vuit-style masthead, not the "TIN MỚI" list.
    published: '2023-07-12',
    author: 'Thu Trang',
    // No og:site_name: the site is what the <title> ends with.
    site: 'Liên đoàn Lao động huyện Bù Đăng',
    bodyHas: ['Sáng 11/7', 'đã có 27 đoàn viên được kết nạp vào Đảng', 'thành lập mới 3 công đoàn cơ sở', '96 công đoàn cơ sở với 7.350 đoàn viên'],
    bodyLacks: ['Đăng ngày', 'Cỡ chữ', 'In bài viết', 'Chia sẻ', 'TIN MỚI', 'Ra mắt công đoàn cơ sở Công ty cao su', 'LIÊN KẾT', 'Lượt truy cập', 'Các tin khác', 'Sơ kết 5 năm thực hiện Chỉ thị 33', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN BÙ ĐĂNG'],
    chromeHas: ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN BÙ ĐĂNG - TỈNH BÌNH PHƯỚC', 'Lượt truy cập: 123.456'],
  },
];

describe('extractPage on saved pages of each CMS family', () => {
  it('covers at least ten families besides the generic fallback', () => {
    expect(new Set(FIXTURES.map((c) => c.family).filter((f) => f !== 'generic')).size).toBeGreaterThanOrEqual(10);
  });

  describe.each(FIXTURES)('$file', (fixture) => {
    const page = extractPage(loadFixture(fixture.file), { url: fixture.url ?? null });

    it('detects the family', () => expect(page.family).toBe(fixture.family));
    it('reads the title', () => expect(page.title).toBe(fixture.title));
    it('reads the publication date', () => expect(page.published).toBe(fixture.published));
    it('reads the author', () => expect(page.author).toBe(fixture.author));
    if (fixture.site !== undefined) it('reads the site name', () => expect(page.site).toBe(fixture.site));
    if (fixture.canonicalUrl !== undefined) it('reads the canonical URL', () => expect(page.canonicalUrl).toBe(fixture.canonicalUrl));

    it.each(fixture.bodyHas)('body has %j', (text) => expect(page.body).toContain(text));
    it.each([...fixture.bodyLacks, ...NEVER_IN_BODY])('body lacks %j', (text) => expect(page.body).not.toContain(text));
    it.each(fixture.chromeHas ?? [])('boilerplate has %j', (text) => expect(page.boilerplate).toContain(text));

    it('returns clean NFC lines: no empty, no repeated neighbours, no runs of spaces', () => {
      const lines = page.body.split('\n');
      expect(page.body).toBe(page.body.normalize('NFC'));
      expect(lines.every((line) => line.trim() === line && line.length > 0 && !line.includes('  '))).toBe(true);
      expect(lines.some((line, i) => i > 0 && line === lines[i - 1])).toBe(false);
    });

    it('keeps the title out of the body and the body out of the boilerplate', () => {
      expect(page.body.split('\n')[0]).not.toBe(fixture.title);
      expect(page.boilerplate).not.toContain(fixture.bodyHas[fixture.bodyHas.length - 1]);
      expect(page.boilerplate.length).toBeLessThanOrEqual(4000);
    });
  });
});

/** A page with a generic article body, so the date/title cascade can be tested on its own. */
function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
const ARTICLE = '<div itemprop="articleBody"><p>Năm 2024, Đảng ủy Khối đã kết nạp 56 đảng viên mới, thành lập 12 công đoàn cơ sở.</p></div>';

describe('publication date cascade', () => {
  it.each([
    [
      'NukeViet og quirk "Y-m-dTH:i:s" read for its date only',
      page('<meta property="article:published_time" content="2024-06-02+0716:05:00">', `<h1>Tin</h1>${ARTICLE}`),
      null,
      '2024-06-02',
    ],
    ['ISO with Z: the Vietnamese calendar day', page('<meta property="article:published_time" content="2024-06-01T20:00:00Z">', `<h1>Tin</h1>${ARTICLE}`), null, '2024-06-02'],
    [
      'JSON-LD datePublished (raw newline in a string does not matter)',
      page('<script type="application/ld+json">{"headline":"a\nb","datePublished":"2023-05-06T08:00:00+07:00"}</script>', `<h1>Tin</h1>${ARTICLE}`),
      null,
      '2023-05-06',
    ],
    ['time[datetime] in the article', page('', `<article><h1>Tin</h1><time datetime="2022-02-03T09:00:00+07:00">3/2</time>${ARTICLE}</article>`), null, '2022-02-03'],
    ['time[datetime] in a sidebar is ignored', page('', `<div class="main"><h1>Tin</h1>${ARTICLE}</div><aside><time datetime="2020-01-01">1/1</time></aside>`), null, null],
    ['time[datetime] in a sidebar is ignored when title and body share only <body>', page('', `<h1>Tin</h1>${ARTICLE}<div class="box"><time datetime="2020-01-01">1/1</time></div>`), null, null],
    ['microdata datePublished', page('<meta itemprop="datePublished" content="2021-09-10">', `<h1>Tin</h1>${ARTICLE}`), null, '2021-09-10'],
    [
      "Liferay's asset publisher: the page's \"Ngày cập nhật\", not the dates of the stories listed under \"Tin khác\"",
      page(
        '',
        `<section class="portlet" id="portlet_101_INSTANCE_Xk7p"><div class="portlet-content"><div class="asset-full-content default-asset-publisher show-asset-title"><h3 class="header-title"><span>Tin</span></h3><div class="asset-meta"><span class="ngay-dang">Ngày cập nhật 14/08/2020 15:20</span></div><div class="asset-content"><div class="journal-content-article">${ARTICLE}</div></div><div class="asset-links"><h4 class="title-other">Tin khác</h4><ul class="list-other-news"><li><a href="/a">Tin cũ</a> <span class="date">(12/08/2020)</span></li></ul></div></div></div></section>`,
      ),
      null,
      '2020-08-14',
    ],
    [
      "a VNPT Liferay news-detail: its info-news date, not the dates of \"Tin liên quan\" listed under it",
      page(
        '',
        `<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Kx7q"><div class="portlet-content"><div class="asset-full-content default-asset-publisher no-title"><div class="news-detail"><h2 class="title-news">Tin</h2><div class="info-news"><span class="ngay-dang">15/05/2023 10:32</span></div><div class="journal-content-article">${ARTICLE}</div></div><div class="tin-lien-quan"><h3 class="title-lien-quan">Tin liên quan</h3><ul><li><a href="/a">Tin cũ</a> <span class="date">(04/05/2023)</span></li></ul></div></div></div></section>`,
      ),
      null,
      '2023-05-15',
    ],
    [
      'a NukeViet masthead current-time is never the date',
      page('', `<div id="header"><span class="current-time">Thứ năm - 21/11/2024 08:30</span></div><div class="main"><h1>Tin</h1>${ARTICLE}</div>`),
      null,
      null,
    ],
    [
      'a vuit-style masthead "today" is never the date',
      page('', `<div class="header"><div>Thứ sáu, ngày 26 tháng 04 năm 2024</div></div><div class="main"><h1>Tin</h1>${ARTICLE}</div>`),
      null,
      null,
    ],
    [
      "an article's own <header> with the date is not a masthead",
      page('', `<div id="header"><span class="today">20/11/2024</span></div><article><header><h1>Tin</h1><p>Ngày 05/06/2024</p></header>${ARTICLE}</article>`),
      null,
      '2024-06-05',
    ],
    ['a stamp above the body, next to the title', page('', `<div class="main"><h1>Tin</h1><div>Cập nhật lúc: 18:00 |22/05/2022</div>${ARTICLE}</div>`), null, '2022-05-22'],
    [
      'a Drupal date field printed after the body ("Ngày đăng:")',
      page('<meta name="Generator" content="Drupal 7 (http://drupal.org)">', `<div class="node"><h1>Tin</h1><div class="field-name-body">${ARTICLE}</div><div class="field field-name-field-ngay-dang"><div class="field-label">Ngày đăng:&nbsp;</div><span class="date-display-single">12/01/2017 - 15:40</span></div></div>`),
      null,
      '2017-01-12',
    ],
    [
      'a stamp right after a title that the body holds, not the masthead',
      page('', `<div class="tccs-top"><span class="today">Thứ Ba, 25/08/2020</span></div><div class="journal-content-article"><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/xdd">Xây dựng Đảng</a></div><h1 class="title">Tin</h1><div class="info"><span class="author">NGUYỄN VĂN QUANG</span> - <span class="position">Ban Tổ chức Thành ủy Đà Nẵng</span> <span class="date">12/08/2020 10:15</span></div><div class="content">${ARTICLE}</div></div>`),
      null,
      '2020-08-12',
    ],
    [
      'the URL when the page shows nothing (nld timestamp id)',
      page('', `<h1>Tin</h1>${ARTICLE}`),
      'https://nld.com.vn/cong-doan/ket-nap-20231015203019876.htm',
      '2023-10-15',
    ],
    [
      'the visible NukeViet date beats the og meta',
      page(
        '<meta name="generator" content="NukeViet v4.5"><meta property="article:published_time" content="2024-06-05+0709:12:44">',
        '<div class="news_column"><div class="panel-body"><h1 class="title">Tin</h1><div class="row"><span class="h5">Chủ nhật - 02/06/2024 16:05</span></div><div id="news-bodyhtml"><p>Kết nạp 5 đảng viên.</p></div></div></div>',
      ),
      null,
      '2024-06-02',
    ],
    [
      "Liferay 6: the asset publisher's title in its taglib-header and the stamp in .news-date, not a related item's date",
      page(
        '',
        '<div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_INSTANCE_kH7p_"><div class="portlet-body"><div class="taglib-header"><h3 class="header-title"><span>Ninh Thuận: 10 năm xây dựng tổ chức đảng trong doanh nghiệp</span></h3></div><div class="asset-full-content default-asset-publisher no-title"><div class="news-date"><i class="icon-time"></i> 15/10/2024 08:55</div><div class="asset-content"><div class="journal-content-article"><p>Toàn tỉnh có 4.915 doanh nghiệp với 46.320 lao động.</p></div></div><div class="other-news"><h4>Tin khác</h4><ul><li><a href="#">Ninh Sơn kết nạp 46 đảng viên</a> <span class="date">(13/10/2024)</span></li></ul></div></div></div></div>',
      ),
      'https://www.ninhthuan.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/kH7p/content/ninh-thuan-10-nam',
      '2024-10-15',
    ],
    [
      "a family's date selector ('.time') that a list of other stories also matches, before the story's own stamp",
      page(
        '',
        '<main><article class="detail"><h1 class="title-detail">Phát triển đoàn viên ở khu vực ngoài nhà nước</h1><div class="detail-meta"><span class="detail-time">Thứ Ba, 19/03/2024 08:32</span></div><div id="content-detail"><p>Năm 2023 kết nạp mới 1.286 đoàn viên.</p></div></article><section class="related"><h3>Tin cùng chuyên mục</h3><ul><li><a href="#">Trao 350 suất quà Tết</a> <span class="time">(02/02/2024)</span></li></ul></section></main>',
      ),
      null,
      '2024-03-19',
    ],
    [
      'a WebForms portal with Vietnamese block names (TieuDe, NgayDang, TomTat, NoiDung)',
      page(
        '',
        '<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="x" /><div id="header"><span id="lblNgay">Thứ năm, ngày 12 tháng 12 năm 2019</span></div><h2 class="TieuDe"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">Công đoàn Khu kinh tế sơ kết 3 năm phát triển đoàn viên</span></h2><div class="NgayDang">Ngày đăng: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">12/09/2019 08:05:31</span> | Lượt xem: 1.254</div><div class="TomTat"><b>Ngày 11/9, Công đoàn Khu kinh tế tổ chức hội nghị sơ kết.</b></div><div class="NoiDung"><p>Ba năm qua đã thành lập 21 CĐCS, kết nạp 2.346 đoàn viên.</p><p style="text-align: right"><b>Minh Thúy</b></p></div><div class="TinKhac"><ul><li><a href="#">Công đoàn huyện kết nạp 215 đoàn viên</a> <span class="ngay">(05/09/2019)</span></li></ul></div></form>',
      ),
      null,
      '2019-09-12',
    ],
    [
      'an old font layout: the stamp line at the head of the body ("Cập nhật: 15/11/2019 08:47")',
      page(
        '',
        '<table><tr><td width="200"><p>Trang chủ</p><p>Giới thiệu</p></td><td><p><font size="4"><b>Đô Lương: Xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước</b></font></p><p><font size="1"><i>Cập nhật: 15/11/2019 08:47</i></font></p><p>Toàn huyện hiện có 236 doanh nghiệp ngoài nhà nước, giải quyết việc làm cho khoảng 5.400 lao động trên địa bàn.</p><p>Từ năm 2016 đến nay, các chi bộ doanh nghiệp đã kết nạp 41 đảng viên, riêng 10 tháng năm 2019 kết nạp 11 đảng viên.</p></td></tr></table>',
      ),
      null,
      '2019-11-15',
    ],
    [
      "Blogger's date header over the post",
      page(
        '',
        "<div class='blog-posts hfeed'><h2 class='date-header'><span>Thứ Hai, 20 tháng 11, 2023</span></h2><div class='post hentry'><h3 class='post-title entry-title'>Đoàn xã tổng kết công tác Đoàn năm 2023</h3><div class='post-body entry-content'><p>Tối ngày 18/11/2023, Ban Chấp hành Đoàn xã tổ chức hội nghị tổng kết công tác Đoàn năm 2023.</p><p>Trong năm, Đoàn xã kết nạp 42 đoàn viên mới và giới thiệu 6 đoàn viên ưu tú cho Đảng.</p></div></div></div>",
      ),
      null,
      '2023-11-20',
    ],
  ])('%s', (_label, html, url, expected) => {
    expect(extractPage(html, { url }).published).toBe(expected);
  });
});

describe('title', () => {
  it.each([
    ['<title> minus its " - Site" suffix', page('<title>Kết nạp 56 đảng viên - Báo Cần Thơ</title>', ARTICLE), 'Kết nạp 56 đảng viên'],
    ['<title> minus og:site_name', page('<title>Tin A | Cổng TTĐT tỉnh Bình Phước</title><meta property="og:site_name" content="Cổng TTĐT tỉnh Bình Phước">', ARTICLE), 'Tin A'],
    ['a year range is not a site suffix', page('<title>Đại hội Đảng bộ nhiệm kỳ 2025 - 2030</title>', ARTICLE), 'Đại hội Đảng bộ nhiệm kỳ 2025 - 2030'],
    ['og:title beats <title>', page('<title>X - Y</title><meta property="og:title" content="Tin đầy đủ">', ARTICLE), 'Tin đầy đủ'],
    ['an h1 beats og:title', page('<meta property="og:title" content="Tin ngắn">', `<h1>Tin đầy đủ</h1>${ARTICLE}`), 'Tin đầy đủ'],
    ['a logo h1 in the header is not the title', page('<title>Kết nạp 56 đảng viên mới - Tỉnh ủy</title>', `<div id="header"><h1>TỈNH ỦY BÌNH DƯƠNG</h1></div>${ARTICLE}`), 'Kết nạp 56 đảng viên mới'],
    ['nothing at all', page('', ARTICLE), null],
  ])('%s', (_label, html, expected) => {
    expect(extractPage(html).title).toBe(expected);
  });
});

describe('site name from the <title>', () => {
  it.each([
    ['a portal named after the headline', page('<title>Kết nạp 12 đảng viên - Cổng Thông tin điện tử Đảng bộ tỉnh Thừa Thiên Huế</title>', ARTICLE), 'Cổng Thông tin điện tử Đảng bộ tỉnh Thừa Thiên Huế'],
    ['a newspaper', page('<title>Kết nạp 56 đảng viên | Báo Cần Thơ</title>', ARTICLE), 'Báo Cần Thơ'],
    ['a host name', page('<title>Tin A - baohungyen.vn</title>', ARTICLE), 'baohungyen.vn'],
    ['og:site_name comes first', page('<title>Tin A - Báo X</title><meta property="og:site_name" content="Báo Y">', ARTICLE), 'Báo Y'],
    ['the second half of a headline is no site', page('<title>Bình Phước - Ban Nội chính Tỉnh ủy sơ kết công tác năm 2023</title>', ARTICLE), null],
    ['a place after a dash is no site', page('<title>Kết nạp 56 đảng viên mới - Vũng Tàu</title>', ARTICLE), null],
    ['a year range is no site', page('<title>Đại hội Đảng bộ nhiệm kỳ 2025 - 2030</title>', ARTICLE), null],
  ])('%s', (_label, html, expected) => {
    expect(extractPage(html).site).toBe(expected);
  });
});

describe('text layout', () => {
  const bodyOf = (inner: string) => extractPage(page('', `<div itemprop="articleBody">${inner}</div>`)).body;

  it.each([
    ['inline tags inside a word add no space', '<p>Đ<b>ả</b>ng viên</p>', 'Đảng viên'],
    ['whitespace between inline tags is one space', '<p><b>kết nạp</b>\n   <i>56</i> đảng viên</p>', 'kết nạp 56 đảng viên'],
    ['<br> ends a line', '<p>kết nạp<br>56 đảng viên</p>', 'kết nạp\n56 đảng viên'],
    ['blocks end lines', '<div>Dòng một</div><p>Dòng hai</p><ul><li>Ba</li><li>Bốn</li></ul>', 'Dòng một\nDòng hai\nBa\nBốn'],
    ['table cells are " | "-separated, rows are lines', '<table><tr><td>Huyện A</td><td>56</td></tr><tr><td>Huyện B</td><td>12</td></tr></table>', 'Huyện A | 56\nHuyện B | 12'],
    ['data boxes laid out as a table, each a figure in its own element over its label, are cells of one row', '<table><tr><td><strong>12</strong><br>chi bộ doanh nghiệp</td><td><strong>176</strong><br>ĐV đang sinh hoạt</td></tr></table>', '12 chi bộ doanh nghiệp | 176 ĐV đang sinh hoạt'],
    ['a layout cell holding paragraphs gets no bar', '<table><tr><td><p>Tin chính</p></td><td><p>Nội dung bài</p></td></tr></table>', 'Tin chính\nNội dung bài'],
    ['adjacent labels stay glued as the page wrote them', '<p><span>Đang truy cập</span><span>1,180</span></p>', 'Đang truy cập1,180'],
    ['entities, NBSP and double-encoded NBSP', '<p>56&nbsp;đảng viên &amp;nbsp;mới</p>', '56 đảng viên mới'],
    ['repeated neighbouring lines (captions twice) kept once', '<p><em>Quang cảnh hội nghị</em></p><p>Quang cảnh hội nghị</p>', 'Quang cảnh hội nghị'],
    ['unrendered templates are dropped', "<p>{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}</p><p>Nội dung</p>", 'Nội dung'],
    ['tool lines are dropped', '<p>A- A A+</p><p>Nội dung</p><p>Lượt xem: 16717</p>', 'Nội dung'],
    ['a footnote mark in <sup> is written in brackets, so no figure is glued to its word', '<p>kết nạp 173 đảng viên<sup>(3)</sup>, 2.016 người đã được kết nạp Đảng<sup>1</sup>; diện tích 25 m<sup>2</sup></p>', 'kết nạp 173 đảng viên(3), 2.016 người đã được kết nạp Đảng(1); diện tích 25 m2'],
    ['old-style tone marks are normalised', '<p>Khánh Hoà</p>', 'Khánh Hòa'],
    ['scripts, styles and forms are not text', '<p>Nội dung</p><script>var a = 1;</script><style>p{}</style><form><input value="x"><button>Gửi</button></form>', 'Nội dung'],
  ])('%s', (_label, inner, expected) => {
    expect(bodyOf(inner)).toBe(expected);
  });
});

describe('generic density scorer', () => {
  it('picks the paragraph block over link-heavy menus and sidebars', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/tin-${i}">Tin tức số ${i} về công tác xây dựng Đảng, đoàn thể</a></li>`).join('');
    const html = page(
      '',
      `<div class="menu"><ul>${menu}</ul></div>
       <div class="khung"><h1>Kết nạp đảng viên</h1>
         <div class="bai">
           <p>Năm 2024, Đảng ủy Khối doanh nghiệp đã kết nạp 56 đảng viên mới, trong đó 19 người là công nhân.</p>
           <p>Liên đoàn Lao động tỉnh thành lập mới 12 công đoàn cơ sở, phát triển 1.730 đoàn viên, vượt kế hoạch.</p>
         </div></div>
       <div class="sidebar"><p><a href="/a">Một tin khác rất dài về hội nghị, tổng kết, sơ kết của tỉnh</a></p></div>`,
    );
    const result = extractPage(html);
    expect(result.family).toBe('generic');
    expect(result.body).toBe(
      'Năm 2024, Đảng ủy Khối doanh nghiệp đã kết nạp 56 đảng viên mới, trong đó 19 người là công nhân.\nLiên đoàn Lao động tỉnh thành lập mới 12 công đoàn cơ sở, phát triển 1.730 đoàn viên, vượt kế hoạch.',
    );
    expect(result.title).toBe('Kết nạp đảng viên');
  });

  it('returns an empty body, not an error, for a page without text', () => {
    const result = extractPage(page('<title>Trống</title>', '<div><a href="/">Trang chủ</a></div>'));
    expect(result.body).toBe('');
    expect(result.title).toBe('Trống');
  });
});

describe('selectors.ts', () => {
  const all = [
    ...[...FAMILIES, GENERIC_FAMILY].flatMap((f) => [...f.title, ...f.date, ...f.author, ...(f.site ?? []), ...f.lead, ...f.body, ...f.remove]),
    ...COMMON_BODY_REMOVE,
    ...GENERIC_BODY_REMOVE,
    ...NOT_PUBLICATION_DATE,
    ...NOT_TITLE_CONTAINER,
    ...PAGE_NON_TEXT,
  ];

  it.each([...new Set(all)])('%j is in the supported selector subset', (selector) => {
    expect(() => _parseSelectorList(selector)).not.toThrow();
  });

  it.each([':has(p)', 'p:first-child', 'a + b', 'a ~ b', '::before'])('%j is rejected loudly', (selector) => {
    expect(() => _parseSelectorList(selector)).toThrow(/unsupported|unclosed/u);
  });

  it('detection markers are "#id" or ".class" compounds', () => {
    for (const family of FAMILIES) for (const marker of family.detect.markers ?? []) expect(marker).toMatch(/^(?:#[\w-]+|(?:\.[\w-]+)+)$/u);
  });

  it('family names are unique', () => {
    const names = FAMILIES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('sapo blocks of unknown layouts', () => {
  it('prepends a sapo that stands just before the body, and not one of a related list', () => {
    const html = page(
      '',
      '<article class="article"><h1 class="article-title">Thái Nguyên thành lập mới 15 công đoàn cơ sở trong quý I</h1><div class="article-sapo"><p>Quý I/2024, Liên đoàn Lao động tỉnh Thái Nguyên đã thành lập mới 15 công đoàn cơ sở, kết nạp 1.864 đoàn viên.</p></div><div class="article-body"><p>Các công đoàn cơ sở mới thành lập chủ yếu thuộc doanh nghiệp có vốn đầu tư nước ngoài tại các khu công nghiệp Yên Bình và Điềm Thụy của tỉnh.</p><p>Hiện toàn tỉnh có 1.012 công đoàn cơ sở với 176.540 đoàn viên công đoàn, hoạt động trong nhiều loại hình doanh nghiệp.</p></div></article><aside><ul><li><h3>Tin khác</h3><div class="sapo">Bắc Giang kết nạp 45 đảng viên là công nhân trong quý I.</div></li></ul></aside>',
    );
    const p = extractPage(html);
    expect(p.body.startsWith('Quý I/2024, Liên đoàn Lao động tỉnh Thái Nguyên đã thành lập mới 15 công đoàn cơ sở')).toBe(true);
    expect(p.body).not.toContain('Bắc Giang kết nạp 45');
  });
});

describe('"Đọc thêm" boxes inside the body', () => {
  it.each([
    ['article__relate-inline', '<div class="article__relate-inline"><p class="title">Đọc thêm</p><ul><li><a href="#">Gia Lai: Năm 2023 kết nạp 2.153 đảng viên</a></li></ul></div>'],
    ['read-more-box', '<div class="read-more-box"><p class="read-more-box__title">Đọc thêm</p><ul><li><a href="#">Gia Lai: Năm 2023 kết nạp 2.153 đảng viên</a></li></ul></div>'],
    ['article__inline-related', '<div class="article__inline-related"><span class="label">Đọc thêm</span> <a href="#">Gia Lai: Năm 2023 kết nạp 2.153 đảng viên</a></div>'],
    ['box-docthem', '<div class="box-docthem"><h4>Đọc thêm</h4><ul><li><a href="#">Gia Lai: Năm 2023 kết nạp 2.153 đảng viên</a></li></ul></div>'],
  ])('drops a box of class %s, whatever the family', (_name, box) => {
    const html = page(
      '',
      `<article class="article"><h1 class="article__title">Gia Lai triển khai Đề án xây dựng tổ chức đảng trong doanh nghiệp</h1><div class="article__body"><p>Theo Đề án, Gia Lai tập trung 5 nhóm nhiệm vụ, giải pháp để xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước.</p>${box}<p>Tại hội nghị, đại diện Ban Quản lý Khu kinh tế tỉnh cho biết nhiều doanh nghiệp đã tạo điều kiện cho hoạt động của tổ chức đảng.</p></div></article>`,
    );
    const p = extractPage(html);
    expect(p.body).toContain('Tại hội nghị, đại diện Ban Quản lý Khu kinh tế tỉnh');
    expect(p.body).not.toContain('2.153');
  });
});

describe('live blogs of unknown layouts', () => {
  it('takes every entry of a live blog, not the densest one', () => {
    const entry = (time: string, title: string, text: string): string => `<div class="live-item"><div class="live-item__time"><span class="time">${time}</span></div><h3 class="live-item__title">${title}</h3><div class="live-item__content"><p>${text}</p></div></div>`;
    const html = page(
      '',
      `<article class="article article--live"><h1 class="article__title">TRỰC TIẾP: Hội nghị tổng kết công tác Công đoàn năm 2022</h1><div class="live-blog">${entry('10:40', 'Chỉ tiêu năm 2023', 'Năm 2023, Liên đoàn Lao động thành phố đặt chỉ tiêu phát triển 80.000 đoàn viên, thành lập 300 công đoàn cơ sở tại các doanh nghiệp.')}${entry('09:30', 'Tham luận', 'Phát biểu tham luận, ông Lâm Văn Tài, Chủ tịch Công đoàn Công ty, cho biết công ty có gần 24.000 công nhân, trong đó chi bộ có 86 đảng viên, phần lớn là tổ trưởng, chuyền trưởng, công nhân lành nghề.')}${entry('08:45', 'Tham gia xây dựng Đảng', 'Về công tác tham gia xây dựng Đảng, năm 2022, các cấp công đoàn đã giới thiệu 5.318 đoàn viên ưu tú cho Đảng xem xét.')}${entry('08:20', 'Báo cáo tổng kết', 'Năm 2022, Liên đoàn Lao động thành phố thành lập mới 312 công đoàn cơ sở, kết nạp 86.540 đoàn viên, đạt 108% chỉ tiêu.')}</div></article>`,
    );
    const p = extractPage(html);
    expect(p.body).toContain('80.000 đoàn viên');
    expect(p.body).toContain('86 đảng viên');
    expect(p.body).toContain('312 công đoàn cơ sở');
  });
});

describe('WebForms portals with Vietnamese block names', () => {
  it('reads title, lead, body and the right-aligned byline of the aspnet family', () => {
    const html = page(
      '',
      '<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="x" /><h2 class="TieuDe"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">Công đoàn Khu kinh tế sơ kết 3 năm phát triển đoàn viên</span></h2><div class="NgayDang">Ngày đăng: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">12/09/2019 08:05:31</span></div><div class="TomTat"><b>Ngày 11/9, Công đoàn Khu kinh tế tổ chức hội nghị sơ kết.</b></div><div class="NoiDung"><p>Ba năm qua đã thành lập 21 CĐCS, kết nạp 2.346 đoàn viên.</p><p style="text-align: right"><b>Minh Thúy</b></p></div></form>',
    );
    const p = extractPage(html);
    expect(p).toMatchObject({ family: 'aspnet', title: 'Công đoàn Khu kinh tế sơ kết 3 năm phát triển đoàn viên', published: '2019-09-12', author: 'Minh Thúy' });
    expect(p.body.startsWith('Ngày 11/9, Công đoàn Khu kinh tế tổ chức hội nghị sơ kết.')).toBe(true);
    expect(p.body).toContain('kết nạp 2.346 đoàn viên');
  });
});

describe('old table layouts', () => {
  it('reads paragraphs set in <font> and separated by <br>, and the stamp in the row above the body\'s cell', () => {
    const para = (t: string) => `<font face="Arial" size="2">${t}</font><br><br>`;
    const html = `<html><head><title>Báo Nam Định điện tử - LĐLĐ tỉnh phát triển 6.215 đoàn viên</title></head><body>
<table><tr><td><font size="1">Thứ Tư, 20/03/2013 | <a href="/">Trang chủ</a></font></td></tr></table>
<table><tr><td width="180"><a href="/a">Xây dựng Đảng</a><br><a href="/b">Mặt trận - Đoàn thể</a></td><td width="560"><table>
<tr><td class="title"><font size="4"><b>LĐLĐ tỉnh phát triển mới 6.215 đoàn viên công đoàn</b></font></td></tr>
<tr><td><div class="date"><span>Cập nhật lúc: 08:15 |14/11/2012</span></div></td></tr>
<tr><td><div id="content">${para('10 tháng năm 2012, các cấp công đoàn trong tỉnh đã tập trung đẩy mạnh công tác phát triển đoàn viên, thành lập công đoàn cơ sở; toàn tỉnh phát triển mới 6.215 đoàn viên.')}${para('Đến nay, toàn tỉnh có 1.386 CĐCS với 118.540 đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có 612 CĐCS.')}</div></td></tr>
</table></td></tr></table></body></html>`;
    const p = extractPage(html);
    expect(p.published).toBe('2012-11-14');
    expect(p.body.split('\n')).toEqual([
      '10 tháng năm 2012, các cấp công đoàn trong tỉnh đã tập trung đẩy mạnh công tác phát triển đoàn viên, thành lập công đoàn cơ sở; toàn tỉnh phát triển mới 6.215 đoàn viên.',
      'Đến nay, toàn tỉnh có 1.386 CĐCS với 118.540 đoàn viên, trong đó khu vực doanh nghiệp ngoài nhà nước có 612 CĐCS.',
    ]);
  });
});

describe("DNN's EasyDNNnews module", () => {
  it('reads title, date, the summary as the lead and the article content of an EasyDNNnews article', () => {
    const html = `<!DOCTYPE html><html><head><title>Tin</title></head><body><form id="Form"><div class="DnnModule DnnModule-EasyDNNnews"><div class="DNNModuleContent ModEasyDNNnewsC"><div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">Đảng bộ Khối doanh nghiệp: 5 năm kết nạp 1.126 đảng viên</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">Cập nhật: 12/12/2016 16:30:00</span><a class="edn_printButton" href="#">In bài viết</a></div>
<div class="edn_articleSummary"><p>Giai đoạn 2011 - 2016, Đảng bộ Khối doanh nghiệp tỉnh kết nạp được 1.126 đảng viên.</p></div>
<div class="edn_articleContent"><p>Đảng bộ Khối doanh nghiệp tỉnh hiện có 71 tổ chức cơ sở đảng với 3.904 đảng viên, sinh hoạt ở các doanh nghiệp trong tỉnh.</p><p style="text-align: right;"><strong>Minh Thu</strong></p></div>
<div class="edn_articleRating"><span>Article Rating</span></div></div></div></div></form></body></html>`;
    const p = extractPage(html);
    expect(p).toMatchObject({ family: 'aspnet', title: 'Đảng bộ Khối doanh nghiệp: 5 năm kết nạp 1.126 đảng viên', published: '2016-12-12' });
    expect(p.body.split('\n')[0]).toBe('Giai đoạn 2011 - 2016, Đảng bộ Khối doanh nghiệp tỉnh kết nạp được 1.126 đảng viên.');
    expect(p.body).toContain('71 tổ chức cơ sở đảng');
  });
});

describe('Drupal sapo fields', () => {
  it('prepends a sapo kept in a field of its own (field-name-field-sapo) to the body, as the lead', () => {
    const html = `<!DOCTYPE html><html><head><meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>Tin</title></head><body>
<div class="region region-content"><div id="node-1" class="node node-article"><h1 class="title" id="page-title">Phát triển đoàn viên</h1>
<div class="submitted">Gửi lúc T3, 14/05/2024 - 10:20</div><div class="content">
<div class="field field-name-field-sapo"><div class="field-items"><div class="field-item even"><strong>Bốn tháng đầu năm 2024, Công đoàn đã kết nạp 1.940 đoàn viên.</strong></div></div></div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even"><p>Hiện các KCN có 214 doanh nghiệp đang hoạt động, sử dụng hơn 42.000 lao động trong nhiều ngành nghề khác nhau.</p></div></div></div>
</div></div></div></body></html>`;
    const page = extractPage(html);
    expect(page.body.split('\n')[0]).toBe('Bốn tháng đầu năm 2024, Công đoàn đã kết nạp 1.940 đoàn viên.');
    expect(page.body).toContain('214 doanh nghiệp');
  });
});

describe('a sapo named the BEM way on an unknown layout', () => {
  it('prepends a block whose class names a sapo ("blc-post__sapo") right before the body, as the lead', () => {
    const html = `<html><body><div class="blc-post"><h1 class="blc-post__title">Phát triển đoàn viên</h1><div class="blc-post__sapo"><strong>6 tháng đầu năm 2024, LĐLĐ tỉnh kết nạp 812 đoàn viên.</strong></div><div class="blc-post__content"><p>Toàn tỉnh hiện có 402 CĐCS với 18.760 đoàn viên, trong đó 96 CĐCS trong doanh nghiệp với 6.315 đoàn viên, phần lớn ở các nhà máy thủy điện và công trường giao thông.</p><p>Trong 6 tháng đầu năm, LĐLĐ tỉnh đã cử cán bộ bám sát các công trường, nhà máy, trực tiếp tuyên truyền, vận động người lao động gia nhập tổ chức công đoàn.</p></div></div><div class="sidebar"><div class="item-sapo">Tin khác: 3 CĐCS mới</div></div></body></html>`;
    const body = extractPage(html).body;
    expect(body.startsWith('6 tháng đầu năm 2024, LĐLĐ tỉnh kết nạp 812 đoàn viên.\nToàn tỉnh hiện có 402 CĐCS')).toBe(true);
    expect(body).not.toContain('Tin khác');
  });
});

describe('bodies in parts, and leads of other stories', () => {
  it('reads a body printed in several parts as one, without the box between them, and with the paragraph before them', () => {
    const html = `<html><body><h1 class="detail-title">Gian nan phát triển đảng viên</h1><span class="detail-time">18/10/2023 08:15</span>
      <div id="content-detail"><p><strong>Toàn tỉnh hiện có 1.046 doanh nghiệp đang hoạt động.</strong></p>
      <div class="detail-content part-1"><p>Công ty có gần 200 lao động.</p></div>
      <div class="box-xemthem"><p>Xem thêm</p><h3><a href="/a">Hòa An: Kết nạp 18 đảng viên mới</a></h3><p>Hòa An đã kết nạp 18 đảng viên.</p></div>
      <div class="detail-content part-2"><p>Năm 2023, Đảng ủy Khối giao chỉ tiêu kết nạp 12 đảng viên.</p></div></div></body></html>`;
    expect(extractPage(html).body.split('\n')).toEqual([
      'Toàn tỉnh hiện có 1.046 doanh nghiệp đang hoạt động.',
      'Công ty có gần 200 lao động.',
      'Năm 2023, Đảng ủy Khối giao chỉ tiêu kết nạp 12 đảng viên.',
    ]);
  });

  it('takes no lead from a list of stories after the body', () => {
    const html = `<html><body><h1 class="title-detail">Khối Doanh nghiệp tổng kết năm 2016</h1><div class="editor-content"><p>Năm 2016, toàn Đảng bộ kết nạp 64 đảng viên.</p></div>
      <div class="box-news-same"><h3>Tin cùng chuyên mục</h3><div class="item"><h4><a href="/tin-bai/xay-dung-dang/a">Tuần Giáo kết nạp 215 đảng viên mới</a></h4><p class="sapo">Năm 2016, Đảng bộ huyện Tuần Giáo kết nạp 215 đảng viên.</p></div></div></body></html>`;
    expect(extractPage(html, { url: 'https://baodienbienphu.vn/tin-bai/xay-dung-dang/khoi-doanh-nghiep' }).body).toBe('Năm 2016, toàn Đảng bộ kết nạp 64 đảng viên.');
  });
});

describe('a family selector that finds a sidebar box first', () => {
  it('passes over a short ".journal-content-article" in a sidebar for the story in ".news-detail .content-detail" (Liferay, danang.gov.vn)', () => {
    const story = 'Năm 2017, Đảng bộ Khối Doanh nghiệp thành phố kết nạp 198 đảng viên, đạt 110% kế hoạch, là năm có số đảng viên mới cao nhất kể từ đầu nhiệm kỳ. Đảng bộ hiện có 162 tổ chức đảng trực thuộc với 6.874 đảng viên.';
    const html = page(
      '<title>Đảng bộ Khối Doanh nghiệp thành phố - Cổng thông tin điện tử thành phố Đà Nẵng</title>',
      `<div class="portlet-boundary"><section class="portlet"><div class="news-detail"><h2 class="title-detail">Đảng bộ Khối Doanh nghiệp thành phố</h2><div class="content-detail"><p>${story}</p></div></div></section></div>` +
        '<div class="portlet-boundary"><section class="portlet"><div class="journal-content-article"><p>Đường dây nóng: 1022 - 0236.3821.111</p></div></section></div>',
    );
    const result = extractPage(html, { url: null });
    expect(result.family).toBe('liferay');
    expect(result.body).toContain('kết nạp 198 đảng viên');
    expect(result.body).not.toContain('Đường dây nóng');
  });
});

describe('group headings in data tables, and a SharePoint summary', () => {
  it('writes a group heading that spans its row alone as a line of its own, and reads ".news-summary" as the lead', () => {
    const html = page(
      '<title>LĐLĐ thành phố giới thiệu 312 đoàn viên ưu tú cho Đảng - Cổng thông tin điện tử thành phố Đà Nẵng</title>',
      '<div id="s4-workspace"><div class="news-detail"><h1 class="news-title">LĐLĐ thành phố giới thiệu 312 đoàn viên ưu tú cho Đảng</h1>' +
        '<div class="news-summary"><strong>(Cổng TTĐT) - Từ đầu năm, các cấp công đoàn thành phố đã giới thiệu 312 đoàn viên ưu tú cho tổ chức đảng xem xét, bồi dưỡng.</strong></div>' +
        '<div class="news-content"><p>Kết quả cụ thể của từng đơn vị như sau, theo báo cáo tại hội nghị giao ban công tác tham gia xây dựng Đảng do Liên đoàn Lao động thành phố tổ chức sáng 11/11:</p>' +
        '<table><tr><th>TT</th><th>Đơn vị</th><th>Giới thiệu (người)</th><th>Được kết nạp (người)</th></tr>' +
        '<tr><td colspan="4"><b>I. Khối quận, huyện</b></td></tr>' +
        '<tr><td>1</td><td>LĐLĐ quận Liên Chiểu</td><td>58</td><td>29</td></tr></table></div></div></div>',
    );
    const result = extractPage(html, { url: null });
    expect(result.body.split('\n')).toContain('I. Khối quận, huyện');
    expect(result.body).toContain('đã giới thiệu 312 đoàn viên ưu tú');
  });
});
