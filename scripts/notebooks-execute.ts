/**
 * Runs notebooks headless the way Jupyter does: Debian's nbconvert with the
 * project's kernelspec (notebooks/kernels/vntally-deno, found through
 * JUPYTER_PATH), the database given in VNTALLY_DB. Used by
 * notebooks-check.ts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CliError } from '../pipeline/cli-error.js';

/** The kernelspec committed under notebooks/kernels/. */
export const KERNEL_NAME = 'vntally-deno';

/** Per cell; a cold kernel on a loaded machine needs seconds, a cell of the demo well under one. */
const CELL_TIMEOUT_S = 600;
const KERNEL_STARTUP_TIMEOUT_S = 120;

export interface ExecuteEnvironment {
  root: string;
  /** Absolute path of the database the notebooks read. */
  db: string;
}

export interface ProcessResult {
  code: number;
  output: string;
}

/** The environment of a Jupyter process: the project's kernelspec first, the database. */
export function jupyterEnvironment(env: ExecuteEnvironment): NodeJS.ProcessEnv {
  const kernels = join(env.root, 'notebooks');
  return {
    ...process.env,
    JUPYTER_PATH: process.env.JUPYTER_PATH ? `${kernels}:${process.env.JUPYTER_PATH}` : kernels,
    VNTALLY_DB: env.db,
    // Python's own warnings about its debugger are noise in the log.
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
  };
}

/** Runs a command, collecting stdout and stderr together; never rejects on a non-zero exit. */
export function runProcess(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        missing
          ? new CliError('tool_missing', `${command} not found: run bash scripts/ensure-notebook-deps.sh (installs Debian's jupyter-notebook, jupyter-nbconvert, python3-nbclient)`, { cause: error })
          : error,
      );
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/**
 * Executes `files` in place, one after the other in one nbconvert process
 * (one kernel per notebook). Errors inside cells are kept as outputs
 * (allow_errors) so that every failing cell is reported, not just the first.
 */
export function executeInPlace(files: readonly string[], env: ExecuteEnvironment): Promise<ProcessResult> {
  return runProcess(
    'jupyter',
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--inplace',
      `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
      '--ExecutePreprocessor.allow_errors=True',
      `--ExecutePreprocessor.timeout=${CELL_TIMEOUT_S}`,
      `--ExecutePreprocessor.startup_timeout=${KERNEL_STARTUP_TIMEOUT_S}`,
      ...files,
    ],
    { cwd: env.root, env: jupyterEnvironment(env) },
  );
}

/** Exports executed notebooks to HTML pages in `outDir` (same base names). */
export function exportHtml(files: readonly string[], outDir: string, env: ExecuteEnvironment): Promise<ProcessResult> {
  return runProcess('jupyter', ['nbconvert', '--to', 'html', '--output-dir', outDir, ...files], { cwd: env.root, env: jupyterEnvironment(env) });
}

/**
 * Type-checks the notebooks' helpers with the kernel's own deno (the
 * project's tsc does not see notebooks/: Deno globals, sloppy imports).
 */
export function typeCheckHelpers(deno: string, env: ExecuteEnvironment): Promise<ProcessResult> {
  return runProcess(deno, ['check', '--quiet', 'lib/index.ts'], { cwd: join(env.root, 'notebooks'), env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' } });
}

/** Fails with what to install when nbconvert or the kernel's deno is missing. */
export async function checkTools(env: ExecuteEnvironment): Promise<{ nbconvert: string; deno: string }> {
  const nbconvert = await runProcess('jupyter', ['nbconvert', '--version'], { cwd: env.root, env: jupyterEnvironment(env) });
  if (nbconvert.code !== 0) {
    throw new CliError('tool_missing', `jupyter nbconvert does not run (${nbconvert.output.trim().split('\n').pop() ?? ''}): run bash scripts/ensure-notebook-deps.sh`);
  }
  const launcher = join(env.root, 'notebooks/kernels', KERNEL_NAME, 'launch.sh');
  const deno = await runProcess('sh', [launcher, '--which'], { cwd: env.root, env: process.env });
  if (deno.code !== 0) throw new CliError('tool_missing', deno.output.trim() || `${launcher} --which failed`);
  return { nbconvert: nbconvert.output.trim(), deno: deno.output.trim() };
}
