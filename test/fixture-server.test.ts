/**
 * The fixture server (test/fixture-sites/): each site's listings, pagination,
 * feeds, sitemaps, robots.txt and article markup as its family has them; the
 * JavaScript-only list; runtime additions; every fault; and the text loader.
 * Real HTTP to 127.0.0.1 only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyToBlocks, parseArticleText, parseDateLine } from './fixture-sites/corpus.js';
import { encodeWindows1258 } from './fixture-sites/faults.js';
import { robotsAllows } from './fixture-sites/site-model.js';
import { startFixtureServer } from './fixture-sites/server.js';
import type { FixtureServer, FixtureSite, SiteArticle } from './fixture-sites/server.js';

const SLOW_MS = 400;
const TWELVE_MIB = 12 * 1024 * 1024;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ faults: { slowMs: SLOW_MS } });
});

afterAll(async () => {
  await server.close();
});

async function get(siteId: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(server.urlOf(siteId, path), { redirect: 'manual', ...init });
}

async function page(siteId: string, path: string): Promise<cheerio.CheerioAPI> {
  const res = await get(siteId, path);
  expect(res.status, `${siteId} ${path}`).toBe(200);
  return cheerio.load(await res.text());
}

async function text(siteId: string, path: string): Promise<string> {
  const res = await get(siteId, path);
  expect(res.status, `${siteId} ${path}`).toBe(200);
  return res.text();
}

const site = (id: string): FixtureSite => server.site(id);
const articleFrom = (id: string, source: string): SiteArticle => {
  const found = site(id).articles.find((a) => a.source.startsWith(source));
  if (!found) throw new Error(`${id} has no article from ${source}`);
  return found;
};
const pathOf = (url: string): string => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/**
 * A minimal polite crawl of one site: same origin, robots.txt obeyed, `<a href>`
 * only, HTML pages only. It checks that listings and pagination alone reach
 * every article (the fixtures' job); it is not the project's crawler.
 */
async function crawlLinks(s: FixtureSite, limit = 800): Promise<{ fetched: Map<string, number>; linked: Set<string> }> {
  const robots = await (await fetch(`${s.origin}/robots.txt`)).text();
  const queue = [s.startUrl];
  const fetched = new Map<string, number>();
  const linked = new Set<string>();
  while (queue.length > 0 && fetched.size < limit) {
    const url = queue.shift() as string;
    if (fetched.has(url)) continue;
    const res = await fetch(url, { redirect: 'manual' });
    fetched.set(url, res.status);
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('text/html')) {
      await res.arrayBuffer();
      continue;
    }
    const $ = cheerio.load(await res.text());
    for (const el of $('a[href]').toArray()) {
      const href = $(el).attr('href') ?? '';
      if (href.startsWith('javascript:') || href.startsWith('#')) continue;
      const target = new URL(href, url);
      target.hash = '';
      if (target.origin !== s.origin) continue;
      linked.add(target.href);
      if (!robotsAllows(robots, target.pathname + target.search)) continue;
      if (/\.(?:jpg|png|gif|pdf)$/u.test(target.pathname)) continue;
      if (!fetched.has(target.href)) queue.push(target.href);
    }
  }
  return { fetched, linked };
}

/** True if a fetched URL is the article or one of its listed forms (Liferay appends `/<groupId>?…`). */
const reaches = (urls: Iterable<string>, a: SiteArticle): boolean =>
  [...urls].some((u) => u === a.url || u.startsWith(`${a.url}/`) || u.startsWith(`${a.url}?`));

