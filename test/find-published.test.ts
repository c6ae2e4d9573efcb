import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPublishedInText, findPublishedLine, isMastheadLine, parseStampLine } from '../extract/find-published.js';
import { normalizeText } from '../extract/normalize-text.js';

const SEEDS = new URL('../../shared/seeds/', import.meta.url);
const seedLines = (file: string): string[] => normalizeText(readFileSync(new URL(file, SEEDS), 'utf8')).split('\n');

/** A body paragraph long enough to be prose, with a year-less date and statistics in it. */
const PARAGRAPH =
  'Chiều 14-1, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, trong năm kết nạp 56 đảng viên mới và thành lập 3 chi bộ trong doanh nghiệp ngoài nhà nước.';
const TITLE = 'Phát triển đảng viên trong doanh nghiệp ngoài nhà nước';

describe('findPublishedInText on the seeds', () => {
  // published as in ../shared/eval/seeds.gold.jsonl
  it.each([
    ['000_c49c9098393ef184.txt', '2024-06-02'],
    ['001_3071a1bdf5e24959.txt', null],
    ['002_886ce23aad79e794.txt', '2022-03-01'],
    ['003_d5df03275090afde.txt', null],
    ['004_f1d979f0bbc4477b.txt', '2021-04-24'],
  ])('%s → %s', (file, expected) => {
    expect(findPublishedInText(seedLines(file))).toBe(expected);
  });

  it('points at the stamp line of seed 000', () => {
    expect(findPublishedLine(seedLines('000_c49c9098393ef184.txt'))).toEqual({ date: '2024-06-02', lineIndex: 2 });
  });
});

