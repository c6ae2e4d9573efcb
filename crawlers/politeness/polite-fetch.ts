/**
 * `PoliteFetcher`: every HTTP request of a crawl goes through here.
 *
 * For one URL it:
 *   1. refuses non-http(s) schemes, hosts outside the source's scope and
 *      private addresses (IP literals here, resolved names at connect time);
 *   2. reads the origin's robots.txt (once per run) and refuses a disallowed path;
 *   3. waits for the host's slot (`HostGate`: one request at a time, the
 *      minimum delay or the robots Crawl-delay, any Retry-After or backoff);
 *   4. sends a GET with the vntally user agent (and If-None-Match /
 *      If-Modified-Since when the caller has validators);
 *   5. reads the body up to the size cap, decompressing gzip/deflate/br;
 *   6. follows redirects itself (at most `maxRedirects`), repeating steps 1–5
 *      for every hop, and stops a loop;
 *   7. maps the status: 2xx and 304 are returned; 429/503 defer the host by
 *      Retry-After, other 5xx by exponential backoff, and both throw
 *      `TransientFetchError` (retry); 404/410 and other 4xx throw
 *      `SkipPageError` (skip).
 */
import { Buffer } from 'node:buffer';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import * as http from 'node:http';
import * as https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { SkipPageError, TransientFetchError } from '../engine/errors.js';
import type { HostGate } from './host-gate.js';
import { isAllowed } from './robots.js';
import { RobotsCache } from './robots-cache.js';
import { backoffMs, parseRetryAfter } from './retry-after.js';
import { ALLOWED_PROTOCOLS, guardedLookup, HostScope, isPrivateAddress, PRIVATE_ADDRESS_CODE, privateLiteral } from './scope.js';
import { USER_AGENT } from './user-agent.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_RETRY_BASE_MS = 1000;
/** A Retry-After longer than this is shortened to it: the crawl retries then, rather than sleeping for hours. */
export const MAX_RETRY_AFTER_MS = 300_000;
/** robots.txt bodies are cut here (Google reads 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export interface PoliteFetcherOptions {
  gate: HostGate;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Base of the exponential backoff after a 5xx or a timeout. */
  retryBaseDelayMs?: number;
  userAgent?: string;
}

export interface FetchRequest {
  url: string;
  scope: HostScope;
  /** Validators of the copy we have: sent as If-None-Match / If-Modified-Since. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Retries already made for this URL (0 on the first try): scales the backoff. */
  attempt?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

export interface FetchResult {
  requestedUrl: string;
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Decompressed bytes (empty for a 304). */
  body: Buffer;
  redirects: string[];
  fetchedAt: Date;
}

interface HopResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** How long the host was deferred after this answer (429/5xx). */
  waitMs?: number | undefined;
}

