import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCrimeTaxonomy, MPS_CURRENT_NAMES } from '../../../demo/crimeTaxonomy.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { isMpsVintage, MpsCategoryNames, type MpsNameMapping } from './mpsCategoryNames.js';

const mpsMappings: MpsNameMapping[] = defaultCrimeTaxonomy.mappings.flatMap((m) =>
  isMpsVintage(m.source) && m.major !== undefined && m.minor !== undefined
    ? [{ source: m.source, major: m.major, minor: m.minor, categoryCode: m.categoryCode }]
    : [],
);
const names = new MpsCategoryNames(mpsMappings);

/** The major and minor category of every row of a shared MPS file (the files hold no quoted fields). */
function pairsOf(file: string): { major: string; minor: string }[] {
  const text = readFileSync(sharedDataFile('mps-borough', file), 'utf8');
  expect(text).not.toContain('"');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','))
    .map(([, major = '', minor = '']) => ({ major, minor }));
}

describe('MPS category names of every vintage', () => {
  it('maps every pair of both shared borough files, which share one header', () => {
    for (const file of ['MPS_Borough_Level_Crime_Historic.csv', 'MPS_Borough_Level_Crime_Recent_24_months.csv']) {
      const unmapped = pairsOf(file).filter((pair) => names.categoryOf(pair) === null);
      expect(unmapped).toEqual([]);
    }
  });

  it('maps the 13 major and 33 minor categories of the current files, in capitals as they write them', () => {
    expect(new Set(MPS_CURRENT_NAMES.map(([major]) => major)).size).toBe(13);
    expect(MPS_CURRENT_NAMES).toHaveLength(33);
    for (const [major, minor, code] of MPS_CURRENT_NAMES) expect(names.categoryOf({ major, minor })).toBe(code);
    expect(names.categoryOf({ major: 'BURGLARY', minor: 'RES BURGLARY OF A HOME' })).toBe('burglary-residential');
    expect(names.categoryOf({ major: 'VEHICLE OFFENCES', minor: 'THEFT OR UNAUTH TAKING OF A MOTOR VEH' })).toBe(
      'theft-of-vehicle',
    );
    expect(names.categoryOf({ major: 'NFIB FRAUD', minor: 'NFIB FRAUD' })).toBe('fraud-forgery');
  });

  it('keeps a renamed category in its series across all three ways of naming it', () => {
    const residential = [
      { major: 'Burglary', minor: 'Burglary in a Dwelling' },
      { major: 'Burglary', minor: 'Burglary - Residential' },
      { major: 'BURGLARY', minor: 'DOMESTIC BURGLARY' },
      { major: 'BURGLARY', minor: 'RES BURGLARY OF A HOME' },
    ];
    expect(new Set(residential.map((pair) => names.categoryOf(pair)))).toEqual(new Set(['burglary-residential']));
    const vehicleTheft = [
      { major: 'Theft and Handling', minor: 'Theft/Taking Of Motor Vehicle' },
      { major: 'Theft and Handling', minor: 'Theft/Taking of M/V' },
      { major: 'Vehicle Offences', minor: 'Theft or Taking of a Motor Vehicle' },
      { major: 'VEHICLE OFFENCES', minor: 'THEFT OR UNAUTH TAKING OF A MOTOR VEH' },
    ];
    expect(new Set(vehicleTheft.map((pair) => names.categoryOf(pair)))).toEqual(new Set(['theft-of-vehicle']));
  });

  it('files each shared file under the vintage its names come from, not under its header', () => {
    expect(names.vintageOf(pairsOf('MPS_Borough_Level_Crime_Historic.csv'), 'mps-recent')).toBe('mps-historic');
    expect(names.vintageOf(pairsOf('MPS_Borough_Level_Crime_Recent_24_months.csv'), 'mps-recent')).toBe('mps-historic');
    const current = MPS_CURRENT_NAMES.map(([major, minor]) => ({ major, minor }));
    expect(names.vintageOf(current, 'mps-historic')).toBe('mps-recent');
  });

  it('takes the vintage the header suggests when no name tells', () => {
    const unknown = [{ major: 'Piracy', minor: 'On the high seas' }];
    expect(names.vintageOf(unknown, 'mps-historic')).toBe('mps-historic');
    expect(names.vintageOf(unknown, 'mps-recent')).toBe('mps-recent');
    expect(names.categoryOf(unknown[0]!)).toBeNull();
  });
});
