import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
rmSync('/tmp/vx/perf.duckdb', {force:true}); rmSync('/tmp/vx/perf.duckdb.wal', {force:true});
const inst = await DuckDBInstance.create('/tmp/vx/perf.duckdb');
const c = await inst.connect();
const cols = `{fact_id:'VARCHAR', article_id:'VARCHAR', run_id:'VARCHAR', extractor_version:'VARCHAR', metric:'VARCHAR', value:'DOUBLE', value_max:'DOUBLE', unit:'VARCHAR', kind:'VARCHAR', approx:'VARCHAR', scope:'VARCHAR', period:'VARCHAR', as_of:'DATE', parent:'VARCHAR', parts_sum_match:'BOOLEAN', confidence:'DOUBLE', sentence:'VARCHAR', sentence_start:'INTEGER', sentence_end:'INTEGER', mention:'VARCHAR', mention_start:'INTEGER', mention_end:'INTEGER'}`;
const ddl = `CREATE TABLE facts (fact_id VARCHAR, article_id VARCHAR, run_id VARCHAR, extractor_version VARCHAR, metric VARCHAR, value DOUBLE, value_max DOUBLE, unit VARCHAR, kind VARCHAR, approx VARCHAR, scope VARCHAR, period VARCHAR, as_of DATE, parent VARCHAR, parts_sum_match BOOLEAN, confidence DOUBLE, sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER, mention VARCHAR, mention_start INTEGER, mention_end INTEGER)`;
await c.run(ddl);
const f = '/tmp/vx/runs/big/facts.jsonl';
async function time(label: string, sql: string, p: any[] = [f]) { const t = performance.now(); await c.run(sql, p); console.log(label, Math.round(performance.now()-t)); }
for (const setting of process.argv.slice(2)) await c.run(setting);
await time('count', `SELECT count(*) FROM read_json($1, format='newline_delimited', columns=${cols})`);
await time('count-all', `SELECT count(DISTINCT sentence), max(mention), max(fact_id) FROM read_json($1, format='newline_delimited', columns=${cols})`);
await time('temp', `CREATE TEMP TABLE s AS SELECT * FROM read_json($1, format='newline_delimited', columns=${cols})`);
await time('insert', `BEGIN; INSERT INTO facts SELECT * FROM read_json($1, format='newline_delimited', columns=${cols}); COMMIT`);
await time('insert-from-temp', `BEGIN; INSERT INTO facts SELECT * FROM s; COMMIT`, []);
