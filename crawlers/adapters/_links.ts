/**
 * Link helpers shared by the adapters: absolute URLs, case-insensitive query
 * parameters, `<link rel>` discovery and the generic "next page" finder.
 */
import type { CheerioAPI } from 'cheerio';
import { NON_PAGE_HREF } from './_drop-rules.js';

/** `href` resolved against `base`, without its fragment; undefined for pseudo-links and non-http(s) URLs. */
export function absoluteUrl(href: string | undefined, base: URL): URL | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || NON_PAGE_HREF.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined; // a malformed href is not a link
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url;
}

/** A query parameter by name, ignoring case (SharePoint's ?PageIndex= and ?pageindex= are the same). */
export function queryParamCI(url: URL, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === lower) return value;
  return null;
}

/** A positive page number from a query value, or undefined. */
export function pageNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d{1,6}$/u.test(value)) return undefined;
  return Number(value);
}

/** Feeds advertised in `<link rel="alternate" type="application/rss+xml|atom+xml">`. */
export function alternateFeeds($: CheerioAPI, base: URL): string[] {
  const out: string[] = [];
  $('link[rel~="alternate"]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase();
    if (!type.includes('rss') && !type.includes('atom')) return;
    const url = absoluteUrl($(el).attr('href'), base);
    if (url) out.push(url.href);
  });
  return [...new Set(out)];
}

/** Labels of a "next page" link. Matches "»", "›", "Next ›", "Trang sau »", "Tiếp", ">>". Not "« Trước", "1". */
const NEXT_LABEL = /^(?:»|›|>>?|next(?:\s*[›»>])?|sau|trang sau(?:\s*»)?|tiếp(?:\s*(?:theo|»|→))?|xem tiếp)$/iu;

/** Containers that hold pagers across families. */
export const PAGER_SELECTORS = [
  'ul.pagination',
  '.pagination',
  'ul.pager',
  'nav.pager',
  '.pager',
  '.paging',
  '.phantrang',
  '.page-numbers',
  '.nav-links',
  '#page',
  '.taglib-page-iterator',
  '.ms-paging',
] as const;

/**
 * The next page of a listing, found the ways pagers mark it: `rel="next"`
 * (`<a>` or `<link>`), a "»" / "Trang sau" / "Tiếp" label, or the number
 * `current + 1` inside a pager. Returns at most one URL (the most explicit).
 */
export function genericNextPage($: CheerioAPI, base: URL, current: number, isSameListing: (url: URL) => boolean): string[] {
  const candidates: URL[] = [];
  const push = (href: string | undefined): void => {
    const url = absoluteUrl(href, base);
    if (url && url.href !== base.href && isSameListing(url)) candidates.push(url);
  };
  $('a[rel~="next"], link[rel~="next"]').each((_, el) => push($(el).attr('href')));
  if (candidates.length > 0) return [candidates[0]!.href];
  const pagerLinks = $(PAGER_SELECTORS.map((s) => `${s} a`).join(', '));
  pagerLinks.each((_, el) => {
    const label = $(el).text().replace(/\s+/gu, ' ').trim();
    if (NEXT_LABEL.test(label)) push($(el).attr('href'));
  });
  if (candidates.length > 0) return [candidates[0]!.href];
  pagerLinks.each((_, el) => {
    if ($(el).text().trim() === String(current + 1)) push($(el).attr('href'));
  });
  return candidates.length > 0 ? [candidates[0]!.href] : [];
}
