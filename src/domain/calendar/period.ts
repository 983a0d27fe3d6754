import {
  addMonths,
  compareMonths,
  firstDayOfMonth,
  formatMonthCode,
  formatMonthName,
  lastDayOfMonth,
  monthIndex,
  type IsoDate,
  type YearMonth,
} from './dates.js';
import {
  firstMonthOfFinancialYear,
  firstMonthOfQuarter,
  formatFinancialYear,
  formatFinancialYearSlashed,
  formatQuarterLong,
  formatQuarterShort,
  lastMonthOfQuarter,
  parseFinancialYear,
  parseQuarter,
  quarterOfMonth,
  type FinancialQuarter,
  type FinancialYear,
} from './financialYear.js';

/** A reporting period: always a whole run of calendar months. */
export type Period =
  | { readonly kind: 'month'; readonly month: YearMonth }
  | { readonly kind: 'quarter'; readonly quarter: FinancialQuarter }
  | { readonly kind: 'financial-year'; readonly financialYear: FinancialYear }
  | { readonly kind: 'year-to-date'; readonly financialYear: FinancialYear; readonly throughMonth: YearMonth }
  | { readonly kind: 'rolling-12-months'; readonly endMonth: YearMonth }
  | { readonly kind: 'calendar-year'; readonly year: number };

export interface MonthSpan {
  readonly first: YearMonth;
  readonly last: YearMonth;
}

export function periodMonths(period: Period): MonthSpan {
  switch (period.kind) {
    case 'month':
      return { first: period.month, last: period.month };
    case 'quarter':
      return { first: firstMonthOfQuarter(period.quarter), last: lastMonthOfQuarter(period.quarter) };
    case 'financial-year': {
      const first = firstMonthOfFinancialYear(period.financialYear);
      return { first, last: addMonths(first, 11) };
    }
    case 'year-to-date':
      return { first: firstMonthOfFinancialYear(period.financialYear), last: period.throughMonth };
    case 'rolling-12-months':
      return { first: addMonths(period.endMonth, -11), last: period.endMonth };
    case 'calendar-year':
      return { first: { year: period.year, month: 1 }, last: { year: period.year, month: 12 } };
  }
}

export function periodStart(period: Period): IsoDate {
  return firstDayOfMonth(periodMonths(period).first);
}

export function periodEnd(period: Period): IsoDate {
  return lastDayOfMonth(periodMonths(period).last);
}

export function monthCount(period: Period): number {
  const span = periodMonths(period);
  return monthIndex(span.last) - monthIndex(span.first) + 1;
}

export function listMonths(period: Period): YearMonth[] {
  const span = periodMonths(period);
  const months: YearMonth[] = [];
  for (let index = monthIndex(span.first); index <= monthIndex(span.last); index++) {
    months.push(addMonths(span.first, index - monthIndex(span.first)));
  }
  return months;
}

export function periodContainsMonth(period: Period, month: YearMonth): boolean {
  const span = periodMonths(period);
  return compareMonths(month, span.first) >= 0 && compareMonths(month, span.last) <= 0;
}

/** The same period one year earlier: the comparison the documents make ("same quarter last year"). */
export function samePeriodLastYear(period: Period): Period {
  switch (period.kind) {
    case 'month':
      return { kind: 'month', month: addMonths(period.month, -12) };
    case 'quarter':
      return {
        kind: 'quarter',
        quarter: { ...period.quarter, financialYear: { startYear: period.quarter.financialYear.startYear - 1 } },
      };
    case 'financial-year':
      return { kind: 'financial-year', financialYear: { startYear: period.financialYear.startYear - 1 } };
    case 'year-to-date':
      return {
        kind: 'year-to-date',
        financialYear: { startYear: period.financialYear.startYear - 1 },
        throughMonth: addMonths(period.throughMonth, -12),
      };
    case 'rolling-12-months':
      return { kind: 'rolling-12-months', endMonth: addMonths(period.endMonth, -12) };
    case 'calendar-year':
      return { kind: 'calendar-year', year: period.year - 1 };
  }
}

