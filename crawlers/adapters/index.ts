/**
 * The CMS adapters, one per family of `CMS_FAMILIES` (SITES.md §1–2), and the
 * link classifier the engine applies to every URL it finds.
 */
import { articleKey, canonicalizeUrl, isArticleVariant } from '../canonical-url.js';
import type { CmsFamily } from '../registry.js';
import { aspnet } from './aspnet.js';
import { bMaincontent } from './b-maincontent.js';
import { drupal7, drupal8 } from './drupal.js';
import { generic } from './generic.js';
import { liferay } from './liferay.js';
import { newsAId } from './news-a-id.js';
import { newsCms } from './news-cms.js';
import { newsHtm } from './news-htm.js';
import { newsYyyymm } from './news-yyyymm.js';
import { nukeviet3, nukeviet4 } from './nukeviet.js';
import { sharepoint } from './sharepoint.js';
import type { CmsAdapter, LinkClass } from './types.js';
import { wordpress } from './wordpress.js';

export type * from './types.js';
export { detectCms } from './detect-cms.js';
export type { CmsDetection } from './detect-cms.js';
export { hasUnrenderedTemplates } from './_make-adapter.js';
export { parseFeedDate } from './_feeds.js';
export { isFeedDocument } from './_feeds.js';
export { isSitemapDocument } from './_sitemaps.js';
export { absoluteUrl } from './_links.js';

export const ADAPTERS: Readonly<Record<CmsFamily, CmsAdapter>> = {
  nukeviet4,
  nukeviet3,
  drupal7,
  drupal8,
  liferay,
  sharepoint,
  aspnet,
  wordpress,
  news_a_id: newsAId,
  news_yyyymm: newsYyyymm,
  news_cms: newsCms,
  b_maincontent: bMaincontent,
  news_htm: newsHtm,
  generic,
};

export function adapterFor(family: CmsFamily): CmsAdapter {
  return ADAPTERS[family];
}

/**
 * What the engine does with a URL found on a page of a `family` site:
 *   1. a drop rule (search, login, tag, attachment, image, admin) → drop;
 *   2. a feed → feed;
 *   3. a tag listing → drop; a print/savefile/sendmail copy → its article;
 *   4. an article → article, fetched under its canonical URL, keyed by the
 *      CMS id where the URL has one (`articleKey`), else by that URL;
 *   5. a listing → listing, with its page number;
 *   6. anything else → ignore.
 * Scope and robots.txt are the engine's checks, not this function's.
 */
export function classifyLink(adapter: CmsAdapter, url: URL): LinkClass {
  const drop = adapter.dropReason(url);
  if (drop !== null) return { kind: 'drop', url: url.href, reason: drop };
  if (adapter.isFeedUrl(url)) return { kind: 'feed', url: url.href };
  const variant = isArticleVariant(url.href, adapter.family);
  if (variant === 'tag') return { kind: 'drop', url: url.href, reason: 'tag' };
  if (variant !== null || adapter.isArticleUrl(url)) return articleLink(adapter, url, variant);
  if (adapter.isListingUrl(url)) return { kind: 'listing', url: url.href, page: adapter.listingPage(url) };
  return { kind: 'ignore', url: url.href };
}

/** An article link, whatever its shape (listing items are articles because the listing says so). */
export function articleLink(adapter: CmsAdapter, url: URL, variant: 'print' | 'savefile' | 'sendmail' | null = null): Extract<LinkClass, { kind: 'article' }> {
  const canonicalUrl = canonicalizeUrl(url.href, adapter.family);
  const key = articleKey(canonicalUrl, adapter.family) ?? canonicalUrl;
  return { kind: 'article', url: canonicalUrl, canonicalUrl, key, variant };
}
