/**
 * Security, against a hostile site (hostile-site.ts) on a public-looking
 * address, whose pages link and redirect to other hosts, other schemes,
 * loopback, private, link-local and IPv6 addresses and names resolving to
 * them, and whose scripts try to reach an internal server:
 *  1. the crawler stays on the source's hosts, follows only http(s), and
 *     connects to no private address, directly, by name or by redirect,
 *     even when those hosts are (wrongly) in the source's scope; with
 *     `allowPrivate` the same internal pages are fetched, so the refusals
 *     are the guard's doing;
 *  2. scripts never run outside the browser, and inside it their requests
 *     go through the same scope and address checks;
 *  3. hostile titles and URLs travel through extract and load as data:
 *     stored verbatim, no table touched, no file written outside the
 *     archive, the run directory and the database;
 *  4. `vntally crawl --start-url` refuses private and non-http start URLs
 *     unless `--allow-private` is given;
 *  5. no production code hands page content to a shell.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, crawl, type CrawlSummary } from '../../crawlers/engine/index.js';
import type { Source } from '../../crawlers/registry.js';
import { openDatabase } from '../../pipeline/db/index.js';
import { runPipeline } from '../../pipeline/run/run-pipeline.js';
import { indexLines } from '../helpers/crawl-archive.js';
import { addPublicTestAddress, ARTICLE, HOSTILE_TITLE, installResolver, NAMES, PUBLIC_TEST_ADDRESS, removePublicTestAddress, startHostileSite, type HostileSite } from './hostile-site.js';
import { recordCheck } from './report.js';
import { ROOT, runVntally as vntally } from './run-inputs.js';

const NETWORK_UNAVAILABLE = addPublicTestAddress();
const CHROMIUM = process.env.VNTALLY_CHROMIUM ?? DEFAULT_CHROMIUM;
const PWNED = '/tmp/vntally-robustness-pwned';

let tmp: string;
let site: HostileSite;
let restoreResolver: () => void;
let refused: CrawlSummary;
let refusedArchive: string;
let rebindLookups = 0;

function hostileSource(o: { id?: string; hosts: string[]; needsBrowser?: boolean; base?: string }): Source {
  const base = o.base ?? `${site.origin}/`;
  return {
    id: o.id ?? 'hostile-site',
    name: 'hostile site',
    kind: 'national',
    province: null,
    province_2025: null,
    base_url: base,
    hosts: o.hosts,
    cms: 'generic',
    verified: 'unverified',
    discovery: { feeds: [], sitemaps: [], listings: [{ url: base, pagination: { style: 'none', max_pages: 1 } }], search: null },
    selectors: {},
    needs_browser: o.needsBrowser ?? false,
    politeness: { min_delay_ms: 5, max_concurrency_per_host: 1 },
    notes: 'test/robustness hostile site',
  };
}

/** Every host the hostile links name, put in the source's scope on purpose: the address guard alone must refuse them. */
function everyHost(): string[] {
  const q = site.internalPort;
  return [
    `${NAMES.hostile}:${site.port}`,
    `127.0.0.1:${q}`,
    `localhost:${q}`,
    `[::1]:${q}`,
    `${NAMES.loopback}:${q}`,
    `${NAMES.mapped}:${q}`,
    `${NAMES.rebind}:${q}`,
    NAMES.private10,
    NAMES.linkLocal,
    NAMES.uniqueLocal,
    '169.254.169.254',
    '10.0.0.1',
  ];
}

function security(group: string, name: string, work: () => Promise<string> | string): Promise<void> {
  return recordCheck('security', group, name, work);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

function failuresByUrl(summary: CrawlSummary): Map<string, string> {
  return new Map(summary.sources.flatMap((s) => s.failures.map((f) => [f.url, f.reason] as const)));
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-security-'));
  if (NETWORK_UNAVAILABLE !== null) return;
  site = await startHostileSite();
  restoreResolver = installResolver({
    [NAMES.hostile]: PUBLIC_TEST_ADDRESS,
    [NAMES.other]: PUBLIC_TEST_ADDRESS,
    [NAMES.loopback]: '127.0.0.1',
    [NAMES.private10]: '10.11.12.13',
    [NAMES.linkLocal]: '169.254.169.254',
    [NAMES.mapped]: '::ffff:127.0.0.1',
    [NAMES.uniqueLocal]: 'fd00::1',
    // DNS rebinding: public for the first answer, loopback afterwards.
    [NAMES.rebind]: () => (rebindLookups++ === 0 ? PUBLIC_TEST_ADDRESS : '127.0.0.1'),
  });
  refusedArchive = join(tmp, 'refused', 'archive');
  refused = await crawl({ sources: [hostileSource({ hosts: everyHost() })], archiveDir: refusedArchive, delayMs: 5, timeoutMs: 3000, maxRetries: 0 });
}, 120_000);

