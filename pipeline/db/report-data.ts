/**
 * The figures of `vntally report`: per pre-2025 province and per 2025 unit,
 * the latest stock or the latest year's flows of a few headline metrics,
 * from the views (so syndicated copies count once and "trong đó" parts are
 * not added to their totals), plus union density and counts.
 */
import type { Database } from './database.js';

/** The headline figures, in column order. `measure` names the province_year_metric column. */
export const REPORT_FIGURES = [
  { key: 'party_members', metric: 'party_members', measure: 'latest_stock', label: 'Party members', note: 'latest stock' },
  { key: 'party_admissions', metric: 'party_admissions', measure: 'flows', label: 'Admitted to the Party', note: 'latest year, summed' },
  { key: 'party_organizations', metric: 'party_organizations', measure: 'latest_stock', label: 'Party organisations', note: 'latest stock' },
  { key: 'union_grassroots', metric: 'union_grassroots', measure: 'latest_stock', label: 'Grassroots unions', note: 'latest stock' },
  { key: 'union_members', metric: 'union_members', measure: 'latest_stock', label: 'Union members', note: 'latest stock' },
] as const;
export type FigureKey = (typeof REPORT_FIGURES)[number]['key'];

export interface Figure {
  value: number;
  year: number;
}

export interface AreaRow {
  /** Pre-2025 province or 2025 unit. */
  name: string;
  /** For a province: its 2025 unit. For a unit: its member provinces with data. */
  context: string;
  articles: number;
  facts: number;
  firstYear: number | null;
  lastYear: number | null;
  figures: Record<FigureKey, Figure | null>;
  /** Latest union density (union members ÷ workers), for provinces. */
  density: Figure | null;
}

export interface ReportData {
  dbPath: string;
  generatedAt: string;
  totals: { articles: number; facts: number; observations: number; groups: number; runs: number; lastRun: string | null; lastLoadedAt: string | null };
  provinces: AreaRow[];
  units: AreaRow[];
  /** Provinces of the gazetteer with no kept article. */
  provincesWithoutData: string[];
}

function num(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' ? value : 0;
}

function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

function emptyFigures(): Record<FigureKey, Figure | null> {
  return Object.fromEntries(REPORT_FIGURES.map((f) => [f.key, null])) as Record<FigureKey, Figure | null>;
}

/** Latest stock (by year, then as-of date) and latest year's flows per area and metric. */
async function readFigures(db: Database, view: 'province_year_metric' | 'unit_year_metric', area: 'province' | 'unit'): Promise<Map<string, Record<FigureKey, Figure | null>>> {
  // `view` and `area` are constants of this module (two fixed pairs), not user input.
  const rows = await db.readRows<{ area: string; metric: string; stock: number | null; stock_year: number | null; flows: number | null; flows_year: number | null }>(
    `SELECT ${area} AS area, metric,
            arg_max(latest_stock, (year, latest_stock_on)) FILTER (WHERE latest_stock IS NOT NULL) AS stock,
            max(year) FILTER (WHERE latest_stock IS NOT NULL) AS stock_year,
            arg_max(flows, year) FILTER (WHERE flows IS NOT NULL) AS flows,
            max(year) FILTER (WHERE flows IS NOT NULL) AS flows_year
     FROM ${view}
     GROUP BY ALL`,
  );
  const out = new Map<string, Record<FigureKey, Figure | null>>();
  for (const row of rows) {
    const figures = out.get(row.area) ?? emptyFigures();
    for (const figure of REPORT_FIGURES) {
      if (figure.metric !== row.metric) continue;
      const value = figure.measure === 'latest_stock' ? row.stock : row.flows;
      const year = figure.measure === 'latest_stock' ? row.stock_year : row.flows_year;
      if (value !== null && year !== null) figures[figure.key] = { value: num(value), year: num(year) };
    }
    out.set(row.area, figures);
  }
  return out;
}

