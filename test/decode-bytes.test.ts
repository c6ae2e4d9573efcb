import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectLegacyFont, looksBinary } from '../extract/html/decode-bytes.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

/** "Đảng viên" in windows-1258: Đ = 0xD0, a + U+0309 (0xD2), ê = 0xEA. Tones are combining marks in this code page. */
const DANG_VIEN_1258 = [0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x20, 0x76, 0x69, 0xea, 0x6e];

describe('decodeBytes: charset choice', () => {
  it.each([
    ['UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], [...Buffer.from('<p>Đảng viên</p>')]), null, 'utf-8', '<p>Đảng viên</p>'],
    ['UTF-16LE BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Đảng viên', 'utf16le')]), null, 'utf-16le', 'Đảng viên'],
    ['UTF-16BE BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Đảng viên', 'utf16le').swap16()]), null, 'utf-16be', 'Đảng viên'],
    ['BOM beats the header', bytes([0xef, 0xbb, 0xbf], [...Buffer.from('Đảng')]), 'text/html; charset=windows-1258', 'utf-8', 'Đảng'],
    ['header charset', bytes(DANG_VIEN_1258), 'text/html; charset=windows-1258', 'windows-1258', 'Đảng viên'],
    ['header charset, quoted', bytes(DANG_VIEN_1258), 'text/html;charset="Windows-1258"', 'windows-1258', 'Đảng viên'],
    ['header beats meta', bytes('<meta charset="utf-8">', DANG_VIEN_1258), 'text/html; charset=windows-1258', 'windows-1258', '<meta charset="utf-8">Đảng viên'],
    ['meta charset', bytes('<head><meta charset="windows-1258"></head>', DANG_VIEN_1258), null, 'windows-1258', '<head><meta charset="windows-1258"></head>Đảng viên'],
    [
      'meta http-equiv, content before http-equiv',
      bytes('<meta content="text/html; charset=windows-1258" http-equiv="Content-Type">', DANG_VIEN_1258),
      'text/html',
      'windows-1258',
      '<meta content="text/html; charset=windows-1258" http-equiv="Content-Type">Đảng viên',
    ],
    ['upper-case META HTTP-EQUIV', bytes('<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=windows-1258">', DANG_VIEN_1258), null, 'windows-1258', null],
    ['a description mentioning charset is not a declaration', bytes('<meta name="description" content="charset=utf-8 là gì">', DANG_VIEN_1258), null, 'windows-1258', null],
    ['cp1258 alias', bytes('<meta http-equiv="Content-Type" content="text/html; charset=cp1258">', DANG_VIEN_1258), null, 'windows-1258', null],
    ['no declaration, valid UTF-8', utf8('<p>Công đoàn cơ sở</p>'), null, 'utf-8', '<p>Công đoàn cơ sở</p>'],
    ['no declaration, plain ASCII', utf8('<p>PV</p>'), null, 'utf-8', '<p>PV</p>'],
    ['no declaration, not UTF-8: windows-1258', bytes('<p>', DANG_VIEN_1258, '</p>'), null, 'windows-1258', '<p>Đảng viên</p>'],
    ['latin1 label over UTF-8 bytes is overridden', utf8('<meta charset="iso-8859-1"><p>Đảng viên</p>'), null, 'utf-8', '<meta charset="iso-8859-1"><p>Đảng viên</p>'],
    ['unknown header label is skipped for the meta', bytes('<meta charset="windows-1258">', DANG_VIEN_1258), 'text/html; charset=x-vn-unknown', 'windows-1258', null],
    ['a meta past the first 4 KB is not read', bytes(' '.repeat(5000), '<meta charset="windows-1258">', [...Buffer.from('Đảng')]), null, 'utf-8', null],
    ['a meta inside the first 4 KB is read', bytes(' '.repeat(3000), '<meta charset="windows-1258">', DANG_VIEN_1258), null, 'windows-1258', null],
  ])('%s', (_label, input, contentType, charset, text) => {
    const decoded = decodeBytes(input, { contentType });
    expect(decoded.charset).toBe(charset);
    if (text !== null) expect(decoded.text).toBe(text);
  });

  it.each([
    ['charset-guessed', bytes('<p>', DANG_VIEN_1258, '</p>'), null],
    ['charset-override', utf8('<meta charset="iso-8859-1"><p>Đảng viên</p>'), null],
    ['unknown-charset', utf8('<p>a</p>'), 'text/html; charset=x-vn-unknown'],
    ['invalid-utf8', bytes('<meta charset="utf-8"><p>', DANG_VIEN_1258, '</p>'), null],
  ])('reports %s as an issue, not an exception', (code, input, contentType) => {
    const decoded = decodeBytes(input, { contentType });
    expect(decoded.issues.map((issue) => issue.code)).toContain(code);
  });

  it('reports nothing for a clean UTF-8 page', () => {
    expect(decodeBytes(utf8('<meta charset="utf-8"><p>Đảng viên</p>')).issues).toEqual([]);
  });

  it('NFC-normalises windows-1258 combining tones and NFD input', () => {
    const decoded = decodeBytes(bytes(DANG_VIEN_1258), { contentType: 'text/html; charset=windows-1258' });
    expect(decoded.text).toBe('Đảng viên'.normalize('NFC'));
    expect(decodeBytes(utf8('Đảng viên'.normalize('NFD'))).text).toBe('Đảng viên'.normalize('NFC'));
  });

  it('decodes the windows-1258 fixture', () => {
    const decoded = decodeBytes(readFileSync(new URL('./fixtures/html/aspnet.html', import.meta.url)));
    expect(decoded.charset).toBe('windows-1258');
    expect(decoded.text).toContain('Quận Lê Chân kết nạp 112 đảng viên mới');
    expect(decoded.issues).toEqual([]);
  });

  it('strips the BOM of the BOM fixture', () => {
    const decoded = decodeBytes(readFileSync(new URL('./fixtures/html/drupal7.html', import.meta.url)));
    expect(decoded.text.startsWith('<!DOCTYPE')).toBe(true);
  });
});