describe('fixture sites: the whole set', () => {
  it('starts eight sites, each on its own 127.0.0.1 port, listed by the directory', async () => {
    expect(server.sites.map((s) => s.id)).toEqual(['nukeviet', 'drupal', 'sharepoint', 'newspaper', 'wordpress', 'liferay', 'sharepoint-js', 'faults']);
    const origins = new Set(server.sites.map((s) => s.origin));
    expect(origins.size).toBe(8);
    for (const origin of origins) expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const listed = (await (await fetch(`${server.origin}/sites.json`)).json()) as Array<{ id: string; origin: string }>;
    expect(listed.map((s) => s.origin)).toEqual(server.sites.map((s) => s.origin));
  });

  it.each(['nukeviet', 'drupal', 'sharepoint', 'newspaper', 'wordpress', 'liferay', 'sharepoint-js'])(
    '%s has on-topic and off-topic articles, robots.txt, and links to other hosts',
    async (id) => {
      const s = site(id);
      expect(s.articles.filter((a) => a.onTopic).length).toBeGreaterThanOrEqual(3);
      expect(s.articles.some((a) => a.topic === 'sports')).toBe(true);
      expect(s.articles.some((a) => a.topic === 'weather')).toBe(true);
      const robots = await get(id, '/robots.txt');
      expect(robots.status).toBe(200);
      expect(robots.headers.get('content-type')).toMatch(/^text\/plain/u);
      expect(await robots.text()).toMatch(/^User-agent: \*$/mu);
      const html = await text(id, pathOf(s.startUrl));
      expect(html).toContain('https://dangcongsan.vn/');
      const peers = server.sites.filter((p) => p.id !== id && html.includes(`${p.origin}/`));
      expect(peers.length).toBeGreaterThanOrEqual(1);
    },
  );

  it.each(['nukeviet', 'drupal', 'sharepoint', 'newspaper', 'wordpress', 'liferay'])(
    '%s: following links from the start page reaches every crawlable article, and nothing errors',
    async (id) => {
      const s = site(id);
      const { fetched, linked } = await crawlLinks(s);
      for (const a of s.articles) {
        if (a.allowedByRobots) expect(reaches(fetched.keys(), a), `${a.url} not reached`).toBe(true);
        else {
          expect(reaches(fetched.keys(), a), `${a.url} is forbidden but was fetched`).toBe(false);
          expect(reaches(linked, a), `${a.url} is forbidden and should still be linked`).toBe(true);
        }
      }
      const failed = [...fetched].filter(([, status]) => status !== 200);
      expect(failed).toEqual([]);
    },
  );

  it('serves an image for picture paths and 404 for unknown paths', async () => {
    const img = await get('nukeviet', '/uploads/news/2024_06/anh-1.jpg');
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/gif');
    expect((await get('nukeviet', '/khong-co-trang-nay')).status).toBe(404);
    expect((await get('nukeviet', '/', { method: 'POST' })).status).toBe(405);
  });

  it('answers conditional GETs with 304 (ETag, and Last-Modified on articles)', async () => {
    const a = articleFrom('newspaper', 'seed:000');
    const first = await get('newspaper', a.path);
    await first.text();
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^".+"$/u);
    expect(lastModified).toBe(a.published.toUTCString());
    expect((await get('newspaper', a.path, { headers: { 'If-None-Match': etag ?? '' } })).status).toBe(304);
    expect((await get('newspaper', a.path, { headers: { 'If-Modified-Since': lastModified ?? '' } })).status).toBe(304);
    expect((await get('newspaper', a.path, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });
});

describe('NukeViet 4.5 portal (SITES.md §1)', () => {
  it('category listing: viewcat_page_new items, 4.5 list dates, NukeViet pager with page-N', async () => {
    const $ = await page('nukeviet', '/vi/news/');
    expect($('div.news_column div.panel-body.featured h2 a[title]').length).toBe(1);
    expect($('div.news_column div.panel-body h3 a[title]').length).toBeGreaterThanOrEqual(1);
    expect($('div.text-muted ul.list-inline li').first().text().trim()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/u);
    expect($('h4').text()).toContain('Các tin khác');
    expect($('ul.pagination li.page-item.active a.page-link').attr('href')).toBe('javascript:void(0)');
    const next = $('ul.pagination a.page-link[rel="next"]').first();
    expect(next.attr('href')).toBe('/vi/news/page-2/');
    expect(next.attr('title')).toBe('Tin Tức - Trang 2');
    const $2 = await page('nukeviet', '/vi/news/page-2/');
    expect($2('ul.pagination li.page-item.active a').text()).toBe('2');
    expect($2('ul.pagination a[rel="prev"]').attr('href')).toBe('/vi/news/');
    expect((await get('nukeviet', '/vi/news/page-99/')).status).toBe(404);
  });

  it('article page: detail.tpl markup, visible date "Chủ nhật - 02/06/2024 16:05", rating card, related lists, counter', async () => {
    const a = articleFrom('nukeviet', 'seed:000');
    expect(a.path).toMatch(/^\/vi\/news\/cong-doan\/binh-phuoc-khanh-hoa-trao-doi-[a-z0-9-]+-\d+\.html$/u);
    const $ = await page('nukeviet', a.path);
    expect($('meta[name="generator"]').attr('content')).toBe('NukeViet v4.5');
    expect($('div.news_column.panel.panel-default[itemscope] h1.title.margin-bottom-lg[itemprop="headline"]').text()).toBe(a.title);
    expect($('span.h5').first().text()).toBe('Chủ nhật - 02/06/2024 16:05');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2024-06-02+0716:05:00');
    expect($('div.hometext[itemprop="description"]').text()).toMatch(/^\(CTTĐTBP\) - Trong 02 ngày/u);
    expect($('div#news-bodyhtml.bodytext p').length).toBeGreaterThan(3);
    expect($('p.h5.text-right').text()).toBe('Tác giả: Đỗ Trình');
    expect($('p#stringrating').text()).toMatch(/^Tổng số điểm của bài viết là: \d+ trong \d+ đánh giá$/u);
    expect($('span#hover-test').text()).toBe('Click để đánh giá bài viết');
    expect($('div.other-news p.h3 strong').toArray().map((e) => $(e).text())).toContain('Theo dòng sự kiện');
    expect($('ul.counter li').first().text()).toBe('Đang truy cập1,180');
    expect($('nav.third-nav .breadcrumbs').text()).toContain('Trang nhất');
    expect($('#timeoutsess').text()).toContain('Thời gian chờ:');
    expect($('link[rel="canonical"]').attr('href')).toBe(a.url);
  });

  it('print, savefile, sendmail and tag variants exist and point back to the article', async () => {
    const a = articleFrom('nukeviet', 'seed:000');
    const $ = await page('nukeviet', a.path);
    const tail = a.path.replace('/vi/news/', '');
    for (const variant of ['print', 'savefile', 'sendmail']) expect($(`a.dimgray[href="/vi/news/${variant}/${tail}"]`).length).toBe(1);
    const print = await page('nukeviet', `/vi/news/print/${tail}`);
    expect(print('#footerprint a').attr('href')).toBe(a.url);
    const savefile = await page('nukeviet', `/vi/news/savefile/${tail}`);
    expect(savefile('div#news-bodyhtml').length).toBe(1);
    expect(savefile('link[rel="canonical"]').length).toBe(0);
    expect((await get('nukeviet', `/vi/news/sendmail/${tail}`)).status).toBe(200);
    const tagHref = $('div.h5 a[title]').first().attr('href') ?? '';
    expect(tagHref).toMatch(/^\/vi\/news\/tag\/[a-z0-9-]+$/u);
    const tag = await page('nukeviet', tagHref);
    expect(tag('.panel-body p').first().text().trim()).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/u);
  });

  it('an article asked under another category is redirected 301 to its canonical URL', async () => {
    const a = articleFrom('nukeviet', 'seed:000');
    const res = await get('nukeviet', a.path.replace('/cong-doan/', '/kinh-te/'));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(a.path);
  });

  it('RSS: 2.0 with the pubDate month-in-minutes quirk, guid news_<id>, no internal items; an unknown category falls back', async () => {
    const a = articleFrom('nukeviet', 'seed:000');
    const res = await get('nukeviet', '/vi/news/rss/');
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/u);
    const $ = cheerio.load(await res.text(), { xml: true });
    expect($('channel > generator').text()).toBe('NukeViet v4.0');
    const item = $('item').filter((_, el) => $(el).find('guid').text() === `news_${a.id}`);
    expect(item.find('guid').attr('isPermaLink')).toBe('false');
    // 16:05 in Vietnam is 09:05 UTC; June puts "06" where the minutes belong.
    expect(item.find('pubDate').text()).toBe('Sun, 2 Jun 2024 09:06:00 GMT');
    expect($('item link').toArray().some((el) => $(el).text().includes('/noi-bo/'))).toBe(false);
    const fallback = await text('nukeviet', '/vi/news/rss/khong-co-chuyen-muc/');
    expect(cheerio.load(fallback, { xml: true })('item').length).toBe($('item').length);
    const category = cheerio.load(await text('nukeviet', '/vi/news/rss/cong-doan/'), { xml: true });
    expect(category('item link').toArray().every((el) => category(el).text().includes('/cong-doan/'))).toBe(true);
  });

  it('sitemap index → /sitemap-vi.news.xml listing every article, the forbidden one too', async () => {
    const index = cheerio.load(await text('nukeviet', '/sitemap.xml'), { xml: true });
    expect(index('sitemapindex > sitemap > loc').text()).toBe(server.urlOf('nukeviet', '/sitemap-vi.news.xml'));
    const urls = cheerio.load(await text('nukeviet', '/sitemap-vi.news.xml'), { xml: true })('url > loc').toArray().map((e) => cheerio.load(e, { xml: true }).text());
    expect(new Set(urls)).toEqual(new Set(site('nukeviet').articles.map((a) => a.url)));
  });

  it('robots.txt forbids the internal section, which holds one linked article', async () => {
    const robots = await text('nukeviet', '/robots.txt');
    expect(robots).toContain('Disallow: /vi/news/noi-bo/');
    const internal = site('nukeviet').articles.filter((a) => !a.allowedByRobots);
    expect(internal.map((a) => a.category)).toEqual(['noi-bo']);
    expect(internal[0]?.expectedInCrawl).toBe(false);
    expect(await text('nukeviet', '/')).toContain(internal[0]?.path);
  });
});

