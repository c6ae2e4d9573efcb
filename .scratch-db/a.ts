import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/vx/t.jsonl', '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n');
const inst = await DuckDBInstance.create('/tmp/vx/db1.duckdb');
const c = await inst.connect();
await c.run("SET TimeZone='Asia/Ho_Chi_Minh'");
let r = await c.runAndReadAll("select * from read_json($1, format='newline_delimited', columns={a:'INTEGER', b:'VARCHAR'})", ['/tmp/vx/t.jsonl']);
console.log(r.getRowObjectsJS());
try { r = await c.runAndReadAll("copy (select 1 as x) to $1 (format parquet)", ['/tmp/vx/o.parquet']); console.log('copy param ok'); } catch (e) { console.log('copy param', (e as Error).message); }
r = await c.runAndReadAll("select current_setting('TimeZone') tz, version() v");
console.log(r.getRowObjectsJS());
if (process.argv[2]==='hold') { await new Promise(r=>setTimeout(r, 4000)); }
