/**
 * Syndication: the same story carried by several sites (aggregators,
 * re-posts, save-file and print copies) must count once.
 *
 * Articles are grouped when their texts are identical (`text_hash`) or
 * near-identical (MinHash over word 5-shingles, estimated Jaccard ≥ 0.8:
 * see minhash.ts for the choice). Groups are the connected components of
 * those pairs, so a chain of small edits stays one story; each group is
 * named by its smallest `article_id`, which keeps the name stable as long
 * as the group does.
 *
 * The loader calls, inside its transaction and in this order:
 *  1. `storeStagedSignatures` (the signatures the extract stage put in the
 *     run's article lines, staged with the articles) or `storeSignatures`
 *     (the ones the loader computed, SignatureFile's CSV): the signatures
 *     of the run's articles with a new or changed text, and their LSH band
 *     keys, into `syndication_signatures`/`_bands`;
 *  2. `pairNearDuplicates`: candidate pairs of the run's newly signed
 *     articles with any article that shares a band key, verified on the
 *     full signature, into `syndication_pairs` (the loader deleted the
 *     pairs of articles whose text changed);
 *  3. `assignSyndicationGroups`: components over all pairs and equal text
 *     hashes, written to `articles.syndication_group` where they changed.
 */
import { DOUBLE, LIST, VARCHAR, listValue, type JS } from '@duckdb/node-api';
import type { Database } from './database.js';
import { BAND_ROWS, BANDS, estimateSimilarity, HEX_PER_BIN, NEAR_DUPLICATE_SIMILARITY, signatureFromBytes } from './minhash.js';
import type { SignatureFile } from './signature-files.js';

/** The loader's temporary table of the articles (kept or not) in the run being loaded. */
export const STAGE_ARTICLES = 'stage_articles';
/** The loader's temporary table of the kept articles whose text is new or changed: they get new signatures. */
export const STAGE_SIGNED = 'stage_signed';

/**
 * One row per observation of a story: facts of one syndication group with
 * the same scope, metric, kind, period, value and unit collapse into one,
 * listing every URL that carried it. Representative fields (approx,
 * sentence) come from the earliest copy.
 */
export const DISTINCT_OBSERVATIONS_VIEW = `
CREATE OR REPLACE VIEW distinct_observations AS
SELECT a.syndication_group,
       f.scope, f.metric, f.kind, f.period, f.value, f.unit,
       first(f.value_max ORDER BY a.published NULLS LAST, f.fact_id) AS value_max,
       first(f.approx ORDER BY a.published NULLS LAST, f.fact_id) AS approx,
       max(f.as_of) AS as_of,
       min(a.published) AS published,
       mode(a.province) AS province,
       mode(a.province_2025) AS province_2025,
       fact_year(max(f.as_of), f.period, min(a.published)) AS year,
       bool_and(f.parent IS NOT NULL) AS is_part,
       max(f.confidence) AS confidence,
       first(f.sentence ORDER BY a.published NULLS LAST, f.fact_id) AS sentence,
       count(DISTINCT a.article_id) AS articles,
       list(DISTINCT a.url ORDER BY a.url) AS urls,
       list(DISTINCT a.source_id ORDER BY a.source_id) AS sources,
       list(f.fact_id ORDER BY f.fact_id) AS fact_ids
FROM facts f
JOIN articles a ON a.article_id = f.article_id
GROUP BY a.syndication_group, f.scope, f.metric, f.kind, f.period, f.value, f.unit`;

/**
 * The LSH band key of band `band` (0 … BANDS-1) of a signature given as
 * lower-case hex (`signatureHex`): the band number in the top byte, then 56
 * bits of DuckDB's hash of the band's hex digits (so equal bins in different
 * bands never collide). Both arguments are SQL expressions of this code; the
 * numbers are constants of minhash.ts. The one definition of the keys: the
 * extract stage computes them with it (pipeline/stages/write-parquet.ts),
 * and the loader checks and, where needed, computes them with it.
 */
export function bandKeySql(hex: string, band: string): string {
  const hexPerBand = BAND_ROWS * HEX_PER_BIN;
  return `((${band})::UBIGINT << 56) | (hash(substring(${hex}, (${band}) * ${hexPerBand} + 1, ${hexPerBand})) >> 8)`;
}