describe('Drupal 7 board site (SITES.md §2.1)', () => {
  it('front page: teasers and a zero-based ul.pager', async () => {
    const $ = await page('drupal', '/');
    expect($('meta[name="Generator"]').attr('content')).toBe('Drupal 7 (http://drupal.org)');
    expect($('h2.element-invisible').text()).toBe('Pages');
    expect($('ul.pager li.pager-current').text()).toBe('1');
    expect($('ul.pager li.pager-next a').attr('href')).toBe('/?page=1');
    expect($('ul.pager li.pager-next a').text()).toBe('next ›');
    const $2 = await page('drupal', '/?page=1');
    expect($2('ul.pager li.pager-current').text()).toBe('2');
    expect($2('ul.pager li.pager-first a').attr('href')).toBe('/');
    expect((await get('drupal', '/?page=99')).status).toBe(404);
  });

  it('node page: body field, "Bản in" / "Send by email" links, counter, no visible date', async () => {
    const a = articleFrom('drupal', 'seed:003');
    expect(a.path).toBe(`/node/${a.id}`);
    const $ = await page('drupal', a.path);
    expect($('h1#page-title').text()).toBe(a.title);
    expect($('div.node div.content div.field-name-body .field-item p').first().text()).toMatch(/^Bám sát sự chỉ đạo/u);
    expect($('a.print-page').text()).toBe('Bản in');
    expect($('a.print-page').attr('href')).toBe(`/print/${a.id}`);
    expect($('a.print-mail').text()).toBe('Send by email');
    expect($('.language-switcher-locale-url').text()).toContain('Tiếng Việt');
    expect($('#block-statistics-popular').text()).toMatch(/Tổng lượt xem tin:\d+/u);
    expect($('#block-views-tin-noi-bat-block').text()).toContain('(Tiếng Việt)');
    expect($('div.submitted, span.date').length).toBe(0);
    expect($('meta[property="article:published_time"]').attr('content')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/u);
    const print = await page('drupal', `/print/${a.id}`);
    expect(print('.print-source_url a').attr('href')).toBe(a.url);
    expect((await get('drupal', `/printmail/${a.id}`)).status).toBe(200);
  });

  it('/rss.xml with Drupal guids, taxonomy feeds, xmlsitemap, and Crawl-delay in robots.txt', async () => {
    const $ = cheerio.load(await text('drupal', '/rss.xml'), { xml: true });
    const first = site('drupal').articles[0] as SiteArticle;
    expect($('item guid').first().text()).toBe(`${first.id} at ${site('drupal').origin}`);
    expect($('item pubDate').first().text()).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/u);
    expect((await get('drupal', '/taxonomy/term/5/feed')).status).toBe(200);
    expect(await text('drupal', '/sitemap.xml')).toContain(`${first.url}</loc>`);
    expect(await text('drupal', '/robots.txt')).toMatch(/^Crawl-delay: 1$/mu);
  });
});

