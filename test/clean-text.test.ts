import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitScrapedText } from '../extract/clean-text.js';
import { extractFromText } from '../extract/index.js';
import { normalizeText } from '../extract/normalize-text.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const seed = (file: string): string => normalizeText(readFileSync(new URL(file, SEEDS), 'utf8'));

interface PageCase {
  name: string;
  text: string;
  title: string | null;
  published: string | null;
  author: string | null;
  /** Every sentence with a statistic, and the lead source tag. */
  bodyHas: string[];
  /** Chrome: counters, ratings, pagination, comment forms, stamps, bylines. */
  bodyHasNot: string[];
  /** Banners and labels that must survive in the boilerplate. */
  boilerplateHas?: string[];
}

const SEED_CASES: PageCase[] = [
  {
    name: 'seed 000 (NukeViet, Bình Phước)',
    text: seed('000_c49c9098393ef184.txt'),
    title: 'Bình Phước - Khánh Hòa trao đổi kinh nghiệm trong phát triển tổ chức đảng, đoàn thể trong doanh nghiệp',
    published: '2024-06-02',
    author: 'Đỗ Trình',
    bodyHas: [
      '(CTTĐTBP) - Trong 02 ngày (01 - 02/6/2024)',
      '463 công đoàn cơ sở',
      '80.689 đoàn viên/84.554 lao động',
      'đã giới thiệu 324 đoàn viên ưu tú cho tổ chức đảng',
      'Kết nạp 56 đảng viên',
      'LĐLĐ huyện Bù Đăng 24 đảng viên',
    ],
    bodyHasNot: [
      'Chủ nhật - 02/06/2024',
      'Tác giả',
      'Tổng số điểm',
      'phiếu bầu',
      'Click để đánh giá',
      'Thống kê truy cập',
      'Đang truy cập',
      'Tổng lượt truy cập',
      'Ecom Binh Phuoc',
      'ỨNG DỤNG',
      'Portal_Ispeed',
      'Thời gian chờ',
    ],
    boilerplateHas: ['Việc làm Bình Phước', 'Tác giả: Đỗ Trình', 'Chủ nhật - 02/06/2024 16:05'],
  },
  {
    name: 'seed 001 (SharePoint, Bình Dương)',
    text: seed('001_3071a1bdf5e24959.txt'),
    title: 'Thị xã Bến Cát (Bình Dương): Gỡ khó trong công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước',
    published: null,
    author: null,
    bodyHas: [
      '31 đảng viên là công nhân lao động, đạt 62%',
      '5 đảng viên là chủ doanh nghiệp, đạt 167%',
      'thành lập 6 chi bộ trong doanh nghiệp ngoài khu vực nhà nước, đạt 60%',
      '4 tập thể, 10 cá nhân',
    ],
    bodyHasNot: ['Phản hồi', 'Các tin khác', 'Mới nhất', 'Xem nhiều nhất'],
  },
  {
    name: 'seed 002 (daitienlang, Hải Phòng)',
    text: seed('002_886ce23aad79e794.txt'),
    title: 'Triển khai công tác phát triển đảng viên mới trong doanh nghiệp',
    published: '2022-03-01',
    author: 'PV',
    bodyHas: [
      'Sáng ngày 22/2/2022',
      'ít nhất 2 đoàn viên công đoàn ưu tú',
      'có 50% được kết nạp',
      'ít nhất 1 đoàn viên công đoàn ưu tú',
      'ít nhất 20% đoàn viên',
    ],
    bodyHasNot: [
      'Ngày 01/03/2022',
      'Lượt xem',
      'Nguồn: daitienlang.vn',
      'Ý kiến phản hồi',
      'Captcha',
      'Hiển thị',
      'kết quả',
      'Trang: 1',
      '«',
      'Tự Cường',
      'Liên kết',
    ],
    boilerplateHas: ['Nguồn: daitienlang.vn', 'Tin mới hơn'],
  },
  {
    name: 'seed 003 (Drupal, Bắc Giang)',
    text: seed('003_d5df03275090afde.txt'),
    title: 'Một số kết quả sau 02 năm phát triển tổ chức đảng, đảng viên tại Đảng bộ Các Khu công nghiệp tỉnh',
    published: null,
    author: null,
    bodyHas: [
      '4 chi bộ, 35 đảng viên',
      '9 chi bộ trực thuộc với 150 đảng viên',
      '40 doanh nghiệp',
      '04 lớp bồi dưỡng lý luận chính trị dành hơn 200 quần chúng ưu tú',
      '80 quần chúng',
      '34 tổ chức Công đoàn cơ sở',
      '21 nghìn đoàn viên công đoàn',
      '1-2 lớp',
      '50 quần chúng ưu tú',
      '30% đảng viên',
      '10 tổ chức Công đoàn cơ sở',
      '10 nghìn cán bộ',
    ],
    bodyHasNot: ['Bản in', 'Send by email', 'Tiếng Việt', 'Tin nổi bật', 'Tổng lượt xem tin', 'Trong năm:', 'Mẫu báo cáo'],
    boilerplateHas: ['Bắc Giang địa chỉ tin cậy của các nhà đầu tư (Tiếng Việt)'],
  },
  {
    name: 'seed 004 (Hải Phòng portal)',
    text: seed('004_f1d979f0bbc4477b.txt'),
    title: null, // the page opens with its stamp: the scrape lost the title
    published: '2021-04-24',
    author: 'Hoàng Tùng',
    bodyHas: ['Chiều 23/4, Đảng ủy Khối Doanh nghiệp thành phố', 'Nghị quyết 28', '3 nhóm nội dung'],
    bodyHasNot: ['Print', 'Gốc', 'Hoàng Tùng', 'Tiện ích thông tin', 'Nguồn tin', 'QR', 'Mạng Xã hội', 'Tin khác'],
    boilerplateHas: ['Cổng tin tức Thành phố Hải Phòng'],
  },
];

