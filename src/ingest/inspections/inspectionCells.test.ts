import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDate } from '../../domain/calendar/index.js';
import { GRADE_LABELS, GRADES, type DueRule } from '../../domain/inspections/index.js';
import {
  dateFromCell,
  dueCell,
  dueFromCell,
  findingKindFromCell,
  gradeCell,
  gradeFromCell,
  yesNoFromCell,
} from './inspectionCells.js';

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((day) => makeDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()));

const dueRule: fc.Arbitrary<DueRule> = fc.oneof(
  fc.constant({ kind: 'immediate' as const }),
  fc.constant({ kind: 'none' as const }),
  fc.integer({ min: 1, max: 120 }).map((months) => ({ kind: 'within-months' as const, months })),
  isoDate.map((date) => ({ kind: 'by-date' as const, date })),
);

/** The same words as a person might type them: any case, extra spaces around and between. */
const retyped = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }), fc.constantFrom('', ' ', '  '))
    .map(([upper, pad]) => {
      const cased = Array.from(text, (char, i) => (upper[i] === true ? char.toUpperCase() : char)).join('');
      return `${pad}${cased.replace(/ /g, ` ${pad}`)}${pad}`;
    });

describe('the Due cell', () => {
  it('reads back every due rule it writes', () => {
    fc.assert(
      fc.property(dueRule, (rule) => {
        expect(dueFromCell(dueCell(rule))).toEqual(rule);
      }),
    );
  });

  it('reads a due rule whatever the case and spacing', () => {
    const typedRule = dueRule
      .filter((rule) => rule.kind !== 'none')
      .chain((rule) => fc.tuple(fc.constant(rule), retyped(dueCell(rule))));
    fc.assert(
      fc.property(typedRule, ([rule, typed]) => {
        expect(dueFromCell(typed)).toEqual(rule);
      }),
    );
  });

  it('takes a bare date, as Excel leaves a date cell, as "by" that date, and one month in the singular', () => {
    expect(dueFromCell('2020-03-31')).toEqual({ kind: 'by-date', date: '2020-03-31' });
    expect(dueFromCell('Within 1 month')).toEqual({ kind: 'within-months', months: 1 });
    expect(dueCell({ kind: 'within-months', months: 1 })).toBe('within 1 month');
    expect(dueFromCell('')).toEqual({ kind: 'none' });
  });

  it('cannot read a deadline that is not one of its forms, or a date that is not in the calendar', () => {
    for (const text of ['soon', 'within six months', 'by 2020-02-30', 'by next spring', 'within -3 months']) {
      expect(dueFromCell(text)).toBeNull();
    }
  });
});

describe('the Grade cell', () => {
  it('reads every grade from its label or its key, in any case and spacing', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...GRADES)
          .chain((grade) => fc.tuple(fc.constant(grade), fc.oneof(retyped(GRADE_LABELS[grade]), retyped(grade)))),
        ([grade, typed]) => {
          expect(gradeFromCell(typed)).toBe(grade);
        },
      ),
    );
  });

  it('writes a grade as its label, which reads back to the grade', () => {
    for (const grade of GRADES) expect(gradeFromCell(gradeCell(grade))).toBe(grade);
    expect(gradeCell('requires-improvement')).toBe('Requires improvement');
  });

  it('cannot read a word that is not on the scale', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const grade = gradeFromCell(text);
        expect(grade === null || GRADES.includes(grade)).toBe(true);
      }),
    );
    expect(gradeFromCell('Requires attention')).toBeNull();
    expect(gradeFromCell('')).toBeNull();
  });
});

describe('the other cells', () => {
  it('reads a finding type from its label or key', () => {
    expect(findingKindFromCell('Area for improvement')).toBe('area-for-improvement');
    expect(findingKindFromCell('cause-of-concern')).toBe('cause-of-concern');
    expect(findingKindFromCell('Concern')).toBeNull();
  });

  it('reads a date as ISO, as a UK date saved to CSV by Excel, or as an Excel day number', () => {
    expect(dateFromCell('2019-09-01')).toBe('2019-09-01');
    expect(dateFromCell('01/09/2019')).toBe('2019-09-01');
    expect(dateFromCell('1/9/2019')).toBe('2019-09-01');
    expect(dateFromCell('43709')).toBe('2019-09-01');
    expect(dateFromCell('31/02/2019')).toBeNull();
    expect(dateFromCell('September 2019')).toBeNull();
  });

  it('reads Yes, No, a blank and a tick box, and nothing else', () => {
    expect(['Yes', 'no', '', 'TRUE', 'FALSE', 'maybe'].map(yesNoFromCell)).toEqual([
      true,
      false,
      false,
      true,
      false,
      null,
    ]);
  });
});