describe('SharePoint portal (SITES.md §2.3)', () => {
  it('list view ?PageIndex=N with US dates; path and parameter are case-insensitive', async () => {
    const a = articleFrom('sharepoint', 'seed:000');
    const $ = await page('sharepoint', '/Lists/TinTucSuKien/TongQuat.aspx');
    expect($('table.ms-listviewtable td.ms-vb2 nobr').first().text()).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2} (?:AM|PM)$/u);
    expect($('.ms-paging a.next').attr('href')).toBe('/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2');
    const upper = await text('sharepoint', '/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=2');
    const lower = await text('sharepoint', '/lists/tintucsukien/tongquat.aspx?pageindex=2');
    expect(cheerio.load(lower)('table.ms-listviewtable').html()).toBe(cheerio.load(upper)('table.ms-listviewtable').html());
    // Seed 000 is dated 02/06/2024 16:05 in Vietnam: month first, 12-hour.
    const all = [];
    for (let n = 1; ; n++) {
      const res = await get('sharepoint', `/Lists/TinTucSuKien/TongQuat.aspx?PageIndex=${n}`);
      if (res.status === 404) break;
      all.push(await res.text());
    }
    const row = all.map((h) => cheerio.load(h)).flatMap(($p) => $p('tr.ms-itmhover').toArray().map((tr) => $p(tr))).find((tr) => tr.find('a').attr('href') === a.path);
    expect(row?.find('nobr').text()).toBe('6/2/2024 4:05 PM');
  });

  it('article /tin-tuc/<id>-<slug>: lead "TTĐT - ", captions twice, Bình Dương chrome, no date', async () => {
    const a = articleFrom('sharepoint', 'seed:001');
    expect(a.path).toMatch(/^\/tin-tuc\/\d+-[a-z0-9-]+$/u);
    expect(a.slug.length).toBeLessThanOrEqual(50);
    const $ = await page('sharepoint', a.path);
    expect($('meta[name="GENERATOR"]').attr('content')).toBe('Microsoft SharePoint');
    expect($('h1.title-news').text()).toBe(a.title);
    expect($('div.summary').text()).toMatch(/^TTĐT - /u);
    const caption = 'Toàn cảnh hội nghị.';
    expect($('div.content-news').text().split(caption).length - 1).toBe(2);
    const chrome = $('body').text();
    for (const label of ['Phản hồi', 'Các tin khác', 'Mới nhất', 'Xem nhiều nhất']) expect(chrome).toContain(label);
    expect($('.news-detail').text()).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/u);
    const res = await get('sharepoint', a.path);
    expect(res.headers.get('microsoftsharepointteamservices')).toBe('16.0.0.5095');
  });

  it('serves the list feed advertised in the page head', async () => {
    const $ = await page('sharepoint', '/');
    const href = $('link[rel="alternate"][type="application/rss+xml"]').attr('href') ?? '';
    const feed = cheerio.load(await text('sharepoint', href), { xml: true });
    expect(feed('item').length).toBe(site('sharepoint').articles.length);
  });
});

