/**
 * Child process of the hostile-input test: extracts files one by one exactly
 * as `vntally extract --json` does (`extractFile`), and prints one JSON line
 * per file with the CPU and wall time it took, so the parent can state and
 * check a time bound per input and kill this process when one hangs.
 *
 *     node --import tsx test/robustness/_extract-runner.ts <list.json> [first index]
 *
 * `list.json` is a JSON array of paths. Lines: `{"type":"start","i":n}` before
 * a file, `{"type":"done","i":n,"cpuMs","wallMs","line"}` after it.
 */
import { readFileSync } from 'node:fs';
import { extractFile } from '../../pipeline/commands/extract.js';

const [listPath, firstArg] = process.argv.slice(2);
if (listPath === undefined) throw new Error('usage: _extract-runner.ts <list.json> [first index]');
const paths = JSON.parse(readFileSync(listPath, 'utf8')) as string[];
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

for (let i = Number(firstArg ?? 0); i < paths.length; i++) {
  say({ type: 'start', i });
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const line = await extractFile(paths[i]!);
  const cpu = process.cpuUsage(cpu0);
  say({ type: 'done', i, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - wall0, line });
}
say({ type: 'end' });
