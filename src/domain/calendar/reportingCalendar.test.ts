import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays.js';
import { addDays, dateFromDayNumber, dayNumber } from './dates.js';
import { parseFinancialYear } from './financialYear.js';
import {
  addWorkingDays,
  dayOfWeek,
  isWorkingDay,
  reportingDeadlines,
  reportingQuarterOn,
  reportingRuleProblem,
} from './reportingCalendar.js';

const q2of2018 = { financialYear: parseFinancialYear('2018-19')!, quarter: 2 as const };
const anyDate = fc.integer({ min: dayNumber('2016-01-01'), max: dayNumber('2028-12-31') }).map(dateFromDayNumber);

describe('the reporting calendar', () => {
  it('knows the days of the week', () => {
    expect(dayOfWeek('2018-09-30')).toBe(0);
    expect(dayOfWeek('2018-10-01')).toBe(1);
    expect(dayOfWeek('2026-12-05')).toBe(6);
  });

  it('puts Q2 2018-19 updates due on 12 October, reviews on 19 October and publication on 26 October', () => {
    expect(reportingDeadlines(q2of2018)).toMatchObject({
      quarterEnds: '2018-09-30',
      updatesDue: '2018-10-12',
      reviewDue: '2018-10-19',
      publishBy: '2018-10-26',
    });
  });

  it('skips the Christmas and Easter bank holidays', () => {
    const q3 = { ...q2of2018, quarter: 3 as const };
    // 31 Dec 2018 ends Q3; 1 January is a bank holiday, so ten working days end on 15 January.
    expect(reportingDeadlines(q3).updatesDue).toBe('2019-01-15');
    // Q4 2018-19 ends on Sunday 31 March; Good Friday and Easter Monday fall on 19 and 22 April.
    expect(reportingDeadlines({ ...q2of2018, quarter: 4 }).publishBy).toBe('2019-04-30');
    expect(isWorkingDay('2018-12-25')).toBe(false);
    expect(isWorkingDay('2018-12-27')).toBe(true);
  });

  it('always lands on a working day strictly after the start, with exactly that many working days between', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), (date, count) => {
        const end = addWorkingDays(date, count);
        expect(isWorkingDay(end)).toBe(true);
        let working = 0;
        for (let d = addDays(date, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) working += 1;
        expect(working).toBe(count);
      }),
    );
  });

  it('lists no bank holiday on a weekend', () => {
    for (const day of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([0, 6]).not.toContain(dayOfWeek(day));
  });

  it('reports on the quarter just ended until its publication day, then the current one', () => {
    expect(reportingQuarterOn('2018-10-05')).toEqual(q2of2018);
    expect(reportingQuarterOn('2018-10-26')).toEqual(q2of2018);
    expect(reportingQuarterOn('2018-10-29')).toEqual({ ...q2of2018, quarter: 3 });
  });

  it('refuses rules that would review before writing or publish before reviewing', () => {
    expect(reportingRuleProblem({ updatesDueAfter: 10, reviewDueAfter: 15, publishAfter: 20 })).toBeNull();
    expect(reportingRuleProblem({ updatesDueAfter: 10, reviewDueAfter: 5, publishAfter: 20 })).toMatch(/before/);
    expect(reportingRuleProblem({ updatesDueAfter: 10, reviewDueAfter: 15, publishAfter: 12 })).toMatch(/before/);
    expect(reportingRuleProblem({ updatesDueAfter: 0, reviewDueAfter: 15, publishAfter: 20 })).toMatch(/1 to 120/);
  });
});