describe('newspaper, -a<id>.html family (SITES.md §2.5)', () => {
  it('category pages /<cat>?p=N with div#page pager, current page in <b>', async () => {
    const big = ['xay-dung-dang', 'lao-dong-cong-doan'].find((c) => site('newspaper').articles.filter((a) => a.category === c).length > 3) ?? 'xay-dung-dang';
    const $ = await page('newspaper', `/${big}`);
    expect($('div#page ul li b').text()).toBe('1');
    expect($('div#page ul li a').first().attr('href')).toBe(`/${big}?p=2`);
    const $2 = await page('newspaper', `/${big}?p=2`);
    expect($2('div#page ul li b').text()).toBe('2');
  });

  it('article: titlecate, span.pubdate "dd/mm/yyyy - HH:MM", content-fck with (CTO) lead and byline, tags, print page', async () => {
    const a = articleFrom('newspaper', 'seed:000');
    expect(a.path).toMatch(/^\/[a-z0-9-]+-a\d+\.html$/u);
    const res = await get('newspaper', a.path);
    expect(res.headers.get('content-type')).toBe('text/html');
    const $ = cheerio.load(await res.text());
    expect($('meta[charset]').attr('charset')).toBe('utf-8');
    expect($('div.titlecate h1 a').attr('href')).toBe('/lao-dong-cong-doan');
    expect($('div.sharemxh span.pubdate').text()).toBe('02/06/2024 - 16:05');
    expect($('div#newscontents div.content-fck p').first().find('strong').text()).toBe('(CTO)');
    expect($('div#newscontents div.content-fck p[style="text-align: right;"]').last().text()).toBe('Tin, ảnh: Đỗ Trình');
    expect($('div.block_tag a.tag_item').first().attr('href')).toMatch(/^\/tim-kiem\/[a-z0-9-]+\.html$/u);
    expect($('div#comment').text()).toContain('BÌNH LUẬN');
    const printHref = $('a.print').attr('href') ?? '';
    expect(printHref).toBe(a.path.replace(/^\//u, '/print/'));
    expect((await get('newspaper', printHref)).status).toBe(200);
  });

  it('sitemap index of monthly sitemaps; robots.txt forbids /tim-kiem/', async () => {
    const a = articleFrom('newspaper', 'seed:000');
    const index = cheerio.load(await text('newspaper', '/sitemap.xml'), { xml: true });
    const locs = index('sitemap loc').toArray().map((e) => index(e).text());
    expect(locs).toContain(server.urlOf('newspaper', '/sitemap/2024-06.xml'));
    expect(await text('newspaper', '/sitemap/2024-06.xml')).toContain(`<loc>${a.url}</loc>`);
    expect(await text('newspaper', '/robots.txt')).toContain('Disallow: /tim-kiem/');
  });
});

describe('WordPress site (SITES.md §2.6)', () => {
  it('archives /page/N/ with nav.pagination, category archives, rel=next', async () => {
    const $ = await page('wordpress', '/');
    expect($('meta[name="generator"]').attr('content')).toMatch(/^WordPress /u);
    expect($('nav.navigation.pagination span.page-numbers.current[aria-current="page"]').text()).toBe('1');
    expect($('nav.navigation.pagination a.next.page-numbers').attr('href')).toBe(server.urlOf('wordpress', '/page/2/'));
    expect($('link[rel="next"]').attr('href')).toBe(server.urlOf('wordpress', '/page/2/'));
    expect((await get('wordpress', '/page/2/')).status).toBe(200);
    expect((await get('wordpress', '/category/xay-dung-dang/')).status).toBe(200);
    expect((await get('wordpress', '/page/99/')).status).toBe(404);
  });

  it('post /<yyyy>/<mm>/<slug>.html: entry-title, time.entry-date, entry-content; /?p=<id> redirects to it', async () => {
    const a = articleFrom('wordpress', 'seed:000');
    expect(a.path).toMatch(/^\/2024\/06\/[a-z0-9-]+\.html$/u);
    const $ = await page('wordpress', a.path);
    expect($(`article.post-${a.id} h1.entry-title`).text()).toBe(a.title);
    expect($('time.entry-date.published').attr('datetime')).toBe('2024-06-02T16:05:00+07:00');
    expect($('div.entry-content p').length).toBeGreaterThan(3);
    expect($('div.entry-content figure figcaption').length).toBeGreaterThan(0);
    expect($('nav.post-navigation div.nav-links').length).toBe(1);
    expect($('script.yoast-schema-graph').length).toBe(1);
    const short = await get('wordpress', `/?p=${a.id}`);
    expect(short.status).toBe(301);
    expect(short.headers.get('location')).toBe(a.url);
  });

  it('/feed/ and /wp-sitemap.xml', async () => {
    const feed = cheerio.load(await text('wordpress', '/feed/'), { xml: true });
    expect(feed('item pubDate').first().text()).toMatch(/ \+0000$/u);
    expect(feed('item link').first().text()).toBe(site('wordpress').articles[0]?.url);
    const index = await text('wordpress', '/wp-sitemap.xml');
    expect(index).toContain('/wp-sitemap-posts-post-1.xml');
    const posts = await text('wordpress', '/wp-sitemap-posts-post-1.xml');
    for (const a of site('wordpress').articles) expect(posts).toContain(`<loc>${a.url}</loc>`);
  });
});

describe('Liferay portal (SITES.md §2.2)', () => {
  it('Asset Publisher listing paged with _<portletId>_cur=N; links carry /<groupId>?inheritRedirect=false&redirect=', async () => {
    const $ = await page('liferay', '/tin-tuc-su-kien');
    expect($('div[id^="p_p_id_101_INSTANCE_"]').attr('id')).toMatch(/^p_p_id_101_INSTANCE_[A-Za-z0-9]{12}_$/u);
    const link = $('h3.asset-title a').first().attr('href') ?? '';
    expect(link).toMatch(/^\/chi-tiet-tin-tuc\/-\/asset_publisher\/[A-Za-z0-9]{12}\/content\/[a-z0-9-]+\/20181\?inheritRedirect=false&redirect=http/u);
    const next = $('.taglib-page-iterator .pagination a').filter((_, e) => $(e).text() === '2').attr('href') ?? '';
    expect(next).toMatch(/[?&]_101_INSTANCE_[A-Za-z0-9]{12}_cur=2$/u);
    expect(next).toContain('p_p_lifecycle=0');
    const $2 = await page('liferay', next);
    expect($2('.pagination li.active').text()).toBe('2');
  });

  it('article: both URL forms serve it, the canonical link drops the suffix; Atom feed; document library PDF', async () => {
    const a = articleFrom('liferay', 'seed:000');
    const long = await page('liferay', `${a.path}/20181?inheritRedirect=false&redirect=${encodeURIComponent(server.urlOf('liferay', '/tin-tuc-su-kien'))}`);
    const short = await page('liferay', a.path);
    expect(long('link[rel="canonical"]').attr('href')).toBe(a.url);
    expect(short('link[rel="canonical"]').attr('href')).toBe(a.url);
    expect(short('.asset-full-content h3.header-title span, .taglib-header h3.header-title span').first().text()).toBe(a.title);
    expect(short('.journal-content-article p').length).toBeGreaterThan(3);
    const feedHref = (site('liferay').feedUrls[0] ?? '').replace(site('liferay').origin, '');
    const feed = await get('liferay', feedHref);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/u);
    const atom = cheerio.load(await feed.text(), { xml: true });
    expect(atom('entry link').toArray().map((e) => atom(e).attr('href'))).toContain(a.url);
    const pdfHref = short('a[href^="/documents/"]').attr('href') ?? '';
    const pdf = await get('liferay', pdfHref);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('its sitemap lists pages, not articles', async () => {
    const xml = await text('liferay', '/sitemap.xml');
    expect(xml).toContain('/tin-tuc-su-kien</loc>');
    expect(xml).not.toContain('/content/');
  });
});

describe('SharePoint site with a JavaScript-only list (tinhuybinhduong, SITES.md §2.3)', () => {
  it('the plain HTML has an empty list and no article link; the script builds them', async () => {
    const s = site('sharepoint-js');
    expect(s.needsBrowser).toBe(true);
    const html = await text('sharepoint-js', '/Pages/tin-tuc-su-kien.aspx');
    const $ = cheerio.load(html);
    expect($('#news-list').children().length).toBe(0);
    expect($('a[href*="DispForm.aspx"]').length).toBe(0);
    expect(html).not.toMatch(/DispForm\.aspx\?ID=\d/u);
    expect(html).toContain("{{ getLanguage('VanBan_FontSize', 'Cỡ chữ', 'Font size') }}");
    const script = $('script').text();
    expect(script).toContain("getbytitle('Tintucsukien')");
    expect(script).toContain("createElement('a')");
    const { fetched } = await crawlLinks(s);
    expect(s.articles.filter((a) => reaches(fetched.keys(), a))).toEqual([]);
  });

  it('the REST API returns the items the script turns into links', async () => {
    const res = await get('sharepoint-js', "/_api/web/lists/getbytitle('Tintucsukien')/items?$top=3&$skip=0");
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata=verbose/u);
    const body = (await res.json()) as { d: { results: Array<{ ID: number; Title: string }>; __next?: string } };
    expect(body.d.results.map((r) => r.ID)).toEqual(site('sharepoint-js').articles.slice(0, 3).map((a) => a.id));
    expect(body.d.__next).toContain('$skip=3');
  });

  it('run in a DOM (jsdom), the script renders the links and the pager', async () => {
    const s = site('sharepoint-js');
    const renderedLinks = async (path: string): Promise<string[]> => {
      const dom = new JSDOM(await text('sharepoint-js', path), { url: server.urlOf('sharepoint-js', path), runScripts: 'dangerously' });
      try {
        for (let i = 0; i < 200 && dom.window.document.body.getAttribute('data-news-loaded') !== 'true'; i++) await new Promise((r) => setTimeout(r, 10));
        return [...dom.window.document.querySelectorAll('a')].map((a) => a.href);
      } finally {
        dom.window.close();
      }
    };
    const found = new Set<string>();
    let path: string | undefined = '/Pages/tin-tuc-su-kien.aspx';
    for (let guard = 0; path && guard < 20; guard++) {
      const links = await renderedLinks(path);
      for (const l of links) if (l.includes('DispForm.aspx')) found.add(l);
      path = links.map((l) => new URL(l)).find((u) => u.pathname === '/Pages/tin-tuc-su-kien.aspx' && u.search === `?page=${guard + 2}`)?.search;
      if (path) path = `/Pages/tin-tuc-su-kien.aspx${path}`;
    }
    expect(new Set(s.articles.map((a) => a.url))).toEqual(found);
  });

  it('article pages are server-rendered with the "dd/mm/yyyy | Ban …" header', async () => {
    const a = articleFrom('sharepoint-js', 'seed:000');
    const $ = await page('sharepoint-js', a.path);
    expect($('h1.news-title').text()).toBe(a.title);
    expect($('.news-info .date').text()).toBe('02/06/2024 | Ban Dân vận');
    expect($('.news-content p').length).toBeGreaterThan(3);
  });
});

describe('the faults site', () => {
  const fault = (name: Parameters<typeof faultPath>[0]): string => faultPath(name);
  function faultPath(name: keyof FixtureSite['faultPaths']): string {
    const path = site('faults').faultPaths[name];
    if (!path) throw new Error(`no fault path for ${name}`);
    return path;
  }

  it('links every fault page from its home page; transient faults are marked as expected articles', async () => {
    const html = await text('faults', '/');
    for (const path of Object.values(site('faults').faultPaths)) expect(html).toContain(`href="${path}"`);
    const expected = site('faults').articles.filter((a) => a.expectedInCrawl).map((a) => a.fault).sort();
    expect(expected).toEqual(['octet-stream', 'reset', 'slow', 'status-429', 'status-500', 'status-503', 'windows-1258']);
  });

  it('500 twice, then 200', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('faults', fault('status-500'));
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([500, 500, 200]);
  });

  it.each([
    ['status-429', 429, '2'],
    ['status-503', 503, '1'],
  ] as const)('%s: %i with Retry-After %s, then 200', async (name, status, retryAfter) => {
    const first = await get('faults', fault(name));
    await first.arrayBuffer();
    expect(first.status).toBe(status);
    expect(first.headers.get('retry-after')).toBe(retryAfter);
    const second = await get('faults', fault(name));
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('class="news-detail"');
  });

  it('slow page takes at least slowMs', async () => {
    const started = Date.now();
    const res = await get('faults', fault('slow'));
    await res.text();
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 5);
  });

  it('connection reset mid-body once, then the full page', async () => {
    const first = await get('faults', fault('reset'));
    expect(first.status).toBe(200);
    await expect(first.text()).rejects.toThrow();
    const second = await get('faults', fault('reset'));
    expect(await second.text()).toContain('</html>');
  });

  it('redirect loop: a → b → a', async () => {
    const a = await get('faults', '/vong-lap/a');
    expect(a.status).toBe(302);
    expect(a.headers.get('location')).toBe('/vong-lap/b');
    const b = await get('faults', '/vong-lap/b');
    expect(b.headers.get('location')).toBe('/vong-lap/a');
    await expect(fetch(server.urlOf('faults', '/vong-lap/a'))).rejects.toThrow();
  });

  it.each([
    ['oversize', String(TWELVE_MIB)],
    ['oversize-chunked', null],
  ] as const)('%s: a 12 MiB HTML page (Content-Length %s)', async (name, length) => {
    const res = await get('faults', fault(name));
    expect(res.headers.get('content-length')).toBe(length);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(TWELVE_MIB);
    expect(body.subarray(0, 15).toString()).toBe('<!DOCTYPE html>');
    expect(body.subarray(-7).toString()).toBe('</html>');
  });

  it('a Windows-1258 page: charset in header and meta, bytes that are not UTF-8', async () => {
    const a = site('faults').articles.find((x) => x.fault === 'windows-1258') as SiteArticle;
    const res = await get('faults', fault('windows-1258'));
    expect(res.headers.get('content-type')).toBe('text/html; charset=windows-1258');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.includes(Buffer.from(a.title))).toBe(false);
    const decoded = iconv.decode(bytes, 'windows-1258').normalize('NFC');
    expect(decoded).toContain(a.title);
    expect(decoded).toContain('charset=windows-1258');
    // "ệ" has no code point of its own: "ê" (0xEA) + combining dot below (0xF2).
    expect(encodeWindows1258('ệ')).toEqual(Buffer.from([0xea, 0xf2]));
  });

  it('wrong content types: an article as application/octet-stream, a PDF as text/html', async () => {
    const octet = await get('faults', fault('octet-stream'));
    expect(octet.headers.get('content-type')).toBe('application/octet-stream');
    expect((await octet.text()).startsWith('<!DOCTYPE html>')).toBe(true);
    const pdf = await get('faults', fault('pdf-as-html'));
    expect(pdf.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('faults', fault('not-found'))).status).toBe(404);
  });

  it('logs every request with site, path, status, user agent and concurrency', async () => {
    server.requests.length = 0;
    await Promise.all([0, 1, 2].map(() => get('faults', fault('slow')).then((r) => r.text())));
    await (await get('faults', '/', { headers: { 'User-Agent': 'vntally-test/1.0' } })).text();
    const slow = server.requests.filter((r) => r.path === fault('slow'));
    expect(slow).toHaveLength(3);
    expect(Math.max(...slow.map((r) => r.concurrent))).toBeGreaterThan(1);
    expect(slow.every((r) => r.fault === 'slow' && r.status === 200 && r.endTime - r.time >= SLOW_MS - 5)).toBe(true);
    const home = server.requests.at(-1);
    expect(home).toMatchObject({ site: 'faults', method: 'GET', path: '/', status: 200, userAgent: 'vntally-test/1.0', concurrent: 1, fault: undefined });
  });
});

