/**
 * `vntally schedule`'s cron parser (pipeline/run/cron.ts) as tables:
 * expressions and the values each field takes, expressions that must be
 * refused with the field named, the next matching time from fixed instants
 * (vitest pins TZ to Asia/Ho_Chi_Minh, UTC+7 without daylight saving), and
 * the schedule loop driven by a fake clock.
 */
import { describe, expect, it } from 'vitest';
import { nextCronTime, nextCronTimes, parseCron, type CronSchedule } from '../pipeline/run/cron.js';
import { formatLocalTime, formatWait, runSchedule } from '../pipeline/run/schedule-loop.js';

function parsed(expression: string): CronSchedule {
  const result = parseCron(expression);
  if (!result.ok) throw new Error(`${expression}: ${result.problem}`);
  return result.schedule;
}

const sorted = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);
const range = (from: number, to: number, step = 1): number[] => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/** A local time in Vietnam (the test TZ): "2025-06-01 02:00". */
function at(text: string): Date {
  const [date, time = '00:00'] = text.split(' ');
  const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm);
}

describe('parseCron: fields', () => {
  it.each<[string, { minutes?: number[]; hours?: number[]; dom?: number[]; months?: number[]; dow?: number[] }]>([
    ['0 2 * * *', { minutes: [0], hours: [2], dom: range(1, 31), months: range(1, 12), dow: range(0, 6) }],
    ['*/15 * * * *', { minutes: [0, 15, 30, 45], hours: range(0, 23) }],
    ['5,10-12 */6 1,15 * *', { minutes: [5, 10, 11, 12], hours: [0, 6, 12, 18], dom: [1, 15] }],
    ['0 9-17/2 * * mon-fri', { hours: [9, 11, 13, 15, 17], dow: [1, 2, 3, 4, 5] }],
    ['0 0 * jan,jul *', { months: [1, 7] }],
    ['0 0 * * 7', { dow: [0] }],
    ['0 0 * * 0,7', { dow: [0] }],
    ['0 0 * * SUN', { dow: [0] }],
    ['30 4 1/10 * *', { minutes: [30], hours: [4], dom: [1, 11, 21, 31] }],
    ['0 0 * * 5-7', { dow: [0, 5, 6] }],
    ['  0   2  *  *  *  ', { minutes: [0], hours: [2] }],
    ['@daily', { minutes: [0], hours: [0], dom: range(1, 31) }],
    ['@hourly', { minutes: [0], hours: range(0, 23) }],
    ['@weekly', { minutes: [0], hours: [0], dow: [0] }],
    ['@monthly', { dom: [1], months: range(1, 12) }],
    ['@yearly', { dom: [1], months: [1] }],
  ])('%s', (expression, expected) => {
    const s = parsed(expression);
    if (expected.minutes) expect(sorted(s.minutes)).toEqual(expected.minutes);
    if (expected.hours) expect(sorted(s.hours)).toEqual(expected.hours);
    if (expected.dom) expect(sorted(s.daysOfMonth)).toEqual(expected.dom);
    if (expected.months) expect(sorted(s.months)).toEqual(expected.months);
    if (expected.dow) expect(sorted(s.daysOfWeek)).toEqual(expected.dow);
  });
});

