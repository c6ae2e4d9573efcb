/** The crawl engine: `crawl()` and its vocabulary. */
export { crawl, DEFAULT_CHROMIUM, DEFAULT_CONCURRENCY, DEFAULT_MAX_LISTING_PAGES, DEFAULT_MAX_RETRIES } from './crawl.js';
export { AbortCrawlError, SkipPageError, TransientFetchError } from './errors.js';
export type { RetryReason, SkipReason } from './errors.js';
export { CRAWL_STATE_FILE } from './crawl-state.js';
export { CHROMIUM_ARGS } from './crawlers.js';
export type { AdhocTarget, CrawlFailure, CrawlOptions, CrawlProgress, CrawlSummary, RequestLabel, SourceCounts, SourceSummary } from './types.js';
