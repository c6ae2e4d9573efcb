/**
 * The lines of a run directory (pipeline/db/run-artefacts.ts is the
 * contract), built from one archived page and its extraction. Pure: the
 * stage does the reading and writing.
 *
 *   articleIdOf(canonicalUrl)       first 16 hex chars of sha256(canonical URL)
 *   articleLine(row, extraction, …) one line of articles.jsonl (a kept article), with
 *                                   the MinHash signature of its text (`minhash`), so the
 *                                   loader does not sign 200 MB of text while it loads
 *   factLines(articleId, facts, …)  the lines of facts.jsonl, spans flattened,
 *                                   ids made global ("<article_id>:f3")
 *
 * Field order follows the contract's column lists, so files diff cleanly.
 */
import { createHash } from 'node:crypto';
import type { ArchiveIndexRow } from '../../crawlers/archive/index.js';
import type { ArticleExtraction, Fact } from '../../extract/index.js';
import { signatureHexOf } from '../db/minhash.js';

/** Stamped on every line: which run wrote it, with which extractor. */
export interface LineStamp {
  runId: string;
  extractorVersion: string;
}

/** "2024-06-02", or the date part of "2024-06-02T09:05:00Z". Not "02/06/2024" nor "2024-06". */
const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|T)/u;

export function articleIdOf(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A calendar date "YYYY-MM-DD" from a date or date-time string, else null (the contract's `published` is a DATE). */
export function isoDateOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return ISO_DATE_PREFIX.exec(value)?.[1] ?? null;
}

export interface ArticleLineValue {
  article_id: string;
  url: string;
  canonical_url: string;
  source_id: string;
  title: string | null;
  published: string | null;
  author: string | null;
  province: string | null;
  province_2025: string | null;
  text_hash: string;
  text: string;
  kept: boolean;
  skip_reason: string | null;
  fetched_at: string;
  extractor_version: string;
  run_id: string;
  /** MinHash signature of `text` (pipeline/db/minhash.ts, scheme MINHASH_SCHEME) in hex; null for a text too short to sign. */
  minhash: string | null;
}

/** The articles.jsonl line of a kept page. The title falls back to the one the listing or feed showed. */
export function articleLine(row: ArchiveIndexRow, extraction: ArticleExtraction, stamp: LineStamp): ArticleLineValue {
  const { meta, text } = extraction;
  return {
    article_id: articleIdOf(row.canonical_url),
    url: row.url,
    canonical_url: row.canonical_url,
    source_id: row.source_id,
    title: meta.title ?? row.title_hint,
    published: isoDateOrNull(meta.published),
    author: meta.author,
    province: meta.province,
    province_2025: meta.province_2025,
    text_hash: sha256Hex(text),
    text,
    kept: true,
    skip_reason: null,
    fetched_at: row.fetched_at,
    extractor_version: stamp.extractorVersion,
    run_id: stamp.runId,
    minhash: signatureHexOf(text),
  };
}

export interface FactLineValue {
  fact_id: string;
  article_id: string;
  run_id: string;
  extractor_version: string;
  metric: string;
  value: number;
  value_max: number | null;
  unit: string;
  kind: string;
  approx: string;
  scope: string | null;
  period: string | null;
  as_of: string | null;
  parent: string | null;
  parts_sum_match: boolean | null;
  confidence: number;
  sentence: string;
  sentence_start: number;
  sentence_end: number;
  mention: string;
  mention_start: number;
  mention_end: number;
}

export function factLine(articleId: string, fact: Fact, stamp: LineStamp): FactLineValue {
  return {
    fact_id: `${articleId}:${fact.id}`,
    article_id: articleId,
    run_id: stamp.runId,
    extractor_version: stamp.extractorVersion,
    metric: fact.metric,
    value: fact.value,
    value_max: fact.value_max ?? null,
    unit: fact.unit,
    kind: fact.kind,
    approx: fact.approx,
    scope: fact.scope,
    period: fact.period,
    as_of: fact.as_of,
    parent: fact.parent === null ? null : `${articleId}:${fact.parent}`,
    parts_sum_match: fact.parts_sum_match ?? null,
    confidence: fact.confidence,
    sentence: fact.evidence.text,
    sentence_start: fact.evidence.start,
    sentence_end: fact.evidence.end,
    mention: fact.mention.text,
    mention_start: fact.mention.start,
    mention_end: fact.mention.end,
  };
}
