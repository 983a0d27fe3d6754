import { addDays, dayNumber, type IsoDate } from './dates.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bankHolidays.js';
import { addQuarters, quarterEnd, quarterOfDate, type FinancialQuarter } from './financialYear.js';

/** How many working days after a quarter ends each step of its reporting falls due. */
export interface ReportingRule {
  readonly updatesDueAfter: number;
  readonly reviewDueAfter: number;
  readonly publishAfter: number;
}

/** The defaults: owners write within two working weeks, reviewers have a third, publication a fourth. */
export const DEFAULT_REPORTING_RULE: ReportingRule = { updatesDueAfter: 10, reviewDueAfter: 15, publishAfter: 20 };

/** The days by which one quarter's updates are written, reviewed and published. */
export interface ReportingDeadlines {
  readonly quarter: FinancialQuarter;
  readonly quarterEnds: IsoDate;
  readonly updatesDue: IsoDate;
  readonly reviewDue: IsoDate;
  readonly publishBy: IsoDate;
}

/** 0 is Sunday; day 0 of the day count (1970-01-01) was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate> = ENGLAND_AND_WALES_BANK_HOLIDAYS): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The `count`-th working day after `date` (never `date` itself); a count of 0 gives `date`. */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  holidays: ReadonlySet<IsoDate> = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): IsoDate {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

export function reportingDeadlines(
  quarter: FinancialQuarter,
  rule: ReportingRule = DEFAULT_REPORTING_RULE,
  holidays: ReadonlySet<IsoDate> = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): ReportingDeadlines {
  const quarterEnds = quarterEnd(quarter);
  return {
    quarter,
    quarterEnds,
    updatesDue: addWorkingDays(quarterEnds, rule.updatesDueAfter, holidays),
    reviewDue: addWorkingDays(quarterEnds, rule.reviewDueAfter, holidays),
    publishBy: addWorkingDays(quarterEnds, rule.publishAfter, holidays),
  };
}

/**
 * The quarter whose reporting is under way on `date`: the one that ended last, until its
 * publication day has passed, then the current one.
 */
export function reportingQuarterOn(
  date: IsoDate,
  rule: ReportingRule = DEFAULT_REPORTING_RULE,
  holidays: ReadonlySet<IsoDate> = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): FinancialQuarter {
  const previous = addQuarters(quarterOfDate(date), -1);
  return date <= reportingDeadlines(previous, rule, holidays).publishBy ? previous : quarterOfDate(date);
}

/** A rule is sensible when each step has at least a day and none comes before the one it follows. */
export function reportingRuleProblem(rule: ReportingRule): string | null {
  const days = [rule.updatesDueAfter, rule.reviewDueAfter, rule.publishAfter];
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 120)) return 'Each step must be 1 to 120 working days';
  if (rule.reviewDueAfter < rule.updatesDueAfter) return 'Reviews cannot be due before the updates they review';
  if (rule.publishAfter < rule.reviewDueAfter) return 'Publication cannot come before the reviews';
  return null;
}
