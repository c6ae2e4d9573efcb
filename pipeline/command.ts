/** A subcommand of `vntally`: its name, one-line summary, full help, and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** Full usage text printed by `vntally <name> --help`. */
  help: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}
