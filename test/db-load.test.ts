/**
 * Loading run directories: idempotence, replacement of re-extracted
 * articles, the checks at the edge, and failures recorded without changing
 * the data. Real DuckDB files in a temporary directory.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCliError } from './helpers/expect-cli-error.js';
import { createSchema, loadRun, openDatabase, type Database } from '../pipeline/db/index.js';
import { articleIdOf, contentFingerprint, handMadeRun, makeTempDir, tableCounts, writeGeneratedRun, writeRunDir, type FactLine, type RunFixture } from './db-fixtures.js';

let tmp: string;

beforeAll(() => {
  tmp = makeTempDir('load');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function withDb<T>(name: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(join(tmp, `${name}.duckdb`));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

describe('schema', () => {
  it('is created idempotently: a second createSchema changes nothing', async () => {
    await withDb('schema', async (db) => {
      await createSchema(db);
      const objects = async () =>
        db.readRows(`SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name`);
      const first = await objects();
      await createSchema(db);
      expect(await objects()).toEqual(first);
      expect(await db.readRows('SELECT version FROM schema_version')).toEqual([{ version: 1 }]);
      expect(first.map((o) => o.table_name)).toEqual(
        expect.arrayContaining(['articles', 'facts', 'facts_flat', 'distinct_observations', 'gazetteer', 'pages', 'province_year_metric', 'runs', 'sources', 'union_density', 'unit_year_metric', 'units_2025']),
      );
    });
  });

  it('refuses a database written by a newer schema', async () => {
    await withDb('newer', async (db) => {
      await createSchema(db);
      await db.run('INSERT INTO schema_version VALUES (99, current_timestamp)');
      await expectCliError(createSchema(db), 'db_newer', 'schema version 99');
    });
  });
});

describe('loadRun', () => {
  it('loads the hand-made run with every table filled, and loading it again changes no row counts', async () => {
    const runDir = await writeRunDir(join(tmp, 'runs-a'), handMadeRun('hand-a'));
    await withDb('twice', async (db) => {
      const first = await loadRun(db, runDir);
      expect(first).toMatchObject({ runId: 'hand-a', articles: { staged: 7, kept: 6 }, facts: 19, pages: 7, replacedArticles: 0, issues: [] });
      const counts = await tableCounts(db);
      const fingerprint = await contentFingerprint(db);
      expect(counts).toMatchObject({ articles: 6, facts: 19, pages: 7, runs: 1, gazetteer: 63, units_2025: 34 });
      expect(counts.sources).toBeGreaterThan(0);

      const second = await loadRun(db, runDir);
      expect(second.replacedArticles).toBe(6);
      expect(await tableCounts(db)).toEqual(counts);
      expect(await contentFingerprint(db)).toEqual(fingerprint);
    });
  });

  it('keeps article_id unique in articles, fact_id in facts, (warc_file, offset) in pages', async () => {
    const run = await writeGeneratedRun(join(tmp, 'runs-unique'), { runId: 'gen-u', facts: 3000, seed: 7 });
    await withDb('unique', async (db) => {
      await loadRun(db, run.dir);
      await loadRun(db, run.dir);
      const dupes = await db.readRow<Record<string, bigint>>(
        `SELECT (SELECT count(*) - count(DISTINCT article_id) FROM articles) AS articles,
                (SELECT count(*) - count(DISTINCT fact_id) FROM facts) AS facts,
                (SELECT count(*) - count(DISTINCT (warc_file, "offset")) FROM pages) AS pages,
                (SELECT count(*) FROM facts WHERE article_id NOT IN (SELECT article_id FROM articles)) AS orphans`,
      );
      expect(dupes).toEqual({ articles: 0n, facts: 0n, pages: 0n, orphans: 0n });
      expect(await tableCounts(db)).toMatchObject({ facts: 3000, articles: run.keptArticles, pages: run.pages });
    });
  });

  it('replaces the facts of a re-extracted article and drops an article no longer kept', async () => {
    const first = handMadeRun('extract-1');
    const runDir1 = await writeRunDir(join(tmp, 'runs-re'), first);
    // The second extraction sees the Hà Nội article again with one changed fact, and the Đồng Nai one as off-topic.
    const second: RunFixture = {
      run_id: 'extract-2',
      started_at: '2025-02-01T00:00:00.000Z',
      extractor_version: 'test-2',
      articles: [
        { ...first.articles[5]!, facts: [{ metric: 'party_admissions', value: 1200, kind: 'flow', period: '2020-2025', sentence: 'Nhiệm kỳ 2020-2025 kết nạp 1.000 đảng viên.' }] },
        { ...first.articles[4]!, kept: false, skip_reason: 'off_topic', facts: [] },
      ],
    };
    const runDir2 = await writeRunDir(join(tmp, 'runs-re'), second);
    await withDb('reextract', async (db) => {
      await loadRun(db, runDir1);
      const before = await tableCounts(db);
      const summary = await loadRun(db, runDir2);
      expect(summary.replacedArticles).toBe(2);
      const hanoi = articleIdOf(first.articles[5]!.url);
      expect(await db.readRows('SELECT value, run_id, extractor_version FROM facts WHERE article_id = $1', [hanoi])).toEqual([{ value: 1200, run_id: 'extract-2', extractor_version: 'test-2' }]);
      expect(await db.readRows('SELECT run_id FROM articles WHERE article_id = $1', [hanoi])).toEqual([{ run_id: 'extract-2' }]);
      const dongnai = articleIdOf(first.articles[4]!.url);
      expect(await db.readRows('SELECT count(*) AS n FROM facts WHERE article_id = $1', [dongnai])).toEqual([{ n: 0n }]);
      expect(await db.readRows('SELECT count(*) AS n FROM articles WHERE article_id = $1', [dongnai])).toEqual([{ n: 0n }]);
      const after = await tableCounts(db);
      expect(after.facts).toBe(before.facts! - 2);
      expect(after.articles).toBe(before.articles! - 1);
      expect(after.runs).toBe(2);
      // Articles of the first run that the second did not touch keep their rows.
      expect(await db.readRows(`SELECT count(*) AS n FROM facts WHERE run_id = 'extract-1'`)).toEqual([{ n: BigInt(before.facts! - 3) }]);
    });
  });

  it('keeps the latest line when a run lists an article or a page twice', async () => {
    const fixture = handMadeRun('twice-listed');
    const runDir = await writeRunDir(join(tmp, 'runs-dupes'), fixture);
    const articlesPath = join(runDir, 'articles.jsonl');
    const pagesPath = join(runDir, 'pages.jsonl');
    const first = JSON.parse(readFileSync(articlesPath, 'utf8').split('\n')[0]!) as Record<string, unknown>;
    const page = JSON.parse(readFileSync(pagesPath, 'utf8').split('\n')[0]!) as Record<string, unknown>;
    // An earlier fetch of the same article with another title, listed after the later one.
    appendFileSync(articlesPath, `${JSON.stringify({ ...first, title: 'Bản cũ', fetched_at: '2024-12-31T00:00:00.000Z' })}\n`);
    appendFileSync(pagesPath, `${JSON.stringify({ ...page, status: 304, fetched_at: '2024-12-31T00:00:00.000Z' })}\n`);
    await withDb('dupes', async (db) => {
      const summary = await loadRun(db, runDir);
      expect(summary.articles).toEqual({ staged: 7, kept: 6 });
      expect(summary.pages).toBe(7);
      expect(await db.readRows('SELECT title FROM articles WHERE article_id = $1', [String(first.article_id)])).toEqual([{ title: first.title }]);
      expect(await db.readRows('SELECT status FROM pages WHERE warc_file = $1 AND "offset" = $2', [String(page.warc_file), Number(page.offset)])).toEqual([{ status: 200 }]);
    });
  });

  it('records the run with its counts and errors', async () => {
    const fixture = { ...handMadeRun('with-errors'), errors: [{ code: 'fetch_failed', message: 'https://example.vn/x: HTTP 503' }] };
    const runDir = await writeRunDir(join(tmp, 'runs-err'), fixture);
    await withDb('errors', async (db) => {
      await loadRun(db, runDir);
      const run = await db.readRow<Record<string, unknown>>(`SELECT run_id, stage, status, extractor_version, counts->'load'->>'facts' AS facts, errors->0->>'code' AS code FROM runs`);
      expect(run).toEqual({ run_id: 'with-errors', stage: 'extract', status: 'loaded', extractor_version: 'test-1', facts: '19', code: 'fetch_failed' });
    });
  });
});

describe('loadRun refuses bad runs, naming the file', () => {
  it('says when the directory is not a run', async () => {
    await withDb('bad-dir', async (db) => {
      await expectCliError(loadRun(db, join(tmp, 'nowhere')), 'run_missing', join(tmp, 'nowhere', 'run.json'));
    });
  });

  it.each([
    ['an unknown metric', (f: FactLine) => ({ ...f, metric: 'party_memberz' }), 'metric'],
    ['a kind that does not fit the unit', (f: FactLine) => ({ ...f, unit: 'percent', kind: 'stock' }), 'kind'],
    ['a fact id of another article', (f: FactLine) => ({ ...f, fact_id: '0000000000000000:f1' }), 'fact_id'],
    ['a missing sentence', (f: FactLine) => ({ ...f, sentence: undefined }), 'sentence'],
  ])('rejects %s in the sample with zod', async (_label, change, field) => {
    const runDir = await writeRunDir(join(tmp, `runs-zod-${field}`), handMadeRun(`zod-${field}`));
    const path = join(runDir, 'facts.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    lines[0] = JSON.stringify(change(JSON.parse(lines[0]!) as FactLine));
    writeFileSync(path, `${lines.join('\n')}\n`);
    await withDb(`zod-${field}`, async (db) => {
      await expectCliError(loadRun(db, runDir), 'run_invalid', path, 'line 1', field);
      expect(await tableCounts(db)).toMatchObject({ facts: 0, articles: 0, pages: 0 });
      expect(await db.readRows('SELECT run_id, status FROM runs')).toEqual([{ run_id: `zod-${field}`, status: 'failed' }]);
    });
  });

  it('lets DuckDB reject a bad line beyond the sample, names the file, and records the failure', async () => {
    const run = await writeGeneratedRun(join(tmp, 'runs-typed'), { runId: 'typed', facts: 2000, seed: 11 });
    const path = join(run.dir, 'facts.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const bad = JSON.parse(lines[1000]!) as Record<string, unknown>;
    lines[1000] = JSON.stringify({ ...bad, value: 'mười' });
    writeFileSync(path, `${lines.join('\n')}\n`);
    await withDb('typed', async (db) => {
      const good = await writeRunDir(join(tmp, 'runs-typed-ok'), handMadeRun('typed-ok'));
      await loadRun(db, good);
      const before = await contentFingerprint(db);
      await expectCliError(loadRun(db, run.dir), 'run_invalid', path);
      expect(await contentFingerprint(db)).toEqual(before);
      expect(await db.readRows(`SELECT run_id, status, errors->0->>'code' AS code FROM runs ORDER BY run_id`)).toEqual([
        { run_id: 'typed', status: 'failed', code: 'run_invalid' },
        { run_id: 'typed-ok', status: 'loaded', code: null },
      ]);
    });
  });

  it('rejects a metric outside the vocabulary beyond the sample (CHECK constraint), naming the file', async () => {
    const run = await writeGeneratedRun(join(tmp, 'runs-check'), { runId: 'check', facts: 2000, seed: 12 });
    const path = join(run.dir, 'facts.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    lines[1000] = JSON.stringify({ ...(JSON.parse(lines[1000]!) as object), metric: 'page_views' });
    writeFileSync(path, `${lines.join('\n')}\n`);
    await withDb('check', async (db) => {
      await expectCliError(loadRun(db, run.dir), 'run_invalid', path, 'CHECK');
      expect(await tableCounts(db)).toMatchObject({ facts: 0, articles: 0 });
    });
  });

  it('rejects a torn last line, counted from the end in a long file', async () => {
    const run = await writeGeneratedRun(join(tmp, 'runs-torn'), { runId: 'torn', facts: 3000, seed: 13 });
    const path = join(run.dir, 'articles.jsonl');
    appendFileSync(path, '{"article_id":"00000000');
    await withDb('torn', async (db) => {
      await expectCliError(loadRun(db, run.dir), 'run_invalid', path, 'line 1 from the end', 'not valid JSON');
    });
  });
});
