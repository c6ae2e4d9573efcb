/**
 * The reference tables: the source registry (data/sources.json, through
 * crawlers/registry.ts) and the gazetteer with its 2025 mapping
 * (data/provinces.json, through extract/gazetteer.ts). Replaced whole at
 * every load, inside the load's transaction, so they always describe the
 * code that loaded the facts.
 */
import { BOOLEAN, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import { loadRegistry, RegistryError, DEFAULT_REGISTRY_URL } from '../../crawlers/registry.js';
import { PROVINCES, UNITS_2025 } from '../../extract/gazetteer.js';
import { CliError } from '../cli-error.js';
import type { Database } from './database.js';

const TEXT_LIST = LIST(VARCHAR);

export interface ReferenceCounts {
  sources: number;
  provinces: number;
  units: number;
}

/** Replaces sources, gazetteer and units_2025. `registry` null leaves sources as they are (tests without a registry). */
export async function loadReference(db: Database, registry: string | URL | null = DEFAULT_REGISTRY_URL): Promise<ReferenceCounts> {
  let sources = 0;
  if (registry !== null) {
    let loaded;
    try {
      loaded = await loadRegistry(registry);
    } catch (error) {
      if (error instanceof RegistryError) throw new CliError('registry_invalid', error.message, { cause: error });
      throw error;
    }
    await db.run('DELETE FROM sources');
    const column = <K extends keyof (typeof loaded.sources)[number]>(key: K) => loaded.sources.map((source) => source[key]);
    await db.run(
      `INSERT INTO sources
       SELECT unnest($1), unnest($2), unnest($3), unnest($4), unnest($5), unnest($6), unnest($7), unnest($8), unnest($9), unnest($10)`,
      [
        listValue(column('id')),
        listValue(column('name')),
        listValue(column('kind')),
        listValue(column('province')),
        listValue(column('province_2025')),
        listValue(column('base_url')),
        listValue(loaded.sources.map((s) => listValue(s.hosts))),
        listValue(column('cms')),
        listValue(column('verified')),
        listValue(column('needs_browser')),
      ],
      [TEXT_LIST, TEXT_LIST, TEXT_LIST, TEXT_LIST, TEXT_LIST, TEXT_LIST, LIST(TEXT_LIST), TEXT_LIST, TEXT_LIST, LIST(BOOLEAN)],
    );
    sources = loaded.sources.length;
  }
  // One statement per table, the columns as lists: a few hundred single-row inserts cost a third of a second.
  await db.run('DELETE FROM gazetteer');
  await db.run('INSERT INTO gazetteer SELECT unnest($1), unnest($2), unnest($3)', [
    listValue(PROVINCES.map((p) => p.name)),
    listValue(PROVINCES.map((p) => p.unit_2025)),
    listValue(PROVINCES.map((p) => p.type)),
  ], [TEXT_LIST, TEXT_LIST, TEXT_LIST]);
  await db.run('DELETE FROM units_2025');
  await db.run('INSERT INTO units_2025 SELECT unnest($1), unnest($2), unnest($3), unnest($4)', [
    listValue(UNITS_2025.map((u) => u.name)),
    listValue(UNITS_2025.map((u) => u.type)),
    listValue(UNITS_2025.map((u) => listValue(u.members))),
    listValue(UNITS_2025.map((u) => u.centre)),
  ], [TEXT_LIST, TEXT_LIST, LIST(TEXT_LIST), TEXT_LIST]);
  return { sources, provinces: PROVINCES.length, units: UNITS_2025.length };
}
