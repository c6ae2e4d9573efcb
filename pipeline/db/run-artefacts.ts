/**
 * The extract stage's run directory, as the loader reads it: file names, the
 * zod schemas of its lines (checked on a sample at the edge) and the DuckDB
 * column types `read_json` applies to every line (checked in bulk).
 *
 *   <runs>/<run_id>/run.json        {run_id, started_at, extractor_version, stage, source_selection, counts, …}
 *   <runs>/<run_id>/articles.jsonl  one line per article, kept or skipped, with its text
 *   <runs>/<run_id>/facts.jsonl     one line per fact: the Fact of extract/types.ts flattened
 *   <runs>/<run_id>/pages.jsonl     the run's archive index rows (crawlers/archive/index-row.ts)
 *   <runs>/<run_id>/*.parquet       the same three files as typed Parquet (PARQUET_COLUMNS), written by
 *                                   the extract stage from the JSONL once it is complete and listed in
 *                                   run.json (`parquet`); the loader reads them when run.json lists them
 *
 * The JSONL files stream to disk crash-safely while the stage works and stay
 * for people to read; the Parquet files are the bulk path into DuckDB (and
 * any other engine). Runs written before the Parquet files existed have
 * JSONL only, and load as before.
 *
 * Article lines of a kept article carry `minhash`, its MinHash signature
 * (pipeline/db/minhash.ts) as 1,024 hex digits, or null for a text too short
 * to sign; run.json's `signatures` names the scheme (MINHASH_SCHEME). The
 * loader uses them only when the scheme is its own, else it signs the texts
 * itself (older runs).
 */
import { z } from 'zod';
import { ArchiveIndexRowSchema } from '../../crawlers/archive/index.js';
import { FactSchema } from '../../extract/fact-schema.js';

export const RUN_FILES = {
  manifest: 'run.json',
  articles: 'articles.jsonl',
  facts: 'facts.jsonl',
  pages: 'pages.jsonl',
} as const;

/** The three data files of a run. */
export const RUN_DATA = ['articles', 'facts', 'pages'] as const;
export type RunData = (typeof RUN_DATA)[number];

/** The Parquet copies of the data files. */
export const PARQUET_FILES: Readonly<Record<RunData, string>> = {
  articles: 'articles.parquet',
  facts: 'facts.parquet',
  pages: 'pages.parquet',
};

/** `article_id`: the first 16 hex chars of sha256(canonical_url). Matches "15d8df58136bd883"; not "15D8…" nor 64 chars. */
export const ARTICLE_ID = /^[0-9a-f]{16}$/u;

/** `fact_id`: `${article_id}:${fact.id}`. Matches "15d8df58136bd883:f12"; not "15d8df58136bd883-f12" nor ":f1". */
export const FACT_ID = /^[0-9a-f]{16}:f\d+$/u;

/** Lower-case hex SHA-256. Matches "e3b0c442…b855" (64 chars); not upper case. */
export const SHA256_HEX = /^[0-9a-f]{64}$/u;

/** A calendar date as the stage writes it. Matches "2024-06-30"; not "30/06/2024" nor "2024-6-30". */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A run id, also a directory name: letters, digits, ".", "_", ":", "-".
 * Matches "2025-06-01T020000Z-a1b2", "demo-1"; not "../x" nor "a b".
 */
export const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/u;

/** A MinHash signature as `signatureHex` writes it: 1,024 lower-case hex digits. */
export const SIGNATURE_HEX = /^[0-9a-f]{1024}$/u;

/** One Parquet file as run.json lists it: its name in the run directory and its row count. */
const ParquetEntrySchema = z.object({ file: z.string().regex(/^[a-z_]+\.parquet$/u), rows: z.number().int().nonnegative() });

