/**
 * Loads one extract run directory (run-artefacts.ts) into the database.
 *
 * Steps:
 *  1. read and check run.json (zod);
 *  2. create the schema if missing (idempotent);
 *  3. check that the three JSONL files exist, and the first and last
 *     SAMPLE_LINES lines of each file with zod:
 *     a wrong file fails here with the file, line and field named; DuckDB's
 *     typed `read_json` columns check every other line in step 4;
 *  4. in ONE transaction:
 *     a. stage the run's articles (`read_json`, kept or not);
 *     b. delete the facts and article rows of those articles: re-extracting
 *        an article replaces its facts; and the syndication rows of those
 *        whose text changed or that are no longer kept;
 *     c. insert the kept articles;
 *     d. (begun before the transaction, on a second connection, so it runs
 *        beside a–e) MinHash signatures of the kept articles with a new or
 *        changed text, streamed from articles.jsonl, into a temporary CSV;
 *     e. insert the facts of kept articles straight from facts.jsonl
 *        (`read_json`: the bulk path);
 *     f. store signatures, pair near-duplicates, regroup syndication;
 *     g. upsert the pages (key: warc_file + offset);
 *     h. replace the reference tables (sources, gazetteer, units_2025);
 *     i. record the run (replacing an earlier load of the same run);
 *  5. checkpoint, so readers open a file without a WAL to replay.
 *
 * A process killed anywhere in step 4 leaves the database as it was before
 * (DuckDB drops the uncommitted transaction when the file is next opened),
 * and loading the run again completes the work. Loading a run twice changes
 * no row counts. A load that fails for another reason is recorded in `runs`
 * with status 'failed' and the error (unless the run was loaded before).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli-error.js';
import type { Database } from './database.js';
import { loadReference } from './load-reference.js';
import { readSampleLines } from './read-lines.js';
import {
  ARTICLE_JSON_COLUMNS,
  ARTICLE_TEXT_COLUMNS,
  FACT_JSON_COLUMNS,
  PAGE_JSON_COLUMNS,
  RUN_FILES,
  RunManifestSchema,
  checkArticleLine,
  checkFactLine,
  checkPageLine,
  type RunManifest,
} from './run-artefacts.js';
import { createSchema } from './schema.js';
import { SignatureFile } from './signature-files.js';
import { columnList, columnsStruct } from './sql-text.js';
import { assignSyndicationGroups, pairNearDuplicates, STAGE_ARTICLES, STAGE_SIGNED, storeSignatures } from './syndication.js';

/** Lines checked with zod at each end of each file. */
export const SAMPLE_LINES = 200;

export const LOAD_STEPS = ['check', 'articles', 'signatures', 'facts', 'syndication', 'pages', 'reference', 'commit'] as const;
export type LoadStep = (typeof LOAD_STEPS)[number];

export interface LoadProgress {
  step: LoadStep;
  /** 0..100 within the step where DuckDB can estimate it (the facts insert), else null. */
  percentage: number | null;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Source registry to load into `sources`; null keeps the table as it is. Default: data/sources.json. */
  registry?: string | URL | null;
}

/** A problem found while loading that did not stop it (data, not an exception). */
export interface LoadIssue {
  code: string;
  message: string;
}

export interface LoadSummary {
  runId: string;
  runDir: string;
  /** Articles in articles.jsonl (distinct ids) and how many of them were kept. */
  articles: { staged: number; kept: number };
  facts: number;
  pages: number;
  /** Articles whose rows an earlier load had written and this one replaced. */
  replacedArticles: number;
  syndication: { pairsAdded: number; groups: number; grouped: number };
  seconds: number;
  /** Seconds of the facts insert alone (step 4e). */
  factSeconds: number;
  /** Wall seconds spent in each progress step (check … commit). */
  stepSeconds: Partial<Record<LoadStep, number>>;
  issues: LoadIssue[];
}

