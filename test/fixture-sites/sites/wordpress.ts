/**
 * WordPress news site, here a provincial labour federation's site (SITES.md
 * §2.6): permalinks `/<yyyy>/<mm>/<slug>.html`, archives `/page/N/` and
 * `/category/<slug>/page/N/` with `nav.navigation.pagination`, tag archives,
 * `/feed/` and `/category/<slug>/feed/`, the core sitemap `/wp-sitemap.xml`,
 * theme markup `article.post-<id>`, `h1.entry-title`, `time.entry-date`,
 * `div.entry-content`, Yoast's `rel="next"` and JSON-LD, and `/?p=<id>`
 * shortlinks that 301 to the permalink.
 */
import { formatDmy, formatIsoVn, formatRfc822Utc, vnYearMonth } from '../render/dates.js';
import { esc } from '../render/html.js';
import { slugify } from '../render/slug.js';
import { renderRss, renderSitemapIndex, renderUrlset } from '../render/xml.js';
import { EXTERNAL_LINKS, TOPIC_TAGS, imagePath, paginate } from '../site-model.js';
import type { SiteCategory, SiteDefinition, SiteRequest, SiteResponse, SiteState } from '../site-model.js';
import type { SiteArticle } from '../types.js';
import { html, redirect, xml } from './respond.js';

const SITE_NAME = 'Công đoàn Long An';
/** WordPress's default `posts_per_page` is 10. */
const PER_PAGE = 3;

const CATEGORIES: readonly SiteCategory[] = [
  { alias: 'xay-dung-to-chuc-cong-doan', title: 'Xây dựng tổ chức Công đoàn', topics: ['union'], id: 3 },
  { alias: 'xay-dung-dang', title: 'Xây dựng Đảng', topics: ['party'], id: 4 },
  { alias: 'tin-tong-hop', title: 'Tin tổng hợp', topics: ['economy', 'sports', 'weather', 'other'], id: 1 },
];

const POST_PATH = /^\/(\d{4})\/(\d{2})\/([a-z0-9-]+)\.html$/u;
/** `/`, `/page/2/`, `/category/<slug>/`, `/category/<slug>/page/2/`, `/tag/<slug>/…`, `/author/<slug>/…`, each optionally followed by `feed/`. */
const ARCHIVE_PATH = /^\/(?:(category|tag|author)\/([a-z0-9-]+)\/)?(?:page\/(\d+)\/)?(feed\/)?$/u;

function permalink(a: { published: Date; slug: string }): string {
  const ym = vnYearMonth(a.published);
  return `/${ym.year}/${ym.month}/${a.slug}.html`;
}

