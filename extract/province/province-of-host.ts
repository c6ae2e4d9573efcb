/**
 * Which province an outlet's host belongs to: known hosts first, then the
 * labels of the host read by the naming patterns of provincial outlets
 * ("baobinhphuoc" = Báo Bình Phước, "daitienlang" = Đài Tiên Lãng).
 */
import { INDEX } from './name-index.js';

/** "www." at the head of a host. Matches "www.baobinhphuoc.com.vn"; not "wwwx.vn". */
const WWW_PREFIX = /^www\./u;

/** Hyphens in a host label: "baria-vungtau" → "bariavungtau". */
const HYPHENS = /-/gu;

/** Host labels that never name a place. */
const GENERIC_HOST_LABELS: ReadonlySet<string> = new Set(['vn', 'com', 'org', 'net', 'info', 'gov', 'edu', 'dcs', 'www']);

/** Label prefixes of provincial outlets: "bao" + province (baobinhphuoc), "tinhuy", "congdoan", "dai" (radio)… */
const PROVINCE_LABEL_PREFIXES: readonly string[] = ['truyenhinh', 'congdoan', 'tuyengiao', 'thanhuy', 'tinhuy', 'dangbo', 'ldld', 'ptth', 'bao', 'dai'];

/** Label prefixes of district outlets: "dai" + district (daitienlang = Đài Tiên Lãng), "huyenuy" + district. */
const DISTRICT_LABEL_PREFIXES: readonly string[] = ['huyenuy', 'quanuy', 'thiuy', 'dai'];

/** Label suffixes of outlets: "baobacninhtv", "vinhphuctv". */
const LABEL_SUFFIXES: readonly string[] = ['online', 'dientu', 'tv'];

function _stripSuffix(label: string): string {
  for (const s of LABEL_SUFFIXES) if (label.length > s.length + 2 && label.endsWith(s)) return label.slice(0, -s.length);
  return label;
}

/** The province a single host label stands for, or null: "binhduong", "baobinhphuoc", "daitienlang". */
function _provinceOfLabel(rawLabel: string): string | null {
  const label = rawLabel.replace(HYPHENS, '');
  for (const candidate of [label, _stripSuffix(label)]) {
    const direct = INDEX.compactProvince.get(candidate);
    if (direct !== undefined) return direct;
  }
  for (const prefix of PROVINCE_LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const rest = label.slice(prefix.length);
    const p = INDEX.compactProvince.get(rest) ?? INDEX.compactProvince.get(_stripSuffix(rest));
    if (p !== undefined) return p;
  }
  for (const prefix of DISTRICT_LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const owners = INDEX.compactDistrict.get(label.slice(prefix.length));
    if (owners?.length === 1) return owners[0] ?? null;
  }
  return null;
}

/**
 * The province a host belongs to, or null: known hosts first (exact, so
 * "travinh.baovinhlong.vn" is Trà Vinh), then labels left to right
 * ("bencat.binhduong.gov.vn"), then known parent hosts.
 */
export function _provinceOfHost(rawHost: string): string | null {
  const host = rawHost.toLowerCase().replace(WWW_PREFIX, '');
  const known = INDEX.hosts.get(host);
  if (known !== undefined) return known;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (GENERIC_HOST_LABELS.has(label)) continue;
    const p = _provinceOfLabel(label);
    if (p === null) continue;
    // ("hoabinh.baclieu.gov.vn": a district's subdomain of its province's portal, the district named like another province.)
    for (const later of labels.slice(i + 1)) {
      const q = GENERIC_HOST_LABELS.has(later) ? null : _provinceOfLabel(later);
      if (q !== null && q !== p && INDEX.compactDistrict.get(label.replace(HYPHENS, ''))?.includes(q) === true) return q;
    }
    return p;
  }
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = INDEX.hosts.get(labels.slice(i).join('.'));
    if (parent !== undefined) return parent;
  }
  return null;
}

/** The host name of a URL, or null when it does not parse. */
export function _hostOfUrl(url: string): string | null {
  if (!URL.canParse(url)) return null;
  return new URL(url).hostname;
}
