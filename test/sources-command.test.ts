import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRegistry, type Registry } from '../crawlers/registry.js';
import { CliError } from '../pipeline/cli-error.js';
import { sourcesCommand } from '../pipeline/commands/sources.js';

let registry: Registry;
let tmp: string;
let out: string[];
let err: string[];

beforeAll(async () => {
  registry = await loadRegistry();
  tmp = await mkdtemp(join(tmpdir(), 'vntally-sources-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out.push(args.map(String).join(' '));
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    err.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the command in-process; returns its exit code and the printed lines. */
async function run(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const code = await sourcesCommand.run(argv);
  return { code, lines: out.join('\n').split('\n') };
}

describe('vntally sources (listing)', () => {
  it('lists every source in an aligned table with a count line', async () => {
    const { code, lines } = await run();
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const [header, ...rest] = lines;
    const rows = rest.slice(0, -1);
    expect(header).toMatch(/^id\s+kind\s+province → 2025\s+cms\s+verified\s+base_url$/u);
    expect(rows).toHaveLength(registry.sources.length);
    expect(lines.at(-1)).toBe(`${registry.sources.length} sources`);
    // Aligned: every column starts at the header's offset.
    const kindAt = header?.indexOf('kind') ?? -1;
    const urlAt = header?.indexOf('base_url') ?? -1;
    for (const row of rows) {
      expect(row.slice(kindAt - 2, kindAt)).toBe('  ');
      expect(row.slice(urlAt)).toMatch(/^https?:\/\//u);
    }
    expect(rows.find((r) => r.startsWith('binhphuoc-portal '))).toMatch(/provincial_portal\s+Bình Phước → Đồng Nai\s+nukeviet4\s+verified\s+https:\/\/dongnai\.gov\.vn\//u);
    expect(rows.find((r) => r.startsWith('dangcongsan '))).toMatch(/national\s+—\s+generic/u);
  });

  it('filters by a 2025 unit, without diacritics', async () => {
    const { code, lines } = await run('--province', 'dong nai');
    expect(code).toBe(0);
    const listed = lines.slice(1, -1).map((l) => l.split(/\s+/u)[0]);
    expect(listed).toEqual(expect.arrayContaining(['binhphuoc-portal', 'dongnai-newspaper']));
    expect(listed).not.toContain('hanoi-portal');
    expect(lines.at(-1)).toBe(`${listed.length} of ${registry.sources.length} sources`);
  });

  it('combines --kind and --province, repeatable', async () => {
    const { lines } = await run('--kind', 'party_committee', '--province', 'Bình Dương', '--province', 'Bình Phước');
    const listed = lines.slice(1, -1).map((l) => l.split(/\s+/u)[0]);
    expect(listed.sort()).toEqual(['binhduong-party', 'binhphuoc-party']);
  });

  it('prints JSON lines with --json', async () => {
    const { code } = await run('--json', '--kind', 'national');
    expect(code).toBe(0);
    const objects = out.map((line) => JSON.parse(line) as { id: string; kind: string; hosts: string[] });
    expect(objects.length).toBe(registry.sources.filter((s) => s.kind === 'national').length);
    expect(objects.every((o) => o.kind === 'national' && o.hosts.length > 0)).toBe(true);
  });

  it('prints one source with --source', async () => {
    await run('--source', 'bacgiang-iza', '--json');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? '{}')).toMatchObject({ id: 'bacgiang-iza', cms: 'drupal7', province_2025: 'Bắc Ninh' });
  });

  it('says how many of how many with --verified-only', async () => {
    const { lines } = await run('--verified-only');
    const verified = registry.sources.filter((s) => s.verified === 'verified').length;
    expect(lines.at(-1)).toBe(`${verified} of ${registry.sources.length} sources`);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown province', ['--province', 'Atlantis'], /--province: unknown province "Atlantis"/],
    ['an unknown kind', ['--kind', 'blog'], /--kind: .*expected one of/],
    ['an unknown source id', ['--source', 'no-such-source'], /unknown source id "no-such-source"/],
    ['an unknown flag', ['--colour'], /Unknown option '--colour'/],
    ['a positional argument', ['hanoi'], /positional/],
  ])('rejects %s with a CliError (exit 2)', async (_label, argv, message) => {
    const error = await sourcesCommand.run(argv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(message);
  });

  it('documents its flags in help', () => {
    for (const flag of ['--province', '--kind', '--source', '--json', '--validate']) expect(sourcesCommand.help).toContain(flag);
  });
});

describe('vntally sources --validate', () => {
  const good = {
    id: 'good-portal',
    name: 'Cổng tốt',
    kind: 'provincial_portal',
    province: 'Hà Nội',
    province_2025: 'Hà Nội',
    base_url: 'https://good.gov.vn/',
    hosts: ['good.gov.vn'],
    cms: 'generic',
    verified: 'unverified',
    discovery: { feeds: [], sitemaps: [], listings: [], search: null },
  };

  it('prints each problem with file, id, entry and field, and exits 1', async () => {
    const file = join(tmp, 'bad-sources.json');
    const { id: _id, ...noId } = good;
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        sources: [
          good,
          { ...good, id: 'bad-kind', kind: 'blog', base_url: 'https://bad.gov.vn/', hosts: ['bad.gov.vn'] },
          { ...noId, base_url: 'https://noid.gov.vn/', hosts: ['noid.gov.vn'] },
          { ...good, id: 'off-host', base_url: 'https://elsewhere.gov.vn/' },
          { ...good, base_url: 'https://dup.gov.vn/', hosts: ['dup.gov.vn'] },
        ],
      }),
    );
    const { code, lines } = await run('--validate', file);
    expect(code).toBe(1);
    expect(lines).toContain(`${file}: source "bad-kind" (entry 1): kind: Invalid option: expected one of "provincial_portal"|"party_committee"|"labour_federation"|"newspaper"|"national"`);
    expect(lines).toContain(`${file}: source without id (entry 2): id: missing (expected string)`);
    expect(lines).toContain(`${file}: source "off-host" (entry 3): base_url: host "elsewhere.gov.vn" is not in hosts`);
    expect(lines).toContain(`${file}: source "good-portal" (entry 4): id: duplicate id (also entry 0)`);
    expect(lines.at(-1)).toBe(`${file}: 4 problem(s); 1 entry valid`);
  });

  it('reports a valid file and exits 0', async () => {
    const file = join(tmp, 'good-sources.json');
    await writeFile(file, JSON.stringify({ version: 1, sources: [good] }));
    const { code, lines } = await run('--validate', file);
    expect(code).toBe(0);
    expect(lines).toEqual([`${file}: 1 source, no problems`]);
  });

  it('turns an unreadable file into a CliError naming it, with the cause', async () => {
    const file = join(tmp, 'missing.json');
    const error = await sourcesCommand.run(['--validate', file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain(file);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).cause).toBeInstanceOf(Error);
  });

  it('turns a file that is not JSON into a CliError', async () => {
    const file = join(tmp, 'not-json.json');
    await writeFile(file, 'sources: []');
    const error = await sourcesCommand.run(['--validate', file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/not valid JSON/);
  });
});