const SYNTHETIC_CASES: PageCase[] = [
  {
    name: 'baocantho-style newspaper with byline and comment box',
    text: [
      'Cần Thơ: Kết nạp 120 đảng viên trong doanh nghiệp ngoài nhà nước',
      '08/01/2026 - 18:21',
      'Chia sẻ bài viết',
      'A- A A+',
      '(CTO) - Năm 2025, Đảng ủy các khu công nghiệp thành phố kết nạp 120 đảng viên, đạt 110% chỉ tiêu.',
      'Toàn cảnh hội nghị.',
      'Toàn cảnh Hội nghị.',
      'Đến nay, Đảng bộ có 45 tổ chức cơ sở đảng với 1.250 đảng viên.',
      'Tin, ảnh: K.An',
      'Chia sẻ bài viết',
      'Từ khóa',
      'phát triển đảng viên',
      'BÌNH LUẬN',
      'Gửi ý kiến',
      'Tiêu điểm',
      'Cần Thơ có thêm 3 chi bộ mới (02/06/2024)',
    ].join('\n'),
    title: 'Cần Thơ: Kết nạp 120 đảng viên trong doanh nghiệp ngoài nhà nước',
    published: '2026-01-08',
    author: 'K.An',
    bodyHas: ['(CTO) - Năm 2025', 'kết nạp 120 đảng viên, đạt 110% chỉ tiêu', '45 tổ chức cơ sở đảng với 1.250 đảng viên'],
    bodyHasNot: ['08/01/2026', 'Chia sẻ', 'A+', 'Tin, ảnh', 'Từ khóa', 'BÌNH LUẬN', 'Gửi ý kiến', 'Tiêu điểm', '3 chi bộ mới'],
    boilerplateHas: ['Tin, ảnh: K.An', 'Cần Thơ có thêm 3 chi bộ mới (02/06/2024)'],
  },
  {
    name: 'Hải Phòng portal with its title line',
    text: [
      'Tăng cường phối hợp phát triển tổ chức Đảng, tổ chức Công đoàn',
      'Print Thứ Bảy, 24/04/2021 07:58 Gốc',
      '',
      'Chiều 23/4, Liên đoàn Lao động thành phố cho biết năm 2020 đã thành lập 12 công đoàn cơ sở với 1.540 đoàn viên.',
      '',
      'Hoàng Tùng',
      '',
      'Tiện ích thông tin',
      'Nguồn tin',
      'QR Code',
      'QR CODE: Tăng cường phối hợp phát triển tổ chức Đảng, tổ chức Công đoàn',
      'Chúng tôi trên Mạng Xã hội',
      'Tin khác',
      'Hải Phòng kết nạp 30 đảng viên (20/04/2021)',
    ].join('\n'),
    title: 'Tăng cường phối hợp phát triển tổ chức Đảng, tổ chức Công đoàn',
    published: '2021-04-24',
    author: 'Hoàng Tùng',
    bodyHas: ['12 công đoàn cơ sở với 1.540 đoàn viên'],
    bodyHasNot: ['Print', 'Gốc', 'Hoàng Tùng', 'QR', 'Tin khác', '30 đảng viên'],
  },
  {
    name: 'Drupal page with language switcher and counter block',
    text: [
      'Kết quả phát triển đảng viên năm 2016 (Tiếng Việt)',
      '',
      'Bản inSend by email',
      'Tiếng Việt',
      '',
      'Năm 2016, Đảng bộ Các Khu công nghiệp kết nạp 45 đảng viên, nâng tổng số lên 150 đảng viên.',
      '',
      'Tin nổi bật',
      'Bắc Giang địa chỉ tin cậy của các nhà đầu tư (Tiếng Việt)',
      'Thống kê truy cập',
      '  • Tổng lượt xem tin:22457408',
      '  • Trong ngày:3345',
      '  • Trong năm:3602385',
    ].join('\n'),
    title: 'Kết quả phát triển đảng viên năm 2016 (Tiếng Việt)',
    published: null,
    author: null,
    bodyHas: ['kết nạp 45 đảng viên, nâng tổng số lên 150 đảng viên'],
    bodyHasNot: ['Bản in', 'Send by email', 'Tin nổi bật', 'Thống kê', 'lượt xem', 'Trong ngày', '3602385'],
    boilerplateHas: ['Tổng lượt xem tin:22457408'],
  },
  {
    name: 'NukeViet page with breadcrumb, tags, rating and related lists',
    text: [
      'Trang nhất » Tin tức » Xây dựng Đảng',
      'Kết nạp 56 đảng viên trong doanh nghiệp',
      'Chủ nhật - 02/06/2024 16:05',
      '(CTTĐTBP) - Tính đến hết ngày 31/5/2024, Khối thi đua số 1 kết nạp 56 đảng viên.',
      'Trong năm 2017, Đảng ủy thành lập 2 chi bộ.',
      'Tác giả: Đỗ Trình',
      'Nguồn tin: Công đoàn các KCN',
      'Tags: phát triển đảng viên, công đoàn',
      'Tổng số điểm của bài viết là: 5 trong 1 đánh giá',
      'Xếp hạng: 5 - 1 phiếu bầu',
      'Những tin mới hơn',
      'Hội nghị tổng kết năm (03/06/2024)',
      'Những tin cũ hơn',
      'Đại hội Công đoàn (01/06/2024)',
      '  • Đang truy cập1,180',
      '  • Hôm nay122,974',
    ].join('\n'),
    title: 'Kết nạp 56 đảng viên trong doanh nghiệp',
    published: '2024-06-02',
    author: 'Đỗ Trình',
    bodyHas: ['(CTTĐTBP) - Tính đến hết ngày 31/5/2024', 'Trong năm 2017, Đảng ủy thành lập 2 chi bộ.'],
    bodyHasNot: ['Trang nhất', 'Chủ nhật', 'Tác giả', 'Nguồn tin', 'Tags', 'phiếu bầu', 'Những tin', '03/06/2024', 'Đang truy cập'],
    boilerplateHas: ['Trang nhất » Tin tức » Xây dựng Đảng', 'Nguồn tin: Công đoàn các KCN'],
  },
  {
    name: 'author line in the header does not end the article',
    text: [
      'Phát triển đảng viên trong doanh nghiệp FDI',
      'Tác giả: Minh Anh',
      'Thứ hai, ngày 28/09/2020 11:43 AM (GMT+7)',
      'Tin nổi bật',
      'Năm 2020, toàn tỉnh kết nạp 200 đảng viên là công nhân.',
    ].join('\n'),
    title: 'Phát triển đảng viên trong doanh nghiệp FDI',
    published: '2020-09-28',
    author: 'Minh Anh',
    bodyHas: ['kết nạp 200 đảng viên là công nhân'],
    bodyHasNot: ['Tác giả', 'Thứ hai', 'Tin nổi bật'],
  },
  {
    name: 'masthead and site name above the title',
    text: [
      'Báo Nam Định điện tử - Thứ sáu, 26/04/2024',
      'Trang chủ > Chính trị',
      'Xây dựng tổ chức đảng trong doanh nghiệp',
      'Cập nhật lúc: 18:00 |22/05/2022',
      'Toàn huyện có 25 chi bộ doanh nghiệp với 380 đảng viên.',
      'Theo TTXVN',
    ].join('\n'),
    title: 'Xây dựng tổ chức đảng trong doanh nghiệp',
    published: '2022-05-22',
    author: null, // a source credit, not a person
    bodyHas: ['25 chi bộ doanh nghiệp với 380 đảng viên', 'Theo TTXVN'],
    bodyHasNot: ['Báo Nam Định', 'Trang chủ', 'Cập nhật'],
    boilerplateHas: ['Báo Nam Định điện tử - Thứ sáu, 26/04/2024'],
  },
  {
    // (With no stamp, the headline is above the body's first paragraph: a photo caption under it, longer, is none.)
    name: 'no stamp: the headline above the first paragraph, not a caption below it',
    text: [
      'BÁO HẢI DƯƠNG ĐIỆN TỬ',
      'Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội',
      'Người tốt việc tốt',
      'Người thợ điện 30 năm giữ lửa cho lò nung',
      'Ba mươi năm làm thợ điện ở nhà máy gạch, anh Vũ Văn Thắng không chỉ giỏi nghề mà còn nổi tiếng khắp khu phố vì những việc làm tử tế, lặng lẽ giúp đỡ đồng nghiệp và bà con lối xóm suốt nhiều năm qua, từ sửa quạt, sửa bếp điện đến đi dây điện cho các gia đình khó khăn.',
      'Anh Vũ Văn Thắng kiểm tra tủ điện điều khiển lò nung ở phân xưởng',
      'Chi bộ công ty hiện có 21 đảng viên.',
    ].join('\n'),
    title: 'Người thợ điện 30 năm giữ lửa cho lò nung',
    published: null,
    author: null,
    bodyHas: ['21 đảng viên'],
    bodyHasNot: ['Trang chủ'],
  },
  {
    // (A menu of words with no separators, longer than the headline under it, is no title.)
    name: 'a menu that opens with "Trang chủ" above the title',
    text: [
      'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK',
      'Trang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao Bạn đọc Phú Yên Media',
      'Chính trị > Xây dựng Đảng',
      'Xã Hòa Phú: Chi bộ doanh nghiệp giữ nhịp sinh hoạt',
      'Thứ Ba, 08:47, 26/08/2025',
      'Đảng ủy xã kết nạp 11 đảng viên, thành lập mới hai chi bộ.',
    ].join('\n'),
    title: 'Xã Hòa Phú: Chi bộ doanh nghiệp giữ nhịp sinh hoạt',
    published: '2025-08-26',
    author: null,
    bodyHas: ['kết nạp 11 đảng viên'],
    bodyHasNot: ['Trang chủ', 'Phú Yên Media'],
  },
];

