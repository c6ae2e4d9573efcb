import { writeGeneratedRun } from '../test/db-fixtures.js';
const t=Date.now();
const r = await writeGeneratedRun('/tmp/vx/runs', { runId: 'big', facts: Number(process.argv[2] ?? 1000000) });
console.log(r, Date.now()-t, process.memoryUsage().rss/1e6);
