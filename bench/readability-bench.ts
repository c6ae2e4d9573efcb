/**
 * The reference for main-content extraction: `@mozilla/readability` on a
 * jsdom document, on a deterministic sample of the same generated pages, and
 * `extractFromHtml` on that same sample, before and after, so the ratio
 * compares like with like. Readability with jsdom is slow, hence the sample (`--sample`, default
 * 300 pages spread evenly over the corpus). Goal (issue 2): HTML → facts ≥ 10×
 * Readability+jsdom.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractFromHtml } from '../extract/index.js';
import type { BenchOptions, BenchResult } from './bench-types.js';
import { timeLoop } from './measure.js';

export const RATIO_GOAL = 10;

/** Readability "found content" when its text is at least this long. */
const MIN_CONTENT_CHARS = 200;

export async function run(options: BenchOptions): Promise<BenchResult[]> {
  if (options.only.size > 0 && !options.only.has('readability')) return [];
  const { corpus } = options;
  const sample = Math.min(options.sample, corpus.size);
  const pageAt = (k: number) => corpus.html(Math.floor(((k + 0.5) * corpus.size) / sample));
  // jsdom reports CSS it cannot parse on the console; a silent virtual console keeps the report clean.
  const virtualConsole = new VirtualConsole();

  const ourWork = (html: string) => extractFromHtml(html).facts.length;
  const readabilityWork = (html: string) => {
    const dom = new JSDOM(html, { virtualConsole });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return (article?.textContent?.trim().length ?? 0) >= MIN_CONTENT_CHARS ? 1 : 0;
  };
  const loop = (work: (html: string) => number, warmup: number) =>
    timeLoop({ count: sample, input: pageAt, work, warmup, batchSize: 25, checkpoints: false });

  // A–B–A: the extractor before and after Readability, averaged, so that a
  // change of load on a shared machine during the long Readability run falls
  // on both sides. (Interleaving page by page was tried: jsdom's garbage then
  // makes V8 flush the extractor's compiled code at every switch, which
  // measures cold starts, not throughput.)
  options.progress(`HTML → facts on the Readability sample (1/2): ${sample} pages…`);
  const before = loop(ourWork, 100);
  options.progress(`Readability + jsdom: ${sample} pages…`);
  const reference = loop(readabilityWork, 20);
  options.progress(`HTML → facts on the Readability sample (2/2): ${sample} pages…`);
  const after = loop(ourWork, 100);
  const ours = {
    ...before,
    seconds: (before.seconds + after.seconds) / 2,
    memory: { ...before.memory, peakRss: Math.max(before.memory.peakRss, after.memory.peakRss), peakHeapUsed: Math.max(before.memory.peakHeapUsed, after.memory.peakHeapUsed) },
  };

  const ratio = ours.items / ours.seconds / (reference.items / reference.seconds);
  return [
    {
      name: 'HTML → facts (sample)',
      unit: 'pages',
      items: ours.items,
      bytes: ours.bytes,
      seconds: ours.seconds,
      sizes: ours.sizes,
      found: { label: 'facts', value: ours.found },
      memory: ours.memory,
      goals: [],
      notes: [],
    },
    {
      name: 'Readability + jsdom (sample)',
      unit: 'pages',
      items: reference.items,
      bytes: reference.bytes,
      seconds: reference.seconds,
      sizes: reference.sizes,
      found: { label: 'pages with content', value: reference.found },
      memory: reference.memory,
      goals: [
        {
          label: 'HTML → facts ÷ Readability+jsdom, same pages',
          target: `≥ ${RATIO_GOAL}×`,
          measured: `${ratio.toFixed(1)}×`,
          met: ratio >= RATIO_GOAL,
        },
      ],
      notes: [
        `Readability+jsdom only finds the main content; HTML → facts also reads title, date, author, province and every fact, so the ratio understates the gap.`,
        `Ratio sample: ${sample} pages spread evenly over the corpus; HTML → facts timed before and after Readability (${before.seconds.toFixed(2)} s, ${after.seconds.toFixed(2)} s) and averaged, so a change of load on the machine falls on both sides.`,
      ],
    },
  ];
}
