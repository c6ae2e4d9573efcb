import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectProvince, type ProvinceDetectionInput } from '../extract/detect-province.js';
import { _Scorer, _bestProvince } from '../extract/province/score-mentions.js';

const SEEDS_DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** A seed as the tests pass it until the pipeline splits pages: first line as title, the whole text as body. */
function seed(file: string): ProvinceDetectionInput {
  const text = readFileSync(`${SEEDS_DIR}${file}`, 'utf8');
  return { title: text.split('\n')[0] ?? null, body: text };
}

/** Lead about a district-level conference, long enough to be taken as the lead paragraph. */
const LEAD_TAIL = 'tổ chức hội nghị sơ kết công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước.';

describe('detectProvince: the seed articles', () => {
  it.each([
    ['000_c49c9098393ef184.txt', 'Bình Phước', 'Đồng Nai'],
    ['001_3071a1bdf5e24959.txt', 'Bình Dương', 'Hồ Chí Minh'],
    ['002_886ce23aad79e794.txt', 'Hải Phòng', 'Hải Phòng'],
    ['003_d5df03275090afde.txt', 'Bắc Giang', 'Bắc Ninh'],
    ['004_f1d979f0bbc4477b.txt', 'Hải Phòng', 'Hải Phòng'],
  ])('%s → %s', (file, province, unit) => {
    const result = detectProvince(seed(file));
    expect(result?.province).toBe(province);
    expect(result?.province_2025).toBe(unit);
    expect(result?.evidence.length).toBeGreaterThan(0);
  });

  it('weighs the (CTTĐTBP) tag and the title above Khánh Hòa in seed 000', () => {
    const result = detectProvince(seed('000_c49c9098393ef184.txt'));
    expect(result?.evidence).toContain('lead: source tag (CTTĐTBP) +10');
  });
});

type Row = readonly [label: string, input: ProvinceDetectionInput, expected: string | null];

