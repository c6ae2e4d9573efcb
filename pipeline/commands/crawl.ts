/**
 * `vntally crawl`: crawls registered sources (or one ad-hoc site) politely
 * into the archive, incrementally: archived articles are never fetched
 * again, listings are walked only until known articles, and a crawl killed
 * at any moment resumes from the archive. Progress goes to stderr (one
 * updating line on a terminal), the summary to stdout.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { crawl, AbortCrawlError } from '../../crawlers/index.js';
import type { CrawlProgress, CrawlSummary, SourceSummary } from '../../crawlers/index.js';
import { DEFAULT_REGISTRY_URL } from '../../crawlers/registry.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { formatTable } from '../format-table.js';
import { SELECTION_FLAG_FIELDS, SELECTION_FLAG_OPTIONS, SELECTION_FLAGS_HELP, refineSelection, resolveSelection } from '../source-selection.js';
import { parseCommandFlags } from '../command-flags.js';

/** The archive of the project: data/archive beside the registry. */
export const DEFAULT_ARCHIVE_DIR = fileURLToPath(new URL('archive', DEFAULT_REGISTRY_URL));

const HELP = `Usage: vntally crawl [--source ID…] [--province P…] [--kind K…] [options]
       vntally crawl --start-url URL [--cms auto|FAMILY] [options]

Crawls news sources politely into the archive (WARC files + index.jsonl):
registered sources (data/sources.json), all of them or those selected, or one
site that is not registered. Runs are incremental: archived articles are not
fetched again, listings are walked only until known articles, feeds and
sitemaps are read with their dates, listings and feeds are fetched with
If-None-Match / If-Modified-Since, and a crawl killed at any moment resumes
where it stopped when run again.

${SELECTION_FLAGS_HELP}

Options:
  --archive DIR      the archive directory (default: data/archive)
  --delay-ms N       minimum pause between two requests to one host, instead
                     of the registry's (robots.txt Crawl-delay still applies)
  --max-pages N      fetch at most N pages per source in this run
  --refetch          fetch archived articles again
  --allow-private    allow loopback and private addresses (local test sites)
  --no-politeness    no per-host pacing and no Retry-After waits (benchmarks
                     only; robots.txt is still obeyed)
  --concurrency N    sources crawled at once (default 8)
  --json             print the summary as one JSON object instead of a table
  -h, --help         this text

Progress goes to stderr. Exit code 0 when every source gave pages, 1 when a
source failed entirely (nothing could be fetched) or the crawl was aborted,
2 for wrong usage.`;

const PositiveInt = z.coerce.number().int().min(1);

const FlagsSchema = z
  .object({
    ...SELECTION_FLAG_FIELDS,
    archive: z.string().min(1).default(DEFAULT_ARCHIVE_DIR),
    'delay-ms': z.coerce.number().int().min(0).optional(),
    'max-pages': PositiveInt.optional(),
    refetch: z.boolean().default(false),
    'allow-private': z.boolean().default(false),
    'no-politeness': z.boolean().default(false),
    concurrency: PositiveInt.optional(),
    json: z.boolean().default(false),
  })
  .superRefine(refineSelection);
type Flags = z.infer<typeof FlagsSchema>;

