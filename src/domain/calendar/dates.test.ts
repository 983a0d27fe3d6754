import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateFromDayNumber,
  dayNumber,
  daysInMonth,
  formatLongDate,
  formatMonthCode,
  lastDayOfMonth,
  makeDate,
  monthFromIndex,
  monthIndex,
  monthCodesBetween,
  monthNumberFromName,
  parseMonthCode,
  parseIsoDate,
} from './dates.js';

describe('calendar dates', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('accepts only real ISO dates', () => {
    expect(parseIsoDate('2019-03-31')).toBe('2019-03-31');
    expect(parseIsoDate('2019-02-29')).toBeNull();
    expect(parseIsoDate('2019-3-31')).toBeNull();
    expect(parseIsoDate('31/03/2019')).toBeNull();
  });

  it('writes dates the GOV.UK way', () => {
    expect(formatLongDate('2018-10-01')).toBe('1 October 2018');
  });

  it('reads month names and their abbreviations', () => {
    expect(monthNumberFromName('October')).toBe(10);
    expect(monthNumberFromName('oct')).toBe(10);
    expect(monthNumberFromName('Octember')).toBeNull();
  });

  it('adds and subtracts months as integers, both ways round', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -5000, max: 5000 }),
        (year, month, count) => {
          const start = { year, month };
          const moved = addMonths(start, count);
          expect(moved.month).toBeGreaterThanOrEqual(1);
          expect(moved.month).toBeLessThanOrEqual(12);
          expect(addMonths(moved, -count)).toEqual(start);
          expect(monthIndex(moved) - monthIndex(start)).toBe(count);
        },
      ),
    );
  });

  it('makes a valid last day for every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 12 * 9999 - 1 }), (index) => {
        const month = monthFromIndex(index);
        expect(parseIsoDate(lastDayOfMonth(month))).not.toBeNull();
      }),
    );
  });

  it('refuses to make a date that does not exist', () => {
    expect(() => makeDate(2018, 2, 30)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('counts days from 1 January 1970', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2018-04-01')).toBe(17622);
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
  });

  it('agrees with the JavaScript UTC calendar on every day it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const viaDate = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(dateFromDayNumber(days)).toBe(viaDate);
        expect(dayNumber(viaDate)).toBe(days);
      }),
    );
  });
});

describe('month codes', () => {
  const yearMonth = fc.record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }) });

  it('reads back every month code it writes, and nothing else', () => {
    fc.assert(
      fc.property(yearMonth, (m) => {
        expect(parseMonthCode(formatMonthCode(m))).toEqual(m);
      }),
    );
    expect(parseMonthCode('2018-13')).toBeNull();
    expect(parseMonthCode('2018-4')).toBeNull();
    expect(parseMonthCode('FY 2018-19')).toBeNull();
  });

  it('lists the months between two, in order, both ends included', () => {
    expect(monthCodesBetween({ year: 2018, month: 11 }, { year: 2019, month: 2 })).toEqual([
      '2018-11',
      '2018-12',
      '2019-01',
      '2019-02',
    ]);
    expect(monthCodesBetween({ year: 2019, month: 2 }, { year: 2018, month: 11 })).toEqual([]);
    fc.assert(
      fc.property(yearMonth, fc.integer({ min: 0, max: 60 }), (first, more) => {
        const codes = monthCodesBetween(first, addMonths(first, more));
        expect(codes).toHaveLength(more + 1);
        expect(codes[0]).toBe(formatMonthCode(first));
        expect([...codes].sort()).toEqual(codes);
      }),
    );
  });
});
