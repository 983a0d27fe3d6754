import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCrimeTaxonomy } from '../../../demo/crimeTaxonomy.js';
import {
  ancestry,
  categoryByCode,
  categoryFor,
  checkTaxonomy,
  descendants,
  nameKey,
  type CrimeCategory,
  type CrimeTaxonomy,
} from './crimeTaxonomy.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';

const SAMPLE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');

const POLICE_UK_TYPES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
];

const taxonomy = defaultCrimeTaxonomy;
const codeFor = (key: Parameters<typeof categoryFor>[1]): string | undefined => categoryFor(taxonomy, key)?.code;

const small: CrimeTaxonomy = {
  categories: [
    { code: 'all-crime', name: 'All crime', parentCode: null },
    { code: 'burglary', name: 'Burglary', parentCode: 'all-crime' },
    { code: 'burglary-residential', name: 'Residential burglary', parentCode: 'burglary' },
    { code: 'burglary-business', name: 'Business burglary', parentCode: 'burglary' },
    { code: 'theft', name: 'Theft', parentCode: 'all-crime' },
    { code: 'anti-social-behaviour', name: 'Anti-social behaviour', parentCode: null },
  ],
  mappings: [
    {
      source: 'mps-historic',
      major: 'Burglary',
      minor: 'Burglary in a Dwelling',
      categoryCode: 'burglary-residential',
    },
    { source: 'mps-historic', major: 'Fraud or Forgery', minor: 'Other Fraud & Forgery', categoryCode: 'theft' },
    { source: 'police-uk', crimeType: 'Burglary', categoryCode: 'burglary' },
  ],
};

describe('nameKey and categoryFor', () => {
  it('compares names ignoring case, spacing and & against and', () => {
    expect(nameKey('  Other Fraud &  Forgery ')).toBe('other fraud and forgery');
    expect(nameKey('Other Fraud and Forgery')).toBe('other fraud and forgery');
    expect(nameKey('A&B')).toBe('a and b');
  });

  it('finds a mapping by its exact names once normalised', () => {
    const key = { source: 'mps-historic', major: ' BURGLARY', minor: 'burglary  in a dwelling' } as const;
    expect(categoryFor(small, key)?.code).toBe('burglary-residential');
    expect(
      categoryFor(small, { source: 'mps-historic', major: 'Fraud or Forgery', minor: 'other fraud and forgery' })?.code,
    ).toBe('theft');
    expect(categoryFor(small, { source: 'police-uk', crimeType: 'burglary' })?.code).toBe('burglary');
  });

  it('does not match another source, a missing part or a prefix', () => {
    expect(categoryFor(small, { source: 'mps-recent', major: 'Burglary', minor: 'Burglary in a Dwelling' })).toBeNull();
    expect(categoryFor(small, { source: 'mps-historic', major: 'Burglary' })).toBeNull();
    expect(categoryFor(small, { source: 'mps-historic', major: 'Burglary', minor: 'Burglary in a' })).toBeNull();
    expect(categoryFor(small, { source: 'police-uk', crimeType: 'Burglaries' })).toBeNull();
  });
});

describe('descendants and ancestry', () => {
  it('lists every category below one, parents before children, not the category itself', () => {
    expect(descendants(small, 'all-crime')).toEqual(['burglary', 'burglary-residential', 'burglary-business', 'theft']);
    expect(descendants(small, 'burglary')).toEqual(['burglary-residential', 'burglary-business']);
    expect(descendants(small, 'theft')).toEqual([]);
    expect(descendants(small, 'no-such-code')).toEqual([]);
    expect(ancestry(small, 'burglary-business')).toEqual(['burglary-business', 'burglary', 'all-crime']);
    expect(categoryByCode(small, 'theft')?.name).toBe('Theft');
  });

  it('ends even when the parents loop', () => {
    const looped: CrimeTaxonomy = {
      categories: [
        { code: 'a', name: 'A', parentCode: 'b' },
        { code: 'b', name: 'B', parentCode: 'a' },
      ],
      mappings: [],
    };
    expect(descendants(looped, 'a')).toEqual(['b']);
    expect(ancestry(looped, 'a')).toEqual(['a', 'b']);
  });

  it('agrees with ancestry on any generated forest', () => {
    const forest = fc
      .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 30 })
      .map((parents): CrimeTaxonomy => ({
        categories: parents.map((parent, index): CrimeCategory => ({
          code: `c${index}`,
          name: `C${index}`,
          parentCode: parent === null || index === 0 ? null : `c${parent % index}`,
        })),
        mappings: [],
      }));
    fc.assert(
      fc.property(forest, (generated) => {
        expect(checkTaxonomy(generated)).toEqual([]);
        for (const { code } of generated.categories) {
          const below = generated.categories
            .filter((other) => other.code !== code && ancestry(generated, other.code).includes(code))
            .map((other) => other.code);
          expect([...descendants(generated, code)].sort()).toEqual(below.sort());
        }
      }),
    );
  });
});