export const RunManifestSchema = z.object({
  run_id: z.string().regex(RUN_ID),
  started_at: z.iso.datetime({ offset: true }),
  finished_at: z.iso.datetime({ offset: true }).nullable().optional(),
  extractor_version: z.string().min(1),
  stage: z.string().min(1),
  source_selection: z.unknown(),
  counts: z.record(z.string(), z.unknown()),
  errors: z.array(z.unknown()).optional(),
  /** The Parquet copies of the JSONL files; absent in runs written before them. */
  parquet: z.object({ articles: ParquetEntrySchema, facts: ParquetEntrySchema, pages: ParquetEntrySchema }).optional(),
  /** The MinHash scheme of the articles' `minhash` (MINHASH_SCHEME); absent when the lines carry none. */
  signatures: z.string().min(1).optional(),
});
export type RunManifest = z.infer<typeof RunManifestSchema>;

export const ArticleLineSchema = z.object({
  article_id: z.string().regex(ARTICLE_ID),
  url: z.string().min(1),
  canonical_url: z.string().min(1),
  source_id: z.string().min(1),
  title: z.string().nullable(),
  published: z.string().regex(ISO_DATE).nullable(),
  author: z.string().nullable(),
  province: z.string().nullable(),
  province_2025: z.string().nullable(),
  text_hash: z.string().regex(SHA256_HEX),
  text: z.string(),
  kept: z.boolean(),
  skip_reason: z.string().nullable(),
  fetched_at: z.iso.datetime({ offset: true }),
  extractor_version: z.string().min(1),
  run_id: z.string().regex(RUN_ID),
  minhash: z.string().regex(SIGNATURE_HEX).nullable().optional(),
});
export type ArticleLine = z.infer<typeof ArticleLineSchema>;

const offset = z.number().int().nonnegative();

/** The fields of a fact line that are not the Fact's own, and the flattened spans. */
const FactLineSchema = z.object({
  fact_id: z.string().regex(FACT_ID),
  article_id: z.string().regex(ARTICLE_ID),
  run_id: z.string().regex(RUN_ID),
  extractor_version: z.string().min(1),
  value_max: z.number().nullable(),
  parts_sum_match: z.boolean().nullable(),
  parent: z.string().regex(FACT_ID).nullable(),
  sentence: z.string(),
  sentence_start: offset,
  sentence_end: offset,
  mention: z.string(),
  mention_start: offset,
  mention_end: offset,
});

/**
 * Checks one parsed fact line: the envelope here, the Fact itself with
 * extract/fact-schema.ts after un-flattening it. Returns the problems (data,
 * not exceptions), empty when the line is good.
 */
