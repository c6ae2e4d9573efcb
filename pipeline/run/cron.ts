/**
 * Five-field cron expressions, as crontab(5) reads them, for
 * `vntally schedule --cron`:
 *
 *     minute  hour  day-of-month  month  day-of-week
 *     0-59    0-23  1-31          1-12   0-7 (0 and 7 are Sunday)
 *
 * Each field is `*`, a number, a range `a-b`, a step `*\/s`, `a-b/s` or
 * `a/s` (from a to the field's end), or a comma list of those. Months and
 * days of the week also take English names (`jan`, `mon-fri`). `@hourly`,
 * `@daily` (`@midnight`), `@weekly`, `@monthly`, `@yearly` (`@annually`)
 * stand for their usual expressions.
 *
 * As in Vixie cron, when both day fields are restricted (neither starts
 * with `*`) a day matches if EITHER matches: "0 2 1 * mon" is 02:00 on the
 * 1st and on every Monday; otherwise both must match ("0 2 *\/2 * mon" is
 * odd-numbered Mondays). Times are the process's local time (TZ); on a day where a
 * daylight-saving jump skips an hour, a time inside the gap does not occur.
 *
 * `parseCron` returns problems as data; `nextCronTime` finds the next
 * matching minute strictly after a given instant.
 */

export interface CronSchedule {
  /** The expression as given. */
  source: string;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0–6, Sunday 0 (a 7 is stored as 0). */
  daysOfWeek: ReadonlySet<number>;
  /** Whether the day fields start with `*` (`*` or `*\/s`): decides the day-matching rule. */
  daysOfMonthAny: boolean;
  daysOfWeekAny: boolean;
}

export type CronParse = { ok: true; schedule: CronSchedule } | { ok: false; problem: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Names are numbered from this value (months from 1, days from 0). */
  namesFrom?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0 },
];

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/**
 * One item of a field's list: a base (`*`, `a`, `a-b`) and an optional step.
 * Matches "*", "5", "1-5", "*\/15", "10-50/5", "mon-fri", "3/2"; not "1-", "-5", "*\/", "1,2" (lists are split first).
 */
const CRON_ITEM = /^(?<base>\*|[0-9a-z]+(?:-[0-9a-z]+)?)(?:\/(?<step>[0-9]+))?$/u;

/** A number or a name of the field. */
function parseValue(text: string, spec: FieldSpec): number | null {
  if (/^[0-9]+$/u.test(text)) return Number(text);
  const index = spec.names?.indexOf(text) ?? -1;
  return index < 0 ? null : index + (spec.namesFrom ?? 0);
}

/** The values of one field, or a problem; `any` is true when the field starts with `*` (Vixie cron's DOM_STAR/DOW_STAR). */
function parseField(text: string, spec: FieldSpec): { values: Set<number>; any: boolean } | string {
  const values = new Set<number>();
  const any = text.startsWith('*');
  for (const item of text.toLowerCase().split(',')) {
    const match = CRON_ITEM.exec(item);
    if (!match?.groups) return `${spec.name}: cannot read "${item}"`;
    const { base, step: stepText } = match.groups as { base: string; step?: string };
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return `${spec.name}: step must be at least 1 in "${item}"`;
    let from: number;
    let to: number;
    if (base === '*') {
      from = spec.min;
      to = spec.max;
    } else {
      const [first, second] = base.split('-') as [string, string | undefined];
      const a = parseValue(first, spec);
      const b = second === undefined ? a : parseValue(second, spec);
      if (a === null || b === null) return `${spec.name}: "${item}" is not a number${spec.names ? ' or a name' : ''}`;
      from = a;
      // "a/s" runs from a to the end of the field, as crontab reads it.
      to = second === undefined && stepText !== undefined ? spec.max : b;
    }
    if (from < spec.min || to > spec.max) return `${spec.name}: "${item}" is outside ${spec.min}-${spec.max}`;
    if (from > to) return `${spec.name}: range "${item}" runs backwards`;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return { values, any };
}

export function parseCron(expression: string): CronParse {
  const trimmed = expression.trim();
  const expanded = trimmed.startsWith('@') ? MACROS[trimmed.toLowerCase()] : trimmed;
  if (expanded === undefined) return { ok: false, problem: `unknown macro "${trimmed}" (known: ${Object.keys(MACROS).join(', ')})` };
  const parts = expanded.split(/\s+/u).filter((p) => p !== '');
  if (parts.length !== 5) return { ok: false, problem: `expected 5 fields (minute hour day-of-month month day-of-week), got ${parts.length} in "${trimmed}"` };
  const fields: Array<{ values: Set<number>; any: boolean }> = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseField(part, FIELDS[i]!);
    if (typeof parsed === 'string') return { ok: false, problem: parsed };
    fields.push(parsed);
  }
  const [minute, hour, dom, month, dow] = fields as [typeof fields[0], typeof fields[0], typeof fields[0], typeof fields[0], typeof fields[0]];
  const daysOfWeek = new Set([...dow.values].map((d) => d % 7));
  return {
    ok: true,
    schedule: {
      source: trimmed,
      minutes: minute.values,
      hours: hour.values,
      daysOfMonth: dom.values,
      months: month.values,
      daysOfWeek,
      daysOfMonthAny: dom.any,
      daysOfWeekAny: dow.any,
    },
  };
}

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  const dom = schedule.daysOfMonth.has(date.getDate());
  const dow = schedule.daysOfWeek.has(date.getDay());
  return schedule.daysOfMonthAny || schedule.daysOfWeekAny ? dom && dow : dom || dow;
}

/** Four years and a day cover every calendar combination (29 February on a Monday takes up to 28 years: searched too). */
const SEARCH_YEARS = 29;

/**
 * The first minute strictly after `after` that the schedule matches, in
 * local time; null if none within 29 years (e.g. "0 0 30 2 *").
 */
export function nextCronTime(schedule: CronSchedule, after: Date): Date | null {
  const t = new Date(after.getTime());
  t.setSeconds(0, 0);
  t.setMinutes(t.getMinutes() + 1);
  const limit = new Date(after.getTime());
  limit.setFullYear(limit.getFullYear() + SEARCH_YEARS);
  while (t <= limit) {
    if (!schedule.months.has(t.getMonth() + 1)) {
      t.setMonth(t.getMonth() + 1, 1);
      t.setHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(schedule, t)) {
      t.setDate(t.getDate() + 1);
      t.setHours(0, 0, 0, 0);
      continue;
    }
    if (!schedule.hours.has(t.getHours())) {
      t.setHours(t.getHours() + 1, 0, 0, 0);
      continue;
    }
    if (!schedule.minutes.has(t.getMinutes())) {
      t.setMinutes(t.getMinutes() + 1, 0, 0);
      continue;
    }
    return t;
  }
  return null;
}

/** The next `count` times after `after` (for `vntally schedule --next`). */
export function nextCronTimes(schedule: CronSchedule, after: Date, count: number): Date[] {
  const times: Date[] = [];
  let from = after;
  for (let i = 0; i < count; i += 1) {
    const next = nextCronTime(schedule, from);
    if (next === null) break;
    times.push(next);
    from = next;
  }
  return times;
}
