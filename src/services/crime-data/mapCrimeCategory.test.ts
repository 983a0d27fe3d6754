import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { categoryAndBelow, sumCrimeCounts } from '../../store/index.js';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { defineMeasure } from '../measures/defineMeasure.js';
import { importMpsBoroughSeries } from './importMpsBoroughSeries.js';
import { listCrimeCategoryMappings } from './listCrimeCategoryMappings.js';
import { mapCrimeCategory } from './mapCrimeCategory.js';

const CURRENT = (minor: string) =>
  Readable.from([`MajorText,MinorText,LookUp_BoroughName,201804,201805\nBurglary,${minor},Camden,40,50\n`]);

describeWithCrimeDataBasics('editing the crime category taxonomy', (ctx) => {
  it('refuses a renamed minor category until it is mapped, then feeds the same series', async () => {
    await expect(
      importMpsBoroughSeries(ctx(), { fileName: 'new.csv', content: CURRENT('Burglary - Domestic') }),
    ).rejects.toThrow(
      'new.csv, row 2, column MinorText: "Burglary / Burglary - Domestic" is not in the crime category taxonomy; ' +
        'map it with: bluelamp crime-data mappings set "Burglary / Burglary - Domestic" CATEGORY',
    );
    const mapped = await mapCrimeCategory(ctx(), {
      source: 'mps-recent',
      major: 'Burglary',
      minor: 'Burglary - Domestic',
      categoryCode: 'burglary-residential',
      reason: 'Renamed in the 2018 files',
    });
    expect(mapped).toEqual({
      sourceKey: 'burglary|burglary - domestic',
      categoryCode: 'burglary-residential',
      sources: ['mps-recent'],
    });
    const loaded = await importMpsBoroughSeries(ctx(), {
      fileName: 'new.csv',
      content: CURRENT('Burglary - Domestic'),
    });
    expect(loaded).toMatchObject({ vintage: 'mps-recent', counts: 2 });
    const burglary = await sumCrimeCounts(ctx().store.db, {
      areaCodes: ['camden'],
      categoryCodes: await categoryAndBelow(ctx().store.db, 'burglary'),
      firstMonth: '2018-04',
      lastMonth: '2018-05',
    });
    expect([...burglary]).toEqual([
      ['2018-04', 40],
      ['2018-05', 50],
    ]);
    const audit = await listAuditHistory(ctx(), { entityType: 'crime_category_mapping' });
    expect(audit.at(-1)).toMatchObject({
      entityId: 'mps-recent burglary|burglary - domestic',
      reason: 'Renamed in the 2018 files',
    });
  });

  it('changes a pair of MPS names in every vintage that maps it, so that the vintages keep agreeing', async () => {
    const result = await mapCrimeCategory(ctx(), {
      source: 'mps-recent',
      major: 'Sexual Offences',
      minor: 'Rape',
      categoryCode: 'sexual-offences',
    });
    expect(result.sources.sort()).toEqual(['mps-historic', 'mps-recent']);
    const listed = (await listCrimeCategoryMappings(ctx())).filter(
      (m) => m.major === 'Sexual Offences' && m.minor === 'Rape',
    );
    expect(listed.map((m) => [m.source, m.categoryCode, m.categoryName])).toEqual([
      ['mps-historic', 'sexual-offences', 'Sexual offences'],
      ['mps-recent', 'sexual-offences', 'Sexual offences'],
    ]);
  });

  it('lists every name of every vintage with its category, and refuses a category that is not in the taxonomy', async () => {
    const mappings = await listCrimeCategoryMappings(ctx());
    expect(mappings.find((m) => m.minor === 'RES BURGLARY OF A HOME')).toMatchObject({
      source: 'mps-recent',
      categoryCode: 'burglary-residential',
      categoryName: 'Residential burglary',
    });
    expect(mappings.find((m) => m.minor === 'Theft/Taking of M/V')?.categoryCode).toBe('theft-of-vehicle');
    expect(mappings.find((m) => m.crimeType === 'Vehicle crime')?.categoryCode).toBe('vehicle-offences');
    await expect(
      mapCrimeCategory(ctx(), { source: 'police-uk', crimeType: 'Drugs', categoryCode: 'narcotics' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'categoryCode' });
    await expect(
      mapCrimeCategory(ctx(), { source: 'mps-recent', major: 'Drugs', categoryCode: 'drugs' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'minor' });
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
