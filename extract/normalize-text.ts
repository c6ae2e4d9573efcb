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
  // One pass over the code units (`_scanText`) says which steps have work to do; each step below runs
  // exactly when the text holds a character it acts on, so the result is that of running them all.
  let text = raw;
  let seen = _scanText(text);
  if ((seen & (TEXT_HAS_BREAK | TEXT_HAS_AMPERSAND)) !== 0) {
    // U+2028 / U+2029 are line breaks too: a .txt using them was one long title line with no body (test/robustness).
    if ((seen & TEXT_HAS_BREAK) !== 0) text = text.replace(/\r\n?|[\u2028\u2029]/gu, '\n');
    if (text.includes('&')) text = decodeEntities(text);
    text = text.normalize('NFC');
    seen = _scanText(text);
  } else if ((seen & TEXT_MAY_NEED_NFC) !== 0) {
    text = text.normalize('NFC');
    seen = _scanText(text);
  }
  // (Otherwise every code unit is NFC-stable (see NFC_STABLE_RANGES): NFC would return the text as it is.)
  if ((seen & TEXT_HAS_ODD_OR_HIDDEN) !== 0) {
    text = text.replace(INVISIBLE_CHARS, '').replace(CONTROL_CHARS, '').replace(ODD_SPACES, ' ');
    // (Removing invisible characters can join an old-style pair: "o\u200Bà" → "oà".)
    return text.replace(OLD_TONE.pattern, (form) => OLD_TONE.replacements.get(form) ?? form);
  }
  // (Every OLD_TONE match is a first letter directly followed by a toned second letter and then no letter: no such pair, nothing to rewrite.)
  if ((seen & TEXT_HAS_TONE_PAIR) !== 0) text = text.replace(OLD_TONE.pattern, (form) => OLD_TONE.replacements.get(form) ?? form);
  return _moveClosedTone(text);
}

/**
 * A tone typed on the "o" of "oa"/"oe" before a final consonant, "đòan viên", "tóan", where both conventions put it on
 * the second vowel ("đoàn", "toán"): moved there. (No Vietnamese syllable has it on the "o".)
 */
const CLOSED_TONE_ON_O = /([òóỏõọÒÓỎÕỌ])([aAeE])(?=(?:ng|nh|ch|[cmnptNGHCMPT])(?![\p{L}]))/gu;
function _moveClosedTone(text: string): string {
  return text.replace(CLOSED_TONE_ON_O, (_whole, toned: string, second: string) => {
    const parts = toned.normalize('NFD');
    return parts.charAt(0) + (second + parts.slice(1)).normalize('NFC');
  });
}

// What `_scanText` reports (bits of its result).
/** A code unit that NFC might change or that might combine with a neighbour (outside NFC_STABLE_RANGES). */
const TEXT_MAY_NEED_NFC = 1;
/** "\r", U+2028 or U+2029. */
const TEXT_HAS_BREAK = 2;
/** "&", the start of an entity. */
const TEXT_HAS_AMPERSAND = 4;
/** A character of ODD_OR_HIDDEN. */
const TEXT_HAS_ODD_OR_HIDDEN = 8;
/**
 * A first letter of OLD_TONE ("o", "O", "u", "U") directly followed by one of its toned second letters, and
 * then by the end of the text or a code unit that is not a letter (OLD_TONE's `(?![\p{L}])`).
 */
const TEXT_HAS_TONE_PAIR = 16;
// Per-code-unit flags only (never reported): the two halves of a tone pair, one bit apart, and a letter
// one bit above the second (see `_scanText`).
const UNIT_TONE_FIRST = 32;
const UNIT_TONE_SECOND = UNIT_TONE_FIRST << 1;
/**
 * A BMP letter outside the surrogates (`\p{L}` on the code unit alone). A surrogate is never marked: its
 * code point may be a letter or not, so after a pair it counts as a possible end (the regex then decides).
 */
const UNIT_LETTER = UNIT_TONE_SECOND << 1;
/** The TEXT_* bits. */
const TEXT_FLAGS = 0x1f;

/**
 * Code units that are NFC_QC=Yes with canonical combining class 0 (UAX #15 §9): a text made only of
 * them is already NFC, so `normalize('NFC')` would return it unchanged. Basic Latin to Spacing
 * Modifiers (below the combining marks at U+0300), Latin Extended Additional (the precomposed
 * Vietnamese letters), General Punctuation but U+2000 and U+2001 (which NFC maps to U+2002 and U+2003),
 * the currency signs. Checked once against every BMP neighbour: none composes or reorders.
 */
const NFC_STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2002, 0x206f],
  [0x20a0, 0x20c0],
];

/** One letter (`\p{L}`), for UNIT_LETTER. Matches "ệ"; not "-". */
const LETTER = /^\p{L}$/u;

/** Flags of every UTF-16 code unit, built at load from the rules above (surrogates: may need NFC). */
const UNIT_FLAGS: Uint8Array = _buildUnitFlags();

function _buildUnitFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000).fill(TEXT_MAY_NEED_NFC);
  for (const [from, to] of NFC_STABLE_RANGES) flags.fill(0, from, to + 1);
  for (const unit of [0x0d, 0x2028, 0x2029]) flags[unit]! |= TEXT_HAS_BREAK;
  flags[0x26]! |= TEXT_HAS_AMPERSAND;
  // The class of ODD_OR_HIDDEN holds only BMP characters outside the surrogates: a code unit test is a code point test.
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const ch = String.fromCharCode(unit);
    if (ODD_OR_HIDDEN.test(ch)) flags[unit]! |= TEXT_HAS_ODD_OR_HIDDEN;
    if (LETTER.test(ch)) flags[unit]! |= UNIT_LETTER;
  }
  for (const form of OLD_TONE.replacements.keys()) {
    flags[form.charCodeAt(0)]! |= UNIT_TONE_FIRST;
    flags[form.charCodeAt(1)]! |= UNIT_TONE_SECOND;
  }
  return flags;
}

/**
 * The TEXT_* flags of `text`, in one pass over its code units (branch-free: this loop is most of normalizeText's time).
 * TEXT_HAS_TONE_PAIR is set whenever OLD_TONE can match (its first letter, its second letter, then no letter),
 * and also on a few pairs it cannot ("qu", "oỳ"): it only decides whether the regex runs.
 */
function _scanText(text: string): number {
  let seen = 0;
  let pairs = 0;
  // The previous unit's flags moved up one bit: its UNIT_TONE_FIRST lands on UNIT_TONE_SECOND.
  let previous = 0;
  // UNIT_TONE_SECOND where the previous two units were a pair; the current unit's UNIT_LETTER moved down one
  // bit lands there too, and clears it: a pair followed by a letter is no match.
  let pairBefore = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = UNIT_FLAGS[text.charCodeAt(i)]!;
    seen |= unit;
    pairs |= pairBefore & ~(unit >> 1);
    pairBefore = previous & unit;
    previous = unit << 1;
  }
  // (A pair at the very end is followed by no letter.)
  pairs |= pairBefore;
  return (seen & TEXT_FLAGS) | ((pairs & UNIT_TONE_SECOND) !== 0 ? TEXT_HAS_TONE_PAIR : 0);
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
