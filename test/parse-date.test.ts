import { describe, expect, it } from 'vitest';
import { matchDateStamp, parseDateStamp, parseUrlDate } from '../extract/parse-date.js';
import { normalizeText } from '../extract/normalize-text.js';

describe('parseDateStamp', () => {
  // Every shape of SITES.md §4.1 and the [C2] catch-all list, where it was seen in the comment.
  it.each([
    ['Chủ nhật - 02/06/2024 16:05', '2024-06-02'], // NukeViet 4 detail
    ['Chủ nhật - 02/06/2024  16:05', '2024-06-02'], // NukeViet 3.4: two spaces
    ['Thứ bảy - 01/06/2024 07:30', '2024-06-01'],
    ['02/06/2024 16:05:00', '2024-06-02'], // NukeViet 4.5 lists
    ['02/06/2024 04:05:00 PM', '2024-06-02'], // NukeViet 4.3 lists: still day-first
    ['(02/06/2024)', '2024-06-02'], // NukeViet related lists
    ['06:16 08/04/2016', '2016-04-08'], // tinhuybinhphuoc tag lists
    ['16:03 23/02/2026', '2026-02-23'], // skhcn.dongnai tag lists
    ['Thứ Bảy, 24/04/2021 07:58', '2021-04-24'], // thanhphohaiphong
    ['Print Thứ Bảy, 24/04/2021 07:58 Gốc', '2021-04-24'], // seed 004
    ['08/01/2026 - 18:21', '2026-01-08'], // baocantho
    ['Ngày 01/03/2022', '2022-03-01'], // daitienlang, seed 002
    ['Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)', '2018-08-27'], // baodongnai (old), baoquangbinh
    ['Cập nhật lúc: 18:00 |22/05/2022', '2022-05-22'], // baonamdinh
    ['Cập nhật lúc 03:36 ngày 10/10/2015', '2015-10-10'], // vuit.org.vn article
    ['Thứ sáu, ngày 26 tháng 04 năm 2024', '2024-04-26'], // vuit.org.vn masthead
    ['Thứ sáu: 15:00 ngày 09/02/2024', '2024-02-09'], // baotayninh
    ['2025-06-30 00:02:07', '2025-06-30'], // baotayninh
    ['Thứ Sáu, ngày 30/12/2022, 10:14', '2022-12-30'], // giaoduclyluanhcma
    ['Thứ hai, ngày 28/09/2020 11:43 AM (GMT+7)', '2020-09-28'], // danviet
    ['16/06/2021, 19:55', '2021-06-16'], // vnews
    ['19:45, 07/03/2023', '2023-03-07'], // baodantoc
    ['11:17 25/12/2017', '2017-12-25'], // cand
    ['28/11/2023 | Ban Nội chính', '2023-11-28'], // tinhuybinhduong
    ['6/30/2025 10:00 AM', '2025-06-30'], // binhduong.gov.vn SharePoint: month-first is the only valid reading
    ['5/8/2024 3:45 PM', '2024-05-08'], // en-US "M/d/yyyy h:mm tt" (SharePoint): unpadded, 12-hour, no seconds
    ['02/06/2024 04:05:00 PM', '2024-06-02'], // NukeViet 4.3 pads: day-first
    ['05/08/2024 3:45 PM', '2024-08-05'], // padded: day-first
    ['Cập nhật: 25/12/2016 09:00:00', '2016-12-25'], // DNN
    ['16/12/2016 07:53:54', '2016-12-16'], // ASP.NET
    ['Cập nhật 21/06/2018 10:49 Xem với cỡ chữ', '2018-06-21'], // dpidongnai
    ['Bình Phước, ngày 17 tháng 6 năm 2024', '2024-06-17'], // legal documents
    ['10:30 ngày 05-06-2024', '2024-06-05'], // %H:%M ngày %d-%m-%Y
    ["10:29' 27/08/2018", '2018-08-27'], // %H:%M' %d/%m/%Y
    ['05-06-2024 - 04:05 PM', '2024-06-05'], // %d-%m-%Y - %I:%M %p
    ['16:05 - 02/06/2024', '2024-06-02'], // %H:%M - %d/%m/%Y
    ['02/06/2024 | 16:05', '2024-06-02'], // %d/%m/%Y | %H:%M
    ['2024-06-02T16:05', '2024-06-02'], // %Y-%m-%dT%H:%M
    ['2024-06-02T16:05:00+07:00', '2024-06-02'],
    ['2024-06-01T20:00:00Z', '2024-06-02'], // UTC evening is the next morning in Vietnam
    ['2024-06-01T20:00:00.000+00:00', '2024-06-02'],
    ['2024-06-02T01:00:00-05:00', '2024-06-02'],
    ['2024-06-02+0716:05:00', '2024-06-02'], // NukeViet og:published_time quirk: date part only
    ['ngày 5 tháng 6 , 2024', '2024-06-05'], // ngày %d tháng %m , %Y
    ['NGÀY 5 THÁNG 6, 2024 | 10:00', '2024-06-05'], // NGÀY %d THÁNG %m, %Y | %H:%M
    ['Sun, 2 Jun 2024 09:06:00 GMT', '2024-06-02'], // NukeViet RSS (second field is the month)
    ['Sun, 2 Jun 2024 20:06:00 GMT', '2024-06-03'], // 20:00 UTC = 03:00 next day in Vietnam
    ['Mon, 03 June 2024', '2024-06-03'],
    ['Jun 2, 2024', '2024-06-02'],
    ['29/02/2024', '2024-02-29'], // leap day
    ['01.03.2022', '2022-03-01'], // NukeViet search form dates
    ['2024/06/02', '2024-06-02'],
    ['Đăng ngày 2/6/2024', '2024-06-02'],
    ['31/02/2024 rồi 01/03/2024', '2024-03-01'], // an impossible token is skipped, not fatal
    // A day and month that read both ways are read the way the weekday before them agrees with.
    ['Submitted by bientap on Tue, 05/11/2021 - 09:40', '2021-05-11'], // 11 May 2021 was a Tuesday
    ['Thứ Sáu, 05/11/2021', '2021-11-05'],
    ['Thứ Ba, 19/03/2024 08:32', '2024-03-19'],
    ['Thứ Hai, 05/03/2024', '2024-03-05'], // a weekday neither reading has changes nothing
  ])('%j → %s', (input, expected) => {
    expect(parseDateStamp(input)).toBe(expected);
  });

  it.each([
    ['06/02/2024 04:05:00 PM', { monthFirst: true }, '2024-06-02'], // %m/%d/%Y %I:%M:%S %p
    ['6/30/2025 10:00 AM', { monthFirst: true }, '2025-06-30'],
    ['30/06/2025', { monthFirst: true }, '2025-06-30'], // month 30 is impossible: day-first after all
    ['06/02/2024', {}, '2024-02-06'],
  ])('%j with %j → %s', (input, options, expected) => {
    expect(parseDateStamp(input, options)).toBe(expected);
  });

  it.each([
    'Sáng 23/4', // no year: needs the page date
    'Chiều 14-1',
    'Ngày 8-1',
    '31/02/2024', // no such day
    '29/02/2023',
    '31/04/2024',
    '13/13/2024',
    '00/06/2024',
    '02/00/2024',
    '2024-13-01',
    '2024-02-30T10:00:00Z',
    'tháng 6 năm 2024', // no day
    'ngày 26 tháng 4',
    'Jun 2024',
    '02/06/24', // two-digit years are not read
    '12/06/1850', // outside the plausible range
    'Lượt xem: 16717',
    'Đang truy cập1,180',
    'Nghị quyết 28 của Ban Thường vụ',
    '',
  ])('%j → null', (input) => {
    expect(parseDateStamp(input)).toBeNull();
  });

  it('reads NFC text as normalizeText leaves it (decomposed input)', () => {
    expect(parseDateStamp(normalizeText('Thứ sáu, ngày 26 tha\u0301ng 04 năm 2024'))).toBe('2024-04-26');
  });
});