const ROWS: readonly Row[] = [
  ['source tag (CTO)', { title: 'Hội nghị tổng kết công tác xây dựng Đảng năm 2023', body: `(CTO) - Sáng 12-1, Ban Thường vụ Quận ủy Ninh Kiều ${LEAD_TAIL}` }, 'Cần Thơ'],
  ['source tag (QBĐT)', { title: 'Phát triển đảng viên trong công nhân', body: `(QBĐT) - Ngày 12/3, Ban Thường vụ Tỉnh ủy ${LEAD_TAIL}` }, 'Quảng Bình'],
  ['source tag (BTN)', { title: 'Phát triển đảng viên trong công nhân', body: `(BTN) - Ngày 12/3, Ban Thường vụ Tỉnh ủy ${LEAD_TAIL}` }, 'Tây Ninh'],
  ['source tag (STO): initials and "O" (online)', { title: 'Lãnh đạo tỉnh thăm, làm việc với Công ty CP Chế biến thủy sản Tân Phước', body: `(STO) - Chiều 17/11, đoàn công tác của tỉnh ${LEAD_TAIL}` }, 'Sóc Trăng'],
  ['source tag (ĐN) without a space', { title: 'Phát triển đảng viên trong công nhân', body: `(ĐN)- Ngày 12/3, Ban Thường vụ Tỉnh ủy ${LEAD_TAIL}` }, 'Đồng Nai'],
  // Tags made from the province's name, as the provincial papers print them: Báo Đắk Lắk, Báo Bình Định, Báo Lâm Đồng.
  ['outlet tag (BĐL) made from the name', { title: 'Phát triển đoàn viên trong doanh nghiệp ngoài nhà nước', body: `(BĐL) - Từ đầu năm đến nay, các cấp công đoàn ${LEAD_TAIL}` }, 'Đắk Lắk'],
  ['outlet tag (BĐ) made from the name, not Bình Dương', { title: 'Sơ kết 5 năm thực hiện Đề án', body: `(BĐ) - Chiều 21.3, Đảng ủy Khu kinh tế tỉnh ${LEAD_TAIL}` }, 'Bình Định'],
  ['outlet tag (BLĐ) made from the name', { title: 'Hội thi Bí thư chi bộ giỏi', body: `(BLĐ) - Ngày 14/8, Đảng ủy Khối Doanh nghiệp tỉnh ${LEAD_TAIL}` }, 'Lâm Đồng'],
  ['unbracketed tag BPO', { title: 'Kết nạp đảng viên là công nhân', body: `BPO - Ngày 12/3, Ban Thường vụ Huyện ủy ${LEAD_TAIL}` }, 'Bình Phước'],
  ['a tag beats the venue in the lead', { title: 'Hội nghị trực tuyến toàn quốc về phát triển đảng viên', body: '(BGĐT) - Ngày 5/3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc; dự tại điểm cầu tỉnh có đồng chí Phó Bí thư Thường trực Tỉnh ủy.' }, 'Bắc Giang'],
  ['two provinces in the title, the outlet decides', { title: 'Khánh Hòa - Bình Phước trao đổi kinh nghiệm', body: 'Chủ nhật - 02/06/2024 16:05\n(BPO) - Trong 02 ngày, Công đoàn các khu công nghiệp - khu kinh tế tỉnh Khánh Hòa đã tiếp đoàn công tác, trao đổi kinh nghiệm phát triển đảng viên.' }, 'Bình Phước'],
  ['district only, typed', { title: 'Huyện ủy Krông Pắc kết nạp 120 đảng viên mới', body: 'Năm 2023, Đảng bộ huyện đã kết nạp 120 đảng viên, đạt 105% chỉ tiêu.' }, 'Đắk Lắk'],
  ['district only, bare', { title: null, body: 'Công đoàn cơ sở Công ty TNHH Hyosung tại Khu công nghiệp Nhơn Trạch 5 đã giới thiệu 12 đoàn viên ưu tú cho tổ chức đảng.' }, 'Đồng Nai'],
  ['district with a curly apostrophe', { title: null, body: 'Huyện ủy Ea H’leo vừa trao quyết định kết nạp đảng viên cho 15 công nhân.' }, 'Đắk Lắk'],
  ['numbered district of Hồ Chí Minh', { title: null, body: 'Quận ủy Quận 7 vừa trao quyết định kết nạp đảng viên cho 15 công nhân.' }, 'Hồ Chí Minh'],
  ['a person-named district after its type word', { title: null, body: 'Quận ủy Hai Bà Trưng vừa trao quyết định kết nạp đảng viên cho 15 công nhân.' }, 'Hà Nội'],
  ['a one-syllable city after its type word', { title: null, body: 'Thành ủy Vinh vừa trao quyết định kết nạp đảng viên cho 15 công nhân.' }, 'Nghệ An'],
  ['a city with a dashed name', { title: null, body: 'LĐLĐ thành phố Phan Rang - Tháp Chàm vừa thành lập 3 công đoàn cơ sở.' }, 'Ninh Thuận'],
  ['a shared district resolved by its province', { title: null, body: 'Đảng ủy Khối doanh nghiệp đã kết nạp 20 đảng viên tại huyện Châu Thành, tỉnh Tây Ninh trong năm 2023, vượt chỉ tiêu được giao.' }, 'Tây Ninh'],
  ['district in the title with its province in brackets', { title: 'Thị xã Bến Cát (Bình Dương): Gỡ khó trong công tác phát triển đảng viên', body: 'Toàn cảnh hội nghị.' }, 'Bình Dương'],
  ['TP.HCM', { title: 'TP.HCM: Kết nạp hơn 1.000 đảng viên là công nhân', body: 'Trong năm, các cấp ủy đã kết nạp hơn 1.000 đảng viên.' }, 'Hồ Chí Minh'],
  ['thành phố Hồ Chí Minh', { title: null, body: 'Sáng 3/5, tại thành phố Hồ Chí Minh, Liên đoàn Lao động Thành phố tổ chức lễ kết nạp đảng viên cho 50 công nhân tiêu biểu.' }, 'Hồ Chí Minh'],
  ['Sài Gòn', { title: 'Sài Gòn: công nhân được kết nạp Đảng', body: 'Tin ngắn.' }, 'Hồ Chí Minh'],
  ['the President is not the city', { title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', body: 'Ban Thường vụ Tỉnh ủy Quảng Ninh chỉ đạo đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh trong công nhân lao động.' }, 'Quảng Ninh'],
  ['old tone marks', { title: null, body: 'Liên đoàn Lao động tỉnh Khánh Hoà vừa tổ chức hội nghị tổng kết phong trào công nhân, viên chức, lao động năm 2023.' }, 'Khánh Hòa'],
  ['Huế alone', { title: 'Huế: Phát triển đảng viên trong doanh nghiệp ngoài nhà nước', body: 'Thời gian qua, công tác phát triển đảng viên được chú trọng.' }, 'Thừa Thiên Huế'],
  ['Thừa Thiên - Huế', { title: 'Thừa Thiên - Huế: 200 công nhân được kết nạp Đảng', body: 'Tin ngắn.' }, 'Thừa Thiên Huế'],
  ['BR-VT', { title: 'BR-VT: Thành lập mới 45 công đoàn cơ sở', body: 'Năm qua, LĐLĐ tỉnh đã thành lập mới 45 CĐCS.' }, 'Bà Rịa - Vũng Tàu'],
  ['Đắc Lắc', { title: 'Đắc Lắc phát triển tổ chức đảng trong doanh nghiệp', body: 'Toàn tỉnh có 150 tổ chức đảng.' }, 'Đắk Lắk'],
  ['Bắc Cạn', { title: 'Bắc Cạn kết nạp đảng viên trong doanh nghiệp', body: 'Tin ngắn.' }, 'Bắc Kạn'],
  ['the page URL', { title: 'Tin nổi bật', body: 'Nội dung không có địa danh.', url: 'https://baobinhduong.vn/ket-nap-dang-vien-a123.html' }, 'Bình Dương'],
  ['a known host on a source line', { title: 'Kết nạp đảng viên', body: 'Nội dung ngắn.\nNguồn: baoquangninh.vn' }, 'Quảng Ninh'],
  ['an unknown host by its naming pattern', { title: 'Kết nạp đảng viên', body: 'Nội dung ngắn.\nNguồn: tinhuyquangtri.vn' }, 'Quảng Trị'],
  ['a district radio host (dai + district)', { title: 'Kết nạp đảng viên', body: 'Nội dung ngắn.\nNguồn: daivinhbao.vn' }, 'Hải Phòng'],
  ['a district subdomain of a provincial portal', { title: 'Kết nạp đảng viên', body: 'Nội dung ngắn.', url: 'https://dautieng.binhduong.gov.vn/tin-tuc/ket-nap' }, 'Bình Dương'],
  ['a district subdomain named like another province', { title: 'Kết nạp đảng viên', body: 'Nội dung ngắn.', url: 'https://hoabinh.baclieu.gov.vn/tin-tuc/ket-nap' }, 'Bạc Liêu'],
  ['marks tell folded twins apart: Phù Mỹ', { title: null, body: 'Huyện ủy Phù Mỹ kết nạp 30 đảng viên trong năm.' }, 'Bình Định'],
  ['marks tell folded twins apart: Phú Mỹ', { title: null, body: 'Thị ủy Phú Mỹ kết nạp 30 đảng viên trong năm.' }, 'Bà Rịa - Vũng Tàu'],
  ['a district spelt almost like a province', { title: null, body: 'Huyện ủy Thạnh Hóa kết nạp 30 đảng viên trong năm.' }, 'Long An'],
  ['a district spelt like another province, after "huyện"', { title: null, body: 'Huyện Hòa Bình, tỉnh Bạc Liêu có 12 tổ chức cơ sở đảng.' }, 'Bạc Liêu'],
  ['huyện Quảng Ninh is in Quảng Bình', { title: null, body: 'Ban Thường vụ Huyện ủy Quảng Ninh kết nạp 30 đảng viên.' }, 'Quảng Bình'],
  ['decomposed (NFD) text', { title: null, body: 'Thành ủy Huế và Huyện ủy Phú Vang kết nạp 30 đảng viên.'.normalize('NFD') }, 'Thừa Thiên Huế'],
  ['"tỉnh Gia Lai" is not the former district Tĩnh Gia', { title: null, body: 'Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy tỉnh Gia Lai kết nạp đảng viên.' }, 'Gia Lai'],
  ['a ward named after a district (2025)', { title: 'Phường Chơn Thành: phát triển tổ chức đảng trong doanh nghiệp', body: 'Tin ngắn.' }, 'Bình Phước'],
  ['a banner in the boilerplate', { title: 'Tin tức', body: 'Nội dung ngắn.', boilerplate: 'Bản quyền thuộc Cổng thông tin điện tử tỉnh Gia Lai' }, 'Gia Lai'],
  [
    "the site's name decides between two places of one name (thị trấn Thuận An of Phú Vang, not Thuận An of Bình Dương)",
    { title: 'Phát triển đảng viên trong ngư dân ở Thuận An', body: 'Chi bộ nghiệp đoàn nghề cá Thuận An kết nạp 3 đảng viên.', site: 'Cổng Thông tin điện tử Đảng bộ tỉnh Thừa Thiên Huế' },
    'Thừa Thiên Huế',
  ],
  [
    'a roundup that names four provinces about as weakly is about none of them',
    { title: 'Phát triển đảng viên trong công nhân: nhiều cách làm hay', body: 'Tại Bình Dương, các cấp ủy đã kết nạp nhiều công nhân. Còn Đồng Nai chú trọng doanh nghiệp FDI.\nỞ Hà Nội và Hải Phòng, công đoàn giới thiệu hàng nghìn đoàn viên ưu tú.' },
    null,
  ],
  [
    'an article that names four provinces but one of them often is about that one',
    { title: 'Kết nạp đảng viên trong doanh nghiệp', body: 'Năm 2024, Bình Dương kết nạp 1.200 đảng viên. Tỉnh ủy Bình Dương học tập Đồng Nai, Hà Nội và Hải Phòng. Các cấp ủy ở Bình Dương và thành phố Thủ Dầu Một đều vào cuộc.' },
    'Bình Dương',
  ],
  [
    "a national outlet's name as the site gives no province",
    { title: 'Phát triển đảng viên trong doanh nghiệp ngoài nhà nước', body: 'Cả nước có khoảng 13.500 tổ chức đảng trong doanh nghiệp.', site: 'Báo điện tử Đảng Cộng sản Việt Nam', boilerplate: 'Địa chỉ: 381 Đội Cấn, Ba Đình, Hà Nội' },
    null,
  ],
  [
    "a national outlet's chrome names its own seat, not the article's province",
    { title: 'Phát triển đảng viên trong doanh nghiệp ngoài nhà nước', body: 'Cả nước có khoảng 13.500 tổ chức đảng trong doanh nghiệp.', boilerplate: 'Hà Nội: Kết nạp hơn 10.000 đảng viên\nBÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM\nĐịa chỉ: 381 Đội Cấn, Ba Đình, Hà Nội' },
    null,
  ],
];

describe('detectProvince: snippets', () => {
  it.each(ROWS)('%s', (_label, input, expected) => {
    expect(detectProvince(input)?.province ?? null).toBe(expected);
  });
});

describe('detectProvince: the whole country', () => {
  it('a national body\'s report that names the capital where it met is no province\'s; a Hà Nội article keeps its title', () => {
    expect(detectProvince({ title: 'Tổng LĐLĐ Việt Nam tổng kết năm 2014', body: 'Ngày 10/1, tại Hà Nội, Tổng LĐLĐ Việt Nam tổ chức hội nghị tổng kết. Cả nước kết nạp 712.000 đoàn viên, thành lập 5.200 công đoàn cơ sở.' })?.province ?? null).toBeNull();
    expect(detectProvince({ title: 'Hà Nội dẫn đầu cả nước về phát triển đoàn viên', body: 'Năm 2014, LĐLĐ thành phố Hà Nội kết nạp 58.900 đoàn viên, nhiều nhất cả nước.' })?.province).toBe('Hà Nội');
  });

  it('the central Party committee of state enterprises or a national state group meeting in the capital is no province\'s; Hà Nội\'s own paper keeps it', () => {
    expect(detectProvince({ title: 'Đảng bộ Khối Doanh nghiệp Trung ương kết nạp hơn 7.000 đảng viên', body: 'Chiều 5/1, tại Hà Nội, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022.' })?.province ?? null).toBeNull();
    expect(detectProvince({ title: 'Đại hội Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam lần thứ III', body: 'Sáng nay, tại Hà Nội, Đảng bộ Tập đoàn Dầu khí Quốc gia Việt Nam khai mạc Đại hội đại biểu lần thứ III.' })?.province ?? null).toBeNull();
    expect(detectProvince({ title: 'Đảng ủy Khối Doanh nghiệp Trung ương quán triệt nghị quyết', body: '(HNM) - Sáng 22-8, tại Hà Nội, Đảng ủy Khối Doanh nghiệp Trung ương tổ chức hội nghị trực tuyến.' })?.province).toBe('Hà Nội');
  });
});

describe('detectProvince: home towns and neighbours', () => {
  it.each([
    [
      'a home town named of people is still the article\'s own province when the text names it most besides',
      { title: '42 chuyến xe đưa công nhân về quê đón Tết', body: 'Năm nay, LĐLĐ tỉnh Nghệ An phối hợp với công đoàn các tỉnh phía Nam đưa 1.900 người lao động quê Nghệ An về đón Tết. Các chuyến xe xuất phát từ TP Hồ Chí Minh, Đồng Nai, Bình Dương và Hà Nội. LĐLĐ tỉnh Nghệ An bố trí đón tại ga Vinh. Chủ tịch LĐLĐ tỉnh Nghệ An cho biết năm sau sẽ tăng số chuyến.' },
      'Nghệ An',
    ],
    [
      "a neighbour's section keeps being another's, however often named there",
      { title: 'Tin vắn các KCN tháng 3/2018', body: 'KCN Quang Châu có thêm 3 doanh nghiệp đi vào hoạt động. Tin tỉnh bạn - Bắc Ninh: Đảng ủy Khối Doanh nghiệp tỉnh Bắc Ninh kết nạp 27 đảng viên; KCN Quế Võ, huyện Yên Phong và thành phố Bắc Ninh có thêm chi bộ.', site: 'Ban Quản lý các KCN tỉnh Bắc Giang' },
      'Bắc Giang',
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(detectProvince(input)?.province ?? null).toBe(expected);
  });
});

describe('detectProvince: after the 2025 merger', () => {
  it.each([
    [
      'an old member marked (cũ) beats the merged unit and its outlet',
      {
        title: 'Công đoàn khu vực Sóc Trăng (cũ) giữ nhịp phát triển đoàn viên',
        body: 'Sau khi TP Cần Thơ (mới) được thành lập trên cơ sở hợp nhất TP Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, việc phát triển đoàn viên ở khu vực Sóc Trăng (cũ) vẫn đều đặn.',
        boilerplate: 'Bản quyền thuộc về Liên đoàn Lao động thành phố Cần Thơ',
      },
      'Sóc Trăng',
    ],
    [
      'a district of an old member on the merged unit’s portal',
      {
        title: 'Phường Chơn Thành: Phát triển tổ chức đảng trong doanh nghiệp các khu công nghiệp',
        body: 'Phường Chơn Thành (tỉnh Đồng Nai) được thành lập trên cơ sở sắp xếp các phường của thị xã Chơn Thành, tỉnh Bình Phước (cũ), là địa bàn tập trung nhiều khu công nghiệp.',
        boilerplate: 'Cổng thông tin điện tử tỉnh Đồng Nai',
        url: 'https://dongnai.gov.vn/vi/news/tin-dia-phuong/phuong-chon-thanh-6115.html',
      },
      'Bình Phước',
    ],
    [
      'a page dated after the merger whose title names an old member alone, though nothing in it says the merger',
      {
        title: 'Phường Phan Thiết: Phát triển đảng viên trong doanh nghiệp du lịch, thủy sản',
        body: 'Đảng bộ phường Phan Thiết hiện có 71 tổ chức cơ sở đảng với 3.260 đảng viên. Đoàn phường tổ chức đợt sinh hoạt chính trị cho thanh niên tỉnh Lâm Đồng, theo chỉ đạo của Tỉnh ủy Lâm Đồng.',
        boilerplate: 'BÁO LÂM ĐỒNG ĐIỆN TỬ',
        published: '2026-05-19',
      },
      'Bình Thuận',
    ],
    [
      'the same page with no date, or dated before the merger, stays with what the text says most',
      {
        title: 'Phường Phan Thiết: Phát triển đảng viên trong doanh nghiệp du lịch, thủy sản',
        body: 'Đảng bộ phường Phan Thiết hiện có 71 tổ chức cơ sở đảng với 3.260 đảng viên. Đoàn phường tổ chức đợt sinh hoạt chính trị cho thanh niên tỉnh Lâm Đồng, theo chỉ đạo của Tỉnh ủy Lâm Đồng.',
        boilerplate: 'BÁO LÂM ĐỒNG ĐIỆN TỬ',
        published: '2025-06-30',
      },
      'Lâm Đồng',
    ],
    [
      'the whole new unit in the title stays with the member that named it',
      {
        title: 'Đồng Nai (mới): Gần 900 nghìn đoàn viên công đoàn sau hợp nhất',
        body: 'Sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, Liên đoàn Lao động tỉnh Đồng Nai (mới) trở thành một trong những LĐLĐ cấp tỉnh lớn nhất cả nước. Trong đó, khu vực Bình Phước (cũ) có 598 công đoàn cơ sở.',
      },
      'Đồng Nai',
    ],
    [
      'an old member named as what the unit was merged with is a part of the whole, not the subject',
      {
        title: 'Năm 2025, Liên đoàn Lao động tỉnh giới thiệu 1.236 đoàn viên ưu tú cho Đảng',
        body: 'Sáng 19-1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết năm 2025. Đây là năm đầu tiên LĐLĐ tỉnh Đồng Nai hoạt động sau khi hợp nhất với LĐLĐ tỉnh Bình Phước (cũ). Năm 2025, các cấp công đoàn trong tỉnh đã kết nạp 27.306 đoàn viên.',
        boilerplate: 'BÁO ĐỒNG NAI ĐIỆN TỬ',
      },
      'Đồng Nai',
    ],
    [
      'an old member named "khu vực … cũ" without brackets beats the merged unit\'s outlet and masthead',
      {
        title: 'Tú Lệ có thêm chi bộ hợp tác xã',
        body: 'Baolaocai.vn - Chiều 8/11, Đảng ủy xã Tú Lệ (khu vực Yên Bái cũ) tổ chức lễ công bố quyết định thành lập Chi bộ Hợp tác xã Nông nghiệp Tú Lệ. Chi bộ gồm 03 đảng viên.',
        boilerplate: 'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI\nTheo dõi Báo Lào Cai trên: Facebook | YouTube',
      },
      'Yên Bái',
    ],
    [
      'the new unit and both old parts named in the text: the whole unit, however often the other part is named',
      {
        title: 'Đảng ủy UBND tỉnh tiếp nhận, kiện toàn tổ chức đảng trong doanh nghiệp sau hợp nhất',
        body: 'Đảng ủy UBND tỉnh Tuyên Quang (mới) đã tiếp nhận 41 tổ chức cơ sở đảng trong doanh nghiệp từ hai khu vực Tuyên Quang (cũ) và Hà Giang (cũ). Tại khu vực Hà Giang (cũ), các chi bộ được chuyển giao về đảng ủy xã. Khu vực Hà Giang (cũ) có 15 tổ chức cơ sở đảng.',
      },
      'Tuyên Quang',
    ],
    [
      'the new unit and its parts named with no "(cũ)" on any: the whole unit, though the other part is named as often',
      {
        title: '5 dấu ấn nổi bật của tổ chức Công đoàn thành phố năm 2025',
        body: 'Năm 2025 là năm đặc biệt khi thực hiện hợp nhất hai LĐLĐ thành phố Đà Nẵng và tỉnh Quảng Nam. Từ ngày 1-7-2025, LĐLĐ thành phố Đà Nẵng (mới) chính thức đi vào hoạt động trên cơ sở hợp nhất LĐLĐ thành phố Đà Nẵng và LĐLĐ tỉnh Quảng Nam. Tại thị xã Điện Bàn, các CĐCS kết nạp 1.200 đoàn viên; các doanh nghiệp ở Quảng Nam đóng góp nhiều nhất.',
      },
      'Đà Nẵng',
    ],
    [
      'an old part marked "(cũ)" beside the new unit named with no mark on the other part: the old part',
      {
        title: 'Phát triển đảng viên trong doanh nghiệp ở Bình Phước',
        body: 'Sau hợp nhất, Đảng ủy các xã, phường thuộc tỉnh Đồng Nai (mới) tiếp tục phát triển đảng viên. Tại khu vực Bình Phước (cũ), các chi bộ doanh nghiệp đã kết nạp 45 đảng viên. Các doanh nghiệp ở Bình Phước (cũ) có 12 chi bộ.',
      },
      'Bình Phước',
    ],
    [
      'a title that names one old part alone keeps it, though the text names the unit and its parts',
      {
        title: 'Khu vực Bến Tre (cũ): Số đoàn viên công đoàn chiếm 38,2% toàn tỉnh',
        body: 'Sau khi hợp nhất, toàn tỉnh Vĩnh Long (mới) có 1.744 CĐCS. Khu vực Bến Tre (cũ) có số CĐCS nhiều nhất, nhưng số đoàn viên đứng thứ hai sau khu vực Vĩnh Long (cũ).',
      },
      'Bến Tre',
    ],
    [
      'an old part marked by a bare "cũ" (no brackets) beats the merged unit\'s paper',
      {
        title: 'Bồi dưỡng nhận thức về Đảng cho công nhân khu công nghiệp',
        body: '(CTO) - Ngày 9-1, Trường Chính trị thành phố Cần Thơ khai giảng lớp bồi dưỡng nhận thức về Đảng cho 72 quần chúng ưu tú tại Khu công nghiệp Tân Phú Thạnh (tỉnh Hậu Giang cũ). Năm 2025, các chi bộ doanh nghiệp trên địa bàn Hậu Giang cũ kết nạp 58 đảng viên.',
        url: 'https://baocantho.com.vn/boi-duong-nhan-thuc-ve-dang-a123.html',
      },
      'Hậu Giang',
    ],
    [
      'before the merger a neighbour mentioned in passing changes nothing',
      {
        title: 'Cần Thơ: Kết nạp 300 đảng viên trong doanh nghiệp',
        body: 'Năm 2023, Thành ủy Cần Thơ chỉ đạo kết nạp 300 đảng viên; nhiều công nhân đến từ tỉnh Sóc Trăng và tỉnh Hậu Giang.',
      },
      'Cần Thơ',
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(detectProvince(input)?.province ?? null).toBe(expected);
  });
});

describe('detectProvince: the chrome of provincial and national outlets', () => {
  it('joins no name across the end of a sentence ("Việt Nam. Đồng chí" is no Nam Đông), but across an abbreviation\'s dot', () => {
    const body = 'Liên đoàn Lao động tỉnh tổ chức lễ mít tinh, đón nhận Cờ thi đua của Tổng LĐLĐ Việt Nam. Đồng chí Nguyễn Văn Lộc, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu.';
    expect(detectProvince({ title: null, body })).toBeNull();
    expect(detectProvince({ title: null, body: `Sáng 12/3, LĐLĐ TP. Hồ Chí Minh ${LEAD_TAIL}` })?.province).toBe('Hồ Chí Minh');
  });

  it('gives a tie to the outlet\'s own province, then to the one named first', () => {
    const tie = new _Scorer();
    tie.add('Quảng Nam', 4, 'lead', 'province', 'Quảng Nam');
    tie.add('Đà Nẵng', 4, 'url', 'host', 'danang.gov.vn');
    expect(_bestProvince(tie)?.[0]).toBe('Đà Nẵng');
    const plain = new _Scorer();
    plain.add('Quảng Nam', 4, 'lead', 'province', 'Quảng Nam');
    plain.add('Đà Nẵng', 4, 'body', 'province', 'Đà Nẵng');
    expect(_bestProvince(plain)?.[0]).toBe('Quảng Nam');
  });

  it('reads a province the body introduces as another ("tỉnh bạn") as the one compared with', () => {
    const body = [
      'Ở Kiên Giang, Đảng bộ Khối Doanh nghiệp tỉnh hiện có 42 TCCSĐ với 1.954 ĐV, phần lớn sinh hoạt trong các công ty cổ phần.',
      'Đối chiếu với tỉnh bạn Cà Mau, nơi có đặc điểm kinh tế tương đồng, Đảng ủy Khối Doanh nghiệp tỉnh Cà Mau đã cho phép chi bộ sinh hoạt theo "chuyến biển"; cách làm này được Ban Tổ chức Tỉnh ủy Cà Mau đánh giá cao.',
    ].join('\n');
    expect(detectProvince({ title: null, body })?.province).toBe('Kiên Giang');
    // (Named so only in passing, it still wins when nothing else is named.)
    expect(detectProvince({ title: null, body: 'Đoàn đã học tập kinh nghiệm tại tỉnh bạn Cà Mau, nơi có nhiều doanh nghiệp thủy sản.' })?.province).toBe('Cà Mau');
  });

  it('reads a person\'s home province ("quê Thanh Hóa") as no place of the article', () => {
    const body = [
      'Công đoàn KCN VSIP II (TP Thủ Dầu Một) tổng kết công tác phát triển đảng viên trong công nhân.',
      'Chị Nguyễn Thị Hạnh (32 tuổi, quê Thanh Hóa), tổ trưởng chuyền may, vừa được kết nạp vào Đảng. Anh Lê Văn Tùng, quê ở Thanh Hóa, cũng được kết nạp.',
    ].join('\n');
    expect(detectProvince({ title: null, body })?.province).toBe('Bình Dương');
  });

  it('reads a provincial paper\'s masthead even when its footer links to a national outlet', () => {
    const boilerplate = ['BÁO LAI CHÂU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LAI CHÂU', 'Trang chủ | Thời sự | Chính trị', 'Liên kết website', 'Báo Nhân Dân', 'Báo điện tử Đảng Cộng sản Việt Nam'].join('\n');
    expect(detectProvince({ title: 'Ghi chép: Chi bộ bên dòng Nậm Na', body: 'Ở một nhà máy thủy điện nằm sâu trong núi có một chi bộ.', boilerplate })?.province).toBe('Lai Châu');
  });

  it('reads nothing from the chrome of a national outlet that names itself as the owner', () => {
    const boilerplate = ['Tin mới', 'Hà Nội kết nạp 45.000 đoàn viên công đoàn', 'Cơ quan chủ quản: Đài Truyền hình Việt Nam', 'Địa chỉ: 43 Nguyễn Chí Thanh, Ba Đình, Hà Nội'].join('\n');
    expect(detectProvince({ title: 'Hơn 21.500 đoàn viên ưu tú được giới thiệu cho Đảng', body: 'Tổng LĐLĐ Việt Nam cho biết trong 6 tháng đầu năm đã giới thiệu 21.500 đoàn viên ưu tú cho Đảng.', boilerplate })).toBeNull();
  });
});

describe('detectProvince: no province', () => {
  it.each([
    ['empty', ''],
    ['the country', 'Việt Nam'],
    ['the centre', 'Ban Chấp hành Trung ương Đảng ban hành nghị quyết về xây dựng Đảng.'],
    ['the President', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.'],
    ['the Youth Union abbreviated', 'Đoàn TNCS HCM phối hợp với Công đoàn kết nạp đảng viên.'],
    ['the Pacific', 'Biển Đông nằm bên bờ Thái Bình Dương.'],
    ['a person named like a district', 'Ông Nguyễn Văn Lâm phát biểu tại hội nghị.'],
    ['a person named like a province', 'Bà Nguyễn Thị Hà Giang, Chủ tịch công đoàn cơ sở, cho biết đã giới thiệu 5 đoàn viên.'],
    ['another person named like a district', 'Đồng chí Lê Thanh Hà, Bí thư Chi bộ, phát biểu.'],
    ['a given name close to Huế', 'Chị Nguyễn Thị Huệ được kết nạp Đảng.'],
    ['a given name that is Huế', 'Đồng chí Trần Văn Huế, Phó Bí thư, phát biểu.'],
    ['a firm named after a district and more', 'Công ty TNHH Tân Hiệp Phát có 200 đảng viên.'],
    ['a street', 'Trụ sở tại số 12 đường Hai Bà Trưng.'],
    ['a first name like a city', 'Anh Vinh cho biết công ty đã có chi bộ.'],
    ['peace', 'Giữ gìn hòa bình, ổn định.'],
    ['a commune named like a province', 'Công đoàn xã Hòa Bình tổ chức hội nghị.'],
    ['a district name shared by many provinces', 'LĐLĐ huyện Châu Thành tổ chức hội nghị.'],
    ['an airport', 'Chuyến bay hạ cánh tại sân bay Tân Sơn Nhất.'],
    ['a battle', 'Chiến thắng Điện Biên Phủ là mốc son chói lọi.'],
    ['a national site', 'Nguồn: dangcongsan.vn'],
    ['a national outlet tag that a province name would also make', '(LĐ) - Ngày 12/3, Ban Tổ chức Trung ương tổ chức hội nghị về công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước.'],
    ['a tag two provinces could make', '(HN) - Ngày 12/3, Ban Tổ chức Trung ương tổ chức hội nghị về công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước.'],
  ])('%s', (_label, body) => {
    expect(detectProvince({ title: null, body })).toBeNull();
  });

  it('is null for "Trung ương" as a title', () => {
    expect(detectProvince({ title: 'Trung ương', body: 'Việt Nam' })).toBeNull();
  });
});
