import { DuckDBInstance } from '@duckdb/node-api';
for (const ro of [false, true]) {
try { const i = await DuckDBInstance.create('/tmp/vx/db1.duckdb', ro ? {access_mode:'READ_ONLY'} : {}); console.log('opened', ro); } catch (e) { console.log(ro, (e as Error).message, Object.keys(e as object), (e as any).constructor.name); }
}