function parseFlags(argv: string[]): Flags {
  return parseCommandFlags('crawl', argv, {
    ...SELECTION_FLAG_OPTIONS,
    archive: { type: 'string' },
    'delay-ms': { type: 'string' },
    'max-pages': { type: 'string' },
    refetch: { type: 'boolean' },
    'allow-private': { type: 'boolean' },
    'no-politeness': { type: 'boolean' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
  }, FlagsSchema).flags;
}

/** Progress on stderr: one line rewritten in place on a terminal, a line per source and failure otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { onProgress: (event: CrawlProgress) => void; done: () => void } {
  const tty = stream.isTTY === true;
  let shown = false;
  const width = (): number => Math.max(40, (stream.columns ?? 100) - 1);
  const status = (text: string): void => {
    if (!tty) return;
    stream.write(`\r\x1b[K${text.length > width() ? `${text.slice(0, width() - 1)}…` : text}`);
    shown = true;
  };
  const line = (text: string): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
    stream.write(`${text}\n`);
  };
  return {
    onProgress(event) {
      switch (event.type) {
        case 'source-start':
          if (!tty) line(`${event.sourceId}: start ${event.startUrl}${event.incremental ? ' (incremental)' : ' (full walk)'}`);
          break;
        case 'page': {
          const c = event.counts;
          status(`${event.sourceId}: ${c.articlesFetched} articles (${c.articlesKept} kept), ${c.listings} listings · ${event.label} ${event.url} ${event.outcome}`);
          break;
        }
        case 'failure':
          line(`${event.sourceId}: ${event.failure.label} ${event.failure.url}: ${event.failure.reason} (${event.failure.effect})`);
          break;
        case 'source-end': {
          const c = event.summary.counts;
          line(`${event.sourceId}: ${event.summary.status}, ${c.articlesFetched} articles fetched, ${c.articlesKept} kept, ${c.articlesUnchanged} already archived, ${event.summary.failures.length} failures`);
          break;
        }
      }
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

export function formatCrawlSummary(summary: CrawlSummary): string {
  const header = ['source', 'cms', 'status', 'listings', 'feeds', 'sitemaps', '304', 'fetched', 'kept', 'skipped', 'archived before', 'robots', 'failures', 'seconds'];
  const row = (s: SourceSummary): string[] => [
    s.sourceId,
    s.detected ? `${s.cms} (${s.detected.signal})` : s.cms,
    s.status,
    String(s.counts.listings),
    String(s.counts.feeds),
    String(s.counts.sitemaps),
    String(s.counts.notModified),
    String(s.counts.articlesFetched),
    String(s.counts.articlesKept),
    String(s.counts.articlesSkipped),
    String(s.counts.articlesUnchanged),
    String(s.counts.robotsBlocked),
    String(s.failures.length),
    (s.durationMs / 1000).toFixed(1),
  ];
  const lines = [formatTable(header, summary.sources.map(row))];
  const failures = summary.sources.flatMap((s) => s.failures.map((f) => ({ source: s.sourceId, ...f })));
  if (failures.length > 0) {
    lines.push('', 'Failures:');
    const tries = (n: number): string => (n === 0 ? 'not requested' : `${n} tr${n === 1 ? 'y' : 'ies'}`);
    for (const f of failures) lines.push(`  ${f.source}  ${f.label}  ${f.url}  ${f.reason}${f.status ? ` (HTTP ${f.status})` : ''}, ${tries(f.attempts)}: ${f.message}`);
  }
  const skipped = summary.sources.filter((s) => Object.keys(s.skipped).length > 0);
  if (skipped.length > 0) {
    lines.push('', 'Skipped articles (archived with the reason):');
    for (const s of skipped) for (const [reason, n] of Object.entries(s.skipped)) lines.push(`  ${s.sourceId}  ${n} × ${reason}`);
  }
  const t = summary.totals;
  lines.push('', `${summary.sources.length} source(s) in ${(summary.durationMs / 1000).toFixed(1)} s: ${t.requests} requests, ${t.articlesFetched} articles fetched, ${t.articlesKept} kept, ${t.articlesSkipped} skipped, ${t.articlesUnchanged} already archived, ${t.failures} failures; archive ${summary.archiveDir}`);
  return lines.join('\n');
}

export const crawlCommand: Command = {
  name: 'crawl',
  summary: 'crawl news sources politely into the archive (incremental, resumable)',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const flags = parseFlags(argv);
    const sources = await resolveSelection(flags);
    const progress = progressReporter();
    // The archive survives any interruption (it is SIGKILL-safe), so Ctrl-C just stops; the next run resumes.
    const onInterrupt = (): void => {
      progress.done();
      process.stderr.write('vntally crawl: interrupted; what was archived is kept, run the same command again to resume\n');
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    let summary: CrawlSummary;
    try {
      summary = await crawl({
        sources,
        archiveDir: flags.archive,
        allowPrivate: flags['allow-private'],
        refetch: flags.refetch,
        politeness: !flags['no-politeness'],
        onProgress: progress.onProgress,
        ...(flags['delay-ms'] !== undefined ? { delayMs: flags['delay-ms'] } : {}),
        ...(flags['max-pages'] !== undefined ? { maxPagesPerSource: flags['max-pages'] } : {}),
        ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
      });
    } catch (error) {
      progress.done();
      process.off('SIGINT', onInterrupt);
      if (error instanceof AbortCrawlError) throw new CliError('crawl_aborted', error.message, { cause: error, exitCode: 1 });
      throw error;
    }
    progress.done();
    process.off('SIGINT', onInterrupt);
    console.log(flags.json ? JSON.stringify(summary) : formatCrawlSummary(summary));
    return summary.sources.some((s) => s.status === 'failed') ? 1 : 0;
  },
};