afterAll(async () => {
  restoreResolver?.();
  await site?.close();
  if (NETWORK_UNAVAILABLE === null) removePublicTestAddress();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(NETWORK_UNAVAILABLE !== null)(`the crawler against a hostile site${NETWORK_UNAVAILABLE ? ` (skipped: ${NETWORK_UNAVAILABLE})` : ''}`, () => {
  it('reaches the hostile site at all (on its public-looking address, without allowPrivate)', () =>
    security('scope', 'the hostile site is crawled', () => {
      expect(site.requests.some((r) => r.path === ARTICLE.hostileTitle)).toBe(true);
      return `${site.requests.length} requests to ${NAMES.hostile}`;
    }));

  it('never touches the internal server: not by address, name, IPv6, redirect, DNS rebinding or script', () =>
    security('addresses', 'nothing reaches 127.0.0.1', () => {
      expect(site.internalRequests).toEqual([]);
      return '0 requests on the internal server';
    }));

  it.each([
    ['127.0.0.1 literal', (): string => `http://127.0.0.1:${site.internalPort}/tin-tuc/bi-mat-noi-bo-20001.html`],
    ['localhost (system DNS)', (): string => `http://localhost:${site.internalPort}/tin-tuc/bi-mat-noi-bo-20001.html`],
    ['[::1]', (): string => `http://[::1]:${site.internalPort}/tin-tuc/bi-mat-noi-bo-20001.html`],
    ['0x7f000001 (hex IPv4)', (): string => `http://127.0.0.1:${site.internalPort}/tin-tuc/bi-mat-hex-20003.html`],
    ['2130706433 (decimal IPv4)', (): string => `http://127.0.0.1:${site.internalPort}/tin-tuc/bi-mat-thap-phan-20004.html`],
    ['a name resolving to 127.0.0.1', (): string => `http://${NAMES.loopback}:${site.internalPort}/tin-tuc/bi-mat-noi-bo-20001.html`],
    ['a name resolving to ::ffff:127.0.0.1', (): string => `http://${NAMES.mapped}:${site.internalPort}/tin-tuc/bi-mat-noi-bo-20001.html`],
    ['a name resolving to 10.11.12.13', (): string => `http://${NAMES.private10}/tin-tuc/mang-rieng-20005.html`],
    ['a name resolving to 169.254.169.254', (): string => `http://${NAMES.linkLocal}/latest/meta-data/iam-20006.html`],
    ['169.254.169.254 literal (cloud metadata)', (): string => 'http://169.254.169.254/latest/meta-data/iam-20007.html'],
    ['a name resolving to fd00::1', (): string => `http://${NAMES.uniqueLocal}/tin-tuc/ula-20008.html`],
    ['10.0.0.1 literal', (): string => 'http://10.0.0.1/tin-tuc/mang-rieng-20009.html'],
    ['a redirect to a name resolving to loopback', (): string => `${site.origin}${ARTICLE.redirectLoopbackName}`],
    ['a redirect to 127.0.0.1', (): string => `${site.origin}${ARTICLE.redirectLoopbackLiteral}`],
    ['a redirect to the metadata address', (): string => `${site.origin}${ARTICLE.redirectMetadata}`],
    ['a redirect to a name resolving to 10.x', (): string => `${site.origin}${ARTICLE.redirectPrivateName}`],
  ] as const)('refuses %s, listing it as private-address', (label, url) =>
    security('addresses', `refuses ${label}`, () => {
      const reason = failuresByUrl(refused).get(url());
      expect(reason, `${url()} in ${[...failuresByUrl(refused)].map(([u, r]) => `${r} ${u}`).join(', ')}`).toBe('private-address');
      return 'listed as private-address, not connected';
    }));

  it('refuses a DNS-rebinding name (public for robots.txt, loopback next)', () =>
    security('addresses', 'refuses a DNS-rebinding name', () => {
      const reason = failuresByUrl(refused).get(`${site.origin}${ARTICLE.rebind}`);
      expect(['private-address', 'robots-unavailable']).toContain(reason);
      expect(site.internalRequests).toEqual([]);
      return `listed as ${reason}; ${rebindLookups} lookups, none reached loopback`;
    }));

  it.each([
    ['a redirect to file:///etc/passwd', ARTICLE.redirectFile, 'scheme'],
    ['a redirect to javascript:', ARTICLE.redirectJavascript, 'scheme'],
    ['a redirect to another host', ARTICLE.redirectOutOfScope, 'out-of-scope'],
  ] as const)('refuses %s', (label, path, reason) =>
    security('scope', `refuses ${label}`, () => {
      expect(failuresByUrl(refused).get(`${site.origin}${path}`)).toBe(reason);
      return `listed as ${reason}`;
    }));

  it('never requests another host nor a non-http(s) link, and archives only the source’s own URLs', () =>
    security('scope', 'links to other hosts and schemes are not followed', () => {
      expect(site.requests.filter((r) => r.host !== `${NAMES.hostile}:${site.port}`)).toEqual([]);
      const urls = indexLines(refusedArchive).map((r) => r.url);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => !u.startsWith(`${site.origin}/`))).toEqual([]);
      return `${urls.length} archived URLs, all on ${NAMES.hostile}; file:, javascript:, data:, ftp:, mailto:, gopher:, ws: and the other host never requested`;
    }));

  it('with allowPrivate, the same internal pages are fetched (the refusals above are the guard)', () =>
    security('addresses', 'allowPrivate lets loopback through', async () => {
      const before = site.internalRequests.length;
      const hosts = [`${NAMES.hostile}:${site.port}`, `127.0.0.1:${site.internalPort}`, `${NAMES.loopback}:${site.internalPort}`];
      const allowed = await crawl({ sources: [hostileSource({ id: 'hostile-allowed', hosts })], archiveDir: join(tmp, 'allowed', 'archive'), allowPrivate: true, delayMs: 5, timeoutMs: 3000, maxRetries: 0 });
      const reached = site.internalRequests.length - before;
      expect(reached).toBeGreaterThan(0);
      expect([...failuresByUrl(allowed).values()]).not.toContain('private-address');
      site.internalRequests.length = before;
      return `${reached} requests reached the internal server once allowed`;
    }));

  it('hostile titles and paths travel as data: stored verbatim, tables intact, no file outside the data directories', () =>
    security('data', 'hostile title and path through extract and load', async () => {
      const dataDir = join(tmp, 'pipeline');
      const summary = await runPipeline({ sources: [hostileSource({ id: 'hostile-pipeline', hosts: [`${NAMES.hostile}:${site.port}`] })], dbPath: join(dataDir, 'vntally.duckdb'), archiveDir: join(dataDir, 'archive'), runsDir: join(dataDir, 'runs'), delayMs: 5, crawlOptions: { timeoutMs: 3000, maxRetries: 0 } });
      expect(summary.stages.find((s) => s.stage === 'load')?.status).toBe('ok');
      const db = await openDatabase(join(dataDir, 'vntally.duckdb'), { readOnly: true });
      try {
        const titles = await db.readRows<{ title: string; url: string }>('SELECT title, url FROM articles ORDER BY url');
        expect(titles.map((t) => t.title), JSON.stringify(titles)).toContain(HOSTILE_TITLE);
        expect(titles.some((t) => t.url.toLowerCase().endsWith(ARTICLE.traversal.toLowerCase())), JSON.stringify(titles.map((t) => t.url))).toBe(true);
        const tables = await db.readRow<{ n: bigint }>("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN ('facts', 'articles', 'pages', 'runs')");
        expect(tables?.n).toBe(4n);
        const facts = await db.readRow<{ n: bigint }>('SELECT count(*) AS n FROM facts');
        expect(Number(facts?.n)).toBeGreaterThanOrEqual(6);
      } finally {
        db.close();
      }
      const files = filesUnder(dataDir);
      const unexpected = files.filter((f) => !/^(?:archive\/(?:index\.jsonl|crawl-state\.json|warc\/vntally-\d{14}-\d{5}\.warc\.gz)|runs\/[\w:.-]+\/(?:run\.json|(?:articles|facts|pages)\.(?:jsonl|parquet))|vntally\.duckdb)$/u.test(f));
      expect(unexpected).toEqual([]);
      expect(existsSync(PWNED)).toBe(false);
      return `title stored verbatim; ${files.length} files, all archive/run/db files; ${PWNED} not created`;
    }));
});

