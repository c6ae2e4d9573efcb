/**
 * `vntally extract` as a user runs it: real files in a temp folder, the real
 * command, its stdout lines and exit code.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/vntally.js', import.meta.url));
const seedFile = fileURLToPath(new URL('../../shared/seeds/000_c49c9098393ef184.txt', import.meta.url));
const htmlFixture = fileURLToPath(new URL('./fixtures/html/', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function vntally(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vntally-extract-'));
  await writeFile(join(dir, 'article.txt'), 'Kết nạp đảng viên trong doanh nghiệp\nNgày 01/03/2022\nHuyện ủy Tiên Lãng đã kết nạp 56 đảng viên, thành lập 3 chi bộ.\n');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'picture.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await mkdir(join(dir, 'folder.txt'));
  await copyFile(join(htmlFixture, 'aspnet.html'), join(dir, 'windows-1258.html'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vntally extract --json', () => {
  it('prints one JSON object per file with the FACTS.md fields', async () => {
    const r = await vntally(['extract', '--json', join(dir, 'article.txt')]);
    expect(r.code).toBe(0);
    const [line] = lines(r.stdout);
    expect(line).toMatchObject({ file: join(dir, 'article.txt'), province: 'Hải Phòng', published: '2022-03-01' });
    const facts = line!.facts as Array<Record<string, unknown>>;
    expect(facts.map((f) => [f.metric, f.value, f.unit, f.kind, f.approx])).toEqual([
      ['party_admissions', 56, 'count', 'flow', 'exact'],
      ['party_organizations', 3, 'count', 'flow', 'exact'],
    ]);
    expect(facts[0]).toHaveProperty('evidence.text', 'Huyện ủy Tiên Lãng đã kết nạp 56 đảng viên, thành lập 3 chi bộ.');
  });

  it('gives unreadable files an error line naming the file, and still processes the others', async () => {
    const files = ['missing.txt', 'empty.txt', 'picture.html', 'folder.txt', 'article.txt'].map((f) => join(dir, f));
    const r = await vntally(['extract', '--json', ...files]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((l) => l.file)).toEqual(files);
    expect(out[0]!.error).toBe(`${files[0]}: no such file`);
    expect(out[1]!.error).toBe(`${files[1]}: empty file`);
    expect(String(out[2]!.error)).toMatch(/picture\.html: binary/u);
    expect(out[3]!.error).toBe(`${files[3]}: is a directory, not a file`);
    expect(out[4]!.error).toBeUndefined();
    expect((out[4]!.facts as unknown[]).length).toBe(2);
  });

  it('exits non-zero only when no file could be read', async () => {
    const r = await vntally(['extract', '--json', join(dir, 'missing.txt'), join(dir, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('reads a saved page in Windows-1258', async () => {
    const r = await vntally(['extract', '--json', join(dir, 'windows-1258.html')]);
    const [line] = lines(r.stdout);
    expect(line!.error).toBeUndefined();
    expect(String(line!.title)).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  });

  it('extracts a seed article as the scorer calls it', async () => {
    const r = await vntally(['extract', '--json', seedFile]);
    const [line] = lines(r.stdout);
    expect(line!.error).toBeUndefined();
    expect((line!.facts as unknown[]).length).toBe(10);
  });
});

describe('vntally extract (table) and help', () => {
  it('prints a readable table per article', async () => {
    const r = await vntally(['extract', join(dir, 'article.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/province: Hải Phòng/u);
    expect(r.stdout).toMatch(/party_admissions\s+56\s+flow\s+exact/u);
  });

  it('answers --help for every subcommand and rejects unknown ones', async () => {
    const top = await vntally(['--help']);
    expect(top.code).toBe(0);
    const names = [...top.stdout.matchAll(/^ {2}(\S+) {2,}/gmu)].map((m) => m[1]!);
    expect(names).toContain('extract');
    for (const name of names) {
      const r = await vntally([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`Usage: vntally ${name}`, 'u'));
    }
    const bad = await vntally(['nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "nonsense"/u);
    // (One process per subcommand, one after another: on a loaded 2-core machine that is more than the default minute.)
  }, 180_000);

  it('says what is wrong with a bad flag', async () => {
    const r = await vntally(['extract', '--frobnicate', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vntally extract: .*frobnicate/u);
  });
});