const ARTICLE_COLUMNS = columnsStruct(ARTICLE_JSON_COLUMNS);
const ARTICLE_TEXT_COLUMNS_SQL = columnsStruct(ARTICLE_TEXT_COLUMNS);
const FACT_COLUMNS = columnsStruct(FACT_JSON_COLUMNS);
const PAGE_COLUMNS = columnsStruct(PAGE_JSON_COLUMNS);
const FACT_NAMES = columnList(FACT_JSON_COLUMNS);
const PAGE_NAMES = columnList(PAGE_JSON_COLUMNS);

/** The article columns copied from staging into `articles`, in table order. */
const ARTICLE_NAMES = columnList([
  'article_id',
  'url',
  'canonical_url',
  'source_id',
  'title',
  'published',
  'author',
  'province',
  'province_2025',
  'text_hash',
  'fetched_at',
  'extractor_version',
  'run_id',
]);

/** The first line of DuckDB's message: the file and line it names, without the tips that follow. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/** Runs one bulk statement over `file`; a DuckDB error becomes a CliError naming the file. */
async function readingFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = firstLine(error);
    throw new CliError('run_invalid', message.includes(file) ? message : `${file}: ${message}`, { cause: error });
  }
}

async function readManifest(runDir: string): Promise<RunManifest> {
  const path = join(runDir, RUN_FILES.manifest);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError('run_missing', `${path}: cannot read the run manifest (${(error as Error).message}); is ${runDir} a run directory?`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError('run_invalid', `${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = RunManifestSchema.safeParse(json);
  if (!parsed.success) throw new CliError('run_invalid', `${path}: ${z.prettifyError(parsed.error).replaceAll('\n', '; ')}`, { cause: parsed.error });
  return parsed.data;
}

/** Step 2: zod over the first and last lines of each file; every problem is collected, the first few reported. */
async function checkSamples(runDir: string, manifest: RunManifest): Promise<void> {
  const checks: Array<[string, (json: unknown) => string[]]> = [
    [RUN_FILES.articles, checkArticleLine],
    [RUN_FILES.facts, checkFactLine],
    [RUN_FILES.pages, checkPageLine],
  ];
  const problems: string[] = [];
  for (const [name, check] of checks) {
    const path = join(runDir, name);
    for (const line of await readSampleLines(path, SAMPLE_LINES)) {
      let json: unknown;
      try {
        json = JSON.parse(line.text);
      } catch (error) {
        problems.push(`${path}: ${line.where}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      const found = check(json);
      const runId = (json as { run_id?: unknown }).run_id;
      if (name !== RUN_FILES.pages && runId !== undefined && runId !== manifest.run_id) found.push(`run_id: "${String(runId)}" is not the manifest's "${manifest.run_id}"`);
      for (const problem of found) problems.push(`${path}: ${line.where}: ${problem}`);
    }
  }
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
    throw new CliError('run_invalid', `${problems.slice(0, 3).join('; ')}${more}`);
  }
}

/**
 * Step 4d, on a second connection started before the transaction, so that
 * TypeScript computes signatures while DuckDB's threads stage the articles
 * and insert the facts: the kept articles whose text is new or changed
 * against the committed `articles` (the set the transaction calls
 * STAGE_SIGNED), read from articles.jsonl and streamed in chunks.
 */
async function signArticles(reader: Database, articlesPath: string, file: SignatureFile): Promise<void> {
  const sql = `SELECT j.article_id, j.text_hash, j.text
               FROM read_json($1, format = 'newline_delimited', columns = ${ARTICLE_TEXT_COLUMNS_SQL}) j
               WHERE j.kept AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = j.article_id AND a.text_hash = j.text_hash)`;
  for await (const rows of reader.streamRows(sql, [articlesPath])) {
    for (const [articleId, textHash, text] of rows) file.addArticle(String(articleId), String(textHash), String(text ?? ''));
    await file.drain();
  }
  await file.close();
}

