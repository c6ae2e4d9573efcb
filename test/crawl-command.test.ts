/**
 * `vntally crawl` (pipeline/commands/crawl.ts): flags and their validation,
 * an ad-hoc crawl of fixture sites with CMS detection, the JSON summary, the
 * page cap, progress on stderr, and the exit code when a source fails
 * entirely.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { crawl } from '../crawlers/engine/index.js';
import type { CrawlSummary } from '../crawlers/engine/index.js';
import { main } from '../pipeline/cli.js';
import { crawlCommand } from '../pipeline/commands/crawl.js';
import { startFixtureServer } from './fixture-sites/server.js';
import type { FixtureServer } from './fixture-sites/server.js';
import { fixtureSource } from './helpers/crawl-fixtures.js';

let server: FixtureServer;
const dirs: string[] = [];
const archive = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'vntally-cli-'));
  dirs.push(dir);
  return dir;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await main(['crawl', ...args], [crawlCommand]);
    return { code, stdout: out.join('\n'), stderr: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

beforeAll(async () => {
  server = await startFixtureServer({ sites: ['nukeviet', 'wordpress', 'liferay', 'sharepoint-js'] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('vntally crawl: usage', () => {
  it('prints its help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: vntally crawl');
    expect(result.stdout).toContain('--start-url URL');
  });

  it.each<[string[], RegExp]>([
    [['--start-url', 'http://x.vn/', '--source', 'binhphuoc-portal'], /--start-url: cannot be combined/u],
    [['--cms', 'nukeviet4'], /--cms: only applies with --start-url/u],
    [['--start-url', 'ftp://x.vn/'], /--start-url: expected an absolute http\(s\) URL/u],
    [['--start-url', 'http://x.vn/', '--cms', 'joomla'], /--cms:/u],
    [['--delay-ms', 'abc', '--source', 'binhphuoc-portal'], /--delay-ms:/u],
    [['--source', 'no-such-source'], /unknown source id "no-such-source"/u],
    [['--kind', 'blog'], /--kind:/u],
    [['--bogus'], /Unknown option '--bogus'/u],
  ])('rejects %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('vntally crawl --start-url', () => {
  it.each<[string, string, RegExp]>([
    ['nukeviet', 'nukeviet4', /^generator: NukeViet v4\.5$/u],
    ['wordpress', 'wordpress', /^generator: WordPress/u],
    ['liferay', 'liferay', /portlet-boundary/u],
  ])('detects %s as %s and crawls it (--max-pages 6, --json)', async (siteId, family, signal) => {
    const result = await run(['--start-url', server.site(siteId).startUrl, '--allow-private', '--delay-ms', '5', '--max-pages', '6', '--json', '--archive', archive()]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as CrawlSummary;
    const source = summary.sources[0]!;
    expect(source.cms).toBe(family);
    expect(source.detected?.signal).toMatch(signal);
    const c = source.counts;
    expect(c.listings + c.feeds + c.sitemaps + c.articlesFetched).toBeLessThanOrEqual(6);
    expect(c.articlesFetched).toBeGreaterThan(0);
    expect(result.stderr).toContain(`${source.sourceId}: start`);
  });

  it('switches to the browser when the adapter sees a client-rendered list (tinhuybinhduong.vn-like)', async () => {
    const result = await run(['--start-url', server.site('sharepoint-js').startUrl, '--allow-private', '--delay-ms', '5', '--max-pages', '8', '--json', '--archive', archive()]);
    expect(result.code, result.stderr).toBe(0);
    const source = (JSON.parse(result.stdout) as CrawlSummary).sources[0]!;
    expect(source.cms).toBe('sharepoint');
    expect(source.counts.browserPages).toBeGreaterThan(0);
    expect(source.counts.articlesFetched).toBeGreaterThan(0);
  }, 30_000);

  it('uses the family it is given, and prints a summary table', async () => {
    const result = await run(['--start-url', server.site('wordpress').startUrl, '--cms', 'wordpress', '--allow-private', '--delay-ms', '5', '--max-pages', '4', '--archive', archive()]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^source\s+cms\s+status\s+listings/mu);
    expect(result.stdout).toMatch(/adhoc-127-0-0-1-\d+\s+wordpress\s+ok/u);
  });

  it('refuses a private address without --allow-private, and exits 1 as the source failed entirely', async () => {
    server.requests.length = 0;
    const result = await run(['--start-url', server.site('wordpress').startUrl, '--cms', 'wordpress', '--json', '--archive', archive()]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as CrawlSummary;
    expect(summary.sources[0]?.status).toBe('failed');
    expect(summary.sources[0]?.failures[0]?.reason).toBe('private-address');
    expect(server.requests).toEqual([]);
  });
});

describe('a source that needs a browser, without Chromium', () => {
  it('lists its pages as failed with how to install Chromium, and fails the source', async () => {
    const summary = await crawl({
      sources: [fixtureSource(server.site('sharepoint-js'), { delayMs: 5 })],
      archiveDir: archive(),
      allowPrivate: true,
      browserExecutable: '/nonexistent/chromium',
    });
    const source = summary.sources[0]!;
    expect(source.status).toBe('failed');
    expect(source.failures.map((f) => f.reason)).toEqual(['no-browser']);
    expect(source.failures[0]?.message).toMatch(/apt-get install chromium/u);
  });
});
