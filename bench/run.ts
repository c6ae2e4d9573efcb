/**
 * `npm run bench`: throughput and memory figures of the extractor on a
 * generated corpus, beside Readability+jsdom on the same pages.
 *
 *   npm run bench -- [--articles 5000] [--only text|html|readability[,…]] [--sample 300] [--seed N]
 *
 * Steps:
 *  1. read the flags (zod-checked);
 *  2. load the corpus material (seeds, golden articles, fixture pages) and
 *     set up the generated corpus (built lazily, article by article);
 *  3. run each bench module asked for, in one process on one thread;
 *  4. print the report. Goals are printed PASS/MISS; the exit code is 0
 *     whatever the figures (benchmarks never fail the build); only a bad
 *     flag exits non-zero.
 *
 * A new section (crawl throughput, DuckDB loading) is a module exporting
 * `run(options: BenchOptions): Promise<BenchResult[]>`, added to MODULES.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SECTIONS, type BenchOptions, type BenchResult, type Section } from './bench-types.js';
import { loadCorpusMaterial } from './corpus-material.js';
import * as extractBench from './extract-bench.js';
import { Corpus, DEFAULT_CORPUS_OPTIONS } from './generate-corpus.js';
import { gcFunction } from './measure.js';
import * as readabilityBench from './readability-bench.js';
import { printReport } from './report.js';
import * as loadBench from './load-bench.js';
import * as crawlBench from './crawl-bench.js';
import * as pipelineBench from './pipeline-bench.js';

/** The bench modules, in the order they run (Readability last: jsdom leaves the heap large). */
const MODULES: { sections: readonly Section[]; run: (options: BenchOptions) => Promise<BenchResult[]> }[] = [
  { sections: ['text', 'html'], run: extractBench.run },
  { sections: ['load'], run: loadBench.run },
  { sections: ['crawl'], run: crawlBench.run },
  { sections: ['pipeline'], run: pipelineBench.run },
  { sections: ['readability'], run: readabilityBench.run },
];

const USAGE = `usage: npm run bench -- [--articles N] [--only ${SECTIONS.join('|')}[,…]] [--sample N] [--seed N]

  --articles N   generated articles (default 5000)
  --only LIST    sections to run, comma-separated (default: all)
  --sample N     pages for Readability+jsdom and the ratio (default 300)
  --seed N       corpus seed (default ${DEFAULT_CORPUS_OPTIONS.seed})`;

const Flags = z.object({
  articles: z.coerce.number().int().positive().default(DEFAULT_CORPUS_OPTIONS.articles),
  sample: z.coerce.number().int().positive().default(300),
  seed: z.coerce.number().int().nonnegative().default(DEFAULT_CORPUS_OPTIONS.seed),
  only: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(z.enum(SECTIONS))),
  help: z.boolean().default(false),
});

class UsageError extends Error {}

function readFlags(argv: string[]): z.infer<typeof Flags> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string' },
        sample: { type: 'string' },
        seed: { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const parsed = Flags.safeParse(values);
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error), { cause: parsed.error });
  return parsed.data;
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2));
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const progress = (line: string) => process.stderr.write(`… ${line}\n`);
  // Other work on the machine skews the figures: the load average before and after is printed with them.
  const loadBefore = loadavg()[0] ?? 0;

  progress('loading corpus material…');
  const material = loadCorpusMaterial();
  const corpus = new Corpus(material, { articles: flags.articles, seed: flags.seed });
  const options: BenchOptions = { articles: flags.articles, sample: flags.sample, only: new Set(flags.only), corpus, progress };

  const results: BenchResult[] = [];
  for (const module of MODULES) {
    if (options.only.size > 0 && !module.sections.some((s) => options.only.has(s))) continue;
    results.push(...(await module.run(options)));
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gc = gcFunction() ? (typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'forced (--expose-gc)' : 'forced (flag set at run time)') : 'not available';
  const m = material.counts;
  printReport(
    [
      `vntally bench · Node ${process.version} · ${process.platform}/${process.arch} · ${cpu} (${availableParallelism()} cores available; the bench uses one process, one thread)`,
      `Corpus: ${corpus.size.toLocaleString('en-US')} generated articles (seed ${flags.seed}), each as scraped text and as a saved page, recombined from ${m.seeds} seeds + ${m.goldenText} golden .txt + ${m.goldenHtml} golden .html (${material.figures.length} paragraphs with figures, ${material.fillers.length} without); pages in the chrome of ${material.pageTemplates.length} templates (${m.fixturePages} CMS fixtures + ${m.goldenHtml} golden pages), padded to 20–150 KB.`,
      `GC before memory checkpoints: ${gc}. Sizes in KB/MB are 10³/10⁶ bytes of UTF-8. Load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${(loadavg()[0] ?? 0).toFixed(2)}.`,
      ...material.skipped.map((s) => `Skipped: ${s}`),
    ],
    results,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // A crash of the bench itself (not a missed goal) is a bug: show all of it.
  console.error(error);
  process.exitCode = 1;
});
