/** Politeness: robots.txt, per-host pacing, scope and address checks, and the fetcher that applies them all. */
export { HostGate } from './host-gate.js';
export type { HostGateOptions, Release } from './host-gate.js';
export { PoliteFetcher, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, DEFAULT_RETRY_BASE_MS, MAX_RETRY_AFTER_MS } from './polite-fetch.js';
export type { FetchRequest, FetchResult, PoliteFetcherOptions } from './polite-fetch.js';
export { backoffMs, parseRetryAfter } from './retry-after.js';
export { ALLOW_ALL, DISALLOW_ALL, isAllowed, matchesPattern, parseRobots } from './robots.js';
export type { RobotsRule, RobotsRules } from './robots.js';
export { RobotsCache } from './robots-cache.js';
export type { RobotsEntry } from './robots-cache.js';
export { HostScope, guardedLookup, isPrivateAddress, privateLiteral } from './scope.js';
export { BROWSER_USER_AGENT, PROJECT_URL, ROBOTS_TOKEN, USER_AGENT, VNTALLY_VERSION } from './user-agent.js';
