/**
 * The hostile-input corpus: every file the extractor and the loader must
 * survive, each with the outcome it must give. Small hand-written pages live
 * in `inputs/` (readable, reviewed like code); everything else (binary
 * bytes, other encodings, megabyte pages, regex bait) is generated here at
 * test time from a fixed recipe, so nothing big is committed and every run
 * sees the same bytes.
 *
 * An outcome is one of:
 *  - `error`: a per-file error line naming the file (empty, binary…);
 *  - `facts`: exactly these facts (metric, value, unit, kind), no others;
 *  - `no-facts`: no fact at all (garbage is not read as numbers);
 *  - `subset`: a damaged page: only facts of the list, at least `atLeast`.
 * `issues` lists issue codes that must be reported (e.g. `legacy-font`), and
 * `title` a title that must come back verbatim (metacharacters).
 *
 * Time bound, in CPU time of the extracting process (wall time on a shared
 * 2-core CI machine measures the neighbours): 4 s per input up to 1 MiB, 4 s
 * per started MiB above (the 20 MB page: 80 s), unless `boundMs` says
 * otherwise with its reason. The bounds are those of a machine on which one
 * pass over the calibration articles (`CALIBRATION_FILES`, a dozen ordinary
 * golden articles) takes `CALIBRATION_REFERENCE_MS` of CPU. CPU time is no
 * constant either: a slower processor, or a host busy with other machines
 * (steal, shared caches), makes the same work cost up to twice as much, and
 * a fixed bound then fails on a machine that has no blow-up at all (CI,
 * 2026-11-23: 30,000 nested divs in 4.7 s of 4, 1.0 s on a quiet run). So
 * the runner times the calibration pass right before and right after each
 * input, and the bound grows by the ratio of the slower of the two to the
 * reference (never shrinks): it stays a bound on the input's cost relative
 * to ordinary work. (The bounds catch a blow-up, which costs minutes.)
 * A hang is caught apart, on the wall clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { Kind, Metric, Unit } from '../../extract/index.js';
import { encodeWindows1258 } from '../fixture-sites/faults.js';
import { minimalPdf } from '../fixture-sites/render/pdf.js';
import { Prng } from '../helpers/seeded-random.js';

export const INPUTS_DIR = new URL('./inputs/', import.meta.url);

export const INPUT_CATEGORIES = [
  'empty',
  'binary',
  'truncated',
  'size',
  'unicode',
  'charset',
  'legacy-font',
  'numbers',
  'regex-bait',
  'control',
  'metacharacters',
] as const;
export type InputCategory = (typeof INPUT_CATEGORIES)[number];

export interface FactKey {
  metric: Metric;
  value: number;
  unit: Unit;
  kind: Kind;
}

export type Expectation =
  | { kind: 'error'; error: RegExp }
  | { kind: 'facts'; facts: readonly FactKey[]; issues?: readonly string[] }
  | { kind: 'no-facts'; issues?: readonly string[] }
  | { kind: 'subset'; of: readonly FactKey[]; atLeast: number; issues?: readonly string[] };

export interface HostileInput {
  /** Unique, kebab-case; the file is written as `<id><ext>` (the extension picks the HTML or text path). */
  id: string;
  ext: '.html' | '.txt';
  category: InputCategory;
  /** What is hostile about it, in one line. */
  what: string;
  bytes: () => Uint8Array;
  expect: Expectation;
  /** The title that must come back exactly (metacharacters round trip). */
  title?: string;
  boundMs?: number;
}

export const MIB = 1024 * 1024;

/** The bound an input must finish under on the reference machine (see the module doc). */
export function timeBoundMs(input: HostileInput, size: number): number {
  return input.boundMs ?? 4000 * Math.max(1, Math.ceil(size / MIB));
}

/** The ordinary articles the runner times around each input: every third golden article, text and saved pages. */
const GOLDEN_DIR = new URL('../golden/', import.meta.url);
export const CALIBRATION_FILES: readonly string[] = readdirSync(GOLDEN_DIR)
  .filter((name) => /\.(?:txt|html)$/u.test(name))
  .sort()
  .filter((_, i) => i % 3 === 0)
  .map((name) => fileURLToPath(new URL(name, GOLDEN_DIR)));

/**
 * CPU time of one pass over `CALIBRATION_FILES` on the machine the bounds were set on, warm (the median of 25
 * passes on the 2-core machine of 2026-11, quiet: 107 ms).
 */
export const CALIBRATION_REFERENCE_MS = 110;

/** The bound an input must finish under on this machine as busy as it was around the input: `boundMs` stretched by the calibration. */
export function scaledBoundMs(boundMs: number, calMs: number): number {
  return Math.round(boundMs * Math.max(1, calMs / CALIBRATION_REFERENCE_MS));
}

// ---------------------------------------------------------------- the base article