/**
 * A stable text key for a period, used in the database and the API:
 * "2018-05", "2018-19 Q1", "FY 2018-19", "FY 2018-19 YTD 2018-06", "R12 2018-06", "2018".
 * A financial year carries "FY" because "2011-12" alone would also be December 2011.
 */
export function periodCode(period: Period): string {
  switch (period.kind) {
    case 'month':
      return formatMonthCode(period.month);
    case 'quarter':
      return formatQuarterShort(period.quarter);
    case 'financial-year':
      return `FY ${formatFinancialYear(period.financialYear)}`;
    case 'year-to-date':
      return `FY ${formatFinancialYear(period.financialYear)} YTD ${formatMonthCode(period.throughMonth)}`;
    case 'rolling-12-months':
      return `R12 ${formatMonthCode(period.endMonth)}`;
    case 'calendar-year':
      return String(period.year).padStart(4, '0');
  }
}

const MONTH_CODE = /^(\d{4})-(\d{2})$/;
const FY_CODE = /^FY (\S+)$/;
const YTD_CODE = /^FY (\S+) YTD (\d{4}-\d{2})$/;
const R12_CODE = /^R12 (\d{4}-\d{2})$/;
const YEAR_CODE = /^(\d{4})$/;

function parseMonthCode(text: string): YearMonth | null {
  const match = MONTH_CODE.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** Reads a period code written by periodCode; returns null for anything else. */
export function parsePeriodCode(text: string): Period | null {
  const code = text.trim();
  const month = parseMonthCode(code);
  if (month) return { kind: 'month', month };
  const quarter = parseQuarter(code);
  if (quarter) return { kind: 'quarter', quarter };
  const fyMatch = FY_CODE.exec(code);
  const fy = fyMatch ? parseFinancialYear(fyMatch[1] ?? '') : null;
  if (fy) return { kind: 'financial-year', financialYear: fy };
  const ytd = YTD_CODE.exec(code);
  if (ytd) return parseYearToDate(ytd[1] ?? '', ytd[2] ?? '');
  const r12 = R12_CODE.exec(code);
  const endMonth = r12 ? parseMonthCode(r12[1] ?? '') : null;
  if (endMonth) return { kind: 'rolling-12-months', endMonth };
  const year = YEAR_CODE.exec(code);
  return year ? { kind: 'calendar-year', year: Number(year[1]) } : null;
}

function parseYearToDate(fyText: string, monthText: string): Period | null {
  const financialYear = parseFinancialYear(fyText);
  const throughMonth = parseMonthCode(monthText);
  if (!financialYear || !throughMonth) return null;
  const first = firstMonthOfFinancialYear(financialYear);
  const offset = monthIndex(throughMonth) - monthIndex(first);
  return offset >= 0 && offset < 12 ? { kind: 'year-to-date', financialYear, throughMonth } : null;
}

/** How the documents write each period: "Quarter 1, 2018-19", "R12 Quarter 2 2016/17", "October 2018". */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'month':
      return formatMonthName(period.month);
    case 'quarter':
      return formatQuarterLong(period.quarter);
    case 'financial-year':
      return formatFinancialYear(period.financialYear);
    case 'year-to-date':
      return `${formatFinancialYear(period.financialYear)} year to date (April to ${formatMonthName(period.throughMonth)})`;
    case 'rolling-12-months':
      return formatRolling12(period.endMonth);
    case 'calendar-year':
      return String(period.year);
  }
}

function formatRolling12(endMonth: YearMonth): string {
  const quarter = quarterOfMonth(endMonth);
  if (compareMonths(lastMonthOfQuarter(quarter), endMonth) === 0) {
    return `R12 Quarter ${quarter.quarter} ${formatFinancialYearSlashed(quarter.financialYear)}`;
  }
  return `12 months to ${formatMonthName(endMonth)}`;
}