/**
 * Reads a file into a temporary table, one row per key: when a key occurs
 * twice (a page fetched twice in one run), the line with the latest
 * `fetched_at` wins. Duplicates are rare, so the table is first read as is
 * and only deduplicated when the check finds some (sorting 200 MB of
 * article texts for nothing costs a second). `table`, `source` and `key`
 * are constants of this file.
 */
async function stageLines(db: Database, table: string, source: string, params: string[], key: string): Promise<void> {
  await db.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${source}`, params);
  const duplicates = await countRows(db, `SELECT count(*) - count(DISTINCT (${key})) AS n FROM ${table}`);
  if (duplicates === 0) return;
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${table}_latest AS
     SELECT * FROM ${table} QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY fetched_at DESC) = 1`,
  );
  await db.run(`DROP TABLE ${table}`);
  await db.run(`ALTER TABLE ${table}_latest RENAME TO ${table}`);
}

async function countRows(db: Database, sql: string): Promise<number> {
  const row = await db.readRow<{ n: bigint }>(sql);
  return Number(row?.n ?? 0n);
}

/**
 * The directory of the load's temporary file: `<db>.load-tmp/` beside the
 * database file. Only the process holding the write lock loads, so one left
 * by a killed load is stale and is cleared here; an in-memory database
 * uses a fresh directory under the OS temp dir.
 */
