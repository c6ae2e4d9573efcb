/**
 * A hostile web site for the security tests, and the network it needs.
 *
 * - The site listens on 203.0.113.7 (TEST-NET-3, RFC 5737: a documentation
 *   address, not private, so the crawler may reach it without
 *   `allowPrivate`), which `addPublicTestAddress` puts on the loopback
 *   interface for the test. Its pages link and redirect to everything a
 *   crawler must refuse: other hosts, `file:`, `javascript:`, `data:`,
 *   `ftp:` and `mailto:` URLs, loopback, private, link-local and IPv6
 *   addresses, names that resolve to them, and paths with `..` in them.
 *   Its scripts try to reach the internal server and write files.
 * - An "internal" server on 127.0.0.1 stands for what a crawler must never
 *   touch (an admin page, a cloud metadata service): it logs every request.
 * - `installResolver` answers chosen names with chosen addresses in this
 *   process (Node's `dns.lookup`, which the crawler's connection guard
 *   uses), so names can resolve to loopback, private and link-local
 *   addresses without touching /etc/hosts; `localhost` stays the system's.
 */
import { execFileSync } from 'node:child_process';
import dns from 'node:dns';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';

/** A documentation address (RFC 5737), routable nowhere, which the scope rules do not count as private. */
export const PUBLIC_TEST_ADDRESS = '203.0.113.7';

export const NAMES = {
  hostile: 'hostile.robustness.test',
  other: 'other.robustness.test',
  loopback: 'loopback.robustness.test',
  private10: 'private.robustness.test',
  linkLocal: 'metadata.robustness.test',
  mapped: 'mapped.robustness.test',
  uniqueLocal: 'ula.robustness.test',
  rebind: 'rebind.robustness.test',
} as const;

/** Whether this process put the address on `lo` (then it takes it off again). */
let addedHere = false;

/** Why the public test address cannot be added here, or null once it is on `lo`. */
export function addPublicTestAddress(): string | null {
  const present = Object.values(networkInterfaces()).some((list) => list?.some((a) => a.address === PUBLIC_TEST_ADDRESS));
  if (present) return null;
  if (process.getuid?.() !== 0) return `not root: cannot add ${PUBLIC_TEST_ADDRESS} to the loopback interface`;
  try {
    execFileSync('ip', ['addr', 'add', `${PUBLIC_TEST_ADDRESS}/32`, 'dev', 'lo'], { stdio: 'pipe' });
    addedHere = true;
    return null;
  } catch (error) {
    return `ip addr add ${PUBLIC_TEST_ADDRESS} failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** Takes the address off `lo` if this process added it (another test run may still use one it found there). */
export function removePublicTestAddress(): void {
  if (!addedHere) return;
  addedHere = false;
  try {
    execFileSync('ip', ['addr', 'del', `${PUBLIC_TEST_ADDRESS}/32`, 'dev', 'lo'], { stdio: 'pipe' });
  } catch {
    // Already gone.
  }
}

type Answer = string | (() => string);

/** Makes `dns.lookup` (callback and promise forms) answer `names`; returns the function that restores them. */
export function installResolver(names: Record<string, Answer>): () => void {
  const realLookup = dns.lookup;
  const realPromiseLookup = dns.promises.lookup;
  const answer = (hostname: string): string | undefined => {
    const a = names[hostname.toLowerCase()];
    return typeof a === 'function' ? a() : a;
  };
  const lookup = function (hostname: string, options: unknown, callback?: unknown): void {
    const cb = (typeof options === 'function' ? options : callback) as (e: NodeJS.ErrnoException | null, a?: unknown, f?: number) => void;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as { all?: boolean };
    const address = answer(hostname);
    if (address === undefined) {
      (realLookup as (...args: unknown[]) => void).call(dns, hostname, options, callback);
      return;
    }
    const family = isIP(address);
    process.nextTick(() => (opts.all ? cb(null, [{ address, family }]) : cb(null, address, family)));
  };
  dns.lookup = lookup as typeof dns.lookup;
  dns.promises.lookup = (async (hostname: string, options?: unknown) => {
    const address = answer(hostname);
    if (address === undefined) return (realPromiseLookup as (...args: unknown[]) => unknown).call(dns.promises, hostname, options);
    const family = isIP(address);
    return (options as { all?: boolean } | undefined)?.all ? [{ address, family }] : { address, family };
  }) as typeof dns.promises.lookup;
  syncBuiltinESMExports();
  return () => {
    dns.lookup = realLookup;
    dns.promises.lookup = realPromiseLookup;
    syncBuiltinESMExports();
  };
}

export interface LoggedRequest {
  host: string;
  path: string;
}

export interface HostileSite {
  /** `http://hostile.robustness.test:<port>` */
  origin: string;
  /** `http://203.0.113.7:<port>`: the same site by its address (the browser test uses it). */
  addressOrigin: string;
  port: number;
  internalPort: number;
  /** Requests the hostile site got. */
  requests: LoggedRequest[];
  /** Requests the internal server got: must stay empty unless private addresses are allowed. */
  internalRequests: LoggedRequest[];
  close(): Promise<void>;
}

/** Article-looking paths (the generic adapter takes a slug ending in a 5-digit id). */
export const ARTICLE = {
  hostileTitle: '/tin-tuc/tieu-de-doc-hai-10001.html',
  traversal: '/tin-tuc/..%2f..%2f..%2f..%2ftmp%2fvntally-robustness-pwned-10002.html',
  redirectLoopbackName: '/tin-tuc/chuyen-huong-ten-noi-bo-10003.html',
  redirectLoopbackLiteral: '/tin-tuc/chuyen-huong-dia-chi-noi-bo-10004.html',
  redirectMetadata: '/tin-tuc/chuyen-huong-metadata-10005.html',
  redirectFile: '/tin-tuc/chuyen-huong-tep-10006.html',
  redirectOutOfScope: '/tin-tuc/chuyen-huong-ra-ngoai-10007.html',
  redirectPrivateName: '/tin-tuc/chuyen-huong-mang-rieng-10008.html',
  redirectJavascript: '/tin-tuc/chuyen-huong-javascript-10009.html',
  rebind: '/tin-tuc/doi-dia-chi-giua-chung-10010.html',
} as const;

/** The title of the hostile article: SQL, shell, HTML and path metacharacters at once. */
export const HOSTILE_TITLE = `'; DROP TABLE facts; -- $(touch /tmp/vntally-robustness-pwned) \`id\` <script>alert(1)</script> ../../../etc/passwd`;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}

