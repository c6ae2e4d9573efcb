/**
 * The two crawlee crawlers a source run uses, wired to the same routes:
 *
 * - `createHttpCrawler`: a `CheerioCrawler` whose HTTP client is the polite
 *   fetcher (see `http-client.ts`); every source uses it.
 * - `createBrowserCrawler` (`browser-crawler.ts`, loaded only when a source
 *   needs it, as Playwright is slow to import): a `PlaywrightCrawler` on
 *   Debian's Chromium, only for listings of sources that need a browser
 *   (`needs_browser`, or the adapter saw unrendered templates). Its page
 *   loads go through the same scope, robots.txt and per-host gate as HTTP
 *   requests (`browser.ts`).
 *
 * Both report failures to the source run: a page that failed for good is
 * listed with its reason; an article over the size cap is also recorded in
 * the archive index as skipped ("oversize"), without its body, so that the
 * next run does not download it again.
 */
import { CheerioCrawler, createCheerioRouter } from '@crawlee/cheerio';
import type { CheerioCrawlingContext } from '@crawlee/cheerio';
import { log as crawleeLog, LogLevel } from '@crawlee/core';
import type { Configuration, Log, Request } from '@crawlee/core';
import { SkipPageError, TransientFetchError } from './errors.js';
import type { PoliteHttpClient, VntallyRequestOptions } from './http-client.js';
import { parseDocument } from './page.js';
import type { PageContext } from './routes.js';
import { ROUTES } from './routes.js';
import type { SourceRun } from './source-run.js';
import { RequestDataSchema } from './types.js';
import type { RequestData } from './types.js';

export interface CrawlerSettings {
  config: Configuration;
  /** Requests in flight for this source: 1 when polite (the host gate allows no more anyway). */
  maxConcurrency: number;
  maxRetries: number;
  browserExecutable: string;
}

/** Chromium flags: no sandbox (root in a container), no GPU, and none of the background traffic a crawler must not make. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Crawlee's own log, silenced: the engine reports pages, retries and failures itself. */
export function quietLog(): Log {
  const child = crawleeLog.child({ prefix: 'vntally' });
  child.setLevel(process.env.VNTALLY_CRAWLEE_LOG ? LogLevel.DEBUG : LogLevel.OFF);
  return child;
}

/** How a guessed feed or sitemap URL may fail without it being a failure. */
const PROBE_MISSES: ReadonlySet<string> = new Set(['not-found', 'http-client-error', 'unsupported', 'not-html', 'redirect-loop', 'out-of-scope']);

export function requestData(request: Request): RequestData {
  return RequestDataSchema.parse(request.userData);
}

/** Handler for a request that failed for good: list it; an oversize article is also recorded as skipped. */
export async function onFailed(run: SourceRun, request: Request, error: Error): Promise<void> {
  const data = requestData(request);
  if (data.probe && error instanceof SkipPageError && PROBE_MISSES.has(error.reason)) {
    run.tally.page(data.label, request.url, `not there (${error.reason})`);
    return;
  }
  run.recordFailure(data.label, request.url, error, request.retryCount + 1);
  if (data.label === 'ARTICLE' && error instanceof SkipPageError && error.reason === 'oversize') {
    await run.store.append({
      url: request.url,
      canonicalUrl: data.canonicalUrl ?? request.url,
      sourceId: run.source.id,
      status: error.status ?? 200,
      headers: {},
      body: new Uint8Array(0),
      kind: 'article',
      kept: false,
      skipReason: 'oversize',
      publishedHint: data.published ?? null,
      titleHint: data.title ?? null,
    });
    run.tally.skip('oversize');
  }
}

export function onRetry(run: SourceRun, request: Request, error: Error): void {
  const data = requestData(request);
  const reason = error instanceof TransientFetchError ? `${error.reason}${error.waitMs ? `, host rests ${error.waitMs} ms` : ''}` : error.message;
  run.tally.page(data.label, request.url, `retry ${request.retryCount + 1}: ${reason}`);
}

function pageFromHttp(ctx: CheerioCrawlingContext, client: PoliteHttpClient): PageContext {
  const fetched = client.take(ctx.request.id);
  const data = requestData(ctx.request);
  if (!fetched) throw new Error(`${ctx.request.url}: the fetch result is missing (a bug in the HTTP client wiring)`);
  const { result, decoded } = fetched;
  return {
    url: ctx.request.url,
    finalUrl: result.url,
    data,
    status: result.status,
    notModified: result.status === 304,
    kind: decoded.kind,
    $: parseDocument(decoded),
    text: decoded.text,
    raw: { body: result.body, headers: result.headers, charset: decoded.charset, fetchedAt: result.fetchedAt },
    rendered: false,
  };
}

export function createHttpCrawler(run: SourceRun, client: PoliteHttpClient, settings: CrawlerSettings): CheerioCrawler {
  const router = createCheerioRouter();
  for (const [label, handler] of Object.entries(ROUTES)) {
    router.addHandler(label, async (ctx) => handler(pageFromHttp(ctx, client), run));
  }
  return new CheerioCrawler(
    {
      requestQueue: run.httpQueue,
      httpClient: client,
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxConcurrency: settings.maxConcurrency,
      minConcurrency: settings.maxConcurrency,
      maxRequestRetries: settings.maxRetries,
      // The fetch includes waiting for the host's slot (delay, Retry-After), so navigation may take long.
      navigationTimeoutSecs: 900,
      requestHandlerTimeoutSecs: 300,
      additionalMimeTypes: ['*/*'],
      statusMessageLoggingInterval: 3600,
      log: quietLog(),
      preNavigationHooks: [
        ({ request }, gotOptions) => {
          const data = requestData(request);
          const validators = data.label === 'ARTICLE' ? {} : run.validators(request.url);
          const options: VntallyRequestOptions = { requestId: request.id ?? request.uniqueKey, attempt: request.retryCount, ...validators };
          (gotOptions as Record<string, unknown>).vntally = options;
        },
      ],
      requestHandler: router,
      errorHandler: ({ request }, error) => {
        client.take(request.id);
        onRetry(run, request, error);
      },
      failedRequestHandler: async ({ request }, error) => {
        client.take(request.id);
        await onFailed(run, request, error);
      },
    },
    settings.config,
  );
}
