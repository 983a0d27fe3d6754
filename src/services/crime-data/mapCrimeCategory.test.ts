import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { compareMeasure } from '../measures/compareMeasure.js';
import { defineMeasure } from '../measures/defineMeasure.js';
import { importMpsBoroughSeries } from './importMpsBoroughSeries.js';
import { mapCrimeCategory } from './mapCrimeCategory.js';

const RECENT = (minor: string) =>
  Readable.from([`MajorText,MinorText,LookUp_BoroughName,201804,201805\nBurglary,${minor},Camden,40,50\n`]);

describeWithDemoData('editing the crime category taxonomy', (ctx) => {
  it('refuses a renamed minor category until it is mapped, then feeds the same series', async () => {
    await expect(
      importMpsBoroughSeries(ctx(), { fileName: 'new.csv', content: RECENT('Burglary - Domestic') }),
    ).rejects.toThrow(
      /new\.csv, row 2, column Minor Category: "Burglary \/ Burglary - Domestic" is not in the crime category taxonomy/,
    );
    await mapCrimeCategory(ctx(), {
      source: 'mps-recent',
      major: 'Burglary',
      minor: 'Burglary - Domestic',
      categoryCode: 'burglary-residential',
      reason: 'Renamed in the 2018 files',
    });
    const loaded = await importMpsBoroughSeries(ctx(), { fileName: 'new.csv', content: RECENT('Burglary - Domestic') });
    expect(loaded).toMatchObject({ vintage: 'recent', counts: 2 });
    const may = await compareMeasure(ctx(), {
      measure: 'burglary',
      area: 'camden',
      period: '2018-05',
      against: '2018-04',
    });
    expect([may.current.value, may.previous.value]).toEqual([50, 40]);
  });

  it('defines a new measure, refusing a category that is not in the taxonomy', async () => {
    const base = {
      code: 'cycle-theft',
      name: 'Cycle theft',
      definition: 'Bicycles stolen.',
      unit: 'count' as const,
      unitWords: 'offences',
      polarity: 'lower-is-better' as const,
      frequency: 'monthly' as const,
      source: 'MPS recorded crime',
      areaKinds: ['borough' as const],
      breakdowns: [],
      target: null,
      aims: [],
    };
    await expect(defineMeasure(ctx(), { ...base, crimeCategory: 'bikes' })).rejects.toMatchObject({
      kind: 'invalid-input',
      field: 'crimeCategory',
    });
    await expect(defineMeasure(ctx(), { ...base, crimeCategory: 'bicycle-theft' })).resolves.toMatchObject({
      code: 'cycle-theft',
    });
  });
});
