/**
 * Crawl errors, grouped by what the engine does with them (as crawlee groups
 * `NonRetryableError`, `CriticalError`, `RetryRequestError`):
 *
 * | class | effect |
 * |---|---|
 * | `TransientFetchError` | **retry** the request later (crawlee's retry count, with backoff or `Retry-After` on the host) |
 * | `SkipPageError` | **skip** this URL for this run, no retry; listed in the summary |
 * | `AbortCrawlError` | **abort** the whole crawl: continuing would lose work (the archive cannot be written) |
 *
 * Every error names the URL and keeps the original error as `cause`.
 * `reason` is a short stable code for summaries and tests.
 */
import { CriticalError, NonRetryableError } from '@crawlee/core';

/** Why a page was skipped. */
export type SkipReason =
  | 'robots' // robots.txt disallows it (also met on a redirect hop)
  | 'robots-unavailable' // robots.txt answered 5xx or could not be fetched: nothing is fetched from the host this run
  | 'out-of-scope' // another host (also after a redirect)
  | 'scheme' // not http(s)
  | 'private-address' // resolves to a private, loopback or link-local address and allowPrivate is off
  | 'oversize' // body over the size cap
  | 'not-html' // binary bytes (PDF, image, archive) where a page was expected
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-found' // 404 or 410
  | 'http-client-error' // another 4xx
  | 'dns-not-found'
  | 'no-browser' // the page needs a browser and Chromium is not installed
  | 'unsupported'; // a response the engine cannot use (e.g. a feed that is not XML)

/** Why a request is worth retrying. */
export type RetryReason = 'http-429' | 'http-503' | 'http-5xx' | 'timeout' | 'connection-reset' | 'truncated' | 'network';

/**
 * Retry: the server or the network failed in a way that usually passes
 * (5xx, 429, a timeout, a reset connection, a body cut short). The request
 * goes back to the queue; the host is deferred by `Retry-After` when the
 * server sent one, otherwise by an exponential backoff. After the last retry
 * the URL is listed as a failure.
 */
export class TransientFetchError extends Error {
  readonly url: string;
  readonly reason: RetryReason;
  readonly status: number | undefined;
  /** How long the host was deferred, in ms. */
  readonly waitMs: number;

  constructor(url: string, reason: RetryReason, options: { status?: number; waitMs?: number; cause?: unknown; message?: string } = {}) {
    super(options.message ?? `${url}: ${reason}${options.status ? ` (HTTP ${options.status})` : ''}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransientFetchError';
    this.url = url;
    this.reason = reason;
    this.status = options.status;
    this.waitMs = options.waitMs ?? 0;
  }
}

/**
 * Skip: this URL will not give a page this run, and retrying cannot change
 * that (robots.txt forbids it, it is out of scope, too big, not HTML, gone,
 * or redirects in a loop). The crawl goes on with the other URLs; the skip is
 * listed in the summary, and permanent skips of articles (oversize, not-html)
 * are recorded in the archive index so later runs do not fetch them again.
 */
export class SkipPageError extends NonRetryableError {
  readonly url: string;
  readonly reason: SkipReason;
  readonly status: number | undefined;

  constructor(url: string, reason: SkipReason, options: { status?: number; cause?: unknown; message?: string } = {}) {
    super(options.message ?? `${url}: skipped (${reason}${options.status ? `, HTTP ${options.status}` : ''})`);
    if (options.cause !== undefined) this.cause = options.cause;
    this.name = 'SkipPageError';
    this.url = url;
    this.reason = reason;
    this.status = options.status;
  }
}

/**
 * Abort: a fault of our side that makes any further work unsafe, such as the
 * archive refusing a write (disk full, permissions). Crawlee stops the crawler
 * at once; `crawl()` rejects with this error after closing the archive, so
 * what was archived before stays valid and a rerun resumes from it.
 */
export class AbortCrawlError extends CriticalError {
  readonly url: string | undefined;

  constructor(message: string, options: { url?: string; cause?: unknown } = {}) {
    super(message);
    if (options.cause !== undefined) this.cause = options.cause;
    this.name = 'AbortCrawlError';
    this.url = options.url;
  }
}

/** The effect an error has, for summaries. Unknown errors are retried by crawlee, so they count as `retry`. */
export function effectOf(error: unknown): 'retry' | 'skip' | 'abort' {
  if (error instanceof SkipPageError) return 'skip';
  if (error instanceof AbortCrawlError || error instanceof CriticalError) return 'abort';
  return 'retry';
}

/** The short reason code of an error, for summaries. */
export function reasonOf(error: unknown): string {
  if (error instanceof SkipPageError || error instanceof TransientFetchError) return error.reason;
  if (error instanceof AbortCrawlError) return 'abort';
  if (error instanceof Error && /timed out/iu.test(error.message)) return 'timeout';
  return 'error';
}
