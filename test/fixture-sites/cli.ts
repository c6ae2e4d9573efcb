/**
 * Starts the fixture sites for manual use and the offline demo:
 *
 *   node --import tsx test/fixture-sites/cli.ts [--port N] [--sites id,id] [--latency MS]
 *
 * Prints each site's origin and start URL, then serves until Ctrl-C.
 * With --port N the directory listens on N and site i on N + 1 + i, so URLs
 * stay the same between runs; without it every port is ephemeral.
 */
import { parseArgs } from 'node:util';
import { startFixtureServer } from './server.js';

const USAGE = 'usage: node --import tsx test/fixture-sites/cli.ts [--port N] [--sites id,id,…] [--latency MS]';

async function main(): Promise<number> {
  let values: { port?: string; sites?: string; latency?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, sites: { type: 'string' }, latency: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`fixture-sites: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  const latency = values.latency === undefined ? 0 : Number(values.latency);
  if (!Number.isInteger(port) || port < 0 || port > 65_000 || !Number.isFinite(latency) || latency < 0) {
    console.error(`fixture-sites: --port must be an integer port and --latency a number of milliseconds\n${USAGE}`);
    return 2;
  }
  let server;
  try {
    server = await startFixtureServer({
      port,
      ...(values.sites ? { sites: values.sites.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
      faults: { latencyMs: latency },
    });
  } catch (error) {
    console.error(`fixture-sites: ${(error as Error).message}`);
    return 2;
  }
  console.log(`directory   ${server.origin}/  (${server.origin}/sites.json)`);
  for (const site of server.sites) {
    console.log(`${site.id.padEnd(13)} ${site.startUrl.padEnd(48)} ${String(site.articles.length).padStart(3)} articles  ${site.family}${site.needsBrowser ? ' (needs a browser)' : ''}`);
  }
  console.log('Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

process.exitCode = await main();
