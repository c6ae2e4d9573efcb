import { describe, expect, it } from 'vitest';
import { execAtBoundary, isSpaceCode, isWordUnit, letterBefore } from '../extract/word-boundary.js';
import { seededRandom } from './helpers/seeded-random.js';

/** Pieces random texts are made of: cue words, letters glued to them, digits, spaces, punctuation, an astral letter. */
const PIECES = ['ba', 'hai', 'kết nạp', 'Kết Nạp', 'đảng viên', 'x', 'đ', 'ư', '5', ' ', ' ', '\u00a0', ',', '(', '“', '-', '×', '𠀀', 'α', '\u0301', 'bao', 'nạp'];
const ALT = 'kết nạp|ba|hai|đảng viên|nạp';

function randomText(next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 14);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}

function allMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function boundaryMatches(re: RegExp, text: string, digits: boolean): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = execAtBoundary(re, text, digits); m; m = execAtBoundary(re, text, digits)) out.push([m.index, m[0]]);
  return out;
}

describe('execAtBoundary', () => {
  it('finds exactly the matches of the same alternation behind (?<![\\p{L}]) — 3,000 random texts', () => {
    const next = seededRandom(20261121);
    const withLookbehind = new RegExp(`(?<![\\p{L}])(?:${ALT})`, 'giu');
    const bare = new RegExp(`(?:${ALT})`, 'giu');
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next);
      const expected = allMatches(withLookbehind, text);
      expect(boundaryMatches(bare, text, false), JSON.stringify(text)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('finds exactly the matches behind (?<![\\p{L}\\p{N}]) with digits set — 3,000 random texts', () => {
    const next = seededRandom(7);
    const withLookbehind = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALT})`, 'giu');
    const bare = new RegExp(`(?:${ALT})`, 'giu');
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next);
      expect(boundaryMatches(bare, text, true), JSON.stringify(text)).toEqual(allMatches(withLookbehind, text));
    }
  });

  it('skips a cue glued to a word and keeps the same cue after a space', () => {
    const re = /(?:ba)/gu;
    expect(boundaryMatches(re, 'xbao ba', false)).toEqual([[5, 'ba']]);
    expect(boundaryMatches(re, 'xba 5ba', false)).toEqual([[5, 'ba']]);
    expect(boundaryMatches(re, 'xba 5ba', true)).toEqual([]);
  });
});

describe('letterBefore', () => {
  it('reads Vietnamese letters, digits, punctuation and surrogate pairs as \\p{L}/\\p{N} do', () => {
    expect(letterBefore('ư ba', 2, false)).toBe(false);
    expect(letterBefore('ưba', 1, false)).toBe(true);
    expect(letterBefore('5ba', 1, false)).toBe(false);
    expect(letterBefore('5ba', 1, true)).toBe(true);
    expect(letterBefore('×ba', 1, false)).toBe(false);
    expect(letterBefore('𠀀ba', 2, false)).toBe(true);
    expect(letterBefore('αba', 1, false)).toBe(true);
    expect(letterBefore('ba', 0, false)).toBe(false);
  });
});

describe('isSpaceCode and isWordUnit', () => {
  it('agree with \\s and with [\\p{L}\\p{N}] on every BMP code unit they claim', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/^\s$/u.test(ch));
      if (isWordUnit(c)) expect(/^[\p{L}\p{N}]$/u.test(ch), `U+${c.toString(16)}`).toBe(true);
    }
  });
});