function layout(site: SiteState, o: { title: string; main: string; head?: string; bodyClass: string }): string {
  const recent = site.articles.slice(0, 5);
  const links = [...EXTERNAL_LINKS, ...site.peers].map((l) => `<li><a href="${esc(l.href)}">${esc(l.name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<meta name="generator" content="WordPress 6.5.3" />
<link rel="alternate" type="application/rss+xml" title="${SITE_NAME} &raquo; Dòng thông tin" href="${site.origin}/feed/" />
<link rel="https://api.w.org/" href="${site.origin}/wp-json/" />
${o.head ?? ''}</head>
<body class="${o.bodyClass}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="${site.origin}/" rel="home">${SITE_NAME}</a></p><p class="site-description">Trang thông tin điện tử Liên đoàn Lao động tỉnh Long An</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${CATEGORIES.map((c) => `<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="${site.origin}/category/${c.alias}/">${esc(c.title)}</a></li>`).join('')}</ul></nav></header>
<main id="primary" class="site-main">
${o.main}
</main>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>${recent.map((a) => `<li><a href="${site.origin}${permalink(a)}">${esc(a.title)}</a></li>`).join('')}</ul></section>
<section class="widget widget_links"><h2 class="widget-title">Liên kết</h2><ul>${links}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body>
</html>`;
}

function entryMeta(site: SiteState, a: SiteArticle): string {
  return `<div class="entry-meta"><span class="posted-on">Đăng vào <a href="${site.origin}${permalink(a)}" rel="bookmark"><time class="entry-date published updated" datetime="${formatIsoVn(a.published)}">${formatDmy(a.published)}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="${site.origin}/author/bbt/">${esc(a.author ?? 'Ban biên tập')}</a></span></span></div>`;
}

function archivePage(site: SiteState, items: SiteArticle[], page: number, basePath: string, title: string, bodyClass: string): SiteResponse | undefined {
  const { items: pageItems, pageCount } = paginate(items, page, PER_PAGE);
  if (page > pageCount) return undefined;
  const href = (n: number): string => `${site.origin}${basePath}${n > 1 ? `page/${n}/` : ''}`;
  const numbers: string[] = [];
  for (let n = 1; n <= pageCount; n++) {
    numbers.push(n === page ? `<span aria-current="page" class="page-numbers current">${n}</span>` : `<a class="page-numbers" href="${href(n)}">${n}</a>`);
  }
  const nav =
    pageCount > 1
      ? `<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">${page > 1 ? `<a class="prev page-numbers" href="${href(page - 1)}">« Trước</a>` : ''}${numbers.join('')}${page < pageCount ? `<a class="next page-numbers" href="${href(page + 1)}">Tiếp »</a>` : ''}</div></nav>`
      : '';
  const posts = pageItems
    .map((a) => {
      const lead = a.blocks.find((b) => b.kind === 'paragraph');
      return `<article id="post-${a.id}" class="post-${a.id} post type-post status-publish format-standard hentry category-${a.category}"><header class="entry-header"><h2 class="entry-title"><a href="${site.origin}${permalink(a)}" rel="bookmark">${esc(a.title)}</a></h2>${entryMeta(site, a)}</header><div class="entry-summary"><p>${esc(lead?.kind === 'paragraph' ? lead.text.slice(0, 250) : '')} […]</p></div></article>`;
    })
    .join('\n');
  const head = [
    page > 1 ? `<link rel="prev" href="${href(page - 1)}" />` : '',
    page < pageCount ? `<link rel="next" href="${href(page + 1)}" />` : '',
    `<link rel="canonical" href="${href(page)}" />`,
  ].join('\n');
  return html(layout(site, { title: `${title}${page > 1 ? ` - Trang ${page}` : ''} - ${SITE_NAME}`, main: `<header class="page-header"><h1 class="page-title">${esc(title)}</h1></header>\n${posts}\n${nav}`, head: `${head}\n`, bodyClass }));
}

function postPage(site: SiteState, a: SiteArticle): SiteResponse {
  const url = site.origin + permalink(a);
  const { newer, older } = site.neighbours(a);
  const previous = older[0];
  const next = newer[0];
  let pictures = 0;
  const content = a.blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${esc(b.text)}</p>`;
      pictures++;
      return `<figure class="wp-block-image size-large"><img decoding="async" src="${site.origin}${imagePath(a, pictures, '/wp-content/uploads')}" alt="" class="wp-image-${a.id * 10 + pictures}"/><figcaption class="wp-element-caption">${esc(b.caption)}</figcaption></figure>`;
    })
    .join('\n');
  const category = site.categoryOf(a);
  const tags = TOPIC_TAGS[a.topic];
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'Article', '@id': `${url}#article`, headline: a.title, datePublished: formatIsoVn(a.published), dateModified: formatIsoVn(a.published), mainEntityOfPage: { '@id': url }, author: { name: a.author ?? 'Ban biên tập' } }],
  });
  const main = `<article id="post-${a.id}" class="post-${a.id} post type-post status-publish format-standard hentry category-${a.category}">
<header class="entry-header"><h1 class="entry-title">${esc(a.title)}</h1>${entryMeta(site, a)}</header>
<div class="entry-content">
${content}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="${site.origin}/category/${category.alias}/" rel="category tag">${esc(category.title)}</a></span><span class="tags-links">Thẻ ${tags.map((t) => `<a href="${site.origin}/tag/${slugify(t)}/" rel="tag">${esc(t)}</a>`).join(', ')}</span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">${previous ? `<div class="nav-previous"><a href="${site.origin}${permalink(previous)}" rel="prev"><span class="nav-subtitle">Trước:</span> <span class="nav-title">${esc(previous.title)}</span></a></div>` : ''}${next ? `<div class="nav-next"><a href="${site.origin}${permalink(next)}" rel="next"><span class="nav-subtitle">Sau:</span> <span class="nav-title">${esc(next.title)}</span></a></div>` : ''}</div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="${site.origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="${a.id}" /></p></form></div></div>`;
  const head = `<link rel="canonical" href="${esc(url)}" />
<link rel="shortlink" href="${site.origin}/?p=${a.id}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="${formatIsoVn(a.published)}" />
<script type="application/ld+json" class="yoast-schema-graph">${jsonLd.replaceAll('<', '\\u003c')}</script>
`;
  return html(layout(site, { title: `${a.title} - ${SITE_NAME}`, main, head, bodyClass: `post-template-default single single-post postid-${a.id} single-format-standard` }), { lastModified: a.published });
}