describe.skipIf(NETWORK_UNAVAILABLE !== null || !existsSync(CHROMIUM))(`scripts in the browser${!existsSync(CHROMIUM) ? ' (skipped: no Chromium)' : ''}`, () => {
  it('run inside Chromium only, and their requests meet the same scope and address checks', () =>
    security('browser', 'page scripts cannot reach the internal server', async () => {
      const before = site.internalRequests.length;
      const source = hostileSource({ id: 'hostile-browser', hosts: [`${PUBLIC_TEST_ADDRESS}:${site.port}`], needsBrowser: true, base: `${site.addressOrigin}/` });
      const summary = await crawl({ sources: [source], archiveDir: join(tmp, 'browser', 'archive'), delayMs: 5, timeoutMs: 5000, maxRetries: 0, browserExecutable: CHROMIUM });
      expect(summary.sources[0]!.counts.browserPages).toBeGreaterThan(0);
      expect(site.internalRequests.slice(before)).toEqual([]);
      expect(existsSync(PWNED)).toBe(false);
      return `${summary.sources[0]!.counts.browserPages} pages rendered; their fetch, img, link and iframe requests to 127.0.0.1 refused`;
    }), 120_000);
});

describe.skipIf(NETWORK_UNAVAILABLE !== null)('vntally crawl --start-url', () => {
  it('refuses a loopback start URL without --allow-private, and fetches it with it', () =>
    security('addresses', 'crawl --start-url http://127.0.0.1 without --allow-private', async () => {
      const before = site.internalRequests.length;
      const start = `http://127.0.0.1:${site.internalPort}/`;
      const out = await vntally(['crawl', '--start-url', start, '--cms', 'generic', '--archive', join(tmp, 'cli-refused'), '--json']);
      expect(`${out.stdout}${out.stderr}`).toMatch(/private-address|private or reserved/u);
      expect(site.internalRequests.length).toBe(before);
      const allowed = await vntally(['crawl', '--start-url', start, '--cms', 'generic', '--archive', join(tmp, 'cli-allowed'), '--allow-private', '--json']);
      expect(allowed.code, allowed.stderr).toBe(0);
      expect(site.internalRequests.length).toBeGreaterThan(before);
      site.internalRequests.length = before;
      return `refused (exit ${out.code}); fetched with --allow-private`;
    }), 120_000);

  it('refuses a file: start URL with a clear message', () =>
    security('scope', 'crawl --start-url file:///etc/passwd', async () => {
      const out = await vntally(['crawl', '--start-url', 'file:///etc/passwd', '--cms', 'generic', '--archive', join(tmp, 'cli-file')]);
      expect(out.code).not.toBe(0);
      expect(out.stderr).not.toMatch(/unexpected error/u);
      expect(existsSync(join(tmp, 'cli-file', 'warc'))).toBe(false);
      return `exit ${out.code}: "${out.stderr.trim().split('\n')[0]?.slice(0, 120)}"`;
    }), 60_000);
});