describe('checkTaxonomy', () => {
  it('finds nothing wrong with a sound taxonomy', () => {
    expect(checkTaxonomy(small)).toEqual([]);
  });

  it('finds repeated and malformed codes, missing parents and loops', () => {
    const broken: CrimeTaxonomy = {
      categories: [
        { code: 'all-crime', name: 'All crime', parentCode: null },
        { code: 'all-crime', name: 'Again', parentCode: null },
        { code: 'Bad Code', name: ' ', parentCode: 'nowhere' },
        { code: 'a', name: 'A', parentCode: 'b' },
        { code: 'b', name: 'B', parentCode: 'c' },
        { code: 'c', name: 'C', parentCode: 'a' },
        { code: 'self', name: 'Self', parentCode: 'self' },
      ],
      mappings: [],
    };
    expect(checkTaxonomy(broken)).toEqual([
      { path: 'categories[1].code', message: '"all-crime" is already the code of categories[0]' },
      { path: 'categories[2].code', message: '"Bad Code" is not lower-case words joined by hyphens' },
      { path: 'categories[2].name', message: 'is required' },
      { path: 'categories[2].parentCode', message: '"nowhere" is not the code of a category' },
      { path: 'categories[3].parentCode', message: 'the parents form a loop: a → b → c → a' },
      { path: 'categories[6].parentCode', message: 'the parents form a loop: self → self' },
    ]);
  });

  it('finds mappings to unknown categories, without the names they need, or mapped twice', () => {
    const broken: CrimeTaxonomy = {
      categories: small.categories,
      mappings: [
        ...small.mappings,
        { source: 'mps-historic', major: 'burglary', minor: 'Burglary  IN a Dwelling', categoryCode: 'burglary' },
        { source: 'mps-recent', major: 'Burglary', minor: 'Burglary - Residential', categoryCode: 'housebreaking' },
        { source: 'mps-recent', major: 'Burglary', categoryCode: 'burglary' },
        { source: 'police-uk', major: 'Burglary', crimeType: 'Burglary', categoryCode: 'burglary' },
        { source: 'police-uk', categoryCode: 'burglary' },
      ],
    };
    expect(checkTaxonomy(broken)).toEqual([
      {
        path: 'mappings[3]',
        message: 'mps-historic burglary / Burglary  IN a Dwelling is already mapped by mappings[0]',
      },
      { path: 'mappings[4].categoryCode', message: '"housebreaking" is not the code of a category' },
      { path: 'mappings[5]', message: 'an mps-recent mapping needs a major and a minor category' },
      { path: 'mappings[6]', message: 'a police-uk mapping names a crimeType only' },
      { path: 'mappings[7]', message: 'a police-uk mapping needs a crimeType' },
    ]);
  });
});

describe('checkTaxonomy across MPS vintages', () => {
  it('refuses a pair of MPS names that two vintages map to different categories, and accepts one they agree on', () => {
    const agreeing: CrimeTaxonomy = {
      ...small,
      mappings: [
        ...small.mappings,
        {
          source: 'mps-recent',
          major: 'BURGLARY',
          minor: 'burglary in a dwelling',
          categoryCode: 'burglary-residential',
        },
      ],
    };
    expect(checkTaxonomy(agreeing)).toEqual([]);
    const clashing: CrimeTaxonomy = {
      ...small,
      mappings: [
        ...small.mappings,
        { source: 'mps-recent', major: 'Burglary', minor: 'Burglary in a Dwelling', categoryCode: 'burglary-business' },
      ],
    };
    expect(checkTaxonomy(clashing)).toEqual([
      {
        path: 'mappings[3].categoryCode',
        message:
          'mps-recent Burglary / Burglary in a Dwelling maps to "burglary-business" but mappings[0] (mps-historic) ' +
          'maps the same names to "burglary-residential": MPS names are looked up across vintages, so they must agree',
      },
    ]);
  });
});

