/**
 * Opening the database and the small pure helpers around SQL text: lock
 * messages, the pinned time zone, quoting, CSV fields.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../pipeline/cli-error.js';
import { csvField } from '../pipeline/db/format-result.js';
import { describeLockConflict, openDatabase, quoteIdentifier, quoteLiteral, TIME_ZONE } from '../pipeline/db/index.js';
import { makeTempDir } from './db-fixtures.js';

let tmp: string;

beforeAll(() => {
  tmp = makeTempDir('open');
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const DUCKDB_LOCK = 'IO Error: Could not set lock on file "/d/v.duckdb": Conflicting lock is held in /usr/bin/node (PID 23813). See also https://duckdb.org/docs/stable/connect/concurrency';
const DUCKDB_LOCK_NO_PID = 'IO Error: Could not set lock on file "/d/v.duckdb": Resource temporarily unavailable';

describe('describeLockConflict', () => {
  it.each([
    [DUCKDB_LOCK, true, ['held by process 23813 (/usr/bin/node)', 'which is writing it', '--wait SECONDS']],
    [DUCKDB_LOCK, false, ['held by process 23813 (/usr/bin/node)', 'another load, or a reader', '--wait SECONDS']],
    [DUCKDB_LOCK_NO_PID, true, ['being written by another vntally process', '--wait SECONDS']],
    [DUCKDB_LOCK_NO_PID, false, ['being written by another vntally process; open it read-only', 'or wait']],
  ])('%s (read-only: %s)', (raw, readOnly, fragments) => {
    const message = describeLockConflict('data/vntally.duckdb', raw, readOnly);
    expect(message).toContain('the database data/vntally.duckdb');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe('openDatabase', () => {
  it('pins the time zone to Vietnam', async () => {
    const db = await openDatabase(':memory:');
    try {
      expect(await db.readRows(`SELECT current_setting('TimeZone') AS tz, strftime(TIMESTAMPTZ '2024-06-30 17:00:00+00', '%Y-%m-%d %H:%M') AS local`)).toEqual([
        { tz: TIME_ZONE, local: '2024-07-01 00:00' },
      ]);
    } finally {
      db.close();
    }
  });

  it('creates the directory of a new file for a writer, and refuses a missing file to a reader', async () => {
    const path = join(tmp, 'a', 'b', 'v.duckdb');
    const missing = await openDatabase(path, { readOnly: true }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(CliError);
    expect((missing as CliError).code).toBe('db_missing');
    const db = await openDatabase(path);
    db.close();
    const reader = await openDatabase(path, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    reader.close();
  });

  it('rolls a failed transaction back', async () => {
    const db = await openDatabase(':memory:');
    try {
      await db.run('CREATE TABLE t (x INTEGER)');
      await expect(
        db.transact(async () => {
          await db.run('INSERT INTO t VALUES (1)');
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await db.readRows('SELECT count(*) AS n FROM t')).toEqual([{ n: 0n }]);
    } finally {
      db.close();
    }
  });
});

describe('SQL text helpers', () => {
  it.each([
    ['Khánh Hòa', "'Khánh Hòa'"],
    ["it's", "'it''s'"],
    ["''", "''''''"],
    ['', "''"],
  ])('quoteLiteral(%j) = %s', (value, quoted) => {
    expect(quoteLiteral(value)).toBe(quoted);
  });

  it('quoteLiteral round-trips through DuckDB, and refuses NUL', async () => {
    const db = await openDatabase(':memory:');
    try {
      const value = `a'b"c\\d; DROP TABLE x; --`;
      expect(await db.readRows(`SELECT ${quoteLiteral(value)} AS v`)).toEqual([{ v: value }]);
    } finally {
      db.close();
    }
    expect(() => quoteLiteral('a\0b')).toThrow('NUL');
  });

  it.each([['offset'], ['province_2025']])('quoteIdentifier accepts %s', (name) => {
    expect(quoteIdentifier(name)).toBe(`"${name}"`);
  });

  it.each([['a b'], ['x"; DROP'], ['Province'], ['']])('quoteIdentifier refuses %j', (name) => {
    expect(() => quoteIdentifier(name)).toThrow();
  });

  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['Bà Rịa, Vũng Tàu', '"Bà Rịa, Vũng Tàu"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('csvField(%j) = %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });
});
