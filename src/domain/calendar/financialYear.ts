import {
  addMonths,
  compareMonths,
  firstDayOfMonth,
  lastDayOfMonth,
  monthIndex,
  monthOfDate,
  type IsoDate,
  type YearMonth,
} from './dates.js';

/**
 * A UK financial year runs 1 April to 31 March and is written "2018-19".
 * It is identified by the calendar year in which it starts.
 */
export interface FinancialYear {
  readonly startYear: number;
}

export type QuarterNumber = 1 | 2 | 3 | 4;

/** Quarter 1 is April to June, Quarter 4 is January to March. */
export interface FinancialQuarter {
  readonly financialYear: FinancialYear;
  readonly quarter: QuarterNumber;
}

const FY_PATTERN = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/;

/** Accepts "2018-19", "2018/19", "2018-2019" and "2018/2019"; the second year must follow the first. */
export function parseFinancialYear(text: string): FinancialYear | null {
  const match = FY_PATTERN.exec(text.trim());
  if (!match) return null;
  const startYear = Number(match[1]);
  const end = match[2] ?? '';
  const expectedEnd = end.length === 2 ? (startYear + 1) % 100 : startYear + 1;
  return Number(end) === expectedEnd ? { startYear } : null;
}

/** "2018-19" */
export function formatFinancialYear(fy: FinancialYear): string {
  return `${fy.startYear}-${String((fy.startYear + 1) % 100).padStart(2, '0')}`;
}

/** "2016/17", the form survey tables use. */
export function formatFinancialYearSlashed(fy: FinancialYear): string {
  return formatFinancialYear(fy).replace('-', '/');
}

function financialYearOfMonth(month: YearMonth): FinancialYear {
  return { startYear: month.month >= 4 ? month.year : month.year - 1 };
}

export function financialYearOfDate(date: IsoDate): FinancialYear {
  return financialYearOfMonth(monthOfDate(date));
}

export function firstMonthOfFinancialYear(fy: FinancialYear): YearMonth {
  return { year: fy.startYear, month: 4 };
}

export function quarterOfMonth(month: YearMonth): FinancialQuarter {
  const financialYear = financialYearOfMonth(month);
  const offset = monthIndex(month) - monthIndex(firstMonthOfFinancialYear(financialYear));
  return { financialYear, quarter: (Math.floor(offset / 3) + 1) as QuarterNumber };
}

export function quarterOfDate(date: IsoDate): FinancialQuarter {
  return quarterOfMonth(monthOfDate(date));
}

export function firstMonthOfQuarter(q: FinancialQuarter): YearMonth {
  return addMonths(firstMonthOfFinancialYear(q.financialYear), (q.quarter - 1) * 3);
}

export function lastMonthOfQuarter(q: FinancialQuarter): YearMonth {
  return addMonths(firstMonthOfQuarter(q), 2);
}

export function quarterStart(q: FinancialQuarter): IsoDate {
  return firstDayOfMonth(firstMonthOfQuarter(q));
}

export function quarterEnd(q: FinancialQuarter): IsoDate {
  return lastDayOfMonth(lastMonthOfQuarter(q));
}

/** Quarters counted from year 0, so that quarter arithmetic is integer addition. */
export function quarterIndex(q: FinancialQuarter): number {
  return q.financialYear.startYear * 4 + (q.quarter - 1);
}

export function quarterFromIndex(index: number): FinancialQuarter {
  return {
    financialYear: { startYear: Math.floor(index / 4) },
    quarter: ((((index % 4) + 4) % 4) + 1) as QuarterNumber,
  };
}

export function addQuarters(q: FinancialQuarter, count: number): FinancialQuarter {
  return quarterFromIndex(quarterIndex(q) + count);
}

export function compareQuarters(a: FinancialQuarter, b: FinancialQuarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function monthInQuarter(month: YearMonth, q: FinancialQuarter): boolean {
  return compareMonths(month, firstMonthOfQuarter(q)) >= 0 && compareMonths(month, lastMonthOfQuarter(q)) <= 0;
}

/** "Quarter 1, 2018-19", the heading form of the business plan and progress update. */
export function formatQuarterLong(q: FinancialQuarter): string {
  return `Quarter ${q.quarter}, ${formatFinancialYear(q.financialYear)}`;
}

/** "2018-19 Q1", the compact form used in tables and as a period code. */
export function formatQuarterShort(q: FinancialQuarter): string {
  return `${formatFinancialYear(q.financialYear)} Q${q.quarter}`;
}

const YEAR_TEXT = String.raw`(?:FY\s*)?(\d{4}\s*[-/–]\s*\d{2,4})`;
const QUARTER_TEXT = String.raw`(?:Quarter|Q)\s*([1-4])`;
const YEAR_THEN_QUARTER = new RegExp(String.raw`^${YEAR_TEXT}(?:\s*-\s*|\s*)${QUARTER_TEXT}$`, 'i');
const QUARTER_THEN_YEAR = new RegExp(String.raw`^${QUARTER_TEXT}(?:\s*[,-]\s*|\s+)${YEAR_TEXT}$`, 'i');

/**
 * Accepts a quarter however people and documents write it: "2018-19 Q1", "2018-19-Q1", "2018-19Q1",
 * "Q1 2018-19", "Quarter 1, 2018-19", with the year in any form parseFinancialYear reads, with or
 * without "FY" ("FY2018-19 Q1", "2018/19 Q1").
 */
export function parseQuarter(text: string): FinancialQuarter | null {
  const trimmed = text.trim();
  const yearFirst = YEAR_THEN_QUARTER.exec(trimmed);
  const quarterFirst = yearFirst ? null : QUARTER_THEN_YEAR.exec(trimmed);
  const yearText = yearFirst ? yearFirst[1] : quarterFirst ? quarterFirst[2] : undefined;
  const quarterText = yearFirst ? yearFirst[2] : quarterFirst ? quarterFirst[1] : undefined;
  if (yearText === undefined || quarterText === undefined) return null;
  const fy = parseFinancialYear(yearText);
  return fy ? { financialYear: fy, quarter: Number(quarterText) as QuarterNumber } : null;
}
