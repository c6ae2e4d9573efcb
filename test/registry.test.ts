import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../extract/gazetteer.js';
import {
  RegistryError,
  formatProblem,
  isHostname,
  loadRegistry,
  readRegistryFile,
  selectSources,
  validateRegistry,
  type Registry,
  type SourceInput,
} from '../crawlers/registry.js';

let registry: Registry;
let raw: unknown;
let tmp: string;

beforeAll(async () => {
  raw = await readRegistryFile();
  registry = await loadRegistry();
  tmp = await mkdtemp(join(tmpdir(), 'vntally-registry-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const ids = (sources: ReadonlyArray<{ id: string }>): string[] => sources.map((s) => s.id);

describe('the shipped registry (data/sources.json)', () => {
  it('validates with zero problems', () => {
    const { sources, problems } = validateRegistry(raw);
    expect(problems).toEqual([]);
    expect(sources.length).toBe((raw as { sources: unknown[] }).sources.length);
  });

  it('has at least one source for every one of the 63 provinces', () => {
    expect(PROVINCES).toHaveLength(63);
    const covered = new Set(registry.sources.map((s) => s.province));
    const missing = PROVINCES.map((p) => p.name).filter((name) => !covered.has(name));
    expect(missing).toEqual([]);
  });

  it.each([
    ['binhphuoc-portal', 'nukeviet4', 'dongnai.gov.vn', 'Bình Phước'],
    ['binhphuoc-portal', 'nukeviet4', 'binhphuoc.gov.vn', 'Bình Phước'],
    ['bencat-portal', 'sharepoint', 'bencat.binhduong.gov.vn', 'Bình Dương'],
    ['daitienlang', 'generic', 'daitienlang.vn', 'Hải Phòng'],
    ['bacgiang-iza', 'drupal7', 'bacgiang-iza.gov.vn', 'Bắc Giang'],
    ['thanhphohaiphong-portal', 'generic', 'thanhphohaiphong.gov.vn', 'Hải Phòng'],
  ])('has the seed site %s (cms %s, host %s, %s)', (id, cms, host, province) => {
    const source = registry.sources.find((s) => s.id === id);
    expect(source).toBeDefined();
    expect(source?.cms).toBe(cms);
    expect(source?.hosts).toContain(host);
    expect(source?.province).toBe(province);
    expect(source?.verified).toBe('verified');
  });

  it('follows the family URL shapes for NukeViet and Drupal discovery', () => {
    const portal = registry.sources.find((s) => s.id === 'binhphuoc-portal');
    expect(portal?.discovery.feeds).toEqual(['https://dongnai.gov.vn/vi/news/rss/']);
    expect(portal?.discovery.listings[0]?.pagination.style).toBe('nukeviet_page_n');
    const iza = registry.sources.find((s) => s.id === 'bacgiang-iza');
    expect(iza?.discovery.feeds).toEqual(['http://bacgiang-iza.gov.vn/rss.xml']);
    expect(iza?.discovery.listings[0]?.pagination).toEqual({ style: 'drupal_page_zero', param: 'page', max_pages: 50 });
  });

  it('marks the client-rendered sites as needing a browser, and only those', () => {
    expect(ids(registry.sources.filter((s) => s.needs_browser)).sort()).toEqual(['binhduong-party', 'dienbien-newspaper']);
  });

  it('gives national sources no province and every other source one of the 63, except the coal union', () => {
    for (const source of registry.sources) {
      if (source.kind === 'national') expect(source.province, source.id).toBeNull();
    }
    expect(ids(registry.sources.filter((s) => s.kind !== 'national' && s.province === null))).toEqual(['congdoan-tkv']);
  });

  it('uses the default politeness everywhere', () => {
    for (const source of registry.sources) {
      expect(source.politeness, source.id).toEqual({ min_delay_ms: 2000, max_concurrency_per_host: 1 });
    }
  });
});

// ---------------------------------------------------------------- validation of broken entries

/** A minimal valid entry; each broken case changes one thing. */
function validEntry(overrides: Partial<Record<keyof SourceInput, unknown>> = {}): Record<string, unknown> {
  return {
    id: 'test-portal',
    name: 'Cổng thử',
    kind: 'provincial_portal',
    province: 'Bình Phước',
    province_2025: 'Đồng Nai',
    base_url: 'https://test.gov.vn/',
    hosts: ['test.gov.vn', 'www.test.gov.vn'],
    cms: 'nukeviet4',
    verified: 'unverified',
    discovery: {
      feeds: ['https://test.gov.vn/vi/news/rss/'],
      sitemaps: [],
      listings: [{ url: 'https://test.gov.vn/vi/news/', pagination: { style: 'nukeviet_page_n', max_pages: 5 } }],
      search: { url_template: 'https://test.gov.vn/vi/news/search/?q={q}', keywords: ['phát triển đảng viên'] },
    },
    ...overrides,
  };
}

function without(entry: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...entry };
  delete copy[key];
  return copy;
}

const otherEntry = validEntry({ id: 'other-portal', base_url: 'https://other.gov.vn/', hosts: ['other.gov.vn'], discovery: { feeds: [], sitemaps: [], listings: [], search: null } });

describe('validateRegistry on broken entries', () => {
  it('accepts the valid entry and fills in defaults', () => {
    const { sources, problems } = validateRegistry({ version: 1, sources: [validEntry()] });
    expect(problems).toEqual([]);
    expect(sources[0]).toMatchObject({ needs_browser: false, selectors: {}, notes: '', politeness: { min_delay_ms: 2000, max_concurrency_per_host: 1 } });
  });

  it.each<[string, Record<string, unknown>, string | null, string, RegExp]>([
    ['missing id', without(validEntry(), 'id'), null, 'id', /missing/],
    ['id not kebab-case', validEntry({ id: 'Test_Portal' }), 'Test_Portal', 'id', /kebab/],
    ['bad kind', validEntry({ kind: 'blog' }), 'test-portal', 'kind', /expected one of/],
    ['missing kind', without(validEntry(), 'kind'), 'test-portal', 'kind', /missing/],
    ['bad url', validEntry({ base_url: 'not a url' }), 'test-portal', 'base_url', /http\(s\) URL/],
    ['non-http url', validEntry({ base_url: 'ftp://test.gov.vn/' }), 'test-portal', 'base_url', /http\(s\) URL/],
    ['host not in hosts', validEntry({ base_url: 'https://elsewhere.gov.vn/' }), 'test-portal', 'base_url', /"elsewhere\.gov\.vn" is not in hosts/],
    ['a URL instead of a host', validEntry({ hosts: ['https://test.gov.vn/'] }), 'test-portal', 'hosts[0]', /hostname/],
    ['upper-case host', validEntry({ hosts: ['Test.gov.vn'] }), 'test-portal', 'hosts[0]', /hostname/],
    ['host listed twice', validEntry({ hosts: ['test.gov.vn', 'test.gov.vn'] }), 'test-portal', 'hosts', /twice/],
    ['unknown province', validEntry({ province: 'Atlantis' }), 'test-portal', 'province', /unknown province "Atlantis"/],
    ['province not canonical', validEntry({ province: 'binh phuoc' }), 'test-portal', 'province', /canonical name "Bình Phước"/],
    ['wrong 2025 unit', validEntry({ province_2025: 'Bình Phước' }), 'test-portal', 'province_2025', /expected "Đồng Nai"/],
    ['national with a province', validEntry({ kind: 'national' }), 'test-portal', 'province', /national/],
    ['bad cms', validEntry({ cms: 'joomla' }), 'test-portal', 'cms', /expected one of/],
    ['bad verified mark', validEntry({ verified: '✔' }), 'test-portal', 'verified', /expected one of/],
    ['listing off the hosts', validEntry({ discovery: { feeds: [], sitemaps: [], listings: [{ url: 'https://x.vn/', pagination: { style: 'none', max_pages: 1 } }], search: null } }), 'test-portal', 'discovery.listings[0].url', /not in hosts/],
    ['bad pagination style', validEntry({ discovery: { feeds: [], sitemaps: [], listings: [{ url: 'https://test.gov.vn/', pagination: { style: 'infinite', max_pages: 1 } }], search: null } }), 'test-portal', 'discovery.listings[0].pagination.style', /expected one of/],
    ['no pagination but several pages', validEntry({ discovery: { feeds: [], sitemaps: [], listings: [{ url: 'https://test.gov.vn/', pagination: { style: 'none', max_pages: 3 } }], search: null } }), 'test-portal', 'discovery.listings[0].pagination.max_pages', /max_pages 1/],
    ['search template without {q}', validEntry({ discovery: { feeds: [], sitemaps: [], listings: [], search: { url_template: 'https://test.gov.vn/search', keywords: ['x'] } } }), 'test-portal', 'discovery.search.url_template', /\{q\}/],
    ['feed that is not a URL', validEntry({ discovery: { feeds: ['/rss.xml'], sitemaps: [], listings: [], search: null } }), 'test-portal', 'discovery.feeds[0]', /http\(s\) URL/],
    ['misspelt field', { ...validEntry(), seletors: {} }, 'test-portal', 'seletors', /unknown field/],
    ['misspelt selector', validEntry({ selectors: { headline: 'h1' } }), 'test-portal', 'selectors.headline', /unknown field/],
    ['politeness that is not a number', validEntry({ politeness: { min_delay_ms: 'slow' } }), 'test-portal', 'politeness.min_delay_ms', /number/],
    ['entry that is not an object', 42 as unknown as Record<string, unknown>, null, '(entry)', /object/],
  ])('reports %s with its id and field', (_label, broken, id, field, message) => {
    const { sources, problems } = validateRegistry({ version: 1, sources: [otherEntry, broken] });
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem).toMatchObject({ id, index: 1 });
    expect(problem?.message).toMatch(message);
    // The good entry is neither reported nor dropped.
    expect(problems.every((p) => p.index === 1)).toBe(true);
    expect(ids(sources)).toEqual(['other-portal']);
  });

  it('reports a duplicate id on the second entry, naming the first', () => {
    const { sources, problems } = validateRegistry({ version: 1, sources: [validEntry(), validEntry({ base_url: 'https://www.test.gov.vn/' })] });
    expect(problems).toEqual([{ id: 'test-portal', index: 1, field: 'id', message: 'duplicate id (also entry 0)' }]);
    expect(ids(sources)).toEqual(['test-portal']);
  });

  it('reports a duplicate base_url', () => {
    const { problems } = validateRegistry({ version: 1, sources: [validEntry(), validEntry({ id: 'test-again' })] });
    expect(problems).toEqual([{ id: 'test-again', index: 1, field: 'base_url', message: 'same base_url as entry 0' }]);
  });

  it('reports every bad entry: one does not hide the others', () => {
    const { sources, problems } = validateRegistry({
      version: 1,
      sources: [validEntry({ kind: 'blog' }), otherEntry, validEntry({ id: 'third', base_url: 'https://third.vn/' }), without(validEntry({ id: 'fourth' }), 'name')],
    });
    expect(problems.map((p) => [p.index, p.id, p.field])).toEqual([
      [0, 'test-portal', 'kind'],
      [2, 'third', 'base_url'],
      [3, 'fourth', 'name'],
    ]);
    expect(ids(sources)).toEqual(['other-portal']);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'hello', '(entry)'],
    ['no sources', { version: 1 }, 'sources'],
    ['a wrong version', { version: 2, sources: [] }, 'version'],
    ['an unknown top-level key', { version: 1, sources: [], extra: true }, 'extra'],
  ])('reports a file with %s as a file-level problem', (_label, json, field) => {
    const { problems } = validateRegistry(json);
    expect(problems).toContainEqual(expect.objectContaining({ id: null, index: -1, field }));
  });

  it('still checks the entries of a file whose frame is wrong', () => {
    const { problems } = validateRegistry({ version: 2, sources: [validEntry({ kind: 'blog' })] });
    expect(problems.map((p) => p.field)).toEqual(['version', 'kind']);
  });

  it.each([
    [{ id: 'x', index: 3, field: 'kind', message: 'bad' }, 'f.json: source "x" (entry 3): kind: bad'],
    [{ id: null, index: 0, field: 'id', message: 'missing (expected string)' }, 'f.json: source without id (entry 0): id: missing (expected string)'],
    [{ id: null, index: -1, field: 'version', message: 'bad' }, 'f.json: version: bad'],
  ])('formats %o', (problem, line) => {
    expect(formatProblem('f.json', problem)).toBe(line);
  });
});

describe('isHostname', () => {
  it.each(['dongnai.gov.vn', 'www.baotayninh.vn', 'bacgiang-iza.gov.vn', 'btgtu.binhthuan.dcs.vn', 'xn--bcher-kva.example'])('accepts %s', (host) => {
    expect(isHostname(host)).toBe(true);
  });
  it.each(['https://dongnai.gov.vn', 'dongnai.gov.vn/', 'dongnai.gov.vn:80', 'localhost', 'Dongnai.gov.vn', '-x.vn', 'a..vn', 'dongnai.gov.vn.', '127.0.0.1'])('rejects %s', (host) => {
    expect(isHostname(host)).toBe(false);
  });
});

describe('loadRegistry errors', () => {
  it('names the path of a missing file and keeps the cause', async () => {
    const path = join(tmp, 'nope.json');
    const error = await loadRegistry(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toContain(path);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('names the path of a file that is not JSON and keeps the cause', async () => {
    const path = join(tmp, 'broken.json');
    await writeFile(path, '{ "version": 1, ');
    const error = await loadRegistry(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('throws with the problems of an invalid file', async () => {
    const path = join(tmp, 'invalid.json');
    await writeFile(path, JSON.stringify({ version: 1, sources: [validEntry({ kind: 'blog' })] }));
    const error = await loadRegistry(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).problems).toEqual([expect.objectContaining({ id: 'test-portal', field: 'kind' })]);
    expect((error as Error).message).toContain(`${path}: source "test-portal" (entry 0): kind:`);
  });

  it('NFC-normalises the file once on reading', async () => {
    const path = join(tmp, 'nfd.json');
    await writeFile(path, JSON.stringify({ version: 1, sources: [validEntry({ province: 'Bình Phước'.normalize('NFD') })] }));
    const loaded = await loadRegistry(path);
    expect(loaded.sources[0]?.province).toBe('Bình Phước');
  });
});

describe('selectSources', () => {
  it('selects Bình Phước sources for the 2025 unit "Đồng Nai", as well as Đồng Nai\'s own', () => {
    const selected = selectSources(registry, { provinces: ['Đồng Nai'] });
    expect(ids(selected)).toEqual(expect.arrayContaining(['binhphuoc-portal', 'binhphuoc-party', 'dongnai-newspaper']));
    expect(new Set(selected.map((s) => s.province))).toEqual(new Set(['Bình Phước', 'Đồng Nai']));
  });

  it('selects only the old province for an old name', () => {
    const selected = selectSources(registry, { provinces: ['Bình Phước'] });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((s) => s.province === 'Bình Phước')).toBe(true);
  });

  it.each([['dong nai'], ['DONG NAI'], ['tỉnh Đồng Nai'], ['Đồng  Nai']])('ignores accents, case and prefixes: %s', (name) => {
    expect(ids(selectSources(registry, { provinces: [name] }))).toEqual(ids(selectSources(registry, { provinces: ['Đồng Nai'] })));
  });

  it.each([['TP.HCM'], ['Thành phố Hồ Chí Minh'], ['Sài Gòn']])('maps "%s" to the 2025 city, with Bình Dương and Bà Rịa - Vũng Tàu', (name) => {
    const provinces = new Set(selectSources(registry, { provinces: [name] }).map((s) => s.province));
    expect(provinces).toEqual(new Set(['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']));
  });

  it('maps "Huế" (a 2025 name) to Thừa Thiên Huế', () => {
    const selected = selectSources(registry, { provinces: ['Huế'] });
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.every((s) => s.province === 'Thừa Thiên Huế')).toBe(true);
  });

  it('treats several values of one filter as alternatives', () => {
    const selected = selectSources(registry, { provinces: ['Cà Mau', 'Yên Bái'], kinds: ['newspaper'] });
    expect(ids(selected).sort()).toEqual(['baclieu-newspaper', 'camau-newspaper', 'yenbai-newspaper']);
  });

  it('combines ids, kinds and verification', () => {
    expect(ids(selectSources(registry, { ids: ['nld', 'vov'] }))).toEqual(['vov', 'nld']);
    expect(ids(selectSources(registry, { ids: ['nld', 'vov'], verifiedOnly: true }))).toEqual(['nld']);
    const national = selectSources(registry, { kinds: ['national'] });
    expect(national.length).toBeGreaterThan(10);
    expect(national.every((s) => s.kind === 'national' && s.province === null)).toBe(true);
  });

  it('selects everything with no filter and nothing for an unknown province', () => {
    expect(selectSources(registry)).toHaveLength(registry.sources.length);
    expect(selectSources(registry, { provinces: ['Atlantis'] })).toEqual([]);
  });
});
