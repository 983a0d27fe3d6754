import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPrioritySet, checkStandingPriorities, tallyChoices, type PrioritySetInput } from './prioritySet.js';

const CATALOGUE = {
  boroughs: new Map([
    ['greenwich', 'Greenwich'],
    ['camden', 'Camden'],
  ]),
  eligible: new Map([
    ['burglary', 'Burglary'],
    ['robbery', 'Robbery'],
    ['violence-with-injury-non-domestic', 'Non-domestic violence with injury'],
  ]),
};

const GREENWICH: PrioritySetInput = {
  boroughCode: 'greenwich',
  year: '2018-19',
  priorities: [
    { categoryCode: 'burglary', qualifier: 'residential' },
    { categoryCode: 'violence-with-injury-non-domestic', qualifier: null },
    { categoryCode: 'robbery', qualifier: 'personal property' },
  ],
  agreedBy: 'Greenwich Council, South East BCU and MOPAC',
  agreedOn: '2018-04-01',
  source: null,
  reason: null,
};

describe('checking a priority set', () => {
  it('accepts three priorities with qualifiers: no borough is held to exactly two', () => {
    expect(checkPrioritySet(GREENWICH, CATALOGUE, 0)).toEqual([]);
  });

  it('names every problem with its field', () => {
    const problems = checkPrioritySet(
      {
        ...GREENWICH,
        boroughCode: 'gotham',
        year: '2018-20',
        priorities: [
          { categoryCode: 'burglary', qualifier: null },
          { categoryCode: 'burglary', qualifier: null },
          { categoryCode: 'arson', qualifier: ' ' },
        ],
        agreedBy: '',
        agreedOn: '2018-13-01',
      },
      CATALOGUE,
      0,
    );
    expect(problems).toEqual([
      { field: 'boroughCode', message: '"gotham" is not a borough' },
      { field: 'year', message: '"2018-20" is not a financial year such as 2018-19' },
      { field: 'priorities[1]', message: 'the same priority is chosen twice' },
      { field: 'priorities[2].categoryCode', message: '"arson" is not a category boroughs may choose' },
      { field: 'priorities[2].qualifier', message: 'must be 1 to 120 characters, or none' },
      { field: 'agreedBy', message: 'is required' },
      { field: 'agreedOn', message: '"2018-13-01" is not a date such as 2018-04-01' },
    ]);
  });

  it('asks for a reason from the second version on, and for at least one priority', () => {
    expect(checkPrioritySet(GREENWICH, CATALOGUE, 1)).toEqual([
      {
        field: 'reason',
        message: '2018-19 already has a set for this borough: a new version needs the reason for the change',
      },
    ]);
    expect(checkPrioritySet({ ...GREENWICH, reason: 'Robbery fell away' }, CATALOGUE, 2)).toEqual([]);
    expect(checkPrioritySet({ ...GREENWICH, priorities: [] }, CATALOGUE, 0)).toEqual([
      { field: 'priorities', message: 'at least one priority is needed' },
    ]);
  });
});

describe('checking the standing priorities', () => {
  const known = { categories: new Set(['anti-social-behaviour']), measures: new Set(['domestic-abuse']) };
  it('refuses bad codes, repeats, unknown categories and measures', () => {
    const asb = {
      code: 'anti-social-behaviour',
      name: 'Anti-social behaviour',
      kind: 'everywhere' as const,
      categoryCode: 'anti-social-behaviour',
      measureCode: null,
      repeatMeasureCode: null,
      polarity: 'lower-is-better' as const,
    };
    expect(checkStandingPriorities([asb], known)).toEqual([]);
    expect(
      checkStandingPriorities(
        [asb, { ...asb, categoryCode: 'graffiti' }, { ...asb, code: 'Hate Crime', measureCode: 'hate', name: '' }],
        known,
      ),
    ).toEqual([
      { field: 'standing[1].code', message: '"anti-social-behaviour" is listed twice' },
      { field: 'standing[1].categoryCode', message: '"graffiti" is not a crime category' },
      { field: 'standing[2].code', message: 'must be lower-case words joined by hyphens' },
      { field: 'standing[2].name', message: 'is required' },
      { field: 'standing[2].measureCode', message: '"hate" is not a measure' },
    ]);
  });
});

describe('tallying choices', () => {
  it('counts each borough once per category, however many qualifiers it gives it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom<string>('burglary', 'robbery', 'theft-person'), { maxLength: 4 }), {
          maxLength: 40,
        }),
        (sets) => {
          const tally = tallyChoices(
            sets.map((codes) => ({ priorities: codes.map((categoryCode) => ({ categoryCode, qualifier: null })) })),
          );
          for (const { categoryCode, boroughs } of tally) {
            expect(boroughs).toBe(sets.filter((codes) => codes.includes(categoryCode)).length);
          }
          const counts = tally.map((t) => t.boroughs);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        },
      ),
    );
  });
});