describe('no page content reaches a shell', () => {
  it('production code runs no shell and spawns only itself with an argument list', () =>
    security('data', 'no shell in production code', () => {
      const found: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(join(ROOT, dir))) {
          const path = join(dir, name);
          if (statSync(join(ROOT, path)).isDirectory()) walk(path);
          else if (path.endsWith('.ts') || path.endsWith('.js')) {
            const text = readFileSync(join(ROOT, path), 'utf8');
            if (/(?<![.\w])eval\(|new Function\(/u.test(text)) found.push(`${path}: eval or new Function`);
            if (!/['"](?:node:)?child_process['"]/u.test(text)) continue;
            if (/\b(?:exec|execSync|execFile|execFileSync)\b|shell:\s*true/u.test(text)) found.push(`${path}: exec or a shell`);
            for (const m of text.matchAll(/\bspawn(?:Sync)?\(([^,]+),/gu)) if (m[1]!.trim() !== 'process.execPath') found.push(`${path}: spawns ${m[1]!.trim()}`);
          }
        }
      };
      for (const dir of ['crawlers', 'extract', 'pipeline', 'bin']) walk(dir);
      expect(found).toEqual([]);
      return 'crawlers/, extract/, pipeline/, bin/: no exec, shell, eval; spawn only of node itself (vntally schedule) with an argv array';
    }));
});
