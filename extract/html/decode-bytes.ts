/**
 * Bytes of a saved page → text, choosing the charset the way a browser would
 * (BOM, then the HTTP header, then `<meta>`), with two Vietnamese twists: an
 * undeclared page that is not valid UTF-8 is read as windows-1258, and text
 * typed in the pre-Unicode font encodings TCVN3 (ABC) and VNI is reported
 * rather than silently misread. Pure: no fs, no network.
 */
import iconv from 'iconv-lite';
import type { ExtractIssue } from '../types.js';

export interface DecodedBytes {
  text: string;
  /** The charset actually used, lower-case (e.g. "utf-8", "windows-1258"). */
  charset: string;
  issues: ExtractIssue[];
}

export interface DecodeBytesOptions {
  /** The HTTP `Content-Type` header the page was served with, if known. */
  contentType?: string | null;
}

/** Where the meta declaration must appear, as in the HTML prescan algorithm (first 1024 bytes there; we allow 4 KB because portals put long `<head>` comments first). */
const META_PRESCAN_BYTES = 4096;

/** How much of the start of a file `looksBinary` inspects. */
const BINARY_SNIFF_BYTES = 8192;

/** Share of C0 control bytes (other than tab, LF, FF, CR, ESC) above which a file is binary. */
const CONTROL_BYTE_RATIO = 0.1;

/** The fallback for undeclared, non-UTF-8 bytes: the Vietnamese Windows code page. */
const FALLBACK_CHARSET = 'windows-1258';

/**
 * `charset=` parameter of a Content-Type header or meta content attribute.
 * Matches: `text/html; charset=UTF-8`, `text/html;charset="windows-1258"`.
 * Does not match: `text/html` (no parameter).
 */
const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/iu;

/**
 * A `<meta …>` tag in the prescanned head (read as latin1, so bytes = chars).
 * Matches: `<meta charset="utf-8">`, `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1258">`.
 * Does not match: `<metadata>`, `<link rel="stylesheet">`.
 */
const META_TAG = /<meta\s[^>]*>/giu;

/**
 * One attribute of a tag, quoted or not.
 * Matches: `charset="utf-8"`, `http-equiv=Content-Type`, `content='text/html; charset=cp1258'`.
 * Does not match: a bare `hidden` (no value: not needed for charsets).
 */
const TAG_ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu;

/** Charset labels that mean UTF-8 or are aliases browsers map elsewhere (WHATWG Encoding: latin1 and ascii labels decode as windows-1252). */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
};

/** Western single-byte charsets that cannot spell Vietnamese; a page declaring one but holding valid multi-byte UTF-8 is mislabelled. */
const WESTERN_SINGLE_BYTE = new Set(['windows-1252']);

/**
 * Magic numbers of formats a crawler meets instead of HTML: PDF, PNG, JPEG,
 * GIF, ZIP (docx/xlsx), gzip (an undecoded response), OLE2 (.doc/.xls, which
 * Vietnamese portals attach a lot), RIFF and PostScript.
 */
const BINARY_MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'ole2', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'riff', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'postscript', bytes: [0x25, 0x21, 0x50, 0x53] }, // %!PS
];

/**
 * TCVN3 (ABC) text shown through a Unicode or Windows code page: the
 * Vietnamese letters sit at 0xA1–0xFE, so words carry Latin-1 symbols right
 * after a letter ("ª" = ê, "«" = ô, "¸" = á, "µ" = à, "¶" = ả, "\u00AD" = ư),
 * or start with "§" = Đ / "®" = đ. Superscripts ² ³ and the closing "»" are
 * left out because Unicode text has them after letters ("m²", "…Đảng»").
 * Matches: "®¶ng viªn" (đảng viên), "c«ng ®oµn" (công đoàn), "§¶ng".
 * Does not match: "1.000 m²", "«Đảng»", "Đảng viên".
 */
const TCVN3_WORD = /[A-Za-z][\u00A1-\u00B1\u00B4-\u00BA\u00BC-\u00BF]|(?<!\p{L})[\u00A7\u00AE](?=[A-Za-z\u00A1-\u00BF])/gu;

