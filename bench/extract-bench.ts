/**
 * Throughput of the extractor's public API on the whole generated corpus:
 * text → facts (`extractFromText`) and saved page → facts
 * (`extractFromHtml`), with the memory figures that show whether a long run
 * leaks. Goals (issue 2): text → facts ≥ 2,000 articles/s on one core;
 * memory flat in the number of articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromHtml, extractFromText } from '../extract/index.js';
import { DEFAULT_MATERIAL_PATHS } from './corpus-material.js';
import type { BenchOptions, BenchResult, Goal } from './bench-types.js';
import { isFlat, timeLoop, type LoopFigures } from './measure.js';
import { formatBytes, formatRate } from './report.js';

export const TEXT_GOAL_ARTICLES_PER_SECOND = 2000;

const WARMUP = 100;
const BATCH = 50;

export async function run(options: BenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const { corpus } = options;
  const wanted = (section: 'text' | 'html') => options.only.size === 0 || options.only.has(section);

  if (wanted('text')) {
    options.progress(`text → facts: ${corpus.size} articles…`);
    const figures = timeLoop({
      count: corpus.size,
      input: (k) => corpus.text(k),
      work: (text) => extractFromText(text).facts.length,
      warmup: WARMUP,
      batchSize: BATCH,
      checkpoints: true,
    });
    // "One core" is CPU time: on a shared machine the wall clock also counts time spent waiting for a core.
    const rate = figures.items / figures.cpuSeconds;
    results.push(
      toResult('text → facts', figures, [
        {
          label: 'text → facts, one core (per CPU-second)',
          target: `≥ ${formatRate(TEXT_GOAL_ARTICLES_PER_SECOND)} articles/s`,
          measured: `${formatRate(rate)} articles/s (wall clock ${formatRate(figures.items / figures.seconds)}/s)`,
          met: rate >= TEXT_GOAL_ARTICLES_PER_SECOND,
        },
        flatGoal('text → facts', figures),
      ]),
    );
  }

  if (wanted('text')) {
    // Context for the goal above, not a goal: the real articles the project started from, at their
    // own size and density of figures (the generated corpus recombines paragraphs with figures, so its
    // articles are longer and hold about three times as many facts).
    const seeds = readSeedTexts();
    if (seeds.length > 0) {
      options.progress(`text → facts: the ${seeds.length} real seed articles, cycled to ${corpus.size}…`);
      const figures = timeLoop({
        count: corpus.size,
        input: (k) => seeds[k % seeds.length]!,
        work: (text) => extractFromText(text).facts.length,
        warmup: WARMUP,
        batchSize: BATCH,
        checkpoints: false,
      });
      const result = toResult('text → facts, seeds', figures, []);
      const density = (f: LoopFigures) => `${(f.found / f.items).toFixed(1)} facts/article, ${(f.found / (f.bytes / 1000)).toFixed(1)} facts/KB`;
      const generated = results.find((r) => r.name === 'text → facts');
      result.notes.push(
        `text → facts, seeds: the ${seeds.length} real articles of ../shared/seeds (${density(figures)}), cycled to ${figures.items.toLocaleString('en-US')} articles: ${formatRate(figures.items / figures.cpuSeconds)} articles per CPU-second. Context only: the goal is measured on the generated corpus${generated ? ` (${(generated.found!.value / generated.items).toFixed(1)} facts/article, ${(generated.found!.value / (generated.bytes / 1000)).toFixed(1)} facts/KB)` : ''}.`,
      );
      results.push(result);
    }
  }

  if (wanted('html')) {
    options.progress(`HTML → facts: ${corpus.size} pages…`);
    const figures = timeLoop({
      count: corpus.size,
      input: (k) => corpus.html(k),
      work: (html) => extractFromHtml(html).facts.length,
      warmup: WARMUP,
      batchSize: BATCH,
      checkpoints: true,
    });
    results.push(toResult('HTML → facts', figures, [flatGoal('HTML → facts', figures)]));
  }
  return results;
}

/** The seed articles as scraped (../shared/seeds/*.txt), or none when the folder is missing. */
function readSeedTexts(): string[] {
  const dir = DEFAULT_MATERIAL_PATHS.seeds;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function toResult(name: string, figures: LoopFigures, goals: Goal[]): BenchResult {
  return {
    name,
    unit: 'articles',
    items: figures.items,
    bytes: figures.bytes,
    seconds: figures.seconds,
    cpuSeconds: figures.cpuSeconds,
    sizes: figures.sizes,
    found: { label: 'facts', value: figures.found },
    memory: figures.memory,
    goals,
    notes: [],
  };
}

function flatGoal(name: string, figures: LoopFigures): Goal {
  const { met, growth } = isFlat(figures.memory);
  const points = figures.memory.checkpoints;
  return {
    label: `memory flat, ${name}`,
    target: `heap after ${points.at(-1)?.after ?? 0} ≈ after ${points[0]?.after ?? 0} (±5% or 2 MB)`,
    measured: `${growth >= 0 ? '+' : '−'}${formatBytes(Math.abs(growth))}${figures.memory.gcForced ? '' : ' (no forced GC)'}`,
    met,
  };
}
