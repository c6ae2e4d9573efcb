#!/usr/bin/env node
// The `vntally` command. Sources are TypeScript; tsx compiles them on load so a
// fresh clone needs no build step and never runs stale output.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
