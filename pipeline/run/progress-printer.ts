/**
 * Shows a pipeline run's progress on stderr (stdout carries the summary):
 * on a terminal one line redrawn in place, elsewhere (cron mail, systemd's
 * journal, CI) plain lines: each stage's start and end, a line per source
 * and failure while crawling, and the extract and load steps every quarter.
 * The crawl and load stages reuse the printers of `vntally crawl` and
 * `vntally load`, so the three commands look alike.
 */
import { progressReporter } from '../commands/crawl.js';
import { LoadProgressPrinter } from '../db/load-progress.js';
import type { ExtractProgress } from '../stages/extract-archive.js';
import type { PipelineEvent, StageReport } from './pipeline-types.js';

type Stream = NodeJS.WriteStream;

/** Plain-line mode prints the extract stage at most every this many percent. */
const LINE_STEP_PERCENT = 25;
/** A terminal's line is redrawn at most this often (an archive has hundreds of thousands of pages). */
const REDRAW_MS = 100;

export function formatStageEnd(report: StageReport): string {
  const why = report.reason === undefined ? '' : `: ${report.reason}`;
  return `${report.stage}: ${report.status} in ${report.seconds.toFixed(1)} s${report.detail === '' ? '' : ` (${report.detail})`}${why}`;
}

export class PipelineProgressPrinter {
  private readonly stream: Stream;
  private readonly tty: boolean;
  private readonly prefix: string;
  private crawl: ReturnType<typeof progressReporter> | null = null;
  private load: LoadProgressPrinter | null = null;
  private extractShown = false;
  private extractLinePercent = -LINE_STEP_PERCENT;
  private lastRedraw = 0;

  constructor(stream: Stream = process.stderr, prefix = 'vntally run') {
    this.stream = stream;
    this.tty = stream.isTTY === true;
    this.prefix = prefix;
  }

  /** The callback to give `runPipeline` as `onProgress`. */
  readonly update = (event: PipelineEvent): void => {
    switch (event.type) {
      case 'stage-start':
        this.line(`${this.prefix}: ${event.stage}${event.detail === '' ? '' : `: ${event.detail}`}`);
        if (event.stage === 'crawl') this.crawl = progressReporter(this.stream);
        if (event.stage === 'load') this.load = new LoadProgressPrinter(this.stream);
        if (event.stage === 'extract') this.extractLinePercent = -LINE_STEP_PERCENT;
        break;
      case 'crawl':
        this.crawl?.onProgress(event.event);
        break;
      case 'extract':
        this.extract(event.progress);
        break;
      case 'load':
        this.load?.update(event.progress);
        break;
      case 'stage-end':
        this.finishStage();
        this.line(`${this.prefix}: ${formatStageEnd(event.report)}`);
        break;
      case 'note':
        this.line(`${this.prefix}: ${event.message}`);
        break;
    }
  };

  /** Clears any redrawn line so the summary starts clean. */
  finish(): void {
    this.finishStage();
  }

  private extract(p: ExtractProgress): void {
    const percent = p.total === 0 ? 100 : (100 * p.done) / p.total;
    const text = `extract: ${p.done}/${p.total} pages, ${p.articles} articles, ${p.facts} facts, ${p.errors} errors`;
    if (this.tty) {
      const now = Date.now();
      if (now - this.lastRedraw < REDRAW_MS && p.done < p.total) return;
      this.lastRedraw = now;
      const width = Math.max(40, (this.stream.columns ?? 100) - 1);
      this.stream.write(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      this.extractShown = true;
      return;
    }
    if (percent >= this.extractLinePercent + LINE_STEP_PERCENT) {
      this.extractLinePercent = Math.floor(percent / LINE_STEP_PERCENT) * LINE_STEP_PERCENT;
      this.stream.write(`${text}\n`);
    }
  }

  private finishStage(): void {
    this.clear();
    this.crawl = null;
    this.load = null;
  }

  /** Erases the redrawn line (a terminal), leaving the stage's printers in place. */
  private clear(): void {
    this.crawl?.done();
    this.load?.finish();
    if (this.extractShown) this.stream.write('\r\x1b[K');
    this.extractShown = false;
  }

  private line(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
  }
}
