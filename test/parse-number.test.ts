import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumberWords } from '../extract/parse-number.js';

const noNoun = (_after: string): boolean => false;
const countedNoun = (after: string): boolean => /^\s*(?:doanh nghiệp|đảng viên|lao động)/u.test(after);

describe('parseDigits', () => {
  it.each([
    ['80.689', 80689],
    ['1.234.567', 1234567],
    ['1,180', 1180],
    ['10,589,565', 10589565],
    ['94,7', 94.7],
    ['1,2', 1.2],
    ['12.5', 12.5],
    ['05', 5],
    ['01', 1],
    ['0', 0],
    ['463', 463],
    ['2.150,5', 2150.5],
  ])('%s → %d', (raw, expected) => {
    expect(parseDigits(raw)).toBe(expected);
  });

  it.each(['', 'abc', '1..2', '1,,2'])('%j is not a number', (raw) => {
    expect(parseDigits(raw)).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['một', 1],
    ['hai', 2],
    ['ba', 3],
    ['bốn', 4],
    ['năm', 5],
    ['mười', 10],
    ['mười hai', 12],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi lăm', 25],
    ['hai mươi nhăm', 25],
    ['ba mươi mốt', 31],
    ['bốn mươi tư', 44],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['hai trăm lẻ một', 201],
    ['hai nghìn', 2000],
    ['ba ngàn', 3000],
    // "vạn" is ten thousand; "rưỡi" after a scale word is half of it.
    ['hai vạn', 20000],
    ['hai nghìn rưỡi', 2500],
    ['một vạn rưỡi', 15000],
    ['trăm rưỡi', 150],
    ['nghìn rưỡi', 1500],
    ['nghìn hai', 1200],
    ['vạn rưỡi', 15000],
    ['hai trăm rưỡi', 250],
    ['một triệu rưỡi', 1500000],
    // A digit alone after a scale word is the next place down, as speech says it; "linh" says there is none; "không trăm" no hundreds.
    ['một nghìn hai', 1200],
    ['một trăm hai', 120],
    ['một nghìn linh hai', 1002],
    ['một nghìn không trăm bảy mươi ba', 1073],
    ['hai chục', 20],
    ['bảy', 7],
    ['chín mươi chín', 99],
  ])('%s → %d', (words, expected) => {
    expect(parseNumberWords(words)).toBe(expected);
  });

  it.each(['tư', 'lăm', 'mươi', 'linh', 'chục', 'trăm', 'mốt', 'hai hai', 'mười mười', 'rưỡi', 'hai rưỡi', 'hai nghìn rưỡi ba', 'vạn', 'trăm nghìn', 'nghìn tư'])('%j alone is not a number', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
});

describe('findNumbers', () => {
  const read = (s: string, noun = noNoun) => findNumbers(s, noun).map((m) => [m.value, m.valueMax ?? null, m.unit]);
  it.each([
    ['có 463 công đoàn cơ sở', [[463, null, 'count']]],
    ['80.689 đoàn viên/84.554 lao động', [[80689, null, 'count'], [84554, null, 'count']]],
    ['trên 21 nghìn đoàn viên', [[21000, null, 'count']]],
    ['gần 2 chục doanh nghiệp', [[20, null, 'count']]],
    ['khoảng 1,2 triệu công nhân', [[1200000, null, 'count']]],
    ['2,5 nghìn lao động', [[2500, null, 'count']]],
    ['tổ chức từ 1-2 lớp', [[1, 2, 'count']]],
    ['từ 1 đến 2 lớp', [[1, 2, 'count']]],
    ['từ 8.000 – 11.000 người', [[8000, 11000, 'count']]],
    ['giới thiệu 2~3 đoàn viên', [[2, 3, 'count']]],
    // The thousands of social posts: "k" glued to the figure, maybe with the hundreds after it; not "km", "kg".
    ['phát triển mới 32k đoàn viên', [[32000, null, 'count']]],
    ['giới thiệu 1k2 đoàn viên ưu tú', [[1200, null, 'count']]],
    ['gần 2,1k CĐCS', [[2100, null, 'count']]],
    ['chạy 5km cùng công nhân', [[5, null, 'count']]],
    ['khoảng 40 ~ 50% CĐCS', [[40, 50, 'percent']]],
    ['1-2 nghìn người', [[1000, 2000, 'count']]],
    // (A first half bigger than the second's digits takes no scale from it.)
    ['kết nạp từ 8.000 đến 1 vạn đoàn viên', [[8000, 10000, 'count']]],
    // (A range said in words, its ends any distance apart.)
    ['kết nạp thêm mười đến mười lăm đảng viên', [[10, 15, 'count']]],
    ['đạt 62%', [[62, null, 'percent']]],
    ['đạt 62 %', [[62, null, 'percent']]],
    ['đạt 62 phần trăm', [[62, null, 'percent']]],
    ['đạt 94,7%', [[94.7, null, 'percent']]],
    ['70 - 80%', [[70, 80, 'percent']]],
    ['Đang truy cập1,180', [[1180, null, 'count']]],
    ['chi phối13 doanh nghiệp', [[13, null, 'count']]],
    // A word of one to three capitals glued to digits is a label ("xưởng A3", "dây chuyền SMT4"); a longer one is glue.
    ['làm việc tại xưởng A3 và dây chuyền SMT4, có 120 công nhân', [[120, null, 'count']]],
    ['ĐẢNG VIÊN1.234', [[1234, null, 'count']]],
    ['hai mươi lăm đảng viên', [[25, null, 'count']]],
    ['05 đảng viên', [[5, null, 'count']]],
    ['có 5/10 doanh nghiệp', [[5, null, 'count'], [10, null, 'count']]],
    // Digits and scale words mixed, as speech and radio transcripts write them.
    ['hiện có 3 nghìn 200 công nhân', [[3200, null, 'count']]],
    ['kết nạp thêm 8 trăm đoàn viên', [[800, null, 'count']]],
    ['thu hút 1 nghìn rưỡi lao động', [[1500, null, 'count']]],
    ['có độ 1 vạn 2 nghìn đoàn viên', [[12000, null, 'count']]],
    ['có 1 nghìn 2 công nhân', [[1200, null, 'count']]],
    ['có 1 nghìn 1 trăm lao động', [[1100, null, 'count']]],
    ['gần 2 vạn rưỡi công nhân', [[25000, null, 'count']]],
    ['có hai nghìn rưỡi đoàn viên', [[2500, null, 'count']]],
    ['21 nghìn đoàn viên, 300 CĐCS', [[21000, null, 'count'], [300, null, 'count']]],
  ])('%s', (s, expected) => {
    expect(read(s, countedNoun)).toEqual(expected);
  });

  it.each([
    ['Tính đến hết ngày 31/5/2024'],
    ['Trong (01 - 02/6/2024)'],
    ['tháng 6/2014'],
    ['Sáng 23/4'],
    ['Chiều ngày 14-1'],
    ['lúc 16:05'],
    ['lúc 8h30'],
    ['giai đoạn 2021 – 2023'],
    ['nhiệm kỳ 2020-2025'],
    ['Chỉ thị 07-CT/TW'],
    ['Quyết định số 151-QĐ/TU'],
    ['Nghị quyết 202/2025/QH15'],
    ['gọi 0913 456 789'],
    ['ĐT: 0271.3879.123'],
    ['ngày 02.06.2024'],
  ])('%s holds no count', (s) => {
    expect(read(s)).toEqual([]);
  });
});
