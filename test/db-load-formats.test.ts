/**
 * The run directory's formats: the Parquet files and MinHash signatures the
 * extract stage writes now (pipeline/stages/write-parquet.ts), signed JSONL
 * without Parquet, and runs of older stages (JSONL only, signed by the
 * loader). Each loads to the same rows and the same syndication tables; bad
 * Parquet files fail naming the file, and change nothing.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCliError } from './helpers/expect-cli-error.js';
import { loadRun, openDatabase, type Database } from '../pipeline/db/index.js';
import { MINHASH_SCHEME, minhashSignature, signatureHex } from '../pipeline/db/minhash.js';
import { FACT_JSON_COLUMNS, PARQUET_FILES, RunManifestSchema } from '../pipeline/db/run-artefacts.js';
import { columnsStruct } from '../pipeline/db/sql-text.js';
import {
  BP_COPY,
  BP_LATER,
  BP_LATER_REPOST,
  BP_PORTAL,
  articleIdOf,
  contentFingerprint,
  handMadeRun,
  makeTempDir,
  RUN_FORMATS,
  syndicationFingerprint,
  tableCounts,
  writeGeneratedRun,
  writeRunDir,
  type RunFixture,
} from './db-fixtures.js';

let tmp: string;
let serial = 0;

beforeAll(() => {
  tmp = makeTempDir('load-formats');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  serial += 1;
  const db = await openDatabase(join(tmp, `db-${serial}.duckdb`));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function runsDir(): string {
  serial += 1;
  return join(tmp, `runs-${serial}`);
}

/** Everything a load leaves, for comparing two loads. */
async function state(db: Database): Promise<unknown> {
  return { counts: await tableCounts(db), content: await contentFingerprint(db), syndication: await syndicationFingerprint(db) };
}

/** Rewrites a Parquet file in place after `edit` (SQL over the temporary table `t`, rows in file order; values as parameters). */
async function rewriteParquet(path: string, edit: string, params: (string | number)[] = []): Promise<void> {
  const db = await openDatabase(':memory:');
  try {
    await db.run('CREATE TABLE t AS SELECT * FROM read_parquet($1)', [path]);
    if (edit !== '') await db.run(edit, params);
    await db.run('COPY t TO $1 (FORMAT parquet)', [`${path}.new`]);
  } finally {
    db.close();
  }
  rmSync(path);
  writeFileSync(path, readFileSync(`${path}.new`));
  rmSync(`${path}.new`);
}