describe('runtime changes and per-site fault options', () => {
  let live: FixtureServer;
  let emptyGolden: string;

  beforeAll(async () => {
    emptyGolden = mkdtempSync(join(tmpdir(), 'vntally-golden-'));
    live = await startFixtureServer({
      sites: ['nukeviet', 'drupal', 'wordpress', 'sharepoint-js'],
      goldenDir: emptyGolden,
      faults: {
        rules: [{ site: 'drupal', path: '/rss.xml', kind: 'status', status: 503, retryAfter: 5, times: 1 }],
        latencyMs: { drupal: 60 },
      },
    });
  });

  afterAll(async () => {
    await live.close();
    rmSync(emptyGolden, { recursive: true, force: true });
  });

  it('without golden articles, the seeds still give every site at least 3 articles', () => {
    for (const s of live.sites) expect(s.articles.length, s.id).toBeGreaterThanOrEqual(3);
    expect(live.site('nukeviet').articles.every((a) => !a.source.startsWith('golden:'))).toBe(true);
  });

  it('an added article tops listings, the feed and the sitemap', async () => {
    const added = live.addArticle('nukeviet', { title: 'Kết nạp 20 đảng viên trong doanh nghiệp ngoài nhà nước', body: 'Sáng 5/7, Đảng ủy Khối Doanh nghiệp tổ chức lễ kết nạp 20 đảng viên.\n[ảnh] Quang cảnh buổi lễ\nĐây là đợt kết nạp thứ ba trong năm.' });
    expect(live.site('nukeviet').articles[0]).toBe(added);
    const home = cheerio.load(await (await fetch(live.urlOf('nukeviet', '/vi/news/'))).text());
    expect(home('.featured h2 a').attr('href')).toBe(added.path);
    const rss = cheerio.load(await (await fetch(live.urlOf('nukeviet', '/vi/news/rss/'))).text(), { xml: true });
    expect(rss('item link').first().text()).toBe(added.url);
    expect(await (await fetch(live.urlOf('nukeviet', '/sitemap-vi.news.xml'))).text()).toContain(`<loc>${added.url}</loc>`);
    const page = await fetch(added.url);
    expect(page.status).toBe(200);
    const wp = live.addArticle('wordpress', { title: 'Bài mới trên trang công đoàn', body: 'Nội dung bài mới.', topic: 'union' });
    expect(await (await fetch(live.urlOf('wordpress', '/feed/'))).text()).toContain(`<link>${wp.url}</link>`);
    const js = live.addArticle('sharepoint-js', { title: 'Tin mới của Tỉnh ủy', body: 'Nội dung.' });
    const api = (await (await fetch(live.urlOf('sharepoint-js', "/_api/web/lists/getbytitle('Tintucsukien')/items?$top=1"))).json()) as { d: { results: Array<{ ID: number }> } };
    expect(api.d.results[0]?.ID).toBe(js.id);
  });

  it('setRobots changes robots.txt and which articles are allowed', async () => {
    live.setRobots('wordpress', 'User-agent: *\nDisallow: /2024/\n');
    expect(await (await fetch(live.urlOf('wordpress', '/robots.txt'))).text()).toBe('User-agent: *\nDisallow: /2024/\n');
    const forbidden = live.site('wordpress').articles.filter((a) => !a.allowedByRobots);
    expect(forbidden.length).toBeGreaterThan(0);
    expect(forbidden.every((a) => a.path.startsWith('/2024/'))).toBe(true);
  });

  it('a fault rule passed in options applies to a normal site, with latency', async () => {
    const started = Date.now();
    const first = await fetch(live.urlOf('drupal', '/rss.xml'));
    await first.arrayBuffer();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect((await fetch(live.urlOf('drupal', '/rss.xml'))).status).toBe(200);
    expect(live.requests.find((r) => r.site === 'drupal' && r.path === '/rss.xml')?.fault).toBe('rule:status');
  });

  it('takes a test corpus: pinned articles go to their site, the others take turns; the faults site re-uses texts', async () => {
    const text = (n: number): { title: string; body: string } => ({ title: `Bài thử nghiệm số ${n} về phát triển đảng viên`, body: `Đoạn mở đầu của bài ${n}.\nĐoạn hai của bài ${n}.` });
    const custom = await startFixtureServer({
      sites: ['drupal', 'wordpress', 'faults'],
      articles: [{ ...text(1), site: 'wordpress' }, text(2), text(3), text(4)],
    });
    try {
      expect(custom.site('wordpress').articles.map((a) => a.title).sort()).toEqual([text(1).title, text(3).title]);
      expect(custom.site('drupal').articles.map((a) => a.title).sort()).toEqual([text(2).title, text(4).title]);
      const faulty = custom.site('faults').articles;
      expect(faulty).toHaveLength(9);
      expect(new Set(faulty.map((a) => a.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.caption)).join('\n'))).size).toBe(9);
    } finally {
      await custom.close();
    }
    await expect(startFixtureServer({ sites: ['drupal'], articles: [{ ...text(1), site: 'wordpress' }] })).rejects.toThrow(/pinned to site "wordpress"/u);
  });

  it('refuses unknown site ids', async () => {
    await expect(startFixtureServer({ sites: ['nope'] })).rejects.toThrow(/unknown fixture site\(s\): nope/u);
  });
});

