/**
 * The fixture server: one `http.Server` per fixture site, each on its own
 * ephemeral port of 127.0.0.1, so every site has its own origin (host:port) as
 * real sites have their own hosts (`*.localhost` names do not resolve here, see
 * README). A small directory server lists them.
 *
 * For each request the server:
 *   1. logs it (site, method, path, user agent, how many requests of the site were in flight);
 *   2. waits the configured latency;
 *   3. applies a fault rule if one matches (status, redirect and slow act now; reset,
 *      charset, content-type and oversize act on the rendered page);
 *   4. serves robots.txt, images, or the site's own page (404 if none, 405 for other methods);
 *   5. answers 304 to a matching If-None-Match / If-Modified-Since;
 *   6. sends the page, transformed by the fault if any, and records status and end time.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { derivedDate, loadCorpus } from './corpus.js';
import { FaultBook, encodeWindows1258, oversizeChunks, relabelMetaCharset, sendHalfThenReset, writeChunks } from './faults.js';
import type { NamedRule, TakenFault } from './faults.js';
import { esc, PIXEL_GIF } from './render/html.js';
import { SiteState } from './site-model.js';
import type { PlannedArticle, SiteDefinition, SiteRequest, SiteResponse } from './site-model.js';
import { FAULTS_SITE_ID, SITE_DEFINITIONS } from './sites/index.js';
import type { FixtureArticle, FixtureServer, FixtureServerOptions, FixtureSite, RequestLog, SiteArticle } from './types.js';

export type * from './types.js';
export { SITE_IDS } from './sites/index.js';

/**
 * Rendered pages are cached per site and path until the site changes
 * (`SiteState.version`), so that the server is not what limits a throughput
 * benchmark. The cap keeps memory flat if a client invents query strings.
 */
const PAGE_CACHE_LIMIT = 5000;

interface CachedPage {
  version: number;
  response: SiteResponse | undefined;
  etag: string | undefined;
}

/** Paths served as a 1×1 image on every site (pictures in articles, favicons). */
const IMAGE_PATH = /\.(?:jpe?g|png|gif|ico)$/iu;

/** Spreads the articles over the sites (see README, "Articles"). */
function distribute(defs: readonly SiteDefinition[], articles: FixtureArticle[], fromCorpus: boolean): Map<string, PlannedArticle[]> {
  const plans = new Map<string, PlannedArticle[]>(defs.map((d) => [d.id, []]));
  const rotation = defs.filter((d) => d.id !== FAULTS_SITE_ID).map((d) => d.id);
  let turn = 0;
  articles.forEach((article, index) => {
    const dated: PlannedArticle = { ...article, published: article.published ?? derivedDate(index) };
    if (article.site !== undefined) {
      const list = plans.get(article.site);
      if (!list) throw new Error(`fixture article "${article.title}" is pinned to site "${article.site}", which is not started`);
      list.push(dated);
      return;
    }
    // Seeds and off-topic texts go to every site (re-used with other ids); golden articles take turns.
    const everywhere = fromCorpus && !(article.source ?? '').startsWith('golden:');
    if (everywhere) {
      for (const list of plans.values()) list.push(dated);
      return;
    }
    plans.get(FAULTS_SITE_ID)?.push(dated);
    const target = rotation[turn % Math.max(1, rotation.length)];
    turn++;
    if (target !== undefined) plans.get(target)?.push(dated);
  });
  return plans;
}

function toSiteRequest(req: IncomingMessage): SiteRequest {
  const raw = req.url ?? '/';
  const url = new URL(raw, 'http://fixture.invalid');
  let path = url.pathname;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape stays as sent; the site will answer 404.
  }
  return { method: req.method ?? 'GET', path, query: url.searchParams, raw, headers: req.headers };
}

function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

