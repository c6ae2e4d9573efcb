/**
 * Hostile inputs (hostile-inputs.ts): each gives its expected facts or a clear
 * per-file error, within its time bound, without stopping the batch; and
 * loading them after a good run leaves that run's rows as they were.
 *
 *  1. every input is extracted in a child process, timed (CPU) between two
 *     timed passes over ordinary articles that scale its bound to how fast
 *     the machine is just then, and watched for hangs (run-inputs.ts);
 *  2. `vntally extract --json` runs over all of them at once: one line per
 *     file, exit code 0, the same results;
 *  3. the inputs under the crawler's 5 MB cap are archived (hostile URLs,
 *     titles with SQL, JSON and NUL) and go through the pipeline's own
 *     stages: `vntally extract --from-archive`, then `loadRun` into a
 *     database that already holds a good run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../crawlers/archive/index.js';
import { DEFAULT_MAX_BYTES } from '../../crawlers/politeness/index.js';
import { findLatestRunDir, loadRun, openDatabase, type Database } from '../../pipeline/db/index.js';
import { articleIdOf } from '../../pipeline/stages/article-lines.js';
import { handMadeRun, writeRunDir } from '../db-fixtures.js';
import { CALIBRATION_REFERENCE_MS, corpusProblems, HOSTILE_INPUTS, scaledBoundMs, writeHostileInputs, type Expectation, type WrittenInput } from './hostile-inputs.js';
import { record } from './report.js';
import { factKeys, judge, ROOT, runCliBatch, runInputs, VNTALLY, type CliBatch, type InputRun, type Observed, type Verdict } from './run-inputs.js';

/** The source the hostile pages are archived under. */
const HOSTILE_SOURCE = 'hostile-inputs';
/** Listing titles the crawler would have seen: SQL, JSON, a real NUL, bidi, a path. */
const TITLE_HINTS = ["'; DROP TABLE pages; --", '"}\n{"run_id":"x"}', 'nul\u0000inside', '\u202etxt.exe', '../../../etc/passwd', "O'Brien \\ \"quoted\""];

function hostileUrl(id: string): string {
  return `https://hostile.example.vn/tin-tuc/${id}.html?q='%22;--&x=<b>`;
}

interface Loaded {
  /** The stage's error for the page (run.json), if any. */
  error?: string;
  article: { title: string | null } | null;
  /** The listing title archived with the page, as the `pages` table holds it, and the one given. */
  hint: { stored: string | null; given: string };
  facts: Array<{ metric: string; value: number; unit: string; kind: string }>;
}

let tmp: string;
let written: WrittenInput[];
let runs: InputRun[];
let batch: CliBatch;
let loaded: Map<string, Loaded>;
let archived: Set<string>;
let dbInvariants: string[];

