/**
 * The crawler's public face: `crawl()` over registry sources or an ad-hoc
 * site, the CMS adapters and `detectCms`, the politeness layer, and
 * re-exports of the registry, archive, canonical URLs and topic filter.
 */
export * from './engine/index.js';
export { ADAPTERS, adapterFor, articleLink, classifyLink, detectCms } from './adapters/index.js';
export type { CmsAdapter, CmsDetection, DiscoveredLink, DropReason, LinkClass, ParsedSitemap } from './adapters/index.js';
export { HostGate, HostScope, PoliteFetcher, isAllowed, isPrivateAddress, parseRetryAfter, parseRobots, USER_AGENT, BROWSER_USER_AGENT } from './politeness/index.js';
export { Archive } from './archive/index.js';
export type { ArchiveIndexRow } from './archive/index.js';
export { articleKey, canonicalizeUrl, isArticleVariant } from './canonical-url.js';
export { classifyTopic } from './topic-filter.js';
export { loadRegistry, selectSources, CMS_FAMILIES } from './registry.js';
export type { CmsFamily, Source } from './registry.js';