describe('defaultCrimeTaxonomy', () => {
  it('is sound', () => {
    expect(checkTaxonomy(taxonomy)).toEqual([]);
  });

  it('maps every major and minor category pair of the real historic MPS file', () => {
    // The file has no quoted fields, so its cells are what lies between the commas.
    const text = readFileSync(SAMPLE, 'utf8');
    expect(text).not.toContain('"');
    const [header, ...rows] = text
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .map((line) => line.split(','));
    expect(header?.slice(0, 3)).toEqual(['Borough', 'Major Category', 'Minor Category']);
    const pairs = new Set(rows.map(([, major, minor]) => `${major}|${minor}`));
    expect(pairs.size).toBe(33);
    const unmapped = [...pairs].filter((pair) => {
      const [major, minor] = pair.split('|');
      return categoryFor(taxonomy, { source: 'mps-historic', major, minor }) === null;
    });
    expect(unmapped).toEqual([]);
  });

  it('maps a renamed minor category to the same category in both vintages', () => {
    const historic = codeFor({ source: 'mps-historic', major: 'Burglary', minor: 'Burglary in a Dwelling' });
    const recent = codeFor({ source: 'mps-recent', major: 'Burglary', minor: 'Burglary - Residential' });
    expect(historic).toBe('burglary-residential');
    expect(recent).toBe(historic);
    const renamed: [string, string, string, string][] = [
      ['Burglary', 'Burglary in Other Buildings', 'Burglary', 'Burglary - Business and Community'],
      ['Violence Against the Person', 'Murder', 'Violence Against the Person', 'Homicide'],
      ['Theft and Handling', 'Theft From Shops', 'Theft', 'Shoplifting'],
      ['Theft and Handling', 'Theft/Taking of Pedal Cycle', 'Theft', 'Bicycle Theft'],
      ['Theft and Handling', 'Theft From Motor Vehicle', 'Vehicle Offences', 'Theft from a Motor Vehicle'],
      ['Robbery', 'Personal Property', 'Robbery', 'Robbery of Personal Property'],
      ['Drugs', 'Possession Of Drugs', 'Drug Offences', 'Possession of Drugs'],
      ['Violence Against the Person', 'Offensive Weapon', 'Possession of Weapons', 'Possession of Other Weapon'],
    ];
    for (const [oldMajor, oldMinor, newMajor, newMinor] of renamed) {
      const before = codeFor({ source: 'mps-historic', major: oldMajor, minor: oldMinor });
      expect(before).toBeDefined();
      expect(codeFor({ source: 'mps-recent', major: newMajor, minor: newMinor })).toBe(before);
    }
  });

  it('maps every police.uk crime type, the broad ones to parent categories', () => {
    for (const crimeType of POLICE_UK_TYPES) expect(codeFor({ source: 'police-uk', crimeType })).toBeDefined();
    const violence = codeFor({ source: 'police-uk', crimeType: 'Violence and sexual offences' })!;
    expect(descendants(taxonomy, violence)).toEqual(
      expect.arrayContaining(['homicide', 'violence-with-injury', 'rape', 'other-sexual']),
    );
    const vehicle = codeFor({ source: 'police-uk', crimeType: 'Vehicle crime' })!;
    expect(descendants(taxonomy, vehicle)).toEqual(['theft-from-vehicle', 'theft-of-vehicle', 'vehicle-interference']);
  });

  it('keeps anti-social behaviour outside all crime, and every crime inside it', () => {
    const crimes = descendants(taxonomy, 'all-crime');
    expect(crimes).not.toContain('anti-social-behaviour');
    const roots = taxonomy.categories.filter((category) => category.parentCode === null).map((c) => c.code);
    expect(roots).toEqual(['all-crime', 'anti-social-behaviour']);
    expect(crimes).toHaveLength(taxonomy.categories.length - 2);
  });
});