async function makeScratchDir(db: Database): Promise<string> {
  if (db.path === ':memory:') return mkdtemp(join(tmpdir(), 'vntally-load-'));
  const dir = `${db.path}.load-tmp`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Wall time per progress step. */
class _StepClock {
  readonly seconds: Partial<Record<LoadStep, number>> = {};
  private current: { step: LoadStep; since: number } | null = null;

  enter(step: LoadStep): void {
    if (this.current?.step === step) return;
    this.stop();
    this.current = { step, since: performance.now() };
  }

  stop(): void {
    if (this.current === null) return;
    const { step, since } = this.current;
    this.seconds[step] = (this.seconds[step] ?? 0) + (performance.now() - since) / 1000;
    this.current = null;
  }
}

interface WriteContext {
  manifest: RunManifest;
  paths: { articles: string; facts: string; pages: string };
  /** Step 4d's outcome: null when the signatures are written, else the error. */
  signing: Promise<unknown>;
  signatures: SignatureFile;
  report: (step: LoadStep, percentage?: number | null) => void;
  issues: LoadIssue[];
  started: number;
  registry: string | URL | null | undefined;
}

interface WriteCounts {
  staged: number;
  kept: number;
  facts: number;
  pages: number;
  replacedArticles: number;
  pairsAdded: number;
  groups: { groups: number; grouped: number };
  factSeconds: number;
}

/** Step 4: everything written, inside the caller's transaction. */
async function writeRun(db: Database, context: WriteContext): Promise<WriteCounts> {
  const { manifest, paths, signing, signatures, report, issues, started } = context;
  report('articles');
  await readingFile(paths.articles, () =>
    stageLines(db, STAGE_ARTICLES, `read_json($1, format = 'newline_delimited', columns = ${ARTICLE_COLUMNS})`, [paths.articles], 'article_id'),
  );
  const staged = await countRows(db, `SELECT count(*) AS n FROM ${STAGE_ARTICLES}`);
  const kept = await countRows(db, `SELECT count(*) AS n FROM ${STAGE_ARTICLES} WHERE kept`);
  const replacedArticles = await countRows(db, `SELECT count(*) AS n FROM articles WHERE article_id IN (SELECT article_id FROM ${STAGE_ARTICLES})`);
  // Kept articles whose text is new or changed need a signature; an unchanged text keeps its
  // signature, band keys and pairs (re-extracting the archive with a new extractor re-signs nothing).
  await db.run(
    `CREATE OR REPLACE TEMP TABLE ${STAGE_SIGNED} AS
     SELECT s.article_id FROM ${STAGE_ARTICLES} s
     WHERE s.kept AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id AND a.text_hash = s.text_hash)`,
  );
  const staging = `(SELECT article_id FROM ${STAGE_ARTICLES})`;
  const unsigned = `(SELECT article_id FROM ${STAGE_ARTICLES} WHERE NOT kept UNION ALL SELECT article_id FROM ${STAGE_SIGNED})`;
  await db.run(`DELETE FROM facts WHERE article_id IN ${staging}`);
  await db.run(`DELETE FROM articles WHERE article_id IN ${staging}`);
  await db.run(`DELETE FROM syndication_signatures WHERE article_id IN ${unsigned}`);
  await db.run(`DELETE FROM syndication_bands WHERE article_id IN ${unsigned}`);
  await db.run(`DELETE FROM syndication_pairs WHERE article_a IN ${unsigned} OR article_b IN ${unsigned}`);
  await db.run(`INSERT INTO articles SELECT ${ARTICLE_NAMES}, article_id AS syndication_group FROM ${STAGE_ARTICLES} WHERE kept`);

  report('facts', 0);
  const factsStarted = performance.now();
  const facts = await readingFile(paths.facts, () =>
    db.runWithProgress(
      `INSERT INTO facts (${FACT_NAMES})
       SELECT ${FACT_NAMES}
       FROM read_json($1, format = 'newline_delimited', columns = ${FACT_COLUMNS})
       WHERE article_id IN (SELECT article_id FROM ${STAGE_ARTICLES} WHERE kept)`,
      [paths.facts],
      (p) => report('facts', p.percentage),
    ),
  );
  const factSeconds = (performance.now() - factsStarted) / 1000;
  report('facts', 100);

  report('signatures');
  const signingError = await signing;
  if (signingError !== null) {
    throw new CliError('run_invalid', `${paths.articles}: ${firstLine(signingError)}`, { cause: signingError });
  }

  report('syndication');
  await storeSignatures(db, signatures);
  const pairsAdded = await pairNearDuplicates(db);
  const groups = await assignSyndicationGroups(db);

  report('pages');
  await readingFile(paths.pages, () =>
    stageLines(db, 'stage_pages', `read_json($1, format = 'newline_delimited', columns = ${PAGE_COLUMNS})`, [paths.pages], 'warc_file, "offset"'),
  );
  await db.run('DELETE FROM pages USING stage_pages s WHERE pages.warc_file = s.warc_file AND pages."offset" = s."offset"');
  const pages = await db.change(`INSERT INTO pages (${PAGE_NAMES}, run_id) SELECT ${PAGE_NAMES}, $1 FROM stage_pages`, [manifest.run_id]);

  report('reference');
  await loadReference(db, context.registry);

  const manifestFacts = manifest.counts.facts;
  if (typeof manifestFacts === 'number' && manifestFacts !== facts) {
    issues.push({ code: 'facts_count', message: `run.json counts ${manifestFacts} facts; ${facts} belong to kept articles and were loaded` });
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = { ...manifest.counts, load: { articles: staged, kept, facts, pages, replaced_articles: replacedArticles } };
  await db.run('DELETE FROM runs WHERE run_id = $1', [manifest.run_id]);
  await db.run(
    `INSERT INTO runs VALUES ($1, $2, 'loaded', $3, $4::TIMESTAMPTZ, $5::TIMESTAMPTZ, current_timestamp, $6, $7::JSON, $8::JSON, $9::JSON)`,
    [
      manifest.run_id,
      manifest.stage,
      manifest.extractor_version,
      manifest.started_at,
      manifest.finished_at ?? null,
      seconds,
      JSON.stringify(manifest.source_selection ?? null),
      JSON.stringify(counts),
      JSON.stringify([...(manifest.errors ?? []), ...issues]),
    ],
  );
  await db.run(`DROP TABLE ${STAGE_ARTICLES}`);
  await db.run(`DROP TABLE ${STAGE_SIGNED}`);
  await db.run('DROP TABLE stage_pages');
  report('commit');
  return { staged, kept, facts, pages, replacedArticles, pairsAdded, groups, factSeconds };
}

/** Loads the run in `runDir`; see the steps at the top of this file. */
export async function loadRun(db: Database, runDir: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const clock = new _StepClock();
  const report = (step: LoadStep, percentage: number | null = null) => {
    clock.enter(step);
    options.onProgress?.({ step, percentage });
  };
  const issues: LoadIssue[] = [];

  report('check');
  const manifest = await readManifest(runDir);
  const paths = { articles: join(runDir, RUN_FILES.articles), facts: join(runDir, RUN_FILES.facts), pages: join(runDir, RUN_FILES.pages) };
  await createSchema(db);

  const scratch = await makeScratchDir(db);
  // Insertion order of a bulk insert does not matter here and costs parallelism.
  await db.run('SET preserve_insertion_order = false');
  try {
    for (const path of Object.values(paths)) {
      if (!existsSync(path)) throw new CliError('run_invalid', `${path}: missing; a run directory holds ${Object.values(RUN_FILES).join(', ')}`);
    }
    await checkSamples(runDir, manifest);
    // Step 4d starts now, beside the transaction; it is awaited before its result is stored.
    const reader = await db.connectAgain();
    const signatures = new SignatureFile(scratch);
    const signing = signArticles(reader, paths.articles, signatures).then(
      () => null,
      (error: unknown) => error,
    );
    let result: WriteCounts;
    try {
      result = await db.transact(() => writeRun(db, { manifest, paths, signing, signatures, report, issues, started, registry: options.registry }));
    } finally {
      // Whatever happened in the transaction, the signing connection finishes before it is closed.
      await signing;
      reader.close();
    }
    await db.run('CHECKPOINT');
    clock.stop();
    return {
      runId: manifest.run_id,
      runDir,
      articles: { staged: result.staged, kept: result.kept },
      facts: result.facts,
      pages: result.pages,
      replacedArticles: result.replacedArticles,
      syndication: { pairsAdded: result.pairsAdded, ...result.groups },
      seconds: (performance.now() - started) / 1000,
      factSeconds: result.factSeconds,
      stepSeconds: clock.seconds,
      issues,
    };
  } catch (error) {
    await recordFailedLoad(db, manifest, error);
    throw error;
  } finally {
    await db.run('SET preserve_insertion_order = true');
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * After a rolled-back load: notes the failure in `runs` so `vntally status`
 * shows it, unless an earlier load of the same run succeeded (that row stays).
 */
async function recordFailedLoad(db: Database, manifest: RunManifest, error: unknown): Promise<void> {
  const loaded = await db.readRow(`SELECT 1 AS present FROM runs WHERE run_id = $1 AND status = 'loaded'`, [manifest.run_id]);
  if (loaded !== null) return;
  const errors = [...(manifest.errors ?? []), { code: error instanceof CliError ? error.code : 'load_failed', message: firstLine(error), stage: 'load' }];
  await db.transact(async () => {
    await db.run('DELETE FROM runs WHERE run_id = $1', [manifest.run_id]);
    await db.run(
      `INSERT INTO runs VALUES ($1, $2, 'failed', $3, $4::TIMESTAMPTZ, $5::TIMESTAMPTZ, current_timestamp, NULL, $6::JSON, $7::JSON, $8::JSON)`,
      [
        manifest.run_id,
        manifest.stage,
        manifest.extractor_version,
        manifest.started_at,
        manifest.finished_at ?? null,
        JSON.stringify(manifest.source_selection ?? null),
        JSON.stringify(manifest.counts),
        JSON.stringify(errors),
      ],
    );
  });
}
