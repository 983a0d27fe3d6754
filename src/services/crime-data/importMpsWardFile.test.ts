import { Readable } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { resolveArea } from '../../domain/measures/index.js';
import type { Store } from '../../store/index.js';
import { describeWithCrimeDataBasics, insertCamdenWardOne } from '../../../test/support/crimeDataContext.js';
import {
  boroughFixture,
  fixtureTotal,
  wardFixture,
  wardFixtureWithProblems,
  WARD_FIXTURE_ROWS,
} from '../../../test/support/mpsCrimeFixtures.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { checkMpsBoroughFile } from './checkMpsBoroughFile.js';
import { importMpsBoroughSeries } from './importMpsBoroughSeries.js';

const SO18 = 'Aviation Security (SO18)';
const file = (fileName: string, text: string) => ({ fileName, content: Readable.from([text]) });

/** Each area's (or ward's) count over every category and month held. */
async function totalsByArea(store: Store): Promise<Map<string, number>> {
  const rows = await store.db
    .selectFrom('crime_counts')
    .select(['area_code', (eb) => eb.fn.sum<number>('count').as('total')])
    .groupBy('area_code')
    .execute();
  return new Map(rows.map((row) => [row.area_code, row.total]));
}

describeWithCrimeDataBasics('importing a ward-level MPS file in the current layout', (ctx, store) => {
  beforeAll(async () => {
    await insertCamdenWardOne(store());
  });

  it('lists every problem of every kind in one pass, by row and column, and loads nothing', async () => {
    const check = await checkMpsBoroughFile(ctx(), file('wards.csv', wardFixtureWithProblems()));
    expect(check.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [6, '202406', '"four" is not a count of crimes (a whole number, or empty where there is none)'],
      [
        7,
        'LookUp_BoroughName',
        '"Tower Hamlet" is not a borough or another area of the force; if the force has it under another name, add that name to the area as an alias',
      ],
      [
        8,
        'MinorText',
        '"THEFT / CYCLE THEFT" is not in the crime category taxonomy; map it with: bluelamp crime-data mappings set "THEFT / CYCLE THEFT" CATEGORY',
      ],
      [9, 'WardCode', 'E05013657 is in Camden in row 5, not in Islington'],
      [10, 'WardCode', '"E0501392" is not an ONS ward code (E05 and six digits, such as E05013570)'],
      [11, null, 'repeats Camden / Camden Town / THEFT / SHOPLIFTING, already given in row 3'],
    ]);
    expect(check.problems.every((p) => p.file === 'wards.csv')).toBe(true);
    await expect(importMpsBoroughSeries(ctx(), file('wards.csv', wardFixtureWithProblems()))).rejects.toThrow(
      /^Nothing was loaded\. 6 problems: wards\.csv, row 6, column 202406: "four" is not a count/,
    );
    expect(await totalsByArea(store())).toEqual(new Map());
    const model = await loadOrganisationModel(ctx(), { wards: true });
    expect(model.unitsOfKind('ward').map((ward) => ward.code)).toEqual(['camden-ward-1']);
  });

  it('loads the wards, which add up to their boroughs, the airports rows to the airports area, and all to London', async () => {
    const summary = await importMpsBoroughSeries(ctx(), file('wards.csv', wardFixture()));
    expect(summary).toMatchObject({
      level: 'ward',
      vintage: 'mps-recent',
      firstMonth: '2024-05',
      lastMonth: '2024-10',
      rowsRead: WARD_FIXTURE_ROWS.length,
      wardBoundariesFrom: '2022-05-05',
      areas: {
        boroughs: ['Camden', 'Hillingdon', 'Newham'],
        others: ['Heathrow and London City airports'],
        wards: 6,
        wardsCreated: 6,
      },
    });
    const totals = await totalsByArea(store());
    for (const [code, name] of [
      ['camden', 'Camden'],
      ['hillingdon', 'Hillingdon'],
      ['newham', 'Newham'],
    ] as const) {
      expect(totals.get(code)).toBe(fixtureTotal((row) => row.area === name));
    }
    expect(totals.get('airports')).toBe(fixtureTotal((row) => row.area === SO18));
    // A ward holds its borough's rows only: the airports' crimes in Heathrow Villages are the airports area's.
    expect(totals.get('E05013570')).toBe(
      fixtureTotal((row) => row.wardCode === 'E05013570' && row.area === 'Hillingdon'),
    );
    const model = await loadOrganisationModel(ctx(), { wards: true });
    for (const borough of ['camden', 'hillingdon', 'newham']) {
      const wards = model.childrenOn(borough, '2024-06-01', 'ward').filter((ward) => ward.gssCode !== null);
      expect(wards.reduce((sum, ward) => sum + (totals.get(ward.code) ?? 0), 0)).toBe(totals.get(borough));
    }
    const london = resolveArea(model, 'London', '2024-06-01');
    expect(london.countedAreas.reduce((sum, code) => sum + (totals.get(code) ?? 0), 0)).toBe(fixtureTotal(() => true));
  });

  it('creates the 2022 wards under their boroughs from 5 May 2022, and leaves the 2018 ward as it was', async () => {
    const model = await loadOrganisationModel(ctx(), { wards: true });
    expect(model.unit('E05013925')).toMatchObject({ kind: 'ward', name: 'Stratford', gssCode: 'E05013925' });
    expect(model.historyOf('E05013925')).toEqual([
      { unitCode: 'E05013925', parentCode: 'newham', validFrom: '2022-05-05', validTo: null },
    ]);
    expect(model.parentOn('E05013925', '2022-05-04')).toBeNull();
    expect(model.historyOf('camden-ward-1')).toEqual([
      { unitCode: 'camden-ward-1', parentCode: 'camden', validFrom: null, validTo: null },
    ]);
    expect(model.unitsOfKind('ward')).toHaveLength(7);
  });

  it('loads the same file again with no new ward and nothing written, and the borough file of it agrees', async () => {
    const again = await importMpsBoroughSeries(ctx(), file('wards.csv', wardFixture()));
    expect([again.added, again.revised, again.areas.wardsCreated, again.areas.wards]).toEqual([0, 0, 0, 6]);
    const boroughs = await importMpsBoroughSeries(ctx(), file('boroughs.csv', boroughFixture()));
    expect(boroughs).toMatchObject({ level: 'borough', added: 0, revised: 0, wardBoundariesFrom: null });
    expect(boroughs.areas).toEqual({
      boroughs: ['Camden', 'Hillingdon', 'Newham'],
      others: ['Heathrow and London City airports'],
      wards: 0,
      wardsCreated: 0,
    });
  });

  it('refuses a file that puts a ward the organisation has in another borough, naming its row', async () => {
    const moved = WARD_FIXTURE_ROWS.map((row) => (row.ward === 'Stratford' ? { ...row, area: 'Camden' } : row));
    const check = await checkMpsBoroughFile(ctx(), file('moved.csv', wardFixture(moved)));
    expect(check.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [12, 'WardCode', 'E05013925 is Stratford, in Newham in the organisation, not in Camden'],
    ]);
  });
});

describeWithCrimeDataBasics('the boundaries a ward file is given', (ctx) => {
  it('are the day the person loading it says, when they say', async () => {
    const summary = await importMpsBoroughSeries(ctx(), {
      ...file('wards.csv', wardFixture()),
      wardBoundariesFrom: '2022-05-06',
    });
    expect(summary.wardBoundariesFrom).toBe('2022-05-06');
    const model = await loadOrganisationModel(ctx(), { wards: true });
    expect(model.historyOf('E05013652')[0]?.validFrom).toBe('2022-05-06');
  });
});