export class PoliteFetcher {
  readonly gate: HostGate;
  readonly robots: RobotsCache;
  private readonly allowPrivate: boolean;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly maxRedirects: number;
  private readonly retryBaseDelayMs: number;
  private readonly userAgent: string;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(options: PoliteFetcherOptions) {
    this.gate = options.gate;
    this.allowPrivate = options.allowPrivate ?? false;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.retryBaseDelayMs = options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_MS;
    this.userAgent = options.userAgent ?? USER_AGENT;
    const lookup = guardedLookup(this.allowPrivate);
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64, lookup } as http.AgentOptions);
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64, lookup } as https.AgentOptions);
    this.robots = new RobotsCache((url) => this.fetchRobots(url));
  }

  /** Closes idle keep-alive sockets (end of a crawl). */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /** Checks steps 1–2 for `url` without fetching it: the reason it would be skipped, or undefined. */
  async refusal(url: URL, scope: HostScope): Promise<SkipPageError | undefined> {
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return new SkipPageError(url.href, 'scheme');
    if (!scope.contains(url)) return new SkipPageError(url.href, 'out-of-scope');
    const literal = this.allowPrivate ? undefined : privateLiteral(url);
    if (literal !== undefined) return new SkipPageError(url.href, 'private-address', { message: `${url.href}: ${literal} is a private or reserved address` });
    const robots = await this.robots.forUrl(url);
    if (robots.unavailable) {
      // The host itself is refused or unknown: say so rather than blame robots.txt.
      if (robots.error instanceof SkipPageError) return new SkipPageError(url.href, robots.error.reason, { cause: robots.error, message: `${url.href}: ${robots.error.message}` });
      return new SkipPageError(url.href, 'robots-unavailable', { message: `${url.href}: ${robots.problem ?? 'robots.txt unavailable'}` });
    }
    if (!isAllowed(robots.rules, url.pathname + url.search)) return new SkipPageError(url.href, 'robots');
    return undefined;
  }

  /**
   * For connections this fetcher does not make itself (the browser's): the
   * private address `url`'s host resolves to, if any and not allowed.
   */
  async privateAddressOf(url: URL): Promise<string | undefined> {
    if (this.allowPrivate) return undefined;
    const literal = privateLiteral(url);
    if (literal !== undefined) return literal;
    if (isIP(url.hostname.replace(/^\[|\]$/gu, '')) !== 0) return undefined;
    try {
      const addresses = await dnsLookup(url.hostname, { all: true });
      return addresses.find((a) => isPrivateAddress(a.address))?.address;
    } catch {
      return undefined; // the browser's own lookup will fail the same way
    }
  }

  /** Fetches `request.url` politely (see the module doc). */
  async fetch(request: FetchRequest): Promise<FetchResult> {
    const redirects: string[] = [];
    const seen = new Set<string>();
    let current = new URL(request.url);
    for (let hop = 0; ; hop++) {
      const refused = await this.refusal(current, request.scope);
      if (refused) throw refused;
      seen.add(current.href);
      const headers: Record<string, string> = { ...(request.headers ?? {}) };
      if (hop === 0 && request.etag) headers['if-none-match'] = request.etag;
      if (hop === 0 && request.lastModified) headers['if-modified-since'] = request.lastModified;
      const target = current;
      const attempt = request.attempt ?? 0;
      // The deferral is set before the slot is released, so no request can slip in between.
      const result = await this.gate.run(target.host.toLowerCase(), async () => {
        const answer = await this.hop(target, headers, this.maxBytes);
        this.deferAfter(target, answer, attempt);
        return answer;
      });
      if (REDIRECT_STATUSES.has(result.status) && result.headers.location) {
        const next = new URL(result.headers.location, current);
        next.hash = '';
        if (seen.has(next.href)) throw new SkipPageError(request.url, 'redirect-loop', { status: result.status, message: `${request.url}: redirect loop at ${next.href}` });
        if (hop + 1 > this.maxRedirects) throw new SkipPageError(request.url, 'too-many-redirects', { status: result.status });
        redirects.push(next.href);
        current = next;
        continue;
      }
      this.checkStatus(current, result);
      return { requestedUrl: request.url, url: current.href, status: result.status, headers: result.headers, body: result.body, redirects, fetchedAt: new Date() };
    }
  }

  /** How long the host must rest after this answer: Retry-After on 429/503, else backoff on 5xx. */
  private waitAfter(result: HopResult, attempt: number): number | undefined {
    const { status } = result;
    if (status === 429 || status === 503) {
      return Math.min(MAX_RETRY_AFTER_MS, parseRetryAfter(result.headers['retry-after']) ?? backoffMs(attempt, this.retryBaseDelayMs));
    }
    if (status >= 500) return backoffMs(attempt, this.retryBaseDelayMs);
    return undefined;
  }

  private deferAfter(url: URL, result: HopResult, attempt: number): void {
    const waitMs = this.waitAfter(result, attempt);
    if (waitMs !== undefined) this.gate.defer(url.host.toLowerCase(), waitMs);
    result.waitMs = waitMs;
  }

  /** Step 7: throws for statuses that do not give a page. */
  private checkStatus(url: URL, result: HopResult): void {
    const { status } = result;
    const waitMs = result.waitMs ?? 0;
    if (status === 429 || status === 503) throw new TransientFetchError(url.href, status === 429 ? 'http-429' : 'http-503', { status, waitMs });
    if (status >= 500) throw new TransientFetchError(url.href, 'http-5xx', { status, waitMs });
    if (status === 404 || status === 410) throw new SkipPageError(url.href, 'not-found', { status });
    if (status >= 400) throw new SkipPageError(url.href, 'http-client-error', { status });
    if (status >= 300 && status !== 304) throw new SkipPageError(url.href, 'unsupported', { status, message: `${url.href}: HTTP ${status} without a Location` });
  }

  /** Steps 4–5 for one URL, holding the host's slot. */
  private hop(url: URL, extraHeaders: Record<string, string>, maxBytes: number): Promise<HopResult> {
    const isHttps = url.protocol === 'https:';
    const lib = isHttps ? https : http;
    return new Promise<HopResult>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        reject(error);
      };
      const timer = setTimeout(() => {
        const waitMs = backoffMs(0, this.retryBaseDelayMs);
        this.gate.defer(url.host.toLowerCase(), waitMs);
        fail(new TransientFetchError(url.href, 'timeout', { waitMs, message: `${url.href}: no complete answer within ${this.timeoutMs} ms` }));
      }, this.timeoutMs);
      const req = lib.request(
        url,
        {
          method: 'GET',
          agent: isHttps ? this.httpsAgent : this.httpAgent,
          headers: {
            'user-agent': this.userAgent,
            accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
            'accept-language': 'vi,en;q=0.5',
            'accept-encoding': 'gzip, deflate, br',
            ...extraHeaders,
          },
        },
        (res) => {
          const headers = flattenHeaders(res);
          const status = res.statusCode ?? 0;
          if (REDIRECT_STATUSES.has(status) || status === 304 || status >= 400) {
            // The body of a redirect or an error page is not needed; drain a little and drop the rest.
            readBody(res, 64 * 1024, url.href, true).then(
              () => finish({ status, headers, body: Buffer.alloc(0) }),
              () => finish({ status, headers, body: Buffer.alloc(0) }),
            );
            return;
          }
          const declared = Number(headers['content-length']);
          if (Number.isFinite(declared) && declared > maxBytes && !headers['content-encoding']) {
            fail(new SkipPageError(url.href, 'oversize', { status, message: `${url.href}: Content-Length ${declared} is over the ${maxBytes}-byte cap` }));
            return;
          }
          readBody(decoded(res, headers), maxBytes, url.href, false).then(
            (body) => {
              if (Number.isFinite(declared) && !headers['content-encoding'] && body.length < declared) {
                fail(new TransientFetchError(url.href, 'truncated', { message: `${url.href}: got ${body.length} of ${declared} bytes` }));
                return;
              }
              finish({ status, headers, body });
            },
            (error: Error) => fail(error),
          );
        },
      );
      const finish = (result: HopResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      req.on('error', (error: NodeJS.ErrnoException) => fail(classifyNetworkError(url.href, error, () => {
        const waitMs = backoffMs(0, this.retryBaseDelayMs);
        this.gate.defer(url.host.toLowerCase(), waitMs);
        return waitMs;
      })));
      req.end();
    });
  }

  /** robots.txt: through the gate and the address guard, redirects followed (any host), one retry on 5xx or network errors. */
  private async fetchRobots(url: string): Promise<{ status: number; text: string }> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        let current = new URL(url);
        for (let hop = 0; hop <= this.maxRedirects; hop++) {
          const literal = this.allowPrivate ? undefined : privateLiteral(current);
          if (literal !== undefined || !ALLOWED_PROTOCOLS.has(current.protocol)) return { status: 404, text: '' };
          const result = await this.gate.run(current.host.toLowerCase(), () => this.hop(current, {}, ROBOTS_MAX_BYTES).catch((error: unknown): HopResult => {
            if (error instanceof SkipPageError && error.reason === 'oversize') return { status: 200, headers: {} as Record<string, string>, body: Buffer.alloc(0) } satisfies HopResult;
            throw error;
          }));
          if (REDIRECT_STATUSES.has(result.status) && result.headers.location) {
            current = new URL(result.headers.location, current);
            continue;
          }
          if (result.status >= 500 || result.status === 429) {
            lastError = new Error(`HTTP ${result.status}`);
            const waitMs = Math.min(MAX_RETRY_AFTER_MS, parseRetryAfter(result.headers['retry-after']) ?? backoffMs(attempt, this.retryBaseDelayMs));
            this.gate.defer(current.host.toLowerCase(), waitMs);
            if (attempt === 1) return { status: result.status, text: '' };
            break;
          }
          return { status: result.status, text: result.body.toString('utf8') };
        }
      } catch (error) {
        if (error instanceof SkipPageError) throw error; // a refused or unknown host: trying again cannot help
        lastError = error;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }
}

function flattenHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The response stream, decompressed according to Content-Encoding. */
function decoded(res: IncomingMessage, headers: Record<string, string>): Readable {
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

/** Reads a stream up to `maxBytes`; over it, rejects with oversize (or, with `truncate`, stops quietly). */
async function readBody(stream: Readable, maxBytes: number, url: string, truncate: boolean): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let over = false;
  try {
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          total += chunk.length;
          if (total > maxBytes) {
            over = true;
            callback(new Error('over the size cap'));
            return;
          }
          chunks.push(chunk);
          callback();
        },
      }),
    );
  } catch (error) {
    if (over) {
      if (truncate) return Buffer.concat(chunks);
      throw new SkipPageError(url, 'oversize', { message: `${url}: body over the ${maxBytes}-byte cap` });
    }
    throw new TransientFetchError(url, 'connection-reset', { cause: error, message: `${url}: connection lost while reading the body (${(error as Error).message})` });
  }
  return Buffer.concat(chunks);
}

function classifyNetworkError(url: string, error: NodeJS.ErrnoException, deferHost: () => number): Error {
  if (error instanceof SkipPageError || error instanceof TransientFetchError) return error;
  if (error.code === PRIVATE_ADDRESS_CODE) return new SkipPageError(url, 'private-address', { cause: error, message: `${url}: ${error.message}` });
  if (error.code === 'ENOTFOUND') return new SkipPageError(url, 'dns-not-found', { cause: error, message: `${url}: host not found` });
  const waitMs = deferHost();
  const reason = error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 'connection-reset' : error.code === 'ETIMEDOUT' ? 'timeout' : 'network';
  return new TransientFetchError(url, reason, { cause: error, waitMs, message: `${url}: ${error.code ?? error.message}` });
}