/**
 * VNI-Windows text: a base letter followed by a separate accent byte shown as
 * a Western letter, and "ñ"/"Ñ" for đ/Đ. Only accent letters that never occur
 * in Unicode Vietnamese are counted (ø huyền, û hỏi, ï nặng, å ä ë ü, ö = ư,
 * æ = ỉ, ñ = đ); "â", "á", "à" after a vowel are ordinary Vietnamese ("quân",
 * "hoà") and would flag every Unicode page.
 * Matches: "Ñaûng vieân" (Đảng viên), "coâng ñoaøn" (công đoàn), "ngöôøi".
 * Does not match: "Đảng viên", "quân đoàn", "hoà" (one foreign "Müller" is
 * a hit, but far below the threshold).
 */
const VNI_WORD = /[A-Za-z\u00E2\u00EA\u00F4][\u00F8\u00FB\u00EF\u00E5\u00E4\u00EB\u00FC\u00F6\u00E6\u00F1]|(?<!\p{L})[\u00F1\u00D1](?=[A-Za-z])/gu;

/**
 * Genuine Unicode Vietnamese letters: the precomposed block U+1EA0–U+1EF9 plus
 * ă â đ ê ô ơ ư and capitals. Used to tell a Unicode page from a legacy-font one.
 */
const UNICODE_VIETNAMESE_LETTER = /[\u1EA0-\u1EF9\u0102\u0103\u00C2\u00E2\u0110\u0111\u00CA\u00EA\u00D4\u00F4\u01A0\u01A1\u01AF\u01B0]/gu;

/** Fewest legacy-font hits before we report; below this a stray symbol is noise. */
const LEGACY_FONT_MIN_HITS = 5;

export type LegacyFont = 'tcvn3' | 'vni';

/**
 * Decodes a saved page. Charset precedence:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. the `charset` of the HTTP content-type header;
 * 3. `<meta charset>` or `<meta http-equiv=Content-Type>` in the first 4 KB;
 * 4. valid UTF-8 → utf-8;
 * 5. otherwise windows-1258.
 * A declared Western charset over valid multi-byte UTF-8 is overridden to
 * utf-8; an unknown label is skipped. The text is NFC-normalised (windows-1258
 * spells tones as combining marks). Problems are returned as `issues`.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeBytesOptions = {}): DecodedBytes {
  const issues: ExtractIssue[] = [];
  const bom = _sniffBom(bytes);
  let charset: string;
  let declared: Declaration | null = null;
  let start = 0;
  if (bom) {
    charset = bom.charset;
    start = bom.length;
  } else {
    ({ charset, declared } = _chooseCharset(bytes, options.contentType ?? null, issues));
  }
  const text = iconv.decode(bytes.subarray(start), charset, { stripBOM: true }).normalize('NFC');
  if (charset === 'utf-8' && declared && _utf8Status(bytes.subarray(start)) === 'invalid') {
    issues.push({ code: 'invalid-utf8', message: `declared ${declared.label} (from ${declared.source}) but the bytes are not valid UTF-8; replacement characters inserted` });
  }
  const legacy = detectLegacyFont(text);
  if (legacy)
    issues.push({
      code: 'legacy-font',
      message: `text looks typed in the legacy ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} font encoding; Vietnamese letters will be misread until converted`,
    });
  return { text, charset, issues };
}

/**
 * True when the bytes are not a text page: a known binary magic number, NUL
 * bytes without a UTF-16 BOM, or many control bytes in the first 8 KB. Lets
 * callers report "binary file" instead of extracting garbage.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (BINARY_MAGIC.some((magic) => _startsWith(bytes, magic.bytes))) return true;
  const bom = _sniffBom(bytes);
  if (bom && bom.charset.startsWith('utf-16')) return false;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    // tab, LF, FF, CR are text; ESC appears in ISO-2022 text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return control / end > CONTROL_BYTE_RATIO;
}

/**
 * Which legacy Vietnamese font encoding the text seems typed in, if any: at
 * least five characteristic hits, outnumbering a tenth of the genuine Unicode
 * Vietnamese letters (so a Unicode page quoting a few symbols is not flagged,
 * but a TCVN3 article inside a Unicode site chrome is).
 */
export function detectLegacyFont(text: string): LegacyFont | null {
  const tcvn3 = _countMatches(text, TCVN3_WORD);
  const vni = _countMatches(text, VNI_WORD);
  const best = tcvn3 >= vni ? { font: 'tcvn3' as const, hits: tcvn3 } : { font: 'vni' as const, hits: vni };
  if (best.hits < LEGACY_FONT_MIN_HITS) return null;
  const unicode = _countMatches(text, UNICODE_VIETNAMESE_LETTER);
  return best.hits * 10 >= unicode ? best.font : null;
}

