import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import type { Store } from '../database.js';
import { insertCrimeImport } from './crimeCountStore.js';
import { countsIn, digestOf, writeCrimeSeries, type CrimeCountSeriesSet } from './crimeSeriesWrite.js';

const AREAS = ['camden', 'islington', 'E05013652'];
const CATEGORIES = ['burglary-residential', 'theft-shops'];
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];

/** A file's worth of counts: some months (in any order), and for each series a value or none per month. */
const countSet = fc
  .record({
    months: fc.shuffledSubarray(MONTHS, { minLength: 1 }),
    cells: fc.array(fc.option(fc.nat({ max: 5 }), { nil: null }), { minLength: 24, maxLength: 24 }),
  })
  .map(({ months, cells }): CrimeCountSeriesSet => ({
    months,
    series: AREAS.flatMap((areaCode, a) =>
      CATEGORIES.map((categoryCode, c) => ({
        areaCode,
        categoryCode,
        values: months.map((_, m) => cells[(a * 2 + c) * 4 + m] ?? null),
      })),
    ),
  }));

async function held(store: Store): Promise<Map<string, number>> {
  const rows = await store.db
    .selectFrom('crime_counts')
    .select(['area_code', 'category_code', 'month', 'count'])
    .execute();
  return new Map(rows.map((r) => [`${r.area_code}|${r.category_code}|${r.month}`, r.count]));
}

async function importRecord(store: Store): Promise<number> {
  return insertCrimeImport(store.db, {
    source: 'test',
    fileName: 'test.csv',
    sha256: '',
    firstMonth: MONTHS[0] ?? '',
    lastMonth: MONTHS.at(-1) ?? '',
    rowsRead: 0,
    countsWritten: 0,
    loadedAt: '2024-05-01T00:00:00Z',
    loadedBy: 'test',
  });
}

describeOnBothDatabases('writing series of crime counts', (store) => {
  it('holds the latest value of every count written, a revision for each change, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(countSet, { minLength: 1, maxLength: 4 }), async (sets) => {
        await store().db.deleteFrom('crime_count_revisions').execute();
        await store().db.deleteFrom('crime_counts').execute();
        const model = new Map<string, number>();
        let changes = 0;
        for (const set of sets) {
          let added = 0;
          let revised = 0;
          for (const { areaCode, categoryCode, values } of set.series) {
            set.months.forEach((month, index) => {
              const value = values[index];
              if (value === null || value === undefined) return;
              const key = `${areaCode}|${categoryCode}|${month}`;
              const before = model.get(key);
              if (before === undefined) added += 1;
              else if (before !== value) revised += 1;
              model.set(key, value);
            });
          }
          changes += revised;
          // Every other set goes in without the store's bulk insert, the way callers without one write.
          const bulk = sets.indexOf(set) % 2 === 0 ? store().bulkInsert : undefined;
          const importId = await importRecord(store());
          const written = await store()
            .db.transaction()
            .execute((trx) => writeCrimeSeries(trx, set, importId, bulk));
          expect(written).toEqual({ added, revised });
        }
        expect(await held(store())).toEqual(model);
        const revisions = await store().db.selectFrom('crime_count_revisions').select('id').execute();
        expect(revisions).toHaveLength(changes);
      }),
      { numRuns: 12 },
    );
  });

  it('tells two sets apart by their digest exactly when their counts differ, and counts the cells with a value', () => {
    const a: CrimeCountSeriesSet = {
      months: ['2024-01', '2024-02'],
      series: [{ areaCode: 'camden', categoryCode: 'theft-shops', values: [3, null] }],
    };
    const b: CrimeCountSeriesSet = { ...a, series: [{ ...a.series[0]!, values: [3, 0] }] };
    expect(digestOf(a)).toBe(digestOf({ ...a, series: [{ ...a.series[0]!, values: [3, null] }] }));
    expect(digestOf(a)).not.toBe(digestOf(b));
    expect([countsIn(a), countsIn(b)]).toEqual([1, 2]);
  });
});
