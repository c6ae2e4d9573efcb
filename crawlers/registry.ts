/**
 * The source registry: `data/sources.json`, the list of real sites the crawler
 * may visit (../shared/SITES.md §3), validated with zod at load time.
 *
 * - `validateRegistry(json)` returns the valid entries and the problems it
 *   found, as data: one bad entry never hides the others, and each problem
 *   names the entry (id and index) and the field at fault.
 * - `loadRegistry(path?)` reads, validates and throws a `RegistryError` if the
 *   file is unreadable or has problems; the crawler only ever sees a valid one.
 * - `selectSources(registry, filter)` picks sources by id, province (pre-2025
 *   or 2025 name, diacritics optional), kind and verification status.
 *
 * Discovery lists only what SITES.md shows: the crawler also reads `Sitemap:`
 * lines from robots.txt, so an empty `sitemaps` does not mean "no sitemap".
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { canonicalProvince, membersOf2025, provinceTo2025 } from '../extract/gazetteer.js';

// ---------------------------------------------------------------- vocabularies

export const SOURCE_KINDS = ['provincial_portal', 'party_committee', 'labour_federation', 'newspaper', 'national'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** CMS families of SITES.md §1–2; each has (or will have) one crawler adapter. */
export const CMS_FAMILIES = [
  'nukeviet4', // §1: /vi/news/<cat>/<alias>-<id>.html, page-N, /vi/news/rss/
  'nukeviet3',
  'drupal7', // §2.1: /node/<nid>, ?page=N zero-based, /rss.xml
  'drupal8',
  'liferay', // §2.2: asset publisher, _<portlet>_cur=N
  'sharepoint', // §2.3: /Lists/<list>/<view>.aspx?PageIndex=N
  'aspnet', // §2.3–2.4: other ASP.NET portals (DNN, Default.aspx)
  'wordpress', // §2.6: /page/N/, /feed/
  'news_a_id', // §2.5: /<slug>-a<id>.html, /<cat>?p=N
  'news_yyyymm', // §2.5: /<cat>/<YYYYMM>/<slug>-<id>/
  'news_cms', // §2.5: -post<id>.html, "cms" markup
  'b_maincontent', // §2.5: div.b-maincontent .entry
  'news_htm', // §2.5: -<id>.htm
  'generic',
] as const;
export type CmsFamily = (typeof CMS_FAMILIES)[number];

/** Mirrors the marks of SITES.md: ✔ verified, ~ old-copy (seen only in 2016–2021), ? unverified, "(list)" list. */
export const VERIFICATION = ['verified', 'old-copy', 'unverified', 'list'] as const;
export type Verification = (typeof VERIFICATION)[number];

/**
 * How a listing pages. `param` overrides the query parameter where the style
 * has one: drupal_page_zero "page" (page 2 is ?page=1), query_p "p",
 * query_page "page", sharepoint_pageindex "PageIndex", liferay_cur
 * "_<portletId>_cur" (often unknown: the adapter then follows the pager links).
 */
export const PAGINATION_STYLES = [
  'nukeviet_page_n', // <listing>/page-N/ (page 1 is the bare URL)
  'drupal_page_zero', // ?page=N, zero-based
  'wordpress_page', // <listing>/page/N/
  'liferay_cur', // &_<portletId>_cur=N
  'sharepoint_pageindex', // ?PageIndex=N
  'query_p', // ?p=N
  'query_page', // ?page=N, one-based
  'none',
] as const;
export type PaginationStyle = (typeof PAGINATION_STYLES)[number];

// ---------------------------------------------------------------- named patterns

/**
 * A source id: lower-case ASCII words joined by single hyphens.
 * Matches "binhphuoc-portal"; not "Binh_Phuoc", "a--b" or "-x".
 * (The hyphen that starts each repeated group makes it unambiguous: no backtracking blow-up.)
 */
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** One DNS label, lower case: "dongnai", "baria-vungtau", "xn--abc". Not "-x", "x-", "Www". */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;

/** A top-level domain: letters, or an IDN "xn--" label. Matches "vn", "com"; not "123". */
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** The placeholder a search URL template must contain; replaced by the URL-encoded keyword. */
const SEARCH_PLACEHOLDER = '{q}';

/** A bare lower-case hostname: no scheme, port, path or trailing dot. "www.baotayninh.vn" yes; "https://x.vn", "x.vn:80", "localhost" no. */
export function isHostname(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => HOST_LABEL.test(label)) && TOP_LEVEL_LABEL.test(labels.at(-1) ?? '');
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

// ---------------------------------------------------------------- schemas