function isNotModified(req: IncomingMessage, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

function notFoundPage(state: SiteState): SiteResponse {
  return {
    status: 404,
    body: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p><p><a href="/">${esc(state.def.name)}</a></p></body></html>`,
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts the fixture sites (all, or `options.sites`) on 127.0.0.1. */
export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const wanted = options.sites ?? SITE_DEFINITIONS.map((d) => d.id);
  const unknown = wanted.filter((id) => !SITE_DEFINITIONS.some((d) => d.id === id));
  if (unknown.length > 0) throw new Error(`unknown fixture site(s): ${unknown.join(', ')} (known: ${SITE_DEFINITIONS.map((d) => d.id).join(', ')})`);
  const defs = SITE_DEFINITIONS.filter((d) => wanted.includes(d.id));
  const articles = options.articles ?? loadCorpus(options.goldenDir);
  const plans = distribute(defs, articles, options.articles === undefined);
  const states = new Map(defs.map((d) => [d.id, new SiteState(d, plans.get(d.id) ?? [])]));

  const faults = options.faults ?? {};
  const rules: NamedRule[] = [...defs.flatMap((d) => d.builtInFaults?.(faults) ?? []), ...(faults.rules ?? [])];
  const book = new FaultBook(rules);
  const requests: RequestLog[] = [];
  const inFlight = new Map<string, number>();
  const closing = new AbortController();

  const cache = new Map<string, Map<string, CachedPage>>();
  /** The site's page for this request, from the cache when the site has not changed since. */
  function rendered(siteId: string, state: SiteState | undefined, sreq: SiteRequest, render: (r: SiteRequest) => SiteResponse | undefined): CachedPage {
    if (!state) {
      const response = render(sreq); // the directory: tiny, and its article counts change
      return { version: 0, response, etag: response?.status === 200 ? etagOf(response.body) : undefined };
    }
    const pages = cache.get(siteId) ?? new Map<string, CachedPage>();
    cache.set(siteId, pages);
    const version = state.version;
    const hit = pages.get(sreq.raw);
    if (hit && hit.version === version) return hit;
    if (pages.size >= PAGE_CACHE_LIMIT) pages.clear();
    const response = render(sreq);
    const page: CachedPage = { version, response, etag: response?.status === 200 ? etagOf(response.body) : undefined };
    pages.set(sreq.raw, page);
    return page;
  }

  const latencyOf = (siteId: string): number =>
    typeof faults.latencyMs === 'number' ? faults.latencyMs : (faults.latencyMs?.[siteId] ?? 0);

  async function serve(siteId: string, state: SiteState | undefined, req: IncomingMessage, res: ServerResponse, render: (r: SiteRequest) => SiteResponse | undefined): Promise<void> {
    const entry: RequestLog = {
      site: siteId,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: 0,
      time: Date.now(),
      endTime: 0,
      userAgent: req.headers['user-agent'] ?? '',
      concurrent: (inFlight.get(siteId) ?? 0) + 1,
      fault: undefined,
    };
    inFlight.set(siteId, entry.concurrent);
    requests.push(entry);
    res.on('close', () => {
      entry.endTime = Date.now();
      entry.status = res.headersSent ? res.statusCode : 0;
      inFlight.set(siteId, (inFlight.get(siteId) ?? 1) - 1);
    });

    const latency = latencyOf(siteId);
    if (latency > 0) await sleep(latency, undefined, { signal: closing.signal });
    const sreq = toSiteRequest(req);
    const fault = book.take(siteId, sreq.raw);
    entry.fault = fault?.name;
    if (fault?.rule.kind === 'status') {
      const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
      if (fault.rule.retryAfter !== undefined) headers['Retry-After'] = String(fault.rule.retryAfter);
      res.writeHead(fault.rule.status, headers);
      res.end(`<html><body><h1>${fault.rule.status}</h1></body></html>`);
      return;
    }
    if (fault?.rule.kind === 'redirect') {
      res.writeHead(fault.rule.status ?? 302, { Location: fault.rule.location, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<html><body>Object moved to <a href="${esc(fault.rule.location)}">here</a>.</body></html>`);
      return;
    }
    if (fault?.rule.kind === 'slow') await sleep(fault.rule.delayMs, undefined, { signal: closing.signal });

    let response: SiteResponse | undefined;
    let etag: string | undefined;
    if (sreq.method !== 'GET' && sreq.method !== 'HEAD') {
      response = { status: 405, body: 'Method Not Allowed', contentType: 'text/plain; charset=utf-8', headers: { Allow: 'GET, HEAD' } };
    } else if (state && sreq.path === '/robots.txt') {
      response = { status: 200, body: state.robots, contentType: 'text/plain; charset=utf-8' };
    } else if (state && IMAGE_PATH.test(sreq.path)) {
      response = { status: 200, body: PIXEL_GIF, contentType: 'image/gif' };
    } else {
      const page = rendered(siteId, state, sreq, render);
      response = page.response ?? (state ? notFoundPage(state) : { status: 404, body: 'Not found', contentType: 'text/plain' });
      etag = page.etag;
    }
    send(req, res, state?.def, response, fault, etag);
  }

  function send(req: IncomingMessage, res: ServerResponse, def: SiteDefinition | undefined, response: SiteResponse, fault: TakenFault | undefined, knownEtag?: string): void {
    const headers: Record<string, string> = { ...(def?.headers ?? {}), ...(response.headers ?? {}) };
    let contentType = response.contentType ?? def?.htmlContentType ?? 'text/html; charset=utf-8';
    let body = response.body;
    if (response.lastModified) headers['Last-Modified'] = response.lastModified.toUTCString();
    const rule = fault?.rule;
    if (!rule && response.status === 200) {
      const etag = knownEtag ?? etagOf(body);
      headers.ETag = etag;
      if (isNotModified(req, etag, response.lastModified)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    if (rule?.kind === 'charset') {
      body = encodeWindows1258(relabelMetaCharset(body.toString(), rule.charset));
      contentType = `text/html; charset=${rule.charset}`;
    }
    if (rule?.kind === 'content-type') contentType = rule.contentType;
    headers['Content-Type'] = contentType;
    if (rule?.kind === 'oversize') {
      if (!rule.chunked) headers['Content-Length'] = String(Math.max(rule.bytes, Buffer.byteLength(body)));
      res.writeHead(response.status, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      void writeChunks(res, oversizeChunks(body.toString(), rule.bytes));
      return;
    }
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (rule?.kind === 'reset' && req.method !== 'HEAD') {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      sendHalfThenReset(res, bytes);
      return;
    }
    headers['Content-Length'] = String(bytes.length);
    res.writeHead(response.status, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  function handler(siteId: string, state: SiteState | undefined, render: (r: SiteRequest) => SiteResponse | undefined) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      serve(siteId, state, req, res, render).catch((error: unknown) => {
        if (closing.signal.aborted) return; // shutting down: pending delays were cancelled
        console.error(`fixture server: ${siteId} ${req.url ?? ''} failed`, error);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(`fixture server bug: ${String(error)}`);
        } else {
          res.destroy();
        }
      });
    };
  }

  const servers: Server[] = [];
  const basePort = options.port ?? 0;
  const sites: FixtureSite[] = [];
  /** Listens, or closes every server already started and rethrows (a taken port with `options.port`). */
  const listenOrCleanUp = async (server: Server, port: number): Promise<number> => {
    try {
      return await listen(server, port);
    } catch (error) {
      closing.abort();
      await Promise.all(servers.filter((s) => s !== server).map(closeServer));
      throw new Error(`fixture server: cannot listen on 127.0.0.1:${port}`, { cause: error });
    }
  };
  for (const [index, def] of defs.entries()) {
    const state = states.get(def.id) as SiteState;
    const server = createServer(handler(def.id, state, (r) => def.handle(r, state)));
    servers.push(server);
    const port = await listenOrCleanUp(server, basePort === 0 ? 0 : basePort + 1 + index);
    state.setOrigin(`http://127.0.0.1:${port}`);
    sites.push({
      id: def.id,
      name: def.name,
      family: def.family,
      imitates: def.imitates,
      sitesMd: def.sitesMd,
      province: def.province,
      origin: state.origin,
      startUrl: state.origin + def.startPath,
      feedUrls: def.feedPaths.map((p) => state.origin + p),
      sitemapUrls: def.sitemapPaths.map((p) => state.origin + p),
      needsBrowser: def.needsBrowser,
      get articles() {
        return state.articles;
      },
      get robots() {
        return state.robots;
      },
      faultPaths: def.faultPaths ?? {},
    });
  }
  // Each site links two other fixture sites: same IP, other port, so another host for a crawler's scope.
  for (const [index, site] of sites.entries()) {
    const state = states.get(site.id) as SiteState;
    state.peers = [1, 2]
      .map((step) => sites[(index + step) % sites.length])
      .filter((peer): peer is FixtureSite => peer !== undefined && peer !== site)
      .map((peer) => ({ name: peer.name, href: `${peer.origin}/` }));
    state.version++;
  }

  const directory = createServer(
    handler('index', undefined, (r) => {
      const describe = sites.map((s) => ({ id: s.id, name: s.name, family: s.family, imitates: s.imitates, sitesMd: s.sitesMd, origin: s.origin, startUrl: s.startUrl, feedUrls: s.feedUrls, sitemapUrls: s.sitemapUrls, needsBrowser: s.needsBrowser, articles: s.articles.length, faultPaths: s.faultPaths }));
      if (r.path === '/sites.json') return { status: 200, body: JSON.stringify(describe, null, 2), contentType: 'application/json; charset=utf-8' };
      if (r.path === '/') {
        return {
          status: 200,
          body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>vntally fixture sites</title></head><body><h1>vntally fixture sites</h1><ul>${sites.map((s) => `<li><a href="${s.startUrl}">${esc(s.id)}</a>: ${esc(s.name)} (${esc(s.family)}, imitates ${esc(s.imitates)}, SITES.md ${esc(s.sitesMd)})</li>`).join('')}</ul></body></html>`,
        };
      }
      return undefined;
    }),
  );
  servers.push(directory);
  const directoryPort = await listenOrCleanUp(directory, basePort);

  const stateOf = (siteId: string): SiteState => {
    const state = states.get(siteId);
    if (!state) throw new Error(`unknown or not started fixture site "${siteId}"`);
    return state;
  };

  return {
    origin: `http://127.0.0.1:${directoryPort}`,
    sites,
    site(siteId: string): FixtureSite {
      const site = sites.find((s) => s.id === siteId);
      if (!site) throw new Error(`unknown or not started fixture site "${siteId}"`);
      return site;
    },
    urlOf(siteId: string, path: string): string {
      return stateOf(siteId).origin + path;
    },
    requests,
    addArticle(siteId: string, article: FixtureArticle): SiteArticle {
      return stateOf(siteId).add({ ...article, source: article.source ?? 'added' });
    },
    setRobots(siteId: string, text: string): void {
      stateOf(siteId).setRobots(text);
    },
    async close(): Promise<void> {
      closing.abort();
      await Promise.all(servers.map(closeServer));
    },
  };
}
