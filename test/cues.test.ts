/**
 * Every cue in extract/cues.ts carries an example it must match and one it
 * must not (STYLE.md point 4): this table holds them to it.
 */
import { describe, expect, it } from 'vitest';
import { countWordIn, NOUN_CUES, VERB_CUES, TARGET_CUE, TARGET_CUE_EXCLUDED_BEFORE, RESULT_CUE, BREAKDOWN_CUE, TRAILING_ADMIT_PARTY, TRAILING_JOIN_UNION } from '../extract/cues.js';
import { metricFor } from '../extract/extract-facts.js';

describe('noun cues', () => {
  it.each(NOUN_CUES.map((c) => [c.cls, c] as const))('%s: matches its example and not its counter-example', (_cls, cue) => {
    const re = new RegExp(`(?<![\\p{L}])(?:${cue.pattern})`, 'iu');
    expect(re.test(cue.example), cue.example).toBe(true);
    expect(re.test(cue.counterExample), cue.counterExample).toBe(false);
  });
});

describe('verb cues', () => {
  it.each(VERB_CUES.map((c) => [c.cls, c.example, c] as const))('%s: %s', (_cls, _example, cue) => {
    const re = new RegExp(`(?<![\\p{L}])(?:${cue.pattern})(?![\\p{L}])`, 'iu');
    expect(re.test(cue.example), cue.example).toBe(true);
    expect(re.test(cue.counterExample), cue.counterExample).toBe(false);
  });
});

describe('context cues', () => {
  const goal = (s: string): boolean => {
    TARGET_CUE.lastIndex = 0;
    for (let m = TARGET_CUE.exec(s); m; m = TARGET_CUE.exec(s)) if (!TARGET_CUE_EXCLUDED_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index))) return true;
    return false;
  };
  it.each(['Mục tiêu năm 2017 là', 'phấn đấu giới thiệu', 'chỉ tiêu kết nạp', 'Theo kế hoạch, năm 2025', 'đề nghị: các cấp công đoàn'])('goal: %s', (s) => expect(goal(s)).toBe(true));
  it.each(['đạt 60% so với chỉ tiêu', 'hoàn thành các chỉ tiêu', 'đạt 56,4% chỉ tiêu năm', 'Kế hoạch 15-KH/TU', 'không phải'])('not a goal: %s', (s) => expect(goal(s)).toBe(false));
  it.each([
    [RESULT_CUE, 'đến nay đã kết nạp', 'đã đề ra'],
    [BREAKDOWN_CUE, 'trong đó Công đoàn', 'trong đợt này'],
    [TRAILING_ADMIT_PARTY, '50% được kết nạp', '50% được khen thưởng'],
    [TRAILING_JOIN_UNION, 'gia nhập tổ chức công đoàn', 'gia nhập hợp tác xã'],
  ] as const)('%s', (re, yes, no) => {
    re.lastIndex = 0;
    expect(re.test(yes)).toBe(true);
    re.lastIndex = 0;
    expect(re.test(no)).toBe(false);
  });
});

describe('countWordIn: the first word naming a count or a rate before its noun', () => {
  it.each([
    ['Tổng số đảng viên của Đảng bộ là 1.234', 0, 'Tổng số '],
    ['tỷ lệ đoàn viên trên tổng số lao động đạt 92%', 0, 'tỷ lệ '],
    ['Đến nay, số lượng công đoàn cơ sở là 463', 9, 'số lượng '],
    // "con số" before a noun counts it; before a demonstrative or an adverb it is a figure, and a later count word is the one.
    ['con số tổ chức cơ sở đảng đã tăng lên 68', 4, 'số '],
    ['Con số này cho thấy tỷ lệ đảng viên còn thấp', 20, 'tỷ lệ '],
    ['con số rất đáng mừng', null, null],
    ['con số 5', null, null],
    // A label's count word with its colon is no count word before a noun; "chỉ số" is read for its "số", as the rules always did.
    ['Tổng số: 463', null, null],
    ['chỉ số hài lòng', 4, 'số '],
  ] as const)('%s', (text, index, word) => {
    const m = countWordIn(text);
    expect(m === null ? null : m.index).toBe(index);
    expect(m === null ? null : m[0]).toBe(word);
  });
});

describe('metricFor: noun class × verb class', () => {
  const ctx = { sentence: 'Công đoàn kết nạp đoàn viên', at: 20, trailing: '' };
  it.each([
    ['party_member', 'admit', 'party_admissions', 'flow'],
    ['party_member', 'increase', 'party_members', 'flow'],
    ['party_member', null, 'party_members', 'stock'],
    ['party_org', 'found', 'party_organizations', 'flow'],
    ['union_org', 'stock', 'union_grassroots', 'stock'],
    ['member', 'admit', 'union_members', 'flow'],
    ['outstanding', 'refer', 'referrals', 'flow'],
    ['outstanding', 'admit', 'party_admissions', 'flow'],
    ['worker', 'stock', 'workers', 'stock'],
    ['enterprise', 'mobilize', 'enterprises', 'flow'],
  ] as const)('%s × %s → %s %s', (noun, verb, metric, kind) => {
    expect(metricFor(noun, verb, ctx)).toEqual({ metric, kind });
  });
  it.each([['party_member', 'award'], ['person', 'stock'], ['staff', 'stock']] as const)('%s × %s → nothing', (noun, verb) => {
    expect(metricFor(noun, verb, ctx)).toBeNull();
  });
});
