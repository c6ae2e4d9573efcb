/**
 * `Retry-After` (RFC 9110 §10.2.3) → milliseconds to wait, and the backoff
 * used when a server gives no such header.
 */

/** Delay-seconds form. Matches "2", "120". Not "2.5", "-1", "2 s". */
const DELAY_SECONDS = /^\d{1,9}$/u;

/** A month name, as every HTTP-date has. Matches "Sun, 02 Jun 2024 09:00:05 GMT". Not "-1", "120s". */
const HTTP_DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/iu;

/**
 * Milliseconds to wait from `now`, or undefined when the header is missing or
 * unreadable. An HTTP-date in the past gives 0.
 */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (DELAY_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP-date names its month ("Sun, 02 Jun 2024 09:00:05 GMT"); Date.parse alone would read "-1" as a year.
  if (!HTTP_DATE_HINT.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (!Number.isFinite(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff: `base × 2^attempt`, capped. Attempt 0 is the first retry. */
export function backoffMs(attempt: number, baseMs: number, capMs = 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
}
