/**
 * Politeness inside the browser. Every request a rendered page makes (the
 * document, its scripts, the XHR that fills the list) is intercepted and
 *   1. refused unless it is a document, script, XHR or fetch (no images,
 *      styles, fonts or media: a crawler does not need them, and they would
 *      put several requests in flight on one host);
 *   2. refused when out of the source's scope, forbidden by robots.txt, or
 *      resolving to a private address (unless allowed);
 *   3. held until the host gate gives it a slot, which is released when the
 *      response has been read; a 429/503 defers the host by its Retry-After;
 *   4. fetched with its redirects followed here, each hop checked as in 2
 *      (Chromium would follow them unchecked).
 */
import type { APIResponse, Page, Request as PlaywrightRequest, Route } from 'playwright';
import { backoffMs, parseRetryAfter } from '../politeness/retry-after.js';
import { BROWSER_USER_AGENT } from '../politeness/user-agent.js';
import type { Release } from '../politeness/host-gate.js';
import type { SourceRun } from './source-run.js';

/** Resource types a rendered listing needs. */
const ALLOWED_RESOURCE_TYPES: ReadonlySet<string> = new Set(['document', 'script', 'xhr', 'fetch']);

/** Retry-After ceiling inside the browser (the page load would time out anyway). */
const MAX_BROWSER_WAIT_MS = 60_000;

export async function gatePageRequests(page: Page, run: SourceRun): Promise<void> {
  const releases = new Map<PlaywrightRequest, Release>();
  const finish = async (request: PlaywrightRequest): Promise<void> => {
    const release = releases.get(request);
    if (!release) return;
    releases.delete(request);
    const response = await request.response().catch(() => null);
    const status = response?.status() ?? 0;
    if (status === 429 || status === 503 || status >= 500) {
      const headers = response ? await response.allHeaders().catch(() => ({}) as Record<string, string>) : {};
      const wait = parseRetryAfter(headers['retry-after']) ?? backoffMs(0, 1000);
      run.fetcher.gate.defer(new URL(request.url()).host.toLowerCase(), Math.min(MAX_BROWSER_WAIT_MS, wait));
    }
    release();
  };
  page.on('requestfinished', (request) => void finish(request));
  page.on('requestfailed', (request) => void finish(request));
  // A page closed with requests in flight must not keep their host's slot forever.
  page.on('close', () => {
    for (const release of releases.values()) release();
    releases.clear();
  });

  await page.route('**/*', async (route) => {
    const request = route.request();
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      await route.abort('blockedbyclient');
      return;
    }
    if (!ALLOWED_RESOURCE_TYPES.has(request.resourceType())) {
      await route.abort('blockedbyclient');
      return;
    }
    if (await isRefused(url, run)) {
      await route.abort('blockedbyclient');
      return;
    }
    const release = await run.fetcher.gate.acquire(url.host.toLowerCase());
    releases.set(request, release);
    run.tally.counts.requests++;
    try {
      const response = await fetchCheckingRedirects(route, url, { ...request.headers(), 'user-agent': BROWSER_USER_AGENT }, run);
      if (response === null) await route.abort('blockedbyclient');
      else await route.fulfill({ response });
    } catch {
      releases.delete(request);
      release(); // the page was closed meanwhile
    }
  });
}

/** Step 2 for one URL: out of scope, forbidden by robots.txt, or resolving to a private address. */
async function isRefused(url: URL, run: SourceRun): Promise<boolean> {
  return (await run.fetcher.refusal(url, run.scope)) !== undefined || (await run.fetcher.privateAddressOf(url)) !== undefined;
}

/** Redirects followed by hand, at most this many. */
const MAX_BROWSER_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a routed request with redirects followed here, each hop checked
 * like the first: Chromium follows a redirect without routing the new URL
 * (Playwright's `page.route` sees only the first), so a page's in-scope URL
 * answering 302 to http://127.0.0.1/… reached it (test/robustness/security.test.ts).
 * The final answer is given to the browser under the URL it asked for; null
 * when a hop is refused or there are too many.
 */
async function fetchCheckingRedirects(route: Route, first: URL, headers: Record<string, string>, run: SourceRun): Promise<APIResponse | null> {
  let current = first;
  let response = await route.fetch({ headers, maxRedirects: 0 });
  for (let hop = 0; REDIRECT_STATUSES.has(response.status()); hop++) {
    const location = response.headers().location;
    if (location === undefined) return response;
    const next = URL.canParse(location, current) ? new URL(location, current) : null;
    if (next === null || hop >= MAX_BROWSER_REDIRECTS || (await isRefused(next, run))) return null;
    current = next;
    response = await route.fetch({ url: current.href, headers, maxRedirects: 0, ...(response.status() === 303 ? { method: 'GET' } : {}) });
  }
  return response;
}
