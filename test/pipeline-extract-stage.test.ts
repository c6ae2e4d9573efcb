/**
 * The extract stage alone (pipeline/stages/extract-archive.ts) over a small
 * hand-made archive: what goes to which file, the contract's schemas on
 * every line, errors recorded with their URL instead of stopping the run,
 * the source and incremental filters, and a run directory that exists whole
 * or not at all.
 */
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive, type ArchiveIndexRow } from '../crawlers/archive/index.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { PARQUET_FILES, RUN_FILES, RunManifestSchema, checkArticleLine, checkFactLine, checkPageLine } from '../pipeline/db/run-artefacts.js';
import { articleIdOf, extractArchive, isoDateOrNull } from '../pipeline/stages/index.js';

const BASE = 'https://baomau.example.vn';

const ARTICLE_HTML = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đảng bộ Khối doanh nghiệp tỉnh Bình Phước kết nạp 56 đảng viên</title></head>
<body><article><h1>Đảng bộ Khối doanh nghiệp tỉnh Bình Phước kết nạp 56 đảng viên</h1>
<p>Năm 2024, Đảng bộ Khối doanh nghiệp tỉnh Bình Phước đã kết nạp 56 đảng viên mới, đạt 112% chỉ tiêu.</p>
<p>Toàn Đảng bộ hiện có 1.250 đảng viên sinh hoạt tại 48 tổ chức cơ sở đảng trong doanh nghiệp.</p>
<p>Công đoàn các khu công nghiệp phát triển thêm 3.200 đoàn viên công đoàn.</p></article></body></html>`;

const OTHER_HTML = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Công đoàn Đồng Nai phát triển đoàn viên</title></head>
<body><article><h1>Công đoàn Đồng Nai phát triển đoàn viên</h1>
<p>Trong 6 tháng đầu năm 2024, Liên đoàn Lao động tỉnh Đồng Nai đã phát triển mới 12.500 đoàn viên công đoàn và thành lập 35 công đoàn cơ sở.</p></article></body></html>`;

let dir: string;
let archiveDir: string;
const rows: Record<string, ArchiveIndexRow> = {};

interface Page {
  key: string;
  path: string;
  source: string;
  body: string;
  kept: boolean;
  skipReason?: string;
  kind?: 'article' | 'listing';
  published?: string;
  contentType?: string;
}

