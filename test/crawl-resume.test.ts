/**
 * Resume after SIGKILL: a crawl killed (twice, at seeded random moments) and
 * restarted ends with the same archived articles as an uninterrupted crawl of
 * the same sites, none archived twice. The archive is the only state that
 * survives the kill; crawlee's queues live in memory and die with the process.
 *
 * Set CRAWL_KILL_SEED to replay a failure (the seed is in the test name).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './helpers/seeded-random.js';
import { crawl } from '../crawlers/engine/index.js';
import { startFixtureServer } from './fixture-sites/server.js';
import type { FixtureServer } from './fixture-sites/server.js';
import { duplicates, indexLines } from './helpers/crawl-archive.js';
import { fixtureSource } from './helpers/crawl-fixtures.js';

const SEED = Number(process.env.CRAWL_KILL_SEED ?? 20240602);
const SITES = ['nukeviet', 'wordpress', 'newspaper'];
const DELAY_MS = 30;
const CHILD = fileURLToPath(new URL('./helpers/crawl-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ChildRun {
  signal: NodeJS.Signals | null;
  code: number | null;
  pages: number;
  done: boolean;
}

/** Runs the child crawl; with `killAfterMs`, SIGKILLs it that long after its first page. */
function runChild(configPath: string, killAfterMs?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, configPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let pages = 0;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line) as { type: string };
      if (event.type === 'page') {
        pages++;
        if (pages === 1 && killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      if (event.type === 'done') done = true;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ signal, code, pages, done });
    });
  });
}

const articleUrls = (dir: string): string[] => indexLines(dir).filter((r) => r.kind === 'article').map((r) => r.canonical_url);

let server: FixtureServer;
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'vntally-resume-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  server = await startFixtureServer({ sites: SITES, faults: { latencyMs: 3 } });
});

afterAll(async () => {
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('resume after SIGKILL', () => {
  it(`ends with the same archive as an uninterrupted crawl, nothing twice (seed ${SEED})`, async () => {
    const sources = server.sites.map((site) => fixtureSource(site, { delayMs: DELAY_MS }));

    const reference = tempDir();
    await crawl({ sources, archiveDir: reference, allowPrivate: true, delayMs: DELAY_MS, concurrency: sources.length });
    const expected = articleUrls(reference);
    expect(expected.length).toBeGreaterThan(30);

    const resumed = tempDir();
    const configPath = join(resumed, 'child-config.json');
    writeFileSync(configPath, JSON.stringify({ sources, archiveDir: join(resumed, 'archive'), delayMs: DELAY_MS }));
    const archiveDir = join(resumed, 'archive');
    const random = seededRandom(SEED);
    const counts: number[] = [];
    for (let kill = 0; kill < 2; kill++) {
      const killAfterMs = 150 + Math.floor(random() * 900);
      const run = await runChild(configPath, killAfterMs);
      expect(run.signal, `kill ${kill + 1} after ${killAfterMs} ms`).toBe('SIGKILL');
      expect(run.done).toBe(false);
      counts.push(articleUrls(archiveDir).length);
    }
    const last = await runChild(configPath);
    expect([last.code, last.done]).toEqual([0, true]);

    const archived = articleUrls(archiveDir);
    expect(duplicates(archived)).toEqual([]);
    expect([...archived].sort()).toEqual([...expected].sort());
    // The kills landed mid-crawl: some articles were archived before them, not all.
    expect(counts[counts.length - 1]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(expected.length);
  }, 90_000);
});
