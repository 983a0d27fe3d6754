import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, firstDayOfMonth, makeDate, type YearMonth } from '../calendar/index.js';
import {
  firstMonthInForce,
  monthlyChoices,
  monthsOfSpan,
  noSetInForceSentence,
  setChangeSentence,
  setChangesWithin,
  setInForce,
  splitByChoice,
  type DatedChoices,
} from './setInForce.js';

const choose = (...codes: string[]) => codes.map((categoryCode) => ({ categoryCode, qualifier: null }));
const Q1 = monthsOfSpan({ first: { year: 2018, month: 4 }, last: { year: 2018, month: 6 } });
const YEAR = monthsOfSpan({ first: { year: 2018, month: 4 }, last: { year: 2019, month: 3 } });

const havering: DatedChoices[] = [
  { version: 1, agreedOn: '2018-04-01', priorities: choose('robbery', 'violence-with-injury-non-domestic') },
  { version: 2, agreedOn: '2018-10-01', priorities: choose('burglary', 'violence-with-injury-non-domestic') },
];

const month = fc.record({ year: fc.integer({ min: 2010, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) });
const day = fc.integer({ min: 1, max: 28 });
const categories = fc.subarray(['burglary', 'robbery', 'theft-person'], { minLength: 1 });
const versions = fc.array(fc.tuple(month, day, categories), { minLength: 1, maxLength: 4 }).map((rows) =>
  rows.map(([m, d, codes], index) => ({
    version: index + 1,
    agreedOn: makeDate(m.year, m.month, d),
    priorities: choose(...codes),
  })),
);
const span = fc
  .tuple(month, fc.integer({ min: 0, max: 14 }))
  .map(([first, length]) => monthsOfSpan({ first, last: addMonths(first, length) }));

describe('the priority set in force for a month', () => {
  it('counts a set from the first full month after it was agreed: the 1st starts that month, any later day the next', () => {
    expect(firstMonthInForce('2018-10-01')).toEqual({ year: 2018, month: 10 });
    expect(firstMonthInForce('2018-10-02')).toEqual({ year: 2018, month: 11 });
    expect(firstMonthInForce('2019-03-31')).toEqual({ year: 2019, month: 4 });
  });

  it('lets a later version replace the earlier one from its own month, and not before', () => {
    expect(setInForce(havering, { year: 2018, month: 9 })?.version).toBe(1);
    expect(setInForce(havering, { year: 2018, month: 10 })?.version).toBe(2);
    expect(setInForce(havering, { year: 2018, month: 3 })).toBeNull();
  });

  it('judges burglary in Havering as chosen from October only, when the October set added it', () => {
    const flags = monthlyChoices(havering, 'burglary', YEAR).map((c) => c.chosen);
    expect(flags).toEqual([false, false, false, false, false, false, true, true, true, true, true, true]);
  });

  it('reproduces a single set agreed before the period exactly: every month chosen or none, as one set for the year did', () => {
    fc.assert(
      fc.property(span, categories, fc.constantFrom('burglary', 'robbery'), (months, codes, category) => {
        const first = months[0] as YearMonth;
        const sets = [{ version: 1, agreedOn: firstDayOfMonth(addMonths(first, -2)), priorities: choose(...codes) }];
        const flags = monthlyChoices(sets, category, months).map((c) => c.chosen);
        expect(flags).toEqual(months.map(() => codes.includes(category)));
        expect(setChangesWithin(sets, months)).toEqual([]);
      }),
    );
  });

  it('never counts a month that began before every set was agreed as chosen', () => {
    fc.assert(
      fc.property(versions, span, categories, (sets, months, [category = 'burglary']) => {
        monthlyChoices(sets, category, months).forEach((choice) => {
          const agreedByThen = sets.some((s) => s.agreedOn <= firstDayOfMonth(choice.month));
          if (!agreedByThen) expect(choice).toMatchObject({ chosen: false, version: null });
        });
      }),
    );
  });

  it('uses in each month a version agreed by then, and no earlier one when a later one was', () => {
    fc.assert(
      fc.property(versions, span, (sets, months) => {
        for (const m of months) {
          const inForce = setInForce(sets, m);
          const agreed = sets.filter((s) => s.agreedOn <= firstDayOfMonth(m));
          if (inForce === null) expect(agreed).toEqual([]);
          else expect(agreed.every((s) => s.agreedOn <= inForce.agreedOn)).toBe(true);
        }
      }),
    );
  });

  it('keeps every count and its year-earlier pair in exactly one group, whatever the months chosen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const choices = rows.map(([chosen], i) => ({
            month: addMonths({ year: 2018, month: 4 }, i),
            version: 1,
            chosen,
            qualifier: null,
          }));
          const split = splitByChoice(
            choices,
            rows.map((r) => r[1]),
            rows.map((r) => r[2]),
          );
          const total = (i: 1 | 2) => rows.reduce((n, r) => n + r[i], 0);
          expect(split.chosen.current + split.others.current).toBe(total(1));
          expect(split.chosen.previous + split.others.previous).toBe(total(2));
          const chosenPrevious = rows.filter((r) => r[0]).reduce((n, r) => n + r[2], 0);
          expect(split.chosen.previous).toBe(chosenPrevious);
        },
      ),
    );
  });
});

describe('saying when a set changed', () => {
  it("tells the October change in Havering's words", () => {
    const [change] = setChangesWithin(havering, YEAR);
    expect(change).toEqual({
      version: 2,
      agreedOn: '2018-10-01',
      fromMonth: { year: 2018, month: 10 },
      previousVersion: 1,
    });
    expect(setChangeSentence('Havering', change!, { name: 'Burglary', before: false, after: true })).toBe(
      "Havering's priorities changed on 1 October 2018: burglary counts as a priority from October 2018.",
    );
    expect(setChangeSentence('Havering', change!, { name: 'Robbery', before: true, after: false })).toBe(
      "Havering's priorities changed on 1 October 2018: robbery no longer counts as a priority from October 2018.",
    );
  });

  it('finds no change within Q1 when the only change falls in October', () => {
    expect(setChangesWithin(havering, Q1)).toEqual([]);
  });

  it('says a first set agreed mid-period left the earlier months without one', () => {
    const [change] = setChangesWithin([havering[1]!], YEAR);
    expect(setChangeSentence('Havering', change!, { name: 'Burglary', before: false, after: true })).toBe(
      "Havering's priorities were first agreed on 1 October 2018, so none were in force before October 2018: burglary counts as a priority from October 2018.",
    );
  });

  it('says a period before any set was agreed had no set in force, and when the first counts from', () => {
    expect(noSetInForceSentence('2018-19 local priorities', 'Quarter 1, 2018-19', '2018-10-15')).toBe(
      'No set of 2018-19 local priorities was in force in Quarter 1, 2018-19: the first was agreed on 15 October 2018 and counts from November 2018, so nothing is judged as a priority.',
    );
  });
});