const ARTICLE_BODY = '<p>Năm 2024, Đảng bộ Khối doanh nghiệp tỉnh Bình Phước kết nạp 56 đảng viên, thành lập mới 3 chi bộ trong doanh nghiệp ngoài nhà nước.</p><p>Đến nay, Liên đoàn Lao động tỉnh có 21.000 đoàn viên công đoàn.</p>';

export async function startHostileSite(): Promise<HostileSite> {
  const requests: LoggedRequest[] = [];
  const internalRequests: LoggedRequest[] = [];
  const internal = createServer((req, res) => {
    internalRequests.push({ host: req.headers.host ?? '', path: req.url ?? '' });
    send(res, 200, '<html><body><h1>Trang quản trị nội bộ</h1><p>Kết nạp 999 đảng viên (bí mật).</p><a href="/tin-tuc/bi-mat-noi-bo-20002.html">Bí mật</a></body></html>');
  });
  const internalPort = await listen(internal, '127.0.0.1');
  let port = 0;
  const internalUrl = (host: string, path = '/tin-tuc/bi-mat-noi-bo-20001.html'): string => `http://${host}:${internalPort}${path}`;

  const site = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push({ host: req.headers.host ?? '', path });
    const origin = `http://${NAMES.hostile}:${port}`;
    const redirect = (location: string): void => send(res, 302, `<a href="${location}">moved</a>`, { Location: location });
    if (path === '/robots.txt') return send(res, 200, 'User-agent: *\nDisallow:\n', { 'Content-Type': 'text/plain' });
    if (path === '/' || path === '/tin-tuc') {
      const links = [
        // other hosts, other schemes
        `http://${NAMES.other}:${port}/tin-tuc/bai-ngoai-pham-vi-30001.html`,
        'https://dangcongsan.vn/xay-dung-dang/bai-that-12345.html',
        'file:///etc/passwd',
        'javascript:fetch("http://127.0.0.1:9/")',
        'data:text/html,<p>kết nạp 5 đảng viên</p>',
        'ftp://hostile.robustness.test/tin-tuc/tep-30002.html',
        'mailto:toasoan@hostile.robustness.test',
        'gopher://hostile.robustness.test/1',
        `ws://${NAMES.hostile}:${port}/socket`,
        // addresses and names a public crawler must not reach (their hosts are in the source's scope on purpose)
        internalUrl('127.0.0.1'),
        internalUrl('localhost'),
        internalUrl('[::1]'),
        internalUrl('0x7f000001', '/tin-tuc/bi-mat-hex-20003.html'),
        internalUrl('2130706433', '/tin-tuc/bi-mat-thap-phan-20004.html'),
        internalUrl(NAMES.loopback),
        internalUrl(NAMES.mapped),
        `http://${NAMES.private10}/tin-tuc/mang-rieng-20005.html`,
        `http://${NAMES.linkLocal}/latest/meta-data/iam-20006.html`,
        'http://169.254.169.254/latest/meta-data/iam-20007.html',
        `http://${NAMES.uniqueLocal}/tin-tuc/ula-20008.html`,
        'http://10.0.0.1/tin-tuc/mang-rieng-20009.html',
        // in scope, but hostile
        ...Object.values(ARTICLE).map((p) => origin + p),
      ];
      return send(
        res,
        200,
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức</title><meta http-equiv="refresh" content="30;url=${internalUrl('127.0.0.1', '/refresh')}"></head><body>
<script>fetch('${internalUrl('127.0.0.1', '/exfil-script')}'); new Image().src = '${internalUrl('127.0.0.1', '/exfil-img')}';
fetch('${ARTICLE.redirectLoopbackLiteral}'); var x = new XMLHttpRequest(); x.open('GET', '${internalUrl('localhost', '/exfil-xhr')}'); x.send();
document.body && document.body.insertAdjacentHTML('beforeend', '<iframe src="${internalUrl('127.0.0.1', '/exfil-iframe')}"></iframe>');</script>
<img src="${internalUrl('127.0.0.1', '/exfil-tag.jpg')}"><link rel="stylesheet" href="${internalUrl('127.0.0.1', '/exfil.css')}">
<ul>${links.map((href, i) => `<li><a href="${href.replace(/"/gu, '&quot;')}">Kết nạp đảng viên trong doanh nghiệp, bài số ${i + 1}</a></li>`).join('\n')}</ul></body></html>`,
      );
    }
    switch (path) {
      case ARTICLE.redirectLoopbackName:
        return redirect(internalUrl(NAMES.loopback));
      case ARTICLE.redirectLoopbackLiteral:
        return redirect(internalUrl('127.0.0.1'));
      case ARTICLE.redirectMetadata:
        return redirect(`http://${NAMES.linkLocal}/latest/meta-data/iam-20010.html`);
      case ARTICLE.redirectFile:
        return redirect('file:///etc/passwd');
      case ARTICLE.redirectOutOfScope:
        return redirect(`http://${NAMES.other}:${port}/tin-tuc/bai-ngoai-pham-vi-30003.html`);
      case ARTICLE.redirectPrivateName:
        return redirect(`http://${NAMES.private10}/tin-tuc/mang-rieng-20011.html`);
      case ARTICLE.redirectJavascript:
        return redirect('javascript:alert(1)');
      case ARTICLE.rebind:
        return redirect(internalUrl(NAMES.rebind));
      default:
        break;
    }
    // The crawler sends the traversal path with %2F upper-cased (its canonical form).
    if (path === ARTICLE.hostileTitle || path.toLowerCase() === ARTICLE.traversal.toLowerCase()) {
      const title = HOSTILE_TITLE.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
      return send(
        res,
        200,
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><link rel="canonical" href="file:///etc/passwd"></head><body><article><h1>${title}</h1>${ARTICLE_BODY}
<script>require('child_process').execSync('touch /tmp/vntally-robustness-pwned'); fetch('${internalUrl('127.0.0.1', '/exfil-article')}');</script>
<iframe src="${internalUrl('127.0.0.1', '/exfil-iframe')}"></iframe></article></body></html>`,
        { 'Content-Disposition': 'attachment; filename="../../../../tmp/vntally-robustness-pwned"' },
      );
    }
    send(res, 404, '<html><body>404</body></html>');
  });
  port = await listen(site, PUBLIC_TEST_ADDRESS);
  const close = (server: Server): Promise<void> => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return {
    origin: `http://${NAMES.hostile}:${port}`,
    addressOrigin: `http://${PUBLIC_TEST_ADDRESS}:${port}`,
    port,
    internalPort,
    requests,
    internalRequests,
    close: async () => {
      await Promise.all([close(site), close(internal)]);
    },
  };
}