const HttpUrl = z.string().refine(isHttpUrl, { error: 'expected an absolute http(s) URL' });

const Hostname = z.string().refine(isHostname, { error: 'expected a bare lower-case hostname such as "www.example.gov.vn"' });

/** A pre-2025 province, written canonically (the form the gazetteer's `canonicalProvince` returns). */
const ProvinceName = z.string().superRefine((name, ctx) => {
  const canonical = canonicalProvince(name);
  if (canonical === null) ctx.addIssue({ code: 'custom', message: `unknown province "${name}" (expected one of the 63 pre-2025 provinces)` });
  else if (canonical !== name) ctx.addIssue({ code: 'custom', message: `write the canonical name "${canonical}", not "${name}"` });
});

export const PaginationSchema = z.strictObject({
  style: z.enum(PAGINATION_STYLES),
  param: z.string().min(1).optional(),
  max_pages: z.number().int().min(1).max(10_000),
});

export const ListingSchema = z.strictObject({
  url: HttpUrl,
  pagination: PaginationSchema.refine((p) => p.style !== 'none' || p.max_pages === 1, {
    error: 'a listing without pagination has max_pages 1',
    path: ['max_pages'],
  }),
});

export const SearchSchema = z.strictObject({
  /** E.g. "https://dongnai.gov.vn/vi/news/search/?q={q}". */
  url_template: z
    .string()
    .refine((t) => t.includes(SEARCH_PLACEHOLDER), { error: `must contain ${SEARCH_PLACEHOLDER}` })
    .refine((t) => isHttpUrl(t.replaceAll(SEARCH_PLACEHOLDER, 'q')), { error: 'expected an absolute http(s) URL' }),
  keywords: z.array(z.string().min(1)).min(1),
});

export const DiscoverySchema = z.strictObject({
  feeds: z.array(HttpUrl),
  sitemaps: z.array(HttpUrl),
  listings: z.array(ListingSchema),
  search: SearchSchema.nullable(),
});

/** CSS selectors that override the CMS adapter's defaults for one site. */
export const SelectorsSchema = z.strictObject({
  title: z.string().min(1).optional(),
  date: z.string().min(1).optional(),
  body: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  list_item: z.string().min(1).optional(),
});

export const DEFAULT_POLITENESS = { min_delay_ms: 2000, max_concurrency_per_host: 1 } as const;

export const PolitenessSchema = z.strictObject({
  min_delay_ms: z.number().int().min(0).default(DEFAULT_POLITENESS.min_delay_ms),
  max_concurrency_per_host: z.number().int().min(1).max(8).default(DEFAULT_POLITENESS.max_concurrency_per_host),
});

/** One source. Strict: an unknown key is a typo until proven otherwise. */
export const SourceSchema = z
  .strictObject({
    id: z.string().regex(SOURCE_ID, { error: 'expected lower-case kebab-case, e.g. "binhphuoc-portal"' }),
    name: z.string().min(1),
    kind: z.enum(SOURCE_KINDS),
    /** Pre-2025 province, or null for sources not tied to one (national media, the coal union). */
    province: ProvinceName.nullable(),
    /** The 2025 unit `province` belongs to (SITES.md §5); null iff `province` is. */
    province_2025: z.string().nullable(),
    base_url: HttpUrl,
    /** Every hostname in scope: www. variants and old domains that redirect. */
    hosts: z.array(Hostname).min(1),
    cms: z.enum(CMS_FAMILIES),
    verified: z.enum(VERIFICATION),
    discovery: DiscoverySchema,
    selectors: SelectorsSchema.default({}),
    /** Pages built by client-side templates need Playwright (tinhuybinhduong.vn, baodienbienphu.vn categories). */
    needs_browser: z.boolean().default(false),
    politeness: PolitenessSchema.default({ ...DEFAULT_POLITENESS }),
    notes: z.string().default(''),
  })
  .superRefine((source, ctx) => {
    // zod runs this even when a field failed its own refinement (a bad URL, say),
    // so URLs are parsed defensively: one that does not parse is already reported.
    const hosts = new Set(source.hosts);
    if (hosts.size !== source.hosts.length) ctx.addIssue({ code: 'custom', path: ['hosts'], message: 'lists a host twice' });
    const checkScope = (path: Array<string | number>, url: string): void => {
      const host = URL.canParse(url) ? new URL(url).hostname : null;
      if (host !== null && !hosts.has(host)) ctx.addIssue({ code: 'custom', path, message: `host "${host}" is not in hosts` });
    };
    checkScope(['base_url'], source.base_url);
    const { feeds, sitemaps, listings, search } = source.discovery;
    feeds.forEach((url, i) => checkScope(['discovery', 'feeds', i], url));
    sitemaps.forEach((url, i) => checkScope(['discovery', 'sitemaps', i], url));
    listings.forEach((listing, i) => checkScope(['discovery', 'listings', i, 'url'], listing.url));
    if (search) checkScope(['discovery', 'search', 'url_template'], search.url_template.replaceAll(SEARCH_PLACEHOLDER, 'q'));
    if (source.kind === 'national' && source.province !== null) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'a national source has province null' });
    }
    const expected2025 = source.province === null ? null : provinceTo2025(source.province);
    if (source.province_2025 !== expected2025) {
      const message =
        expected2025 === null
          ? 'must be null when province is null'
          : `expected "${expected2025}" for province "${source.province}" (SITES.md §5)`;
      ctx.addIssue({ code: 'custom', path: ['province_2025'], message });
    }
  });

