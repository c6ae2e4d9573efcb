/**
 * Public vocabulary of the fixture server: what a test passes in (articles,
 * fault rules) and what it reads back (sites, their articles, the request log).
 */

/** What an article is about. `party` and `union` are on-topic for vntally; the rest are there for the topic filter to skip. */
export const ARTICLE_TOPICS = ['party', 'union', 'sports', 'weather', 'economy', 'other'] as const;
export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];

export const ON_TOPIC: ReadonlySet<ArticleTopic> = new Set<ArticleTopic>(['party', 'union']);

/**
 * An article as a test (or the corpus loader) hands it in. `body` is plain
 * text, one paragraph per line; a line starting with `[ảnh] ` is an image
 * caption (rendered as an image plus its caption, the way the family does it).
 */
export interface FixtureArticle {
  title: string;
  body: string;
  /** Publication time. When missing, a deterministic date is derived (see README). */
  published?: Date;
  author?: string;
  /** Default `party`. */
  topic?: ArticleTopic;
  /** Where the text came from, e.g. `seed:000_c49c9098393ef184`, `golden:012-binh-phuoc-party`, `test`. */
  source?: string;
  /** Pin the article to one site; otherwise articles are spread round-robin. */
  site?: string;
}

/** One block of an article body. */
export type ArticleBlock = { kind: 'paragraph'; text: string } | { kind: 'image'; caption: string };

/** An article as one site publishes it: with its id, slug, category and URL. */
export interface SiteArticle {
  site: string;
  /** The site's numeric id (NukeViet id, Drupal nid, SharePoint item ID…). */
  id: number;
  /** URL alias derived from the title, unique within the site. */
  slug: string;
  title: string;
  published: Date;
  author: string | undefined;
  topic: ArticleTopic;
  onTopic: boolean;
  blocks: ArticleBlock[];
  /** Category alias of the family (e.g. NukeViet `xay-dung-dang`). */
  category: string;
  source: string;
  /** Canonical path of the article on its site. */
  path: string;
  /** `origin + path`. */
  url: string;
  /** False when the site's robots.txt forbids the article (NukeViet's `noi-bo` section). */
  allowedByRobots: boolean;
  /** On the faults site: the fault this page carries, if any. */
  fault: FaultName | undefined;
  /** True for pages a complete, polite crawl should archive as articles (robots allow it, and any fault on it is transient). */
  expectedInCrawl: boolean;
}

/** The misbehaviours the `faults` site shows at fixed paths (see `FixtureSite.faultPaths`). */
export const FAULT_NAMES = [
  'status-500',
  'status-429',
  'status-503',
  'slow',
  'reset',
  'redirect-loop',
  'oversize',
  'oversize-chunked',
  'windows-1258',
  'octet-stream',
  'pdf-as-html',
  'not-found',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

/**
 * A fault applied to any site's existing path. `path` is matched against
 * pathname + query: a string must be equal, a RegExp must match. `times` is how
 * many matching requests get the fault before the path behaves normally again
 * (default: all of them).
 */
export type FaultRule = { site: string; path: string | RegExp; times?: number } & (
  | { kind: 'status'; status: number; retryAfter?: number | string }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'reset' }
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 307 | 308 }
  | { kind: 'oversize'; bytes: number; chunked?: boolean }
  | { kind: 'charset'; charset: 'windows-1258' }
  | { kind: 'content-type'; contentType: string }
);

export interface FaultOptions {
  /** Extra rules on any site (the `faults` site has its own built-in ones). */
  rules?: FaultRule[];
  /** Latency added to every response, for all sites (number) or per site id. */
  latencyMs?: number | Record<string, number>;
  /** Delay of the `faults` site's slow page. Default 1500 ms. */
  slowMs?: number;
  /** Size of the `faults` site's oversize pages. Default 12 MiB. */
  oversizeBytes?: number;
}

/** One request as the server saw it. */
export interface RequestLog {
  /** Site id, or `index` for the directory server. */
  site: string;
  method: string;
  /** Pathname + query, as sent. */
  path: string;
  /** Status sent (0 if the connection was cut before headers). */
  status: number;
  /** Start and end, epoch milliseconds. */
  time: number;
  endTime: number;
  userAgent: string;
  /** Requests in flight on this site when this one arrived, itself included: 1 means it ran alone. */
  concurrent: number;
  /** Name of the fault applied, if any (`status-500`, `reset`, `rule:charset`…). */
  fault: string | undefined;
}

/** A running fixture site. */
export interface FixtureSite {
  id: string;
  name: string;
  /** CMS family, e.g. `nukeviet`, `drupal7`, `sharepoint`, `newspaper-a-id`, `wordpress`, `liferay`. */
  family: string;
  /** The real site it is built after, and the SITES.md section describing it. */
  imitates: string;
  sitesMd: string;
  /** Pre-2025 province of the imitated site. */
  province: string;
  origin: string;
  /** Where a crawl starts. */
  startUrl: string;
  feedUrls: string[];
  sitemapUrls: string[];
  /** True if the article list is only built by client-side JavaScript. */
  needsBrowser: boolean;
  /** The site's articles, newest first (a live view: includes those added at runtime). */
  readonly articles: readonly SiteArticle[];
  /** Current robots.txt text. */
  readonly robots: string;
  /** On the `faults` site: path of each fault page. Empty elsewhere. */
  faultPaths: Partial<Record<FaultName, string>>;
}

export interface FixtureServerOptions {
  /** First port; site i listens on port + i + 1 and the directory on `port`. Default: ephemeral ports. */
  port?: number;
  /** Site ids to start (default: all). */
  sites?: string[];
  /** Replace the corpus (seeds + golden + off-topic texts) with these articles. */
  articles?: FixtureArticle[];
  faults?: FaultOptions;
  /** Where to read golden articles (default `test/golden`); for tests of the loader. */
  goldenDir?: string;
}

export interface FixtureServer {
  /** Origin of the directory server: `/` lists the sites, `/sites.json` describes them. */
  origin: string;
  sites: FixtureSite[];
  site(siteId: string): FixtureSite;
  urlOf(siteId: string, path: string): string;
  /** Every request, in arrival order. Clear it with `requests.length = 0`. */
  requests: RequestLog[];
  /** Publishes an article now: it goes to the top of listings, feeds and sitemaps. */
  addArticle(siteId: string, article: FixtureArticle): SiteArticle;
  /** Replaces a site's robots.txt (a robots.txt that changes between runs). */
  setRobots(siteId: string, text: string): void;
  close(): Promise<void>;
}
