/**
 * The one error type the CLI knows. A `CliError` is the user's mistake or an
 * expected failure (missing file, bad flag): the CLI prints its message on one
 * line and exits with its code. Anything else is a bug and is printed whole.
 */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(code: string, message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.code = code;
    this.exitCode = options.exitCode ?? 2;
  }
}
