import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERION_BEFORE, CRITERION_BEFORE_ENDS, DATE_WORD_BEFORE, DATE_WORD_BEFORE_ENDS, LABEL_BEFORE, LABEL_BEFORE_ENDS, QUOTA_BEFORE, mayEndQuota } from '../extract/cues.js';
import { HEDGE_AT_END, HEDGE_ENDS } from '../extract/facts/percent-reading.js';
import { WordEndings, execAtBoundary, isSpaceCode, isWordUnit, letterBefore } from '../extract/word-boundary.js';
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

describe('WordEndings gates in front of end-anchored cues', () => {
  /** Every text before a digit in the project's corpora, plus each cue's own words at the end of random text. */
  function leftsBeforeDigits(): string[] {
    const out: string[] = [];
    for (const dir of ['test/golden', 'test/heldout', 'test/blind2', 'test/blind3', 'test/blind4']) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        for (let i = 1; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c >= 0x30 && c <= 0x39 && !(text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39)) out.push(text.slice(Math.max(0, text.lastIndexOf('\n', i) + 1), i));
        }
      }
    }
    return out;
  }

  const GATES: Array<[string, RegExp, WordEndings | ((left: string) => boolean), number]> = [
    ['LABEL_BEFORE', LABEL_BEFORE, LABEL_BEFORE_ENDS, 24],
    ['DATE_WORD_BEFORE', DATE_WORD_BEFORE, DATE_WORD_BEFORE_ENDS, 16],
    ['CRITERION_BEFORE', CRITERION_BEFORE, CRITERION_BEFORE_ENDS, 60],
    ['QUOTA_BEFORE', QUOTA_BEFORE, mayEndQuota, 64],
    ['HEDGE_AT_END', HEDGE_AT_END, HEDGE_ENDS, 48],
  ];

  it('never turn away a text the regex matches: every text before a figure in the corpora, and random endings', () => {
    const lefts = leftsBeforeDigits();
    expect(lefts.length).toBeGreaterThan(3000);
    const next = seededRandom(5);
    for (const [name, re, gate, tail] of GATES) {
      const words = re.source.replace(/\\[pPu]\{[^}]*\}|\\./gu, ' ').match(/\p{L}+(?: \p{L}+)?/gu) ?? [];
      const random = Array.from({ length: 3000 }, () => {
        const w = words[Math.floor(next() * words.length)]!;
        const cased = next() < 0.5 ? w : w.toUpperCase();
        return `${PIECES[Math.floor(next() * PIECES.length)]!}${cased}${next() < 0.5 ? ' ' : next() < 0.5 ? '' : ': '}`;
      });
      let matched = 0;
      for (const left of [...lefts, ...random]) {
        if (!re.test(left.slice(-tail))) continue;
        matched++;
        const open = typeof gate === 'function' ? gate(left) : gate.endsText(left);
        expect(open, `${name} on ${JSON.stringify(left.slice(-tail))}`).toBe(true);
      }
      expect(matched, name).toBeGreaterThan(20);
    }
  });

  it('close on the usual words before a count', () => {
    for (const left of ['kết nạp ', 'Đảng bộ có ', 'đạt ', 'với tổng cộng ', 'là 5 đảng viên, ']) {
      expect(LABEL_BEFORE_ENDS.endsText(left), left).toBe(false);
      expect(DATE_WORD_BEFORE_ENDS.endsText(left), left).toBe(false);
    }
    expect(LABEL_BEFORE_ENDS.endsText('Khối thi đua số ')).toBe(true);
    expect(LABEL_BEFORE_ENDS.endsText('BQL ')).toBe(true);
    expect(DATE_WORD_BEFORE_ENDS.endsText('Giai Đoạn')).toBe(true);
  });
});
