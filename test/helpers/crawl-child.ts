/**
 * A crawl in its own process, for the SIGKILL test (test/crawl-resume.test.ts).
 *
 *     node --import tsx test/helpers/crawl-child.ts <config.json>
 *
 * The config file holds `{ sources, archiveDir, delayMs }`. Every progress
 * event is printed on stdout as one JSON line (so the parent can time its
 * kill), then `{"type":"done", …}` with the summary's totals.
 */
import { readFileSync } from 'node:fs';
import { crawl } from '../../crawlers/engine/index.js';
import type { Source } from '../../crawlers/registry.js';

interface ChildConfig {
  sources: Source[];
  archiveDir: string;
  delayMs: number;
}

const configPath = process.argv[2];
if (configPath === undefined) throw new Error('usage: crawl-child.ts <config.json>');
const config = JSON.parse(readFileSync(configPath, 'utf8')) as ChildConfig;
const summary = await crawl({
  sources: config.sources,
  archiveDir: config.archiveDir,
  allowPrivate: true,
  delayMs: config.delayMs,
  concurrency: config.sources.length,
  onProgress: (event) => {
    if (event.type === 'page' || event.type === 'source-start') process.stdout.write(`${JSON.stringify({ type: event.type, sourceId: event.sourceId })}\n`);
  },
});
process.stdout.write(`${JSON.stringify({ type: 'done', totals: summary.totals })}\n`);
