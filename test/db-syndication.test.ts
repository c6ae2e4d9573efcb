/**
 * Syndication: MinHash similarity as a table of text pairs, and groups of
 * copies in the database, across runs and after re-extraction.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateSimilarity, loadRun, minhashSignature, NEAR_DUPLICATE_SIMILARITY, openDatabase, type Database } from '../pipeline/db/index.js';
import { articleIdOf, fillerText, makeTempDir, writeRunDir, type FixtureArticle } from './db-fixtures.js';

const BODY = fillerText(101, 300);
const OTHER = fillerText(202, 300);

function similarity(a: string, b: string): number {
  const sa = minhashSignature(a);
  const sb = minhashSignature(b);
  if (sa === null || sb === null) throw new Error('no signature');
  return estimateSimilarity(sa, sb);
}

describe('minhashSignature', () => {
  it.each([
    ['the same text', BODY, BODY],
    ['a different lead line and footer', BODY, `(TH) Theo Báo Bình Phước. ${BODY} Nguồn: baobinhphuoc.com.vn`],
    ['other punctuation, case and spacing', BODY, BODY.toUpperCase().replaceAll(' ', ' , ')],
    ['old-style tone marks after NFC', 'Khánh Hoà '.repeat(5) + BODY, 'Khánh Hoà '.normalize('NFD').repeat(5) + BODY],
  ])('finds near-duplicates: %s', (_label, a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
  });

  it.each([
    ['two different stories', BODY, OTHER],
    ['half of a story', BODY, BODY.split(' ').slice(0, 150).join(' ')],
    ['a story with a different second half', BODY, `${BODY.split(' ').slice(0, 150).join(' ')} ${OTHER.split(' ').slice(150).join(' ')}`],
  ])('keeps apart: %s', (_label, a, b) => {
    expect(similarity(a, b)).toBeLessThan(NEAR_DUPLICATE_SIMILARITY);
  });

  it('gives no signature to a text too short to judge', () => {
    expect(minhashSignature('Kết nạp 5 đảng viên.')).toBeNull();
  });

  it('is deterministic', () => {
    expect(minhashSignature(BODY)).toEqual(minhashSignature(BODY));
  });
});

let tmp: string;
let db: Database;

beforeAll(async () => {
  tmp = makeTempDir('syndication');
  db = await openDatabase(':memory:');
});

afterAll(() => {
  db.close();
  rmSync(tmp, { recursive: true, force: true });
});

function article(url: string, text: string, value: number, published = '2024-05-01'): FixtureArticle {
  return {
    url,
    source_id: new URL(url).hostname,
    title: 'Kết nạp đảng viên',
    published,
    province: 'Bình Phước',
    text: `${text} Năm 2024 kết nạp ${value} đảng viên.`,
    facts: [{ metric: 'party_admissions', value, kind: 'flow', period: '2024', scope: 'Đảng bộ tỉnh', sentence: `Năm 2024 kết nạp ${value} đảng viên.` }],
  };
}

async function groupOf(url: string): Promise<string> {
  const row = await db.readRow<{ g: string }>('SELECT syndication_group AS g FROM articles WHERE article_id = $1', [articleIdOf(url)]);
  return row!.g;
}

describe('syndication groups in the database', () => {
  const A = 'https://a.example.vn/bai-1.html';
  const B = 'https://b.example.vn/bai-1-copy.html';
  const C = 'https://c.example.vn/bai-1-print.html';
  const D = 'https://d.example.vn/bai-khac.html';

  it('groups exact and near copies across runs, and a re-extraction with new text leaves the group', async () => {
    await loadRun(db, await writeRunDir(join(tmp, 'runs'), { run_id: 's1', articles: [article(A, BODY, 56), article(D, OTHER, 56)] }));
    // A later run brings an exact copy (B) and a print copy with a footer (C).
    await loadRun(db, await writeRunDir(join(tmp, 'runs'), { run_id: 's2', articles: [article(B, BODY, 56, '2024-05-02'), article(C, `${BODY} In bài viết | Đóng cửa sổ`, 56, '2024-05-03')] }));

    const group = [A, B, C].map(articleIdOf).sort()[0]!;
    expect(await groupOf(A)).toBe(group);
    expect(await groupOf(B)).toBe(group);
    expect(await groupOf(C)).toBe(group);
    expect(await groupOf(D)).toBe(articleIdOf(D));

    // Same figure, two different stories: two observations; the three copies: one, with three URLs.
    const observations = await db.readRows<{ articles: bigint; urls: string[] }>(`SELECT articles, urls FROM distinct_observations WHERE value = 56 ORDER BY articles`);
    expect(observations).toEqual([
      { articles: 1n, urls: [D] },
      { articles: 3n, urls: [A, B, C].sort() },
    ]);

    // C is re-extracted from a page that now holds another story: it leaves the group.
    await loadRun(db, await writeRunDir(join(tmp, 'runs'), { run_id: 's3', articles: [article(C, fillerText(303, 300), 56, '2024-05-03')] }));
    expect(await groupOf(C)).toBe(articleIdOf(C));
    expect(await groupOf(A)).toBe([A, B].map(articleIdOf).sort()[0]);
    expect(await db.readRows('SELECT count(*) AS n FROM distinct_observations WHERE value = 56')).toEqual([{ n: 3n }]);
  });
});
