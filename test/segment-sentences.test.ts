import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../extract/segment-sentences.js';

describe('segmentSentences', () => {
  it.each([
    ['Kết nạp 56 đảng viên. Thành lập 5 chi bộ.', ['Kết nạp 56 đảng viên.', 'Thành lập 5 chi bộ.']],
    ['Có 80.689 đoàn viên. Tốt.', ['Có 80.689 đoàn viên.', 'Tốt.']],
    ['Tại TP. Hồ Chí Minh có 1.200 chi bộ.', ['Tại TP. Hồ Chí Minh có 1.200 chi bộ.']],
    ['Mục tiêu năm 2017 là: tổ chức 2 lớp; thành lập 2 chi bộ.', ['Mục tiêu năm 2017 là: tổ chức 2 lớp; thành lập 2 chi bộ.']],
    ['Dòng một.\nDòng hai', ['Dòng một.', 'Dòng hai']],
    ['Xong rồi./. Tiếp theo.', ['Xong rồi./.', 'Tiếp theo.']],
    ['ThS. Nguyễn Văn A phát biểu. Hết.', ['ThS. Nguyễn Văn A phát biểu.', 'Hết.']],
  ])('%j', (text, expected) => {
    expect(segmentSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = 'Mở đầu.\n\nCó 463 công đoàn cơ sở. Kết nạp 56 đảng viên.';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