describe('looksBinary', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    ['GIF', bytes('GIF89a')],
    ['ZIP / docx', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['gzip left undecoded', bytes([0x1f, 0x8b, 0x08, 0x00])],
    ['OLE2 .doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['NUL bytes', bytes('<html>', [0x00, 0x00], '</html>')],
    ['mostly control bytes', bytes(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41)))],
  ])('%s is binary', (_label, input) => {
    expect(looksBinary(input)).toBe(true);
  });

  it.each([
    ['UTF-8 HTML', utf8('<!DOCTYPE html><html><body><p>Đảng viên</p></body></html>')],
    ['windows-1258 HTML', bytes('<p>', DANG_VIEN_1258, '</p>')],
    ['UTF-16LE with BOM (has NULs)', new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>abc</p>', 'utf16le')])],
    ['empty', new Uint8Array()],
    ['tabs, CR and LF', utf8('a\tb\r\nc\n')],
  ])('%s is text', (_label, input) => {
    expect(looksBinary(input)).toBe(false);
  });
});

describe('legacy Vietnamese font encodings', () => {
  /** "Đảng bộ đã kết nạp 56 đảng viên, thành lập 12 công đoàn cơ sở" typed in TCVN3 (ABC), bytes shown through latin1. */
  const TCVN3 = '§¶ng bé ®· kÕt n¹p 56 ®¶ng viªn, thµnh lËp 12 c«ng ®oµn c¬ së';
  /** The same sentence in VNI-Windows: base letters followed by accent bytes, ñ for đ. */
  const VNI = 'Ñaûng boä ñaõ keát naïp 56 ñaûng vieân, thaønh laäp 12 coâng ñoaøn cô sôû';

  it.each([
    ['TCVN3', TCVN3, 'tcvn3'],
    ['VNI', VNI, 'vni'],
    ['a TCVN3 body inside a Unicode page chrome', `Trang chủ Tin tức Liên hệ ${TCVN3} ${TCVN3}`, 'tcvn3'],
  ])('%s is detected', (_label, text, font) => {
    expect(detectLegacyFont(text)).toBe(font);
  });

  it.each([
    ['Unicode Vietnamese', 'Đảng bộ đã kết nạp 56 đảng viên, thành lập 12 công đoàn cơ sở; quân đoàn, hoà hợp, khuê các.'],
    ['Unicode with symbols', 'Diện tích 1.000 m², nhiệt độ 25°C, thương hiệu ABC® và «Đảng».'],
    ['French', 'Où est la gare? Il est déjà parti, à bientôt, très cher ami, voilà.'],
    ['one foreign name', 'Ông Müller và bà Peña dự hội nghị.'],
  ])('%s is not flagged', (_label, text) => {
    expect(detectLegacyFont(text)).toBeNull();
  });

  it('decodeBytes reports legacy-font for a TCVN3 page declared latin1', () => {
    const decoded = decodeBytes(new Uint8Array(iconv.encode(`<meta charset="iso-8859-1"><p>${TCVN3}</p>`, 'latin1')));
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.issues.map((issue) => issue.code)).toEqual(['legacy-font']);
  });

  it('decodeBytes reports legacy-font for undeclared TCVN3 bytes read as windows-1258', () => {
    const decoded = decodeBytes(new Uint8Array(iconv.encode(`<p>${TCVN3}</p>`, 'latin1')));
    expect(decoded.charset).toBe('windows-1258');
    expect(decoded.issues.map((issue) => issue.code)).toEqual(['charset-guessed', 'legacy-font']);
  });

  it('decodeBytes reports legacy-font for undeclared VNI bytes read as windows-1258', () => {
    const decoded = decodeBytes(new Uint8Array(iconv.encode(`<p>${VNI}</p>`, 'latin1')));
    expect(decoded.charset).toBe('windows-1258');
    expect(decoded.issues.map((issue) => issue.code)).toEqual(['charset-guessed', 'legacy-font']);
  });
});
