/**
 * The user agent every vntally request carries: product token, version, a
 * contact URL and what the crawler is for, so that a webmaster reading the
 * logs knows who is calling and why (and can name `vntally` in robots.txt).
 */
import { readFileSync } from 'node:fs';

/** The robots.txt product token: `User-agent: vntally` groups apply to us. */
export const ROBOTS_TOKEN = 'vntally';

/** Where a webmaster can read about the crawler. */
export const PROJECT_URL = 'https://github.com/vntally/vntally';

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}

export const VNTALLY_VERSION = packageVersion();

/** `vntally/0.1.0 (+https://github.com/vntally/vntally; research crawler)`. */
export const USER_AGENT = `${ROBOTS_TOKEN}/${VNTALLY_VERSION} (+${PROJECT_URL}; research crawler)`;

/**
 * The browser's user agent: the same identity with "; browser" so that server
 * logs (and the fixture tests) can tell rendered page loads from plain HTTP.
 */
export const BROWSER_USER_AGENT = `${ROBOTS_TOKEN}/${VNTALLY_VERSION} (+${PROJECT_URL}; research crawler; browser)`;