describe('article text loader', () => {
  it.each([
    ['Chủ nhật - 02/06/2024 16:05', '2024-06-02T09:05:00.000Z'],
    ['Ngày 01/03/2022', '2022-02-28T17:00:00.000Z'],
    ['Thứ Bảy, 24/04/2021 07:58', '2021-04-24T00:58:00.000Z'],
    ['28/11/2023 | Ban Tổ chức', '2023-11-27T17:00:00.000Z'],
    ['08:15 19/04/2024', '2024-04-19T01:15:00.000Z'],
    ['Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)', '2018-08-27T03:29:00.000Z'],
    ['2025-06-30 00:02:07', '2025-06-29T17:02:00.000Z'],
  ])('date line %j → %s', (line, iso) => {
    expect(parseDateLine(line)?.toISOString()).toBe(iso);
  });

  it.each([
    'Tính đến hết ngày 31/5/2024, Khối thi đua số 1 LĐLĐ tỉnh Bình Phước có 463 công đoàn cơ sở, với tổng số 80.689 đoàn viên',
    'Sáng 23/4, Đảng ủy Khối tổ chức hội nghị',
    '32/13/2024',
    'Toàn cảnh hội nghị',
  ])('no date in %j', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });

  it('reads a scraped text: skips navigation before the title, chrome, boilerplate; keeps the byline out of the lead', () => {
    const parsed = parseArticleText(
      [
        'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM',
        'Trang chủ » Tin tức » Chính trị',
        'Duy Tiên: Phát triển đảng viên trong các KCN Đồng Văn',
        'Ngày đăng: 23/04/2024 10:15    Lượt xem: 836',
        'In bài viết   Gửi email   Cỡ chữ A- A A+',
        '',
        '(BNTV) - Chiều 22/4, Thị ủy Duy Tiên tổ chức hội nghị.',
        'Toàn cảnh hội nghị',
        'Toàn cảnh Hội nghị',
        'Các KCN hiện thu hút khoảng 330 doanh nghiệp.',
        'Tin liên quan',
        'Bài khác',
      ].join('\n'),
    );
    expect(parsed.title).toBe('Duy Tiên: Phát triển đảng viên trong các KCN Đồng Văn');
    expect(parsed.published?.toISOString()).toBe('2024-04-23T03:15:00.000Z');
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Chiều 22/4, Thị ủy Duy Tiên tổ chức hội nghị.' },
      { kind: 'paragraph', text: 'Toàn cảnh hội nghị' },
      { kind: 'paragraph', text: 'Các KCN hiện thu hút khoảng 330 doanh nghiệp.' },
    ]);
  });

  it('reads a fixture body: captions, lead tag', () => {
    expect(bodyToBlocks('TTĐT - Sáng 5/3, hội nghị.\n\n[ảnh] Quang cảnh\nĐoạn hai.')).toEqual([
      { kind: 'paragraph', text: 'Sáng 5/3, hội nghị.' },
      { kind: 'image', caption: 'Quang cảnh' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
  });

  it('keeps the seed facts: seed 000 has its date and author, seed 004 its real title', () => {
    const seed0 = articleFrom('nukeviet', 'seed:000');
    expect(seed0.published.toISOString()).toBe('2024-06-02T09:05:00.000Z');
    expect(seed0.author).toBe('Đỗ Trình');
    expect(seed0.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^Trong 02 ngày \(01 - 02\/6\/2024\)/u) as unknown as string });
    expect(articleFrom('nukeviet', 'seed:004').title).toBe('Tăng cường phối hợp trong công tác phát triển tổ chức Đảng, tổ chức Công đoàn khu vực doanh nghiệp ngoài nhà nước');
  });
});