describe('parseCron: refused, with the reason', () => {
  it.each<[string, RegExp]>([
    ['', /expected 5 fields/u],
    ['0 2 * *', /expected 5 fields .*got 4/u],
    ['0 2 * * * *', /got 6/u],
    ['60 * * * *', /minute: "60" is outside 0-59/u],
    ['* 24 * * *', /hour: "24" is outside 0-23/u],
    ['* * 0 * *', /day of month: "0" is outside 1-31/u],
    ['* * * 13 *', /month: "13" is outside 1-12/u],
    ['* * * * 8', /day of week: "8" is outside 0-7/u],
    ['5-1 * * * *', /minute: range "5-1" runs backwards/u],
    ['*/0 * * * *', /minute: step must be at least 1/u],
    ['1- * * * *', /minute: cannot read "1-"/u],
    ['*/ * * * *', /minute: cannot read/u],
    ['a * * * *', /minute: "a" is not a number$/u],
    ['* * * foo *', /month: "foo" is not a number or a name/u],
    ['* * * * mon-xyz', /day of week: "mon-xyz" is not a number or a name/u],
    ['1,,2 * * * *', /minute: cannot read ""/u],
    ['@reboot', /unknown macro "@reboot"/u],
  ])('%j', (expression, problem) => {
    const result = parseCron(expression);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe('nextCronTime (local time, strictly after)', () => {
  it.each<[string, string, string]>([
    // expression, after, next
    ['0 2 * * *', '2025-06-01 01:59', '2025-06-01 02:00'],
    ['0 2 * * *', '2025-06-01 02:00', '2025-06-02 02:00'],
    ['0 2 * * *', '2025-12-31 03:00', '2026-01-01 02:00'],
    ['*/15 * * * *', '2025-06-01 10:07', '2025-06-01 10:15'],
    ['*/15 * * * *', '2025-06-01 23:50', '2025-06-02 00:00'],
    ['30 1 * * mon-fri', '2025-06-06 02:00', '2025-06-09 01:30'], // Friday after the time → Monday
    ['0 0 29 2 *', '2025-03-01 00:00', '2028-02-29 00:00'],
    ['0 0 31 * *', '2025-04-01 00:00', '2025-05-31 00:00'], // April has no 31st
    // Both day fields restricted: either matches (1st of the month, or a Monday).
    ['0 2 1 * mon', '2025-06-01 03:00', '2025-06-02 02:00'],
    ['0 2 1 * mon', '2025-06-24 00:00', '2025-06-30 02:00'],
    ['0 2 1 * mon', '2025-06-30 03:00', '2025-07-01 02:00'],
    // A day field starting with "*" makes both required (Vixie cron): odd days that are Mondays.
    ['0 2 */2 * mon', '2025-06-01 00:00', '2025-06-09 02:00'],
    ['0 0 1 1 *', '2025-01-01 00:00', '2026-01-01 00:00'],
    ['59 23 31 12 *', '2025-12-31 23:58', '2025-12-31 23:59'],
  ])('%s after %s → %s', (expression, after, next) => {
    expect(nextCronTime(parsed(expression), at(after))).toEqual(at(next));
  });

  it('ignores the seconds of the starting instant', () => {
    const after = at('2025-06-01 01:59');
    after.setSeconds(59, 999);
    expect(nextCronTime(parsed('0 2 * * *'), after)).toEqual(at('2025-06-01 02:00'));
  });

  it('gives null for a date that never comes', () => {
    expect(nextCronTime(parsed('0 0 30 2 *'), at('2025-01-01'))).toBeNull();
    expect(nextCronTime(parsed('0 0 31 4,6,9,11 *'), at('2025-01-01'))).toBeNull();
  });

  it('lists the next times in order', () => {
    expect(nextCronTimes(parsed('0 */12 * * *'), at('2025-06-01 05:00'), 3)).toEqual([at('2025-06-01 12:00'), at('2025-06-02 00:00'), at('2025-06-02 12:00')]);
  });
});

describe('the schedule loop', () => {
  /** A fake clock: sleeping advances it; a run takes `runMinutes`. */
  function fakeDeps(start: Date, runMinutes: number, codes: number[] = []) {
    let now = start.getTime();
    const runsAt: string[] = [];
    const lines: string[] = [];
    return {
      runsAt,
      lines,
      deps: {
        now: () => new Date(now),
        sleep: async (ms: number) => {
          now += ms;
        },
        run: async () => {
          runsAt.push(formatLocalTime(new Date(now)));
          now += runMinutes * 60_000;
          return codes.shift() ?? 0;
        },
        log: (line: string) => lines.push(line),
      },
    };
  }

  it('runs at each matching time and logs the start, the end and the next time', async () => {
    const fake = fakeDeps(at('2025-06-01 00:30'), 5, [0, 1]);
    const result = await runSchedule({ schedule: parsed('0 * * * *'), maxRuns: 2 }, fake.deps);
    expect(result).toEqual({ runs: 2, failed: 1 });
    expect(fake.runsAt).toEqual(['2025-06-01 01:00:00 +07:00', '2025-06-01 02:00:00 +07:00']);
    expect(fake.lines[0]).toBe('2025-06-01 00:30:00 +07:00 vntally schedule: next run at 2025-06-01 01:00:00 +07:00 (in 30 min)');
    expect(fake.lines).toContain('2025-06-01 02:05:00 +07:00 vntally schedule: run ended with exit code 1 after 300 s');
  });

  it('skips the times that passed while a run was going', async () => {
    const fake = fakeDeps(at('2025-06-01 00:59'), 150, []);
    await runSchedule({ schedule: parsed('0 * * * *'), maxRuns: 2 }, fake.deps);
    // The 01:00 run ends at 03:30: 02:00 and 03:00 are skipped.
    expect(fake.runsAt).toEqual(['2025-06-01 01:00:00 +07:00', '2025-06-01 04:00:00 +07:00']);
  });

  it('stops when aborted, without running', async () => {
    const controller = new AbortController();
    const fake = fakeDeps(at('2025-06-01 00:00'), 1);
    fake.deps.sleep = async () => controller.abort();
    const result = await runSchedule({ schedule: parsed('0 2 * * *'), signal: controller.signal }, fake.deps);
    expect(result.runs).toBe(0);
    expect(fake.lines.at(-1)).toMatch(/vntally schedule: stopped$/u);
  });

  it.each<[number, string]>([
    [12_000, '12 s'],
    [30 * 60_000, '30 min'],
    [(5 * 60 + 3) * 60_000, '5 h 03 min'],
    [(72 + 5) * 3_600_000, '3 days 5 h'],
  ])('formatWait(%i) = %s', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});
