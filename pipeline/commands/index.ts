/** Every subcommand of `vntally`, in the order `vntally --help` lists them. */
import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { sourcesCommand } from './sources.js';
import { crawlCommand } from './crawl.js';

export const COMMANDS: readonly Command[] = [crawlCommand, extractCommand, sourcesCommand];