describe('findPublishedInText on synthetic headers', () => {
  it.each<[string, string[], string | null]>([
    ['NukeViet 3 double space', [TITLE, 'Chủ nhật - 02/06/2024  16:05', PARAGRAPH], '2024-06-02'],
    ['stamp after a blank line', ['', TITLE, '', '   ', 'Thứ Bảy, 24/04/2021 07:58', '', PARAGRAPH], '2021-04-24'],
    ['SharePoint department', [TITLE, '28/11/2023 | Ban Nội chính', PARAGRAPH], '2023-11-28'],
    ['baodongnai update line', [TITLE, 'Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)', PARAGRAPH], '2018-08-27'],
    ['Joomla update stamp above the publish stamp', [TITLE, 'Cập nhật lần cuối: Thứ hai, 21 Tháng 3 2016 10:15', 'Ngày đăng: Thứ năm, 17 Tháng 3 2016 08:42', PARAGRAPH], '2016-03-17'],
    ['daitienlang date and views', [TITLE, 'Ngày 01/03/2022 Lượt xem: 16717', PARAGRAPH], '2022-03-01'],
    ['US month-first list date', [TITLE, '6/30/2025 10:00 AM', PARAGRAPH], '2025-06-30'],
    ['stamp above the body, no title line', ['Print Thứ Bảy, 24/04/2021 07:58 Gốc', '', PARAGRAPH], '2021-04-24'],
    [
      'masthead today with site name, then the article stamp',
      [
        'Báo Nam Định điện tử - Thứ sáu, 26/04/2024',
        'Trang chủ > Chính trị > Xây dựng Đảng',
        TITLE,
        'Cập nhật lúc: 18:00 |22/05/2022',
        PARAGRAPH,
      ],
      '2022-05-22',
    ],
    [
      'masthead today without cue: the stamp after the title wins',
      ['Thứ sáu, ngày 26 tháng 04 năm 2024', TITLE, 'Cập nhật lúc 03:36 ngày 10/10/2015', PARAGRAPH],
      '2015-10-10',
    ],
    [
      'a menu of fifteen items above the title takes no place in the header zone',
      [
        ...['Trang chủ', 'Thời sự', 'Chính trị', 'Kinh tế', 'Xã hội', 'Biên giới - Cửa khẩu', 'Văn hóa', 'Thể thao', 'Pháp luật', 'Quốc phòng - An ninh', 'Xây dựng Đảng', 'Bạn đọc', 'Media', 'Ảnh', 'Video'],
        TITLE,
        '09:15, 09/01/2024',
        ...Array<string>(8).fill(PARAGRAPH),
      ],
      '2024-01-09',
    ],
    ['masthead trap: weather line and no article stamp', ['Hà Nội 28°C | Thứ sáu, 26/04/2024', TITLE, PARAGRAPH], null],
    ['masthead trap: "Hôm nay" line', ['Hôm nay: Thứ sáu, 26/04/2024', TITLE, PARAGRAPH], null],
    ['masthead trap: weekday and date in words above the menu', ['CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM', 'Thứ Tư, ngày 13 tháng 11 năm 2024', 'Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công tác phát triển Đảng', TITLE, PARAGRAPH], null],
    // (Under a section banner in capitals, which reads as a title line, a weekday and a date right above the menu are still the masthead's.)
    ['masthead trap: weekday and date above the menu, under a banner', ['ĐẠI HỘI ĐẢNG CÁC CẤP TIẾN TỚI ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XV', 'Thứ Năm, 15/01/2026', 'Trang chủ | Tin tức Đại hội | Đại hội cơ sở | Ảnh - Video', TITLE, PARAGRAPH], null],
    [
      'body-date trap: date opens the lead sentence',
      [TITLE, 'Sáng ngày 22/2/2022, Thường trực Huyện ủy Tiên Lãng tổ chức hội nghị.', PARAGRAPH],
      null,
    ],
    ['body-date trap: short deadline line', [TITLE, 'Tính đến hết ngày 31/5/2024', PARAGRAPH], null],
    ['event range is not a stamp', [TITLE, 'Trong 02 ngày (01 - 02/6/2024)', PARAGRAPH], null],
    [
      'byline zone at the end of the article',
      [TITLE, ...Array<string>(8).fill(PARAGRAPH), 'Tin, ảnh: K.An', '08/01/2026 - 18:21', 'Tin khác', '(02/06/2024)'],
      '2026-01-08',
    ],
    [
      'related-list dates after a trailing heading are other articles',
      [TITLE, ...Array<string>(8).fill(PARAGRAPH), 'Những tin cũ hơn', 'Hội nghị ban chấp hành (02/06/2024)', '(01/06/2024)'],
      null,
    ],
    [
      'footer copyright date is chrome',
      [TITLE, ...Array<string>(8).fill(PARAGRAPH), '© 2024 baocantho.com.vn - 02/06/2024'],
      null,
    ],
    [
      'a menu of six short words above the masthead "today" and the title: the stamp under the title',
      ['Trang nhất', 'Giới thiệu', 'Tin tức - Sự kiện', 'Xây dựng Đảng', 'Học tập và làm theo Bác', 'Văn bản', 'Thứ năm, 29/05/2025 08:41', 'Trang nhất', '', TITLE, '', 'Thứ sáu - 25/08/2023 09:12', PARAGRAPH],
      '2023-08-25',
    ],
    [
      "a portal's page of a document: the date it was posted, not the date the document was issued",
      ['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN', 'Hôm nay: Thứ tư, 22/05/2019', 'Trang chủ > Văn bản', TITLE, 'Số ký hiệu: 78/BC-LĐLĐ', 'Ngày ban hành: 05/07/2017', 'Cơ quan ban hành: Liên đoàn Lao động tỉnh', 'Người ký: Lê Thị Thu Hà', 'Lĩnh vực: Công đoàn', 'Ngày đăng: 10/07/2017', PARAGRAPH],
      '2017-07-10',
    ],
    [
      "a PDF's digital signature above its header: the document's dated line, not the time it was signed",
      ['Ký bởi: Đảng ủy Khối Cơ quan và Doanh', 'nghiệp tỉnh', 'Email: dukcqdn@tuyenquang.gov.vn', 'Cơ quan: Tỉnh ủy Tuyên Quang', 'Ngày ký: 16.12.2021 09:41:25 +07:00', 'ĐẢNG BỘ TỈNH TUYÊN QUANG', 'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH', '*', 'Số 412-BC/ĐUK', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tuyên Quang, ngày 15 tháng 12 năm 2021', 'BÁO CÁO', PARAGRAPH],
      '2021-12-15',
    ],
    ['no lines', [], null],
  ])('%s', (_name, lines, expected) => {
    expect(findPublishedInText(lines)).toBe(expected);
  });
});

describe('parseStampLine', () => {
  it.each([
    ['Chủ nhật - 02/06/2024 16:05', '2024-06-02'],
    ['Thứ sáu: 15:00 ngày 09/02/2024', '2024-02-09'],
    ['Bình Phước, ngày 17 tháng 6 năm 2024', '2024-06-17'],
    ['08:10 - 01/02/2025', '2025-02-01'],
    ['  02/06/2024 04:05:00 PM  ', '2024-06-02'],
  ])('%j is a stamp of %s', (line, expected) => {
    expect(parseStampLine(line)).toBe(expected);
  });

  it.each([
    'Sáng ngày 22/2/2022, Thường trực Huyện ủy Tiên Lãng tổ chức hội nghị.',
    'Từ 01/6/2024 đến nay',
    'Trong 02 ngày (01 - 02/6/2024)',
    'Chiều 23/4',
    PARAGRAPH,
    `Ngày 02/06/2024 ${'x'.repeat(200)}`,
  ])('%j is not a stamp', (line) => {
    expect(parseStampLine(line)).toBeNull();
  });
});

describe('isMastheadLine', () => {
  it.each([
    ['Báo Nam Định điện tử - Thứ sáu, 26/04/2024', true],
    ['Cổng thông tin điện tử tỉnh Bình Phước', true],
    ['Hà Nội 28°C', true],
    ['daitienlang.vn - 01/03/2022', true],
    ['Chủ nhật - 02/06/2024 16:05', false],
    ['28/11/2023 | Ban Nội chính', false],
  ])('%j → %s', (line, expected) => {
    expect(isMastheadLine(line)).toBe(expected);
  });
});

describe('masthead dates without a time', () => {
  it('takes the timed stamp by the headline, not the masthead "today" above the menu', () => {
    const lines = [
      'QUÂN ĐỘI NHÂN DÂN',
      'Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng - Tiếng nói của lực lượng vũ trang và nhân dân Việt Nam',
      'Trang chủ | Chính trị | Kinh tế | Xã hội',
      'Thứ Tư, 22/01/2025',
      'Kinh tế > Xây dựng kinh tế quốc phòng',
      'Binh đoàn 15 mang Tết đến với công nhân cao su vùng biên',
      'Thứ Hai, 20/01/2025 15:45',
      'QĐND Online - Ngày 19-1, tại Công ty 74, Binh đoàn 15 tổ chức chương trình.',
    ];
    expect(findPublishedLine(lines)).toEqual({ date: '2025-01-20', lineIndex: 6 });
    const vnexpress = ['VnExpress - Báo tiếng Việt nhiều người xem nhất', 'Mới nhất | Thời sự | Góc nhìn', 'Thứ hai, 9/2/2026', 'Thời sự > Dân sinh', 'Thứ sáu, 6/2/2026, 14:20 (GMT+7)', 'Hơn 1.000 công nhân được xe công đoàn đưa về quê đón Tết'];
    expect(findPublishedLine(vnexpress)?.date).toBe('2026-02-06');
  });

  it('takes a weekday and a date alone above the title for the masthead "today", even when the page has no other date', () => {
    const lines = ['BÁO HOÀ BÌNH ĐIỆN TỬ', 'Thứ Hai, 21/10/2019', 'Trang chủ | Thời sự | Chính trị | Kinh tế', 'Chính trị', 'Đảng bộ Khối Doanh nghiệp tỉnh: Tập trung phát triển đảng viên trong doanh nghiệp', '(HBĐT) - Ngày 16/7, Đảng uỷ Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết.'];
    expect(findPublishedLine(lines)).toBeNull();
    // (With its time it is the page's stamp, as seed 000 prints it.)
    expect(findPublishedLine(lines.map((l) => (l === 'Thứ Hai, 21/10/2019' ? 'Thứ Hai, 21/10/2019 08:30' : l)))?.date).toBe('2019-10-21');
  });
});

describe('stamps among other fields', () => {
  it('reads the date field of "Ngày đăng: … | Người đăng: … | Lượt tải: …"', () => {
    expect(parseStampLine('Ngày đăng: 20/12/2023 09:10 | Người đăng: Văn phòng Đảng ủy Khối | Lượt tải: 56')).toBe('2023-12-20');
    expect(parseStampLine('Tính đến hết ngày 31/5/2024 | toàn tỉnh có 463 công đoàn cơ sở')).toBeNull();
  });
});
