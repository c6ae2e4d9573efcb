/**
 * The politeness layer (crawlers/politeness/): robots.txt rules, Retry-After,
 * private addresses and host scope as tables; the host gate's pacing with
 * real timers; and the polite fetcher against the fixture server for what
 * only a real connection shows (private-address refusal, redirects out of
 * scope, redirect loops, the size cap, Retry-After and backoff deferrals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkipPageError, TransientFetchError } from '../crawlers/engine/errors.js';
import { HostGate } from '../crawlers/politeness/host-gate.js';
import { PoliteFetcher } from '../crawlers/politeness/polite-fetch.js';
import { backoffMs, parseRetryAfter } from '../crawlers/politeness/retry-after.js';
import { isAllowed, matchesPattern, parseRobots } from '../crawlers/politeness/robots.js';
import { HostScope, isPrivateAddress } from '../crawlers/politeness/scope.js';
import { USER_AGENT } from '../crawlers/politeness/user-agent.js';
import { startFixtureServer } from './fixture-sites/server.js';
import type { FixtureServer } from './fixture-sites/server.js';

const DRUPAL_ROBOTS = `#
# robots.txt
User-agent: *
Crawl-delay: 10
Disallow: /includes/
Disallow: /search/
Disallow: /?q=admin/
Allow: /search/help

Sitemap: https://x.gov.vn/sitemap.xml
`;

describe('robots.txt', () => {
  const drupal = parseRobots(DRUPAL_ROBOTS);

  it('reads Crawl-delay and Sitemap lines', () => {
    expect(drupal.crawlDelaySeconds).toBe(10);
    expect(drupal.sitemaps).toEqual(['https://x.gov.vn/sitemap.xml']);
  });

  it.each<[string, boolean]>([
    ['/node/310', true],
    ['/includes/x.php', false],
    ['/search/node/dang', false],
    ['/search/help', true],
    ['/?q=admin/config', false],
    ['/?q=node/1', true],
    ['/robots.txt', true],
  ])('Drupal default: %s allowed = %s', (path, allowed) => {
    expect(isAllowed(drupal, path)).toBe(allowed);
  });

  it('prefers a group naming vntally over the * group', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: vntally\nDisallow: /private/\n');
    expect(isAllowed(rules, '/tin-tuc/1')).toBe(true);
    expect(isAllowed(rules, '/private/x')).toBe(false);
  });

  it('obeys a robots.txt that forbids a section (NukeViet noi-bo)', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /admin/\nDisallow: /vi/news/noi-bo/\n');
    expect(isAllowed(rules, '/vi/news/noi-bo/tin-5300.html')).toBe(false);
    expect(isAllowed(rules, '/vi/news/xay-dung-dang/tin-5229.html')).toBe(true);
  });

  it('clamps absurd Crawl-delays', () => {
    expect(parseRobots('User-agent: *\nCrawl-delay: 86400\n').crawlDelaySeconds).toBe(120);
  });

  it.each<[string, string, boolean]>([
    ['/a', '/a/b', true],
    ['/a$', '/a', true],
    ['/a$', '/a/b', false],
    ['/*.pdf$', '/x/y.pdf', true],
    ['/*.pdf$', '/x/y.pdf?t=1', false],
    ['/*/print/', '/vi/print/x', true],
    ['/x*y*z', '/x-1-y-2-z-3', true],
    ['/x*y*z', '/x-1-z-2-y', false],
  ])('pattern %s matches %s = %s', (pattern, path, matches) => {
    expect(matchesPattern(pattern, path)).toBe(matches);
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.parse('2024-06-02T09:00:00Z');
  it.each<[string | undefined, number | undefined]>([
    ['2', 2000],
    ['0', 0],
    ['120', 120_000],
    ['Sun, 02 Jun 2024 09:00:05 GMT', 5000],
    ['Sun, 02 Jun 2024 08:00:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    [undefined, undefined],
  ])('Retry-After %s → %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it('doubles the backoff per attempt, capped', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 500))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(20, 1000)).toBe(60_000);
  });
});

describe('addresses and scope', () => {
  it.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.5.4', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['203.162.4.190', false],
    ['8.8.8.8', false],
    ['2001:ee0:4141::1', false],
  ])('%s private = %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  const scope = new HostScope(['dongnai.gov.vn', 'www.dongnai.gov.vn', '127.0.0.1:41234']);
  it.each<[string, boolean]>([
    ['https://dongnai.gov.vn/vi/news/', true],
    ['http://www.dongnai.gov.vn/', true],
    ['https://DONGNAI.gov.vn/x', true],
    ['https://dongnai.gov.vn:8443/x', false],
    ['https://skhcn.dongnai.gov.vn/', false],
    ['https://dangcongsan.vn/', false],
    ['http://127.0.0.1:41234/', true],
    ['http://127.0.0.1:41235/', false],
    ['ftp://dongnai.gov.vn/', false],
  ])('%s in scope = %s', (url, expected) => {
    expect(scope.contains(new URL(url))).toBe(expected);
  });
});

