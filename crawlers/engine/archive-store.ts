/**
 * The engine's view of the archive: the source of truth for what is already
 * crawled. On open it indexes, per source, the archived articles by canonical
 * URL and by CMS id (`articleKey`), and the newest published date; during the
 * run it appends pages and keeps those indexes current. A restarted crawl
 * therefore skips every article archived before a crash.
 *
 * Listings, feeds and sitemaps are archived too (kind listing/feed/sitemap),
 * but only when their body changed: their latest row gives the ETag and
 * Last-Modified for the next conditional request, and their body is re-read
 * when a resumed walk gets a 304.
 */
import { createHash } from 'node:crypto';
import { Archive } from '../archive/index.js';
import type { ArchiveIndexRow, PageKind } from '../archive/index.js';
import { articleKey } from '../canonical-url.js';
import type { CmsFamily } from '../registry.js';
import { AbortCrawlError } from './errors.js';

export interface AppendPage {
  url: string;
  canonicalUrl: string;
  sourceId: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  kind: PageKind;
  kept: boolean;
  skipReason?: string | null;
  charset?: string | null;
  publishedHint?: string | null;
  titleHint?: string | null;
  fetchedAt?: Date;
}

interface SourceIndex {
  keys: Set<string>;
  newest: string | undefined;
}

export class ArchiveStore {
  readonly archive: Archive;
  private readonly bySource = new Map<string, SourceIndex>();
  private readonly families = new Map<string, CmsFamily>();
  private articlesBySource: Map<string, ArchiveIndexRow[]> | undefined;
  private readonly onArchived: ((row: ArchiveIndexRow, body: Uint8Array) => void) | undefined;

  private constructor(archive: Archive, onArchived: ((row: ArchiveIndexRow, body: Uint8Array) => void) | undefined) {
    this.archive = archive;
    this.onArchived = onArchived;
  }

  /** `onArchived` is told of every row appended, once it is on disk (`CrawlOptions.onArchived`). */
  static async open(dir: string, onArchived?: (row: ArchiveIndexRow, body: Uint8Array) => void): Promise<ArchiveStore> {
    try {
      return new ArchiveStore(await Archive.open(dir), onArchived);
    } catch (error) {
      throw new AbortCrawlError(`cannot open the archive ${dir}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Indexes a source's archived articles (once per source and run). */
  register(sourceId: string, family: CmsFamily): void {
    if (this.bySource.has(sourceId)) return;
    this.families.set(sourceId, family);
    const index: SourceIndex = { keys: new Set(), newest: undefined };
    this.bySource.set(sourceId, index);
    for (const row of this.archivedArticles().get(sourceId) ?? []) this.remember(index, family, row);
  }

  /** The archive's article rows by source, grouped once per run (a nightly run registers hundreds of sources). */
  private archivedArticles(): Map<string, ArchiveIndexRow[]> {
    if (!this.articlesBySource) {
      this.articlesBySource = new Map();
      for (const row of this.archive.rows()) {
        if (row.kind !== 'article' || row.status < 200 || row.status >= 300) continue;
        const list = this.articlesBySource.get(row.source_id) ?? [];
        list.push(row);
        this.articlesBySource.set(row.source_id, list);
      }
    }
    return this.articlesBySource;
  }

  /** True when the article (by canonical URL or CMS id) is archived, by any source. */
  isArchived(canonicalUrl: string, key: string, sourceId: string): boolean {
    return this.archive.has(canonicalUrl) || (this.bySource.get(sourceId)?.keys.has(key) ?? false);
  }

  /** The newest `published_hint` among the source's archived articles ("YYYY-MM-DD"). */
  newestPublished(sourceId: string): string | undefined {
    return this.bySource.get(sourceId)?.newest;
  }

  /** The latest archived row of a page (validators, body for a 304). */
  latest(canonicalUrl: string): ArchiveIndexRow | undefined {
    return this.archive.get(canonicalUrl);
  }

  async body(row: ArchiveIndexRow): Promise<Buffer> {
    return Buffer.from(await this.archive.readBody(row));
  }

  /** Appends a page; for listings, feeds and sitemaps only when the body differs from the latest archived copy. */
  async append(page: AppendPage): Promise<ArchiveIndexRow | undefined> {
    if (page.kind !== 'article') {
      const previous = this.archive.get(page.canonicalUrl);
      if (previous && previous.kind === page.kind && previous.sha256 === sha256Of(page.body) && (previous.etag ?? null) === (page.headers.etag ?? null)) {
        return undefined;
      }
    }
    let row: ArchiveIndexRow;
    try {
      row = await this.archive.append({
        url: page.url,
        canonicalUrl: page.canonicalUrl,
        sourceId: page.sourceId,
        status: page.status,
        headers: page.headers,
        body: page.body,
        kind: page.kind,
        kept: page.kept,
        skipReason: page.skipReason ?? null,
        charset: page.charset ?? null,
        publishedHint: page.publishedHint ?? null,
        titleHint: page.titleHint ?? null,
        ...(page.fetchedAt ? { fetchedAt: page.fetchedAt } : {}),
      });
    } catch (error) {
      throw new AbortCrawlError(`cannot write ${page.url} to the archive ${this.archive.dir}: ${(error as Error).message}`, { url: page.url, cause: error });
    }
    const index = this.bySource.get(page.sourceId);
    const family = this.families.get(page.sourceId);
    if (index && family && row.kind === 'article') this.remember(index, family, row);
    if (this.onArchived) {
      try {
        this.onArchived(row, page.body);
      } catch (error) {
        // Thrown out of a page handler, it would make crawlee retry the page and archive it twice.
        throw new AbortCrawlError(`the onArchived hook failed on ${page.url}: ${(error as Error).message}`, { url: page.url, cause: error });
      }
    }
    return row;
  }

  async close(): Promise<void> {
    await this.archive.close();
  }

  private remember(index: SourceIndex, family: CmsFamily, row: ArchiveIndexRow): void {
    index.keys.add(row.canonical_url);
    const key = articleKey(row.canonical_url, family);
    if (key !== null) index.keys.add(key);
    if (row.published_hint && (index.newest === undefined || row.published_hint > index.newest)) index.newest = row.published_hint;
  }
}

function sha256Of(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}
