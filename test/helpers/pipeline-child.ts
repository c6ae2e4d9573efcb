/**
 * A pipeline run in its own process, for the SIGKILL test
 * (test/pipeline-run.test.ts):
 *
 *     node --import tsx test/helpers/pipeline-child.ts <config.json>
 *
 * The file holds `{ options, freezeAtLoadStep, freezeAtArticle }`:
 * `runPipeline`'s options (JSON-safe: sources, paths, crawl settings) and
 * the load step at which the process stops dead, inside the load's
 * transaction, so the parent's SIGKILL lands exactly there (or the crawl's
 * Nth article, while pages are being extracted alongside the crawl). Stage
 * starts and ends and load steps are printed on stdout as one JSON line
 * each; `{"type":"frozen"}` when frozen.
 */
import { readFileSync } from 'node:fs';
import type { LoadStep } from '../../pipeline/db/load-run.js';
import { runPipeline, type RunPipelineOptions } from '../../pipeline/run/run-pipeline.js';

interface ChildConfig {
  options: RunPipelineOptions;
  freezeAtLoadStep: LoadStep | null;
  freezeAtArticle?: number;
}

const configPath = process.argv[2];
if (configPath === undefined) throw new Error('usage: pipeline-child.ts <config.json>');
const config = JSON.parse(readFileSync(configPath, 'utf8')) as ChildConfig;
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

/** Blocks this thread (DuckDB's statement in flight finishes; no next statement starts) until killed. */
function freeze(): never {
  say({ type: 'frozen' });
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0, 60_000);
}

let articles = 0;
const summary = await runPipeline({
  ...config.options,
  onProgress: (event) => {
    if (event.type === 'stage-start') say({ type: 'stage-start', stage: event.stage });
    else if (event.type === 'stage-end') say({ type: 'stage-end', stage: event.report.stage, status: event.report.status });
    else if (event.type === 'crawl' && event.event.type === 'page' && event.event.label === 'ARTICLE') {
      if (++articles === config.freezeAtArticle) freeze();
    } else if (event.type === 'load') {
      say({ type: 'load', step: event.progress.step });
      if (event.progress.step === config.freezeAtLoadStep) freeze();
    }
  },
});
say({ type: 'done', status: summary.status });