describe('run formats', () => {
  let baseline: unknown;

  beforeAll(async () => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('formats'), format: 'legacy' });
    baseline = await withDb(async (db) => {
      await loadRun(db, dir);
      return state(db);
    });
  });

  it.each(RUN_FORMATS)('loads the hand-made run written as %s to the same rows and syndication tables, and loading it twice changes nothing', async (format) => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('formats'), format });
    await withDb(async (db) => {
      const summary = await loadRun(db, dir);
      expect(summary).toMatchObject({ articles: { staged: 7, kept: 6 }, facts: 19, pages: 7, issues: [] });
      expect(summary.input).toEqual({ format: format === 'parquet' ? 'parquet' : 'jsonl', signatures: format === 'legacy' ? 'computed' : 'run' });
      const first = await state(db);
      expect(first).toEqual(baseline);
      await loadRun(db, dir);
      expect(await state(db)).toEqual(first);
    });
  });

  it('writes Parquet files with the rows and values of the JSONL, listed in run.json with the signature scheme', async () => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('listed'), format: 'parquet' });
    const manifest = RunManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')));
    expect(manifest.signatures).toBe(MINHASH_SCHEME);
    expect(manifest.parquet).toEqual({
      articles: { file: PARQUET_FILES.articles, rows: 7 },
      facts: { file: PARQUET_FILES.facts, rows: 19 },
      pages: { file: PARQUET_FILES.pages, rows: 7 },
    });
    const db = await openDatabase(':memory:');
    try {
      // Every fact line's values, read with the loader's types, in the same order.
      const lines = `SELECT row_number() OVER () AS n, * FROM read_json($2, format = 'newline_delimited', columns = ${columnsStruct(FACT_JSON_COLUMNS)})`;
      const rows = 'SELECT row_number() OVER () AS n, * FROM read_parquet($1)';
      const differ = await db.readRow<{ n: bigint }>(
        `SELECT count(*) AS n FROM ((${rows} EXCEPT ALL ${lines}) UNION ALL (${lines} EXCEPT ALL ${rows}))`,
        [join(dir, 'facts.parquet'), join(dir, 'facts.jsonl')],
      );
      expect(differ).toEqual({ n: 0n });
      // The signature of each kept article is its text's, as bytes; none for the off-topic one.
      const articles = await db.readRows<{ text: string; hex: string | null; kept: boolean; bands: bigint | null }>(
        'SELECT text, lower(hex(minhash)) AS hex, kept, len(bands) AS bands FROM read_parquet($1)',
        [join(dir, 'articles.parquet')],
      );
      expect(articles).toHaveLength(7);
      for (const row of articles) {
        const signature = row.kept ? minhashSignature(row.text) : null;
        expect(row.hex).toBe(signature === null ? null : signatureHex(signature));
        expect(row.bands).toBe(signature === null ? null : 21n);
      }
    } finally {
      db.close();
    }
  });

  it('stores the signatures the run carries without signing the texts itself', async () => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('formats'), format: 'parquet' });
    // Texts the loader would sign differently (empty: no signature at all) if it read them.
    await rewriteParquet(join(dir, 'articles.parquet'), `UPDATE t SET text = ''`);
    await withDb(async (db) => {
      await loadRun(db, dir);
      expect(await state(db)).toEqual(baseline);
    });
  });

  it('signs the texts itself when the run names another signature scheme, reading them from Parquet', async () => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('formats'), format: 'parquet' });
    const manifestPath = join(dir, 'run.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), signatures: 'minhash-of-an-older-vntally' }));
    // Signatures that would show if they were used.
    await rewriteParquet(join(dir, 'articles.parquet'), `UPDATE t SET minhash = unhex(repeat('00', 512)) WHERE minhash IS NOT NULL`);
    await withDb(async (db) => {
      const summary = await loadRun(db, dir);
      expect(summary.input).toEqual({ format: 'parquet', signatures: 'computed' });
      expect(await state(db)).toEqual(baseline);
    });
  });

  it('loads a run without articles from Parquet', async () => {
    const dir = await writeRunDir(runsDir(), { run_id: 'empty', articles: [], format: 'parquet' });
    await withDb(async (db) => {
      const summary = await loadRun(db, dir);
      expect(summary).toMatchObject({ input: { format: 'parquet', signatures: 'run' }, articles: { staged: 0, kept: 0 }, facts: 0, pages: 0 });
    });
  });

  it('recomputes band keys that another DuckDB computed differently', async () => {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun('formats'), format: 'parquet' });
    await rewriteParquet(join(dir, 'articles.parquet'), `UPDATE t SET bands = list_transform(bands, lambda k: (k + 1)::UBIGINT) WHERE bands IS NOT NULL`);
    await withDb(async (db) => {
      await loadRun(db, dir);
      expect(await state(db)).toEqual(baseline);
    });
  });

  it('does not re-sign an article whose text did not change when it is extracted again', async () => {
    const first = await writeRunDir(runsDir(), { ...handMadeRun('sign-1'), format: 'parquet' });
    const second = await writeRunDir(runsDir(), { ...handMadeRun('sign-2'), extractor_version: 'test-2', format: 'parquet' });
    // Were the second run's signatures stored, these (well-formed, wrong) ones would show.
    await rewriteParquet(join(second, 'articles.parquet'), `UPDATE t SET minhash = unhex(repeat('00', 512)) WHERE minhash IS NOT NULL`);
    await withDb(async (db) => {
      await loadRun(db, first);
      const before = await syndicationFingerprint(db);
      const counts = await tableCounts(db);
      const summary = await loadRun(db, second);
      expect(summary.replacedArticles).toBe(6);
      expect(await syndicationFingerprint(db)).toEqual(before);
      expect({ ...(await tableCounts(db)), runs: counts.runs }).toEqual(counts);
      expect(await db.readRows(`SELECT DISTINCT run_id, extractor_version FROM facts`)).toEqual([{ run_id: 'sign-2', extractor_version: 'test-2' }]);
    });
  });

  it('groups copies across runs of different formats as one load of all of them does', async () => {
    const all = handMadeRun('mixed-all');
    const inFirst = new Set([BP_PORTAL, BP_LATER]);
    const older: RunFixture = { run_id: 'mixed-1', format: 'legacy', articles: all.articles.filter((a) => inFirst.has(a.url)) };
    const newer: RunFixture = { run_id: 'mixed-2', format: 'parquet', articles: all.articles.filter((a) => !inFirst.has(a.url)) };
    const expected = await withDb(async (db) => {
      await loadRun(db, await writeRunDir(runsDir(), all));
      return db.readRows('SELECT article_id, syndication_group FROM articles ORDER BY article_id');
    });
    await withDb(async (db) => {
      await loadRun(db, await writeRunDir(runsDir(), older));
      await loadRun(db, await writeRunDir(runsDir(), newer));
      expect(await db.readRows('SELECT article_id, syndication_group FROM articles ORDER BY article_id')).toEqual(expected);
      const group = [BP_PORTAL, BP_COPY].map(articleIdOf).sort()[0];
      expect(await db.readRows('SELECT syndication_group AS g FROM articles WHERE article_id = $1', [articleIdOf(BP_COPY)])).toEqual([{ g: group }]);
      const nearPair = await db.readRows('SELECT count(*) AS n FROM syndication_pairs WHERE $1 IN (article_a, article_b)', [articleIdOf(BP_LATER_REPOST)]);
      expect(nearPair).toEqual([{ n: 1n }]);
    });
  });

  it('loads a generated run from Parquet as from JSONL: repost groups, every fact', async () => {
    const legacy = await writeGeneratedRun(runsDir(), { runId: 'gen-formats', facts: 4000, seed: 5, format: 'legacy' });
    const parquet = await writeGeneratedRun(runsDir(), { runId: 'gen-formats', facts: 4000, seed: 5, format: 'parquet' });
    expect(parquet.parquetBytes).toBeGreaterThan(0);
    const expected = await withDb(async (db) => {
      await loadRun(db, legacy.dir);
      return state(db);
    });
    await withDb(async (db) => {
      const summary = await loadRun(db, parquet.dir);
      expect(summary.facts).toBe(4000);
      expect(summary.syndication.groups).toBeGreaterThan(0);
      expect(await state(db)).toEqual(expected);
    });
  });
});