function feed(site: SiteState, items: SiteArticle[], selfPath: string, title: string): SiteResponse {
  const newest = items[0]?.published ?? new Date(0);
  return xml(
    renderRss({
      title,
      link: `${site.origin}/`,
      selfUrl: site.origin + selfPath,
      description: 'Trang thông tin điện tử Liên đoàn Lao động tỉnh Long An',
      language: 'vi',
      lastBuildDate: formatRfc822Utc(newest),
      generator: 'https://wordpress.org/?v=6.5.3',
      items: items.slice(0, 10).map((a) => {
        const lead = a.blocks.find((b) => b.kind === 'paragraph');
        return {
          title: a.title,
          link: site.origin + permalink(a),
          guid: `${site.origin}/?p=${a.id}`,
          guidIsPermaLink: false,
          pubDate: formatRfc822Utc(a.published),
          description: `${esc(lead?.kind === 'paragraph' ? lead.text.slice(0, 250) : '')} […]`,
          creator: a.author ?? 'Ban biên tập',
          category: site.categoryOf(a).title,
        };
      }),
    }),
    'application/rss+xml; charset=UTF-8',
    newest,
  );
}

function handle(req: SiteRequest, site: SiteState): SiteResponse | undefined {
  const { path, query } = req;
  if (path === '/' && query.has('p')) {
    const found = site.byId(Number(query.get('p')));
    return found ? redirect(`${site.origin}${permalink(found)}`) : undefined;
  }
  if (path === '/wp-sitemap.xml') {
    return xml(renderSitemapIndex([{ loc: `${site.origin}/wp-sitemap-posts-post-1.xml` }, { loc: `${site.origin}/wp-sitemap-taxonomies-category-1.xml` }]));
  }
  if (path === '/wp-sitemap-posts-post-1.xml') {
    return xml(renderUrlset(site.articles.map((a) => ({ loc: site.origin + permalink(a), lastmod: formatIsoVn(a.published) }))));
  }
  if (path === '/wp-sitemap-taxonomies-category-1.xml') {
    return xml(renderUrlset(CATEGORIES.map((c) => ({ loc: `${site.origin}/category/${c.alias}/` }))));
  }
  const post = POST_PATH.exec(path);
  if (post) {
    const found = site.bySlug(post[3] ?? '');
    return found && permalink(found) === path ? postPage(site, found) : undefined;
  }
  const archive = ARCHIVE_PATH.exec(path);
  if (archive) {
    const [, kind, slug, pageText, isFeed] = archive;
    const page = Number(pageText ?? 1);
    if (page < 1 || (isFeed && pageText)) return undefined;
    let items = site.articles;
    let title = 'Tin mới';
    let basePath = '/';
    if (kind === 'category') {
      const category = site.category(slug ?? '');
      if (!category) return undefined;
      items = site.inCategory(category.alias);
      title = category.title;
      basePath = `/category/${category.alias}/`;
    } else if (kind === 'tag') {
      const tag = Object.values(TOPIC_TAGS).flat().find((t) => slugify(t) === slug);
      if (!tag) return undefined;
      items = site.articles.filter((a) => TOPIC_TAGS[a.topic].includes(tag));
      title = tag;
      basePath = `/tag/${slug}/`;
    } else if (kind === 'author') {
      if (slug !== 'bbt') return undefined;
      title = 'Ban biên tập';
      basePath = '/author/bbt/';
    }
    if (isFeed) return feed(site, items, path, kind ? `${SITE_NAME} » ${title}` : SITE_NAME);
    return archivePage(site, items, page, basePath, title, kind ? `archive ${kind}` : 'home blog');
  }
  return undefined;
}

export const wordpress: SiteDefinition = {
  id: 'wordpress',
  name: SITE_NAME,
  family: 'wordpress',
  imitates: 'a provincial labour federation news site on WordPress (core markup, Yoast)',
  sitesMd: '§2.6',
  province: 'Long An',
  needsBrowser: false,
  idBase: 1200,
  idStep: 3,
  slugMaxLength: 200,
  categories: CATEGORIES,
  headers: { Server: 'nginx', 'X-Powered-By': 'PHP/8.1.27' },
  htmlContentType: 'text/html; charset=UTF-8',
  startPath: '/',
  feedPaths: ['/feed/'],
  sitemapPaths: ['/wp-sitemap.xml'],
  robots: (origin) => `User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: ${origin}/wp-sitemap.xml
`,
  articlePath: permalink,
  handle,
};
