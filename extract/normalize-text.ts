/**
 * Text hygiene, done once at the entry point of extraction: everything after
 * this sees NFC text with one tone-mark convention, plain spaces and no
 * invisible characters.
 */

/** Zero-width and formatting characters that scraped pages carry: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi marks and overrides. */
const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Spaces other than U+0020 that behave as spaces: NBSP, the U+2000 block, narrow NBSP, ideographic space.
 * Tabs stay: they separate the cells of tables pasted from Word (extract/facts/table-layout.ts).
 */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\v\f]/gu;

/** C0/C1 control characters other than \n and \r (those are line breaks). */
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
/** Any character of the three classes above: one scan says whether the three replacements have work to do. */
const ODD_OR_HIDDEN = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\v\f\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u;

/**
 * Old-style ("hoà") versus new-style ("hòa") tone placement. Vietnamese pages
 * mix both; we rewrite to the new style, which is also the gazetteer's:
 * oà→òa, oá→óa, oả→ỏa, oã→õa, oạ→ọa, oè→òe…, uỳ→ùy…, and their capitals.
 * Only the three vowel pairs where both conventions are common are touched.
 * Example it rewrites: "Khánh Hoà" → "Khánh Hòa", "Uỷ ban" → "Ủy ban".
 * Example it keeps: "hoàn" (the tone sits on "a" because a consonant follows).
 */
const OLD_TONE = buildToneRule();

function buildToneRule(): { pattern: RegExp; replacements: ReadonlyMap<string, string> } {
  // tone marks: grave, acute, hook, tilde, dot below
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const replacements = new Map<string, string>();
  const pairs: Array<[string, string]> = [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ];
  for (const [first, second] of pairs) {
    for (const tone of tones) {
      for (const [f, s] of [
        [first, second],
        [first.toUpperCase(), second],
        [first.toUpperCase(), second.toUpperCase()],
      ] as const) {
        replacements.set((f + (s + tone)).normalize('NFC'), ((f + tone).normalize('NFC') + s).normalize('NFC'));
      }
    }
  }
  // One pass for all 45 forms, as two character pairs (a class of first letters, a class of toned
  // second letters: V8 scans for a class far faster than for 45 alternatives; a pair the map lacks,
  // such as "oÀ", is left as it is). Only at the end of a syllable: "hoà " yes, "hoàn" no. "qu" + y
  // is a consonant cluster ("quý"), so "uý" after q keeps its mark on y.
  const seconds = (first: string) => [...new Set([...replacements.keys()].filter((k) => k[0]!.toLowerCase() === first).map((k) => k.slice(1)))].join('');
  return { pattern: new RegExp(`(?:[oO][${seconds('o')}]|(?<![qQ])[uU][${seconds('u')}])(?![\\p{L}])`, 'gu'), replacements };
}

/** Decodes the handful of HTML entities that survive in scraped plain text. */
const ENTITY = /&(#x[0-9a-f]+|#\d+|nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|laquo|raquo|ldquo|rdquo|lsquo|rsquo);/giu;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
};

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10), whole);
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/**
 * NFC, new-style tone marks, entities decoded, odd spaces made plain, invisible
 * and control characters removed, CRLF, CR, U+2028 and U+2029 made LF. Line structure is kept: lines
 * are paragraphs in scraped text.
 */
export function normalizeText(raw: string): string {
  // U+2028 / U+2029 are line breaks too: a .txt using them was one long title line with no body (test/robustness).
  let text = raw.includes('\r') || raw.includes('\u2028') || raw.includes('\u2029') ? raw.replace(/\r\n?|[\u2028\u2029]/gu, '\n') : raw;
  if (text.includes('&')) text = decodeEntities(text);
  text = text.normalize('NFC');
  if (ODD_OR_HIDDEN.test(text)) text = text.replace(INVISIBLE_CHARS, '').replace(CONTROL_CHARS, '').replace(ODD_SPACES, ' ');
  text = text.replace(OLD_TONE.pattern, (form) => OLD_TONE.replacements.get(form) ?? form);
  return text;
}

/**
 * Folds Vietnamese to bare lower-case ASCII for matching names: "Bình Phước" →
 * "binh phuoc", "Đắk Lắk" → "dak lak", "Khánh Hoà" = "Khánh Hòa" → "khanh hoa".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}
