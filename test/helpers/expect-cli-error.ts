import { expect } from 'vitest';
import { CliError } from '../../pipeline/cli-error.js';

/** Awaits `promise` and checks that it failed with a CliError of `code` whose message holds every fragment. */
export async function expectCliError(promise: Promise<unknown>, code: string, ...fragments: string[]): Promise<CliError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  const cli = error as CliError;
  expect(cli.code).toBe(code);
  for (const fragment of fragments) expect(cli.message).toContain(fragment);
  return cli;
}
