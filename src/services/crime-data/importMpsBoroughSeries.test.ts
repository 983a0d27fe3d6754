import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { resolveArea } from '../../domain/measures/index.js';
import { categoryAndBelow, sumCrimeCounts, type Store } from '../../store/index.js';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { importMpsBoroughSeries } from './importMpsBoroughSeries.js';

const HISTORIC = 'MPS_Borough_Level_Crime_Historic.csv';
const RECENT = 'MPS_Borough_Level_Crime_Recent_24_months.csv';

const load = (ctx: ServiceContext, file: string) =>
  importMpsBoroughSeries(ctx, { fileName: file, content: fs.createReadStream(sharedDataFile('mps-borough', file)) });

/** Every count held, in one order: what "the same result" compares. */
async function heldCounts(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('crime_counts')
    .select(['area_code', 'category_code', 'month', 'count'])
    .orderBy('area_code')
    .orderBy('category_code')
    .orderBy('month')
    .execute();
  return rows.map((r) => `${r.area_code}|${r.category_code}|${r.month}|${r.count}`);
}

async function forget(store: Store): Promise<void> {
  await store.db.deleteFrom('crime_count_revisions').execute();
  await store.db.deleteFrom('crime_counts').execute();
  await store.db.deleteFrom('crime_imports').execute();
}

/** All recorded crime over the months for the areas the measure of an area adds up. */
async function recordedCrime(ctx: ServiceContext, area: string, firstMonth: string, lastMonth: string) {
  const measureArea = resolveArea(await loadOrganisationModel(ctx), area, '2018-06-01');
  const categoryCodes = await categoryAndBelow(ctx.store.db, 'all-crime');
  const total = async (areaCodes: readonly string[]) => {
    const months = await sumCrimeCounts(ctx.store.db, { areaCodes, categoryCodes, firstMonth, lastMonth });
    return [...months.values()].reduce((sum, count) => sum + count, 0);
  };
  return { all: await total(measureArea.countedAreas), boroughs: await total(measureArea.boroughs), measureArea };
}

describeWithCrimeDataBasics('importing the London Datastore MPS borough files', (ctx, store) => {
  it('loads the 2019 file whole: the 32 boroughs and the airports area, its renamed categories mapped', async () => {
    const summary = await load(ctx(), RECENT);
    expect(summary).toMatchObject({
      vintage: 'mps-historic',
      level: 'borough',
      firstMonth: '2017-01',
      lastMonth: '2018-12',
      rowsRead: 1050,
      dryRun: false,
    });
    expect(summary.areas.boroughs).toHaveLength(32);
    expect(summary.areas.others).toEqual(['Heathrow and London City airports']);
    expect(summary.added).toBe(summary.counts);
  });

  it('gives the same counts whichever order the two files load in', async () => {
    await forget(store());
    await load(ctx(), HISTORIC);
    await load(ctx(), RECENT);
    const historicFirst = await heldCounts(store());
    await forget(store());
    await load(ctx(), RECENT);
    await load(ctx(), HISTORIC);
    expect(await heldCounts(store())).toEqual(historicFirst);
    expect(historicFirst.length).toBeGreaterThan(100_000);
  });

  it('adds London up as the Met does, boroughs and airports: 829,210 in 2017-18 and 773,997 in 2016-17', async () => {
    const y2017 = await recordedCrime(ctx(), 'London', '2017-04', '2018-03');
    const y2016 = await recordedCrime(ctx(), 'London', '2016-04', '2017-03');
    expect([y2017.all, y2017.all - y2017.boroughs]).toEqual([829_210, 3_629]);
    // 2016-17 is nine months of the historic file and three of the 2019 file, the airports only in the second.
    expect([y2016.all, y2016.all - y2016.boroughs]).toEqual([773_997, 832]);
    expect(y2017.measureArea.composition).toBe('32 boroughs and Heathrow and London City airports');
    const bcu = await recordedCrime(ctx(), 'West Area', '2017-04', '2018-03');
    expect(bcu.all).toBe(bcu.boroughs);
  });

  it('loads a file again without writing anything, and keeps its revisions when a count changes', async () => {
    const again = await load(ctx(), RECENT);
    expect([again.added, again.revised]).toEqual([0, 0]);
    const text = fs.readFileSync(sharedDataFile('mps-borough', RECENT), 'utf8');
    const changed = text.replace(
      'Barking and Dagenham,Burglary,Burglary - Residential,118,',
      'Barking and Dagenham,Burglary,Burglary - Residential,119,',
    );
    expect(changed).not.toBe(text);
    const revised = await importMpsBoroughSeries(ctx(), { fileName: 'revised.csv', content: Readable.from([changed]) });
    expect([revised.added, revised.revised]).toEqual([0, 1]);
    const revision = await store()
      .db.selectFrom('crime_count_revisions')
      .select(['area_code', 'category_code', 'month', 'old_count', 'new_count'])
      .execute();
    expect(revision).toEqual([
      {
        area_code: 'barking-and-dagenham',
        category_code: 'burglary-residential',
        month: '2017-01',
        old_count: 118,
        new_count: 119,
      },
    ]);
    const back = await load(ctx(), RECENT);
    expect([back.added, back.revised]).toEqual([0, 1]);
  });

  it('puts back a count that went missing, though the file is one it has loaded before', async () => {
    await store()
      .db.deleteFrom('crime_counts')
      .where('area_code', '=', 'airports')
      .where('month', '=', '2018-12')
      .where('category_code', '=', 'theft-other')
      .execute();
    const again = await load(ctx(), RECENT);
    expect([again.added, again.revised]).toEqual([1, 0]);
  });
});

describe('the London totals the tests expect', () => {
  it('are the sums of the shared files themselves, computed without Bluelamp', () => {
    const sum = (file: string, months: (column: string) => boolean, rows: (area: string) => boolean) => {
      const [header = '', ...lines] = fs
        .readFileSync(sharedDataFile('mps-borough', file), 'utf8')
        .trim()
        .split(/\r?\n/);
      const columns = header.split(',');
      return lines
        .map((line) => line.split(','))
        .filter((cells) => rows(cells[0] ?? ''))
        .reduce(
          (total, cells) => total + cells.reduce((s, c, i) => s + (months(columns[i] ?? '') ? Number(c) : 0), 0),
          0,
        );
    };
    const between = (first: string, last: string) => (column: string) =>
      /^\d{6}$/.test(column) && column >= first && column <= last;
    const airports = (area: string) => area === 'London Heathrow and London City Airports';
    expect(sum(RECENT, between('201704', '201803'), () => true)).toBe(829_210);
    expect(sum(RECENT, between('201704', '201803'), airports)).toBe(3_629);
    expect(
      sum(HISTORIC, between('201604', '201612'), () => true) + sum(RECENT, between('201701', '201703'), () => true),
    ).toBe(773_997);
    expect(sum(RECENT, between('201701', '201703'), airports)).toBe(832);
  });
});