/** A signature's BANDS band keys as a UBIGINT[] (band 0 first), from its hex. */
export function bandKeyListSql(hex: string): string {
  return `list_transform(range(${BANDS}), lambda band: ${bandKeySql(hex, 'band')})`;
}

/** Staged signatures whose band keys are checked against bandKeySql before the run's own are trusted. */
const BAND_CHECK_ROWS = 16;

/**
 * Step 1 from the run's article lines: the staged `minhash` (and, from
 * Parquet, the band keys the extract stage computed) of each article that
 * needs a signature (STAGE_SIGNED); a text too short to sign has none. Read
 * in place from the staging table (copying 25 MB of signatures into another
 * temporary table took 0.13 s per 50,000).
 */
export async function storeStagedSignatures(db: Database): Promise<void> {
  await insertSignatures(
    db,
    `(SELECT article_id, minhash, bands FROM ${STAGE_ARTICLES}
      WHERE minhash IS NOT NULL AND article_id IN (SELECT article_id FROM ${STAGE_SIGNED}))`,
  );
}

/** Step 1 from the signatures the loader computed: bulk-reads the run's signature CSV. */
export async function storeSignatures(db: Database, file: SignatureFile): Promise<void> {
  if (file.signed === 0) return;
  // The file may hold articles listed twice, or signed from a text that lost to a later fetch:
  // only the staged text of an article that needs a signature counts.
  await db.run(
    `CREATE OR REPLACE TEMP TABLE stage_signatures AS
     SELECT article_id, unhex(minhash_hex) AS minhash, NULL::UBIGINT[] AS bands FROM (
       SELECT DISTINCT c.article_id, c.minhash_hex
       FROM read_csv($1, auto_detect = false, header = false, delim = ',', quote = '', escape = '',
                     columns = {'article_id': 'VARCHAR', 'text_hash': 'VARCHAR', 'minhash_hex': 'VARCHAR'}) c
       JOIN ${STAGE_ARTICLES} s ON s.article_id = c.article_id AND s.text_hash = c.text_hash
       WHERE c.article_id IN (SELECT article_id FROM ${STAGE_SIGNED}))`,
    [file.path],
  );
  await insertSignatures(db, 'stage_signatures');
  await db.run('DROP TABLE stage_signatures');
}

/**
 * The signatures of `source` (a relation of this file's: article_id,
 * minhash, bands) into the tables. The band keys are the run's own when
 * every row has BANDS of them and a few agree with bandKeySql (a run
 * extracted by a vntally whose DuckDB hashed differently fails that and is
 * keyed here); else they are computed here from the signature. Either way
 * they are the keys earlier loads stored, so runs of any kind pair with
 * each other.
 */
async function insertSignatures(db: Database, source: string): Promise<void> {
  const check = await db.readRow<{ missing: bigint; differ: bigint }>(
    `SELECT (SELECT count(*) FROM ${source} WHERE bands IS NULL OR len(bands) <> ${BANDS}) AS missing,
            (SELECT count(*) FROM (SELECT minhash, bands FROM ${source} LIMIT ${BAND_CHECK_ROWS})
             WHERE bands IS DISTINCT FROM ${bandKeyListSql('lower(hex(minhash))')}) AS differ`,
  );
  await db.run(`INSERT INTO syndication_signatures (article_id, minhash) SELECT article_id, minhash FROM ${source}`);
  // The keys go through a temporary table: an INSERT … SELECT straight from the unnest or the cross
  // product runs on one thread (0.25–0.8 s for 50,000 signatures), the two steps in parallel (0.2 s).
  if (check !== null && check.missing + check.differ > 0n) {
    // The cross product with range() computes the keys ~8× as fast as the list lambda.
    await db.run(
      `CREATE OR REPLACE TEMP TABLE stage_bands AS
       SELECT ${bandKeySql('minhash_hex', 'b')} AS band_key, article_id
       FROM (SELECT article_id, lower(hex(minhash)) AS minhash_hex FROM ${source}), range(${BANDS}) AS bands(b)`,
    );
  } else {
    await db.run(`CREATE OR REPLACE TEMP TABLE stage_bands AS SELECT unnest(bands) AS band_key, article_id FROM ${source}`);
  }
  await db.run('INSERT INTO syndication_bands (band_key, article_id) SELECT band_key, article_id FROM stage_bands');
  await db.run('DROP TABLE stage_bands');
}

