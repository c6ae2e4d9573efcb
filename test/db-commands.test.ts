/**
 * The database commands as a user runs them (in-process, output captured):
 * load, query (table, CSV, JSON), export, report (terminal and HTML),
 * status, and their errors.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../pipeline/cli-error.js';
import type { Command } from '../pipeline/command.js';
import { exportCommand } from '../pipeline/commands/export.js';
import { loadCommand } from '../pipeline/commands/load.js';
import { queryCommand } from '../pipeline/commands/query.js';
import { reportCommand } from '../pipeline/commands/report.js';
import { statusCommand } from '../pipeline/commands/status.js';
import { handMadeRun, makeTempDir, writeRunDir } from './db-fixtures.js';

let tmp: string;
let db: string;
let runsDir: string;

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in-process with stdout and stderr captured. */
async function run(command: Command, ...argv: string[]): Promise<Output> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    stdout += `${args.map(String).join(' ')}\n`;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.map(String).join(' ')}\n`;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await command.run(argv);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

async function runError(command: Command, ...argv: string[]): Promise<CliError> {
  const error = await run(command, ...argv).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

beforeAll(async () => {
  tmp = makeTempDir('commands');
  db = join(tmp, 'data', 'vntally.duckdb');
  runsDir = join(tmp, 'runs');
  await writeRunDir(runsDir, { ...handMadeRun('older'), started_at: '2024-12-01T00:00:00.000Z', articles: handMadeRun().articles.slice(4, 5) });
  await writeRunDir(runsDir, handMadeRun('newer'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('vntally load', () => {
  it('loads the latest run, creating the database directory, with progress on stderr and a summary on stdout', async () => {
    const out = await run(loadCommand, '--latest', '--runs-dir', runsDir, '--db', db);
    expect(out.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(out.stdout).toContain('loaded run newer');
    expect(out.stdout).toMatch(/facts: +19$/mu);
    expect(out.stderr).toContain('load: facts');
  });

  it('needs exactly one of --run and --latest', async () => {
    expect((await runError(loadCommand, '--db', db)).message).toContain('exactly one of --run DIR and --latest');
    expect((await runError(loadCommand, '--latest', '--run', runsDir, '--db', db)).code).toBe('bad_flag');
  });

  it('says when there is no run to load', async () => {
    const error = await runError(loadCommand, '--latest', '--runs-dir', join(tmp, 'empty'), '--db', db);
    expect(error.code).toBe('no_runs');
  });
});

describe('vntally query', () => {
  it('prints a table by default (Vietnamese alphabetical order: Đ after D, before H)', async () => {
    const out = await run(queryCommand, "SELECT province, count(*) AS facts FROM facts_flat GROUP BY province ORDER BY province COLLATE vi", '--db', db);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n').slice(0, 5)).toEqual(['province    facts', '----------  -----', 'Bình Phước  16', 'Đồng Nai    2', 'Hà Nội      1']);
    expect(out.stdout).toContain('(3 rows)');
  });

  it('prints JSON lines with integers as numbers, beyond 2^53 as strings, dates as days, lists and JSON embedded', async () => {
    const out = await run(
      queryCommand,
      `SELECT count(*) AS n, 9007199254740993::BIGINT AS big, 1.5::DECIMAL(4,1) AS d, DATE '2024-06-30' AS day, ['a', 'b'] AS l, '{"x": 1}'::JSON AS j, NULL AS nothing FROM facts`,
      '--json',
      '--db',
      db,
    );
    expect(out.stdout).toBe('{"n":19,"big":"9007199254740993","d":1.5,"day":"2024-06-30","l":["a","b"],"j":{"x":1},"nothing":null}\n');
  });

  it('prints CSV with a header and quoted fields', async () => {
    const out = await run(queryCommand, `SELECT 'Bà Rịa, Vũng Tàu' AS name, 'say "hi"' AS quote, NULL AS empty, 3 AS n`, '--csv', '--db', db);
    expect(out.stdout).toBe('name,quote,empty,n\n"Bà Rịa, Vũng Tàu","say ""hi""",,3\n');
  });

  it('opens the database read-only', async () => {
    const error = await runError(queryCommand, 'DELETE FROM facts', '--db', db);
    expect(error.code).toBe('bad_query');
    expect(error.message).toMatch(/read-only/iu);
  });

  it('reports a wrong query in one line, and a missing database clearly', async () => {
    expect((await runError(queryCommand, 'SELECT * FROM factz', '--db', db)).message).toContain('factz');
    const missing = await runError(queryCommand, 'SELECT 1', '--db', join(tmp, 'none.duckdb'));
    expect(missing.code).toBe('db_missing');
    expect((await runError(queryCommand, 'SELECT 1', '--csv', '--json', '--db', db)).code).toBe('bad_flag');
  });
});

describe('vntally export', () => {
  it('writes partitioned Parquet and says how much', async () => {
    const out = join(tmp, 'export');
    const result = await run(exportCommand, '--format', 'parquet', '--out', out, '--db', db);
    expect(result.stdout).toContain('exported 19 rows of facts_flat');
    expect(existsSync(join(out, 'province=H%C3%A0%20N%E1%BB%99i', 'year=2020'))).toBe(true);
    expect((await runError(exportCommand, '--format', 'xlsx', '--out', out, '--db', db)).message).toContain('--format');
  });
});

describe('vntally report', () => {
  it('prints the cross-province summary and writes a self-contained HTML page with charts', async () => {
    const html = join(tmp, 'report', 'index.html');
    const out = await run(reportCommand, '--html', html, '--db', db);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    const bp = lines.find((l) => l.startsWith('Bình Phước'));
    expect(bp).toContain('Đồng Nai');
    expect(bp).toContain('3.500 (2024)'); // party members, latest stock
    expect(bp).toContain('86 (2024)'); // admissions, summed flows
    expect(bp).toContain('70% (2024)'); // union density
    expect(out.stdout).toContain('No articles yet for 60 provinces');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).toContain('Bình Phước');
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/iu);
    expect(page.match(/https?:\/\/[^"\s<]+/gu)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });
});

describe('vntally status', () => {
  it('shows the rows per table and the runs', async () => {
    const out = await run(statusCommand, '--db', db);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/facts +19/u);
    expect(out.stdout).toContain('newer');
    expect(out.stdout).toContain('loaded');
  });

  it('shows a failed load with its error, and exits 1', async () => {
    await run(loadCommand, '--run', join(runsDir, 'older'), '--db', db);
    const broken = await writeRunDir(runsDir, { ...handMadeRun('broken'), articles: [] });
    rmSync(join(broken, 'pages.jsonl'));
    await runError(loadCommand, '--run', broken, '--db', db);
    const out = await run(statusCommand, '--db', db, '--json');
    const status = JSON.parse(out.stdout) as { runs: { runId: string; status: string; errors: { message: string }[] }[] };
    expect(status.runs.map((r) => [r.runId, r.status])).toEqual([['broken', 'failed'], ['older', 'loaded'], ['newer', 'loaded']]);
    expect(out.code).toBe(1);
    expect(status.runs[0]).toMatchObject({ runId: 'broken', status: 'failed' });
    expect(status.runs[0]!.errors[0]!.message).toContain('pages.jsonl');
  });
});
