import { createHash } from 'node:crypto';
import type { BulkInsert, BulkValue } from '../bulkInsert.js';
import type { Executor } from '../schema.js';
import { heldCounts, heldCrimeSeries, seriesEntry, seriesKey, type HeldCrimeSeries } from './heldCrimeSeries.js';

/** One area's monthly counts of one category: a value per month of its set, null where there is none. */
export interface CrimeCountSeries {
  readonly areaCode: string;
  readonly categoryCode: string;
  readonly values: readonly (number | null)[];
}

/** Counts as a file gives them: series over one list of months ("2017-01"…, in any order). */
export interface CrimeCountSeriesSet {
  readonly months: readonly string[];
  readonly series: readonly CrimeCountSeries[];
}

/** How many monthly counts a set holds (cells with a value). */
export function countsIn(set: CrimeCountSeriesSet): number {
  let counts = 0;
  for (const { values } of set.series) for (const value of values) if (value !== null) counts += 1;
  return counts;
}

/**
 * A digest of every count of a set, in its order: two sets with the same digest hold the same
 * counts. An import keeps it, so a file loaded again can be recognised without reading the counts.
 */
export function digestOf(set: CrimeCountSeriesSet): string {
  const hash = createHash('sha256');
  hash.update(`${set.months.join(',')}\n`);
  for (const { areaCode, categoryCode, values } of set.series) {
    hash.update(
      `${areaCode}\u0000${categoryCode}\u0000${values.map((v) => (v === null ? '' : String(v))).join(',')}\n`,
    );
  }
  return hash.digest('hex');
}

const COUNT_COLUMNS = [
  { name: 'area_code', type: 'text' },
  { name: 'category_code', type: 'text' },
  { name: 'month', type: 'text' },
  { name: 'count', type: 'integer' },
  { name: 'import_id', type: 'integer' },
] as const;

const REVISION_COLUMNS = [
  { name: 'area_code', type: 'text' },
  { name: 'category_code', type: 'text' },
  { name: 'month', type: 'text' },
  { name: 'old_count', type: 'integer' },
  { name: 'new_count', type: 'integer' },
  { name: 'import_id', type: 'integer' },
] as const;

interface Changes {
  /** [area, category, month, count] of counts new to the database or replacing a held one. */
  readonly rows: [string, string, string, number][];
  added: number;
  /** Ids of the held rows that changed. */
  readonly stale: number[];
  /** [area, category, month, old count, new count] */
  readonly revisions: [string, string, string, number, number][];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The months of a set in calendar order, with the position of each in the set's values. */
function monthOrder(months: readonly string[]): { month: string; index: number }[] {
  return months.map((month, index) => ({ month, index })).sort((a, b) => (a.month < b.month ? -1 : 1));
}

function compareWithHeld(set: CrimeCountSeriesSet, held: Map<string, HeldCrimeSeries>): Changes {
  const changes: Changes = { rows: [], added: 0, stale: [], revisions: [] };
  const order = monthOrder(set.months);
  // In the order of the table's unique index, so that its pages fill one after another.
  const series = [...set.series].sort((a, b) =>
    a.areaCode === b.areaCode ? compareText(a.categoryCode, b.categoryCode) : compareText(a.areaCode, b.areaCode),
  );
  for (const { areaCode, categoryCode, values } of series) {
    const present = order.filter(({ index }) => values[index] !== null && values[index] !== undefined);
    const before = held.get(seriesKey(areaCode, categoryCode));
    if (before === undefined) {
      for (const { month, index } of present) changes.rows.push([areaCode, categoryCode, month, values[index] ?? 0]);
      changes.added += present.length;
      continue;
    }
    if (before.text === present.map(({ month, index }) => seriesEntry(month, values[index] ?? 0)).join(',')) continue;
    const heldByMonth = heldCounts(before);
    for (const { month, index } of present) {
      const count = values[index] ?? 0;
      const old = heldByMonth.get(month);
      if (old !== undefined && old.count === count) continue;
      changes.rows.push([areaCode, categoryCode, month, count]);
      if (old === undefined) changes.added += 1;
      else {
        changes.stale.push(old.id);
        changes.revisions.push([areaCode, categoryCode, month, old.count, count]);
      }
    }
  }
  return changes;
}

async function insertCountRows(
  db: Executor,
  bulkInsert: BulkInsert | undefined,
  changes: Changes,
  importId: number,
): Promise<void> {
  const counts = changes.rows.map((row): BulkValue[] => [...row, importId]);
  const revisions = changes.revisions.map((row): BulkValue[] => [...row, importId]);
  if (bulkInsert !== undefined) {
    if (counts.length > 0) await bulkInsert(db, 'crime_counts', COUNT_COLUMNS, counts);
    if (revisions.length > 0) await bulkInsert(db, 'crime_count_revisions', REVISION_COLUMNS, revisions);
    return;
  }
  for (let start = 0; start < counts.length; start += 1000) {
    const values = counts.slice(start, start + 1000).map(([area, category, month, count]) => ({
      area_code: String(area),
      category_code: String(category),
      month: String(month),
      count: Number(count),
      import_id: importId,
    }));
    await db.insertInto('crime_counts').values(values).execute();
  }
  for (let start = 0; start < revisions.length; start += 1000) {
    const values = changes.revisions.slice(start, start + 1000).map(([area, category, month, oldCount, newCount]) => ({
      area_code: area,
      category_code: category,
      month,
      old_count: oldCount,
      new_count: newCount,
      import_id: importId,
    }));
    await db.insertInto('crime_count_revisions').values(values).execute();
  }
}

/**
 * Writes a set of counts, replacing any held for the same area, category and month and keeping
 * each replaced value as a revision; answers how many were new and how many changed. What is
 * held is compared series by series (heldCrimeSeries), so only counts that differ are touched;
 * rows go in through the store's bulk insert where the caller has one, in batches otherwise.
 */
export async function writeCrimeSeries(
  db: Executor,
  set: CrimeCountSeriesSet,
  importId: number,
  bulkInsert?: BulkInsert,
): Promise<{ added: number; revised: number }> {
  const present = set.months.filter((month) => month !== '').sort();
  if (set.series.length === 0 || present.length === 0) return { added: 0, revised: 0 };
  const areaCodes = [...new Set(set.series.map((s) => s.areaCode))];
  const categoryCodes = [...new Set(set.series.map((s) => s.categoryCode))];
  const held = await heldCrimeSeries(db, {
    areaCodes,
    categoryCodes,
    firstMonth: present[0] ?? '',
    lastMonth: present.at(-1) ?? '',
  });
  const changes = compareWithHeld(set, held);
  for (let start = 0; start < changes.stale.length; start += 1000) {
    await db
      .deleteFrom('crime_counts')
      .where('id', 'in', changes.stale.slice(start, start + 1000))
      .execute();
  }
  await insertCountRows(db, bulkInsert, changes, importId);
  return { added: changes.added, revised: changes.revisions.length };
}
