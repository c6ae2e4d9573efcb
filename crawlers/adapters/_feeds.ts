/**
 * RSS 2.0 and Atom feeds → article links with their dates. The page is
 * parsed by cheerio in XML mode (crawlee does that for XML responses).
 *
 * NukeViet writes pubDate with `gmdate('D, j M Y H:m:s')`, so the field after
 * the hour is the month, not the minutes (SITES.md §1.5): `dateQuirk:
 * 'hour-only'` keeps the date and the hour and zeroes the rest before the
 * date is shifted to Vietnam time.
 */
import type { CheerioAPI } from 'cheerio';
import { parseDateStamp } from '../../extract/parse-date.js';
import { absoluteUrl } from './_links.js';
import type { DiscoveredLink } from './types.js';

export interface FeedOptions {
  dateQuirk?: 'hour-only';
}

/**
 * The time of an RFC 822 date: hour, then the "minutes" and "seconds" fields.
 * Matches "09:06:00" in "Sun, 2 Jun 2024 09:06:00 GMT". Does not match "2024".
 */
const RFC822_TIME = /\b(\d{1,2}):\d{2}(?::\d{2})?\b/u;

/** A feed date as "YYYY-MM-DD" in Vietnam time. */
export function parseFeedDate(value: string | undefined, options: FeedOptions = {}): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = options.dateQuirk === 'hour-only' ? value.replace(RFC822_TIME, '$1:00:00') : value;
  return parseDateStamp(text) ?? undefined;
}

export function parseFeedItems($: CheerioAPI, base: URL, options: FeedOptions = {}): DiscoveredLink[] {
  const out: DiscoveredLink[] = [];
  $('item').each((_, el) => {
    const item = $(el);
    const link = item.children('link').first().text().trim() || item.children('link').first().attr('href');
    const guid = item.children('guid').first();
    const permalink = guid.attr('isPermaLink') !== 'false' ? guid.text().trim() : undefined;
    const url = absoluteUrl(link || permalink, base);
    if (!url) return;
    const date = item.children('pubDate').first().text() || item.children('dc\\:date').first().text();
    out.push({ url: url.href, published: parseFeedDate(date, options), title: item.children('title').first().text().trim() || undefined });
  });
  $('entry').each((_, el) => {
    const entry = $(el);
    const alternate = entry.children('link[rel="alternate"]').first().attr('href') ?? entry.children('link').first().attr('href');
    const url = absoluteUrl(alternate, base);
    if (!url) return;
    const date = entry.children('published').first().text() || entry.children('updated').first().text();
    out.push({ url: url.href, published: parseFeedDate(date), title: entry.children('title').first().text().trim() || undefined });
  });
  return out;
}

/** True when a parsed XML document is a feed. */
export function isFeedDocument($: CheerioAPI): boolean {
  return $('rss, feed, rdf\\:RDF').length > 0;
}
