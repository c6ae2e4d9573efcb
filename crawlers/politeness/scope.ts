/**
 * What the crawler may connect to.
 *
 * - **Scheme**: only http and https (no `file:`, `javascript:`, `mailto:`, `ftp:`).
 * - **Hosts**: only the source's own hosts. A registry host is a bare name
 *   ("dongnai.gov.vn") and matches that name on the scheme's default port; a
 *   host written with a port ("127.0.0.1:41234", the fixture sites) matches
 *   exactly that host and port, so two fixture sites on one IP are two scopes.
 * - **Addresses**: no loopback, private, link-local, CGNAT, multicast or
 *   reserved address, checked on the resolved IPs of every connection
 *   (including each redirect hop, and at connect time so a DNS answer cannot
 *   change between the check and the connection), unless `allowPrivate`.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

export const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Address ranges never crawled without `allowPrivate`: RFC 1918, loopback,
 * link-local, CGNAT (RFC 6598), "this network", IETF protocol assignments,
 * benchmarking, multicast and reserved; IPv6 loopback, unspecified,
 * unique-local, link-local and multicast. IPv4-mapped IPv6 addresses are
 * unwrapped before the check.
 */
const PRIVATE_RANGES: ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

const PRIVATE_BLOCKS = new BlockList();
for (const [network, prefix, family] of PRIVATE_RANGES) PRIVATE_BLOCKS.addSubnet(network, prefix, family);

/** `::ffff:127.0.0.1` → "127.0.0.1". Matches the dotted form only ("::ffff:7f00:1" is checked as IPv6, and ::ffff:0:0/96 is not public anyway). */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/iu;

/** True for an IP literal in a range a public crawler must not reach. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/gu, '');
  const mapped = IPV4_MAPPED.exec(bare)?.[1];
  if (mapped !== undefined) return PRIVATE_BLOCKS.check(mapped, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return PRIVATE_BLOCKS.check(bare, 'ipv4');
  if (family === 6) return PRIVATE_BLOCKS.check(bare, 'ipv6') || bare.toLowerCase().startsWith('::ffff:');
  return false;
}

/** The scope of one source: which `URL`s belong to it. */
export class HostScope {
  private readonly exact = new Set<string>();
  private readonly names = new Set<string>();

  /** `hosts`: bare names ("www.baotayninh.vn") and/or host:port pairs ("127.0.0.1:41234"). */
  constructor(hosts: Iterable<string>) {
    for (const host of hosts) {
      const lower = host.toLowerCase();
      if (/:\d+$/u.test(lower)) this.exact.add(lower);
      else this.names.add(lower);
    }
  }

  /** True when `url` is http(s) on one of the hosts. */
  contains(url: URL): boolean {
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
    if (this.exact.has(url.host.toLowerCase())) return true;
    // url.port is '' when the URL uses its scheme's default port.
    return url.port === '' && this.names.has(url.hostname.toLowerCase());
  }

  hosts(): string[] {
    return [...this.exact, ...this.names];
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Error code given to a connection refused because its address is private. */
export const PRIVATE_ADDRESS_CODE = 'EVNTALLY_PRIVATE_ADDRESS';

/**
 * A `lookup` for `http.request` that resolves as usual and then refuses
 * private addresses, so the check and the connection use the same answer.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void => {
    const opts = typeof options === 'number' ? { family: options } : options;
    dnsLookup(hostname, { ...opts, all: true }, (error, addresses) => {
      if (error) {
        callback(error, []);
        return;
      }
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (refused) {
        const denied: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${refused.address}, a private or reserved address`);
        denied.code = PRIVATE_ADDRESS_CODE;
        callback(denied, []);
        return;
      }
      if ((opts as LookupAllOptions).all) callback(null, list);
      else callback(null, list[0]?.address ?? '', list[0]?.family ?? 4);
    });
  };
}

/** For a URL whose host is an IP literal (no lookup happens for those): the literal if it is private. */
export function privateLiteral(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  return isIP(host) !== 0 && isPrivateAddress(host) ? host : undefined;
}
