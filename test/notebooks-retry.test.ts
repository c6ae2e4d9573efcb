/**
 * A notebook lane whose kernel died before it started is run once more, and
 * only for the notebooks it did not execute; any other failure is left as it is.
 * No Jupyter needed: the nbconvert run is replaced by a recorder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunUnstartedKernels, type LaneOutcome } from '../scripts/notebooks-check.js';

const DIED = 'Traceback …\nRuntimeError: Kernel died before replying to kernel_info\n';

let dir = '';
let executed = '';
let pending = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vntally-retry-'));
  executed = join(dir, 'a.ipynb');
  pending = join(dir, 'b.ipynb');
  await writeFile(executed, JSON.stringify({ cells: [{ cell_type: 'code', source: '1', outputs: [{ output_type: 'execute_result' }], execution_count: 1 }] }));
  await writeFile(pending, JSON.stringify({ cells: [{ cell_type: 'code', source: '1', outputs: [], execution_count: null }] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function recorder(code: number) {
  const calls: string[][] = [];
  return { calls, execute: async (files: string[]): Promise<LaneOutcome> => (calls.push(files), { code, output: `ran ${files.length}` }) };
}

describe('rerunUnstartedKernels', () => {
  it('runs again only the notebooks of the lane a dead kernel left unexecuted, and says so', async () => {
    const { calls, execute } = recorder(0);
    const outcomes: LaneOutcome[] = [{ code: 0, output: 'ok' }, { code: 1, output: DIED }];
    await rerunUnstartedKernels([[], [executed, pending]], outcomes, execute);
    expect(calls).toEqual([[pending]]);
    expect(outcomes[0]).toEqual({ code: 0, output: 'ok' });
    expect(outcomes[1]!.code).toBe(0);
    expect(outcomes[1]!.output).toContain('a kernel died before it started: 1 notebook(s) not executed were run again (exit 0)');
    expect(outcomes[1]!.output).toContain(DIED.trim());
  });

  it('keeps a second death a failure', async () => {
    const { calls, execute } = recorder(1);
    const outcomes: LaneOutcome[] = [{ code: 1, output: DIED }];
    await rerunUnstartedKernels([[pending]], outcomes, execute);
    expect(calls).toHaveLength(1);
    expect(outcomes[0]!.code).toBe(1);
  });

  it('does not rerun a lane that failed for another reason', async () => {
    const { calls, execute } = recorder(0);
    const outcomes: LaneOutcome[] = [{ code: 1, output: 'CellExecutionError: NameError' }];
    await rerunUnstartedKernels([[pending]], outcomes, execute);
    expect(calls).toEqual([]);
    expect(outcomes[0]!.code).toBe(1);
  });
});
