/**
 * Loads one extract run directory (run-artefacts.ts) into the database.
 *
 * A run is read from its Parquet files when run.json lists them (the
 * extract stage writes them: pipeline/stages/write-parquet.ts), else from its
 * JSONL files (runs written before the Parquet files existed). Either way:
 *
 * Steps:
 *  1. read and check run.json (zod);
 *  2. create the schema if missing (idempotent);
 *  3. check that the three files exist, and the first and last SAMPLE_LINES
 *     lines (rows) of each file with zod: a wrong file fails here with the
 *     file, line (row) and field named. A Parquet file must also have
 *     exactly the columns and types of PARQUET_COLUMNS and the row count
 *     run.json gives. DuckDB's typed columns (`read_json` with `columns`,
 *     Parquet's own types) and the tables' CHECK constraints check every
 *     other line in step 4;
 *  4. in ONE transaction:
 *     a. stage the run's articles (kept or not; never their text);
 *     b. delete the facts and article rows of those articles: re-extracting
 *        an article replaces its facts; and the syndication rows of those
 *        whose text changed or that are no longer kept;
 *     c. insert the kept articles;
 *     d. insert the facts of kept articles straight from the facts file
 *        (the bulk path);
 *     e. store the MinHash signatures of the kept articles with a new or
 *        changed text: the ones the extract stage put in the article lines
 *        when run.json names this vntally's scheme (MINHASH_SCHEME), else
 *        computed here from the texts, on a second connection begun before
 *        the transaction so it runs beside a–d, into a temporary CSV;
 *     f. pair near-duplicates, regroup syndication;
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
import { MINHASH_SCHEME, SIGNATURE_BINS } from './minhash.js';
import {
  ARTICLE_JSON_COLUMNS,
  ARTICLE_SIGNATURE_JSON_COLUMNS,
  ARTICLE_TEXT_COLUMNS,
  FACT_JSON_COLUMNS,
  PAGE_JSON_COLUMNS,
  PARQUET_COLUMNS,
  RUN_DATA,
  RUN_FILES,
  RunManifestSchema,
  checkArticleLine,
  checkFactLine,
  checkPageLine,
  type RunData,
  type RunManifest,
} from './run-artefacts.js';
import { createSchema } from './schema.js';
import { SignatureFile } from './signature-files.js';
import { columnList, columnsStruct, quoteIdentifier } from './sql-text.js';
import { assignSyndicationGroups, pairNearDuplicates, STAGE_ARTICLES, STAGE_SIGNED, storeSignatures, storeStagedSignatures } from './syndication.js';

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
  /** Which files were read (Parquet, or JSONL for older runs), and whether the signatures were the run's own or computed by the load. */
  input: { format: 'parquet' | 'jsonl'; signatures: 'run' | 'computed' };
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
const ARTICLE_SIGNED_COLUMNS = columnsStruct({ ...ARTICLE_JSON_COLUMNS, ...ARTICLE_SIGNATURE_JSON_COLUMNS });
const ARTICLE_TEXT_COLUMNS_SQL = columnsStruct(ARTICLE_TEXT_COLUMNS);
const FACT_COLUMNS = columnsStruct(FACT_JSON_COLUMNS);
const PAGE_COLUMNS = columnsStruct(PAGE_JSON_COLUMNS);
const ARTICLE_STAGE_NAMES = columnList(ARTICLE_JSON_COLUMNS);
const FACT_NAMES = columnList(FACT_JSON_COLUMNS);
const PAGE_NAMES = columnList(PAGE_JSON_COLUMNS);

/** Bytes of a signature in the BLOB column (4 per bin). */
const SIGNATURE_BYTES = SIGNATURE_BINS * 4;

/**
 * How a run is read: its Parquet files or its JSONL files, and whether its
 * article lines carry signatures this loader can use.
 */
interface RunInput {
  format: 'parquet' | 'jsonl';
  paths: Record<RunData, string>;
  signed: boolean;
}

/**
 * The SELECT over each file ($1), by format: constant SQL. The articles'
 * staging rows always end with `minhash` (BLOB) and `bands` (its band keys,
 * from Parquet only), NULL when the run's signatures are not used; the
 * text is never read here.
 */
