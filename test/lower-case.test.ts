import { describe, expect, it } from 'vitest';
import '../extract/index.js';
import { _TWINS, lowerCased, lowerTwin } from '../extract/lower-case.js';
import { seededRandom } from './helpers/seeded-random.js';

/** Words of a regex's source (its literal letter runs, two at a time), to build texts it matches. */
function wordsOf(re: RegExp): string[] {
  const runs = re.source.replace(/\\[pPu]\{[^}]*\}|\\./gu, ' ').match(/[\p{L}\d]+(?: [\p{L}\d]+)?/gu) ?? [];
  return [...new Set(runs)];
}

const OTHER = ['5', '2024', '12/2023', ' ', ' ', '  ', '\u00a0', ',', ':', '.', '(', ')', '-', '–', '/', '%', 'x', 'Đ', 'đ', 'İ', 'ǅ', 'ß'];

function recase(word: string, next: () => number): string {
  const r = next();
  if (r < 0.4) return word;
  if (r < 0.6) return word.toUpperCase();
  if (r < 0.8) return word.charAt(0).toUpperCase() + word.slice(1);
  return [...word].map((c) => (next() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

function randomText(words: readonly string[], next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 16);
  for (let i = 0; i < n; i++) {
    s += next() < 0.55 && words.length > 0 ? recase(words[Math.floor(next() * words.length)]!, next) : OTHER[Math.floor(next() * OTHER.length)]!;
    if (next() < 0.6) s += ' ';
  }
  return s;
}

/** Every match as index, length and which groups took part: what the callers read. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags.replace('y', '') : `${re.flags.replace('y', '')}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push(`${m.index}+${m[0].length}:${m.slice(1).map((g) => (g === undefined ? '-' : g.length)).join(',')}`);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

describe('lowerTwin', () => {
  it('is used by the sentence scans (verbs, nouns, goals, breakdowns, scopes, number words, periods)', () => {
    expect(_TWINS.length).toBeGreaterThanOrEqual(20);
  });

  it('matches the lower-cased text exactly where the case-insensitive original matches the text — 1,500 random texts per regex', () => {
    const next = seededRandom(20261121);
    let compared = 0;
    for (const [original, twin] of _TWINS) {
      const words = wordsOf(original);
      for (let i = 0; i < 1500; i++) {
        const text = randomText(words, next);
        const lower = lowerCased(text);
        if (lower === null) continue;
        const expected = matches(original, text);
        expect(matches(twin, lower), `/${original.source.slice(0, 60)}…/ on ${JSON.stringify(text)}`).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });

  it('keeps escapes and group names, lower-cases literal letters and A-Z', () => {
    expect(lowerTwin(/(?<Name>Đảng bộ)\s\S\p{L}[A-ZĐ]\u00C0/giu).source).toBe('(?<Name>đảng bộ)\\s\\S\\p{L}[a-zđ]\\u00C0');
    expect(lowerTwin(/(?<![qQ])uỳ(?=X)/iu).flags).toBe('u');
  });

  it('refuses what lower-casing would change: case properties, ranges of cased letters, a case-sensitive regex', () => {
    expect(() => lowerTwin(/\p{Lu}/iu)).toThrow(/case property/u);
    expect(() => lowerTwin(/[À-Ỹ]/iu)).toThrow(/class range/u);
    expect(() => lowerTwin(/abc/u)).toThrow(/not case-insensitive/u);
  });
});

describe('lowerCased', () => {
  it('lower-cases Vietnamese text at the same offsets', () => {
    expect(lowerCased('Kết nạp 56 ĐẢNG VIÊN, Ủy ban')).toBe('kết nạp 56 đảng viên, ủy ban');
  });

  it('says null when lower-casing would move offsets (İ becomes two code units), so callers use the original regex', () => {
    expect(lowerCased('İstanbul 5 đảng viên')).toBeNull();
    expect(lowerCased('istanbul')).toBe('istanbul');
  });
});
