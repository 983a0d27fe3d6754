import type { MpsBoroughSeries, MpsSeriesRow } from '../../ingest/index.js';
import type { CrimeCountSeries, CrimeCountSeriesSet } from '../../store/index.js';

/** Where a row's counts go: its area, its ward (in a ward file), and its taxonomy category. */
export interface RowDestination {
  readonly areaCode: string;
  readonly wardCode: string | null;
  readonly categoryCode: string;
}

/**
 * Monthly counts by area and taxonomy category, and by ward where the file is a ward file: each
 * row's values added to its area's series and to its ward's. Several minor categories can map to
 * one taxonomy category, so their values add up. Ward counts are kept beside the borough counts
 * (not instead of them): a borough's figure from a ward file is then the sum of the file's rows
 * for it, as is London's, and everything that reads boroughs reads them as before. An empty cell
 * adds nothing; a month where every cell of a series is empty has no count at all.
 */
export function crimeCountsOf(
  series: MpsBoroughSeries,
  destinationOf: (row: MpsSeriesRow) => RowDestination | null,
): CrimeCountSeriesSet {
  type Sums = CrimeCountSeries & { values: (number | null)[] };
  // By area, then category: the codes are the same few strings on every row, so no key is built.
  const totals = new Map<string, Map<string, Sums>>();
  const all: Sums[] = [];
  const add = (areaCode: string, categoryCode: string, values: readonly (number | null)[]): void => {
    let categories = totals.get(areaCode);
    if (categories === undefined) {
      categories = new Map();
      totals.set(areaCode, categories);
    }
    let held = categories.get(categoryCode);
    if (held === undefined) {
      held = { areaCode, categoryCode, values: series.months.map(() => null) };
      categories.set(categoryCode, held);
      all.push(held);
    }
    const sums = held.values;
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (value === null || value === undefined) continue;
      sums[index] = (sums[index] ?? 0) + value;
    }
  };
  for (const row of series.rows) {
    const destination = destinationOf(row);
    if (destination === null) continue;
    add(destination.areaCode, destination.categoryCode, row.values);
    if (destination.wardCode !== null) add(destination.wardCode, destination.categoryCode, row.values);
  }
  return { months: series.months, series: all };
}
