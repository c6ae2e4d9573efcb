/** RSS 2.0, Atom and sitemap documents. Each family passes its own date strings. */
import { cdata, esc } from './html.js';

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: boolean;
  /** Already formatted the family's way (NukeViet's is wrong on purpose). */
  pubDate: string;
  /** HTML, put in CDATA. */
  description: string;
  creator?: string;
  category?: string;
}

export interface RssChannel {
  title: string;
  link: string;
  selfUrl: string;
  description: string;
  language: string;
  pubDate?: string;
  lastBuildDate?: string;
  generator?: string;
  copyright?: string;
  docs?: string;
  /** `<?xml-stylesheet?>` href (NukeViet). */
  stylesheet?: string;
  items: RssItem[];
}

export function renderRss(channel: RssChannel): string {
  const items = channel.items.map(
    (item) => `    <item>
      <title>${esc(item.title)}</title>
      <link>${esc(item.link)}</link>
      <guid isPermaLink="${item.guidIsPermaLink}">${esc(item.guid)}</guid>
      <description>${cdata(item.description)}</description>
      <pubDate>${item.pubDate}</pubDate>${item.creator ? `\n      <dc:creator>${esc(item.creator)}</dc:creator>` : ''}${
        item.category ? `\n      <category>${esc(item.category)}</category>` : ''
      }
    </item>`,
  );
  const optional = (tag: string, value: string | undefined, wrap: (text: string) => string = esc): string =>
    value === undefined ? '' : `\n    <${tag}>${wrap(value)}</${tag}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${channel.stylesheet ? `<?xml-stylesheet type="text/xsl" href="${esc(channel.stylesheet)}" media="screen"?>\n` : ''}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${esc(channel.title)}</title>
    <link>${esc(channel.link)}</link>
    <atom:link href="${esc(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <description>${cdata(channel.description)}</description>
    <language>${esc(channel.language)}</language>${optional('pubDate', channel.pubDate)}${optional('lastBuildDate', channel.lastBuildDate)}${optional(
      'copyright',
      channel.copyright,
      cdata,
    )}${optional('docs', channel.docs)}${optional('generator', channel.generator)}
${items.join('\n')}
  </channel>
</rss>
`;
}

export interface AtomEntry {
  title: string;
  link: string;
  id: string;
  /** ISO 8601. */
  updated: string;
  published: string;
  author?: string;
  summary: string;
}

export function renderAtom(feed: { title: string; id: string; selfUrl: string; link: string; updated: string; entries: AtomEntry[] }): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <title>${esc(e.title)}</title>
    <link rel="alternate" href="${esc(e.link)}"/>
    <id>${esc(e.id)}</id>
    <updated>${e.updated}</updated>
    <published>${e.published}</published>${e.author ? `\n    <author><name>${esc(e.author)}</name></author>` : ''}
    <summary type="html">${esc(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(feed.title)}</title>
  <link rel="self" href="${esc(feed.selfUrl)}"/>
  <link rel="alternate" href="${esc(feed.link)}"/>
  <id>${esc(feed.id)}</id>
  <updated>${feed.updated}</updated>
${entries.join('\n')}
</feed>
`;
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  changefreq?: string;
  priority?: string;
}

export function renderUrlset(urls: SitemapUrl[], stylesheet?: string): string {
  const body = urls.map((u) => {
    const parts = [`<loc>${esc(u.loc)}</loc>`];
    if (u.lastmod) parts.push(`<lastmod>${u.lastmod}</lastmod>`);
    if (u.changefreq) parts.push(`<changefreq>${u.changefreq}</changefreq>`);
    if (u.priority) parts.push(`<priority>${u.priority}</priority>`);
    return `  <url>${parts.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
${stylesheet ? `<?xml-stylesheet type="text/xsl" href="${esc(stylesheet)}"?>\n` : ''}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body.join('\n')}
</urlset>
`;
}

export function renderSitemapIndex(sitemaps: Array<{ loc: string; lastmod?: string }>): string {
  const body = sitemaps.map(
    (s) => `  <sitemap><loc>${esc(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body.join('\n')}
</sitemapindex>
`;
}
