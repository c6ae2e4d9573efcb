/** Every subcommand of `vntally`, in the order `vntally --help` lists them. */
import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { sourcesCommand } from './sources.js';

export const COMMANDS: readonly Command[] = [extractCommand, sourcesCommand];