describe.each([...SEED_CASES, ...SYNTHETIC_CASES])('splitScrapedText: $name', (page) => {
  const parts = splitScrapedText(page.text);

  it('finds title, date and author', () => {
    expect({ title: parts.title, published: parts.published, author: parts.author }).toEqual({
      title: page.title,
      published: page.published,
      author: page.author,
    });
  });

  it.each(page.bodyHas)('body keeps %j', (needle) => {
    expect(parts.body).toContain(needle);
  });

  it.each(page.bodyHasNot)('body drops %j', (needle) => {
    expect(parts.body).not.toContain(needle);
  });

  it.each(page.boilerplateHas ?? [])('boilerplate keeps %j', (needle) => {
    expect(parts.boilerplate).toContain(needle);
  });

  it('has no blank, untrimmed or title lines in the body, and bodyStart points at it', () => {
    const lines = parts.body.split('\n');
    // (Indented table lines keep their indent: their columns hang on it.)
    expect(lines.every((line) => line !== '' && line.trimEnd() === line && (line === line.trimStart() || /\t|\S {3,}\S|^ {8,}\S/u.test(line)))).toBe(true);
    if (parts.title !== null) expect(lines).not.toContain(parts.title);
    expect(page.text.slice(parts.bodyStart).startsWith(lines[0] ?? '')).toBe(true);
  });
});

