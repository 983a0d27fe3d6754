import { sql } from 'kysely';
import { AGGREGATE_DIMENSIONS } from '../../domain/crime-data/index.js';
import type { Executor } from '../schema.js';

export const STOP_SEARCH_DIMENSIONS = ['month', ...AGGREGATE_DIMENSIONS['stop-and-search']] as const;
export type StopSearchDimension = (typeof STOP_SEARCH_DIMENSIONS)[number];

export const STREET_DIMENSIONS = [
  'month',
  'force_code',
  'local_authority',
  'lsoa_code',
  'crime_type',
  'last_outcome',
] as const;
export type StreetDimension = (typeof STREET_DIMENSIONS)[number];

export interface GroupedCount<D extends string> {
  readonly values: Readonly<Record<D, string>>;
  readonly count: number;
}

/** A dimension's column: the month and force live on the slice, the rest on the aggregate row. */
function column(dimension: string): string {
  return dimension === 'month' || dimension === 'force_code' ? `s.${dimension}` : `c.${dimension}`;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function grouped<D extends string>(rows: readonly Record<string, unknown>[], by: readonly D[]): GroupedCount<D>[] {
  return rows.map((row) => ({
    values: Object.fromEntries(by.map((d) => [d, textOf(row[d])])) as Record<D, string>,
    count: Number(row.total),
  }));
}

/** Searches of one force over a span of months, summed by the dimensions asked for. */
export async function sumStopSearches(
  db: Executor,
  query: { force: string; firstMonth: string; lastMonth: string; by: readonly StopSearchDimension[] },
): Promise<GroupedCount<StopSearchDimension>[]> {
  // Dimension names come from the fixed list above, never from a request.
  const refs = query.by.map((d) => sql.ref(column(d)).as(d));
  let select = db
    .selectFrom('stop_search_counts as c')
    .innerJoin('police_uk_slices as s', 's.id', 'c.slice_id')
    .where('s.force_code', '=', query.force)
    .where('s.month', '>=', query.firstMonth)
    .where('s.month', '<=', query.lastMonth)
    .select((eb) => [...refs, eb.fn.sum<number>('c.searches').as('total')]);
  for (const d of query.by) select = select.groupBy(sql.ref(column(d)));
  return grouped(await select.execute(), query.by);
}

/** Street-level crimes summed by the dimensions asked for, for some forces, types and places. */
export async function sumStreetCrimes(
  db: Executor,
  query: {
    forces?: readonly string[];
    crimeTypes?: readonly string[];
    localAuthority?: string;
    firstMonth: string;
    lastMonth: string;
    by: readonly StreetDimension[];
  },
): Promise<GroupedCount<StreetDimension>[]> {
  if (query.forces?.length === 0 || query.crimeTypes?.length === 0) return [];
  const refs = query.by.map((d) => sql.ref(column(d)).as(d));
  let select = db
    .selectFrom('street_crime_counts as c')
    .innerJoin('police_uk_slices as s', 's.id', 'c.slice_id')
    .where('s.month', '>=', query.firstMonth)
    .where('s.month', '<=', query.lastMonth)
    .select((eb) => [...refs, eb.fn.sum<number>('c.crimes').as('total')]);
  if (query.forces !== undefined) select = select.where('s.force_code', 'in', [...query.forces]);
  if (query.crimeTypes !== undefined) select = select.where('c.crime_type', 'in', [...query.crimeTypes]);
  if (query.localAuthority !== undefined) select = select.where('c.local_authority', '=', query.localAuthority);
  for (const d of query.by) select = select.groupBy(sql.ref(column(d)));
  return grouped(await select.execute(), query.by);
}

/** The months of a layout held for a force, in order. */
export async function monthsHeld(db: Executor, force: string, layout: string): Promise<string[]> {
  const rows = await db
    .selectFrom('police_uk_slices')
    .select('month')
    .where('force_code', '=', force)
    .where('layout', '=', layout)
    .orderBy('month')
    .execute();
  return rows.map((row) => row.month);
}
