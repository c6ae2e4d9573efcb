/**
 * Child process of the hostile-input test: extracts files one by one exactly
 * as `vntally extract --json` does (`extractFile`), and prints one JSON line
 * per file with the CPU and wall time it took, so the parent can state and
 * check a time bound per input and kill this process when one hangs.
 *
 *     node --expose-gc --import tsx test/robustness/_extract-runner.ts <list.json> <first index> <calibration.json>
 *
 * `list.json` is a JSON array of paths, `calibration.json` one of ordinary
 * articles (see `CALIBRATION` in hostile-inputs.ts). Right before and right
 * after each file the runner extracts the ordinary articles too and reports
 * the slower of the two times as `calMs`: what this machine, as busy as it
 * is at that moment, takes for ordinary work, by which the parent scales the
 * bound. A full collection runs before each of the three timings, and the
 * file's own ends its timing, so no timing pays for garbage another left
 * behind. Lines: `{"type":"start","i":n}` before a file,
 * `{"type":"done","i":n,"cpuMs","wallMs","calMs","line"}` after it.
 */
import { readFileSync } from 'node:fs';
import { extractFile } from '../../pipeline/commands/extract.js';

const [listPath, firstArg, calibrationPath] = process.argv.slice(2);
if (listPath === undefined || calibrationPath === undefined) throw new Error('usage: _extract-runner.ts <list.json> <first index> <calibration.json>');
const paths = JSON.parse(readFileSync(listPath, 'utf8')) as string[];
const calibration = JSON.parse(readFileSync(calibrationPath, 'utf8')) as string[];
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('_extract-runner.ts needs node --expose-gc');

const cpuMsSince = (cpu0: NodeJS.CpuUsage): number => {
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
};

/** CPU time of one pass over the ordinary articles. */
async function calibrate(): Promise<number> {
  gc!();
  const cpu0 = process.cpuUsage();
  for (const path of calibration) await extractFile(path);
  return cpuMsSince(cpu0);
}

// Warm up: the first passes load the gazetteer and compile the rules.
for (let k = 0; k < 3; k++) await calibrate();

for (let i = Number(firstArg ?? 0); i < paths.length; i++) {
  const before = await calibrate();
  say({ type: 'start', i });
  gc();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const line = await extractFile(paths[i]!);
  gc();
  const cpuMs = cpuMsSince(cpu0);
  const wallMs = performance.now() - wall0;
  const after = await calibrate();
  say({ type: 'done', i, cpuMs, wallMs, calMs: Math.max(before, after), line });
}
say({ type: 'end' });
