/**
 * `exportFacts`: Parquet and CSV partitioned by province and year, read back
 * through a glob with the same rows; output directories are never clobbered
 * by accident.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../pipeline/cli-error.js';
import { exportFacts, loadRun, openDatabase, type Database } from '../pipeline/db/index.js';
import { handMadeRun, makeTempDir, writeRunDir } from './db-fixtures.js';

let tmp: string;
let dbPath: string;
let db: Database;

beforeAll(async () => {
  tmp = makeTempDir('export');
  dbPath = join(tmp, 'vntally.duckdb');
  const writer = await openDatabase(dbPath);
  await loadRun(writer, await writeRunDir(join(tmp, 'runs'), handMadeRun()));
  writer.close();
  // Exports read a database opened read-only, as the command does.
  db = await openDatabase(dbPath, { readOnly: true });
});

afterAll(() => {
  db.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function count(sql: string, params: string[] = []): Promise<number> {
  const row = await db.readRow<{ n: bigint }>(sql, params);
  return Number(row!.n);
}

describe('exportFacts', () => {
  it('writes Parquet partitioned by province and year that reads back with the same rows', async () => {
    const out = join(tmp, 'parquet');
    const summary = await exportFacts(db, { format: 'parquet', outDir: out });
    const total = await count('SELECT count(*) AS n FROM facts_flat');
    expect(summary.rows).toBe(total);
    expect(summary.files).toBe(3); // Bình Phước 2024, Đồng Nai 2023, Hà Nội 2020 (period 2020-2025)
    expect(await count(`SELECT count(*) AS n FROM read_parquet($1, hive_partitioning = true)`, [`${out}/**/*.parquet`])).toBe(total);
    // Directory names are the URL-encoded province and the year.
    expect(readdirSync(out).sort()).toEqual(['province=B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc', 'province=H%C3%A0%20N%E1%BB%99i', 'province=%C4%90%E1%BB%93ng%20Nai'].sort());
    expect(existsSync(join(out, 'province=B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc', 'year=2024'))).toBe(true);
    // Each file carries its partition columns too, for readers that see one file alone.
    const inFile = await db.readRows(`SELECT DISTINCT province, year FROM read_parquet($1, hive_partitioning = false) ORDER BY ALL`, [`${out}/**/*.parquet`]);
    expect(inFile.map((r) => `${String(r.province)} ${String(r.year)}`)).toEqual(['Bình Phước 2024', 'Hà Nội 2020', 'Đồng Nai 2023']);
  });

  it('writes CSV with a header that reads back with the same rows and values', async () => {
    const out = join(tmp, 'csv');
    const summary = await exportFacts(db, { format: 'csv', outDir: out });
    expect(summary.rows).toBe(await count('SELECT count(*) AS n FROM facts_flat'));
    expect(await count(`SELECT count(*) AS n FROM read_csv($1, hive_partitioning = true, header = true)`, [`${out}/**/*.csv`])).toBe(summary.rows);
    const sums = await db.readRows(`SELECT sum(value) AS s FROM read_csv($1, hive_partitioning = true, header = true) UNION ALL SELECT sum(value) FROM facts_flat`, [`${out}/**/*.csv`]);
    expect(sums[0]!.s).toBe(sums[1]!.s);
  });

  it('exports distinct_observations too', async () => {
    const out = join(tmp, 'observations');
    const summary = await exportFacts(db, { format: 'parquet', outDir: out, view: 'distinct_observations' });
    expect(summary.rows).toBe(11);
  });

  it('refuses a directory with other files, and replaces a previous export only with overwrite', async () => {
    const foreign = join(tmp, 'home');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'thesis.docx'), 'do not delete');
    const refused = await exportFacts(db, { format: 'parquet', outDir: foreign, overwrite: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).message).toContain('thesis.docx');
    expect(existsSync(join(foreign, 'thesis.docx'))).toBe(true);

    const out = join(tmp, 'again');
    await exportFacts(db, { format: 'parquet', outDir: out });
    const again = await exportFacts(db, { format: 'parquet', outDir: out }).catch((e: unknown) => e);
    expect((again as CliError).message).toContain('--overwrite');
    const replaced = await exportFacts(db, { format: 'parquet', outDir: out, overwrite: true });
    expect(await count(`SELECT count(*) AS n FROM read_parquet($1)`, [`${out}/**/*.parquet`])).toBe(replaced.rows);
  });
});
