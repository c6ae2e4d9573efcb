/**
 * One line of `<archive>/index.jsonl`: one archived page. The pipeline loads
 * these lines into DuckDB (`pages` table) as they are, so the field names are
 * snake_case and every field is always present (null, not missing).
 */
import { z } from 'zod';

export const PAGE_KINDS = ['article', 'listing', 'feed', 'sitemap', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface ArchiveIndexRow {
  /** The URL that was fetched (after redirects). */
  url: string;
  /** `canonicalizeUrl(url, family)`: the key of `Archive.has/get`. */
  canonical_url: string;
  source_id: string;
  /** ISO 8601, UTC. */
  fetched_at: string;
  status: number;
  /** Media type only, lower case ("text/html"); the parameters are dropped. */
  content_type: string | null;
  /** The charset the engine decoded with, else the one of the Content-Type header; lower case. */
  charset: string | null;
  /** SHA-256 of the body, lower-case hex. */
  sha256: string;
  /** Relative to the archive directory, always with "/": "warc/vntally-20240602160500-00001.warc.gz". */
  warc_file: string;
  /** Byte offset of the record's gzip member in `warc_file`. */
  offset: number;
  /** Byte length of that gzip member: `offset + length` is where the next record starts. */
  length: number;
  etag: string | null;
  last_modified: string | null;
  kind: PageKind;
  /** False for pages the topic filter skipped; they are archived too, so the filter can be audited. */
  kept: boolean;
  skip_reason: string | null;
  published_hint: string | null;
  title_hint: string | null;
}

/** Lower-case hex SHA-256. Matches "e3b0c442…b855" (64 chars); not "E3B0…" nor a base32 digest. */
export const SHA256_HEX = /^[0-9a-f]{64}$/u;

/**
 * A `warc_file` value. Matches "warc/vntally-20240602160500-00001.warc.gz"; not
 * "../x.warc.gz" nor "/abs/path.warc.gz", so a tampered index cannot make
 * `readBody` open files outside the archive.
 */
export const WARC_FILE_PATH = /^warc\/vntally-\d{14}-\d{5,}\.warc\.gz$/u;

const nullableString = z.string().nullable();

export const ArchiveIndexRowSchema: z.ZodType<ArchiveIndexRow> = z.strictObject({
  url: z.string().min(1),
  canonical_url: z.string().min(1),
  source_id: z.string().min(1),
  fetched_at: z.iso.datetime(),
  status: z.number().int().min(100).max(599),
  content_type: nullableString,
  charset: nullableString,
  sha256: z.string().regex(SHA256_HEX),
  warc_file: z.string().regex(WARC_FILE_PATH),
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  etag: nullableString,
  last_modified: nullableString,
  kind: z.enum(PAGE_KINDS),
  kept: z.boolean(),
  skip_reason: nullableString,
  published_hint: nullableString,
  title_hint: nullableString,
});

/** Serialises a row as one index line, fields in the interface's order (stable lines are easier to diff). */
export function formatIndexLine(row: ArchiveIndexRow): string {
  const ordered: ArchiveIndexRow = {
    url: row.url,
    canonical_url: row.canonical_url,
    source_id: row.source_id,
    fetched_at: row.fetched_at,
    status: row.status,
    content_type: row.content_type,
    charset: row.charset,
    sha256: row.sha256,
    warc_file: row.warc_file,
    offset: row.offset,
    length: row.length,
    etag: row.etag,
    last_modified: row.last_modified,
    kind: row.kind,
    kept: row.kept,
    skip_reason: row.skip_reason,
    published_hint: row.published_hint,
    title_hint: row.title_hint,
  };
  return `${JSON.stringify(ordered)}\n`;
}
