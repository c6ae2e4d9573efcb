/**
 * The crawl engine's public vocabulary: options in, summary and progress
 * events out, and the data every crawlee request carries (validated with zod
 * when a handler reads it).
 */
import { z } from 'zod';
import type { CmsDetection } from '../adapters/detect-cms.js';
import type { ArchiveIndexRow } from '../archive/index.js';
import type { CmsFamily, Source } from '../registry.js';

/** A site the registry does not describe: `vntally crawl --start-url URL --cms auto|<family>`. */
export interface AdhocTarget {
  startUrl: string;
  cms: CmsFamily | 'auto';
}

export interface CrawlOptions {
  /** Registry sources, or one ad-hoc site. */
  sources: readonly Source[] | AdhocTarget;
  /** Where the WARC archive and its index live (created if missing). */
  archiveDir: string;
  /** Allow loopback and private addresses (the fixture tests crawl 127.0.0.1). Default false. */
  allowPrivate?: boolean;
  /** Minimum pause between two requests to one host, overriding the registry's `politeness.min_delay_ms`. robots.txt Crawl-delay still wins when longer. */
  delayMs?: number;
  /** At most this many pages fetched per source in this run (listings, feeds, sitemaps, articles). */
  maxPagesPerSource?: number;
  /** Fetch archived articles again (and ignore listing validators). Default false. */
  refetch?: boolean;
  /** Per-host pacing, robots Crawl-delay and Retry-After waits. Only benchmarks turn it off; robots.txt rules are obeyed either way. Default true. */
  politeness?: boolean;
  /** Sources crawled at once (default 8). With politeness off, also the requests in flight per source. */
  concurrency?: number;
  onProgress?: (event: CrawlProgress) => void;
  /**
   * Called with each row this crawl appends to the archive, once its WARC
   * record and index line are on disk (so `Archive.readBody(row)` works from
   * then on), in commit order; listings, feeds and sitemaps included; with
   * the body as archived (the bytes `readBody` gives back: not to be
   * modified, copied if kept). The pipeline extracts pages from it while the
   * crawl goes on. It runs on the crawler's thread inside the page handler:
   * it must return quickly, and a throw stops the crawl (AbortCrawlError)
   * rather than re-fetching the page.
   */
  onArchived?: (row: ArchiveIndexRow, body: Uint8Array) => void;
  /** Response size cap in bytes (default 5 MB): a bigger page is recorded as skipped "oversize". */
  maxBytes?: number;
  /** Per-request timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Retries after the first try for retryable failures (default 4). */
  maxRetries?: number;
  /** Base of the exponential backoff after a 5xx or a timeout, in ms (default 1000). */
  retryBaseDelayMs?: number;
  /** Chromium for sources that need a browser (default /usr/bin/chromium, or $VNTALLY_CHROMIUM). */
  browserExecutable?: string;
}

export type RequestLabel = 'LISTING' | 'FEED' | 'SITEMAP' | 'ARTICLE';

/** What each crawlee request carries in `userData`. */
export const RequestDataSchema = z.object({
  label: z.enum(['LISTING', 'FEED', 'SITEMAP', 'ARTICLE']),
  sourceId: z.string().min(1),
  /** Listings: 0 for the registry's listings and the start page (their category links are followed), 1 below. */
  depth: z.number().int().min(0).default(0),
  /** Listings: page number (1-based); `maxPages` of the walk it belongs to. */
  page: z.number().int().min(1).default(1),
  maxPages: z.number().int().min(1).default(50),
  /** Articles: canonical URL and dedup key (CMS id or canonical URL). */
  canonicalUrl: z.string().optional(),
  key: z.string().optional(),
  /** Articles: the date and title the listing, feed or sitemap showed. */
  published: z.string().optional(),
  title: z.string().optional(),
  /** Render in the browser (the adapter or the registry says the page needs one). */
  browser: z.boolean().default(false),
  /** A guessed URL (a family's conventional feed or sitemap, tried on an ad-hoc site): its absence is not a failure. */
  probe: z.boolean().default(false),
});
export type RequestData = z.infer<typeof RequestDataSchema>;
export type RequestDataInput = z.input<typeof RequestDataSchema>;

/** One page that did not give what was asked, with why. */
export interface CrawlFailure {
  url: string;
  label: RequestLabel;
  /** Short stable code: "robots", "oversize", "not-found", "http-5xx", "redirect-loop", "timeout"… */
  reason: string;
  effect: 'retry' | 'skip' | 'abort';
  status?: number | undefined;
  /** Tries made (1 + retries). */
  attempts: number;
  message: string;
}

export interface SourceCounts {
  /** HTTP requests made for this source (robots.txt and retries included). */
  requests: number;
  listings: number;
  feeds: number;
  sitemaps: number;
  /** Listings, feeds and sitemaps answered 304 Not Modified. */
  notModified: number;
  /** Article pages downloaded. */
  articlesFetched: number;
  /** Archived as on-topic (kept). */
  articlesKept: number;
  /** Archived as skipped (off-topic, oversize, not HTML): see `skipped`. */
  articlesSkipped: number;
  /** Article links met that were already archived, so not fetched. */
  articlesUnchanged: number;
  /** Links never requested because robots.txt forbids them. */
  robotsBlocked: number;
  /** Pages rendered in the browser. */
  browserPages: number;
}

export interface SourceSummary {
  sourceId: string;
  cms: CmsFamily;
  /** For `cms: 'auto'`: how the family was chosen. */
  detected?: CmsDetection | undefined;
  startUrl: string;
  /** `failed`: nothing could be fetched (every page failed, or robots.txt forbids the site); `partial`: some failures; `ok`: none. */
  status: 'ok' | 'partial' | 'failed';
  /** Listings walked only until known articles (the previous run of this source completed). */
  incremental: boolean;
  counts: SourceCounts;
  /** Skipped articles by reason ("off-topic: sport (bóng đá)", "oversize"…). */
  skipped: Record<string, number>;
  failures: CrawlFailure[];
  startedAt: string;
  durationMs: number;
}

export interface CrawlSummary {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  archiveDir: string;
  sources: SourceSummary[];
  totals: SourceCounts & { failures: number };
}

export type CrawlProgress =
  | { type: 'source-start'; sourceId: string; startUrl: string; incremental: boolean }
  | { type: 'page'; sourceId: string; label: RequestLabel; url: string; outcome: string; counts: SourceCounts }
  | { type: 'failure'; sourceId: string; failure: CrawlFailure }
  | { type: 'source-end'; sourceId: string; summary: SourceSummary };

export function emptyCounts(): SourceCounts {
  return {
    requests: 0,
    listings: 0,
    feeds: 0,
    sitemaps: 0,
    notModified: 0,
    articlesFetched: 0,
    articlesKept: 0,
    articlesSkipped: 0,
    articlesUnchanged: 0,
    robotsBlocked: 0,
    browserPages: 0,
  };
}
