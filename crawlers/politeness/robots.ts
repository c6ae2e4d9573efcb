/**
 * robots.txt, as RFC 9309 reads it, plus the two non-standard lines every
 * crawler meets on Vietnamese portals: `Crawl-delay` (Drupal's default file
 * has `Crawl-delay: 10`) and `Sitemap`.
 *
 * - `parseRobots(text)` → `RobotsRules` for our product token: the groups
 *   naming `vntally`, or else the `*` groups (merged when a token has several).
 * - `isAllowed(path)`: longest matching rule wins, Allow wins a tie; `*` and a
 *   final `$` are understood; `/robots.txt` itself is always allowed.
 * - Pure: fetching and caching per host is `robots-cache.ts`'s job.
 */
import { ROBOTS_TOKEN } from './user-agent.js';

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsRules {
  rules: readonly RobotsRule[];
  /** Seconds between requests the site asks for, or undefined. */
  crawlDelaySeconds: number | undefined;
  /** `Sitemap:` URLs (absolute, as written). */
  sitemaps: readonly string[];
}

/** Everything allowed: a missing robots.txt (404/410) or an empty one. */
export const ALLOW_ALL: RobotsRules = { rules: [], crawlDelaySeconds: undefined, sitemaps: [] };

/** Nothing allowed but robots.txt: what a server error on robots.txt means for this run (RFC 9309 §2.3.1.4). */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }], crawlDelaySeconds: undefined, sitemaps: [] };

/**
 * One `field: value` line; the comment is already stripped.
 * Matches "Disallow: /admin/", "user-agent:*", "Crawl-delay : 1".
 * Does not match "# comment", "Disallow /x" (no colon).
 */
const ROBOTS_LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/u;

/** A crawl delay: seconds, possibly fractional. Matches "1", "0.5", "10". Not "1s", "-1". */
const CRAWL_DELAY_VALUE = /^\d+(?:\.\d+)?$/u;

/** Crawl delays above this are clamped: a site asking for an hour per page would never be read (and 86400 has been seen). */
export const MAX_CRAWL_DELAY_SECONDS = 120;

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | undefined;
}

/** Parses robots.txt for the `vntally` product token. */
export function parseRobots(text: string, token: string = ROBOTS_TOKEN): RobotsRules {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)) {
    const hash = rawLine.indexOf('#');
    const match = ROBOTS_LINE.exec(hash >= 0 ? rawLine.slice(0, hash) : rawLine);
    if (!match) continue;
    const field = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    if (field === 'sitemap') {
      if (value !== '') sitemaps.push(value);
      continue;
    }
    if (field === 'user-agent') {
      if (!lastWasAgent || !current) {
        current = { agents: [], rules: [], crawlDelaySeconds: undefined };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any user-agent line belong to no group
    if (field === 'allow' || field === 'disallow') {
      if (value !== '') current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay' && CRAWL_DELAY_VALUE.test(value)) {
      current.crawlDelaySeconds = Math.min(MAX_CRAWL_DELAY_SECONDS, Number(value));
    }
  }
  const lowerToken = token.toLowerCase();
  const named = groups.filter((g) => g.agents.some((agent) => agent !== '*' && lowerToken.includes(agent)));
  const chosen = named.length > 0 ? named : groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== undefined);
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : undefined,
    sitemaps,
  };
}

/** True when `pathAndQuery` (e.g. "/vi/news/noi-bo/x-1.html?a=b") may be fetched. */
export function isAllowed(robots: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | undefined;
  let bestLength = -1;
  for (const rule of robots.rules) {
    if (!matchesPattern(rule.pattern, pathAndQuery)) continue;
    const length = rule.pattern.length;
    if (length > bestLength || (length === bestLength && rule.allow && best && !best.allow)) {
      best = rule;
      bestLength = length;
    }
  }
  return best === undefined || best.allow;
}

/**
 * RFC 9309 path matching without regular expressions (so no backtracking):
 * the pattern's pieces between `*` are found left to right, the first one at
 * the start; a final `$` pins the last piece to the end.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const pieces = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  const first = pieces[0] ?? '';
  if (!path.startsWith(first)) return false;
  if (pieces.length === 1) return anchored ? path === first : true;
  let position = first.length;
  const last = pieces[pieces.length - 1] ?? '';
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] ?? '';
    const found = path.indexOf(piece, position);
    if (found < 0) return false;
    position = found + piece.length;
  }
  if (anchored) return path.length - last.length >= position && path.endsWith(last);
  return path.indexOf(last, position) >= 0;
}