async function tableCount(db: Database, table: string): Promise<number> {
  // Table names come from the fixed list below, never from input.
  return Number((await db.readRow<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0n);
}

const TABLES = ['articles', 'facts', 'pages', 'runs'] as const;

async function goodRunFingerprint(db: Database, goodIds: readonly string[]): Promise<string> {
  const row = await db.readRow<{ f: string | null; a: string | null; n: bigint }>(
    `SELECT (SELECT sum(hash(fact_id, value, metric, kind, unit, sentence, run_id))::VARCHAR FROM facts WHERE list_contains($1::VARCHAR[], article_id)) AS f,
            (SELECT sum(hash(article_id, title, text_hash, run_id))::VARCHAR FROM articles WHERE list_contains($1::VARCHAR[], article_id)) AS a,
            (SELECT count(*) FROM facts WHERE list_contains($1::VARCHAR[], article_id)) AS n`,
    [`[${goodIds.join(',')}]`],
  );
  return `${row?.f}/${row?.a}/${row?.n}`;
}

function runProcess(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Step 3. */
async function loadThroughThePipeline(): Promise<void> {
  const goodRun = await writeRunDir(join(tmp, 'runs-good'), handMadeRun('good-1'));
  const goodIds = (await readFile(join(goodRun, 'articles.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { article_id: string }).article_id);
  const db = await openDatabase(join(tmp, 'vntally.duckdb'));
  try {
    await loadRun(db, goodRun, { registry: null });
    const before = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await tableCount(db, t)] as const)));
    const goodBefore = await goodRunFingerprint(db, goodIds);

    const archive = await Archive.open(join(tmp, 'archive'));
    archived = new Set();
    try {
      for (const [i, w] of written.entries()) {
        if (w.size > DEFAULT_MAX_BYTES) continue; // the crawler never archives a body over its cap
        await archive.append({
          url: hostileUrl(w.input.id),
          canonicalUrl: hostileUrl(w.input.id),
          sourceId: HOSTILE_SOURCE,
          status: 200,
          headers: { 'Content-Type': w.input.ext === '.html' ? 'text/html' : 'text/plain' },
          body: await readFile(w.path),
          kind: 'article',
          kept: true,
          titleHint: TITLE_HINTS[i % TITLE_HINTS.length]!,
        });
        archived.add(w.input.id);
      }
    } finally {
      await archive.close();
    }
    const extracted = await runProcess([VNTALLY, 'extract', '--from-archive', '--archive', join(tmp, 'archive'), '--runs', join(tmp, 'runs')], 600_000);
    if (extracted.code !== 0) throw new Error(`vntally extract --from-archive exited ${extracted.code}: ${extracted.stderr.slice(-2000)}`);
    const runDir = await findLatestRunDir(join(tmp, 'runs'));
    const manifest = JSON.parse(await readFile(join(runDir, 'run.json'), 'utf8')) as { errors: Array<{ url: string; code: string; message: string }> };
    const lineCount = async (name: string): Promise<number> => (await readFile(join(runDir, name), 'utf8')).split('\n').filter((l) => l !== '').length;
    const newRows = { articles: await lineCount('articles.jsonl'), facts: await lineCount('facts.jsonl'), pages: await lineCount('pages.jsonl'), runs: 1 };

    await loadRun(db, runDir, { registry: null });

    dbInvariants = [];
    for (const table of TABLES) {
      const after = await tableCount(db, table);
      if (after !== (before[table] ?? 0) + newRows[table]) dbInvariants.push(`${table}: ${after} rows after the load, expected ${before[table]} + ${newRows[table]}`);
    }
    const goodAfter = await goodRunFingerprint(db, goodIds);
    if (goodAfter !== goodBefore) dbInvariants.push(`the good run's rows changed: ${goodBefore} → ${goodAfter}`);
    const stray = await db.readRow<{ n: bigint }>('SELECT count(*) AS n FROM facts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = f.article_id)');
    if (stray?.n !== 0n) dbInvariants.push(`${stray?.n} facts without their article`);

    loaded = new Map();
    for (const [i, w] of written.entries()) {
      const id = w.input.id;
      if (!archived.has(id)) continue;
      const url = hostileUrl(id);
      const articleId = articleIdOf(url);
      const article = await db.readRow<{ title: string | null }>('SELECT title FROM articles WHERE article_id = $1', [articleId]);
      const facts = await db.readRows<{ metric: string; value: number; unit: string; kind: string }>('SELECT metric, value, unit, kind FROM facts WHERE article_id = $1', [articleId]);
      const page = await db.readRow<{ title_hint: string | null }>('SELECT title_hint FROM pages WHERE url = $1', [url]);
      const error = manifest.errors.find((e) => e.url === url);
      loaded.set(id, { ...(error ? { error: `${error.code}: ${error.message}` } : {}), article, hint: { stored: page?.title_hint ?? null, given: TITLE_HINTS[i % TITLE_HINTS.length]! }, facts });
    }
  } finally {
    db.close();
  }
}

/** The database side of one input: what was loaded against what was expected. */
function judgeLoaded(expect: Expectation, got: Loaded | undefined, title: string | undefined): Verdict {
  if (got === undefined) return { ok: true, detail: 'not archived (over the 5 MB cap)', problems: [] };
  const problems: string[] = [...dbInvariants];
  if (got.hint.stored !== got.hint.given) problems.push(`pages.title_hint ${JSON.stringify(got.hint.stored)} is not the archived ${JSON.stringify(got.hint.given)}`);
  if (expect.kind === 'error') {
    if (got.error === undefined) problems.push('the extract stage did not list the page as an error');
    if (got.article !== null) problems.push('an article row for a page that has no text');
  } else if (got.error !== undefined) {
    // The stage lists a page without text as an error and loads no article: right when no fact is expected.
    const zeroAllowed = expect.kind === 'no-facts' || (expect.kind === 'subset' && expect.atLeast === 0);
    if (!zeroAllowed) problems.push(`the stage failed the page: ${got.error}`);
    if (got.article !== null) problems.push('an article row beside an error');
  } else {
    if (got.article === null) problems.push('no article row');
    const observed: Observed = { facts: got.facts, issues: [], title: got.article?.title ?? null };
    const { issues: _issues, ...withoutIssues } = expect as Expectation & { issues?: unknown };
    problems.push(...judge(withoutIssues as Expectation, observed, title === undefined ? {} : { title }).problems);
  }
  return { ok: problems.length === 0, detail: got.error ? 'db: no row, error listed' : `db: ${got.facts.length} facts`, problems };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'vntally-hostile-'));
  written = await writeHostileInputs(join(tmp, 'files'));
  [runs, batch] = await Promise.all([runInputs(written, tmp), runCliBatch(written.map((w) => w.path), 900_000)]);
  await loadThroughThePipeline();
}, 1_200_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the hostile-input corpus', () => {
  it('has at least 60 inputs with unique, file-safe ids', () => {
    expect(corpusProblems()).toEqual([]);
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('vntally extract --json over every hostile input at once', () => {
  it('finishes with exit code 0 and one line per file, in order', () => {
    expect(batch.signal, batch.stderr).toBeNull();
    expect(batch.code, batch.stderr).toBe(0);
    expect(batch.lines.map((l) => l.file)).toEqual(written.map((w) => w.path));
  });
});

describe('loading the hostile pages after a good run', () => {
  it("leaves the good run's rows as they were and adds exactly the new rows", () => {
    expect(dbInvariants).toEqual([]);
    expect(archived.size).toBeGreaterThan(60);
  });
});

describe.each(HOSTILE_INPUTS.map((input, i) => [input.id, i] as const))('%s', (id, i) => {
  it('gives its expected outcome within its bound, in the batch and in the database', () => {
    const run = runs[i]!;
    const w = written[i]!;
    const { input } = w;
    const problems: string[] = [];
    const bound = scaledBoundMs(w.boundMs, run.calMs);
    let detail: string;
    if (run.hung || run.line === null) {
      detail = run.hung ? `HUNG (killed after ${(run.wallMs / 1000).toFixed(0)} s)` : `CRASHED: ${run.crashed}`;
      problems.push(detail);
    } else {
      const verdict = judge(input.expect, run.line, { path: w.path, ...(input.title === undefined ? {} : { title: input.title }) });
      detail = verdict.detail;
      problems.push(...verdict.problems);
      if (run.cpuMs > bound) problems.push(`took ${run.cpuMs.toFixed(0)} ms of CPU, over its bound of ${bound} ms (${w.boundMs} ms, the calibration pass ${run.calMs.toFixed(0)} ms of ${CALIBRATION_REFERENCE_MS})`);
      const cli = batch.lines[i];
      if (cli === undefined) problems.push('no line from vntally extract --json');
      else if (JSON.stringify([cli.error, factKeys(cli.facts), cli.title, cli.issues]) !== JSON.stringify([run.line.error, factKeys(run.line.facts), run.line.title, run.line.issues])) {
        problems.push('vntally extract --json gave another result than the file alone');
      }
    }
    const db = judgeLoaded(input.expect, loaded.get(id), input.title);
    problems.push(...db.problems.map((p) => `db: ${p}`));
    const outcome = record({
      kind: 'input',
      group: input.category,
      name: id,
      ok: problems.length === 0,
      detail: `${detail}; ${(run.cpuMs / 1000).toFixed(2)} s CPU of ${(bound / 1000).toFixed(1)} s; ${db.detail}${problems.length ? ` — ${problems.join('; ')}` : ''}`,
      ms: run.wallMs,
    });
    expect(problems, `${id} (${input.what}): ${outcome.detail}`).toEqual([]);
  });
});
