/**
 * Tables flattened into "a | b | c" lines (extract/facts/table-rows.ts), and
 * report lines whose label starts with a plan or result word and a verb.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../extract/extract-facts.js';
import { extractFromHtml, extractFromText } from '../extract/index.js';
import { normalizeText } from '../extract/normalize-text.js';
import { _layTables } from '../extract/facts/table-layout.js';
import type { Fact } from '../extract/types.js';

const facts = (text: string): Fact[] => extractFacts(normalizeText(text), { published: '2024-12-25' });
const brief = (f: Fact) => [f.metric, f.value, f.kind, f.scope, f.mention.text];

describe('tables flattened into lines', () => {
  it('reads each cell by its column header, with the row label as scope; the row number is no figure', () => {
    const text = [
      'Số liệu tổ chức công đoàn và đoàn viên theo đơn vị (đến ngày 30/11/2024):',
      'STT | Đơn vị | Số CĐCS | Số đoàn viên | Kết nạp mới trong năm',
      '1 | LĐLĐ thành phố Bến Tre | 168 | 9.842 | 726',
      '2 | LĐLĐ huyện Châu Thành | 131 | 7.215 | 604',
      ' | Tổng cộng | 299 | 17.057 | 1.330',
    ].join('\n');
    const found = facts(text);
    expect(found.slice(0, 3).map(brief)).toEqual([
      ['union_grassroots', 168, 'stock', 'LĐLĐ thành phố Bến Tre', '168'],
      ['union_members', 9842, 'stock', 'LĐLĐ thành phố Bến Tre', '9.842'],
      // "Kết nạp mới" names no noun: beside "Số đoàn viên" it is union recruitment, not Party admission.
      ['union_members', 726, 'flow', 'LĐLĐ thành phố Bến Tre', '726'],
    ]);
    expect(found.map((f) => f.value)).not.toContain(1);
    expect(found.map((f) => f.value)).not.toContain(2);
    expect(found).toHaveLength(9);
    // The caption's date is the as-of date of the stocks; the evidence is the row, offsets into the text.
    expect(found[0]!.as_of).toBe('2024-11-30');
    expect(found[0]!.evidence.text).toBe('1 | LĐLĐ thành phố Bến Tre | 168 | 9.842 | 726');
    const n = normalizeText(text);
    expect(n.slice(found[1]!.mention.start, found[1]!.mention.end)).toBe('9.842');
  });

  it('reads a header whose first line groups the columns of the second (rowspan and colspan flattened), and a total row whose label spans the row number', () => {
    const text = [
      'Bảng: Tình hình tổ chức đảng, công đoàn tại các KCN (tính đến 30/6/2024)',
      'TT | Khu công nghiệp | Số DN đang hoạt động | Số lao động (người) | Tổ chức đảng | Đoàn viên công đoàn',
      'Số chi bộ | Số đảng viên | Tổng số | Kết nạp mới',
      '1 | KCN Đình Trám | 78 | 24.310 | 9 | 214 | 61 | 870',
      '2 | KCN Quang Châu | 96 | 52.640 | 11 | 297 | 84 | 1.105',
      'Tổng cộng | 174 | 76.950 | 20 | 511 | 145 | 1.975',
    ].join('\n');
    const found = facts(text);
    expect(found.filter((f) => f.scope === 'KCN Đình Trám').map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['enterprises', 78, 'stock'],
      ['workers', 24310, 'stock'],
      ['party_organizations', 9, 'stock'],
      ['party_members', 214, 'stock'],
      // "Tổng số" and "Kết nạp mới" name no noun: their group does.
      ['union_members', 61, 'stock'],
      ['union_members', 870, 'flow'],
    ]);
    expect(found.filter((f) => f.scope === 'Tổng cộng').map((f) => [f.metric, f.value])).toEqual([
      ['enterprises', 174],
      ['workers', 76950],
      ['party_organizations', 20],
      ['party_members', 511],
      ['union_members', 145],
      ['union_members', 1975],
    ]);
    expect(found.map((f) => f.value)).not.toContain(1);
  });

  it('takes the period from a column header when the row label says what is counted', () => {
    const found = facts(['Chỉ tiêu | Năm 2023 | Năm 2024', 'Số đảng viên | 1.200 | 1.350', 'Số TCCSĐ | 45 | 50'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([
      ['party_members', 1200, 'stock', '2023'],
      ['party_members', 1350, 'stock', '2024'],
      ['party_organizations', 45, 'stock', '2023'],
      ['party_organizations', 50, 'stock', '2024'],
    ]);
  });

  it('reads plan and result columns of a markdown table as target and flow', () => {
    const found = facts(['| Nội dung | Kế hoạch | Thực hiện |', '|---|---|---|', '| Kết nạp đảng viên | 100 | 112 |'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_admissions', 100, 'target'],
      ['party_admissions', 112, 'flow'],
    ]);
  });

  it('reads plan and result columns by the title over the table when neither header nor row names what they count', () => {
    const rows = ['STT | Đơn vị | Kế hoạch năm 2018 | Thực hiện | Tỷ lệ so với kế hoạch (%)', '1 | LĐLĐ thành phố Thủ Dầu Một | 3.500 | 3.612 | 103,2', '2 | LĐLĐ thị xã Thuận An | 7.000 | 7.245 | 103,5'];
    // (The title on the line above, or above the unit line.)
    for (const above of [['Kết quả phát triển đoàn viên công đoàn năm 2018'], ['Kết quả phát triển đoàn viên công đoàn năm 2018', '(Đơn vị tính: đoàn viên)']]) {
      expect(facts([...above, ...rows].join('\n')).map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
        ['union_members', 3500, 'target', 'LĐLĐ thành phố Thủ Dầu Một'],
        ['union_members', 3612, 'flow', 'LĐLĐ thành phố Thủ Dầu Một'],
        ['union_members', 103.2, 'achievement', 'LĐLĐ thành phố Thủ Dầu Một'],
        ['union_members', 7000, 'target', 'LĐLĐ thị xã Thuận An'],
        ['union_members', 7245, 'flow', 'LĐLĐ thị xã Thuận An'],
        ['union_members', 103.5, 'achievement', 'LĐLĐ thị xã Thuận An'],
      ]);
    }
    // A sentence of prose over the table is no title.
    expect(facts(['Năm 2018, các cấp công đoàn làm được nhiều việc.', ...rows].join('\n'))).toEqual([]);
  });

  it('reads a header over two lines whose second line leaves blank the columns spanning both (tabs), the end one lost', () => {
    const text = ['Kết quả phát triển đoàn viên, thành lập CĐCS năm 2024', 'TT\tĐơn vị\tPhát triển đoàn viên\tThành lập CĐCS mới', '\t\tKế hoạch\tThực hiện\tĐạt (%)\t', '1\tCông đoàn KKT Nghi Sơn và các KCN\t6.000\t7.152\t119,2\t31', '\tTổng cộng\t18.000\t19.849\t110,3\t140'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['union_members', 6000, 'target', 'Công đoàn KKT Nghi Sơn và các KCN'],
      ['union_members', 7152, 'flow', 'Công đoàn KKT Nghi Sơn và các KCN'],
      ['union_members', 119.2, 'achievement', 'Công đoàn KKT Nghi Sơn và các KCN'],
      ['union_grassroots', 31, 'flow', 'Công đoàn KKT Nghi Sơn và các KCN'],
      ['union_members', 18000, 'target', 'Tổng cộng'],
      ['union_members', 19849, 'flow', 'Tổng cộng'],
      ['union_members', 110.3, 'achievement', 'Tổng cộng'],
      ['union_grassroots', 140, 'flow', 'Tổng cộng'],
    ]);
  });

  it('reads "Thực hiện" as the result of what the plan beside it names ("Kế hoạch PTĐV" spelt out), and bodies said to be new as founded', () => {
    const text = ['TT | Đơn vị | CĐCS mới | Kế hoạch PTĐV | Thực hiện | Tỷ lệ (%)', '1 | TP Hạ Long | 9 | 1.800 | 1.946 | 108,1'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['union_grassroots', 9, 'flow'],
      ['union_members', 1800, 'target'],
      ['union_members', 1946, 'flow'],
      ['union_members', 108.1, 'achievement'],
    ]);
  });

  it('reads row labels in a bulletin\'s shorthand ("PTĐV CĐ", "ĐVCĐ ưu tú được KN Đảng") spelt out', () => {
    const text = [
      'TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH 6 tháng | Tỷ lệ % KH',
      '1 | PTĐV CĐ | ĐV | 20.000 | 13.416 | 67,1',
      '2 | GT ĐVCĐ ưu tú cho Đảng | người | 1.000 | 612 | 61,2',
      '3 | ĐVCĐ ưu tú được KN Đảng | người | 500 | 238 | 47,6',
    ].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['union_members', 20000, 'target'],
      ['union_members', 13416, 'flow'],
      ['union_members', 67.1, 'achievement'],
      ['referrals', 1000, 'target'],
      ['referrals', 612, 'flow'],
      ['referrals', 61.2, 'achievement'],
      ['party_admissions', 500, 'target'],
      ['party_admissions', 238, 'flow'],
      ['party_admissions', 47.6, 'achievement'],
    ]);
  });

  it('reads a row by its label under columns of sectors of firms and their total ("DNNN | DN ngoài NN | Cộng")', () => {
    const text = ['Nội dung | DNNN | DN ngoài NN | Cộng', 'TCCSĐ | 17 | 36 | 53', 'ĐV | 2.318 | 741 | 3.059'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_organizations', 17, 'stock'],
      ['party_organizations', 36, 'stock'],
      ['party_organizations', 53, 'stock'],
      ['party_members', 2318, 'stock'],
      ['party_members', 741, 'stock'],
      ['party_members', 3059, 'stock'],
    ]);
  });

  it('reads a row by its label under columns of places, each figure scoped to its column', () => {
    const text = ['Chỉ tiêu | Khu vực Hưng Yên (cũ) | Khu vực Thái Bình (cũ) | Toàn tỉnh', 'Đoàn viên khu vực doanh nghiệp | 198.640 | 187.215 | 385.855'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['union_members', 198640, 'Khu vực Hưng Yên (cũ)'],
      ['union_members', 187215, 'Khu vực Thái Bình (cũ)'],
      ['union_members', 385855, null],
    ]);
  });

  it('reads a table printed one cell per line up to its total row, one line short (no row number), a figure said twice included', () => {
    const text = ['TT', 'Đơn vị', 'Chỉ tiêu giới thiệu', 'Số đã giới thiệu', 'Đạt (%)', '1', 'LĐLĐ huyện Võ Nhai', '30', '31', '103,3', '2', 'Các công đoàn ngành', '150', '150', '100,0', 'Toàn tỉnh', '180', '181', '100,6', '', 'Trong số 2 đơn vị, cả 2 đều hoàn thành chỉ tiêu.'].join('\n');
    const found = extractFromText(['Tiêu đề bài viết', '', text].join('\n')).facts.map((f) => [f.metric, f.value, f.kind, f.scope]);
    expect(found.filter((f) => f[3] === 'Các công đoàn ngành' || f[3] === 'Toàn tỉnh')).toEqual([
      ['referrals', 150, 'target', 'Các công đoàn ngành'],
      ['referrals', 150, 'flow', 'Các công đoàn ngành'],
      ['referrals', 100, 'achievement', 'Các công đoàn ngành'],
      ['referrals', 180, 'target', 'Toàn tỉnh'],
      ['referrals', 181, 'flow', 'Toàn tỉnh'],
      ['referrals', 100.6, 'achievement', 'Toàn tỉnh'],
    ]);
  });

  it('reads a table printed one cell per line whose header names a year ("Kế hoạch năm 2017"), its empty cells dashes', () => {
    const text = ['TT', 'Chỉ tiêu', 'Kế hoạch năm 2017', 'Thực hiện 6 tháng', 'Tỷ lệ (%)', '1', 'Thành lập công đoàn cơ sở', '30', '17', '56,7', '2', 'Giới thiệu đoàn viên ưu tú cho Đảng', '250', '131', '52,4', '3', 'Đoàn viên được kết nạp Đảng', '-', '64', '-'].join('\n');
    const found = extractFromText(['Tiêu đề bài viết', '', text].join('\n'), { published: '2017-07-10' }).facts.map((f) => [f.metric, f.value, f.kind]);
    expect(found).toEqual([
      ['union_grassroots', 30, 'target'],
      ['union_grassroots', 17, 'flow'],
      ['union_grassroots', 56.7, 'achievement'],
      ['referrals', 250, 'target'],
      ['referrals', 131, 'flow'],
      ['referrals', 52.4, 'achievement'],
      ['party_admissions', 64, 'flow'],
    ]);
  });

  it('reads a rate after a count and its plan as the share of the plan met, and a markdown total row in bold', () => {
    const text = ['| TT | Công đoàn cấp trên | Chỉ tiêu giới thiệu | Số đoàn viên ưu tú đã giới thiệu | Tỷ lệ (%) |', '| --- | --- | --- | --- | --- |', '| 1 | LĐLĐ quận Hải Châu | 180 | 196 | 108,9 |', '|  | **Cộng** | **180** | **196** | **108,9** |'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind, f.scope, f.mention.text])).toEqual([
      ['referrals', 180, 'target', 'LĐLĐ quận Hải Châu', '180'],
      ['referrals', 196, 'flow', 'LĐLĐ quận Hải Châu', '196'],
      ['referrals', 108.9, 'achievement', 'LĐLĐ quận Hải Châu', '108,9'],
      ['referrals', 180, 'target', 'Cộng', '180'],
      ['referrals', 196, 'flow', 'Cộng', '196'],
      ['referrals', 108.9, 'achievement', 'Cộng', '108,9'],
    ]);
  });

  it('does not read a percent column by a neighbour\'s noun', () => {
    const found = facts(['STT | Đơn vị | Số đảng viên | Tỷ lệ (%)', '1 | Chi bộ Công ty A | 35 | 8,6%'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.unit])).toEqual([['party_members', 35, 'count']]);
  });

  it('finds no table in a menu over a counter line, nor in rows of another width', () => {
    expect(facts(['Trang chủ | Giới thiệu | Liên hệ', 'Lượt truy cập: 1.507.842 | Đang trực tuyến: 19 | Hôm nay: 200'].join('\n'))).toEqual([]);
    expect(facts(['Đơn vị | Số CĐCS | Số đoàn viên', 'LĐLĐ huyện A | 12'].join('\n'))).toEqual([]);
  });

  it('reads an HTML data table the same way (cells joined with " | ")', () => {
    const html = `<html><body><article><h1>Tổng kết</h1><p>Kết quả phát triển đảng viên năm 2024 của các huyện như sau.</p>
      <table><tr><th>Đơn vị</th><th>Tổ chức đảng</th><th>Đảng viên kết nạp</th></tr>
      <tr><td>Huyện Việt Yên</td><td>5</td><td>98</td></tr></table></article></body></html>`;
    expect(extractFromHtml(html).facts.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['party_organizations', 5, 'stock', 'Huyện Việt Yên'],
      ['party_admissions', 98, 'flow', 'Huyện Việt Yên'],
    ]);
  });
});

describe('saved tables with spans, change columns and dated headers', () => {
  const body = (rows: string) => `<html><body><article><h1>Báo cáo quý I</h1><p>Kết quả công tác đoàn và phong trào thanh niên trong các doanh nghiệp quý I năm 2023 như sau.</p><table>${rows}</table></article></body></html>`;

  it('reads a Youth Union table (headers naming its bodies) whose second header row starts and ends with the cells of rowspans', () => {
    const html = body(`<tr><td rowspan="2">STT</td><td rowspan="2">Loại hình</td><td colspan="2">Tổ chức đoàn</td><td rowspan="2">Đoàn viên (người)</td><td rowspan="2">Kết nạp mới quý I (người)</td></tr>
      <tr><td>Đoàn cơ sở</td><td>Chi đoàn cơ sở</td></tr>
      <tr><td>1</td><td>Khối doanh nghiệp nhà nước</td><td>9</td><td>6</td><td>1.094</td><td>72</td></tr>
      <tr><td>2</td><td>Khối doanh nghiệp ngoài nhà nước</td><td>11</td><td>19</td><td>1.588</td><td>163</td></tr>`);
    expect(extractFromHtml(html).facts.filter((f) => f.scope === 'Khối doanh nghiệp nhà nước').map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['youth_organizations', 9, 'stock'],
      ['youth_organizations', 6, 'stock'],
      // "Đoàn viên" and "Kết nạp mới" of a table of Youth Union bodies, beside no union or Party: the Youth Union's.
      ['youth_members', 1094, 'stock'],
      ['youth_members', 72, 'flow'],
    ]);
  });

  it('keeps the Party and the union where a table names them beside the Youth Union', () => {
    const html = body(`<tr><td>STT</td><td>Đơn vị</td><td>Chi đoàn</td><td>Kết nạp đảng viên</td></tr>
      <tr><td>1</td><td>Công ty TNHH May Phú Hòa</td><td>3</td><td>12</td></tr>`);
    expect(extractFromHtml(html).facts.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['youth_organizations', 3, 'stock'],
      ['party_admissions', 12, 'flow'],
    ]);
  });

  it('reads a column dated by month and year, and "+N" under "Tăng (+), giảm (-)" as the change of the row', () => {
    const html = body(`<tr><td>TT</td><td>Chỉ tiêu</td><td>Năm 2020</td><td>Tháng 5/2025</td><td>Tăng (+), giảm (-)</td></tr>
      <tr><td>1</td><td>Tổ chức cơ sở đảng</td><td>16</td><td>26</td><td>+10</td></tr>
      <tr><td>2</td><td>Đảng viên (người)</td><td>318</td><td>652</td><td>+334</td></tr>`);
    expect(extractFromHtml(html).facts.map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([
      ['party_organizations', 16, 'stock', '2020'],
      ['party_organizations', 26, 'stock', '2025-05'],
      ['party_organizations', 10, 'flow', null],
      ['party_members', 318, 'stock', '2020'],
      ['party_members', 652, 'stock', '2025-05'],
      ['party_members', 334, 'flow', null],
    ]);
  });
});

describe('tables of referrals and admissions, of results and goals, with group rows and notes', () => {
  it('reads "Giới thiệu (người)" by the unit its bracket gives, and the rate after those admitted as their share of those referred', () => {
    const text = [
      'Kết quả giới thiệu đoàn viên ưu tú cho Đảng năm 2023:',
      'TT | Đơn vị | Giới thiệu (người) | Được kết nạp (người) | Tỷ lệ (%)',
      'I. Khối quận, huyện',
      '1 | LĐLĐ quận Liên Chiểu | 58 | 29 | 50,0',
      'II. Khối ngành và trực thuộc',
      '2 | Công đoàn ngành Giao thông vận tải | 45 | 21 | 46,7',
      'Tổng cộng | 103 | 50 | 48,5 (*)',
    ].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.unit, f.kind, f.scope])).toEqual([
      ['referrals', 58, 'count', 'flow', 'LĐLĐ quận Liên Chiểu'],
      ['party_admissions', 29, 'count', 'flow', 'LĐLĐ quận Liên Chiểu'],
      ['party_admissions', 50, 'percent', 'share', 'LĐLĐ quận Liên Chiểu'],
      // (The group's heading on a line of its own between rows does not end the table.)
      ['referrals', 45, 'count', 'flow', 'Công đoàn ngành Giao thông vận tải'],
      ['party_admissions', 21, 'count', 'flow', 'Công đoàn ngành Giao thông vận tải'],
      ['party_admissions', 46.7, 'percent', 'share', 'Công đoàn ngành Giao thông vận tải'],
      ['referrals', 103, 'count', 'flow', 'Tổng cộng'],
      ['party_admissions', 50, 'count', 'flow', 'Tổng cộng'],
      // (A note's mark after the figure is no part of it.)
      ['party_admissions', 48.5, 'percent', 'share', 'Tổng cộng'],
    ]);
  });

  it('reads a result column and a goal column under "Giá trị", with a unit column and a floor', () => {
    const html = `<html><body><article><h1>Mục tiêu nhiệm kỳ</h1><p>Các chỉ tiêu chủ yếu của Đảng bộ Khu kinh tế nhiệm kỳ 2025 - 2030 như sau.</p><table>
      <tr><td rowspan="2">TT</td><td rowspan="2">Chỉ tiêu</td><td rowspan="2">Đơn vị tính</td><td colspan="2">Giá trị</td></tr>
      <tr><td>Kết quả nhiệm kỳ 2020 - 2025</td><td>Mục tiêu đến năm 2030</td></tr>
      <tr><td>1</td><td>Kết nạp đảng viên</td><td>người</td><td>624</td><td>800 trở lên</td></tr>
      <tr><td>2</td><td>Giới thiệu đoàn viên ưu tú cho Đảng</td><td>người</td><td>1.150</td><td>1.500</td></tr></table></article></body></html>`;
    expect(extractFromHtml(html, { published: '2025-08-01' }).facts.map((f) => [f.metric, f.value, f.kind, f.approx])).toEqual([
      ['party_admissions', 624, 'flow', 'exact'],
      ['party_admissions', 800, 'target', 'at_least'],
      ['referrals', 1150, 'flow', 'exact'],
      ['referrals', 1500, 'target', 'exact'],
    ]);
  });

  it('reads nothing on a row whose unit column names a unit none of ours counts in', () => {
    const text = [
      'Kết quả các hoạt động chăm lo được LĐLĐ tỉnh tổng hợp như sau:',
      'TT | Hoạt động | Đơn vị tính | Số lượng',
      '1 | Kết nạp đoàn viên công đoàn | người | 1.250',
      '2 | Đối thoại giữa lãnh đạo tỉnh, doanh nghiệp với công nhân | cuộc | 9',
      '3 | Tặng quà công nhân | suất | 3.500',
    ].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([['union_members', 1250, 'flow']]);
  });

  it('reads a plan column that names only the deed ("Chỉ tiêu kết nạp năm 2023") by the members of the bodies the table names', () => {
    const text = ['Kết quả kết nạp đảng viên trong doanh nghiệp năm 2023:', 'Đảng bộ | Chỉ tiêu kết nạp năm 2023 | Kết quả | Đạt (%) | Chi bộ DN thành lập mới', 'Thành phố Thủ Dầu Một | 40 | 46 | 115,0 | 3'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['party_admissions', 40, 'count', 'target'],
      ['party_admissions', 46, 'count', 'flow'],
      ['party_admissions', 115, 'percent', 'achievement'],
      ['party_organizations', 3, 'count', 'flow'],
    ]);
  });

  it('reads no year under "Năm thành lập", and the members a body had "khi thành lập" as members', () => {
    const text = ['Các chi bộ doanh nghiệp trong KCN:', 'TT | Chi bộ | Năm thành lập | Số đảng viên khi thành lập | Số đảng viên hiện nay | Số lao động', '1 | Chi bộ Công ty TNHH Dệt may Hòa Phú | 2016 | 3 | 17 | 2.450', '2 | Chi bộ Công ty CP Cơ khí Song Khê | 2017 | 5 | 12 | 680'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_members', 3, 'stock'],
      ['party_members', 17, 'stock'],
      ['workers', 2450, 'stock'],
      ['party_members', 5, 'stock'],
      ['party_members', 12, 'stock'],
      ['workers', 680, 'stock'],
    ]);
  });

  it('reads a Youth Union table whose columns send members to the Party as the Youth Union\'s, under groups whose sub-headers stand alone', () => {
    const text = [
      'Kết quả công tác Đoàn năm 2022:',
      'TT | Cơ sở đoàn | Tổ chức | Tổ chức | Công tác tạo nguồn | Công tác tạo nguồn',
      '| | Số chi đoàn | Số đoàn viên | Giới thiệu ĐVƯT cho Đảng | Đoàn viên được kết nạp Đảng',
      '1 | Đoàn cơ sở Công ty CP Phân lân Tằng Loỏng | 14 | 312 | 18 | 11',
      '2 | Đoàn cơ sở Công ty CP Khoáng sản Cam Đường Xanh | 9 | 186 | 10 | 7',
    ].join('\n');
    expect(facts(text).slice(0, 4).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['youth_organizations', 14, 'stock'],
      ['youth_members', 312, 'stock'],
      ['referrals', 18, 'flow'],
      ['party_admissions', 11, 'flow'],
    ]);
    const youth = ['Kết quả công tác Đoàn năm 2021:', 'Địa bàn | Số cơ sở đoàn | Số đoàn viên | Kết nạp đoàn viên mới | Giới thiệu ĐV ưu tú cho Đảng', 'KCN Khai Quang | 14 | 1.286 | 215 | 23'].join('\n');
    expect(facts(youth).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['youth_organizations', 14, 'stock'],
      ['youth_members', 1286, 'stock'],
      ['youth_members', 215, 'flow'],
      ['referrals', 23, 'flow'],
    ]);
  });

  it('reads a table of political classes whose class column says only "Số lớp", and a "Trong đó" column as parts of the column before', () => {
    const text = ['Kết quả mở lớp tại một số đơn vị như sau:', 'Đơn vị | Số lớp | Tổng số học viên | Trong đó: CNLĐ trong doanh nghiệp', 'Thị xã Nghi Sơn | 6 | 412 | 268', 'Thị xã Bỉm Sơn | 3 | 176 | 121'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['training_classes', 6, 'flow'],
      ['trainees', 412, 'flow'],
      ['trainees', 268, 'flow'],
      ['training_classes', 3, 'flow'],
      ['trainees', 176, 'flow'],
      ['trainees', 121, 'flow'],
    ]);
  });

  it('reads "Tỷ lệ so với lao động (%)" under a group of members as the members\' share of the workforce', () => {
    const text = [
      'STT | Khu công nghiệp | Lao động (người) | Đoàn viên công đoàn | Đoàn viên công đoàn',
      ' |  |  | Tổng số (người) | Tỷ lệ so với lao động (%)',
      '1 | KCN Đình Trám | 21.540 | 19.102 | 88,7',
      '2 | KCN Quang Châu | 38.216 | 33.870 | 88,6',
    ].join('\n');
    expect(facts(text).filter((f) => f.scope === 'KCN Đình Trám').map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['workers', 21540, 'count', 'stock'],
      ['union_members', 19102, 'count', 'stock'],
      ['union_members', 88.7, 'percent', 'share'],
    ]);
  });
});

describe('tables as reports print them', () => {
  it('joins a header printed over two lines and reads "N (x%)" cells as a count and its share', () => {
    const text = [
      'STT | Đơn vị                 | Kết nạp đoàn viên | Thành lập  | Giới thiệu ĐV | Được kết',
      '    |                        | mới (tỷ lệ)       | CĐCS mới   | ưu tú         | nạp Đảng',
      '1   | Công đoàn các KCN tỉnh | 3.418 (57,6%)     | 14         | 196           | 88',
    ].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.unit, f.kind, f.mention.text])).toEqual([
      ['union_members', 3418, 'count', 'flow', '3.418'],
      ['union_members', 57.6, 'percent', 'share', '57,6%'],
      ['union_grassroots', 14, 'count', 'flow', '14'],
      ['referrals', 196, 'count', 'flow', '196'],
      ['party_admissions', 88, 'count', 'flow', '88'],
    ]);
  });

  it('reads "N (M)" cells by the header and its bracket, and a Youth Union table as Youth members', () => {
    const text = [
      'Địa bàn | Số CĐCS | Số đoàn viên (tỷ lệ so với lao động) | ĐV ưu tú giới thiệu cho Đảng (được kết nạp)',
      'TP Tuy Hòa | 168 | 7.912 (87,4%) | 64 (21)',
    ].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['union_grassroots', 168, 'count', 'stock'],
      ['union_members', 7912, 'count', 'stock'],
      ['union_members', 87.4, 'percent', 'share'],
      ['referrals', 64, 'count', 'flow'],
      ['party_admissions', 21, 'count', 'flow'],
    ]);
    const youth = ['STT | Đơn vị | Kết nạp đoàn viên mới | Giới thiệu ĐV ưu tú cho Đảng', '1 | Thành đoàn Quảng Ngãi | 612 | 168', '2 | Huyện đoàn Bình Sơn | 2 100 | 142'].join('\n');
    expect(facts(youth).map((f) => [f.metric, f.value])).toEqual([
      ['youth_members', 612],
      ['referrals', 168],
      ['youth_members', 2100],
      ['referrals', 142],
    ]);
  });

  it('reads lines broken in mid-sentence (print pages, text from PDFs) as one sentence', () => {
    const text = ['Trong năm, các cấp công đoàn trong Khối đã phối hợp giới', 'thiệu 127 đoàn viên công đoàn ưu tú cho Đảng.'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value])).toEqual([['referrals', 127]]);
  });
});

describe('report lines headed by a plan or result word and a verb', () => {
  it.each<[string, [string, number, string][]]>([
    ['Chỉ tiêu kết nạp đảng viên: 100', [['party_admissions', 100, 'target']]],
    ['Kế hoạch kết nạp đảng viên: 100', [['party_admissions', 100, 'target']]],
    ['Thực hiện kết nạp đảng viên: 112', [['party_admissions', 112, 'flow']]],
    ['Thành lập mới CĐCS: 30', [['union_grassroots', 30, 'flow']]],
    ['Kết quả phát triển đoàn viên: 1.250', [['union_members', 1250, 'flow']]],
    ['Giới thiệu đoàn viên ưu tú: 40', [['referrals', 40, 'flow']]],
    // Awards are never facts.
    ['Khen thưởng đảng viên: 12', []],
  ])('%s', (line, expected) => {
    expect(facts(line).map((f) => [f.metric, f.value, f.kind])).toEqual(expected);
  });
});

describe('tables as plain text lays them out', () => {
  const page = (body: string[]): string => ['Số liệu tổ chức công đoàn năm 2024 của các đơn vị trong tỉnh', '26/12/2024 08:30', ...body].join('\n');
  const read = (text: string) => extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.unit, f.scope]);

  it('reads cells separated by tabs, with a header over two lines whose second line starts with empty cells', () => {
    const facts = read(['Số liệu tại một số đơn vị trực thuộc như sau:', 'Đơn vị\tSố CĐCS\tSố đoàn viên\tSố lao động\tTỷ lệ', '\t\t(người)\t(người)\tĐV/LĐ (%)', 'LĐLĐ TP Nha Trang\t412\t28 640\t31 210\t91,8', 'LĐLĐ TX Ninh Hòa\t96\t9 815\t11 360\t86,4'].join('\n'));
    expect(facts.filter((f) => f[3] === 'LĐLĐ TP Nha Trang')).toEqual([
      ['union_grassroots', 412, 'count', 'LĐLĐ TP Nha Trang'],
      ['union_members', 28640, 'count', 'LĐLĐ TP Nha Trang'],
      ['workers', 31210, 'count', 'LĐLĐ TP Nha Trang'],
      // A rate column without "%" signs; "ĐV" of a table of đoàn viên is a đoàn viên.
      ['union_members', 91.8, 'percent', 'LĐLĐ TP Nha Trang'],
    ]);
  });

  it('reads a tab-separated header whose cells wrap onto the lines under it (a Word table pasted as text)', () => {
    const facts = read(['STT\tKhu công nghiệp\tSố doanh nghiệp', 'đang hoạt động\tSố lao động', '(người)\tTổ chức đảng', '(chi bộ)\tĐảng viên', '(người)\tCĐCS\tĐoàn viên', 'công đoàn (người)', '1\tKCN Lương Sơn\t38\t9.860\t5\t97\t26\t8.214', '2\tKCN Nhuận Trạch\t17\t6.230\t2\t31\t11\t5.347'].join('\n'));
    expect(facts.filter((f) => f[3] === 'KCN Lương Sơn')).toEqual([
      ['enterprises', 38, 'count', 'KCN Lương Sơn'],
      ['workers', 9860, 'count', 'KCN Lương Sơn'],
      ['party_organizations', 5, 'count', 'KCN Lương Sơn'],
      ['party_members', 97, 'count', 'KCN Lương Sơn'],
      ['union_grassroots', 26, 'count', 'KCN Lương Sơn'],
      ['union_members', 8214, 'count', 'KCN Lương Sơn'],
    ]);
  });

  it('reads "Thực hiện 6 tháng" and "Tỷ lệ (%)" under a group as the result of what the group names, and its rate', () => {
    const facts = read(['TT\tĐơn vị\tPhát triển đoàn viên (người)\t\t\tCĐCS\tGiới thiệu', '\t\tKế hoạch năm\tThực hiện 6 tháng\tTỷ lệ (%)\tthành lập mới\tĐV ưu tú cho Đảng', '1\tLĐLĐ thành phố Vinh\t1.500\t812\t54,1\t9\t36', '2\tLĐLĐ thị xã Hoàng Mai\t800\t516\t64,5\t4\t18'].join('\n'));
    expect(facts.filter((f) => f[3] === 'LĐLĐ thành phố Vinh').slice(0, 3)).toEqual([
      ['union_members', 1500, 'count', 'LĐLĐ thành phố Vinh'],
      ['union_members', 812, 'count', 'LĐLĐ thành phố Vinh'],
      ['union_members', 54.1, 'percent', 'LĐLĐ thành phố Vinh'],
    ]);
  });

  it('reads a table printed one cell per line whose header cells wrap onto the next line ("Kết nạp" / "đảng viên")', () => {
    const facts = read(['Quý', 'Kết nạp', 'đảng viên', 'Lớp bồi dưỡng', 'nhận thức về Đảng', 'Học viên', '(người)', 'Quý I', '19', '1', '48', 'Quý II', '27', '2', '95'].join('\n'));
    expect(facts.map((f) => [f[0], f[1]])).toEqual([
      ['party_admissions', 19],
      ['training_classes', 1],
      ['trainees', 48],
      ['party_admissions', 27],
      ['training_classes', 2],
      ['trainees', 95],
    ]);
  });

  it('reads a table printed one cell per line whose numbered rows carry a unit cell, and the share of firms with a union', () => {
    const plan = read(['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ %', '1', 'Kết nạp đảng viên mới', 'đảng viên', '120', '134', '111,7', '2', 'Thành lập TCCSĐ mới', 'TCCSĐ', '3', '3', '100'].join('\n'));
    expect(plan.map((f) => [f[0], f[1], f[2]])).toEqual([
      ['party_admissions', 120, 'count'],
      ['party_admissions', 134, 'count'],
      ['party_admissions', 111.7, 'percent'],
      ['party_organizations', 3, 'count'],
      ['party_organizations', 3, 'count'],
      ['party_organizations', 100, 'percent'],
    ]);
    const firms = read(['STT\tĐịa bàn\tSố DN\tSố DN đã có CĐCS\tTỷ lệ (%)', '1\tThành phố Tây Ninh\t118\t47\t39,8', '2\tThị xã Hòa Thành\t64\t21\t32,8'].join('\n'));
    expect(firms.filter((f) => f[3] === 'Thành phố Tây Ninh')).toEqual([
      ['enterprises', 118, 'count', 'Thành phố Tây Ninh'],
      ['enterprises', 47, 'count', 'Thành phố Tây Ninh'],
      ['enterprises', 39.8, 'percent', 'Thành phố Tây Ninh'],
    ]);
  });

  it('reads a table its caption calls quotas as goals, and one its caption calls indicators as it reads', () => {
    const quotas = read(['Phụ lục: Phân bổ chỉ tiêu thành lập chi bộ và kết nạp đảng viên giai đoạn 2022-2025', 'STT\tĐơn vị\tThành lập chi bộ\tKết nạp đảng viên', '1\tThành ủy Cà Mau\t10\t100', '2\tHuyện ủy Trần Văn Thời\t4\t40'].join('\n'));
    expect(extractFromText(page(['Phụ lục: Phân bổ chỉ tiêu thành lập chi bộ và kết nạp đảng viên giai đoạn 2022-2025', 'STT\tĐơn vị\tThành lập chi bộ\tKết nạp đảng viên', '1\tThành ủy Cà Mau\t10\t100', '2\tHuyện ủy Trần Văn Thời\t4\t40'])).facts.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_organizations', 10, 'target'],
      ['party_admissions', 100, 'target'],
      ['party_organizations', 4, 'target'],
      ['party_admissions', 40, 'target'],
    ]);
    expect(quotas).toHaveLength(4);
    const quotaOf = extractFromText(page(['PHỤ LỤC CHỈ TIÊU THÀNH LẬP TỔ CHỨC ĐẢNG, KẾT NẠP ĐẢNG VIÊN GIAI ĐOẠN 2018 - 2020', 'STT\tĐơn vị\tThành lập tổ chức đảng\tKết nạp đảng viên', '1\tQuận ủy Hải Châu\t12\t130', '2\tQuận ủy Thanh Khê\t9\t95'])).facts;
    expect(quotaOf.map((f) => f.kind)).toEqual(['target', 'target', 'target', 'target']);
    const indicators = extractFromText(page(['Một số chỉ tiêu chủ yếu năm 2024', 'STT\tĐơn vị\tThành lập chi bộ\tKết nạp đảng viên', '1\tThành ủy Cà Mau\t10\t100', '2\tHuyện ủy Trần Văn Thời\t4\t40'])).facts;
    expect(indicators.map((f) => f.kind)).toEqual(['flow', 'flow', 'flow', 'flow']);
  });

  it('reads records printed as blocks of "Key: value" lines (a mobile page\'s table), with or without blank lines between', () => {
    const block = (unit: string, plan: string, done: string, rate: string, admitted: string): string[] => [`Đơn vị: ${unit}`, `Chỉ tiêu: ${plan}`, `Đã giới thiệu: ${done}`, `Đạt (%): ${rate}`, `Được kết nạp: ${admitted}`];
    for (const gap of [[], ['']]) {
      const facts = read(['Kết quả cụ thể theo từng đơn vị:', ...block('Công đoàn ngành Y tế', '80', '85', '106,3', '46'), ...gap, ...block('Toàn tỉnh', '800', '851', '106,4', '380')].join('\n'));
      expect(facts).toEqual([
        ['referrals', 80, 'count', 'Công đoàn ngành Y tế'],
        ['referrals', 85, 'count', 'Công đoàn ngành Y tế'],
        ['referrals', 106.3, 'percent', 'Công đoàn ngành Y tế'],
        ['party_admissions', 46, 'count', 'Công đoàn ngành Y tế'],
        ['referrals', 800, 'count', 'Toàn tỉnh'],
        ['referrals', 851, 'count', 'Toàn tỉnh'],
        ['referrals', 106.4, 'percent', 'Toàn tỉnh'],
        ['party_admissions', 380, 'count', 'Toàn tỉnh'],
      ]);
    }
    // Blocks whose keys differ are no table: each line is read as it stands.
    const lone = ['Họ tên: Nguyễn Văn A', 'Chức vụ: Bí thư Chi bộ', 'Năm vào Đảng: 2010', 'Họ tên: Trần Thị B', 'Đơn vị: Phân xưởng may', 'Năm sinh: 1995'].join('\n');
    expect(_layTables(lone)).toBe(lone);
  });

  it('reads a table whose cells a scrape separated by single spaces, its header split at the words in title case', () => {
    const facts = read(['Số liệu theo từng KCX, KCN (tính đến ngày 30-11-2014):', 'Đơn vị Số CĐCS Số đoàn viên Phát triển mới năm 2014', 'KCX Tân Thuận 118 58.940 4.215', 'KCX Linh Trung I 32 27.315 2.108', 'Tổng cộng 150 86.255 6.323'].join('\n'));
    expect(facts.filter((f) => f[3] === 'KCX Linh Trung I')).toEqual([
      ['union_grassroots', 32, 'count', 'KCX Linh Trung I'],
      ['union_members', 27315, 'count', 'KCX Linh Trung I'],
      ['union_members', 2108, 'count', 'KCX Linh Trung I'],
    ]);
    expect(facts).toHaveLength(9);
    // Lines of prose ending in figures, or a header that splits into another number of cells, are no table.
    const prose = ['Năm 2014 có số liệu như sau', 'Chi bộ A có 12 đảng viên và 3', 'Chi bộ B có 15 đảng viên và 4'].join('\n');
    expect(_layTables(prose)).toBe(prose);
  });

  it('lays out a table after characters outside the Basic Multilingual Plane (offsets are code units)', () => {
    const facts = read(['📌📌📌 Số liệu tại một số đơn vị trực thuộc 👉 như sau:', 'Đơn vị\tSố CĐCS\tSố đoàn viên', 'LĐLĐ TP Nha Trang\t412\t28 640', 'LĐLĐ TX Ninh Hòa\t96\t9 815'].join('\n'));
    expect(facts.filter((f) => f[3] === 'LĐLĐ TX Ninh Hòa')).toEqual([
      ['union_grassroots', 96, 'count', 'LĐLĐ TX Ninh Hòa'],
      ['union_members', 9815, 'count', 'LĐLĐ TX Ninh Hòa'],
    ]);
  });

  it('reads columns aligned with spaces under a header indented over three lines', () => {
    const text = [
      'Kết quả qua các năm như sau:',
      '                  Số quần chúng        Số quần chúng     Số đảng viên',
      'Năm               học lớp nhận thức    được kết nạp      cuối kỳ',
      '                  về Đảng',
      '2019              412                  61                1 108',
      '2020              385                  57                1 139',
    ].join('\n');
    // (A row labelled by its year is that year's.)
    expect(extractFromText(page(text.split('\n'))).facts.slice(0, 3).map((f) => [f.metric, f.value, f.period])).toEqual([
      ['trainees', 412, '2019'],
      ['party_admissions', 61, '2019'],
      ['party_members', 1108, '2019'],
    ]);
  });

  it('reads columns of figures aligned right under headers centred over two lines, with a title above and a total row', () => {
    const text = [
      'Kết quả cụ thể như sau:',
      '             KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2020',
      ' TT  Tổ chức đảng                                   Số đảng    Kết nạp      Chỉ tiêu',
      '                                                     viên      6 tháng      năm 2020',
      ' 1   Đảng bộ Công ty TNHH MTV Cao su Kon Tum         486         14           30',
      ' 2   Đảng bộ Công ty TNHH MTV Lâm nghiệp Kon Rẫy      97          3            8',
      ' 3   Các tổ chức cơ sở đảng còn lại                1.262         17           52',
      '     Cộng                                          1.845         34           90',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['party_members', 486, 'stock', 'Đảng bộ Công ty TNHH MTV Cao su Kon Tum'],
      ['party_admissions', 14, 'flow', 'Đảng bộ Công ty TNHH MTV Cao su Kon Tum'],
      ['party_admissions', 30, 'target', 'Đảng bộ Công ty TNHH MTV Cao su Kon Tum'],
      ['party_members', 97, 'stock', 'Đảng bộ Công ty TNHH MTV Lâm nghiệp Kon Rẫy'],
      ['party_admissions', 3, 'flow', 'Đảng bộ Công ty TNHH MTV Lâm nghiệp Kon Rẫy'],
      ['party_admissions', 8, 'target', 'Đảng bộ Công ty TNHH MTV Lâm nghiệp Kon Rẫy'],
      ['party_members', 1262, 'stock', 'Các tổ chức cơ sở đảng còn lại'],
      ['party_admissions', 17, 'flow', 'Các tổ chức cơ sở đảng còn lại'],
      ['party_admissions', 52, 'target', 'Các tổ chức cơ sở đảng còn lại'],
      ['party_members', 1845, 'stock', 'Cộng'],
      ['party_admissions', 34, 'flow', 'Cộng'],
      ['party_admissions', 90, 'target', 'Cộng'],
    ]);
  });

  it('reads the organisations and members of each row by the body its label names, and none of another association', () => {
    const text = [
      'TT | Tổ chức | Số tổ chức cơ sở | Số đoàn viên, hội viên',
      '1 | Công đoàn cơ sở | 39 | 2,146',
      '2 | Đoàn Thanh niên (cơ sở đoàn, chi đoàn) | 32 | 718',
      '3 | Hội Cựu chiến binh | 21 | 304',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['union_grassroots', 39, 'stock', 'Công đoàn cơ sở'],
      ['union_members', 2146, 'stock', 'Công đoàn cơ sở'],
      ['youth_organizations', 32, 'stock', 'Đoàn Thanh niên (cơ sở đoàn, chi đoàn)'],
      ['youth_members', 718, 'stock', 'Đoàn Thanh niên (cơ sở đoàn, chi đoàn)'],
    ]);
  });

  it('splits a header over right-aligned figures at its own gaps, not at a space inside a header cell', () => {
    // ("14" starts right under the space of "Kết nạp": that space divides no cells.)
    const text = [
      'Bảng 2. Kết quả theo khu vực',
      'Khu vực               TCCSĐ    Đảng viên    Kết nạp 2022',
      'DN nhà nước             9         402           14',
      'DN ngoài nhà nước      22         415           37',
      'Tổng cộng              31         817           51',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['party_organizations', 9, 'stock', 'DN nhà nước'],
      ['party_members', 402, 'stock', 'DN nhà nước'],
      ['party_admissions', 14, 'flow', 'DN nhà nước'],
      ['party_organizations', 22, 'stock', 'DN ngoài nhà nước'],
      ['party_members', 415, 'stock', 'DN ngoài nhà nước'],
      ['party_admissions', 37, 'flow', 'DN ngoài nhà nước'],
      ['party_organizations', 31, 'stock', 'Tổng cộng'],
      ['party_members', 817, 'stock', 'Tổng cộng'],
      ['party_admissions', 51, 'flow', 'Tổng cộng'],
    ]);
  });

  it('reads two columns aligned with spaces, a label and its figure, as report lines; a lone line stays as written', () => {
    const text = [
      'SỐ LIỆU TỔ CHỨC ĐẢNG, ĐẢNG VIÊN ĐẾN NGÀY 30/6/2020',
      ' Chỉ tiêu                                                Số lượng',
      ' Chi bộ trực thuộc đảng ủy cơ sở                         94',
      ' Tổng số đảng viên                                       2.157',
      '  - Đảng viên dự bị                                      96',
      '  - Đảng viên được miễn sinh hoạt                        41',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.kind, f.evidence.text])).toEqual([
      ['party_organizations', 94, 'stock', 'Chi bộ trực thuộc đảng ủy cơ sở                         94'],
      ['party_members', 2157, 'stock', 'Tổng số đảng viên                                       2.157'],
      ['party_members', 96, 'stock', '- Đảng viên dự bị                                      96'],
      ['party_members', 41, 'stock', '- Đảng viên được miễn sinh hoạt                        41'],
    ]);
    const lone = 'Đảng viên dự bị   96\n\nCông ty có 300 lao động.';
    expect(_layTables(lone)).toBe(lone);
  });

  it('reads a column headed with a bare "%" ("Đạt % KH năm") as the achievement of the count before it', () => {
    const text = [
      'Kết quả phát triển đảng viên theo khu vực:',
      'STT   Khu vực                      TCCSĐ    Đảng viên    Kết nạp 6 tháng    Đạt % KH năm',
      '1     Doanh nghiệp nhà nước        27       1.874        19                 47,5',
      '2     Doanh nghiệp ngoài nhà nước  41       1.072        46                 65,7',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.filter((f) => f.metric === 'party_admissions').map((f) => [f.value, f.unit, f.kind])).toEqual([
      [19, 'count', 'flow'],
      [47.5, 'percent', 'achievement'],
      [46, 'count', 'flow'],
      [65.7, 'percent', 'achievement'],
    ]);
  });

  it('reads admissions beside a column of bodies as admissions of their members, never of bodies', () => {
    expect(read(['Đơn vị | Số CĐCS | Kết nạp mới', 'LĐLĐ huyện Krông Pắc | 12 | 340'].join('\n'))).toEqual([
      ['union_grassroots', 12, 'count', 'LĐLĐ huyện Krông Pắc'],
      ['union_members', 340, 'count', 'LĐLĐ huyện Krông Pắc'],
    ]);
    expect(read(['Đảng bộ | TCCSĐ | Kết nạp 6 tháng', 'Đảng bộ Công ty Cao su | 12 | 34'].join('\n'))).toEqual([
      ['party_organizations', 12, 'count', 'Đảng bộ Công ty Cao su'],
      ['party_admissions', 34, 'count', 'Đảng bộ Công ty Cao su'],
    ]);
  });

  it('reads a space-aligned table with a unit column between the label and the figures, and never the row number', () => {
    const text = [
      'PHỤ LỤC: MỘT SỐ CHỈ TIÊU CƠ BẢN',
      ' TT   Chỉ tiêu                                  Đơn vị     Kế hoạch    Thực hiện     Tỷ lệ',
      '                                                           2022        2022          (%)',
      ' 1    Kết nạp đoàn viên mới                     Người      3.500       4.215         120,4',
      ' 2    Thành lập CĐCS mới                        CĐCS       20          23            115,0',
      ' 4    Đoàn viên được kết nạp Đảng               Người      -           287           -',
      ' 5    Tổ chức hội nghị người lao động           Đơn vị     400         412           103,0',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['union_members', 3500, 'target'],
      ['union_members', 4215, 'flow'],
      ['union_members', 120.4, 'achievement'],
      ['union_grassroots', 20, 'target'],
      ['union_grassroots', 23, 'flow'],
      ['union_grassroots', 115, 'achievement'],
      ['party_admissions', 287, 'flow'],
    ]);
  });

  it('reads every plan column of a table of plans and results, and a resolution column as a plan', () => {
    const facts = read([
      'Kết quả thực hiện một số chỉ tiêu chủ yếu:',
      'Chỉ tiêu\tNghị quyết (2023-2028)\tĐã thực hiện (2023-2024)\tĐạt',
      'Giới thiệu đoàn viên ưu tú cho Đảng\t2.500\t1.364\t54,6%',
      'Đoàn viên được kết nạp Đảng\t1.000\t612\t61,2%',
      '',
      'Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ | Kế hoạch 2024',
      'Kết nạp đoàn viên | 6.000 | 6.482 | 108% | 6.500',
      'Thành lập CĐCS | 20 | 17 | 85% | 22',
    ].join('\n'));
    expect(facts.map((f) => [f[0], f[1]])).toEqual([
      ['referrals', 2500], ['referrals', 1364], ['referrals', 54.6],
      ['party_admissions', 1000], ['party_admissions', 612], ['party_admissions', 61.2],
      ['union_members', 6000], ['union_members', 6482], ['union_members', 108], ['union_members', 6500],
      ['union_grassroots', 20], ['union_grassroots', 17], ['union_grassroots', 85], ['union_grassroots', 22],
    ]);
  });

  it('reads one cell per line, and report lines with dotted leaders', () => {
    const facts = read([
      'Kết quả một số chỉ tiêu chủ yếu của các đơn vị:',
      'Đơn vị',
      'Kết nạp đoàn viên',
      'Thành lập CĐCS',
      'LĐLĐ thành phố Nam Định',
      '2.140',
      '9',
      'LĐLĐ huyện Ý Yên',
      '1.386',
      '6',
      'Số liệu chủ yếu:',
      '1. Tổng số DN đang hoạt động ........................ 4.127',
      '2. Số tổ chức đảng trong DN .......................... 169',
    ].join('\n'));
    expect(facts).toEqual([
      ['union_members', 2140, 'count', 'LĐLĐ thành phố Nam Định'],
      ['union_grassroots', 9, 'count', 'LĐLĐ thành phố Nam Định'],
      ['union_members', 1386, 'count', 'LĐLĐ huyện Ý Yên'],
      ['union_grassroots', 6, 'count', 'LĐLĐ huyện Ý Yên'],
      ['enterprises', 4127, 'count', null],
      ['party_organizations', 169, 'count', null],
    ]);
  });

  it('quotes the article as written: evidence keeps the tabs and the spaces', () => {
    const text = page(['Đơn vị\tSố CĐCS\tSố đoàn viên', 'LĐLĐ TP Nha Trang\t412\t28 640', 'LĐLĐ TX Ninh Hòa\t96\t9 815']);
    const f = extractFromText(text).facts[0]!;
    expect(f.evidence.text).toBe('LĐLĐ TP Nha Trang\t412\t28 640');
  });

  it('reads saved pages whose cells hold paragraphs, and tables typed with non-breaking spaces', () => {
    const cells = extractFromHtml('<html><body><article><h1>Kết quả phát triển đoàn viên tại các khu công nghiệp</h1><p>Kết quả phát triển đoàn viên, thành lập công đoàn cơ sở tại các khu công nghiệp trong 9 tháng năm 2024 như sau.</p><table><tr><th><p>TT</p></th><th><p>Khu công nghiệp</p></th><th><p>Số CĐCS</p></th><th><p>Số đoàn viên</p></th></tr><tr><td><p>1</p></td><td><p>KCN Thăng Long II</p></td><td><p>52</p></td><td><p>31.406</p></td></tr><tr><td><p>2</p></td><td><p>KCN Phố Nối A</p></td><td><p>61</p></td><td><p>24.870</p></td></tr></table></article></body></html>');
    expect(cells.facts.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['union_grassroots', 52, 'KCN Thăng Long II'],
      ['union_members', 31406, 'KCN Thăng Long II'],
      ['union_grassroots', 61, 'KCN Phố Nối A'],
      ['union_members', 24870, 'KCN Phố Nối A'],
    ]);
    const nbsp = '&nbsp;&nbsp;&nbsp;&nbsp;';
    const typed = extractFromHtml(`<html><body><article><h1>Số liệu tổ chức đảng, công đoàn tại một số khu công nghiệp</h1><p>Ban Quản lý Khu kinh tế tổng hợp số liệu tổ chức đảng, công đoàn tại các khu công nghiệp đến 31/10/2024 như sau.</p><p>STT${nbsp}Khu công nghiệp${nbsp}Số CĐCS${nbsp}Số chi bộ</p><p>1${nbsp}KCN Đức Hòa 1${nbsp}52${nbsp}4</p><p>2${nbsp}KCN Tân Đức${nbsp}41${nbsp}3</p></article></body></html>`);
    expect(typed.facts.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['union_grassroots', 52, 'KCN Đức Hòa 1'],
      ['party_organizations', 4, 'KCN Đức Hòa 1'],
      ['union_grassroots', 41, 'KCN Tân Đức'],
      ['party_organizations', 3, 'KCN Tân Đức'],
    ]);
  });
});

describe('reports that set results against plans', () => {
  it('reads a table of plan, result and share of the plan by its row labels, the plan column dated by its header', () => {
    const found = facts(['BIỂU TỔNG HỢP KẾT QUẢ 9 THÁNG NĂM 2025', 'Nội dung | Kế hoạch năm 2025 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch', 'Kết nạp đoàn viên | 6.000 | 4.215 | 70,3%', 'Thành lập CĐCS | 25 | 17 | 68%'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['union_members', 6000, 'count', 'target'],
      ['union_members', 4215, 'count', 'flow'],
      ['union_members', 70.3, 'percent', 'achievement'],
      ['union_grassroots', 25, 'count', 'target'],
      ['union_grassroots', 17, 'count', 'flow'],
      ['union_grassroots', 68, 'percent', 'achievement'],
    ]);
    expect(found[0]!.period).toBe('2025');
  });

  it('reads plan and share-of-plan cells by what the row\'s result counts, whatever the plan column is called', () => {
    const found = facts(['Kết quả thực hiện các chỉ tiêu giai đoạn 2021 - 2025:', 'TT | Chỉ tiêu | Kế hoạch giai đoạn | Thực hiện | Tỷ lệ (%)', '1 | Thành lập mới CĐCS | 45 | 52 | 115,6', '2 | Đoàn viên được kết nạp Đảng | 200 | 141 | 70,5', 'Chỉ tiêu | Nghị quyết đề ra | Thực hiện | Tỷ lệ', 'Giới thiệu đoàn viên ưu tú cho Đảng | 250 | 298 | 119,2%'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['union_grassroots', 45, 'count', 'target'],
      ['union_grassroots', 52, 'count', 'flow'],
      ['union_grassroots', 115.6, 'percent', 'achievement'],
      ['party_admissions', 200, 'count', 'target'],
      ['party_admissions', 141, 'count', 'flow'],
      ['party_admissions', 70.5, 'percent', 'achievement'],
      ['referrals', 250, 'count', 'target'],
      ['referrals', 298, 'count', 'flow'],
      ['referrals', 119.2, 'percent', 'achievement'],
    ]);
  });

  it('reads the items under a heading that names what they count', () => {
    const found = facts(['Năm 2024, toàn Đảng bộ kết nạp 1.710 đảng viên.', 'Kết quả kết nạp đảng viên của các đảng bộ trực thuộc:', '+ Thành ủy Sóc Trăng: 152;', '+ Huyện ủy Mỹ Tú: 131;', '+ Đảng bộ Quân sự tỉnh: 68.', 'Công tác kiểm tra được tăng cường, 12 đoàn kiểm tra.'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_admissions', 1710, 'flow'],
      ['party_admissions', 152, 'flow'],
      ['party_admissions', 131, 'flow'],
      // (A body named in the label is no count of bodies.)
      ['party_admissions', 68, 'flow'],
    ]);
  });

  it('reads lines without list markers under a line that announces parts as the parts of the count before', () => {
    const found = facts(['Năm 2018, khu vực này kết nạp 7 đảng viên, đạt 140% chỉ tiêu; cụ thể:', 'xã Hòa Tân 2,', 'xã An Phú Tân 3,', 'thị trấn Cầu Kè 2.', 'Năm 2024 kết nạp 418 đoàn viên (kế hoạch 400 đoàn viên). Trong số đoàn viên kết nạp mới:', 'xã Như Quỳnh 142 người;', 'các xã, phường khác 276 người.', 'Công tác kiểm tra được tăng cường, 12 đoàn kiểm tra.'].join('\n'));
    const total = found.find((f) => f.value === 7)!;
    expect(found.filter((f) => f.parent === total.id).map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['party_admissions', 2, 'flow', 'xã Hòa Tân'],
      ['party_admissions', 3, 'flow', 'xã An Phú Tân'],
      ['party_admissions', 2, 'flow', 'thị trấn Cầu Kè'],
    ]);
    expect(total.parts_sum_match).toBe(true);
    const members = found.find((f) => f.value === 418)!;
    expect(found.filter((f) => f.parent === members.id).map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['union_members', 142, 'flow'],
      ['union_members', 276, 'flow'],
    ]);
  });

  it('reads no figure in the year that labels a row', () => {
    const found = facts(['Kết quả qua các năm:', 'Năm | CĐCS thành lập mới | Đoàn viên kết nạp', '2020 | 18 | 4.126', '2021 | 11 | 2.870'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['union_grassroots', 18, '2020'],
      ['union_members', 4126, '2020'],
      ['union_grassroots', 11, '2021'],
      ['union_members', 2870, '2021'],
    ]);
  });

  it('reads a rate without a noun of its own by the count before it, and no column of areas or money', () => {
    const found = facts(['Số liệu các KCN:', 'TT | KCN | Diện tích (ha) | Vốn đầu tư (triệu USD) | Tổng số lao động | Số ĐVCĐ | Tỷ lệ (%)', '1 | KCN Đình Trám | 127 | 95 | 17.846 | 16.512 | 92,5', '2 | KCN Quang Châu | 426 | 62,5 | 46.210 | 40.640 | 87,9', 'Lĩnh vực | Số TCCSĐ | Số ĐV | Kết nạp | Đạt % KH năm', 'DN nhà nước | 21 | 1.318 | 45 | 60,0%', 'DN ngoài nhà nước | 37 | 904 | 73 | 60,8%'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['workers', 17846, 'count', 'stock'],
      ['union_members', 16512, 'count', 'stock'],
      ['union_members', 92.5, 'percent', 'share'],
      ['workers', 46210, 'count', 'stock'],
      ['union_members', 40640, 'count', 'stock'],
      ['union_members', 87.9, 'percent', 'share'],
      ['party_organizations', 21, 'count', 'stock'],
      ['party_members', 1318, 'count', 'stock'],
      ['party_admissions', 45, 'count', 'flow'],
      ['party_admissions', 60, 'percent', 'achievement'],
      ['party_organizations', 37, 'count', 'stock'],
      ['party_members', 904, 'count', 'stock'],
      ['party_admissions', 73, 'count', 'flow'],
      ['party_admissions', 60.8, 'percent', 'achievement'],
    ]);
  });

  it('reads a column of signed changes as the change of what the count before it counts', () => {
    const found = facts(['Kết quả:', 'Chỉ tiêu | Năm 2016 | Năm 2017 | Tăng (+), giảm (-)', 'Tổ chức cơ sở đảng | 34 | 39 | +5', 'Tổ chức cơ sở đoàn | 57 | 55 | -2'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([
      ['party_organizations', 34, 'stock', '2016'],
      ['party_organizations', 39, 'stock', '2017'],
      ['party_organizations', 5, 'flow', null],
      ['youth_organizations', 57, 'stock', '2016'],
      ['youth_organizations', 55, 'stock', '2017'],
      ['youth_organizations', 2, 'flow', null],
    ]);
  });

  it('keeps the label of an item that names a kind of body', () => {
    const found = facts(['Số tổ chức đảng trực thuộc:', '+ Đảng bộ cơ sở: 12;', '+ Chi bộ cơ sở: 30.'].join('\n'));
    expect(found.map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['party_organizations', 12, 'stock'],
      ['party_organizations', 30, 'stock'],
    ]);
  });
});


describe('a header of years', () => {
  it('reads a table whose header names the label column and then years, each cell of that year', () => {
    const text = ['Số liệu như sau:', 'Năm | 2021 | 2022 | 2023', 'Số CĐCS | 142 | 151 | 158', 'Số đoàn viên | 8.960 | 9.734 | 10.215'].join('\n');
    expect(facts(text).map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([
      ['union_grassroots', 142, 'stock', '2021'],
      ['union_grassroots', 151, 'stock', '2022'],
      ['union_grassroots', 158, 'stock', '2023'],
      ['union_members', 8960, 'stock', '2021'],
      ['union_members', 9734, 'stock', '2022'],
      ['union_members', 10215, 'stock', '2023'],
    ]);
  });
});

describe('HTML tables laid out with rowspan and colspan', () => {
  const html = (table: string): string => `<html><body><h1>Kết quả 3 năm</h1><div itemprop="articleBody"><p>Kết quả như sau:</p>${table}</div></body></html>`;

  it('keeps columns under a header spanning years and rows grouped under a spanning label', () => {
    const table = `<table><tr><th rowspan="2">Lĩnh vực</th><th rowspan="2">Chỉ tiêu</th><th colspan="3">Kết quả theo năm</th></tr>
      <tr><th>2021</th><th>2022</th><th>2023</th></tr>
      <tr><td rowspan="2">Tổ chức đảng</td><td>Kết nạp đảng viên</td><td>41</td><td>47</td><td>52</td></tr>
      <tr><td>Thành lập mới chi bộ</td><td>2</td><td>3</td><td>1</td></tr></table>`;
    expect(extractFromHtml(html(table)).facts.map((f) => [f.metric, f.value, f.kind, f.period])).toEqual([
      ['party_admissions', 41, 'flow', '2021'],
      ['party_admissions', 47, 'flow', '2022'],
      ['party_admissions', 52, 'flow', '2023'],
      ['party_organizations', 2, 'flow', '2021'],
      ['party_organizations', 3, 'flow', '2022'],
      ['party_organizations', 1, 'flow', '2023'],
    ]);
  });

  it('reads sub-headers under a spanning group by what they name, and a total row whose label spans a column', () => {
    const table = `<table><tr><td rowspan="2"><strong>Địa bàn</strong></td><td rowspan="2"><strong>Số DN</strong></td><td colspan="2"><strong>Công đoàn</strong></td><td colspan="2"><strong>Tổ chức đảng</strong></td></tr>
      <tr><td>CĐCS</td><td>Đoàn viên</td><td>Chi bộ</td><td>Đảng viên</td></tr>
      <tr><td>KCN Trà Đa</td><td>41</td><td>27</td><td>3.156</td><td>5</td><td>62</td></tr>
      <tr><td>KKT cửa khẩu Lệ Thanh</td><td>9</td><td>4</td><td>211</td><td colspan="2">Chưa có</td></tr></table>`;
    expect(extractFromHtml(html(table)).facts.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['enterprises', 41, 'KCN Trà Đa'],
      ['union_grassroots', 27, 'KCN Trà Đa'],
      ['union_members', 3156, 'KCN Trà Đa'],
      ['party_organizations', 5, 'KCN Trà Đa'],
      ['party_members', 62, 'KCN Trà Đa'],
      ['enterprises', 9, 'KKT cửa khẩu Lệ Thanh'],
      ['union_grassroots', 4, 'KKT cửa khẩu Lệ Thanh'],
      ['union_members', 211, 'KKT cửa khẩu Lệ Thanh'],
    ]);
  });

  it('reads periods as groups over plans and results: the plans of a deed by period, the result beside them as that deed done', () => {
    const table = `<table><tr><th rowspan="2">TT</th><th rowspan="2">Tổ chức cơ sở đảng</th><th rowspan="2">Số ĐV hiện có</th><th colspan="2">Chỉ tiêu kết nạp</th><th colspan="2">9 tháng năm 2016</th></tr>
      <tr><th>Năm 2016</th><th>Giai đoạn 2016 - 2020</th><th>Thực hiện</th><th>% so KH năm</th></tr>
      <tr><td>1</td><td>Đảng bộ Công ty CP Thủy sản Sa Đéc Xanh</td><td>124</td><td>8</td><td>40</td><td>6</td><td>75,0</td></tr></table>`;
    expect(extractFromHtml(html(table)).facts.map((f) => [f.metric, f.value, f.unit, f.kind, f.period])).toEqual([
      ['party_members', 124, 'count', 'stock', null],
      ['party_admissions', 8, 'count', 'target', '2016'],
      ['party_admissions', 40, 'count', 'target', '2016-2020'],
      ['party_admissions', 6, 'count', 'flow', '2016-01..2016-09'],
      ['party_admissions', 75, 'percent', 'achievement', '2016-01..2016-09'],
    ]);
  });

  it('lays out no span in a table that lays out a page', () => {
    const page = `<html><body><table><tr><td colspan="2"><h1>Tin tức</h1></td></tr><tr><td>Menu</td><td><div itemprop="articleBody"><p>Năm 2024, Đảng ủy Khối đã kết nạp 56 đảng viên mới trong các doanh nghiệp ngoài nhà nước, vượt kế hoạch năm; các chi bộ duy trì sinh hoạt đều đặn và chất lượng.</p></div></td></tr></table></body></html>`;
    expect(extractFromHtml(page).text).not.toContain('|');
  });
});

describe('rows pasted from a spreadsheet into saved pages', () => {
  it('reads tab-separated lines of a paragraph as rows, empty cells kept, past a group heading between them', () => {
    const html = `<html><body><h1>Sơ kết 10 tháng</h1><div itemprop="articleBody"><p>Số liệu theo từng địa bàn (tính đến 31/10/2023):</p>
<p>TT\tĐịa bàn / KCN\tSố chi bộ\tSố đảng\tKết nạp<br />
\t\tdoanh nghiệp\tviên\t10 tháng<br />
I\tHuyện Đức Hòa\t\t\t<br />
1\tKCN Tân Đức\t5\t96\t8<br />
2\tKCN Hải Sơn\t3\t47\t4</p></div></body></html>`;
    expect(extractFromHtml(html).facts.map((f) => [f.metric, f.value, f.kind, f.scope])).toEqual([
      ['party_organizations', 5, 'stock', 'KCN Tân Đức'],
      ['party_members', 96, 'stock', 'KCN Tân Đức'],
      ['party_admissions', 8, 'flow', 'KCN Tân Đức'],
      ['party_organizations', 3, 'stock', 'KCN Hải Sơn'],
      ['party_members', 47, 'stock', 'KCN Hải Sơn'],
      ['party_admissions', 4, 'flow', 'KCN Hải Sơn'],
    ]);
  });

  it('keeps a paragraph indented with non-breaking spaces a paragraph', () => {
    const html = `<html><body><h1>Báo cáo</h1><div itemprop="articleBody"><p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Năm 2017, các cấp công đoàn kết nạp mới 4.127 đoàn viên.</p></div></body></html>`;
    expect(extractFromHtml(html).text).toBe('Năm 2017, các cấp công đoàn kết nạp mới 4.127 đoàn viên.');
  });
});

describe('tables exported from spreadsheets with groups of columns', () => {
  const page = (body: string[]): string => ['Kết quả phát triển đoàn viên 4 tháng đầu năm 2022', '10/05/2022 08:30', ...body].join('\n');
  const read = (text: string) => extractFromText(page(text.split('\n'))).facts.map((f) => [f.metric, f.value, f.unit, f.scope]);

  it('reads a group printed once over its columns, sub-headers over two lines, plans, results and rates of two things side by side', () => {
    const text = [
      'Kết quả của các đơn vị như sau:',
      'TT\tĐơn vị\tPhát triển đoàn viên\t\t\tThành lập CĐCS\t',
      '\t\tKH\tThực\tTỷ lệ\tKH\tThực',
      '\t\tnăm\thiện\t(%)\tnăm\thiện',
      '1\tLĐLĐ huyện Ý Yên\t600\t214\t35,7\t4\t1',
      '2\tLĐLĐ huyện Hải Hậu\t550\t187\t34,0\t3\t2',
    ].join('\n');
    expect(read(text).filter((f) => f[3] === 'LĐLĐ huyện Ý Yên')).toEqual([
      ['union_members', 600, 'count', 'LĐLĐ huyện Ý Yên'],
      ['union_members', 214, 'count', 'LĐLĐ huyện Ý Yên'],
      ['union_members', 35.7, 'percent', 'LĐLĐ huyện Ý Yên'],
      ['union_grassroots', 4, 'count', 'LĐLĐ huyện Ý Yên'],
      ['union_grassroots', 1, 'count', 'LĐLĐ huyện Ý Yên'],
    ]);
    expect(extractFromText(page(text.split('\n'))).facts.filter((f) => f.scope === 'LĐLĐ huyện Ý Yên').map((f) => f.kind)).toEqual(['target', 'flow', 'achievement', 'target', 'flow']);
  });
  it('reads a rate right after a plan, with no result column, as the share of the plan the count before it met', () => {
    const text = [
      'Kết quả phát triển đảng viên 6 tháng đầu năm của các đảng bộ:',
      'TT | Đơn vị | Kết nạp (ĐV) | Chỉ tiêu năm | Tỷ lệ đạt',
      '1 | TP Ninh Bình | 21 | 40 | 52,5%',
      '2 | Huyện Gia Viễn | 15 | 25 | 60,0%',
    ].join('\n');
    expect(extractFromText(page(text.split('\n'))).facts.filter((f) => f.scope === 'Huyện Gia Viễn').map((f) => [f.metric, f.value, f.unit, f.kind])).toEqual([
      ['party_admissions', 15, 'count', 'flow'],
      ['party_admissions', 25, 'count', 'target'],
      ['party_admissions', 60, 'percent', 'achievement'],
    ]);
  });
});
