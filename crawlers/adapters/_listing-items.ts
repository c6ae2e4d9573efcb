/**
 * Article links of a listing page, each with the date the listing shows
 * beside it (for the incremental stop: a page of links already archived, or
 * older than the newest archived article, ends the walk).
 *
 * With an item selector (the family's teaser/row markup) each matching
 * element gives one item: its first article link and the date in its text.
 * Without one, every article link is an item, and its date is looked for in
 * the closest ancestors that hold no other article (so a date is never
 * borrowed from a neighbour's row).
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { parseDateStamp } from '../../extract/parse-date.js';
import { absoluteUrl } from './_links.js';
import type { DiscoveredLink } from './types.js';

export interface ListingItemOptions {
  /** Elements that each hold one item (teaser, row, card). */
  itemSelector?: string | undefined;
  /** Inside an item, the article link whatever its URL looks like; otherwise the first link passing `isArticle`. */
  itemLink?: string | undefined;
  /** Which links are articles. */
  isArticle: (url: URL) => boolean;
  /** How to read the date of one item's text (default: day-first `parseDateStamp`). */
  dateOf?: (text: string, item: Cheerio<AnyNode>) => string | undefined;
  /** Ancestors climbed looking for a date (generic mode). */
  maxClimb?: number;
}

/** A `<time datetime>` inside the item wins over its text (WordPress `time.entry-date`). */
function datetimeAttribute(item: Cheerio<AnyNode>): string | undefined {
  const value = item.find('time[datetime]').first().attr('datetime');
  return value ? (parseDateStamp(value) ?? undefined) : undefined;
}

function defaultDate(text: string): string | undefined {
  return parseDateStamp(text) ?? undefined;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function extractListingItems($: CheerioAPI, base: URL, options: ListingItemOptions): DiscoveredLink[] {
  const dateOf = options.dateOf ?? ((text: string) => defaultDate(text));
  const items: DiscoveredLink[] = [];
  const seen = new Set<string>();
  const add = (link: DiscoveredLink): void => {
    if (seen.has(link.url)) {
      // The same article twice (thumbnail + title): keep the first, but learn its date if it had none.
      const first = items.find((i) => i.url === link.url);
      if (first && first.published === undefined && link.published !== undefined) first.published = link.published;
      return;
    }
    seen.add(link.url);
    items.push(link);
  };

  if (options.itemSelector) {
    $(options.itemSelector).each((_, el) => {
      const item = $(el);
      let found: URL | undefined;
      let title: string | undefined;
      const trusted = options.itemLink ? item.find(options.itemLink).first() : undefined;
      if (trusted && trusted.length > 0) {
        found = absoluteUrl(trusted.attr('href'), base);
        title = squash(trusted.attr('title') ?? trusted.text()) || undefined;
      }
      item.find('a[href]').each((__, a) => {
        const url = absoluteUrl($(a).attr('href'), base);
        if (!url) return;
        if (!found && options.isArticle(url)) found = url;
        // The title is the first non-empty label among the links to the item's article (the thumbnail link has none).
        if (found && url.href === found.href && title === undefined) title = squash($(a).attr('title') ?? $(a).text()) || undefined;
      });
      if (!found) return;
      const published = datetimeAttribute(item) ?? dateOf(squash(item.text()), item);
      add({ url: found.href, published, title });
    });
    if (items.length > 0) return items;
  }

  const maxClimb = options.maxClimb ?? 4;
  const articleHrefs = (node: Cheerio<AnyNode>): Set<string> => {
    const hrefs = new Set<string>();
    node.find('a[href]').each((_, a) => {
      const url = absoluteUrl($(a).attr('href'), base);
      if (url && options.isArticle(url)) hrefs.add(url.href);
    });
    return hrefs;
  };
  $('a[href]').each((_, a) => {
    const url = absoluteUrl($(a).attr('href'), base);
    if (!url || !options.isArticle(url)) return;
    const title = squash($(a).attr('title') ?? $(a).text()) || undefined;
    let published: string | undefined;
    let node: Cheerio<AnyNode> = $(a);
    for (let depth = 0; depth < maxClimb && published === undefined; depth++) {
      const parent = node.parent();
      if (parent.length === 0 || parent.is('body, html')) break;
      const others = articleHrefs(parent);
      if (others.size > 1 || (others.size === 1 && !others.has(url.href))) break;
      node = parent;
      published = datetimeAttribute(node) ?? dateOf(squash(node.text()), node);
    }
    add({ url: url.href, published, title });
  });
  return items;
}
