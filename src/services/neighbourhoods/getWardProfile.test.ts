import { Readable } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { describeWithCrimeDataBasics, insertCamdenWardOne } from '../../../test/support/crimeDataContext.js';
import { FIXTURE_MONTHS, WARD_FIXTURE_ROWS, wardFixture } from '../../../test/support/mpsCrimeFixtures.js';
import { problemOf } from '../../../test/support/problems.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';
import { getWardProfile } from './getWardProfile.js';

const ON = '2024-11-01';

/** The fixture's counts of one ward in its own borough's rows, month by month (the airports' rows are not the ward's). */
function fixtureMonths(wardCode: string, borough: string): number[] {
  const rows = WARD_FIXTURE_ROWS.filter((row) => row.wardCode === wardCode && row.area === borough);
  return FIXTURE_MONTHS.map((_, index) => rows.reduce((sum, row) => sum + (row.values[index] ?? 0), 0));
}

describeWithCrimeDataBasics('a ward’s posts beside its recorded crime', (ctx, store) => {
  beforeAll(async () => {
    await insertCamdenWardOne(store());
  });

  it('says a ward has no crime figures while no ward-level file is loaded, rather than showing zeros', async () => {
    const profile = await getWardProfile(ctx(), { ward: 'camden-ward-1', on: ON });
    expect(profile.ward).toMatchObject({ name: 'Camden ward 1', borough: { code: 'camden' }, status: 'no-figures' });
    expect(profile.crime).toBeNull();
  });

  it('gives a ward of a loaded ward file its own rows month by month, from the file, as at the day it was loaded', async () => {
    await importMpsBoroughSeries(ctx(), { fileName: 'wards.csv', content: Readable.from([wardFixture()]) });
    const heathrow = await getWardProfile(ctx(), { ward: 'E05013570', on: ON });
    const expected = fixtureMonths('E05013570', 'Hillingdon');
    expect(heathrow.ward).toMatchObject({ name: 'Heathrow Villages', borough: { code: 'hillingdon' } });
    expect(heathrow.crime?.months).toEqual(
      FIXTURE_MONTHS.map((m, index) => ({ month: `${m.slice(0, 4)}-${m.slice(4)}`, count: expected[index] })),
    );
    expect(heathrow.crime?.total).toBe(expected.reduce((a, b) => a + b, 0));
    expect(heathrow.crime?.source.label).toBe('Data: recorded crime counts loaded from ward-level files');
    expect(heathrow.crime?.source.files.map((f) => f.fileName)).toEqual(['wards.csv']);
    expect(heathrow.crime?.source.asAt).toBe(heathrow.crime?.source.files[0]?.loadedAt.slice(0, 10));
    expect(heathrow.crime?.source.asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(heathrow.crime?.synthetic).toBe(false);
    // The 2018 ward the file does not name still has none.
    expect((await getWardProfile(ctx(), { ward: 'camden-ward-1', on: ON })).crime).toBeNull();
  });

  it('finds a ward by its ONS code in any case, and refuses one the force does not have on the day', async () => {
    expect((await getWardProfile(ctx(), { ward: 'e05013652', on: ON })).ward.name).toBe('Camden Town');
    expect(await problemOf(getWardProfile(ctx(), { ward: 'E05013652', on: '2022-05-04' }))).toMatchObject({
      kind: 'not-found',
      field: 'ward',
    });
  });
});
