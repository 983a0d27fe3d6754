import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from './dates.js';
import {
  formatPeriod,
  listMonths,
  monthCount,
  parsePeriodCode,
  periodCode,
  periodContainsMonth,
  periodEnd,
  periodMonths,
  periodStart,
  samePeriodLastYear,
  type Period,
} from './period.js';

const month = fc.record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }) });
const quarterNumber = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const financialYear = fc.record({ startYear: fc.integer({ min: 1000, max: 9000 }) });

const period: fc.Arbitrary<Period> = fc.oneof(
  month.map((m) => ({ kind: 'month' as const, month: m })),
  fc.record({ financialYear, quarter: quarterNumber }).map((q) => ({ kind: 'quarter' as const, quarter: q })),
  financialYear.map((fy) => ({ kind: 'financial-year' as const, financialYear: fy })),
  fc.tuple(financialYear, fc.integer({ min: 0, max: 11 })).map(([fy, offset]) => ({
    kind: 'year-to-date' as const,
    financialYear: fy,
    throughMonth: { year: fy.startYear + (offset >= 9 ? 1 : 0), month: ((3 + offset) % 12) + 1 },
  })),
  month.map((m) => ({ kind: 'rolling-12-months' as const, endMonth: m })),
  fc.integer({ min: 1000, max: 9000 }).map((year) => ({ kind: 'calendar-year' as const, year })),
);

describe('reporting periods', () => {
  it('formats each kind as the documents write it', () => {
    expect(formatPeriod({ kind: 'quarter', quarter: { financialYear: { startYear: 2018 }, quarter: 1 } })).toBe(
      'Quarter 1, 2018-19',
    );
    expect(formatPeriod({ kind: 'rolling-12-months', endMonth: { year: 2016, month: 9 } })).toBe(
      'R12 Quarter 2 2016/17',
    );
    expect(formatPeriod({ kind: 'rolling-12-months', endMonth: { year: 2016, month: 8 } })).toBe(
      '12 months to August 2016',
    );
    expect(formatPeriod({ kind: 'month', month: { year: 2018, month: 10 } })).toBe('October 2018');
    expect(formatPeriod({ kind: 'financial-year', financialYear: { startYear: 2018 } })).toBe('2018-19');
    expect(
      formatPeriod({
        kind: 'year-to-date',
        financialYear: { startYear: 2018 },
        throughMonth: { year: 2018, month: 6 },
      }),
    ).toBe('2018-19 year to date (April to June 2018)');
  });

  it('gives the dates a period covers', () => {
    const r12 = { kind: 'rolling-12-months' as const, endMonth: { year: 2016, month: 9 } };
    expect(periodStart(r12)).toBe('2015-10-01');
    expect(periodEnd(r12)).toBe('2016-09-30');
    const fy = { kind: 'financial-year' as const, financialYear: { startYear: 2018 } };
    expect([periodStart(fy), periodEnd(fy)]).toEqual(['2018-04-01', '2019-03-31']);
  });

  it('rejects period codes that name no period', () => {
    expect(parsePeriodCode('2018-13')).toBeNull();
    expect(parsePeriodCode('FY 2018-19 YTD 2019-04')).toBeNull();
    expect(parsePeriodCode('2011-12')).toEqual({ kind: 'month', month: { year: 2011, month: 12 } });
    expect(parsePeriodCode('FY 2011-12')).toEqual({ kind: 'financial-year', financialYear: { startYear: 2011 } });
    expect(parsePeriodCode('R12 2018')).toBeNull();
    expect(parsePeriodCode('next year')).toBeNull();
  });

  it('round-trips every period through its code', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriodCode(periodCode(p))).toEqual(p);
      }),
    );
  });

  it('covers a whole number of months that all lie inside it', () => {
    fc.assert(
      fc.property(period, (p) => {
        const months = listMonths(p);
        expect(months).toHaveLength(monthCount(p));
        for (const m of months) expect(periodContainsMonth(p, m)).toBe(true);
        const { first, last } = periodMonths(p);
        expect(periodContainsMonth(p, { year: first.year, month: first.month })).toBe(true);
        expect(monthIndex(last)).toBeGreaterThanOrEqual(monthIndex(first));
      }),
    );
  });

  it('compares with a period of the same length exactly twelve months earlier', () => {
    fc.assert(
      fc.property(period, (p) => {
        const earlier = samePeriodLastYear(p);
        expect(monthCount(earlier)).toBe(monthCount(p));
        expect(monthIndex(periodMonths(p).first) - monthIndex(periodMonths(earlier).first)).toBe(12);
      }),
    );
  });

  it('makes rolling 12 months and financial years exactly twelve months long', () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(monthCount({ kind: 'rolling-12-months', endMonth: m })).toBe(12);
        expect(monthCount({ kind: 'financial-year', financialYear: { startYear: m.year } })).toBe(12);
      }),
    );
  });
});

describe('the same period a year earlier', () => {
  it.each([
    ['FY 2015-16', 'FY 2014-15'],
    ['2015-16 Q3', '2014-15 Q3'],
    ['R12 2016-06', 'R12 2015-06'],
    ['FY 2015-16 YTD 2015-09', 'FY 2014-15 YTD 2014-09'],
    ['2016-02', '2015-02'],
    ['2016', '2015'],
  ])('puts %s against %s', (code, expected) => {
    const period = parsePeriodCode(code);
    expect(period && periodCode(samePeriodLastYear(period))).toBe(expected);
  });
});
