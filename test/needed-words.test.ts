import { afterEach, describe, expect, it } from 'vitest';
import '../extract/index.js';
import { _checkGates, _GATES, gated, neededWords } from '../extract/needed-words.js';
import { seededRandom } from './helpers/seeded-random.js';

describe('neededWords', () => {
  it.each([
    [/(?:đội|câu lạc bộ|CLB)[^;]{0,40}gồm\s+$/iu, ['gồm']],
    [/(?:đại diện|thay mặt) cho\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$/iu, ['thay mặt', 'đại diện']],
    [/(?<![\p{L}])hiện(?: nay)? (?:có|là)(?![\p{L}])[^;]*$/iu, ['hiện']],
    [/^\s*lượt\s+(?=học viên|người học)/iu, ['lượt']],
    [/(?:tổng số|số lượng|số)\s+([^:;,.()\d]{2,40}?)\s*(?::|là)\s*$/iu, ['số']],
    // Case-sensitive: the lower case is what the sentence's lower-cased copy holds.
    [/Đảng ủy Khối/u, ['đảng ủy khối']],
    // A group repeated at least once vouches for its words; of two words every match holds, the longer is looked up.
    [/(?:tổ chức\s+)+cơ sở\.\s/u, ['tổ chức']],
    [/(?:số\s+)+cơ sở\.\s/u, ['cơ sở.']],
    // Alternatives holding one another: the shorter is enough.
    [/(?:kết nạp|nạp)\s/u, ['nạp']],
  ] as const)('%s needs one of %j', (re, words) => {
    expect(neededWords(re)).toEqual(words);
  });

  it.each([
    // Nothing every match holds: an optional part, a class, an escape, a lookaround.
    [/(?:kết nạp)?\d+/u],
    [/[.!?:;…]\s*$/u],
    [/\d+/u],
    [/(?=kết nạp)\d/u],
    // A word shorter than two letters, or one alternative without a word.
    [/(?:a|bc)\s/u],
    [/(?:kết nạp|\d+)/u],
    // Letters whose /iu folding is not their lower case (Greek, Cyrillic) are not read.
    [/σύνολο/iu],
    // More than twelve words.
    [/(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm)/u],
    // /i without u folds by upper case.
    [/kết nạp/i],
  ] as const)('%s needs nothing it can vouch for', (re) => {
    expect(neededWords(re)).toBeNull();
  });
});

/** Words of a regex's source (its literal letter runs, two at a time), to build texts it matches. */
function wordsOf(re: RegExp): string[] {
  const runs = re.source.replace(/\\[pPu]\{[^}]*\}|\\./gu, ' ').match(/[\p{L}\d]+(?: [\p{L}\d]+)?/gu) ?? [];
  return [...new Set(runs)];
}

const OTHER = ['5', '2024', '1.200', ' ', ' ', '  ', '\u00a0', ',', ':', '.', '(', ')', '-', '–', '/', '%', ';', 'x', 'Đ', 'đ', 'ſ', 'K', 'ẞ'];

function randomText(words: readonly string[], next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) {
    if (next() < 0.6 && words.length > 0) {
      const w = words[Math.floor(next() * words.length)]!;
      const r = next();
      s += r < 0.5 ? w : r < 0.7 ? w.toUpperCase() : r < 0.9 ? w.charAt(0).toUpperCase() + w.slice(1) : [...w].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
    } else s += OTHER[Math.floor(next() * OTHER.length)]!;
    if (next() < 0.6) s += ' ';
  }
  return s;
}

describe('GatedRegExp', () => {
  afterEach(() => _checkGates(false));

  it('gates the rules of the extractor (most of them vouch for a word)', () => {
    expect(_GATES.length).toBeGreaterThanOrEqual(1);
    const withWords = _GATES.filter((g) => g.needs !== null).length;
    expect(withWords / _GATES.length).toBeGreaterThan(0.5);
  });

  it('never skips a match: every text a gated regex matches holds one of its words — 2,000 random texts per gate', () => {
    const next = seededRandom(20261121);
    let matched = 0;
    for (const gate of _GATES) {
      if (gate.needs === null) continue;
      const words = wordsOf(gate.re);
      for (let i = 0; i < 2000; i++) {
        const text = randomText(words, next);
        // Run as the extractor runs it: the text is its own sentence.
        const direct = gate.re.test(text);
        expect(gate.test(text, text), `/${gate.re.source.slice(0, 80)}/ on ${JSON.stringify(text)}`).toBe(direct);
        if (direct) matched++;
      }
    }
    // (The texts are built from the regexes' words, so many match.)
    expect(matched).toBeGreaterThan(_GATES.filter((g) => g.needs !== null).length * 20);
  });

  it('runs its regex on the part of a sentence only when the sentence holds a word, whatever its case', () => {
    const g = gated(/(?:đội|câu lạc bộ|CLB)[^;]{0,40}gồm\s+$/iu);
    const sentence = 'Đội văn nghệ GỒM 25 nữ đoàn viên';
    expect(g.test(sentence.slice(0, 17), sentence)).toBe(true);
    expect(g.test('Chi bộ có 25 đảng viên', 'Chi bộ có 25 đảng viên')).toBe(false);
  });

  it('opens every gate in a sentence holding a letter whose folding is not its lower case (ſ folds to s under /iu)', () => {
    const g = gated(/\bsố\b/iu);
    expect(g.needs).not.toBeNull();
    expect(g.test('ſố', 'ſố 5')).toBe(/\bsố\b/iu.test('ſố'));
  });

  it('checks itself while the tests ask: a skipped match, or an input that is not a part of its sentence, throws', () => {
    _checkGates(true);
    const g = gated(/kết nạp\s+$/iu);
    expect(() => g.test('Kết nạp ', 'Chi bộ có 25 đảng viên')).toThrow(/not a part of the sentence/u);
    expect(g.test('Chi bộ có ', 'Chi bộ có 25 đảng viên')).toBe(false);
  });

  it('refuses a global or sticky regex', () => {
    expect(() => gated(/kết nạp/gu)).toThrow(/lastIndex/u);
    expect(() => gated(/kết nạp/uy)).toThrow(/lastIndex/u);
  });
});
