import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { insertCrimeImport, listObservations, upsertObservations, writeCrimeCounts } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure } from './compareMeasure.js';
import { getMeasureSeries } from './getMeasureSeries.js';
import { importObservations } from './importObservations.js';
import { listMeasureObservations } from './listMeasureObservations.js';
import { DATA_SOURCE_NAME } from './sourceComparisons.js';

/*
 * The figures here are the tests' own, for years before any file the demo loads (its crime files
 * start in 2008): Camden's burglaries from a fixture file, and the same years as two publications
 * give them, so every number compared is known.
 */

const LOADED_AT = '2019-02-01T09:30:00.000Z';
const PROFILE = 'Camden borough profile 2007';
const ANNUAL = 'MOPAC annual report 2007';
const HEADER = 'Measure,Area,Period,Value,As at';

function financialYearMonths(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    return `${startYear + (i >= 9 ? 1 : 0)}-${String(month).padStart(2, '0')}`;
  });
}

/** Loads a count a month for an area and category through the crime-data store, as a crime file does. */
async function loadCounts(
  ctx: ServiceContext,
  file: { fileName: string; source: string },
  series: { areaCode: string; categoryCode: string; months: readonly string[]; perMonth: number },
): Promise<void> {
  const { areaCode, categoryCode, perMonth } = series;
  const counts = series.months.map((month) => ({ areaCode, categoryCode, month, count: perMonth }));
  const importId = await insertCrimeImport(ctx.store.db, {
    source: file.source,
    fileName: file.fileName,
    sha256: '',
    firstMonth: [...series.months].sort()[0] ?? '',
    lastMonth: [...series.months].sort().at(-1) ?? '',
    rowsRead: counts.length,
    countsWritten: counts.length,
    loadedAt: LOADED_AT,
    loadedBy: 'test',
  });
  await writeCrimeCounts(ctx.store.db, counts, importId);
}

const csv = (...lines: string[]) => Buffer.from(`${[HEADER, ...lines].join('\n')}\n`, 'utf8');

function load(ctx: ServiceContext, fileName: string, source: string, lines: string[], dryRun = false) {
  return importObservations(ctx, { fileName, format: 'csv', content: csv(...lines), source, dryRun });
}

const sourceNamed = (result: Awaited<ReturnType<typeof compareMeasure>>, name: string) => {
  const found = result.sources.find((s) => s.source.name === name);
  if (found === undefined)
    throw new Error(`no source ${name} in ${result.sources.map((s) => s.source.name).join(', ')}`);
  return found;
};

