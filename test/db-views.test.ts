/**
 * The analysis views on the hand-made run of db-fixtures.ts, whose expected
 * figures are worked out in its doc comment.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_FLAT_COLUMNS, loadRun, openDatabase, type Database } from '../pipeline/db/index.js';
import { BP_COPY, BP_LATER, BP_LATER_REPOST, BP_PORTAL, handMadeRun, makeTempDir, writeRunDir } from './db-fixtures.js';

let tmp: string;
let db: Database;

beforeAll(async () => {
  tmp = makeTempDir('views');
  const runDir = await writeRunDir(join(tmp, 'runs'), handMadeRun());
  db = await openDatabase(':memory:');
  await loadRun(db, runDir);
});

afterAll(() => {
  db.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Rows with bigint counts turned into numbers and dates into ISO days, for toEqual. */
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const result = await db.readRows(sql);
  return result.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v]),
    ),
  );
}

describe('facts_flat', () => {
  it('has exactly the agreed columns, in order', async () => {
    const reader = await db.readResult('SELECT * FROM facts_flat LIMIT 0');
    expect(reader.columnNames()).toEqual([...FACTS_FLAT_COLUMNS]);
    expect(FACTS_FLAT_COLUMNS.slice(0, 15)).toEqual(['url', 'source', 'title', 'province', 'province_2025', 'published', 'metric', 'value', 'value_max', 'unit', 'kind', 'approx', 'scope', 'period', 'sentence']);
  });

  it('has one row per fact of a kept article, with its article columns', async () => {
    expect(await rows('SELECT count(*) AS n FROM facts_flat')).toEqual([{ n: 6 + 6 + 2 + 2 + 2 + 1 }]);
    expect(await rows(`SELECT url, source, province, province_2025, published, value, as_of FROM facts_flat WHERE metric = 'party_members' AND url = '${BP_PORTAL}'`)).toEqual([
      { url: BP_PORTAL, source: 'binhphuoc-portal', province: 'Bình Phước', province_2025: 'Đồng Nai', published: '2024-06-10', value: 3390, as_of: '2024-05-31' },
    ]);
  });

  it('leaves out the off-topic article', async () => {
    expect(await rows(`SELECT count(*) AS n FROM articles`)).toEqual([{ n: 6 }]);
    expect(await rows(`SELECT count(*) AS n FROM pages WHERE NOT kept AND skip_reason = 'off_topic'`)).toEqual([{ n: 1 }]);
  });
});

describe('fact_year', () => {
  it.each([
    ["DATE '2024-05-31'", "'2020-2025'", "DATE '2019-01-01'", 2024],
    ['NULL', "'2020-2025'", "DATE '2019-01-01'", 2020],
    ['NULL', "'2024-01..2024-06'", 'NULL', 2024],
    ['NULL', 'NULL', "DATE '2019-01-01'", 2019],
    ['NULL', "'cuối năm'", "DATE '2019-01-01'", 2019],
    ['NULL', 'NULL', 'NULL', null],
  ])('fact_year(%s, %s, %s) = %s', async (asOf, period, published, year) => {
    expect(await rows(`SELECT fact_year(${asOf}::DATE, ${period}::VARCHAR, ${published}::DATE) AS y`)).toEqual([{ y: year }]);
  });
});

describe('distinct_observations', () => {
  it('lists a syndicated fact once, with every URL that carried it', async () => {
    expect(await rows(`SELECT value, articles, urls FROM distinct_observations WHERE metric = 'party_members' AND value = 3390`)).toEqual([
      { value: 3390, articles: 2, urls: [BP_COPY, BP_PORTAL].sort() },
    ]);
    expect(await rows(`SELECT value, articles, urls FROM distinct_observations WHERE metric = 'party_members' AND value = 3500`)).toEqual([
      { value: 3500, articles: 2, urls: [BP_LATER, BP_LATER_REPOST].sort() },
    ]);
  });

  it('has one row per distinct observation', async () => {
    // Bình Phước: 6 (portal = copy) + 2 (later = re-post); Đồng Nai 2; Hà Nội 1.
    expect(await rows('SELECT count(*) AS n FROM distinct_observations')).toEqual([{ n: 11 }]);
  });
});

describe('province_year_metric', () => {
  it('gives the latest stock, summed top-level flows, targets and achievement', async () => {
    expect(
      await rows(
        `SELECT province, province_2025, year, metric, latest_stock, latest_stock_on, flows, largest_flow, target, achievement_percent
         FROM province_year_metric ORDER BY province, year, metric`,
      ),
    ).toEqual([
      { province: 'Bình Phước', province_2025: 'Đồng Nai', year: 2024, metric: 'party_admissions', latest_stock: null, latest_stock_on: null, flows: 86, largest_flow: 56, target: null, achievement_percent: 62 },
      { province: 'Bình Phước', province_2025: 'Đồng Nai', year: 2024, metric: 'party_members', latest_stock: 3500, latest_stock_on: '2024-12-15', flows: null, largest_flow: null, target: null, achievement_percent: null },
      { province: 'Bình Phước', province_2025: 'Đồng Nai', year: 2024, metric: 'union_members', latest_stock: 21000, latest_stock_on: '2024-06-10', flows: null, largest_flow: null, target: null, achievement_percent: null },
      { province: 'Bình Phước', province_2025: 'Đồng Nai', year: 2024, metric: 'workers', latest_stock: 30000, latest_stock_on: '2024-06-10', flows: null, largest_flow: null, target: null, achievement_percent: null },
      { province: 'Hà Nội', province_2025: 'Hà Nội', year: 2020, metric: 'party_admissions', latest_stock: null, latest_stock_on: null, flows: 1000, largest_flow: 1000, target: null, achievement_percent: null },
      { province: 'Đồng Nai', province_2025: 'Đồng Nai', year: 2023, metric: 'party_admissions', latest_stock: null, latest_stock_on: null, flows: null, largest_flow: null, target: 500, achievement_percent: null },
      { province: 'Đồng Nai', province_2025: 'Đồng Nai', year: 2023, metric: 'party_members', latest_stock: 10000, latest_stock_on: '2023-03-01', flows: null, largest_flow: null, target: null, achievement_percent: null },
    ]);
  });
});

describe('unit_year_metric', () => {
  it('rolls provinces up to their 2025 unit and says how many members reported', async () => {
    expect(
      await rows(`SELECT unit, year, metric, latest_stock, provinces_with_stock, member_provinces, provinces FROM unit_year_metric WHERE metric = 'party_members' ORDER BY year`),
    ).toEqual([
      { unit: 'Đồng Nai', year: 2023, metric: 'party_members', latest_stock: 10000, provinces_with_stock: 1, member_provinces: 2, provinces: ['Đồng Nai'] },
      { unit: 'Đồng Nai', year: 2024, metric: 'party_members', latest_stock: 3500, provinces_with_stock: 1, member_provinces: 2, provinces: ['Bình Phước'] },
    ]);
  });
});

describe('union_density', () => {
  it('divides union members by workers of the same article, scope and date, once per story', async () => {
    expect(await rows('SELECT province, year, scope, union_members, workers, density FROM union_density')).toEqual([
      { province: 'Bình Phước', year: 2024, scope: 'LĐLĐ tỉnh Bình Phước', union_members: 21000, workers: 30000, density: 0.7 },
    ]);
  });
});