/** Step 2: verified near-duplicate pairs involving the run's newly signed articles. Returns how many were added. */
export async function pairNearDuplicates(db: Database): Promise<number> {
  const candidates = await db.readRows<{ a: string; b: string }>(
    `SELECT DISTINCT least(n.article_id, o.article_id) AS a, greatest(n.article_id, o.article_id) AS b
     FROM syndication_bands n
     JOIN syndication_bands o ON o.band_key = n.band_key AND o.article_id <> n.article_id
     WHERE n.article_id IN (SELECT article_id FROM ${STAGE_SIGNED})`,
  );
  if (candidates.length === 0) return 0;
  const ids = [...new Set(candidates.flatMap((c) => [c.a, c.b]))];
  const rows = await db.readRows<{ article_id: string; minhash: JS }>(
    'SELECT article_id, minhash FROM syndication_signatures WHERE article_id IN (SELECT unnest($1::VARCHAR[]))',
    [listValue(ids)],
    [LIST(VARCHAR)],
  );
  const signatures = new Map(rows.map((r) => [r.article_id, signatureFromBytes(r.minhash as Uint8Array)]));
  const a: string[] = [];
  const b: string[] = [];
  const similarity: number[] = [];
  for (const candidate of candidates) {
    const sa = signatures.get(candidate.a);
    const sb = signatures.get(candidate.b);
    if (sa === undefined || sb === undefined) continue;
    const s = estimateSimilarity(sa, sb);
    if (s < NEAR_DUPLICATE_SIMILARITY) continue;
    a.push(candidate.a);
    b.push(candidate.b);
    similarity.push(s);
  }
  if (a.length === 0) return 0;
  await db.run(
    `INSERT INTO syndication_pairs (article_a, article_b, similarity)
     SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::DOUBLE[])`,
    [listValue(a), listValue(b), listValue(similarity)],
    [LIST(VARCHAR), LIST(VARCHAR), LIST(DOUBLE)],
  );
  return a.length;
}

/** Union-find with path halving; the root of a set is its smallest id. */
class _Components {
  private readonly parent = new Map<string, string>();

  private find(x: string): string {
    let node = x;
    for (;;) {
      const up = this.parent.get(node);
      if (up === undefined || up === node) return node;
      const grand = this.parent.get(up) ?? up;
      this.parent.set(node, grand);
      node = grand;
    }
  }

  join(x: string, y: string): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return;
    if (rx < ry) this.parent.set(ry, rx);
    else this.parent.set(rx, ry);
  }

  /** Every id that was joined to another, with its set's smallest id. */
  roots(): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of this.parent.keys()) out.set(id, this.find(id));
    for (const root of new Set(out.values())) out.set(root, root);
    return out;
  }
}

export interface GroupCounts {
  /** Groups of two or more articles. */
  groups: number;
  /** Articles in such groups. */
  grouped: number;
}

/** Step 3: recomputes every group and writes the ones that changed. */
export async function assignSyndicationGroups(db: Database): Promise<GroupCounts> {
  const pairs = await db.readRows<{ a: string; b: string }>(
    `SELECT article_a AS a, article_b AS b FROM syndication_pairs
     UNION ALL
     SELECT a, b FROM (
       SELECT min(article_id) OVER (PARTITION BY text_hash) AS a, article_id AS b FROM articles
     ) WHERE a <> b`,
  );
  const components = new _Components();
  for (const pair of pairs) components.join(pair.a, pair.b);
  const roots = components.roots();
  const ids = [...roots.keys()];
  const groupOf = ids.map((id) => roots.get(id)!);
  await db.run(
    'CREATE OR REPLACE TEMP TABLE stage_groups AS SELECT unnest($1::VARCHAR[]) AS article_id, unnest($2::VARCHAR[]) AS grp',
    [listValue(ids), listValue(groupOf)],
    [LIST(VARCHAR), LIST(VARCHAR)],
  );
  await db.run(
    `UPDATE articles SET syndication_group = g.grp
     FROM stage_groups g
     WHERE articles.article_id = g.article_id AND articles.syndication_group <> g.grp`,
  );
  await db.run(
    `UPDATE articles SET syndication_group = article_id
     WHERE syndication_group <> article_id AND article_id NOT IN (SELECT article_id FROM stage_groups)`,
  );
  await db.run('DROP TABLE stage_groups');
  return { groups: new Set(groupOf).size, grouped: ids.length };
}