describeWithDemoData('the data and each published figure, side by side', (ctx) => {
  it('shows the data figure and each published figure with its source, as-at and difference, judging each on its own', async () => {
    // 100 a month in 2005-06 (1,200), 110 a month in 2006-07 (1,320).
    for (const [year, perMonth] of [
      [2005, 100],
      [2006, 110],
    ] as const) {
      await loadCounts(
        ctx(),
        { fileName: 'camden-burglary-2005-2007.csv', source: 'mps-fixture' },
        { areaCode: 'camden', categoryCode: 'burglary-residential', months: financialYearMonths(year), perMonth },
      );
    }
    await load(ctx(), 'profile.csv', PROFILE, [
      'burglary,Camden,2006-07,1300,2007-06-01',
      'burglary,Camden,2005-06,1250,2007-06-01',
    ]);
    await load(ctx(), 'annual.csv', ANNUAL, ['burglary,Camden,2006-07,1310,2007-05-01']);

    const result = await compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2006-07' });
    expect(result.sources.map((s) => [s.source.kind, s.source.name, s.headline])).toEqual([
      ['data', DATA_SOURCE_NAME, true],
      ['published', PROFILE, false],
      ['published', ANNUAL, false],
    ]);
    expect(result.current).toMatchObject({
      value: 1320,
      source: 'crime-counts',
      sourceName: DATA_SOURCE_NAME,
      // The end of the last month the loaded files run to, not the day they were loaded.
      asAt: '2007-03-31',
    });
    expect(result.previous).toMatchObject({ value: 1200, source: 'crime-counts' });
    expect(result.headline).toMatchObject({ kind: 'data', synthetic: false });
    expect(result.headline.reason).toMatch(/^Figures computed from the loaded data come first/);
    const data = sourceNamed(result, DATA_SOURCE_NAME);
    expect(data.source.label).toBe(`Data: ${DATA_SOURCE_NAME}`);
    expect(data.current.files).toEqual(['camden-burglary-2005-2007.csv']);

    const profile = sourceNamed(result, PROFILE);
    expect(profile.source.label).toBe(`Published: ${PROFILE}`);
    expect(profile.current).toMatchObject({ value: 1300, asAt: '2007-06-01', files: ['profile.csv'] });
    expect(profile.previous).toMatchObject({ value: 1250, asAt: '2007-06-01' });
    expect(profile.differenceFromHeadline).toEqual({ current: -20, previous: 50 });
    expect(profile.change).toBe(50);
    // Judged on the profile's own two figures, not on the profile's 2006-07 against the data's 2005-06.
    expect(profile.judgement?.sentence).toMatch(
      /^Burglary: 1,300 offences in 2006-07, up from 1,250 in 2005-06 \(\+4\.0%\)/,
    );
    expect(result.judgement.sentence).toMatch(
      /^Burglary: 1,320 offences in 2006-07, up from 1,200 in 2005-06 \(\+10\.0%\)/,
    );

    const annual = sourceNamed(result, ANNUAL);
    expect(annual).toMatchObject({
      change: null,
      judgement: null,
      differenceFromHeadline: { current: -10, previous: null },
    });
    expect(annual.previous.value).toBeNull();
  });

  it('keeps an older as-at beside the newer figure, says so, and still shows the newer', async () => {
    const newer = await load(ctx(), 'profile-revised.csv', PROFILE, ['burglary,Camden,2006-07,1305,2007-09-01']);
    expect(newer).toMatchObject({ rows: 1, added: 0, newerVintages: 1, earlierVintages: 0, earlier: [] });

    const before = (await listObservations(ctx().store.db, { measureCode: 'burglary' })).length;
    const draftLines = ['burglary,Camden,2006-07,1290,2007-03-01', 'burglary,Camden,2004-05,1180,2007-03-01'];
    const dryRun = await load(ctx(), 'profile-draft.csv', PROFILE, draftLines, true);
    expect((await listObservations(ctx().store.db, { measureCode: 'burglary' })).length).toBe(before);
    const older = await load(ctx(), 'profile-draft.csv', PROFILE, draftLines);
    expect({ ...dryRun, dryRun: false }).toEqual(older);
    expect(older).toMatchObject({ rows: 2, added: 1, earlierVintages: 1 });
    expect(older.earlier).toEqual([
      {
        row: 2,
        measure: 'burglary',
        area: 'camden',
        period: 'FY 2006-07',
        breakdown: null,
        source: PROFILE,
        asAt: '2007-03-01',
        value: 1290,
        newer: { asAt: '2007-09-01', value: 1305 },
      },
    ]);

    const profile = sourceNamed(
      await compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2006-07' }),
      PROFILE,
    );
    expect(profile.current).toMatchObject({ value: 1305, asAt: '2007-09-01', earlierVintages: 2 });
    expect(profile.differenceFromHeadline?.current).toBe(-15);

    const listed = await listMeasureObservations(ctx(), { measure: 'burglary', area: 'Camden' });
    const vintages = listed.observations
      .filter((o) => o.source === PROFILE && o.period === 'FY 2006-07')
      .map((o) => [o.value, o.asAt, o.standing, o.loadedFrom]);
    expect(vintages).toEqual([
      [1300, '2007-06-01', 'earlier-vintage', 'profile.csv'],
      [1305, '2007-09-01', 'shown', 'profile-revised.csv'],
      [1290, '2007-03-01', 'earlier-vintage', 'profile-draft.csv'],
    ]);
  });

  it('corrects a vintage loaded again with other numbers, keeping the numbers it replaced', async () => {
    const corrected = await load(ctx(), 'profile-corrected.csv', PROFILE, ['burglary,Camden,2006-07,1306,2007-09-01']);
    expect(corrected).toMatchObject({ revised: 1, added: 0, newerVintages: 0, earlierVintages: 0 });
    const listed = await listMeasureObservations(ctx(), { measure: 'burglary', area: 'Camden' });
    const september = listed.observations.filter((o) => o.source === PROFILE && o.asAt === '2007-09-01');
    expect(september.map((o) => [o.value, o.standing])).toEqual([
      [1305, 'superseded'],
      [1306, 'shown'],
    ]);
  });

  it('puts every published figure on the series beside the data for the same period, with the difference', async () => {
    const series = await getMeasureSeries(ctx(), { measure: 'burglary', area: 'camden' });
    expect(series.data?.files.map((f) => f.fileName)).toContain('camden-burglary-2005-2007.csv');
    expect(series.data?.label).toBe(`Data: ${DATA_SOURCE_NAME}`);
    const published = series.published.filter((p) => p.period === 'FY 2006-07' || p.period === 'FY 2005-06');
    expect(
      published.map((p) => [p.period, p.source, p.asAt, p.value, p.data, p.difference, p.earlierVintages]),
    ).toEqual([
      ['FY 2005-06', PROFILE, '2007-06-01', 1250, 1200, 50, 0],
      ['FY 2006-07', PROFILE, '2007-09-01', 1306, 1320, -14, 2],
      ['FY 2006-07', ANNUAL, '2007-05-01', 1310, 1320, -10, 0],
    ]);
    const unmatched = series.published.find((p) => p.period === 'FY 2004-05');
    expect(unmatched).toMatchObject({
      value: 1180,
      data: null,
      difference: null,
      sourceLabel: `Published: ${PROFILE}`,
    });
  });

  it('refuses to make a change of figures from different sources, and says which gives what', async () => {
    await load(ctx(), 'a.csv', 'Source A', ['burglary,Camden,2003-04,5,2004-06-01']);
    await load(ctx(), 'b.csv', 'Source B', ['burglary,Camden,2002-03,4,2003-06-01']);
    await expect(compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2003-04' })).rejects.toThrow(
      'No one source gives Burglary for Camden in both 2003-04 and 2002-03 (Published: Source A gives 2003-04 only; Published: Source B gives 2002-03 only); figures from different sources are not compared as a change.',
    );
  });

  it('says which months are missing rather than comparing an incomplete year', async () => {
    // The fixture ends in March 2007 and the demo's files begin in January 2008.
    await expect(compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2007-08' })).rejects.toThrow(
      /Burglary for Camden in 2007-08 is incomplete: no counts for 2007-04, 2007-05, .*, 2007-12\.$/,
    );
  });

  it('refuses an as-at that is not a real day or is still to come, naming the field or the cell', async () => {
    await expect(
      importObservations(ctx(), { fileName: 'x.csv', format: 'csv', content: csv(), asAt: '2018-02-30' }),
    ).rejects.toThrow('asAt must be a real date written YYYY-MM-DD, not "2018-02-30".');
    await expect(load(ctx(), 'late.csv', PROFILE, ['burglary,Camden,2006-07,1,2027-01-01'])).rejects.toThrow(
      'Nothing was loaded. One problem: late.csv, row 2, column As at: 2027-01-01 is after today.',
    );
  });

  // Last, because the demo's generated counts mark every series that overlaps them.
  it('labels synthetic values as synthetic, and leads with a real published figure over synthetic counts', async () => {
    for (const [year, perMonth] of [
      [2000, 50],
      [2001, 60],
    ] as const) {
      await loadCounts(
        ctx(),
        { fileName: 'demo-generated', source: 'demo-synthetic' },
        { areaCode: 'hackney', categoryCode: 'burglary-residential', months: financialYearMonths(year), perMonth },
      );
    }
    await load(ctx(), 'hackney.csv', 'Hackney annual report 2002', [
      'burglary,Hackney,2001-02,700,2002-06-30',
      'burglary,Hackney,2000-01,650,2002-06-30',
    ]);
    await upsertObservations(
      ctx().store.db,
      [
        {
          measureCode: 'burglary',
          areaCode: 'hackney',
          period: 'FY 2001-02',
          breakdown: null,
          value: 690,
          numerator: null,
          denominator: null,
          sampleSize: null,
          designEffect: null,
          status: 'final',
          source: 'Demo generated bulletin',
          asAt: '2002-07-01',
          synthetic: true,
        },
      ],
      '2019-02-01T00:00:00.000Z',
      'demo',
    );
    const result = await compareMeasure(ctx(), { measure: 'burglary', area: 'hackney', period: '2001-02' });
    expect(result.headline).toMatchObject({ kind: 'published', name: 'Hackney annual report 2002', synthetic: false });
    expect(result.headline.reason).toBe(
      "A real published figure comes before the demo's synthetic counts, which are shown beside it with the difference.",
    );
    expect(result.current).toMatchObject({ value: 700, synthetic: false, asAt: '2002-06-30' });
    const data = sourceNamed(result, DATA_SOURCE_NAME);
    expect(data.source.synthetic).toBe(true);
    expect(data.source.label).toBe(`Data: ${DATA_SOURCE_NAME} (synthetic: generated for the demo)`);
    expect(data.differenceFromHeadline).toEqual({ current: 720 - 700, previous: 600 - 650 });
    const bulletin = sourceNamed(result, 'Demo generated bulletin');
    expect(bulletin.source.label).toBe('Published: Demo generated bulletin (synthetic: generated for the demo)');
  });
});
