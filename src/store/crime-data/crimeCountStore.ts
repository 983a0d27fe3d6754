import type { BulkInsert } from '../bulkInsert.js';
import type { Executor } from '../schema.js';
import { countsIn, writeCrimeSeries, type CrimeCountSeriesSet } from './crimeSeriesWrite.js';

export {
  countsIn,
  digestOf,
  writeCrimeSeries,
  type CrimeCountSeries,
  type CrimeCountSeriesSet,
} from './crimeSeriesWrite.js';

export interface CrimeCount {
  readonly areaCode: string;
  readonly categoryCode: string;
  /** "2015-04" */
  readonly month: string;
  readonly count: number;
}

export interface CrimeImportRecord {
  readonly source: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly rowsRead: number;
  readonly countsWritten: number;
  readonly loadedAt: string;
  readonly loadedBy: string;
  /** The digest of the counts the file gave (digestOf), where the importer computed one. */
  readonly countsSha256?: string;
}

export async function insertCrimeImport(db: Executor, record: CrimeImportRecord): Promise<number> {
  const { id } = await db
    .insertInto('crime_imports')
    .values({
      source: record.source,
      file_name: record.fileName,
      sha256: record.sha256,
      first_month: record.firstMonth,
      last_month: record.lastMonth,
      rows_read: record.rowsRead,
      counts_written: record.countsWritten,
      loaded_at: record.loadedAt,
      loaded_by: record.loadedBy,
      counts_sha256: record.countsSha256 ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Writes counts, replacing any held for the same area, category and month, and keeping each
 * replaced value as a revision. Answers how many were new and how many changed (writeCrimeSeries).
 */
export async function writeCrimeCounts(
  db: Executor,
  counts: readonly CrimeCount[],
  importId: number,
  bulkInsert?: BulkInsert,
): Promise<{ added: number; revised: number }> {
  const months = [...new Set(counts.map((c) => c.month))];
  const position = new Map(months.map((month, index) => [month, index]));
  const series = new Map<string, { areaCode: string; categoryCode: string; values: (number | null)[] }>();
  for (const c of counts) {
    const key = `${c.areaCode}\u0000${c.categoryCode}`;
    let held = series.get(key);
    if (held === undefined) {
      held = { areaCode: c.areaCode, categoryCode: c.categoryCode, values: months.map(() => null) };
      series.set(key, held);
    }
    held.values[position.get(c.month) ?? 0] = c.count;
  }
  return writeCrimeSeries(db, { months, series: [...series.values()] }, importId, bulkInsert);
}

/**
 * Whether the database holds exactly these counts already: an earlier import gave the same counts
 * (the same digest), no count has changed since (every change to a held count leaves a revision),
 * and as many counts are held for the set's areas, categories and months as the set has (counts
 * are removed only with the demo's generated ones, and this would notice any other removal).
 * Then loading them again changes nothing, and they need not be compared one by one.
 */
export async function countsStillHeld(db: Executor, set: CrimeCountSeriesSet, countsSha256: string): Promise<boolean> {
  const last = await db
    .selectFrom('crime_imports')
    .select((eb) => eb.fn.max<number>('id').as('id'))
    .where('counts_sha256', '=', countsSha256)
    .executeTakeFirst();
  if (last?.id === null || last?.id === undefined) return false;
  const later = await db
    .selectFrom('crime_count_revisions')
    .select('id')
    .where('import_id', '>', last.id)
    .limit(1)
    .executeTakeFirst();
  if (later !== undefined) return false;
  const months = [...set.months].sort();
  const areaCodes = [...new Set(set.series.map((s) => s.areaCode))];
  const categoryCodes = [...new Set(set.series.map((s) => s.categoryCode))];
  let held = 0;
  for (let start = 0; start < areaCodes.length; start += 1000) {
    const row = await db
      .selectFrom('crime_counts')
      .select((eb) => eb.fn.countAll<number>().as('held'))
      .where('area_code', 'in', areaCodes.slice(start, start + 1000))
      .where('category_code', 'in', categoryCodes)
      .where('month', '>=', months[0] ?? '')
      .where('month', '<=', months.at(-1) ?? '')
      .executeTakeFirst();
    held += row?.held ?? 0;
  }
  return held === countsIn(set);
}

/** Monthly totals for areas and categories, summed in the database. */
export async function sumCrimeCounts(
  db: Executor,
  query: { areaCodes: readonly string[]; categoryCodes: readonly string[]; firstMonth: string; lastMonth: string },
): Promise<Map<string, number>> {
  if (query.areaCodes.length === 0 || query.categoryCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('crime_counts')
    .select(['month', (eb) => eb.fn.sum<number>('count').as('total')])
    .where('area_code', 'in', [...query.areaCodes])
    .where('category_code', 'in', [...query.categoryCodes])
    .where('month', '>=', query.firstMonth)
    .where('month', '<=', query.lastMonth)
    .groupBy('month')
    .execute();
  return new Map(rows.map((row) => [row.month, row.total]));
}

/** Totals per area for a span of months, for comparing boroughs. */
export async function sumCrimeCountsByArea(
  db: Executor,
  query: { categoryCodes: readonly string[]; firstMonth: string; lastMonth: string },
): Promise<Map<string, number>> {
  if (query.categoryCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('crime_counts')
    .select(['area_code', (eb) => eb.fn.sum<number>('count').as('total')])
    .where('category_code', 'in', [...query.categoryCodes])
    .where('month', '>=', query.firstMonth)
    .where('month', '<=', query.lastMonth)
    .groupBy('area_code')
    .execute();
  return new Map(rows.map((row) => [row.area_code, row.total]));
}

/**
 * The first and last month the loaded crime files cover. Read from the imports, one row per file,
 * because the counts themselves run to hundreds of thousands of rows; every count belongs to an
 * import and only the demo's generated counts are ever removed, together with their import.
 */
export async function crimeMonthsHeld(db: Executor): Promise<{ first: string | null; last: string | null }> {
  const row = await db
    .selectFrom('crime_imports')
    .select([(eb) => eb.fn.min<string>('first_month').as('first'), (eb) => eb.fn.max<string>('last_month').as('last')])
    .executeTakeFirst();
  return { first: row?.first ?? null, last: row?.last ?? null };
}

/** Removes the demo's generated counts: real files, once loaded, must never be mixed with them. */
export async function deleteSyntheticCrimeCounts(db: Executor): Promise<number> {
  const imports = await db.selectFrom('crime_imports').select('id').where('source', '=', 'demo-synthetic').execute();
  if (imports.length === 0) return 0;
  const ids = imports.map((row) => row.id);
  const removed = await db.deleteFrom('crime_counts').where('import_id', 'in', ids).executeTakeFirst();
  await db.deleteFrom('crime_count_revisions').where('import_id', 'in', ids).execute();
  await db.deleteFrom('crime_imports').where('id', 'in', ids).execute();
  return Number(removed.numDeletedRows);
}

/**
 * Whether the demo's generated counts cover any of these months, or with no months any at all
 * (real files replace them entirely).
 */
export async function countsAreSynthetic(db: Executor, span?: { first: string; last: string }): Promise<boolean> {
  let query = db.selectFrom('crime_imports').select('id').where('source', '=', 'demo-synthetic');
  if (span !== undefined) query = query.where('first_month', '<=', span.last).where('last_month', '>=', span.first);
  return (await query.executeTakeFirst()) !== undefined;
}
