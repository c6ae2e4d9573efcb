/** Every subcommand of `vntally`, in the order `vntally --help` lists them. */
import type { Command } from '../command.js';
import { crawlCommand } from './crawl.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { loadCommand } from './load.js';
import { queryCommand } from './query.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { scheduleCommand } from './schedule.js';
import { sourcesCommand } from './sources.js';
import { statusCommand } from './status.js';

export const COMMANDS: readonly Command[] = [runCommand, scheduleCommand, crawlCommand, extractCommand, loadCommand, queryCommand, exportCommand, reportCommand, statusCommand, sourcesCommand];
