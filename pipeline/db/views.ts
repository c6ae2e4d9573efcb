/**
 * The analysis surface: views over facts and articles that notebooks, the
 * `report` and `export` commands and outside checks read. Created (replaced)
 * by every writer; stored in the file, so read-only readers see them too.
 *
 * - `fact_year(as_of, period, published)`: the year a fact is about: the
 *   year of its as-of date, else the first year of its period ("2020-2025"
 *   → 2020), else the year the article was published.
 * - `facts_flat`: one row per fact with its article's URL, source, title,
 *   province (pre-2025 and 2025 unit) and publication date.
 * - `distinct_observations` (syndication.ts): one row per observation of a
 *   story, however many sites carried it.
 * - `province_year_metric`: per pre-2025 province × year × metric, from the
 *   distinct observations that are not "trong đó" parts of another fact.
 * - `unit_year_metric`: the same rolled up to the 34 units of 2025.
 * - `union_density`: union members ÷ workers where one article states both
 *   for the same scope and date or period.
 */
import type { Database } from './database.js';
import { DISTINCT_OBSERVATIONS_VIEW } from './syndication.js';

/** The columns of `facts_flat`, in order: the fixed 15 (issue 4), then the traceability ones. */
export const FACTS_FLAT_COLUMNS = [
  'url',
  'source',
  'title',
  'province',
  'province_2025',
  'published',
  'metric',
  'value',
  'value_max',
  'unit',
  'kind',
  'approx',
  'scope',
  'period',
  'sentence',
  'fact_id',
  'article_id',
  'run_id',
  'extractor_version',
  'as_of',
  'confidence',
] as const;

const FACT_YEAR_MACRO = String.raw`
CREATE OR REPLACE MACRO fact_year(as_of, period, published) AS
  CAST(coalesce(year(as_of), TRY_CAST(regexp_extract(period, '^(\d{4})', 1) AS INTEGER), year(published)) AS INTEGER)`;

const FACTS_FLAT_VIEW = `
CREATE OR REPLACE VIEW facts_flat AS
SELECT a.url, a.source_id AS source, a.title, a.province, a.province_2025, a.published,
       f.metric, f.value, f.value_max, f.unit, f.kind, f.approx, f.scope, f.period, f.sentence,
       f.fact_id, f.article_id, f.run_id, f.extractor_version, f.as_of, f.confidence
FROM facts f
JOIN articles a ON a.article_id = f.article_id`;

/**
 * Latest stock: the stock observed last (as-of date, else publication date,
 * else 31 December of the year), the larger value on a tie, because a
 * province's article often gives the province-wide total beside district
 * figures of the same day. Flows are summed over distinct observations,
 * which double-counts a district's flow reported beside its province's
 * total: `largest_flow` is the safer reading when both are present.
 */
const PROVINCE_YEAR_METRIC_VIEW = `
CREATE OR REPLACE VIEW province_year_metric AS
WITH o AS (
  SELECT *, coalesce(as_of, published, make_date(year, 12, 31)) AS observed_on
  FROM distinct_observations
  WHERE province IS NOT NULL AND year IS NOT NULL AND NOT is_part
)
SELECT province,
       any_value(province_2025) AS province_2025,
       year,
       metric,
       arg_max(value, (observed_on, value)) FILTER (WHERE unit = 'count' AND kind = 'stock') AS latest_stock,
       max(observed_on) FILTER (WHERE unit = 'count' AND kind = 'stock') AS latest_stock_on,
       sum(value) FILTER (WHERE unit = 'count' AND kind = 'flow') AS flows,
       max(value) FILTER (WHERE unit = 'count' AND kind = 'flow') AS largest_flow,
       arg_max(value, (observed_on, value)) FILTER (WHERE unit = 'count' AND kind = 'target') AS target,
       arg_max(value, observed_on) FILTER (WHERE unit = 'percent' AND kind = 'target') AS target_percent,
       arg_max(value, observed_on) FILTER (WHERE unit = 'percent' AND kind = 'achievement') AS achievement_percent,
       count(*) AS observations,
       count(DISTINCT syndication_group) AS stories
FROM o
GROUP BY province, year, metric`;

/**
 * A 2025 unit's stock is the sum of its member provinces' latest stocks;
 * `provinces_with_stock` against `member_provinces` says whether every
 * member reported. Percentages are averaged over the members that gave one.
 */
const UNIT_YEAR_METRIC_VIEW = `
CREATE OR REPLACE VIEW unit_year_metric AS
SELECT p.province_2025 AS unit,
       p.year,
       p.metric,
       sum(p.latest_stock) AS latest_stock,
       count(p.latest_stock) AS provinces_with_stock,
       max(p.latest_stock_on) AS latest_stock_on,
       sum(p.flows) AS flows,
       max(p.largest_flow) AS largest_flow,
       sum(p.target) AS target,
       avg(p.target_percent) AS target_percent,
       avg(p.achievement_percent) AS achievement_percent,
       list(p.province ORDER BY p.province) AS provinces,
       any_value(len(u.members)) AS member_provinces,
       sum(p.observations) AS observations,
       sum(p.stories) AS stories
FROM province_year_metric p
LEFT JOIN units_2025 u ON u.unit = p.province_2025
WHERE p.province_2025 IS NOT NULL
GROUP BY p.province_2025, p.year, p.metric`;

/**
 * Pairs of union-member and worker stocks from one article with the same
 * scope, as-of date and period (NULL matching NULL: an article that names
 * neither speaks of one subject). Copies of a story give one row.
 */
const UNION_DENSITY_VIEW = `
CREATE OR REPLACE VIEW union_density AS
SELECT DISTINCT ON (a.syndication_group, u.scope, u.as_of, u.period, u.value, w.value)
       a.province,
       a.province_2025,
       fact_year(u.as_of, u.period, a.published) AS year,
       u.scope,
       u.as_of,
       u.period,
       u.value AS union_members,
       w.value AS workers,
       u.value / w.value AS density,
       a.url,
       a.article_id,
       u.fact_id AS union_fact_id,
       w.fact_id AS workers_fact_id
FROM facts u
JOIN facts w
  ON w.article_id = u.article_id
 AND w.scope IS NOT DISTINCT FROM u.scope
 AND w.as_of IS NOT DISTINCT FROM u.as_of
 AND w.period IS NOT DISTINCT FROM u.period
JOIN articles a ON a.article_id = u.article_id
WHERE u.metric = 'union_members' AND u.unit = 'count' AND u.kind = 'stock'
  AND w.metric = 'workers' AND w.unit = 'count' AND w.kind = 'stock'
  AND w.value > 0
ORDER BY a.syndication_group, u.scope, u.as_of, u.period, u.value, w.value, a.article_id`;

export const VIEWS = ['facts_flat', 'distinct_observations', 'province_year_metric', 'unit_year_metric', 'union_density'] as const;

/** Creates or replaces the macro and the views, in dependency order. */
export async function createViews(db: Database): Promise<void> {
  for (const statement of [FACT_YEAR_MACRO, FACTS_FLAT_VIEW, DISTINCT_OBSERVATIONS_VIEW, PROVINCE_YEAR_METRIC_VIEW, UNIT_YEAR_METRIC_VIEW, UNION_DENSITY_VIEW]) {
    await db.run(statement);
  }
}
