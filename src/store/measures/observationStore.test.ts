import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import type { MeasureDefinition, Observation } from '../../domain/measures/index.js';
import { isUniqueViolation } from '../constraintErrors.js';
import { openStore, type Store } from '../database.js';
import { MIGRATIONS, migrateToLatest } from '../migrations/index.js';
import { insertMeasureDefinitions } from './measureStore.js';
import { listObservations, upsertObservations } from './observationStore.js';

const measure: MeasureDefinition = {
  code: 'public-confidence',
  name: 'Public confidence',
  definition: 'Share who rate the police good or excellent.',
  unit: 'percentage',
  unitWords: 'per cent',
  polarity: 'higher-is-better',
  frequency: 'rolling-12-months',
  source: 'MOPAC Public Attitude Survey',
  areaKinds: ['borough'],
  breakdowns: [],
  target: null,
  crimeCategory: null,
  aims: [],
};

const observation = (value: number, source: string, asAt: string | null): Observation => ({
  measureCode: 'public-confidence',
  areaCode: 'camden',
  period: 'R12 2016-09',
  breakdown: null,
  value,
  numerator: null,
  denominator: null,
  sampleSize: null,
  designEffect: null,
  status: 'final',
  source,
  asAt,
  synthetic: false,
});

const before0015 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0015'));

for (const dialect of DIALECTS) {
  describe(`observations by source and vintage (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore(database.config);
      await migrateToLatest(store, before0015);
      await insertMeasureDefinitions(store.db, [measure]);
      // A figure loaded before sources were kept, written as the tables then were.
      await sql`insert into observations (measure_code, area_code, period, breakdown, value, status, as_at, synthetic, loaded_at)
        values ('public-confidence', 'camden', 'R12 2016-09', '', 71, 'final', '2016-10-15', 0, '2017-01-01T00:00:00Z')`.execute(
        store.db,
      );
      await migrateToLatest(store);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    it("gives figures loaded before 0015 their measure's own source, and no file", async () => {
      expect(await listObservations(store.db, { measureCode: 'public-confidence' })).toEqual([
        expect.objectContaining({
          value: 71,
          source: 'MOPAC Public Attitude Survey',
          asAt: '2016-10-15',
          loadedFrom: null,
        }),
      ]);
    });

    it('recognises the same figure reloaded from the measure source as unchanged, and keeps another source beside it', async () => {
      const load = await upsertObservations(
        store.db,
        [
          observation(71, 'MOPAC Public Attitude Survey', '2016-10-15'),
          observation(82, 'Met Business Plan 2018-19', '2018-06-30'),
        ],
        '2019-01-01T00:00:00Z',
        'figures.csv',
      );
      expect(load).toMatchObject({ added: 1, unchanged: 1, revised: 0, newerVintages: 0, earlierVintages: 0 });
      const current = (await listObservations(store.db, { measureCode: 'public-confidence' })).filter(
        (o) => o.supersededAt === null,
      );
      expect(current.map((o) => [o.source, o.value, o.loadedFrom])).toEqual([
        ['MOPAC Public Attitude Survey', 71, null],
        ['Met Business Plan 2018-19', 82, 'figures.csv'],
      ]);
    });

    it('keeps an older vintage beside the newer one, untouched, and counts it', async () => {
      const load = await upsertObservations(
        store.db,
        [observation(70, 'MOPAC Public Attitude Survey', '2016-07-01')],
        '2019-02-01T00:00:00Z',
        'early.csv',
      );
      expect(load).toMatchObject({ added: 0, earlierVintages: 1 });
      expect(load.outcomes[0]?.outcome).toEqual({
        kind: 'earlier-vintage',
        newer: { asAt: '2016-10-15', value: 71 },
      });
      const survey = (await listObservations(store.db, { measureCode: 'public-confidence' })).filter(
        (o) => o.source === 'MOPAC Public Attitude Survey',
      );
      expect(survey.map((o) => [o.value, o.asAt, o.supersededAt])).toEqual([
        [71, '2016-10-15', null],
        [70, '2016-07-01', null],
      ]);
    });

    it('lets the database refuse two current figures of one vintage, dated or not', async () => {
      const duplicate = (asAt: string | null) =>
        store.db
          .insertInto('observations')
          .values({
            measure_code: 'public-confidence',
            area_code: 'camden',
            period: 'R12 2016-09',
            breakdown: '',
            value: 1,
            status: 'final',
            source: 'Undated bulletin',
            as_at: asAt,
            loaded_at: '2019-03-01T00:00:00Z',
            loaded_from: 'x.csv',
            superseded_at: null,
          })
          .execute();
      await duplicate(null);
      const refused = await duplicate(null).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isUniqueViolation(refused)).toBe(true);
    });
  });
}
