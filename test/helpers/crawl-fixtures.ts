/**
 * Registry-style sources for the fixture sites (test/fixture-sites/), so the
 * crawler tests crawl them the way a nightly run crawls real sources: hosts
 * with their port (each site is its own origin), the family's listing with
 * its pagination, the feeds and sitemaps the site serves.
 */
import type { FixtureSite } from '../fixture-sites/server.js';
import type { CmsFamily, PaginationStyle, Source } from '../../crawlers/registry.js';

/** Fixture family → registry CMS family. */
export const FIXTURE_CMS: Readonly<Record<string, CmsFamily>> = {
  nukeviet: 'nukeviet4',
  drupal7: 'drupal7',
  sharepoint: 'sharepoint',
  'newspaper-a-id': 'news_a_id',
  wordpress: 'wordpress',
  liferay: 'liferay',
  'aspnet-district': 'aspnet',
};

/** The listing a registry entry would name for each fixture site (SITES.md shapes). */
const LISTINGS: Readonly<Record<string, { path: string; style: PaginationStyle }>> = {
  nukeviet: { path: '/vi/news/', style: 'nukeviet_page_n' },
  drupal: { path: '/', style: 'drupal_page_zero' },
  sharepoint: { path: '/Lists/TinTucSuKien/TongQuat.aspx', style: 'sharepoint_pageindex' },
  newspaper: { path: '/', style: 'none' },
  wordpress: { path: '/', style: 'wordpress_page' },
  liferay: { path: '/tin-tuc-su-kien', style: 'liferay_cur' },
  'sharepoint-js': { path: '/Pages/tin-tuc-su-kien.aspx', style: 'query_page' },
  faults: { path: '/tin-tuc.aspx', style: 'query_page' },
};

export function fixtureSource(site: FixtureSite, o: { delayMs?: number } = {}): Source {
  const cms = FIXTURE_CMS[site.family];
  if (!cms) throw new Error(`no CMS family for fixture family ${site.family}`);
  const listing = LISTINGS[site.id];
  const origin = new URL(site.origin);
  return {
    id: `fixture-${site.id}`,
    name: site.name,
    kind: 'provincial_portal',
    province: null,
    province_2025: null,
    base_url: site.startUrl,
    hosts: [origin.host],
    cms,
    verified: 'verified',
    discovery: {
      feeds: [...site.feedUrls],
      sitemaps: [...site.sitemapUrls],
      listings: listing ? [{ url: site.origin + listing.path, pagination: { style: listing.style, max_pages: listing.style === 'none' ? 1 : 50 } }] : [],
      search: null,
    },
    selectors: {},
    needs_browser: site.needsBrowser,
    politeness: { min_delay_ms: o.delayMs ?? 20, max_concurrency_per_host: 1 },
    notes: `fixture site ${site.id}`,
  };
}