describe('splitScrapedText details', () => {
  it('takes the headline under a masthead, not the site name, a menu or an author affiliation above the stamp', () => {
    const text = [
      'Báo Phú Thọ điện tử',
      'Thời sự | Chính trị | Xây dựng Đảng | Kinh tế',
      'Xây dựng Đảng',
      '',
      'Phát triển đảng viên trong doanh nghiệp FDI ở khu vực Hòa Bình (cũ)',
      'PGS, TS. TRẦN VĂN HÒA',
      'Học viện Chính trị khu vực III',
      '23/09/2025 08:12',
      '',
      'Khu vực Hòa Bình (cũ) có 63 doanh nghiệp FDI đang hoạt động.',
    ].join('\n');
    const parts = splitScrapedText(text);
    expect(parts.title).toBe('Phát triển đảng viên trong doanh nghiệp FDI ở khu vực Hòa Bình (cũ)');
    expect(parts.body.split('\n').at(-1)).toBe('Khu vực Hòa Bình (cũ) có 63 doanh nghiệp FDI đang hoạt động.');
    expect(parts.boilerplate.split('\n').slice(0, 3)).toEqual(['Báo Phú Thọ điện tử', 'Thời sự | Chính trị | Xây dựng Đảng | Kinh tế', 'Xây dựng Đảng']);
  });

  it('takes the headline under a site name for the title of a page whose only date is the masthead\'s', () => {
    const { title, published } = splitScrapedText(['BÁO HOÀ BÌNH ĐIỆN TỬ', 'Thứ Hai, 21/10/2019', 'Trang chủ | Thời sự | Chính trị | Kinh tế', 'Chính trị', '', 'Đảng bộ Khối Doanh nghiệp tỉnh: Tập trung phát triển đảng viên trong doanh nghiệp', '', '(HBĐT) - Ngày 16/7, Đảng uỷ Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng.'].join('\n'));
    expect(title).toBe('Đảng bộ Khối Doanh nghiệp tỉnh: Tập trung phát triển đảng viên trong doanh nghiệp');
    expect(published).toBeNull();
  });

  it('takes the headline under an outlet\'s name in capitals, however long the name', () => {
    const parts = splitScrapedText(['BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI', 'Thời sự | Chính trị | Kinh tế', 'Chính trị > Xây dựng Đảng', '', 'Tú Lệ có thêm chi bộ hợp tác xã', '', '09/11/2025 14:20', '', 'Chi bộ HTX Nông nghiệp Tú Lệ gồm 03 đảng viên.'].join('\n'));
    expect(parts.title).toBe('Tú Lệ có thêm chi bộ hợp tác xã');
    expect(parts.boilerplate.split('\n')[0]).toBe('BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI');
  });

  it('takes no menu whose items a scrape separated by runs of spaces for the title', () => {
    const { title } = splitScrapedText(['BÁO QUẢNG NGÃI ĐIỆN TỬ', 'Thời sự  Chính trị  Kinh tế  Xã hội  Pháp luật  Văn hóa  Thể thao  Kon Tum  Quốc phòng - An ninh  Bạn đọc', 'Chính trị › Công đoàn', '', 'Công đoàn Khu kinh tế Dung Quất: Phát triển 4.350 đoàn viên trong năm 2025', '', '16:20 ngày 08-01-2026', '', '(BQN) - Chiều 8/1, Công đoàn Khu kinh tế Dung Quất tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025.'].join('\n'));
    expect(title).toBe('Công đoàn Khu kinh tế Dung Quất: Phát triển 4.350 đoàn viên trong năm 2025');
  });

  it('takes the headline printed under the stamp when nothing above it is one, and no outlet\'s name', () => {
    const below = splitScrapedText(['BÁO CẦN THƠ ONLINE', 'Trang chủ  Thời sự  Chính trị  Kinh tế  Xã hội  Pháp luật', '', 'KINH TẾ', '', '08/01/2026 - 18:21  Chia sẻ', '', 'KCN Tân Phú Thạnh tăng tốc đón làn sóng đầu tư mới', '', '(CTO) - Năm 2025, các doanh nghiệp trong Khu công nghiệp Tân Phú Thạnh thu hút thêm 1.200 lao động.'].join('\n'));
    expect(below.title).toBe('KCN Tân Phú Thạnh tăng tốc đón làn sóng đầu tư mới');
    const outlet = splitScrapedText(['Báo và Phát thanh, Truyền hình Đà Nẵng', 'Thời sự  Chính trị  Kinh tế  Xã hội  Đô thị', 'Chính trị / Xây dựng Đảng', '', 'Ghi chép: Ca đêm ở Tam Hiệp', '', '15/01/2026 06:40', '', 'Đêm ở Khu công nghiệp Tam Hiệp sáng đèn như ban ngày, công ty có 1.100 công nhân.'].join('\n'));
    expect(outlet.title).toBe('Ghi chép: Ca đêm ở Tam Hiệp');
    const capitals = splitScrapedText(['BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP', 'Thứ Tư, 14/01/2026', 'Trang chủ | Thời sự | Chính trị | Kinh tế', 'Tìm kiếm', '', 'Chính trị', '', '26/08/2025 - 18:21', '', 'Đại hội đại biểu Đảng bộ phường Mỹ Tho lần thứ I, nhiệm kỳ 2025 - 2030', '', '(ĐTO) - Ngày 26/8, Đảng bộ phường Mỹ Tho tổ chức Đại hội, Đảng bộ có 1.250 đảng viên.'].join('\n'));
    expect(capitals.title).toBe('Đại hội đại biểu Đảng bộ phường Mỹ Tho lần thứ I, nhiệm kỳ 2025 - 2030');
  });

  it('takes no menu for the title under a masthead ("Trang chủ • Thời sự • …")', () => {
    const page = splitScrapedText(['BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ', 'Thứ Hai, ngày 19/01/2026  |  Hotline: 0210.3846.215', 'Trang chủ • Thời sự • Chính trị • Kinh tế • Xã hội • Đất Tổ • Văn hóa • Thể thao • Video', '', 'Chính trị', '', 'Đảng bộ Các khu công nghiệp tỉnh: 6 tháng đầu tiên sau hợp nhất', '', '15:20 ngày 14-01-2026', '', 'Baophutho.vn - Đảng bộ hiện có 61 tổ chức cơ sở đảng với 2.184 đảng viên.'].join('\n'));
    expect(page.title).toBe('Đảng bộ Các khu công nghiệp tỉnh: 6 tháng đầu tiên sau hợp nhất');
  });

  it('drops a box of the place\'s figures at a glance closed by its source, and keeps a report\'s own list of figures', () => {
    const boxed = splitScrapedText(['Chi bộ doanh nghiệp ở KCN Yên Bình', '20/08/2020', '', 'Năm 2020, Đảng ủy các KCN kết nạp 57 đảng viên.', '', 'THÁI NGUYÊN - SỐ LIỆU KINH TẾ - XÃ HỘI 8 THÁNG NĂM 2020', 'Tổng thu ngân sách: 10.412 tỷ đồng', 'Doanh nghiệp thành lập mới: 512 doanh nghiệp', 'Doanh nghiệp đang hoạt động: 4.620 doanh nghiệp', 'Lao động được giải quyết việc làm: 15.300 người', 'Nguồn: Cục Thống kê tỉnh Thái Nguyên'].join('\n'));
    expect(boxed.body).toBe('Năm 2020, Đảng ủy các KCN kết nạp 57 đảng viên.');
    const report = splitScrapedText(['Đảng bộ Khối Doanh nghiệp tỉnh sơ kết công tác 6 tháng đầu năm 2020', '20/08/2020', '', 'Sáu tháng đầu năm, Đảng bộ Khối đạt nhiều kết quả.', '- Kết nạp đảng viên: 57 đồng chí', '- Thành lập tổ chức đảng: 3', '- Giới thiệu đoàn viên ưu tú: 120', 'Nguồn: Ban Tổ chức Tỉnh ủy'].join('\n'));
    expect(report.body).toContain('- Kết nạp đảng viên: 57 đồng chí');
  });

  it('keeps the first line as the title when no line under it looks like a headline', () => {
    const parts = splitScrapedText(['Kết nạp 56 đảng viên', 'Tin tức', '10/03/2024', '', 'Đảng bộ kết nạp 56 đảng viên.'].join('\n'));
    expect(parts.title).toBe('Kết nạp 56 đảng viên');
  });

  it('drops a caption printed twice, whatever its case (seed 001)', () => {
    const { body, boilerplate } = splitScrapedText(seed('001_3071a1bdf5e24959.txt'));
    expect(body.match(/Toàn cảnh hội nghị\./giu)).toHaveLength(1);
    expect(body.match(/Khen thưởng các chi bộ có thành tích xuất sắc/gu)).toHaveLength(1);
    expect(boilerplate).toContain('Toàn cảnh Hội nghị.');
  });

  it('keeps a figure said twice on adjacent lines (a table printed one cell per line): no caption repeats a figure', () => {
    const { body } = splitScrapedText(['Tiêu đề bài viết', 'Các công đoàn ngành', '150', '150', '100,0'].join('\n'));
    expect(body.split('\n')).toEqual(['Các công đoàn ngành', '150', '150', '100,0']);
  });

  it('keeps a dash beside a figure alone on its line (an empty cell of a table printed one cell per line), and drops a separator', () => {
    const { body } = splitScrapedText(['Tiêu đề bài viết', 'Đoàn viên được kết nạp Đảng', '-', '64', '-', 'Đoạn văn tiếp theo của bài.', '-', 'Đoạn cuối của bài viết.'].join('\n'));
    expect(body.split('\n')).toEqual(['Đoàn viên được kết nạp Đảng', '-', '64', '-', 'Đoạn văn tiếp theo của bài.', 'Đoạn cuối của bài viết.']);
  });

  it('keeps a paragraph that repeats a non-adjacent one', () => {
    const { body } = splitScrapedText(['Tiêu đề bài viết', 'Đoạn một có 5 chi bộ.', 'Đoạn hai.', 'Đoạn một có 5 chi bộ.'].join('\n'));
    expect(body.split('\n')).toEqual(['Đoạn một có 5 chi bộ.', 'Đoạn hai.', 'Đoạn một có 5 chi bộ.']);
  });

  it('does not cut the body at a sentence that mentions a heading', () => {
    const { body } = splitScrapedText(['Tiêu đề', 'Mở đầu bài viết.', 'Các tin khác cho thấy 12 chi bộ đã được thành lập.'].join('\n'));
    expect(body).toContain('12 chi bộ');
  });

  it('drops links to other stories set inside the body ("Xem thêm: …")', () => {
    const { body, boilerplate } = splitScrapedText(['Tiêu đề bài viết về phát triển đảng viên', 'Đảng ủy kết nạp 12 đảng viên.', 'Xem thêm: Thanh Hóa kết nạp 5.200 đảng viên năm 2023', 'Đọc thêm : Thành lập 12 chi bộ đảng', 'Chi bộ có 30 đảng viên.'].join('\n'));
    expect(body.split('\n')).toEqual(['Đảng ủy kết nạp 12 đảng viên.', 'Chi bộ có 30 đảng viên.']);
    expect(boilerplate).toContain('5.200 đảng viên');
  });

  it('passes over a related-news box set inside the article, and ends the body at one that closes it', () => {
    const prose = 'Theo báo cáo tại hội nghị, Công đoàn Khu kinh tế hiện có 268 công đoàn cơ sở với 52.300 đoàn viên; năm 2023 đã giới thiệu 85 đoàn viên ưu tú cho Đảng.';
    const page = (after: string[]) => ['Tiêu đề bài viết về phát triển đảng viên', 'Đảng ủy kết nạp 12 đảng viên trong các doanh nghiệp ngoài nhà nước của tỉnh.', '', 'TIN LIÊN QUAN', 'Hà Tĩnh: Hơn 1.200 đảng viên mới được kết nạp trong năm 2023', 'Thanh Hóa: Khu kinh tế Nghi Sơn có thêm 6 chi bộ doanh nghiệp', '', ...after].join('\n');
    // The article goes on after the box (a subheading, then prose, then the byline).
    const inside = splitScrapedText(page(['Vượt chỉ tiêu nhưng chưa đồng đều', prose, 'Hồng Vân']));
    expect(inside.body).toContain('52.300 đoàn viên');
    expect(inside.body).not.toContain('1.200');
    // A box of headlines and their summaries, or a box at the end, ends the body.
    const sapos = splitScrapedText(page([prose, 'Nghệ An trao Huy hiệu Đảng cho gần 3.000 đảng viên', prose]));
    expect(sapos.body).not.toContain('52.300');
    const end = splitScrapedText(page(['Quảng Bình thành lập chi bộ đầu tiên ở doanh nghiệp FDI']));
    expect(end.body).toBe('Đảng ủy kết nạp 12 đảng viên trong các doanh nghiệp ngoài nhà nước của tỉnh.');
  });

  it('passes over a box inside the article that lost its closing blank line, a "Tiêu điểm" box and a lone "Xem thêm…"', () => {
    const prose = 'Công tác phối hợp tạo nguồn phát triển đảng viên được chú trọng. Trong năm, các CĐCS đã giới thiệu 1.104 đoàn viên ưu tú cho cấp ủy đảng xem xét, bồi dưỡng.';
    const page = (box: string[]) => ['Tiêu đề bài viết về công đoàn', 'Đảng ủy kết nạp 12 đảng viên trong các doanh nghiệp ngoài nhà nước của tỉnh.', ...box, prose, 'Hồng Vân'].join('\n');
    for (const box of [['Tin liên quan', 'LĐLĐ tỉnh trao 1.500 suất quà Tết', 'Thành lập 12 CĐCS trong quý III/2023'], ['Tiêu điểm', 'Cần Thơ: Khai mạc Ngày hội Văn hoá các dân tộc'], ['Xem thêm…']]) {
      const { body } = splitScrapedText(page(box));
      expect(body).toContain('1.104 đoàn viên ưu tú');
      expect(body).not.toContain('1.500');
    }
    // (A headline with a figure's dot, "3.000", and a date, is no prose the article resumes with.)
    const { body } = splitScrapedText(['Tiêu đề bài viết về công đoàn', 'Đảng ủy kết nạp 12 đảng viên.', '', 'Tin liên quan', 'Tây Ninh: 9 tháng kết nạp 1.012 đảng viên - Thứ hai: 09:15 ngày 09/10/2023', 'Hòa Thành: Hơn 3.000 đoàn viên công đoàn được tuyên truyền Bộ luật Lao động - Thứ tư: 08:00 ngày 23/08/2023'].join('\n'));
    expect(body).toBe('Đảng ủy kết nạp 12 đảng viên.');
  });

  it('ends the body at a related box of stories, each a headline, its sapo opening with the outlet\'s tag, and its stamp', () => {
    const { body } = splitScrapedText(['Kết nạp Đảng cho người lao động Công ty CP Thủy điện Sông Lô Xanh', 'Cập nhật lúc 08:45, Thứ Ba, 14/10/2025 (GMT+7)', '(BTQ) - Ngày 13/10, Đảng ủy phường tổ chức lễ kết nạp 3 đảng viên là người lao động tại Công ty.', 'Tin, ảnh: Minh Khuê', '', 'Tin liên quan', 'Tuyên Quang: 9 tháng kết nạp 2.418 đảng viên', '(BTQ) - Chín tháng năm 2025, toàn Đảng bộ tỉnh kết nạp 2.418 đảng viên, đạt 72,2% kế hoạch năm, trong đó các tổ chức đảng trong doanh nghiệp kết nạp 214 đảng viên.', 'Cập nhật lúc 15:30, Thứ Hai, 13/10/2025', '', 'Công đoàn tỉnh phát triển 6.250 đoàn viên mới', '(CMO) Từ đầu năm đến nay, các cấp công đoàn trong tỉnh đã kết nạp 6.250 đoàn viên, thành lập mới 37 công đoàn cơ sở và giới thiệu 512 đoàn viên ưu tú cho Đảng.', '10/10/2025 - 09:10'].join('\n'));
    expect(body).toBe('(BTQ) - Ngày 13/10, Đảng ủy phường tổ chức lễ kết nạp 3 đảng viên là người lao động tại Công ty.');
  });

  it('reads a scrape with HTML tags left in it, a related box glued to a sentence and a stamp glued to the lead', () => {
    const text = ['BÁO TÂY NINH ONLINE', 'Đảng bộ các khu công nghiệp sơ kết 6 tháng', 'Thứ ba: 10:20 ngày 23/07/2024(BTN) - Chiều 22-7, Đảng ủy các khu công nghiệp tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm.', '<p><strong>Đảng bộ hiện có 47 tổ chức cơ sở đảng.</strong><br />Trong 6 tháng, Đảng bộ kết nạp 42 đảng viên, chỉ 152 doanh nghiệp có tổ chức đảng.TIN LIÊN QUANKết nạp Đảng cho 50 công nhân tiêu biểu năm 2022', '', 'Minh Hà'].join('\n');
    const r = extractFromText(text);
    expect(r.meta.published).toBe('2024-07-23');
    expect(r.facts.map((f) => [f.metric, f.value])).toEqual([['party_organizations', 47], ['party_admissions', 42], ['enterprises', 152]]);
    expect(r.facts[0]!.evidence.text).toBe('Đảng bộ hiện có 47 tổ chức cơ sở đảng.');
  });

  it('ends the body at a comments heading that gives the number of comments ("Ý kiến bạn đọc (2)")', () => {
    const { body } = splitScrapedText(['Tiêu đề bài viết về phát triển đảng viên', 'Đảng ủy kết nạp 12 đảng viên.', 'Ý kiến bạn đọc (2)', 'Trần Minh', 'Công ty em có 3.000 công nhân nhưng chỉ có 12 đảng viên.'].join('\n'));
    expect(body).toBe('Đảng ủy kết nạp 12 đảng viên.');
  });

  it.each(['Bài viết cùng chuyên mục', 'Tin bài cùng chuyên mục', 'Các tin cùng chuyên mục'])('ends the body at a list of stories headed "%s"', (heading) => {
    const { body, boilerplate } = splitScrapedText(['Than Quang Ninh dai hoi', '15/06/2025 08:00', '', 'Đảng bộ Công ty kết nạp 42 đảng viên.', 'Hoàng Nga', '', heading, '› Ngành Than kết nạp hơn 2.300 đảng viên trong nhiệm kỳ 2020 - 2025'].join('\n'));
    expect(body).not.toContain('2.300');
    expect(boilerplate).toContain('› Ngành Than kết nạp hơn 2.300 đảng viên');
  });

  it('handles an empty page', () => {
    expect(splitScrapedText('')).toEqual({
      title: null,
      body: '',
      boilerplate: '',
      author: null,
      published: null,
      bodyStart: 0,
    });
  });

  it('puts every non-empty line except the title in exactly one of body and boilerplate (seed 002)', () => {
    const text = seed('002_886ce23aad79e794.txt');
    const parts = splitScrapedText(text);
    const all = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== parts.title);
    expect([...parts.body.split('\n'), ...parts.boilerplate.split('\n')].sort()).toEqual(all.sort());
  });
});

