import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, monthIndex } from './dates.js';
import {
  addQuarters,
  financialYearOfDate,
  formatFinancialYear,
  formatQuarterLong,
  formatQuarterShort,
  lastMonthOfQuarter,
  monthInQuarter,
  parseFinancialYear,
  parseQuarter,
  quarterEnd,
  quarterIndex,
  quarterOfMonth,
  quarterStart,
} from './financialYear.js';

const yearMonth = fc.record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) });

describe('financial years', () => {
  it('writes and reads the 2018-19 form and the slashed and long forms', () => {
    expect(formatFinancialYear({ startYear: 2018 })).toBe('2018-19');
    expect(formatFinancialYear({ startYear: 1999 })).toBe('1999-00');
    expect(parseFinancialYear('2018-19')).toEqual({ startYear: 2018 });
    expect(parseFinancialYear('2016/17')).toEqual({ startYear: 2016 });
    expect(parseFinancialYear('2018-2019')).toEqual({ startYear: 2018 });
  });

  it('rejects a pair of years that do not follow one another', () => {
    expect(parseFinancialYear('2018-20')).toBeNull();
    expect(parseFinancialYear('2018')).toBeNull();
    expect(parseFinancialYear('18-19')).toBeNull();
  });

  it('starts on 1 April: 31 March 2019 is in 2018-19 and 1 April 2019 in 2019-20', () => {
    expect(financialYearOfDate('2019-03-31')).toEqual({ startYear: 2018 });
    expect(financialYearOfDate('2019-04-01')).toEqual({ startYear: 2019 });
  });

  it('round-trips every financial year through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), (startYear) => {
        expect(parseFinancialYear(formatFinancialYear({ startYear }))).toEqual({ startYear });
      }),
    );
  });
});

describe('quarters', () => {
  it('puts April to June in Quarter 1 and January to March in Quarter 4 of the previous year', () => {
    expect(quarterOfMonth({ year: 2018, month: 4 })).toEqual({ financialYear: { startYear: 2018 }, quarter: 1 });
    expect(quarterOfMonth({ year: 2018, month: 6 })).toEqual({ financialYear: { startYear: 2018 }, quarter: 1 });
    expect(quarterOfMonth({ year: 2018, month: 10 })).toEqual({ financialYear: { startYear: 2018 }, quarter: 3 });
    expect(quarterOfMonth({ year: 2019, month: 2 })).toEqual({ financialYear: { startYear: 2018 }, quarter: 4 });
  });

  it('gives quarter bounds as dates', () => {
    const q4 = { financialYear: { startYear: 2018 }, quarter: 4 as const };
    expect(quarterStart(q4)).toBe('2019-01-01');
    expect(quarterEnd(q4)).toBe('2019-03-31');
    expect(quarterEnd({ financialYear: { startYear: 2019 }, quarter: 4 })).toBe('2020-03-31');
  });

  it('writes quarters as the documents do', () => {
    const q1 = { financialYear: { startYear: 2018 }, quarter: 1 as const };
    expect(formatQuarterLong(q1)).toBe('Quarter 1, 2018-19');
    expect(formatQuarterShort(q1)).toBe('2018-19 Q1');
  });

  it('reads the long, short, hyphenated and Q-first forms of a quarter, with the year in any of its forms', () => {
    const q3 = { financialYear: { startYear: 2018 }, quarter: 3 };
    expect(parseQuarter('Quarter 3, 2018-19')).toEqual(q3);
    expect(parseQuarter('2018-19 Q3')).toEqual(q3);
    expect(parseQuarter('Q3 2018-19')).toEqual(q3);
    expect(parseQuarter('2018-19-Q3')).toEqual(q3);
    expect(parseQuarter('2018-19Q3')).toEqual(q3);
    expect(parseQuarter('Q3-2018-19')).toEqual(q3);
    expect(parseQuarter('FY2018/19 Q3')).toEqual(q3);
    expect(parseQuarter('Q3, FY 2018-19')).toEqual(q3);
    expect(parseQuarter('Quarter 5, 2018-19')).toBeNull();
    expect(parseQuarter('2018-20 Q3')).toBeNull();
    expect(parseQuarter('Q32018-19')).toBeNull();
  });

  it('places every month in exactly one quarter, whose months contain it', () => {
    fc.assert(
      fc.property(yearMonth, (month) => {
        const quarter = quarterOfMonth(month);
        expect(monthInQuarter(month, quarter)).toBe(true);
        expect(monthInQuarter(month, addQuarters(quarter, 1))).toBe(false);
        expect(monthInQuarter(month, addQuarters(quarter, -1))).toBe(false);
      }),
    );
  });

  it('moves one quarter for every three months', () => {
    fc.assert(
      fc.property(yearMonth, fc.integer({ min: -400, max: 400 }), (month, steps) => {
        const moved = quarterOfMonth(addMonths(month, steps * 3));
        expect(quarterIndex(moved) - quarterIndex(quarterOfMonth(month))).toBe(steps);
      }),
    );
  });

  it('ends every quarter on a month three months after the previous quarter ends', () => {
    fc.assert(
      fc.property(yearMonth, (month) => {
        const quarter = quarterOfMonth(month);
        const next = addQuarters(quarter, 1);
        expect(monthIndex(lastMonthOfQuarter(next)) - monthIndex(lastMonthOfQuarter(quarter))).toBe(3);
      }),
    );
  });

  it('round-trips every quarter through both written forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4000, max: 39_990 }), (index) => {
        const quarter = addQuarters({ financialYear: { startYear: 0 }, quarter: 1 }, index);
        expect(parseQuarter(formatQuarterLong(quarter))).toEqual(quarter);
        expect(parseQuarter(formatQuarterShort(quarter))).toEqual(quarter);
      }),
    );
  });
});