function articleSource(input: RunInput): string {
  const unsigned = 'NULL::BLOB AS minhash, NULL::UBIGINT[] AS bands';
  if (input.format === 'parquet') return `SELECT ${ARTICLE_STAGE_NAMES}, ${input.signed ? 'minhash, bands' : unsigned} FROM read_parquet($1)`;
  return input.signed
    ? `SELECT ${ARTICLE_STAGE_NAMES}, unhex(minhash) AS minhash, NULL::UBIGINT[] AS bands FROM read_json($1, format = 'newline_delimited', columns = ${ARTICLE_SIGNED_COLUMNS})`
    : `SELECT ${ARTICLE_STAGE_NAMES}, ${unsigned} FROM read_json($1, format = 'newline_delimited', columns = ${ARTICLE_COLUMNS})`;
}

function factSource(input: RunInput): string {
  return input.format === 'parquet' ? 'read_parquet($1)' : `read_json($1, format = 'newline_delimited', columns = ${FACT_COLUMNS})`;
}

function pageSource(input: RunInput): string {
  return input.format === 'parquet'
    ? `SELECT ${PAGE_NAMES} FROM read_parquet($1)`
    : `SELECT ${PAGE_NAMES} FROM read_json($1, format = 'newline_delimited', columns = ${PAGE_COLUMNS})`;
}

/** The kept articles' texts, for signing them here (runs without usable signatures). */
function textSource(input: RunInput): string {
  return input.format === 'parquet' ? 'read_parquet($1)' : `read_json($1, format = 'newline_delimited', columns = ${ARTICLE_TEXT_COLUMNS_SQL})`;
}

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

const CHECKS: Readonly<Record<RunData, (json: unknown) => string[]>> = {
  articles: checkArticleLine,
  facts: checkFactLine,
  pages: checkPageLine,
};

/** The problems of one sampled line (row), as data. */
function checkRecord(name: RunData, json: unknown, manifest: RunManifest): string[] {
  const found = CHECKS[name](json);
  const runId = (json as { run_id?: unknown }).run_id;
  if (name !== 'pages' && runId !== undefined && runId !== manifest.run_id) found.push(`run_id: "${String(runId)}" is not the manifest's "${manifest.run_id}"`);
  return found;
}

function throwProblems(problems: string[]): void {
  if (problems.length === 0) return;
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  throw new CliError('run_invalid', `${problems.slice(0, 3).join('; ')}${more}`);
}