describe('HostGate', () => {
  it('runs one request at a time per host, with the pause after each response', async () => {
    const gate = new HostGate({ delayMs: () => 60 });
    const spans: Array<[number, number]> = [];
    const task = async (): Promise<void> => {
      const start = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
      spans.push([start, Date.now()]);
    };
    await Promise.all([gate.run('a', task), gate.run('a', task), gate.run('a', task)]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(59);
  });

  it('lets other hosts go meanwhile, and honours a deferral', async () => {
    const gate = new HostGate({ delayMs: () => 0 });
    const started = Date.now();
    gate.defer('slow', 150);
    const times: Record<string, number> = {};
    await Promise.all([
      gate.run('slow', async () => {
        times.slow = Date.now() - started;
      }),
      gate.run('fast', async () => {
        times.fast = Date.now() - started;
      }),
    ]);
    expect(times.fast).toBeLessThan(100);
    expect(times.slow).toBeGreaterThanOrEqual(149);
  });
});

describe('PoliteFetcher against the fixture server', () => {
  let server: FixtureServer;
  let scope: HostScope;
  const fetcher = (allowPrivate = true, maxBytes?: number): PoliteFetcher =>
    new PoliteFetcher({ gate: new HostGate({ delayMs: () => 10 }), allowPrivate, retryBaseDelayMs: 50, ...(maxBytes ? { maxBytes } : {}) });

  beforeAll(async () => {
    server = await startFixtureServer({
      sites: ['wordpress', 'newspaper'],
      faults: {
        rules: [
          { site: 'wordpress', path: '/loop-a', kind: 'redirect', location: '/loop-b' },
          { site: 'wordpress', path: '/loop-b', kind: 'redirect', location: '/loop-a' },
          { site: 'wordpress', path: '/away', kind: 'redirect', location: 'https://dangcongsan.vn/' },
          { site: 'wordpress', path: '/busy', kind: 'status', status: 429, retryAfter: 1 },
          { site: 'wordpress', path: '/broken', kind: 'status', status: 500 },
          { site: 'wordpress', path: '/page/2/', kind: 'oversize', bytes: 300_000, chunked: true },
        ],
      },
    });
    scope = new HostScope([new URL(server.site('wordpress').origin).host]);
  });
  afterAll(async () => {
    await server.close();
  });

  const url = (path: string): string => server.urlOf('wordpress', path);
  const failure = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

  it('sends the vntally user agent and reads robots.txt first', async () => {
    server.requests.length = 0;
    const page = await fetcher().fetch({ url: url('/'), scope });
    expect(page.status).toBe(200);
    const paths = server.requests.filter((r) => r.site === 'wordpress').map((r) => r.path);
    expect(paths).toEqual(['/robots.txt', '/']);
    expect(server.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
  });

  it('refuses 127.0.0.1 unless private addresses are allowed', async () => {
    const error = await failure(fetcher(false).fetch({ url: url('/'), scope }));
    expect(error).toBeInstanceOf(SkipPageError);
    expect((error as SkipPageError).reason).toBe('private-address');
  });

  it('resolves names before connecting: localhost is refused as loopback', async () => {
    const port = new URL(server.site('wordpress').origin).port;
    const local = new HostScope([`localhost:${port}`]);
    const error = await failure(fetcher(false).fetch({ url: `http://localhost:${port}/`, scope: local }));
    expect((error as SkipPageError).reason).toBe('private-address');
    expect((error as SkipPageError).message).toMatch(/localhost resolves to (?:127\.0\.0\.1|::1)/u);
  });

  it('refuses another host, also as a redirect target', async () => {
    expect(((await failure(fetcher().fetch({ url: server.site('newspaper').startUrl, scope }))) as SkipPageError).reason).toBe('out-of-scope');
    expect(((await failure(fetcher().fetch({ url: url('/away'), scope }))) as SkipPageError).reason).toBe('out-of-scope');
  });

  it('stops a redirect loop', async () => {
    expect(((await failure(fetcher().fetch({ url: url('/loop-a'), scope }))) as SkipPageError).reason).toBe('redirect-loop');
  });

  it('skips a body over the size cap, without Content-Length too', async () => {
    expect(((await failure(fetcher(true, 100_000).fetch({ url: url('/page/2/'), scope }))) as SkipPageError).reason).toBe('oversize');
  });

  it('defers the host by Retry-After on 429 and by backoff on 5xx', async () => {
    const f = fetcher();
    const busy = (await failure(f.fetch({ url: url('/busy'), scope }))) as TransientFetchError;
    expect(busy).toBeInstanceOf(TransientFetchError);
    expect([busy.reason, busy.waitMs]).toEqual(['http-429', 1000]);
    const broken = (await failure(f.fetch({ url: url('/broken'), scope, attempt: 2 }))) as TransientFetchError;
    expect([broken.reason, broken.waitMs]).toEqual(['http-5xx', 200]);
  });

  it('answers 304 to a conditional request', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: url('/feed/'), scope });
    const second = await f.fetch({ url: url('/feed/'), scope, etag: first.headers.etag, lastModified: first.headers['last-modified'] });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });
});