export type Source = z.infer<typeof SourceSchema>;
/** A source as written in the file: fields with defaults may be left out. */
export type SourceInput = z.input<typeof SourceSchema>;

/** The file as a whole. `validateRegistry` applies it entry by entry, so that problems are reported per entry. */
export const RegistryFileSchema = z.strictObject({
  version: z.literal(1),
  description: z.string().optional(),
  sources: z.array(SourceSchema),
});

export type Registry = z.infer<typeof RegistryFileSchema>;

/** The file's frame, checked before the entries. */
const RegistryFrameSchema = z.strictObject({
  version: z.literal(1),
  description: z.string().optional(),
  sources: z.array(z.unknown()),
});

// ---------------------------------------------------------------- validation

/** A problem found in a registry file. `index` is the entry's position in `sources` (from 0), -1 for the file itself. */
export interface RegistryProblem {
  id: string | null;
  index: number;
  field: string;
  message: string;
}

export interface RegistryValidation {
  /** The entries with no problem, in file order. */
  sources: Source[];
  problems: RegistryProblem[];
}

/** ["discovery", "listings", 0, "url"] → "discovery.listings[0].url". */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The value at `path` inside `value`, or undefined. */
function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issuesToProblems(error: z.ZodError, input: unknown, id: string | null, index: number): RegistryProblem[] {
  return error.issues.flatMap((issue): RegistryProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ id, index, field: formatPath([...issue.path, key]), message: 'unknown field' }));
    }
    let message = issue.message;
    if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
      if (issue.code === 'invalid_type') message = `missing (expected ${issue.expected})`;
      if (issue.code === 'invalid_value') message = `missing (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    }
    return [{ id, index, field: formatPath(issue.path) || '(entry)', message }];
  });
}

/**
 * Validates a parsed registry file. Never throws: every problem is returned,
 * with the entry's id (when it has a string one) and index, and the field.
 * Besides each entry's schema it checks that ids and base URLs are unique.
 */
export function validateRegistry(json: unknown): RegistryValidation {
  const frame = RegistryFrameSchema.safeParse(json);
  if (!frame.success) {
    // Still validate the entries if there are any: a bad "version" must not hide them.
    const entries = typeof json === 'object' && json !== null && Array.isArray((json as { sources?: unknown }).sources)
      ? ((json as { sources: unknown[] }).sources)
      : [];
    const frameProblems = issuesToProblems(frame.error, json, null, -1);
    const inner = validateEntries(entries);
    return { sources: inner.sources, problems: [...frameProblems, ...inner.problems] };
  }
  return validateEntries(frame.data.sources);
}

function rawId(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

function validateEntries(entries: readonly unknown[]): RegistryValidation {
  const problems: RegistryProblem[] = [];
  const sources: Source[] = [];
  const firstIndexById = new Map<string, number>();
  const firstIndexByBaseUrl = new Map<string, number>();

  entries.forEach((entry, index) => {
    const id = rawId(entry);
    let ok = true;
    if (id !== null) {
      const first = firstIndexById.get(id);
      if (first === undefined) firstIndexById.set(id, index);
      else {
        problems.push({ id, index, field: 'id', message: `duplicate id (also entry ${first})` });
        ok = false;
      }
    }
    const parsed = SourceSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, entry, id, index));
      return;
    }
    const baseUrl = parsed.data.base_url;
    const firstBase = firstIndexByBaseUrl.get(baseUrl);
    if (firstBase === undefined) firstIndexByBaseUrl.set(baseUrl, index);
    else {
      problems.push({ id, index, field: 'base_url', message: `same base_url as entry ${firstBase}` });
      ok = false;
    }
    if (ok) sources.push(parsed.data);
  });
  return { sources, problems };
}

/** One line per problem: `<file>: source "<id>" (entry N): <field>: <message>`. */
export function formatProblem(file: string, problem: RegistryProblem): string {
  if (problem.index < 0) return `${file}: ${problem.field}: ${problem.message}`;
  const who = problem.id === null ? 'source without id' : `source "${problem.id}"`;
  return `${file}: ${who} (entry ${problem.index}): ${problem.field}: ${problem.message}`;
}

// ---------------------------------------------------------------- loading

/** The shipped registry, resolved from this file so that it does not depend on the working directory. */
export const DEFAULT_REGISTRY_URL = new URL('../data/sources.json', import.meta.url);

/**
 * The registry file could not be read, was not JSON, or has problems
 * (`problems` is then non-empty). Its message names the file; read and parse
 * failures keep the original error as `cause`. For a crawl this means abort:
 * retrying cannot help and no source can be trusted from a bad file.
 */
export class RegistryError extends Error {
  readonly path: string;
  readonly problems: readonly RegistryProblem[];

  constructor(path: string, message: string, options: { cause?: unknown; problems?: readonly RegistryProblem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.path = path;
    this.problems = options.problems ?? [];
  }
}

/** A path for messages: as given, or for a file URL the path relative to the working directory when inside it. */
export function displayPath(path: string | URL): string {
  if (!(path instanceof URL)) return path;
  const absolute = fileURLToPath(path);
  const rel = relative(process.cwd(), absolute);
  return rel !== '' && !rel.startsWith('..') ? rel : absolute;
}

/** Reads and parses a registry file without validating it. Text is NFC-normalised here, once. */
export async function readRegistryFile(path: string | URL = DEFAULT_REGISTRY_URL): Promise<unknown> {
  const shown = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RegistryError(shown, `cannot read source registry ${shown}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text.normalize('NFC')) as unknown;
  } catch (error) {
    throw new RegistryError(shown, `source registry ${shown} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads, parses and validates a registry; throws `RegistryError` unless it is free of problems. */
export async function loadRegistry(path: string | URL = DEFAULT_REGISTRY_URL): Promise<Registry> {
  const shown = displayPath(path);
  const json = await readRegistryFile(path);
  const { sources, problems } = validateRegistry(json);
  if (problems.length > 0) {
    const first = problems[0];
    const detail = first === undefined ? '' : `; first: ${formatProblem(shown, first)}`;
    throw new RegistryError(shown, `source registry ${shown} has ${problems.length} problem(s)${detail}`, { problems });
  }
  const { description } = json as { description?: string };
  return { version: 1, ...(description === undefined ? {} : { description }), sources };
}

// ---------------------------------------------------------------- selection

export interface SourceFilter {
  ids?: readonly string[];
  /** Pre-2025 provinces or 2025 units, any spelling ("Đồng Nai" selects Bình Phước sources too). */
  provinces?: readonly string[];
  kinds?: readonly SourceKind[];
  /** Only sources marked ✔ in SITES.md. */
  verifiedOnly?: boolean;
}

/** True if `name` is a pre-2025 province or a 2025 unit in any spelling the gazetteer knows. */
export function isKnownProvinceName(name: string): boolean {
  return canonicalProvince(name) !== null || membersOf2025(name).length > 0;
}

/**
 * The registry's sources that pass every given filter (an empty or missing
 * filter passes all), in registry order. Within one filter the values are
 * alternatives. A province name selects the sources of that pre-2025 province
 * and, when it names a 2025 unit, of every province merged into it
 * ("Đồng Nai" → Đồng Nai and Bình Phước). Unknown names select nothing.
 */
export function selectSources(registry: Pick<Registry, 'sources'>, filter: SourceFilter = {}): Source[] {
  const ids = filter.ids && filter.ids.length > 0 ? new Set(filter.ids) : null;
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const provinces = filter.provinces && filter.provinces.length > 0 ? filter.provinces : null;
  // A name stands for its old province and, if it is a 2025 unit, for all the unit's members.
  const wanted = new Set(
    provinces?.flatMap((name) => [canonicalProvince(name), ...membersOf2025(name)]).filter((p): p is string => p !== null),
  );

  return registry.sources.filter((source) => {
    if (ids && !ids.has(source.id)) return false;
    if (kinds && !kinds.has(source.kind)) return false;
    if (filter.verifiedOnly && source.verified !== 'verified') return false;
    if (provinces && (source.province === null || !wanted.has(source.province))) return false;
    return true;
  });
}
