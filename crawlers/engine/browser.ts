/**
 * Politeness inside the browser. Every request a rendered page makes (the
 * document, its scripts, the XHR that fills the list) is intercepted and
 *   1. refused unless it is a document, script, XHR or fetch (no images,
 *      styles, fonts or media: a crawler does not need them, and they would
 *      put several requests in flight on one host);
 *   2. refused when out of the source's scope, forbidden by robots.txt, or
 *      resolving to a private address (unless allowed);
 *   3. held until the host gate gives it a slot, which is released when the
 *      response has been read; a 429/503 defers the host by its Retry-After.
 */
import type { Page, Request as PlaywrightRequest } from 'playwright';
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
    const refused = (await run.fetcher.refusal(url, run.scope)) ?? ((await run.fetcher.privateAddressOf(url)) !== undefined ? 'private' : undefined);
    if (refused) {
      await route.abort('blockedbyclient');
      return;
    }
    const release = await run.fetcher.gate.acquire(url.host.toLowerCase());
    releases.set(request, release);
    run.tally.counts.requests++;
    try {
      await route.continue({ headers: { ...request.headers(), 'user-agent': BROWSER_USER_AGENT } });
    } catch {
      releases.delete(request);
      release(); // the page was closed meanwhile
    }
  });
}
