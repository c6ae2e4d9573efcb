/**
 * Prints what the bench modules return: a throughput table, a memory table,
 * the goals with PASS/MISS, and notes. Figures only: nothing here decides the
 * exit code (benchmarks never fail the build).
 */
import type { BenchResult } from './bench-types.js';

/** MB = 10⁶ bytes throughout (throughput and memory alike). */
const MB = 1e6;

type Align = 'left' | 'right';

export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

export function formatBytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

function formatKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** Lays out rows under a header, each column as wide as its widest cell. */
export function table(header: string[], rows: string[][], align: Align[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function printReport(header: string[], results: BenchResult[], write: (line: string) => void = console.log): void {
  for (const line of header) write(line);
  if (results.length === 0) {
    write('');
    write('No section ran.');
    return;
  }

  write('');
  write('Throughput (one process, one thread; input generation not timed)');
  for (const line of table(
    ['benchmark', 'items', 'size KB min/med/max', 'MB', 's', 'CPU s', 'items/s', 'items/CPU-s', 'MB/s', 'ms/item', 'found'],
    results.map((r) => [
      r.name,
      `${r.items.toLocaleString('en-US')} ${r.unit}`,
      `${formatKb(r.sizes.min)} / ${formatKb(r.sizes.median)} / ${formatKb(r.sizes.max)}`,
      (r.bytes / MB).toFixed(1),
      r.seconds.toFixed(2),
      r.cpuSeconds === undefined ? '' : r.cpuSeconds.toFixed(2),
      formatRate(r.items / r.seconds),
      r.cpuSeconds === undefined ? '' : formatRate(r.items / r.cpuSeconds),
      (r.bytes / MB / r.seconds).toFixed(2),
      ((r.seconds * 1000) / r.items).toFixed(2),
      r.found ? `${r.found.value.toLocaleString('en-US')} ${r.found.label}` : '',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  ))
    write(line);

  const withMemory = results.filter((r) => r.memory);
  if (withMemory.length > 0) {
    const marks = [...new Set(withMemory.flatMap((r) => r.memory!.checkpoints.map((c) => c.after)))].sort((a, b) => a - b);
    write('');
    write('Memory (MB; peaks sampled between batches, process-wide; "heap after N" read after a forced GC)');
    for (const line of table(
      ['benchmark', 'peak RSS', 'peak heap', ...marks.map((m) => `heap after ${m.toLocaleString('en-US')}`)],
      withMemory.map((r) => {
        const memory = r.memory!;
        return [
          r.name,
          (memory.peakRss / MB).toFixed(1),
          (memory.peakHeapUsed / MB).toFixed(1),
          ...marks.map((m) => {
            const point = memory.checkpoints.find((c) => c.after === m);
            return point ? (point.heapUsed / MB).toFixed(1) : '';
          }),
        ];
      }),
      ['left', 'right', 'right', ...marks.map((): Align => 'right')],
    ))
      write(line);
    write(`Peak RSS of the whole run (getrusage): ${formatBytes(process.resourceUsage().maxRSS * 1024)}`);
  }

  const goals = results.flatMap((r) => r.goals);
  if (goals.length > 0) {
    write('');
    write('Goals');
    for (const line of table(
      ['goal', 'target', 'measured', ''],
      goals.map((g) => [g.label, g.target, g.measured, g.met ? 'PASS' : 'MISS']),
      ['left', 'left', 'right', 'left'],
    ))
      write(line);
  }

  const notes = results.flatMap((r) => r.notes);
  if (notes.length > 0) {
    write('');
    write('Notes');
    for (const note of notes) write(`- ${note}`);
  }
}