describe('bad Parquet files fail naming the file, and change nothing', () => {
  async function failsCleanly(runId: string, damage: (dir: string) => Promise<void> | void, code: string, ...fragments: (string | ((dir: string) => string))[]): Promise<void> {
    const dir = await writeRunDir(runsDir(), { ...handMadeRun(runId), format: 'parquet' });
    await damage(dir);
    await withDb(async (db) => {
      const good = await writeRunDir(runsDir(), handMadeRun('good'));
      await loadRun(db, good);
      const before = await state(db);
      await expectCliError(loadRun(db, dir), code, ...fragments.map((f) => (typeof f === 'function' ? f(dir) : f)));
      expect(await state(db)).toEqual({ ...(before as object), counts: { ...(before as { counts: object }).counts, runs: 2 } });
      expect(await db.readRows(`SELECT status FROM runs WHERE run_id = $1`, [runId])).toEqual([{ status: 'failed' }]);
    });
  }

  it('a file that is not Parquet', async () => {
    await failsCleanly('garbage', (dir) => writeFileSync(join(dir, 'facts.parquet'), 'PAR1 this is not a Parquet file at all'), 'run_invalid', (dir) => join(dir, 'facts.parquet'));
  });

  it('a truncated file', async () => {
    await failsCleanly('truncated', (dir) => truncateSync(join(dir, 'articles.parquet'), Math.floor(statSync(join(dir, 'articles.parquet')).size / 2)), 'run_invalid', (dir) => join(dir, 'articles.parquet'));
  });

  it('a missing file', async () => {
    await failsCleanly('missing', (dir) => rmSync(join(dir, 'pages.parquet')), 'run_invalid', (dir) => join(dir, 'pages.parquet'), 'missing');
  });

  it('a column of another type', async () => {
    await failsCleanly(
      'retyped',
      (dir) => rewriteParquet(join(dir, 'facts.parquet'), `ALTER TABLE t ALTER value TYPE VARCHAR`),
      'run_invalid',
      (dir) => join(dir, 'facts.parquet'),
      '"value" DOUBLE, found "value" VARCHAR',
    );
  });

  it('rows missing against run.json', async () => {
    await failsCleanly('short', (dir) => rewriteParquet(join(dir, 'facts.parquet'), `DELETE FROM t WHERE rowid = (SELECT max(rowid) FROM t)`), 'run_invalid', (dir) => join(dir, 'facts.parquet'), '18 rows', 'lists 19');
  });

  it('a value zod refuses in the sample, with the row and field', async () => {
    await failsCleanly('zod', (dir) => rewriteParquet(join(dir, 'facts.parquet'), `UPDATE t SET metric = 'party_memberz' WHERE rowid = 0`), 'run_invalid', (dir) => join(dir, 'facts.parquet'), 'row 1', 'metric');
  });

  it('a signature of the wrong size', async () => {
    await failsCleanly(
      'short-signature',
      (dir) => rewriteParquet(join(dir, 'articles.parquet'), `UPDATE t SET minhash = unhex('00ff') WHERE rowid = 2`),
      'run_invalid',
      (dir) => join(dir, 'articles.parquet'),
      'minhash',
    );
  });

  it('a metric outside the vocabulary beyond the sample (CHECK constraint)', async () => {
    const run = await writeGeneratedRun(runsDir(), { runId: 'check-parquet', facts: 2000, seed: 21, format: 'parquet' });
    const path = join(run.dir, 'facts.parquet');
    await rewriteParquet(path, `UPDATE t SET metric = 'page_views' WHERE rowid = 1000`);
    await withDb(async (db) => {
      await expectCliError(loadRun(db, run.dir), 'run_invalid', path, 'CHECK');
      expect(await tableCounts(db)).toMatchObject({ facts: 0, articles: 0, pages: 0 });
    });
  });
});
