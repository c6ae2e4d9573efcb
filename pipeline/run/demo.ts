/**
 * The offline demo, `vntally run --demo` (`npm start`): the whole pipeline
 * on a fresh machine without the internet.
 *
 *  1. take the demo directory's run lock (data/demo/vntally.lock);
 *  2. empty data/demo/ (database, archive, run directories): the fixture
 *     sites listen on new ports each time, so an old archive would hold the
 *     same stories under other URLs;
 *  3. start the eight fixture sites on 127.0.0.1 (test/fixture-sites/), the
 *     faults site's slow page shortened to keep the demo quick;
 *  4. run the pipeline over them as registry-style sources (the crawler
 *     tests' `fixtureSource`), loopback allowed, a small delay per host;
 *  5. write the HTML report (`vntally report`'s renderer) to
 *     data/reports/demo-report.html and return the terminal summary;
 *  6. stop the sites.
 *
 * Nothing but 127.0.0.1 is contacted: the sites link real national sites,
 * but the crawler stays on each source's own host.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../../test/fixture-sites/server.js';
import { fixtureSource } from '../../test/helpers/crawl-fixtures.js';
import { openDatabase } from '../db/open-database.js';
import { formatReportText, renderReportHtml } from '../db/render-report.js';
import { readReportData } from '../db/report-data.js';
import { checkSchema } from '../db/schema.js';
import type { PipelineEvent, PipelineSummary, StageReport } from './pipeline-types.js';
import { RUN_LOCK_FILE, withRunLock } from './run-lock.js';
import { runStages, type RunPipelineOptions } from './run-pipeline.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_DIR = join(ROOT, 'data', 'demo');
export const DEMO_REPORT_PATH = join(ROOT, 'data', 'reports', 'demo-report.html');
export const DEMO_DB_FILE = 'vntally.duckdb';

/** Per-host pause of the demo crawl: polite in form, quick on loopback. */
const DEMO_DELAY_MS = 10;
/** The faults site's slow page (1.5 s by default) is there to test timeouts, not to make the demo wait. */
const DEMO_SLOW_MS = 300;
/** Backoff base after a 5xx on the faults site (1 s by default). */
const DEMO_RETRY_BASE_MS = 200;

export interface DemoOptions {
  dataDir?: string;
  reportPath?: string;
  onProgress?: (event: PipelineEvent) => void;
  /** Crawl these running fixture sites instead of starting new ones (tests re-run the pipeline on the same sites); the caller closes them. */
  server?: FixtureServer;
}

export interface DemoResult {
  summary: PipelineSummary;
  /** The cross-province summary as `vntally report` prints it; null if the report stage failed. */
  reportText: string | null;
  reportPath: string;
  dbPath: string;
}

/**
 * Step 4's options: the fixture sites as sources, the demo directory's
 * database, archive and run directories. Tests re-run the pipeline with
 * these to check that a second run changes nothing.
 */
export function demoRunOptions(server: FixtureServer, dataDir: string = DEMO_DIR): RunPipelineOptions {
  return {
    sources: server.sites.map((site) => fixtureSource(site, { delayMs: DEMO_DELAY_MS })),
    selection: { demo: true, sites: server.sites.map((s) => s.id) },
    dbPath: join(dataDir, DEMO_DB_FILE),
    archiveDir: join(dataDir, 'archive'),
    runsDir: join(dataDir, 'runs'),
    lockPath: join(dataDir, RUN_LOCK_FILE),
    command: 'vntally run --demo',
    allowPrivate: true,
    delayMs: DEMO_DELAY_MS,
    concurrency: server.sites.length,
    crawlOptions: { retryBaseDelayMs: DEMO_RETRY_BASE_MS },
  };
}

/** Step 2: everything in the demo directory but its lock. */
async function emptyDemoDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  for (const entry of await readdir(dataDir)) {
    if (entry !== RUN_LOCK_FILE) await rm(join(dataDir, entry), { recursive: true, force: true });
  }
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const dataDir = options.dataDir ?? DEMO_DIR;
  const reportPath = options.reportPath ?? DEMO_REPORT_PATH;
  const dbPath = join(dataDir, DEMO_DB_FILE);
  const emit = (event: PipelineEvent): void => options.onProgress?.(event);
  // 1.
  return withRunLock(join(dataDir, RUN_LOCK_FILE), 'vntally run --demo', async () => {
    // 2., 3.
    await emptyDemoDir(dataDir);
    const server = options.server ?? (await startFixtureServer({ faults: { slowMs: DEMO_SLOW_MS } }));
    try {
      emit({ type: 'note', message: `${server.sites.length} fixture sites on 127.0.0.1 (directory ${server.origin})` });
      // 4.
      const summary = await runStages({ ...demoRunOptions(server, dataDir), onProgress: options.onProgress });
      // 5.
      let reportText: string | null = null;
      if (summary.stages.some((s) => s.stage === 'load' && s.status === 'ok')) {
        emit({ type: 'stage-start', stage: 'report', detail: reportPath });
        const t0 = performance.now();
        let report: StageReport;
        try {
          const db = await openDatabase(dbPath, { readOnly: true });
          let data;
          try {
            await checkSchema(db);
            data = await readReportData(db);
          } finally {
            db.close();
          }
          await mkdir(dirname(reportPath), { recursive: true });
          await writeFile(reportPath, renderReportHtml(data));
          reportText = formatReportText(data);
          report = { stage: 'report', status: 'ok', seconds: (performance.now() - t0) / 1000, detail: `${data.provinces.length} provinces, ${data.units.length} units of 2025`, counts: { provinces: data.provinces.length, units: data.units.length } };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          report = { stage: 'report', status: 'failed', seconds: (performance.now() - t0) / 1000, detail: '', counts: {}, reason: message };
          summary.errors.push({ stage: 'report', code: 'report_failed', message: `cannot write ${reportPath}: ${message}` });
          summary.errorCount += 1;
          summary.status = 'failed';
        }
        summary.stages.push(report);
        emit({ type: 'stage-end', report });
      }
      return { summary, reportText, reportPath, dbPath };
    } finally {
      // 6.
      if (options.server === undefined) await server.close();
    }
  });
}