export async function readReportData(db: Database): Promise<ReportData> {
  const totals = await db.readRow<Record<string, unknown>>(
    `SELECT (SELECT count(*) FROM articles) AS articles,
            (SELECT count(*) FROM facts) AS facts,
            (SELECT count(*) FROM distinct_observations) AS observations,
            (SELECT count(DISTINCT syndication_group) FROM articles) AS groups,
            (SELECT count(*) FROM runs WHERE status = 'loaded') AS runs,
            (SELECT arg_max(run_id, loaded_at) FROM runs WHERE status = 'loaded') AS last_run,
            (SELECT strftime(max(loaded_at), '%Y-%m-%d %H:%M %Z') FROM runs WHERE status = 'loaded') AS last_loaded_at`,
  );
  const provinceFigures = await readFigures(db, 'province_year_metric', 'province');
  const unitFigures = await readFigures(db, 'unit_year_metric', 'unit');

  const provinceRows = await db.readRows<Record<string, unknown>>(
    `WITH a AS (SELECT province, any_value(province_2025) AS province_2025, count(*) AS articles FROM articles WHERE province IS NOT NULL GROUP BY province),
          f AS (SELECT province, count(*) AS facts, min(fact_year(as_of, period, published)) AS first_year, max(fact_year(as_of, period, published)) AS last_year
                FROM facts_flat WHERE province IS NOT NULL GROUP BY province),
          d AS (SELECT province, arg_max(density, (year, union_members)) AS density, max(year) AS density_year
                FROM union_density WHERE province IS NOT NULL AND year IS NOT NULL GROUP BY province)
     SELECT a.province AS name, a.province_2025 AS context, a.articles, coalesce(f.facts, 0) AS facts, f.first_year, f.last_year, d.density, d.density_year
     FROM a LEFT JOIN f USING (province) LEFT JOIN d USING (province)
     ORDER BY a.province COLLATE vi`,
  );
  const unitRows = await db.readRows<Record<string, unknown>>(
    `WITH a AS (SELECT province_2025 AS unit, count(*) AS articles, list(DISTINCT province ORDER BY province) AS provinces FROM articles WHERE province_2025 IS NOT NULL GROUP BY province_2025),
          f AS (SELECT province_2025 AS unit, count(*) AS facts, min(fact_year(as_of, period, published)) AS first_year, max(fact_year(as_of, period, published)) AS last_year
                FROM facts_flat WHERE province_2025 IS NOT NULL GROUP BY province_2025)
     SELECT a.unit AS name, array_to_string(a.provinces, ', ') AS context, a.articles, coalesce(f.facts, 0) AS facts, f.first_year, f.last_year
     FROM a LEFT JOIN f USING (unit)
     ORDER BY a.unit COLLATE vi`,
  );
  const missing = await db.readRows<{ province: string }>(
    'SELECT province FROM gazetteer WHERE province NOT IN (SELECT province FROM articles WHERE province IS NOT NULL) ORDER BY province COLLATE vi',
  );

  const toArea = (row: Record<string, unknown>, figures: Map<string, Record<FigureKey, Figure | null>>): AreaRow => {
    const name = String(row.name);
    const density = numOrNull(row.density);
    const densityYear = numOrNull(row.density_year);
    return {
      name,
      context: row.context === null || row.context === undefined ? '' : String(row.context),
      articles: num(row.articles),
      facts: num(row.facts),
      firstYear: numOrNull(row.first_year),
      lastYear: numOrNull(row.last_year),
      figures: figures.get(name) ?? emptyFigures(),
      density: density === null || densityYear === null ? null : { value: density, year: densityYear },
    };
  };

  return {
    dbPath: db.path,
    generatedAt: new Date().toISOString(),
    totals: {
      articles: num(totals?.articles),
      facts: num(totals?.facts),
      observations: num(totals?.observations),
      groups: num(totals?.groups),
      runs: num(totals?.runs),
      lastRun: totals?.last_run === null || totals?.last_run === undefined ? null : String(totals.last_run),
      lastLoadedAt: totals?.last_loaded_at === null || totals?.last_loaded_at === undefined ? null : String(totals.last_loaded_at),
    },
    provinces: provinceRows.map((r) => toArea(r, provinceFigures)),
    units: unitRows.map((r) => toArea(r, unitFigures)),
    provincesWithoutData: missing.map((m) => m.province),
  };
}
