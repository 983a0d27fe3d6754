import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { compareMeasure } from './compareMeasure.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';

const FILE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');

/** The file's own sum of a financial year, computed without the loader: every cell of the twelve month columns. */
function sumOfFile(startYear: number, borough?: string): number {
  const [header = '', ...lines] = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const months = new Set<string>();
  for (let m = 0; m < 12; m += 1) {
    const month = ((3 + m) % 12) + 1;
    months.add(`${startYear + (m >= 9 ? 1 : 0)}${String(month).padStart(2, '0')}`);
  }
  let total = 0;
  for (const line of lines) {
    const cells = line.split(',');
    if (borough !== undefined && cells[0] !== borough) continue;
    columns.forEach((column, index) => {
      if (months.has(column)) total += Number(cells[index] ?? 0);
    });
  }
  return total;
}

describeWithDemoData('comparing a measure between two years from the MPS borough file', (ctx) => {
  it("loads the real file and compares London total recorded crime, 2015-16 against 2014-15, to the file's own sums", async () => {
    const loaded = await importMpsBoroughSeries(ctx(), {
      fileName: 'MPS_Borough_Level_Crime_Historic.csv',
      content: fs.createReadStream(FILE),
    });
    expect(loaded).toMatchObject({ firstMonth: '2008-01', lastMonth: '2016-12', rowsRead: 1056 });
    const result = await compareMeasure(ctx(), {
      measure: 'crime-total',
      area: 'London',
      period: '2015-16',
      against: '2014-15',
    });
    expect(result.current.value).toBe(sumOfFile(2015));
    expect(result.previous.value).toBe(sumOfFile(2014));
    expect(result.change).toBe(sumOfFile(2015) - sumOfFile(2014));
    expect(result.judgement.sentence).toMatch(
      /^All recorded crime: [\d,]+ offences in 2015-16, (up|down) from [\d,]+ in 2014-15 \([+−-]\d+\.\d%\)/,
    );
  });

  it('sums a borough and a BCU from the same file', async () => {
    const camden = await compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2015-16' });
    const burglaryCamden = (year: number) => {
      const [header = '', ...lines] = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
      const columns = header.split(',');
      return lines
        .map((line) => line.split(','))
        .filter((cells) => cells[0] === 'Camden' && cells[1] === 'Burglary')
        .reduce(
          (sum, cells) =>
            sum + columns.reduce((s, c, i) => s + (c >= `${year}04` && c <= `${year + 1}03` ? Number(cells[i]) : 0), 0),
          0,
        );
    };
    expect(camden.current.value).toBe(burglaryCamden(2015));
    expect(camden.previous.value).toBe(burglaryCamden(2014));
    const centralNorth = await compareMeasure(ctx(), { measure: 'crime-total', area: 'CN', period: '2015-16' });
    expect(centralNorth.current.value).toBe(sumOfFile(2015, 'Camden') + sumOfFile(2015, 'Islington'));
  });

  it("shows the Business Plan's London totals beside the data's, each judged on its own pair, with the difference", async () => {
    const result = await compareMeasure(ctx(), { measure: 'crime-total', area: 'London', period: '2017-18' });
    expect(result.headline).toMatchObject({ kind: 'data', synthetic: false });
    const plan = result.sources.find((s) => s.source.name === 'Met Business Plan 2018-19');
    expect(plan).toMatchObject({
      headline: false,
      source: { kind: 'published', label: 'Published: Met Business Plan 2018-19', synthetic: false },
      current: { value: 827_225, asAt: '2018-06-30' },
      previous: { value: 777_458, asAt: '2018-06-30' },
      differenceFromHeadline: {
        current: 827_225 - result.current.value,
        previous: 777_458 - result.previous.value,
      },
    });
    expect(plan?.judgement?.sentence).toBe(
      'All recorded crime: 827,225 offences in 2017-18, up from 777,458 in 2016-17 (+6.4%); the rise is statistically significant.',
    );
  });
});
