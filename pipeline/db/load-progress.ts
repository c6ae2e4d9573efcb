/**
 * Shows a load's progress on stderr: one redrawn bar on a terminal, plain
 * lines otherwise (cron logs, CI), never on stdout (which carries results).
 */
import type { LoadProgress } from './load-run.js';

const BAR_WIDTH = 24;
/** Plain-line mode prints the facts step at most every this many percent. */
const LINE_STEP_PERCENT = 25;

export class LoadProgressPrinter {
  private readonly stream: NodeJS.WritableStream & { isTTY?: boolean };
  private readonly tty: boolean;
  private lastStep: string | null = null;
  private lastLinePercent = -1;
  private drawn = false;

  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr) {
    this.stream = stream;
    this.tty = stream.isTTY === true;
  }

  /** The callback to give `loadRun` as `onProgress`. */
  readonly update = (progress: LoadProgress): void => {
    if (this.tty) {
      const share = (progress.percentage ?? 0) / 100;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = progress.percentage === null ? ' '.repeat(BAR_WIDTH) : `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      const pct = progress.percentage === null ? '' : ` ${Math.round(progress.percentage)}%`;
      this.stream.write(`\r\u001b[2Kload: [${bar}] ${progress.step}${pct}`);
      this.drawn = true;
      return;
    }
    if (progress.step !== this.lastStep) {
      this.lastStep = progress.step;
      this.lastLinePercent = -1;
      this.stream.write(`load: ${progress.step}\n`);
      return;
    }
    if (progress.percentage !== null && progress.percentage >= this.lastLinePercent + LINE_STEP_PERCENT) {
      this.lastLinePercent = Math.floor(progress.percentage / LINE_STEP_PERCENT) * LINE_STEP_PERCENT;
      this.stream.write(`load: ${progress.step} ${this.lastLinePercent}%\n`);
    }
  };

  /** Clears the bar so the summary starts on a clean line. */
  finish(): void {
    if (this.tty && this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
