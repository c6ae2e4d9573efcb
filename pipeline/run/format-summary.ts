/**
 * The end-of-run summary on stdout: one row per stage (status, seconds,
 * counts), then the errors with their reasons, then where things are.
 */
import { isAbsolute, relative } from 'node:path';
import { formatTable } from '../format-table.js';
import type { PipelineSummary, RunError } from './pipeline-types.js';

/** Errors printed in full; the rest are counted. */
const PRINTED_ERRORS = 25;

/** A path for people: relative to the working directory when it lies inside it. */
export function shownPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function formatError(error: RunError): string {
  const where = [error.source_id, error.url].filter((part) => part !== undefined).join('  ');
  return `  ${error.stage}  ${error.code}${where === '' ? '' : `  ${where}`}: ${error.message}`;
}

export function formatPipelineSummary(summary: PipelineSummary): string {
  const lines = [
    `run ${summary.runId}: ${summary.status === 'ok' ? 'ok' : 'FAILED'} in ${summary.seconds.toFixed(1)} s`,
    '',
    formatTable(
      ['stage', 'status', 'seconds', 'what'],
      summary.stages.map((s) => [s.stage, s.status, s.seconds.toFixed(1), [s.detail, s.reason].filter((x) => x !== undefined && x !== '').join('; ')]),
    ),
  ];
  if (summary.errorCount > 0) {
    lines.push('', `Errors (${summary.errorCount}):`);
    for (const error of summary.errors.slice(0, PRINTED_ERRORS)) lines.push(formatError(error));
    const more = summary.errorCount - Math.min(summary.errors.length, PRINTED_ERRORS);
    if (more > 0) lines.push(`  … and ${more} more (see vntally status, or run.json in the run directory)`);
  }
  lines.push('', `database: ${shownPath(summary.dbPath)}`, `archive:  ${shownPath(summary.archiveDir)}`);
  if (summary.runDir !== null) lines.push(`run dir:  ${shownPath(summary.runDir)}`);
  if (summary.exportDir !== null) lines.push(`export:   ${shownPath(summary.exportDir)}`);
  return lines.join('\n');
}