/** Step 3 for JSONL: zod over the first and last lines of each file; every problem is collected, the first few reported. */
async function checkSamples(input: RunInput, manifest: RunManifest): Promise<void> {
  const problems: string[] = [];
  for (const name of RUN_DATA) {
    const path = input.paths[name];
    for (const line of await readSampleLines(path, SAMPLE_LINES)) {
      let json: unknown;
      try {
        json = JSON.parse(line.text);
      } catch (error) {
        problems.push(`${path}: ${line.where}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      for (const problem of checkRecord(name, json, manifest)) problems.push(`${path}: ${line.where}: ${problem}`);
    }
  }
  throwProblems(problems);
}

/**
 * A column of a sampled Parquet row as the JSONL line has it, so that the
 * same zod schemas check both: dates and instants as ISO strings, integers
 * as numbers, the signature as hex. Built from the constant column map.
 */
function asLineValue(name: string, type: string): string {
  const column = quoteIdentifier(name);
  switch (type) {
    case 'DATE':
      return `CAST(${column} AS VARCHAR) AS ${column}`;
    case 'TIMESTAMPTZ':
      return `strftime(timezone('UTC', ${column}), '%Y-%m-%dT%H:%M:%S.%gZ') AS ${column}`;
    case 'BLOB':
      return `lower(hex(${column})) AS ${column}`;
    case 'SMALLINT':
    case 'INTEGER':
    case 'BIGINT':
      return `CAST(${column} AS DOUBLE) AS ${column}`;
    default:
      return column;
  }
}

/** How DESCRIBE names the types that the column maps spell short. */
const DESCRIBED_TYPES: Readonly<Record<string, string>> = { TIMESTAMPTZ: 'TIMESTAMP WITH TIME ZONE' };

/**
 * Step 3 for Parquet: each file exists, has exactly the columns of
 * PARQUET_COLUMNS (names, order, types) and the row count run.json lists;
 * its first and last SAMPLE_LINES rows pass the JSONL lines' zod checks.
 */
async function checkParquet(db: Database, input: RunInput, manifest: RunManifest): Promise<void> {
  const problems: string[] = [];
  for (const name of RUN_DATA) {
    const path = input.paths[name];
    const expected = Object.entries(PARQUET_COLUMNS[name]).map(([c, t]): [string, string] => [c, DESCRIBED_TYPES[t] ?? t]);
    const found = await readingFile(path, () => db.readRows<{ column_name: string; column_type: string }>('DESCRIBE SELECT * FROM read_parquet($1)', [path]));
    const shape = (columns: Array<[string, string]>) => columns.map(([c, t]) => `${c} ${t}`).join(', ');
    const actual = found.map((c): [string, string] => [c.column_name, c.column_type]);
    if (shape(actual) !== shape(expected)) {
      const at = expected.findIndex(([c, t], i) => actual[i]?.[0] !== c || actual[i]?.[1] !== t);
      const column = at === -1 ? `column ${expected.length + 1} "${actual[expected.length]![0]}" is not expected` : `column ${at + 1}: expected "${expected[at]![0]}" ${expected[at]![1]}, found ${actual[at] === undefined ? 'none' : `"${actual[at][0]}" ${actual[at][1]}`}`;
      throw new CliError('run_invalid', `${path}: not the run's ${name} columns (${column})`);
    }
    const meta = await readingFile(path, () => db.readRow<{ n: bigint }>('SELECT sum(num_rows) AS n FROM parquet_file_metadata($1)', [path]));
    const rows = Number(meta?.n ?? 0n);
    const listed = manifest.parquet![name].rows;
    if (rows !== listed) throw new CliError('run_invalid', `${path}: ${rows} rows, but ${RUN_FILES.manifest} lists ${listed}; the file is not the one the extract stage wrote`);
    // The band keys are no field of a line (their check is syndication.ts's). A run with signatures
    // is loaded without reading its texts: the sample does not decompress 2 × 16,384 of them either.
    const select = Object.entries(PARQUET_COLUMNS[name])
      .filter(([, t]) => !t.endsWith('[]'))
      .map(([c, t]) => (name === 'articles' && c === 'text' && input.signed ? `'' AS text` : asLineValue(c, t)))
      .join(', ');
    const sample = await readingFile(path, () =>
      db.readRows<Record<string, unknown>>(
        `SELECT file_row_number, ${select} FROM read_parquet($1, file_row_number = true)
         WHERE file_row_number < $2 OR file_row_number >= $3 ORDER BY file_row_number`,
        [path, SAMPLE_LINES, Math.max(SAMPLE_LINES, rows - SAMPLE_LINES)],
      ),
    );
    for (const { file_row_number: row, ...record } of sample) {
      // Parquet has no "missing" field: a null signature is as good as none.
      if (name === 'articles' && record.minhash === null) delete record.minhash;
      for (const problem of checkRecord(name, record, manifest)) problems.push(`${path}: row ${Number(row) + 1}: ${problem}`);
    }
  }
  throwProblems(problems);
}

/** Which files the run is read from, and whether its signatures are used (see RunInput). */
function runInput(runDir: string, manifest: RunManifest): RunInput {
  const parquet = manifest.parquet;
  const paths = Object.fromEntries(RUN_DATA.map((name) => [name, join(runDir, parquet === undefined ? RUN_FILES[name] : parquet[name].file)])) as Record<RunData, string>;
  return { format: parquet === undefined ? 'jsonl' : 'parquet', paths, signed: manifest.signatures === MINHASH_SCHEME };
}

/**
 * Step 4e for a run without usable signatures, on a second connection
 * started before the transaction, so that TypeScript computes signatures
 * while DuckDB's threads stage the articles and insert the facts: the kept
 * articles whose text is new or changed against the committed `articles`
 * (the set the transaction calls STAGE_SIGNED), read from the articles file
 * and streamed in chunks.
 */
async function signArticles(reader: Database, input: RunInput, file: SignatureFile): Promise<void> {
  const sql = `SELECT j.article_id, j.text_hash, j.text
               FROM ${textSource(input)} j
               WHERE j.kept AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = j.article_id AND a.text_hash = j.text_hash)`;
  for await (const rows of reader.streamRows(sql, [input.paths.articles])) {
    for (const [articleId, textHash, text] of rows) file.addArticle(String(articleId), String(textHash), String(text ?? ''));
    await file.drain();
  }
  await file.close();
}

/**
 * Reads a file into a temporary table, one row per key: when a key occurs
 * twice (a page fetched twice in one run), the line with the latest
 * `fetched_at` wins. Duplicates are rare, so the table is first read as is
 * and only deduplicated when the check finds some (sorting for nothing
 * costs time). `table`, `select` and `key` are constants of this file.
 */
async function stageLines(db: Database, table: string, select: string, params: string[], key: string): Promise<void> {
  await db.run(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}`, params);
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
  input: RunInput;
  /** Step 4e's TypeScript signing, when the run has no usable signatures: its outcome (null when written, else the error) and file. */
  signing: { done: Promise<unknown>; file: SignatureFile } | null;
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
  const { manifest, input, signing, report, issues, started } = context;
  const { paths } = input;
  report('articles');
  await readingFile(paths.articles, () => stageLines(db, STAGE_ARTICLES, articleSource(input), [paths.articles], 'article_id'));
  if (input.signed) {
    const bad = await db.readRow<{ article_id: string; bytes: bigint }>(
      `SELECT article_id, octet_length(minhash) AS bytes FROM ${STAGE_ARTICLES} WHERE minhash IS NOT NULL AND octet_length(minhash) <> ${SIGNATURE_BYTES} LIMIT 1`,
    );
    if (bad !== null) throw new CliError('run_invalid', `${paths.articles}: article ${bad.article_id}: minhash: ${bad.bytes} bytes, not a signature of ${SIGNATURE_BYTES}`);
  }
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
       FROM ${factSource(input)}
       WHERE article_id IN (SELECT article_id FROM ${STAGE_ARTICLES} WHERE kept)`,
      [paths.facts],
      (p) => report('facts', p.percentage),
    ),
  );
  const factSeconds = (performance.now() - factsStarted) / 1000;
  report('facts', 100);

  report('signatures');
  if (signing === null) {
    await storeStagedSignatures(db);
  } else {
    const signingError = await signing.done;
    if (signingError !== null) {
      throw new CliError('run_invalid', `${paths.articles}: ${firstLine(signingError)}`, { cause: signingError });
    }
    await readingFile(signing.file.path, () => storeSignatures(db, signing.file));
  }

  report('syndication');
  const pairsAdded = await pairNearDuplicates(db);
  const groups = await assignSyndicationGroups(db);

  report('pages');
  await readingFile(paths.pages, () => stageLines(db, 'stage_pages', pageSource(input), [paths.pages], 'warc_file, "offset"'));
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
  const input = runInput(runDir, manifest);
  await createSchema(db);

  const scratch = await makeScratchDir(db);
  // Insertion order of a bulk insert does not matter here and costs parallelism.
  await db.run('SET preserve_insertion_order = false');
  try {
    for (const path of Object.values(input.paths)) {
      if (existsSync(path)) continue;
      const holds = input.format === 'parquet' ? `${RUN_FILES.manifest} lists ${RUN_DATA.map((name) => manifest.parquet![name].file).join(', ')}` : `a run directory holds ${Object.values(RUN_FILES).join(', ')}`;
      throw new CliError('run_invalid', `${path}: missing; ${holds}`);
    }
    if (input.format === 'parquet') await checkParquet(db, input, manifest);
    else await checkSamples(input, manifest);
    // Without usable signatures in the run, step 4e starts now, beside the transaction; it is awaited before its result is stored.
    const reader = input.signed ? null : await db.connectAgain();
    const signing =
      reader === null
        ? null
        : (() => {
            const file = new SignatureFile(scratch);
            const done = signArticles(reader, input, file).then(
              () => null,
              (error: unknown) => error,
            );
            return { done, file };
          })();
    let result: WriteCounts;
    try {
      result = await db.transact(() => writeRun(db, { manifest, input, signing, report, issues, started, registry: options.registry }));
    } finally {
      // Whatever happened in the transaction, the signing connection finishes before it is closed.
      await signing?.done;
      reader?.close();
    }
    await db.run('CHECKPOINT');
    clock.stop();
    return {
      runId: manifest.run_id,
      runDir,
      input: { format: input.format, signatures: input.signed ? 'run' : 'computed' },
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
