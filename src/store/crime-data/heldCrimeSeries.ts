import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../schema.js';

/**
 * The counts held for one area and category over a span of months, as the database writes them
 * out: "2017-01:118,2017-02:124,…" in month order, and the ids of those rows in the same order.
 */
export interface HeldCrimeSeries {
  readonly text: string;
  readonly ids: string;
}

/** "camden\u0000burglary-residential": the key of one area's series of one category. */
export const seriesKey = (areaCode: string, categoryCode: string): string => `${areaCode}\u0000${categoryCode}`;

/** One month's count as the series text writes it. */
export const seriesEntry = (month: string, count: number): string => `${month}:${count}`;

const AREAS_PER_QUERY = 1000;

/**
 * Every series held for the areas and categories over the months, one row per area and category with the
 * database joining the months up. A file loaded again (the usual case: the same 24 months a
 * month later, or the demo's files) mostly repeats what is held, and comparing a few hundred
 * texts is far cheaper than fetching every count of the span row by row.
 */
export async function heldCrimeSeries(
  db: Executor,
  query: { areaCodes: readonly string[]; categoryCodes: readonly string[]; firstMonth: string; lastMonth: string },
): Promise<Map<string, HeldCrimeSeries>> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const entry = sql`month || ':' || ${sql.ref('count')}`;
  const text = postgres
    ? sql<string>`string_agg(${entry}, ',' order by month)`
    : sql<string>`group_concat(${entry}, ',' order by month)`;
  const ids = postgres
    ? sql<string>`string_agg(cast(id as text), ',' order by month)`
    : sql<string>`group_concat(id, ',' order by month)`;
  const held = new Map<string, HeldCrimeSeries>();
  for (let start = 0; start < query.areaCodes.length; start += AREAS_PER_QUERY) {
    const rows = await db
      .selectFrom('crime_counts')
      .select(['area_code', 'category_code', text.as('text'), ids.as('ids')])
      .where('area_code', 'in', query.areaCodes.slice(start, start + AREAS_PER_QUERY))
      // Naming the categories lets the unique index (area, category, month) go straight to the
      // months asked for, rather than read every month held for the areas.
      .where('category_code', 'in', query.categoryCodes)
      .where('month', '>=', query.firstMonth)
      .where('month', '<=', query.lastMonth)
      .groupBy(['area_code', 'category_code'])
      .execute();
    for (const row of rows) held.set(seriesKey(row.area_code, row.category_code), { text: row.text, ids: row.ids });
  }
  return held;
}

/** The count and row id of each month of a held series. */
export function heldCounts(series: HeldCrimeSeries): Map<string, { id: number; count: number }> {
  const ids = series.ids.split(',');
  const counts = new Map<string, { id: number; count: number }>();
  series.text.split(',').forEach((entry, index) => {
    const colon = entry.indexOf(':');
    counts.set(entry.slice(0, colon), { id: Number(ids[index]), count: Number(entry.slice(colon + 1)) });
  });
  return counts;
}