const PAGES: Page[] = [
  { key: 'article', path: '/xay-dung-dang/ket-nap-56-dang-vien.html', source: 'mau-portal', body: ARTICLE_HTML, kept: true, published: '2024-06-02' },
  { key: 'offTopic', path: '/the-thao/bong-da.html', source: 'mau-portal', body: '<html><body><h1>Bóng đá</h1><p>Đội tuyển thắng 2-0.</p></body></html>', kept: false, skipReason: 'off-topic: sport (bóng đá)' },
  { key: 'empty', path: '/xay-dung-dang/trang-trong.html', source: 'mau-portal', body: '<html><body><nav>Trang chủ</nav></body></html>', kept: true },
  { key: 'pdf', path: '/tai-lieu/bao-cao.pdf', source: 'mau-portal', body: '', kept: false, skipReason: 'not-html', contentType: 'application/pdf' },
  { key: 'listing', path: '/xay-dung-dang/', source: 'mau-portal', body: '<html><body><a href="/x.html">x</a></body></html>', kept: true, kind: 'listing' },
  { key: 'other', path: '/cong-doan/phat-trien-doan-vien.html', source: 'mau-news', body: OTHER_HTML, kept: true, published: '2024-07-01T08:00:00+07:00' },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vntally-extract-stage-'));
  archiveDir = join(dir, 'archive');
  const archive = await Archive.open(archiveDir);
  try {
    for (const [i, page] of PAGES.entries()) {
      const url = `${BASE}${page.path}`;
      rows[page.key] = await archive.append({
        url,
        canonicalUrl: url,
        sourceId: page.source,
        status: 200,
        headers: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' },
        body: Buffer.from(page.body, 'utf8'),
        kind: page.kind ?? 'article',
        kept: page.kept,
        skipReason: page.skipReason ?? null,
        publishedHint: page.published ?? null,
        fetchedAt: new Date(Date.UTC(2024, 6, 1, 0, i)),
      });
    }
  } finally {
    await archive.close();
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function lines(runDir: string, file: string): Array<Record<string, unknown>> {
  const text = readFileSync(join(runDir, file), 'utf8');
  return text === '' ? [] : text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('extractArchive', () => {
  it('writes a run directory in the contract: pages for every article row, articles and facts for the kept ones', async () => {
    const runsDir = join(dir, 'runs-full');
    const summary = await extractArchive({ archiveDir, runsDir, runId: 'test-full' });
    expect(summary.runDir).toBe(join(runsDir, 'test-full'));
    expect(readdirSync(runsDir)).toEqual(['test-full']);
    expect(readdirSync(summary.runDir).sort()).toEqual([...Object.values(RUN_FILES), ...Object.values(PARQUET_FILES)].sort());

    const pages = lines(summary.runDir, RUN_FILES.pages);
    const articles = lines(summary.runDir, RUN_FILES.articles);
    const facts = lines(summary.runDir, RUN_FILES.facts);
    // Listings are not article rows; the skipped and unreadable pages are pages only.
    expect(pages.map((p) => p.url).sort()).toEqual(['article', 'offTopic', 'empty', 'pdf', 'other'].map((k) => rows[k]!.url).sort());
    expect(pages.find((p) => p.url === rows.offTopic!.url)).toMatchObject({ kept: false, skip_reason: 'off-topic: sport (bóng đá)' });
    expect(articles.map((a) => a.url).sort()).toEqual([rows.article!.url, rows.other!.url].sort());
    expect(summary.counts).toEqual({ pages: 5, articles: 2, skipped: 2, unchanged: 0, facts: facts.length, errors: 1 });
    expect(facts.length).toBeGreaterThanOrEqual(4);

    for (const page of pages) expect(checkPageLine(page)).toEqual([]);
    for (const article of articles) expect(checkArticleLine(article)).toEqual([]);
    for (const fact of facts) expect(checkFactLine(fact)).toEqual([]);
    for (const line of [...articles, ...facts]) expect(line).toMatchObject({ run_id: 'test-full', extractor_version: EXTRACTOR_VERSION });

    const article = articles.find((a) => a.url === rows.article!.url)!;
    expect(article).toMatchObject({ article_id: articleIdOf(rows.article!.canonical_url), source_id: 'mau-portal', province: 'Bình Phước', published: '2024-06-02', kept: true });
    const admitted = facts.find((f) => f.metric === 'party_admissions' && f.value === 56);
    expect(admitted).toMatchObject({ article_id: article.article_id, unit: 'count', kind: 'flow' });
    expect(String(admitted?.fact_id)).toMatch(new RegExp(`^${String(article.article_id)}:f\\d+$`, 'u'));
    // The feed's date-time hint is cut to the date the contract wants.
    expect(articles.find((a) => a.url === rows.other!.url)?.published).toBe('2024-07-01');
  });

  it('records a page without text as an error naming its URL, and goes on', async () => {
    const summary = await extractArchive({ archiveDir, runsDir: join(dir, 'runs-errors'), runId: 'test-errors' });
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'no_text', url: rows.empty!.url, source_id: 'mau-portal', stage: 'extract' })]);
    const manifest = RunManifestSchema.parse(JSON.parse(readFileSync(join(summary.runDir, RUN_FILES.manifest), 'utf8')));
    expect(manifest).toMatchObject({ run_id: 'test-errors', stage: 'extract', extractor_version: EXTRACTOR_VERSION });
    expect(manifest.counts.facts).toBe(summary.counts.facts);
    expect(manifest.errors).toEqual([expect.objectContaining({ code: 'no_text', url: rows.empty!.url })]);
  });

  it('keeps only the wanted sources, and with marks only pages fetched after them', async () => {
    const bySource = await extractArchive({ archiveDir, runsDir: join(dir, 'runs-source'), sourceIds: new Set(['mau-news']) });
    expect(bySource.counts).toMatchObject({ pages: 1, articles: 1, unchanged: 0 });

    // The portal's mark is after its pages: all five are left out as unchanged; the newspaper has no mark.
    const marks = new Map([['mau-portal', Date.UTC(2024, 6, 1, 0, 30)]]);
    const incremental = await extractArchive({ archiveDir, runsDir: join(dir, 'runs-incremental'), fetchedAfter: marks });
    expect(incremental.counts).toMatchObject({ pages: 1, articles: 1, unchanged: 4 });

    // A mark at the first page's fetch: that page alone is unchanged.
    const between = new Map([['mau-portal', Date.parse(rows.article!.fetched_at)]]);
    const partly = await extractArchive({ archiveDir, runsDir: join(dir, 'runs-partly'), fetchedAfter: between });
    expect(partly.counts.unchanged).toBe(1);
  });

  it('leaves no directory behind when it fails half-way', async () => {
    const runsDir = join(dir, 'runs-failed');
    let seen = 0;
    await expect(
      extractArchive({
        archiveDir,
        runsDir,
        onProgress: () => {
          seen += 1;
          if (seen === 2) throw new Error('disk full (simulated)');
        },
      }),
    ).rejects.toThrow('disk full (simulated)');
    expect(readdirSync(runsDir)).toEqual([]);
  });

  it('records an unreadable WARC record as an error naming its URL', async () => {
    const copy = join(dir, 'archive-damaged');
    rmSync(copy, { recursive: true, force: true });
    // A copy of the archive with the newspaper's record overwritten in the middle.
    cpSync(archiveDir, copy, { recursive: true });
    const row = rows.other!;
    const fd = openSync(join(copy, row.warc_file), 'r+');
    try {
      writeSync(fd, Buffer.alloc(64, 0x58), 0, 64, row.offset + Math.floor(row.length / 2));
    } finally {
      closeSync(fd);
    }
    const summary = await extractArchive({ archiveDir: copy, runsDir: join(dir, 'runs-damaged') });
    expect(summary.errors).toContainEqual(expect.objectContaining({ code: 'read_failed', url: row.url, source_id: 'mau-news' }));
    expect(summary.counts.articles).toBe(1);
  });

  it.each<[string | null, string | null]>([
    ['2024-06-02', '2024-06-02'],
    ['2024-06-02T09:05:00Z', '2024-06-02'],
    ['02/06/2024', null],
    ['2024-06', null],
    [null, null],
  ])('isoDateOrNull(%j) = %j', (input, expected) => {
    expect(isoDateOrNull(input)).toBe(expected);
  });
});