function _countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

function _startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function _sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (_startsWith(bytes, [0xef, 0xbb, 0xbf])) return { charset: 'utf-8', length: 3 };
  if (_startsWith(bytes, [0xff, 0xfe])) return { charset: 'utf-16le', length: 2 };
  if (_startsWith(bytes, [0xfe, 0xff])) return { charset: 'utf-16be', length: 2 };
  return null;
}

interface Declaration {
  label: string;
  source: 'content-type header' | 'meta';
}

/** Header first, then meta (HTML's precedence); unknown labels are skipped with an issue. */
function _chooseCharset(
  bytes: Uint8Array,
  contentType: string | null,
  issues: ExtractIssue[],
): { charset: string; declared: Declaration | null } {
  const candidates: Declaration[] = [];
  const fromHeader = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  if (fromHeader) candidates.push({ label: fromHeader, source: 'content-type header' });
  const fromMeta = _metaCharset(bytes);
  if (fromMeta) candidates.push({ label: fromMeta, source: 'meta' });

  for (const candidate of candidates) {
    const charset = _canonicalCharset(candidate.label);
    if (!charset) {
      issues.push({ code: 'unknown-charset', message: `unknown charset "${candidate.label}" in the ${candidate.source}; ignored` });
      continue;
    }
    if (WESTERN_SINGLE_BYTE.has(charset) && _utf8Status(bytes) === 'multibyte') {
      issues.push({ code: 'charset-override', message: `declared ${candidate.label} (from ${candidate.source}) but the bytes are valid UTF-8 with multi-byte letters; decoded as utf-8` });
      return { charset: 'utf-8', declared: null };
    }
    return { charset, declared: candidate };
  }
  if (_utf8Status(bytes) !== 'invalid') return { charset: 'utf-8', declared: null };
  issues.push({ code: 'charset-guessed', message: `no charset declared and the bytes are not valid UTF-8; decoded as ${FALLBACK_CHARSET}` });
  return { charset: FALLBACK_CHARSET, declared: null };
}

/**
 * The HTML prescan, simplified: the first `<meta>` in the first 4 KB with a
 * `charset` attribute, or with `http-equiv=content-type` and a `content`
 * naming a charset.
 */
function _metaCharset(bytes: Uint8Array): string | null {
  const head = iconv.decode(bytes.subarray(0, META_PRESCAN_BYTES), 'latin1');
  for (const [tag] of head.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(TAG_ATTRIBUTE)) {
      const name = match[1]!.toLowerCase();
      if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
    }
    const direct = attributes.get('charset')?.trim();
    if (direct) return direct;
    if (attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const fromContent = CHARSET_PARAM.exec(attributes.get('content') ?? '')?.[1];
      if (fromContent) return fromContent;
    }
  }
  return null;
}

/** Canonical lower-case name iconv-lite knows, or null for an unknown label. */
function _canonicalCharset(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const aliased = CHARSET_ALIASES[lower] ?? lower;
  return iconv.encodingExists(aliased) ? aliased : null;
}

/**
 * Validates UTF-8 by hand (no exceptions): 'ascii' when every byte is < 0x80,
 * 'multibyte' when valid with at least one multi-byte sequence, 'invalid'
 * otherwise. Rejects overlongs, surrogates and code points above U+10FFFF.
 */
function _utf8Status(bytes: Uint8Array): 'ascii' | 'multibyte' | 'invalid' {
  let multibyte = false;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [need, min, cp] = [1, 0x80, b0 & 0x1f];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, min, cp] = [2, 0x800, b0 & 0x0f];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, min, cp] = [3, 0x10000, b0 & 0x07];
    else return 'invalid';
    if (i + need >= n) {
      // A sequence cut off by the end of a truncated download is tolerated
      // when the file is otherwise multi-byte UTF-8.
      for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return 'invalid';
      return multibyte ? 'multibyte' : 'invalid';
    }
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k]!;
      if ((b & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    multibyte = true;
    i += need + 1;
  }
  return multibyte ? 'multibyte' : 'ascii';
}