describe('a scrape that opens with its address', () => {
  const body = ['TP HCM: Hơn 52.000 đoàn viên mới trong năm 2019', '', 'Chiều 12-12, LĐLĐ TP HCM tổng kết công tác phát triển đoàn viên năm 2019.'];
  it('takes the first line as the URL, and the date in it when the page shows none', () => {
    const r = extractFromText(['https://nld.com.vn/cong-doan/tp-hcm-hon-52000-doan-vien-moi-20191212213015482.htm', 'NGƯỜI LAO ĐỘNG ONLINE', ...body].join('\n'));
    expect(r.meta.url).toBe('https://nld.com.vn/cong-doan/tp-hcm-hon-52000-doan-vien-moi-20191212213015482.htm');
    expect(r.meta.published).toBe('2019-12-12');
  });
  it('leaves a text with no address line without one', () => {
    const r = extractFromText(['NGƯỜI LAO ĐỘNG ONLINE', ...body, 'Xem thêm: https://nld.com.vn/cong-doan/khac-20191101.htm'].join('\n'));
    expect(r.meta.url).toBeNull();
    expect(r.meta.published).toBeNull();
  });
});

describe('normalizeText: a tone typed on the "o" of a closed "oa" or "oe"', () => {
  it.each([
    ['giới thiệu 356 đòan viên', 'giới thiệu 356 đoàn viên'],
    ['hòan thành chỉ tiêu', 'hoàn thành chỉ tiêu'],
    ['CÔNG ĐÒAN', 'CÔNG ĐOÀN'],
    // Left alone: the open syllable's old style is rewritten the other way, and "có anh" is two words.
    ['Khánh Hoà', 'Khánh Hòa'],
    ['có anh', 'có anh'],
  ])('%s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});