export function checkFactLine(json: unknown): string[] {
  const envelope = FactLineSchema.safeParse(json);
  if (!envelope.success) return envelope.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const line = envelope.data;
  const raw = json as Record<string, unknown>;
  const problems: string[] = [];
  if (!line.fact_id.startsWith(`${line.article_id}:`)) problems.push(`fact_id: "${line.fact_id}" does not start with article_id "${line.article_id}:"`);
  if (line.parent !== null && !line.parent.startsWith(`${line.article_id}:`)) problems.push(`parent: "${line.parent}" is a fact of another article`);
  const fact = FactSchema.safeParse({
    id: line.fact_id.slice(line.article_id.length + 1),
    metric: raw.metric,
    value: raw.value,
    ...(line.value_max === null ? {} : { value_max: line.value_max }),
    unit: raw.unit,
    kind: raw.kind,
    approx: raw.approx,
    scope: raw.scope,
    period: raw.period,
    as_of: raw.as_of,
    parent: line.parent,
    ...(line.parts_sum_match === null ? {} : { parts_sum_match: line.parts_sum_match }),
    confidence: raw.confidence,
    evidence: { text: line.sentence, start: line.sentence_start, end: line.sentence_end },
    mention: { text: line.mention, start: line.mention_start, end: line.mention_end },
  });
  if (!fact.success) problems.push(...fact.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return problems;
}

export function checkArticleLine(json: unknown): string[] {
  const parsed = ArticleLineSchema.safeParse(json);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

export function checkPageLine(json: unknown): string[] {
  const parsed = ArchiveIndexRowSchema.safeParse(json);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// ------------------------------------------------ DuckDB types of the lines

/**
 * The `columns` of `read_json` for each file: DuckDB casts every line to
 * these types and fails naming the file and line when one does not fit, so
 * what the sample check does not see is still checked. Keys not listed are
 * not materialised: an article's `text` is read only to sign it when the
 * run carries no signatures of this vntally's scheme (ARTICLE_TEXT_COLUMNS),
 * never into a table.
 */
export const ARTICLE_JSON_COLUMNS = {
  article_id: 'VARCHAR',
  url: 'VARCHAR',
  canonical_url: 'VARCHAR',
  source_id: 'VARCHAR',
  title: 'VARCHAR',
  published: 'DATE',
  author: 'VARCHAR',
  province: 'VARCHAR',
  province_2025: 'VARCHAR',
  text_hash: 'VARCHAR',
  kept: 'BOOLEAN',
  skip_reason: 'VARCHAR',
  fetched_at: 'TIMESTAMPTZ',
  extractor_version: 'VARCHAR',
  run_id: 'VARCHAR',
} as const;

/** The extra column of articles.jsonl when run.json names a signature scheme. */
export const ARTICLE_SIGNATURE_JSON_COLUMNS = { minhash: 'VARCHAR' } as const;

export const ARTICLE_TEXT_COLUMNS = {
  article_id: 'VARCHAR',
  text_hash: 'VARCHAR',
  text: 'VARCHAR',
  kept: 'BOOLEAN',
} as const;

export const FACT_JSON_COLUMNS = {
  fact_id: 'VARCHAR',
  article_id: 'VARCHAR',
  run_id: 'VARCHAR',
  extractor_version: 'VARCHAR',
  metric: 'VARCHAR',
  value: 'DOUBLE',
  value_max: 'DOUBLE',
  unit: 'VARCHAR',
  kind: 'VARCHAR',
  approx: 'VARCHAR',
  scope: 'VARCHAR',
  period: 'VARCHAR',
  as_of: 'DATE',
  parent: 'VARCHAR',
  parts_sum_match: 'BOOLEAN',
  confidence: 'DOUBLE',
  sentence: 'VARCHAR',
  sentence_start: 'INTEGER',
  sentence_end: 'INTEGER',
  mention: 'VARCHAR',
  mention_start: 'INTEGER',
  mention_end: 'INTEGER',
} as const;

export const PAGE_JSON_COLUMNS = {
  url: 'VARCHAR',
  canonical_url: 'VARCHAR',
  source_id: 'VARCHAR',
  fetched_at: 'TIMESTAMPTZ',
  status: 'SMALLINT',
  content_type: 'VARCHAR',
  charset: 'VARCHAR',
  sha256: 'VARCHAR',
  warc_file: 'VARCHAR',
  offset: 'BIGINT',
  length: 'BIGINT',
  etag: 'VARCHAR',
  last_modified: 'VARCHAR',
  kind: 'VARCHAR',
  kept: 'BOOLEAN',
  skip_reason: 'VARCHAR',
  published_hint: 'VARCHAR',
  title_hint: 'VARCHAR',
} as const;

// ------------------------------------------------------ Parquet column types

/**
 * The columns of each Parquet file, in order, with their DuckDB types: the
 * JSONL columns plus, for articles, the text, the signature as bytes
 * (`unhex` of the line's hex) and its LSH band keys (pipeline/db/
 * syndication.ts `bandKeyListSql`; NULL without a signature). The loader refuses a file whose columns differ
 * (names, order or types), naming the file and the column.
 */
export const PARQUET_COLUMNS: Readonly<Record<RunData, Readonly<Record<string, string>>>> = {
  articles: { ...ARTICLE_JSON_COLUMNS, text: 'VARCHAR', minhash: 'BLOB', bands: 'UBIGINT[]' },
  facts: FACT_JSON_COLUMNS,
  pages: PAGE_JSON_COLUMNS,
};
