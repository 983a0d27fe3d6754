import { describe, expect, it } from 'vitest';
import { attributionsOf, countsSource, type CrimeFile } from './figureSources.js';

const historic: CrimeFile = {
  source: 'mps-historic',
  fileName: 'MPS_Borough_Level_Crime_Historic.csv',
  firstMonth: '2008-01',
  lastMonth: '2016-12',
};
const recent: CrimeFile = {
  source: 'mps-recent',
  fileName: 'MPS_Borough_Level_Crime_Recent_24_months.csv',
  firstMonth: '2017-01',
  lastMonth: '2018-12',
};
const ward: CrimeFile = {
  source: 'mps-recent',
  fileName: 'MPS Ward Level Crime (most recent 24 months).csv',
  firstMonth: '2022-01',
  lastMonth: '2023-12',
};
const generated: CrimeFile = {
  source: 'demo-synthetic',
  fileName: 'generated-counts.csv',
  firstMonth: '2015-04',
  lastMonth: '2018-06',
};
const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0';

describe('where summed crime figures come from', () => {
  it('names the files, grouped under the dataset and publisher they come from', () => {
    expect(countsSource([historic, recent])).toEqual({
      text: 'Source: monthly recorded crime by area, summed from MPS_Borough_Level_Crime_Historic.csv and MPS_Borough_Level_Crime_Recent_24_months.csv (MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore).',
      synthetic: false,
      attributions: [
        `${OGL}: MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore.`,
      ],
    });
  });

  it('tells a ward-level file from a borough-level one, with a licence statement for each dataset', () => {
    expect(attributionsOf([recent, ward, recent])).toEqual([
      `${OGL}: MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore.`,
      `${OGL}: MPS Ward Level Crime, published by the Metropolitan Police Service on the London Datastore.`,
    ]);
  });

  it('gives the synthetic label, and no licence statement, when any of the counts were generated for the demo', () => {
    const source = countsSource([recent, generated]);
    expect(source.synthetic).toBe(true);
    expect(source.text).toMatch(/^Synthetic demo figures/);
    expect(source.attributions).toEqual([]);
  });

  it('names a file of no known publisher by its name alone, and says little when no file is known', () => {
    const other: CrimeFile = { ...recent, source: 'force-extract', fileName: 'extract.csv' };
    expect(countsSource([other])).toMatchObject({
      text: 'Source: monthly recorded crime by area, summed from extract.csv.',
      attributions: [],
    });
    expect(countsSource([]).text).toBe('Source: monthly recorded crime counts.');
  });
});
