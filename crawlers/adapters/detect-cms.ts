/**
 * Which CMS family a site runs, from one of its pages (for `vntally crawl
 * --start-url URL --cms auto`). Signals, strongest first:
 *   1. the generator: `<meta name="generator">` ("NukeViet v4.5", "Drupal 7",
 *      "WordPress 6.5.3", "Microsoft SharePoint") or the `X-Generator` header;
 *   2. family class names in the markup (`news_column`, `field-name-body`,
 *      `portlet-boundary`, `ms-rtestate-field`, `wp-content`, `content-fck`,
 *      `b-maincontent`, `cms-body`…);
 *   3. URL shapes: of the page itself, then the family whose article shape
 *      most links of the page have (at least three);
 *   4. otherwise `generic`.
 */
import * as cheerio from 'cheerio';
import type { CmsFamily } from '../registry.js';

export interface CmsDetection {
  family: CmsFamily;
  /** What decided: "generator: NukeViet v4.5", "class: content-fck", "links: 12 × -a<id>.html", "none". */
  signal: string;
}

/** Generator strings → family. Matches "NukeViet v4.5", "Drupal 7 (http://drupal.org)", "WordPress 6.5.3". */
const GENERATORS: ReadonlyArray<readonly [RegExp, CmsFamily | ((m: RegExpExecArray) => CmsFamily)]> = [
  [/nukeviet\s*v?(\d+)/iu, (m) => (Number(m[1]) >= 4 ? 'nukeviet4' : 'nukeviet3')],
  [/drupal\s*(\d+)/iu, (m) => (Number(m[1]) >= 8 ? 'drupal8' : 'drupal7')],
  [/wordpress/iu, 'wordpress'],
  [/sharepoint/iu, 'sharepoint'],
  [/liferay/iu, 'liferay'],
  [/dotnetnuke|\bdnn\b/iu, 'aspnet'],
];

/** Class names (or ids) each family's templates print. Checked in this order: the more specific first. */
const MARKERS: ReadonlyArray<readonly [string, CmsFamily]> = [
  ['.news_column', 'nukeviet4'],
  ['#news-bodyhtml', 'nukeviet4'],
  ['.field--name-body', 'drupal8'],
  ['.field-name-body', 'drupal7'],
  ['.portlet-boundary', 'liferay'],
  ['.ms-rtestate-field', 'sharepoint'],
  ['#s4-workspace', 'sharepoint'],
  ['.content-fck', 'news_a_id'],
  ['.b-maincontent', 'b_maincontent'],
  ['.cms-body', 'news_cms'],
  ['.td-post-content', 'news_yyyymm'],
  ['input[name="__VIEWSTATE"]', 'aspnet'],
];

/** `wp-content` in asset URLs: WordPress even when the generator meta is removed. Matches "/wp-content/themes/x/style.css". */
const WP_CONTENT = /\/wp-content\//u;

/** Article URL shapes, for the page URL and for counting links. */
const URL_SHAPES: ReadonlyArray<readonly [RegExp, CmsFamily, string]> = [
  [/\/[\w-]+-a\d+\.html$/u, 'news_a_id', '-a<id>.html'],
  [/\/\d{6}\/[\w-]+-[\da-f]{5,}\/?$/u, 'news_yyyymm', '/<YYYYMM>/…-<id>/'],
  [/-post\d+\.html$/u, 'news_cms', '-post<id>.html'],
  [/-\d{5,}\.htm$/u, 'news_htm', '-<id>.htm'],
  [/\/node\/\d+$/u, 'drupal7', '/node/<nid>'],
  [/\/-\/asset_publisher\/\w+\/content\//u, 'liferay', 'asset_publisher'],
  [/\/lists\/[\w-]+\/dispform\.aspx$/iu, 'sharepoint', 'DispForm.aspx'],
  [/\/(?:[a-z]{2}\/)?news\/[\w-]+\/[\w-]+-\d+\.html$/u, 'nukeviet4', '/news/<cat>/<alias>-<id>.html'],
  [/^\/\d{4}\/\d{2}\/[\w-]+(?:\.html|\/)$/u, 'wordpress', '/<yyyy>/<mm>/<slug>'],
];

const MIN_LINKS = 3;

export function detectCms(url: string, html: string, headers: Record<string, string> = {}): CmsDetection {
  const $ = cheerio.load(html);
  const generator = $('meta[name="generator" i]').attr('content') ?? headers['x-generator'] ?? '';
  for (const [pattern, family] of GENERATORS) {
    const match = pattern.exec(generator);
    if (match) return { family: typeof family === 'function' ? family(match) : family, signal: `generator: ${generator.trim()}` };
  }
  for (const [selector, family] of MARKERS) {
    if ($(selector).length > 0) return { family, signal: `class: ${selector}` };
  }
  if (WP_CONTENT.test(html)) return { family: 'wordpress', signal: 'class: wp-content' };
  if (!URL.canParse(url)) return { family: 'generic', signal: 'none' };
  const page = new URL(url);
  for (const [pattern, family, label] of URL_SHAPES) {
    if (pattern.test(page.pathname)) return { family, signal: `url: ${label}` };
  }
  const counts = new Map<CmsFamily, { n: number; label: string }>();
  $('a[href]').each((_, el) => {
    let link: URL;
    try {
      link = new URL($(el).attr('href') ?? '', page);
    } catch {
      return; // not a URL
    }
    if (link.host !== page.host) return;
    for (const [pattern, family, label] of URL_SHAPES) {
      if (pattern.test(link.pathname)) {
        const entry = counts.get(family) ?? { n: 0, label };
        entry.n++;
        counts.set(family, entry);
        break;
      }
    }
  });
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (best && best[1].n >= MIN_LINKS) return { family: best[0], signal: `links: ${best[1].n} × ${best[1].label}` };
  return { family: 'generic', signal: 'none' };
}