describe('matchDateStamp', () => {
  it('gives the span of the earliest token', () => {
    const text = 'Cập nhật lúc 03:36 ngày 10/10/2015';
    const match = matchDateStamp(text);
    expect(match?.date).toBe('2015-10-10');
    expect(text.slice(match?.index, match?.end)).toBe('10/10/2015');
  });

  it('prefers the earlier of two shapes', () => {
    expect(matchDateStamp('2024-06-01 và 02/06/2024')?.date).toBe('2024-06-01');
  });
});

describe('parseUrlDate', () => {
  it.each([
    ['https://nld.com.vn/cong-doan/abc-20231015203019876.htm', '2023-10-15'],
    ['https://nld.com.vn/thoi-su/abc-196240602160512345.htm', '2024-06-02'],
    ['https://example.vn/2024/06/02/phat-trien-dang-vien/', '2024-06-02'],
    ['https://example.vn/2024/6/2', '2024-06-02'],
    ['https://example.vn/tin/2024-06-02/slug.html', '2024-06-02'],
  ])('%s → %s', (url, expected) => {
    expect(parseUrlDate(url)).toBe(expected);
  });

  it.each([
    'https://x.blogspot.com/2024/06/slug.html', // month only
    'https://x.vn/202406/slug.html',
    'https://thainguyen.dcs.vn/uploads/hoat-dong-cua-cac-dang-bo/2024_06/a.jpg',
    'https://dongnai.gov.vn/en/news/savefile/Socio-Economic-information/establishing-the-communist-party-organizations-5229.html',
    'https://x.vn/2024/13/40/slug',
    'https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/53031/slug.aspx', // "2018" is a constant
    'https://nld.com.vn/abc-19624130216051234.htm', // 17 digits that are no valid date
  ])('%s → null', (url) => {
    expect(parseUrlDate(url)).toBeNull();
  });
});