/** A short article whose facts are known (checked by hand): the reference most inputs wrap or damage. */
export const BASE_TITLE = 'Đảng bộ Khối doanh nghiệp tỉnh Bình Phước kết nạp 56 đảng viên';
export const BASE_PARAGRAPHS = [
  'Năm 2024, Đảng bộ Khối doanh nghiệp tỉnh Bình Phước kết nạp 56 đảng viên, thành lập mới 3 chi bộ trong doanh nghiệp ngoài nhà nước.',
  'Đến nay, Liên đoàn Lao động tỉnh có 21.000 đoàn viên công đoàn.',
] as const;
export const BASE_FACTS: readonly FactKey[] = [
  { metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' },
  { metric: 'party_organizations', value: 3, unit: 'count', kind: 'flow' },
  { metric: 'union_members', value: 21000, unit: 'count', kind: 'stock' },
];

/** "… kết nạp <bait> 56 đảng viên": read with its verb (a flow), or as a stock when the bait cut the sentence in two. Never another value. */
const ADMITTED_56: readonly FactKey[] = [
  { metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' },
  { metric: 'party_members', value: 56, unit: 'count', kind: 'stock' },
];

const FACTS = (issues?: readonly string[]): Expectation => ({ kind: 'facts', facts: BASE_FACTS, ...(issues ? { issues } : {}) });
const NONE = (issues?: readonly string[]): Expectation => ({ kind: 'no-facts', ...(issues ? { issues } : {}) });
const ERROR = (error: RegExp): Expectation => ({ kind: 'error', error });

function baseText(paragraphs: readonly string[] = BASE_PARAGRAPHS, title = BASE_TITLE): string {
  return `${title}\n${paragraphs.join('\n')}\n`;
}

function escHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function baseHtml(o: { title?: string; charset?: string | null; paragraphs?: readonly string[]; extraBody?: string } = {}): string {
  const title = escHtml(o.title ?? BASE_TITLE);
  const meta = o.charset === null ? '' : `<meta charset="${o.charset ?? 'utf-8'}">`;
  const paragraphs = (o.paragraphs ?? BASE_PARAGRAPHS).map((p) => `<p>${escHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>${meta}<title>${title}</title></head>\n<body>\n<div class="content">\n<h1>${title}</h1>\n${paragraphs}\n${o.extraBody ?? ''}</div>\n</body>\n</html>\n`;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const latin1 = (text: string): Uint8Array => iconv.encode(text, 'latin1');
const committed = (name: string) => (): Uint8Array => readFileSync(new URL(name, INPUTS_DIR));

/** Seeded random bytes: the same on every machine. */
function seededBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  const prng = new Prng(seed);
  for (let i = 0; i < length; i++) out[i] = (prng.next() * 4294967296) & 0xff;
  return out;
}

/** A text article whose body repeats `unit` up to about `bytes`, with the base paragraphs first. */
function padded(unit: string, bytes: number, o: { newline?: boolean } = {}): string {
  const count = Math.max(1, Math.floor(bytes / Buffer.byteLength(unit)));
  return `${BASE_TITLE}\n${BASE_PARAGRAPHS.join('\n')}\n${unit.repeat(count)}${o.newline === false ? '' : '\n'}`;
}

// ---------------------------------------------------------------- legacy fonts

/** "Đảng bộ đã kết nạp 56 đảng viên, thành lập 12 công đoàn cơ sở" typed in TCVN3 (ABC), as latin1 characters (test/decode-bytes.test.ts). */
const TCVN3_SENTENCE = '§¶ng bé ®· kÕt n¹p 56 ®¶ng viªn, thµnh lËp 12 c«ng ®oµn c¬ së';
/** The same sentence in VNI-Windows. */
const VNI_SENTENCE = 'Ñaûng boä ñaõ keát naïp 56 ñaûng vieân, thaønh laäp 12 coâng ñoaøn cô sôû';

// ---------------------------------------------------------------- regex bait

/** Builds a one-sentence article: title, then `before` + the bait + `after` on one line. */
function bait(middle: string, after = ' 56 đảng viên.'): string {
  return `${BASE_TITLE}\nNăm 2024 kết nạp ${middle}${after}\n`;
}

// ---------------------------------------------------------------- the corpus

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // Empty and whitespace-only: a clear per-file error.
  { id: 'empty', ext: '.txt', category: 'empty', what: '0 bytes', bytes: () => new Uint8Array(0), expect: ERROR(/empty file/u) },
  { id: 'empty-page', ext: '.html', category: 'empty', what: '0 bytes saved as .html', bytes: () => new Uint8Array(0), expect: ERROR(/empty file/u) },
  { id: 'whitespace-only', ext: '.txt', category: 'empty', what: 'spaces, tabs and newlines', bytes: () => utf8('   \n\t\t\n \r\n   '), expect: ERROR(/empty file/u) },
  { id: 'unicode-whitespace-only', ext: '.html', category: 'empty', what: 'NBSP, ideographic space, line separator', bytes: () => utf8('\u00a0\u3000\u2028\u2029\u202f\u00a0'), expect: ERROR(/empty file/u) },
  { id: 'bom-only', ext: '.txt', category: 'empty', what: 'a UTF-8 byte-order mark and nothing else', bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]), expect: ERROR(/empty file/u) },
  { id: 'utf16-bom-only', ext: '.txt', category: 'empty', what: 'a UTF-16LE byte-order mark and spaces', bytes: () => new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), expect: ERROR(/empty file/u) },
  { id: 'only-markup', ext: '.html', category: 'empty', what: 'tags, a style and an image but no text', bytes: committed('only-markup.html'), expect: NONE(['no-content']) },

  // Binary files saved as .html: a clear per-file error, never garbage facts.
  { id: 'pdf-as-html', ext: '.html', category: 'binary', what: 'a PDF saved as .html', bytes: () => minimalPdf('Ket nap 56 dang vien'), expect: ERROR(/binary/u) },
  { id: 'png-as-html', ext: '.html', category: 'binary', what: 'PNG magic and chunks', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(seededBytes(3, 4000))]), expect: ERROR(/binary/u) },
  { id: 'docx-as-html', ext: '.html', category: 'binary', what: 'a ZIP (docx) local header', bytes: () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(seededBytes(4, 4000))]), expect: ERROR(/binary/u) },
  { id: 'gzip-as-html', ext: '.html', category: 'binary', what: 'a gzipped page saved without decoding', bytes: () => gzipSync(Buffer.from(baseHtml())), expect: ERROR(/binary/u) },
  { id: 'doc-ole2-as-html', ext: '.html', category: 'binary', what: 'an OLE2 (.doc/.xls) header', bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from(seededBytes(5, 4000))]), expect: ERROR(/binary/u) },
  { id: 'random-bytes', ext: '.html', category: 'binary', what: '64 KB of seeded random bytes', bytes: () => seededBytes(20250701, 64 * 1024), expect: ERROR(/binary/u) },
  { id: 'elf-executable', ext: '.html', category: 'binary', what: 'an ELF header with NULs', bytes: () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), Buffer.from(seededBytes(6, 2000))]), expect: ERROR(/binary/u) },
  { id: 'nul-inside-text', ext: '.txt', category: 'binary', what: 'the article with a NUL byte in the middle', bytes: () => utf8(baseText().replace('56 đảng', '56\u0000 đảng')), expect: ERROR(/binary/u) },
  { id: 'utf16le-without-bom', ext: '.html', category: 'binary', what: 'UTF-16LE page without its BOM (NUL every other byte)', bytes: () => Buffer.from(baseHtml(), 'utf16le'), expect: ERROR(/binary/u) },
  { id: 'utf16le-with-bom', ext: '.html', category: 'charset', what: 'UTF-16LE page with its BOM', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(baseHtml({ charset: 'utf-16' }), 'utf16le')]), expect: FACTS() },

  // Truncated HTML and unclosed tags.
  { id: 'truncated-mid-tag', ext: '.html', category: 'truncated', what: 'cut inside an attribute of an unclosed <a>', bytes: committed('truncated-mid-tag.html'), expect: FACTS() },
  { id: 'truncated-mid-utf8', ext: '.html', category: 'truncated', what: 'cut inside a multi-byte UTF-8 letter', bytes: () => { const b = Buffer.from(baseHtml()); const cut = b.indexOf(Buffer.from('công đoàn.')) + 'công đ'.length + 1; return b.subarray(0, cut); }, expect: { kind: 'subset', of: BASE_FACTS, atLeast: 2 } },
  { id: 'truncated-in-head', ext: '.html', category: 'truncated', what: 'only the first 60 bytes of the page', bytes: () => Buffer.from(baseHtml()).subarray(0, 60), expect: NONE() },
  // htmlparser2 closes the content block at the stray </div>, so the third paragraph falls outside it: 2 of 3 facts, none wrong.
  { id: 'mismatched-tags', ext: '.html', category: 'truncated', what: 'tags closed in the wrong order, stray closers', bytes: committed('mismatched-tags.html'), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 2 } },
  { id: 'unclosed-comment', ext: '.html', category: 'truncated', what: 'an unclosed <!-- hides the whole body (as in a browser)', bytes: committed('unclosed-comment.html'), expect: NONE(['no-content']) },
  { id: 'unclosed-script', ext: '.html', category: 'truncated', what: 'an unclosed <script> swallows the body (as in a browser)', bytes: committed('unclosed-script.html'), expect: NONE(['no-content']) },
  { id: 'unclosed-tags-1mb', ext: '.html', category: 'truncated', what: '1 MB of <p>…<b><i> never closed, each paragraph nested in the last', bytes: () => utf8(`<html><body><div class="content"><p>${BASE_PARAGRAPHS[0]}</p><p>${BASE_PARAGRAPHS[1]}</p>${'<p>Hội nghị diễn ra trong không khí dân chủ. <b><i>'.repeat(Math.floor(MIB / 55))}`), expect: FACTS() },
  { id: 'nested-divs-30k', ext: '.html', category: 'truncated', what: '30,000 nested <div>s around the article', bytes: () => utf8(`<html><body>${'<div>'.repeat(30_000)}<div class="content">${BASE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>${'</div>'.repeat(30_000)}</body></html>`), expect: FACTS() },
  {
    id: 'nested-divs-100k',
    ext: '.html',
    category: 'truncated',
    what: '100,000 unclosed nested <div>s (1 MB) around the article',
    bytes: () => utf8(`<html><body>${'<div>'.repeat(100_000)}<div class="content">${BASE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`),
    expect: FACTS(),
    // htmlparser2 keeps its open-element stack in an array it unshifts, so parsing is quadratic in the nesting depth: ~6 s of CPU on
    // the machine this bound was first set on (about twice that on the slower 2-core machine of 2026-11), not a hang.
    boundMs: 40_000,
  },

  // Size: a 20 MB page and 1 MB single lines.
  { id: 'page-20mb', ext: '.html', category: 'size', what: '20 MB page: the article, then 20 MB of comment-section paragraphs', bytes: () => utf8(baseHtml({ extraBody: `<div class="comments">${'<p>Bạn đọc Nguyễn Văn A, ngày 01/01/2024: bài viết rất hay, cảm ơn tác giả và ban biên tập đã thông tin kịp thời.</p>\n'.repeat(Math.floor((20 * MIB) / 160))}</div>` })), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 3 } },
  { id: 'single-line-1mb', ext: '.txt', category: 'size', what: '1 MB on one line: the same clause 17,000 times, no full stop', bytes: () => utf8(padded('Hội nghị triển khai nhiệm vụ, đánh giá kết quả; ', MIB, { newline: false })), expect: FACTS() },
  { id: 'single-line-1mb-html', ext: '.html', category: 'size', what: '1 MB of HTML without a newline', bytes: () => utf8(baseHtml({ extraBody: '<p>Hội nghị triển khai nhiệm vụ năm 2025.</p><span>Tin khác</span>'.repeat(Math.floor(MIB / 80)) }).replace(/\n/gu, '')), expect: FACTS() },
  { id: 'single-line-1mb-of-facts', ext: '.txt', category: 'size', what: '1 MB single sentence repeating "kết nạp 56 đảng viên,"', bytes: () => utf8(`${BASE_TITLE}\nNăm 2024, ${'Đảng bộ kết nạp 56 đảng viên, '.repeat(Math.floor(MIB / 34))}\n`), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 1 } },
  { id: 'many-paragraphs-1mb', ext: '.html', category: 'size', what: '25,000 short paragraphs after the article', bytes: () => utf8(baseHtml({ extraBody: '<p>Tin ảnh.</p>\n'.repeat(Math.floor(MIB / 40)) })), expect: FACTS() },

  // Unicode normalisation.
  { id: 'nfd-text', ext: '.txt', category: 'unicode', what: 'the article in NFD (letters and tones decomposed)', bytes: () => utf8(baseText().normalize('NFD')), expect: FACTS() },
  { id: 'nfd-html', ext: '.html', category: 'unicode', what: 'the page in NFD', bytes: () => utf8(baseHtml().normalize('NFD')), expect: FACTS() },
  { id: 'mixed-nfc-nfd', ext: '.txt', category: 'unicode', what: 'NFC title, NFD first paragraph, NFKD second', bytes: () => utf8(`${BASE_TITLE}\n${BASE_PARAGRAPHS[0].normalize('NFD')}\n${BASE_PARAGRAPHS[1].normalize('NFKD')}\n`), expect: FACTS() },
  { id: 'combining-mark-flood', ext: '.txt', category: 'unicode', what: '100,000 combining accents on one letter', bytes: () => utf8(`${baseText()}Chữ đ${'\u0301'.repeat(100_000)}ảng.\n`), expect: FACTS() },
  { id: 'fullwidth-digits', ext: '.txt', category: 'unicode', what: 'full-width digits "５６" (not ASCII)', bytes: () => utf8(`${BASE_TITLE}\nNăm 2024 kết nạp ５６ đảng viên.\n`), expect: NONE() },

  // Charsets: Windows-1258 and mislabelled pages.
  { id: 'windows-1258-declared', ext: '.html', category: 'charset', what: 'Windows-1258 bytes (combining tones) with <meta charset=windows-1258>', bytes: () => encodeWindows1258(baseHtml({ charset: 'windows-1258' })), expect: FACTS() },
  { id: 'windows-1258-undeclared', ext: '.html', category: 'charset', what: 'Windows-1258 bytes, no charset anywhere', bytes: () => encodeWindows1258(baseHtml({ charset: null })), expect: FACTS(['charset-guessed']) },
  { id: 'windows-1258-text', ext: '.txt', category: 'charset', what: 'a Windows-1258 .txt', bytes: () => encodeWindows1258(baseText()), expect: FACTS(['charset-guessed']) },
  { id: 'utf8-labelled-latin1', ext: '.html', category: 'charset', what: 'UTF-8 bytes under <meta charset=iso-8859-1>', bytes: () => utf8(baseHtml({ charset: 'iso-8859-1' })), expect: FACTS(['charset-override']) },
  { id: 'windows-1258-labelled-utf8', ext: '.html', category: 'charset', what: 'Windows-1258 bytes under <meta charset=utf-8>', bytes: () => encodeWindows1258(baseHtml({ charset: 'utf-8' })), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 0, issues: ['invalid-utf8'] } },
  { id: 'unknown-charset-label', ext: '.html', category: 'charset', what: '<meta charset=x-vni-unknown> over UTF-8 bytes', bytes: () => utf8(baseHtml({ charset: 'x-vni-unknown' })), expect: FACTS(['unknown-charset']) },
  { id: 'bom-beats-meta', ext: '.html', category: 'charset', what: 'a UTF-8 BOM before <meta charset=windows-1258>', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(baseHtml({ charset: 'windows-1258' }))]), expect: FACTS() },
  { id: 'invalid-utf8-sequences', ext: '.txt', category: 'charset', what: 'overlong and surrogate UTF-8 sequences in the middle of the text', bytes: () => Buffer.concat([Buffer.from(baseText()), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from('\n')]), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 0 } },

  // Legacy fonts: reported with `legacy-font`, never read as numbers.
  { id: 'tcvn3-declared-latin1', ext: '.html', category: 'legacy-font', what: 'TCVN3 (ABC) text under <meta charset=iso-8859-1>', bytes: () => latin1(`<html><head><meta charset="iso-8859-1"><title>Tin tøc</title></head><body><div class="content"><p>${TCVN3_SENTENCE}.</p><p>${TCVN3_SENTENCE}.</p></div></body></html>`), expect: NONE(['legacy-font']) },
  { id: 'tcvn3-undeclared', ext: '.txt', category: 'legacy-font', what: 'TCVN3 bytes, no charset (read as windows-1258)', bytes: () => latin1(`Tin tøc\n${TCVN3_SENTENCE}.\n${TCVN3_SENTENCE}.\n`), expect: NONE(['legacy-font']) },
  { id: 'vni-undeclared', ext: '.txt', category: 'legacy-font', what: 'VNI-Windows bytes, no charset', bytes: () => latin1(`Tin tuc\n${VNI_SENTENCE}.\n${VNI_SENTENCE}.\n`), expect: NONE(['legacy-font']) },
  { id: 'vni-declared-windows-1252', ext: '.html', category: 'legacy-font', what: 'VNI-Windows under <meta charset=windows-1252>', bytes: () => latin1(`<html><head><meta charset="windows-1252"></head><body><div class="content"><p>${VNI_SENTENCE}.</p><p>${VNI_SENTENCE}.</p></div></body></html>`), expect: NONE(['legacy-font']) },
  { id: 'tcvn3-inside-unicode-chrome', ext: '.html', category: 'legacy-font', what: 'a TCVN3 body inside a Unicode menu and footer', bytes: () => utf8(`<html><head><meta charset="utf-8"><title>Trang chủ</title></head><body><div id="menu">Trang chủ | Tin tức | Liên hệ</div><div class="content"><p>${TCVN3_SENTENCE}.</p><p>${TCVN3_SENTENCE}.</p></div><div id="footer">Bản quyền thuộc Cổng thông tin điện tử</div></body></html>`), expect: NONE(['legacy-font']) },

  // Numbers at the limits.
  { id: 'numbers-at-the-limits', ext: '.txt', category: 'numbers', what: '"1.2.3.4", "0,0,0", 20 and 300 digits, a 23-digit percent', bytes: committed('numbers-at-the-limits.txt'), expect: NONE() },
  { id: 'hundreds-of-digits', ext: '.txt', category: 'numbers', what: 'a 400-digit count', bytes: () => utf8(bait('9'.repeat(400), ' đảng viên.')), expect: NONE() },
  { id: 'dotted-quad', ext: '.txt', category: 'numbers', what: '"kết nạp 1.2.3.4 đảng viên"', bytes: () => utf8(bait('1.2.3.4', ' đảng viên.')), expect: NONE() },
  { id: 'comma-zeros', ext: '.txt', category: 'numbers', what: '"thành lập 0,0,0 chi bộ"', bytes: () => utf8(`${BASE_TITLE}\nNăm 2024 thành lập 0,0,0 chi bộ.\n`), expect: NONE() },
  { id: 'beyond-double-precision', ext: '.txt', category: 'numbers', what: '"99999999999999999999 đảng viên" (above 2^53)', bytes: () => utf8(bait('99999999999999999999', ' đảng viên.')), expect: NONE() },
  { id: 'big-but-exact', ext: '.txt', category: 'numbers', what: '"1.234.567 đoàn viên" (large, valid)', bytes: () => utf8(`${BASE_TITLE}\nĐến nay, Liên đoàn Lao động tỉnh có 1.234.567 đoàn viên công đoàn.\n`), expect: { kind: 'facts', facts: [{ metric: 'union_members', value: 1234567, unit: 'count', kind: 'stock' }] } },
  { id: 'ten-thousand-numbers', ext: '.txt', category: 'numbers', what: 'a sentence listing 10,000 numbers', bytes: () => utf8(`${BASE_TITLE}\n${BASE_PARAGRAPHS.join('\n')}\nCác mã số: ${Array.from({ length: 10_000 }, (_, i) => String(i * 7919 % 100_000)).join(', ')}.\n`), expect: FACTS() },
  { id: 'leading-zeros', ext: '.txt', category: 'numbers', what: '"kết nạp 0056 đảng viên"', bytes: () => utf8(bait('0056', ' đảng viên.')), expect: { kind: 'facts', facts: [{ metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' }] } },
  // Twelve digits starting with 0 are a phone number to the masks (parse-number.ts PHONE), not a count.
  { id: 'phone-like-number', ext: '.txt', category: 'numbers', what: '"kết nạp 000000000056 đảng viên"', bytes: () => utf8(bait('000000000056', ' đảng viên.')), expect: NONE() },

  // Regex bait: long runs designed for catastrophic backtracking.
  { id: 'digit-run-1mb', ext: '.txt', category: 'regex-bait', what: '1 MB of digits in one token', bytes: () => utf8(bait('1'.repeat(MIB))), expect: { kind: 'subset', of: ADMITTED_56, atLeast: 0 } },
  // (200,000 bare figures in one sentence: 2.3–3.6 s of CPU on the slower 2-core machine of 2026-11.)
  { id: 'spaced-digits', ext: '.txt', category: 'regex-bait', what: '"1 1 1 1 …" 200,000 times before the noun', bytes: () => utf8(bait('1 '.repeat(200_000), 'đảng viên.')), expect: { kind: 'subset', of: [{ metric: 'party_admissions', value: 1, unit: 'count', kind: 'flow' }, { metric: 'party_members', value: 1, unit: 'count', kind: 'stock' }], atLeast: 0 }, boundMs: 8000 },
  { id: 'dot-run', ext: '.txt', category: 'regex-bait', what: '500 KB of dots', bytes: () => utf8(bait('.'.repeat(500_000))), expect: { kind: 'subset', of: ADMITTED_56, atLeast: 0 } },
  { id: 'digit-dot-alternation', ext: '.txt', category: 'regex-bait', what: '"1.1.1.1…" 250,000 groups', bytes: () => utf8(bait('1.'.repeat(250_000), ' đảng viên.')), expect: NONE() },
  { id: 'thousand-groups', ext: '.txt', category: 'regex-bait', what: '"1.000.000.000…" 100,000 groups', bytes: () => utf8(bait(`1${'.000'.repeat(100_000)}`, ' đảng viên.')), expect: NONE() },
  { id: 'digit-comma-alternation', ext: '.txt', category: 'regex-bait', what: '"1,1,1,…" 250,000 groups', bytes: () => utf8(bait('1,'.repeat(250_000), ' đảng viên.')), expect: NONE() },
  { id: 'space-run', ext: '.txt', category: 'regex-bait', what: '1 MB of spaces and NBSPs between the number and the noun', bytes: () => utf8(bait(`56${' \u00a0'.repeat(MIB / 4)}`, 'đảng viên.')), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 0 } },
  { id: 'tren-tren-tren', ext: '.txt', category: 'regex-bait', what: '"trên trên trên…" 50,000 times before "56 đảng viên"', bytes: () => utf8(bait('trên '.repeat(50_000), '56 đảng viên.')), expect: { kind: 'subset', of: ADMITTED_56, atLeast: 1 } },
  { id: 'dang-vien-10000', ext: '.txt', category: 'regex-bait', what: '"đảng viên" 10,000 times after "kết nạp 56"', bytes: () => utf8(bait('56 ', `${'đảng viên '.repeat(10_000)}.`)), expect: { kind: 'facts', facts: [{ metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' }] } },
  { id: 'trong-do-10000', ext: '.txt', category: 'regex-bait', what: '"trong đó" 10,000 times in one breakdown', bytes: () => utf8(`${BASE_TITLE}\nNăm 2024 kết nạp 56 đảng viên, ${'trong đó '.repeat(10_000)}20 đảng viên là công nhân.\n`), expect: { kind: 'subset', of: [...ADMITTED_56, { metric: 'party_admissions', value: 20, unit: 'count', kind: 'flow' }, { metric: 'party_members', value: 20, unit: 'count', kind: 'stock' }], atLeast: 1 } },
  { id: 'ket-nap-20000', ext: '.txt', category: 'regex-bait', what: '"kết nạp" 20,000 times before the number', bytes: () => utf8(bait('kết nạp '.repeat(20_000))), expect: { kind: 'facts', facts: [{ metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' }] } },
  { id: 'percent-run', ext: '.txt', category: 'regex-bait', what: '"1%1%1%…" 100,000 times', bytes: () => utf8(`${BASE_TITLE}\nKết nạp đạt ${'1%'.repeat(100_000)} chỉ tiêu.\n`), expect: { kind: 'subset', of: [{ metric: 'party_admissions', value: 1, unit: 'percent', kind: 'achievement' }], atLeast: 0 } },
  {
    id: 'percent-list-1mb',
    ext: '.txt',
    category: 'regex-bait',
    what: '"1% 1% 1% …" 350,000 percents in one sentence',
    bytes: () => utf8(`${BASE_TITLE}\nKết nạp đạt ${'1% '.repeat(Math.floor(MIB / 3))}chỉ tiêu.\n`),
    expect: { kind: 'subset', of: [{ metric: 'party_admissions', value: 1, unit: 'percent', kind: 'achievement' }], atLeast: 0 },
    // Linear, but dense: each of 350,000 percents is read against its sentence piece (at most MAX_SENTENCE_CHARS): ~2.4 s on
    // the machine this bound was first set on; 9–11.6 s on the slower 2-core machine of 2026-11 (the same code: 10.2 s at
    // 159afbc; 14.3 s at 18f590c once the runner collected the garbage of the inputs before it first, 21–23 s before that).
    boundMs: 24_000,
  },
  { id: 'date-run', ext: '.txt', category: 'regex-bait', what: '"1/1/1/1…" 100,000 times', bytes: () => utf8(bait('1/'.repeat(100_000), '1 đảng viên.')), expect: NONE() },
  { id: 'range-run', ext: '.txt', category: 'regex-bait', what: '"1-2-1-2…" 100,000 times', bytes: () => utf8(bait('1-2-'.repeat(50_000), '3 đảng viên.')), expect: { kind: 'subset', of: [], atLeast: 0 } },
  { id: 'paren-nesting', ext: '.txt', category: 'regex-bait', what: '50,000 nested parentheses around the figure', bytes: () => utf8(bait(`${'('.repeat(50_000)}56 đảng viên${')'.repeat(50_000)}`, '.')), expect: { kind: 'subset', of: [{ metric: 'party_admissions', value: 56, unit: 'count', kind: 'flow' }], atLeast: 0 } },
  { id: 'number-words-run', ext: '.txt', category: 'regex-bait', what: '"một hai ba bốn…" 20,000 words before the noun', bytes: () => utf8(bait('một hai ba bốn năm sáu bảy tám chín mười '.repeat(2_000), 'đảng viên.')), expect: { kind: 'subset', of: [], atLeast: 0 } },
  { id: 'scale-word-run', ext: '.txt', category: 'regex-bait', what: '"5 nghìn nghìn nghìn…" 20,000 times', bytes: () => utf8(bait(`5 ${'nghìn '.repeat(20_000)}`, 'đảng viên.')), expect: { kind: 'subset', of: [{ metric: 'party_admissions', value: 5000, unit: 'count', kind: 'flow' }], atLeast: 0 } },
  { id: 'one-long-word', ext: '.txt', category: 'regex-bait', what: '1 MB of letters without a space', bytes: () => utf8(`${baseText()}${'đảngviên'.repeat(MIB / 10)}\n`), expect: FACTS() },
  { id: 'sentence-breaks-only', ext: '.txt', category: 'regex-bait', what: '". A. A. A…" 200,000 sentence breaks', bytes: () => utf8(`${baseText()}${'. A'.repeat(200_000)}\n`), expect: FACTS() },

  // Control characters and bidi overrides.
  { id: 'c0-controls', ext: '.txt', category: 'control', what: 'BEL, BS, VT, ESC sprinkled between words (below the binary threshold)', bytes: () => utf8(baseText().replace(/ /gu, (s, i: number) => (i % 7 === 0 ? '\u0007 ' : i % 11 === 0 ? ' \u001b' : s))), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 1 } },
  { id: 'c1-controls', ext: '.txt', category: 'control', what: 'C1 controls U+0080–U+009F between words', bytes: () => utf8(baseText().replace(/, /gu, ',\u0085\u009b ')), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 1 } },
  { id: 'bidi-override', ext: '.txt', category: 'control', what: 'RLO/PDF and LRI/PDI around the figures and the title', bytes: () => utf8(`\u202e${BASE_TITLE}\u202c\n${BASE_PARAGRAPHS[0].replace('56', '\u2066\u202e56\u202c\u2069')}\n${BASE_PARAGRAPHS[1]}\n`), expect: FACTS() },
  { id: 'zero-width', ext: '.txt', category: 'control', what: 'zero-width spaces, joiners and BOMs inside words and numbers', bytes: () => utf8(baseText().replace('56', '5\u200b6').replace('đảng viên', 'đảng\u200d viên').replace('21.000', '21\ufeff.000')), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 2 } },
  { id: 'carriage-returns-only', ext: '.txt', category: 'control', what: 'old Mac line ends (CR only)', bytes: () => utf8(baseText().replace(/\n/gu, '\r')), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 2 } },
  { id: 'line-separators', ext: '.txt', category: 'control', what: 'U+2028 / U+2029 / form feed / vertical tab as line breaks', bytes: () => utf8(`${BASE_TITLE}\u2028${BASE_PARAGRAPHS[0]}\u2029\f${BASE_PARAGRAPHS[1]}\u000b\n`), expect: { kind: 'subset', of: BASE_FACTS, atLeast: 2 } },
  { id: 'control-in-title', ext: '.html', category: 'control', what: 'control characters and &#0; in the <title>', bytes: () => utf8(baseHtml().replace(/<title>[^<]*<\/title>/u, '<title>Tin&#0;tức\u0007\u001b[31m đỏ\u001b[0m</title>')), expect: FACTS() },

  // JSON and SQL metacharacters in titles and sentences.
  { id: 'sql-injection-title', ext: '.html', category: 'metacharacters', what: "title \"'; DROP TABLE facts; --\", SQL in a sentence", bytes: committed('sql-injection-title.html'), expect: FACTS(), title: "'; DROP TABLE facts; --" },
  { id: 'json-metacharacters', ext: '.html', category: 'metacharacters', what: 'title \'"},{"metric":…} \\u0000\', JSON fragments in the body', bytes: committed('json-metacharacters.html'), expect: FACTS(), title: '"},{"metric":"party_members","value":999999} \\u0000 \\\\" \\n' },
  { id: 'html-injection-title', ext: '.html', category: 'metacharacters', what: 'title "<script>…<img onerror>", scripts that would add facts if run', bytes: committed('html-injection-title.html'), expect: FACTS(), title: "<script>alert('vntally')</script><img src=x onerror=alert(1)>" },
  { id: 'shell-metacharacters', ext: '.html', category: 'metacharacters', what: 'title "$(touch …) `touch …`; rm -rf ~ | ../../etc/passwd"', bytes: committed('shell-metacharacters.html'), expect: FACTS(), title: '$(touch /tmp/vntally-robustness-pwned) `touch /tmp/vntally-robustness-pwned`; rm -rf ~ | ../../../etc/passwd' },
  { id: 'real-nul-in-title', ext: '.txt', category: 'metacharacters', what: 'a literal "\\u0000" and quotes in a text title', bytes: () => utf8(baseText(BASE_PARAGRAPHS, 'Tiêu đề "\\u0000" \'x\' `y` \\ / ; -- %s %d {0}')), expect: FACTS(), title: 'Tiêu đề "\\u0000" \'x\' `y` \\ / ; -- %s %d {0}' },
  { id: 'csv-metacharacters', ext: '.txt', category: 'metacharacters', what: 'quotes, commas and a CR in every sentence (the load writes a CSV of signatures)', bytes: () => utf8(`${BASE_TITLE}\n${BASE_PARAGRAPHS.map((p) => `"${p.replace(/, /gu, '", "')}",\r`).join('\n')}\n${'Hội nghị "tổng kết", "đánh giá", chỉ đạo; '.repeat(30)}\n`), expect: FACTS() },
  { id: 'huge-title', ext: '.html', category: 'metacharacters', what: 'a 100 KB title of quotes and backslashes', bytes: () => utf8(baseHtml({ title: `'"\\`.repeat(33_000) })), expect: FACTS() },
];

export interface WrittenInput {
  input: HostileInput;
  path: string;
  size: number;
  boundMs: number;
}

/** Writes every input into `dir` (generated ones built now) and returns them in corpus order. */
export async function writeHostileInputs(dir: string, inputs: readonly HostileInput[] = HOSTILE_INPUTS): Promise<WrittenInput[]> {
  await mkdir(dir, { recursive: true });
  const written: WrittenInput[] = [];
  for (const input of inputs) {
    const bytes = input.bytes();
    const path = join(dir, `${input.id}${input.ext}`);
    await writeFile(path, bytes);
    written.push({ input, path, size: bytes.length, boundMs: timeBoundMs(input, bytes.length) });
  }
  return written;
}

/** The ids are unique and name files safely (checked by the test, so a new entry cannot break the corpus). */
export function corpusProblems(inputs: readonly HostileInput[] = HOSTILE_INPUTS): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(input.id)) problems.push(`${input.id}: not a kebab-case id`);
    if (seen.has(input.id)) problems.push(`${input.id}: duplicate id`);
    seen.add(input.id);
  }
  return problems;
}
