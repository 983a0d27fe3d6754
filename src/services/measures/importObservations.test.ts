import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { observationTemplateCsv } from '../../ingest/index.js';
import { listObservations } from '../../store/index.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { compareMeasure } from './compareMeasure.js';
import { importObservations } from './importObservations.js';
import { importPopulation } from './importPopulation.js';

const csv = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');
const HEADER = 'Measure,Area,Period,Value,Status,Sample size';

describeWithDemoData('loading observations from a spreadsheet', (ctx) => {
  it('loads the template, and a second load of the same source and as-at with a new value keeps the old one as a revision', async () => {
    const first = await importObservations(ctx(), {
      fileName: 'template.csv',
      format: 'csv',
      content: Buffer.from(observationTemplateCsv()),
    });
    expect(first).toMatchObject({ rows: 2, added: 2, revised: 0 });
    const again = await importObservations(ctx(), {
      fileName: 'pas.csv',
      format: 'csv',
      content: csv(`${HEADER},As at`, 'public-confidence,Camden,R12 2016-09,73,final,2000,2016-10-15'),
    });
    expect(again).toMatchObject({ added: 0, revised: 1, newerVintages: 0, earlierVintages: 0 });
    const history = (
      await listObservations(ctx().store.db, { measureCode: 'public-confidence', areaCodes: ['camden'] })
    ).map((o) => [o.value, o.supersededAt === null]);
    expect(history).toEqual([
      [71, false],
      [73, true],
    ]);
  });

  it('refuses the whole file, naming each bad cell by row and column, and writes nothing', async () => {
    const before = (await listAuditHistory(ctx())).length;
    const attempt = importObservations(ctx(), {
      fileName: 'bad.csv',
      format: 'csv',
      content: csv(
        HEADER,
        'public-confidence,Camden,R12 2016-12,seventy,final,2000',
        'no-such-measure,Atlantis,soon,70,final,',
        'public-confidence,camden,R12 2016-12,70,maybe,',
      ),
    });
    await expect(attempt).rejects.toThrow(
      'Nothing was loaded. 5 problems: bad.csv, row 2, column Value: "seventy" is not a number; bad.csv, row 3, column Measure: "no-such-measure" is not the code of a measure; bad.csv, row 3, column Period: must be a month (such as 2018-06 or June 2018), a quarter (such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19), a financial year (such as 2018-19, FY2018-19 or 2018/19), a year to date (such as 2018-19 YTD 2018-06), a rolling 12-month period (such as R12 2018-06) or a calendar year (such as 2018), not "soon"; bad.csv, row 3, column Area: "Atlantis" is not a borough, a BCU or London; bad.csv, row 4, column Status: must be provisional or final.',
    );
    expect((await listAuditHistory(ctx())).length).toBe(before);
  });

  it("feeds comparisons: a survey's own pair is stated, never judged without sample sizes, beside the plan's quoted figure", async () => {
    await importObservations(ctx(), {
      fileName: 'conf.csv',
      format: 'csv',
      content: csv(
        `${HEADER},As at`,
        'public-confidence,Hillingdon,R12 2017-09,60,final,,2017-10-20',
        'public-confidence,Hillingdon,R12 2016-09,57,final,,2017-10-20',
      ),
    });
    const result = await compareMeasure(ctx(), {
      measure: 'public-confidence',
      area: 'hillingdon',
      period: 'R12 2017-09',
    });
    // With no source named, the figures are the measure's own source's.
    expect(result.headline).toMatchObject({ kind: 'published', name: 'MOPAC Public Attitude Survey' });
    expect([result.current.value, result.previous.value]).toEqual([60, 57]);
    expect(result.judgement).toMatchObject({ test: 'none', verdict: null, tone: 'neutral' });
    const plan = result.sources.find((s) => s.source.name === 'Police and Crime Plan 2017-21');
    expect(plan).toMatchObject({
      previous: { value: 56, asAt: '2017-03-31' },
      judgement: null,
      differenceFromHeadline: { current: null, previous: -1 },
    });
  });
});

describeWithDemoData('rates per 1,000 residents', (ctx) => {
  it("gives a BCU its rate from the sum of its boroughs' counts and populations, and refuses an unknown area", async () => {
    await importPopulation(ctx(), {
      fileName: 'pop.csv',
      content: csv(
        'Area,Year,Population',
        'Camden,2016,246000',
        'Islington,2016,231000',
        'Camden,2017,250000',
        'Islington,2017,235000',
      ),
    });
    const result = await compareMeasure(ctx(), { measure: 'burglary', area: 'CN', period: '2017-18' });
    expect(result.rates?.current).toBeCloseTo((result.current.value / 485_000) * 1000, 10);
    expect(result.rates?.previous).toBeCloseTo((result.previous.value / 477_000) * 1000, 10);
    const camden = await compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2017-18' });
    expect(camden.rates?.current).toBeCloseTo((camden.current.value / 250_000) * 1000, 10);
    expect((await compareMeasure(ctx(), { measure: 'burglary', area: 'London', period: '2017-18' })).rates).toBeNull();
    await expect(
      importPopulation(ctx(), {
        fileName: 'bad.csv',
        content: csv('Area,Year,Population', 'Atlantis,2016,12', 'Camden,20x6,-4'),
      }),
    ).rejects.toThrow(
      'Nothing was loaded. 3 problems: bad.csv, row 2, column Area: "Atlantis" is not a borough or a police force; bad.csv, row 3, column Year: "20x6" is not a year such as 2017; bad.csv, row 3, column Population: "-4" is not a whole number of people.',
    );
  });
});
