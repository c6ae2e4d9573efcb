/**
 * The browser crawler: a `PlaywrightCrawler` on Debian's Chromium for the
 * pages that only exist after client-side scripts run (tinhuybinhduong.vn's
 * list). Kept apart from `crawlers.ts` so that Playwright is imported only
 * by runs that need it.
 */
import { createPlaywrightRouter, PlaywrightCrawler } from '@crawlee/playwright';
import type { PlaywrightCrawlingContext } from '@crawlee/playwright';
import { chromium } from 'playwright';
import { BROWSER_USER_AGENT } from '../politeness/user-agent.js';
import { gatePageRequests } from './browser.js';
import { CHROMIUM_ARGS, onFailed, onRetry, quietLog, requestData } from './crawlers.js';
import type { CrawlerSettings } from './crawlers.js';
import { SkipPageError, TransientFetchError } from './errors.js';
import { parseDocument } from './page.js';
import type { PageContext } from './routes.js';
import { ROUTES } from './routes.js';
import type { SourceRun } from './source-run.js';

/** Listing and article pages in the browser; feeds and sitemaps never need one. */
async function pageFromBrowser(ctx: PlaywrightCrawlingContext, run: SourceRun): Promise<PageContext> {
  const data = requestData(ctx.request);
  const status = ctx.response?.status() ?? 0;
  const url = ctx.request.url;
  if (status === 429 || status >= 500) throw new TransientFetchError(url, status === 429 ? 'http-429' : status === 503 ? 'http-503' : 'http-5xx', { status });
  if (status === 404 || status === 410) throw new SkipPageError(url, 'not-found', { status });
  if (status >= 400) throw new SkipPageError(url, 'http-client-error', { status });
  // Scripts fill the page after "load": wait until the network is quiet (bounded).
  await ctx.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const html = await ctx.page.content();
  run.tally.counts.browserPages++;
  const body = Buffer.from(html, 'utf8');
  return {
    url,
    finalUrl: ctx.page.url(),
    data,
    status: status || 200,
    notModified: false,
    kind: 'html',
    $: parseDocument({ kind: 'html', text: html, charset: 'utf-8' }),
    text: html,
    // A rendered article is archived as the DOM the browser built (the raw HTML has no text); listings are not archived.
    raw: data.label === 'ARTICLE' ? { body, headers: { 'content-type': 'text/html; charset=utf-8', 'x-vntally-rendered': 'chromium' }, charset: 'utf-8', fetchedAt: new Date() } : undefined,
    rendered: true,
  };
}

export function createBrowserCrawler(run: SourceRun, settings: CrawlerSettings): PlaywrightCrawler {
  const router = createPlaywrightRouter();
  router.addHandler('LISTING', async (ctx) => ROUTES.LISTING(await pageFromBrowser(ctx, run), run));
  router.addHandler('ARTICLE', async (ctx) => ROUTES.ARTICLE(await pageFromBrowser(ctx, run), run));
  return new PlaywrightCrawler(
    {
      requestQueue: run.browserQueue,
      launchContext: {
        launcher: chromium,
        useIncognitoPages: true,
        userAgent: BROWSER_USER_AGENT,
        launchOptions: { executablePath: settings.browserExecutable, headless: true, args: [...CHROMIUM_ARGS] },
      },
      browserPoolOptions: { useFingerprints: false, maxOpenPagesPerBrowser: 1, retireBrowserAfterPageCount: 1000 },
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxConcurrency: 1,
      maxRequestRetries: settings.maxRetries,
      navigationTimeoutSecs: 120,
      requestHandlerTimeoutSecs: 120,
      statusMessageLoggingInterval: 3600,
      log: quietLog(),
      preNavigationHooks: [
        async ({ page }, gotoOptions) => {
          await gatePageRequests(page, run);
          if (gotoOptions) gotoOptions.waitUntil = 'load';
        },
      ],
      requestHandler: router,
      errorHandler: ({ request }, error) => onRetry(run, request, error),
      failedRequestHandler: async ({ request }, error) => onFailed(run, request, error),
    },
    settings.config,
  );
}
