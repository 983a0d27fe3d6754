import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaStatus,
  broadEthnicGroup,
  fileNameOfSlice,
  localAuthorityOfLsoa,
  londonMonthOf,
  policeForceName,
  sliceOfFileName,
} from './index.js';

describe('police.uk file names', () => {
  it('give the force, month and layout of the slice, with or without folders before them', () => {
    expect(sliceOfFileName('2018-04/2018-04-city-of-london-street.csv')).toEqual({
      force: 'city-of-london',
      month: '2018-04',
      layout: 'street',
    });
    expect(sliceOfFileName('C:\\data\\2018-12-metropolitan-stop-and-search.csv')).toEqual({
      force: 'metropolitan',
      month: '2018-12',
      layout: 'stop-and-search',
    });
    expect(sliceOfFileName('2019-01-kent-outcomes.csv')?.layout).toBe('outcomes');
  });

  it('refuse names that do not say all three', () => {
    for (const name of [
      'street.csv',
      '2018-13-kent-street.csv',
      '2018-04-kent.csv',
      '2018-04-kent-street.txt',
      'README.md',
    ])
      expect(sliceOfFileName(name), name).toBeNull();
  });

  it('round-trip through the name police.uk gives a slice', () => {
    const force = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
    const month = fc.record({ y: fc.integer({ min: 2010, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) });
    const layout = fc.constantFrom('street' as const, 'outcomes' as const, 'stop-and-search' as const);
    fc.assert(
      fc.property(force, month, layout, (f, { y, m }, l) => {
        const slice = { force: f, month: `${y}-${String(m).padStart(2, '0')}`, layout: l };
        expect(sliceOfFileName(fileNameOfSlice(slice))).toEqual(slice);
      }),
    );
  });
});

describe('an LSOA name', () => {
  it('names its local authority before its code', () => {
    expect(localAuthorityOfLsoa('Tower Hamlets 001A')).toBe('Tower Hamlets');
    expect(localAuthorityOfLsoa('City of London 001F')).toBe('City of London');
    expect(localAuthorityOfLsoa('Kingston upon Hull 034E')).toBe('Kingston upon Hull');
  });

  it('that does not end in a code maps to no authority', () => {
    for (const name of ['', 'Tower Hamlets', 'Tower Hamlets 01A', '001A'])
      expect(localAuthorityOfLsoa(name), name).toBeNull();
  });

  it('gives back any authority name it was built from', () => {
    const word = fc.constantFrom(
      'Tower',
      'Hamlets',
      'of',
      'upon',
      'St',
      "Helen's",
      'Kingston-upon',
      'Hull',
      'City',
      '2',
    );
    const authority = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const code = fc
      .tuple(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c)),
      )
      .map(([n, letter]) => `${String(n).padStart(3, '0')}${letter}`);
    fc.assert(
      fc.property(authority, code, (a, c) => {
        expect(localAuthorityOfLsoa(`${a} ${c}`)).toBe(a);
      }),
    );
  });

  it('places a row in, out of, or nowhere in the force area', () => {
    const area = new Set(['City of London']);
    expect(areaStatus('E01000001', 'City of London', area)).toBe('in-area');
    expect(areaStatus('E01000916', 'Camden', area)).toBe('out-of-area');
    expect(areaStatus('', null, area)).toBe('no-location');
    expect(areaStatus('E01000916', null, area)).toBe('unmapped');
    expect(areaStatus('E01000916', 'Camden', null)).toBe('in-area');
  });
});

describe('the London month of a stop and search', () => {
  it('moves a late-evening UTC time in summer into the next day, and month', () => {
    expect(londonMonthOf('2018-03-31T23:00:00+00:00')).toBe('2018-04');
    expect(londonMonthOf('2018-04-30T23:30:00+00:00')).toBe('2018-05');
    expect(londonMonthOf('2018-12-31T23:30:00+00:00')).toBe('2018-12');
    expect(londonMonthOf('2018-10-31T23:30:00+00:00')).toBe('2018-10');
    expect(londonMonthOf('2018-05-01T00:30:00+01:00')).toBe('2018-05');
    expect(londonMonthOf('not a date')).toBeNull();
  });

  it('agrees with the time zone database for any instant', () => {
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 11, 31) });
    fc.assert(
      fc.property(instant, (ms) => {
        const iso = new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', '+00:00');
        const parts = london.formatToParts(new Date(Math.floor(ms / 60000) * 60000));
        const expected = `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
        expect(londonMonthOf(iso)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ethnicity and force names', () => {
  it('take the broad group before the dash, and say when none was stated', () => {
    expect(broadEthnicGroup('White - English/Welsh/Scottish/Northern Irish/British')).toBe('White');
    expect(broadEthnicGroup('Black/African/Caribbean/Black British - African')).toBe(
      'Black/African/Caribbean/Black British',
    );
    expect(broadEthnicGroup('')).toBe('Not stated');
  });

  it('name the 43 forces as police.uk does, and spell out codes it does not know', () => {
    expect(policeForceName('metropolitan')).toBe('Metropolitan Police Service');
    expect(policeForceName('btp')).toBe('BTP');
    expect(policeForceName('northern-ireland')).toBe('Northern Ireland');
  });
});
