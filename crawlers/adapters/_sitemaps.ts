/**
 * Sitemaps (sitemaps.org 0.9): an index lists child sitemaps, a urlset lists
 * pages; both may carry `lastmod`, read here as the Vietnam day.
 */
import type { CheerioAPI } from 'cheerio';
import { parseDateStamp } from '../../extract/parse-date.js';
import { absoluteUrl } from './_links.js';
import type { ParsedSitemap } from './types.js';

export function parseSitemapXml($: CheerioAPI, base: URL): ParsedSitemap {
  const isIndex = $('sitemapindex').length > 0;
  const entries = $(isIndex ? 'sitemapindex > sitemap' : 'urlset > url')
    .toArray()
    .flatMap((el) => {
      const url = absoluteUrl($(el).children('loc').first().text(), base);
      if (!url) return [];
      const lastmod = $(el).children('lastmod').first().text().trim();
      return [{ url: url.href, published: lastmod ? (parseDateStamp(lastmod) ?? undefined) : undefined }];
    });
  return { kind: isIndex ? 'index' : 'urlset', entries };
}

export function isSitemapDocument($: CheerioAPI): boolean {
  return $('sitemapindex, urlset').length > 0;
}
