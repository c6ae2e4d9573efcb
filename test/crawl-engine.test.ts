/**
 * Small pieces of the crawl engine (crawlers/engine/), without a crawl: the
 * incremental stop rule, sniffing and decoding response bytes, reading an
 * article's title and text for the topic filter, and the crawl state that
 * tells whether a source's last run completed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../crawlers/adapters/index.js';
import { readArticleText } from '../crawlers/engine/article-text.js';
import { CrawlState } from '../crawlers/engine/crawl-state.js';
import { decodePage } from '../crawlers/engine/page.js';
import type { BodyKind } from '../crawlers/engine/page.js';
import { pageIsStale } from '../crawlers/engine/routes.js';
import type { AddOutcome } from '../crawlers/engine/source-run.js';
import { encodeWindows1258 } from './fixture-sites/faults.js';

describe('the incremental stop: is a listing page stale?', () => {
  const item = (published?: string): { url: string; published?: string } => ({ url: 'https://x.vn/a', ...(published ? { published } : {}) });
  it.each<[string, Array<[AddOutcome, string | undefined]>, string | undefined, boolean]>([
    ['all archived', [['known', '2024-06-01'], ['known', undefined]], '2024-06-02', true],
    ['one new article', [['known', undefined], ['new', undefined]], '2024-06-02', false],
    ['new but older than the newest archived', [['new', '2024-05-30'], ['known', undefined]], '2024-06-02', true],
    ['new, same day as the newest archived', [['new', '2024-06-02']], '2024-06-02', false],
    ['new and undated', [['new', undefined]], '2024-06-02', false],
    ['forbidden by robots.txt', [['blocked', undefined]], undefined, true],
    ['new, nothing archived yet', [['new', '2020-01-01']], undefined, false],
  ])('%s → %s', (_name, rows, newest, stale) => {
    expect(pageIsStale(rows.map(([, d]) => item(d)), rows.map(([o]) => o), newest)).toBe(stale);
  });
});

describe('response bytes: kind and charset from the bytes first', () => {
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  it.each<[string, Uint8Array, string | undefined, BodyKind, string | undefined]>([
    ['HTML sent as octet-stream', utf8('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>Đảng</body></html>'), 'application/octet-stream', 'html', 'utf-8'],
    ['a PDF labelled text/html', utf8('%PDF-1.4\n1 0 obj\n'), 'text/html; charset=utf-8', 'binary', undefined],
    ['an RSS feed with no Content-Type', utf8('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel></channel></rss>'), undefined, 'xml', 'utf-8'],
    ['XHTML with an XML declaration is HTML', utf8('<?xml version="1.0"?><!DOCTYPE html><html><body>x</body></html>'), 'application/xhtml+xml', 'html', 'utf-8'],
    ['a gzipped sitemap (.xml.gz)', gzipSync(utf8('<?xml version="1.0"?><urlset><url><loc>https://x.vn/a</loc></url></urlset>')), 'application/x-gzip', 'xml', 'utf-8'],
    ['an empty body', new Uint8Array(0), 'text/html', 'empty', undefined],
    ['JSON', utf8('{"d":{"results":[]}}'), 'application/json;odata=verbose', 'json', 'utf-8'],
  ])('%s', (_name, bytes, contentType, kind, charset) => {
    const page = decodePage(bytes, contentType);
    expect([page.kind, page.charset]).toEqual([kind, charset]);
  });

  it('reads a Windows-1258 page declared only in <meta>, to NFC text', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>Kết nạp đảng viên</body></html>';
    const page = decodePage(encodeWindows1258(html), 'text/html');
    expect(page.charset).toBe('windows-1258');
    expect(page.text).toContain('Kết nạp đảng viên'.normalize('NFC'));
  });

  it('reads an XML declaration when the header has no charset', () => {
    const xml = '<?xml version="1.0" encoding="windows-1258"?><rss><channel><title>Công đoàn</title></channel></rss>';
    expect(decodePage(encodeWindows1258(xml), 'application/rss+xml').text).toContain('Công đoàn');
  });
});

describe('article title and text for the topic filter', () => {
  it('reads a NukeViet page: the h1 title, the lead and the body, not the chrome', () => {
    const $ = cheerio.load(readFileSync(new URL('./fixtures/html/nukeviet4.html', import.meta.url), 'utf8'));
    const text = readArticleText($, adapterFor('nukeviet4').articleSelectors);
    expect(text.title).toMatch(/56 đảng viên/u);
    expect(text.text).toContain('(CTTĐTBP)');
    expect(text.text).not.toContain('Tổng lượt truy cập');
    expect(text.published).toBe('2024-06-02');
  });

  it('falls back to og:title and the whole body when no selector matches', () => {
    const $ = cheerio.load('<html><head><meta property="og:title" content="Tiêu đề"></head><body><nav>Menu</nav><p>Nội dung bài viết.</p><script>var a;</script></body></html>');
    expect(readArticleText($, { title: ['.none'], body: ['.none'] })).toEqual({ title: 'Tiêu đề', text: 'Nội dung bài viết.', published: undefined });
  });
});

describe('crawl state: did the source\'s last run complete?', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vntally-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is incremental only after a run that completed', async () => {
    const state = await CrawlState.open(dir);
    expect(state.lastRunComplete('a')).toBe(false);
    await state.markStarted('a');
    await state.markCompleted('a');
    await state.markStarted('b'); // b is killed before it completes
    const reopened = await CrawlState.open(dir);
    expect([reopened.lastRunComplete('a'), reopened.lastRunComplete('b')]).toEqual([true, false]);
  });
});
