/**
 * `vntally extract [--json] FILE...`: facts from article files, one result per
 * file. The JSON contract is ../shared/FACTS.md's: one object per line with
 * file, province, published and facts. A file that cannot be read gives a
 * result with an `error`; the exit code is non-zero only when no file could be
 * read at all.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractFromBytes, EXTRACTOR_VERSION, type ArticleExtraction } from '../../extract/index.js';
import { FactSchema } from '../../extract/fact-schema.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { formatArticleTable } from '../format-table.js';
import { DEFAULT_RUNS_DIR } from '../db/find-runs.js';
import { PipelineProgressPrinter } from '../run/progress-printer.js';
import { extractArchive } from '../stages/extract-archive.js';
import { DEFAULT_ARCHIVE_DIR } from './crawl.js';

const HELP = `Usage: vntally extract [--json] FILE...
       vntally extract --from-archive [--archive DIR] [--runs DIR]

Extracts Party and trade-union development facts from article files: plain
text as scraped (.txt) or saved pages (.html), in any charset.

Options:
  --json      one JSON object per file and line:
              {"file", "province", "published", "title", "facts": [...]}
              (the contract of FACTS.md); without it, a table per article
  -h, --help  this text

A missing, empty, binary or unreadable file gives a result with an "error"
field; the other files are still processed. Exit code 1 when no file could be
read, 2 for wrong usage.

From the crawl archive (the pipeline's extract stage, no network):
  --from-archive  extract every archived article (the latest fetch of each
                  URL) into a new run directory <runs>/<run id>/ with
                  run.json, articles.jsonl, facts.jsonl and pages.jsonl,
                  written whole or not at all; then load it with
                  vntally load --run DIR (or --latest). Pages the topic
                  filter skipped go to pages.jsonl only; a page that cannot
                  be read or extracted is listed with its URL in run.json.
  --archive DIR   the archive (default data/archive)
  --runs DIR      where run directories go (default ${DEFAULT_RUNS_DIR})`;

export interface ExtractResultLine {
  file: string;
  province: string | null;
  province_2025: string | null;
  published: string | null;
  title: string | null;
  author: string | null;
  extractor_version: string;
  facts: ArticleExtraction['facts'];
  issues: ArticleExtraction['issues'];
  error?: string;
}

/** Reads one file and extracts it; read problems become an `error`, never an exception. */
export async function extractFile(file: string): Promise<ExtractResultLine> {
  const empty = { province: null, province_2025: null, published: null, title: null, author: null, extractor_version: EXTRACTOR_VERSION, facts: [], issues: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, ...empty, error: `${file}: ${describeReadError(error)}` };
  }
  if (bytes.length === 0) return { file, ...empty, error: `${file}: empty file` };
  let result: ArticleExtraction;
  try {
    result = extractFromBytes(bytes, { fileName: file });
  } catch (error) {
    // A bug in the extractor on one hostile file must not cost the rest of the batch (test/robustness):
    // the file gets its error line, as the extract stage's `extract_failed`, and the stack goes to stderr.
    console.error(`vntally extract: ${file}: the extractor failed (a bug; please report it with this output)`, error);
    return { file, ...empty, error: `${file}: the extractor failed (a bug): ${error instanceof Error ? error.message : String(error)}` };
  }
  const fatal = result.issues.find((i) => i.code === 'binary' || i.code === 'empty');
  if (fatal) return { file, ...empty, issues: result.issues, error: `${file}: ${fatal.message}` };
  for (const fact of result.facts) {
    const checked = FactSchema.safeParse(fact);
    if (!checked.success) throw new Error(`${file}: the extractor produced an invalid fact ${fact.id}: ${checked.error.message}`);
  }
  return {
    file,
    province: result.meta.province,
    province_2025: result.meta.province_2025,
    published: result.meta.published,
    title: result.meta.title,
    author: result.meta.author,
    extractor_version: EXTRACTOR_VERSION,
    facts: result.facts,
    issues: result.issues,
  };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read (${error instanceof Error ? error.message : String(error)})`;
}

/** `--from-archive`: the pipeline's extract stage alone, with its progress on stderr. */
async function extractFromArchive(archiveDir: string, runsDir: string): Promise<number> {
  const printer = new PipelineProgressPrinter(process.stderr, 'vntally extract');
  printer.update({ type: 'stage-start', stage: 'extract', detail: `every archived article of ${archiveDir}` });
  let summary;
  try {
    summary = await extractArchive({ archiveDir, runsDir, onProgress: (progress) => printer.update({ type: 'extract', progress }) });
  } finally {
    printer.finish();
  }
  const c = summary.counts;
  const lines = [
    `wrote run ${summary.runId} to ${summary.runDir} in ${summary.seconds.toFixed(1)} s:`,
    `  ${c.pages} pages, ${c.articles} articles, ${c.skipped} skipped, ${c.facts} facts, ${c.errors} errors`,
  ];
  for (const e of summary.errors.slice(0, 20)) lines.push(`  error ${e.code} ${e.url}: ${e.message}`);
  if (c.errors > 20) lines.push(`  … and ${c.errors - 20} more in ${summary.runDir}/run.json`);
  lines.push(`load it with: vntally load --run ${summary.runDir}`);
  console.log(lines.join('\n'));
  return 0;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'facts from article files (.txt, .html)',
  help: HELP,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, 'from-archive': { type: 'boolean', default: false }, archive: { type: 'string' }, runs: { type: 'string' } },
      });
    } catch (error) {
      throw new CliError('usage', `${error instanceof Error ? error.message : String(error)}\n\n${HELP}`, { cause: error });
    }
    if (parsed.values['from-archive']) {
      if (parsed.positionals.length > 0 || parsed.values.json) throw new CliError('usage', '--from-archive reads the archive: give no FILE and no --json');
      return extractFromArchive(parsed.values.archive ?? DEFAULT_ARCHIVE_DIR, parsed.values.runs ?? DEFAULT_RUNS_DIR);
    }
    if (parsed.values.archive !== undefined || parsed.values.runs !== undefined) throw new CliError('usage', '--archive and --runs only apply with --from-archive');
    const files = parsed.positionals;
    if (files.length === 0) throw new CliError('usage', `no FILE given\n\n${HELP}`);
    let readable = 0;
    for (const file of files) {
      const line = await extractFile(file);
      if (line.error === undefined) readable++;
      if (parsed.values.json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else process.stdout.write(`${formatArticleTable(line)}\n`);
    }
    if (readable === 0) {
      if (!parsed.values.json) console.error(`vntally extract: none of the ${files.length} file(s) could be read`);
      return 1;
    }
    return 0;
  },
};
