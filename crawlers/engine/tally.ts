/**
 * Per-source counts, skip reasons and failures, turned into the source's
 * summary at the end; every change is also reported as a progress event.
 */
import type { CmsDetection } from '../adapters/detect-cms.js';
import type { CmsFamily } from '../registry.js';
import { emptyCounts } from './types.js';
import type { CrawlFailure, CrawlProgress, RequestLabel, SourceCounts, SourceSummary } from './types.js';

export class SourceTally {
  readonly sourceId: string;
  readonly counts: SourceCounts = emptyCounts();
  readonly skipped: Record<string, number> = {};
  readonly failures: CrawlFailure[] = [];
  /** Pages that gave a usable answer (200 or 304); set by the source run from the counts. */
  successes = 0;
  private readonly startedAt = new Date();
  private readonly onProgress: ((event: CrawlProgress) => void) | undefined;

  constructor(sourceId: string, onProgress?: (event: CrawlProgress) => void) {
    this.sourceId = sourceId;
    this.onProgress = onProgress;
  }

  page(label: RequestLabel, url: string, outcome: string): void {
    this.onProgress?.({ type: 'page', sourceId: this.sourceId, label, url, outcome, counts: { ...this.counts } });
  }

  skip(reason: string): void {
    this.counts.articlesSkipped++;
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  fail(failure: CrawlFailure): void {
    this.failures.push(failure);
    this.onProgress?.({ type: 'failure', sourceId: this.sourceId, failure });
  }

  summary(o: { cms: CmsFamily; detected?: CmsDetection | undefined; startUrl: string; incremental: boolean }): SourceSummary {
    // Nothing fetched at all (every page failed, or robots.txt forbids the whole site) is a failed source.
    const status = this.successes === 0 ? 'failed' : this.failures.length === 0 ? 'ok' : 'partial';
    return {
      sourceId: this.sourceId,
      cms: o.cms,
      ...(o.detected ? { detected: o.detected } : {}),
      startUrl: o.startUrl,
      status,
      incremental: o.incremental,
      counts: { ...this.counts },
      skipped: { ...this.skipped },
      failures: [...this.failures],
      startedAt: this.startedAt.toISOString(),
      durationMs: Date.now() - this.startedAt.getTime(),
    };
  }
}
