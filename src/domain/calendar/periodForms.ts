import { formatMonthCode, formatMonthName, MONTH_NAMES, type YearMonth } from './dates.js';
import {
  formatFinancialYear,
  formatFinancialYearSlashed,
  formatQuarterLong,
  formatQuarterShort,
  lastMonthOfQuarter,
  quarterOfMonth,
  type FinancialQuarter,
  type FinancialYear,
} from './financialYear.js';
import type { Period } from './period.js';
import type { PeriodKind } from './periodInput.js';

/** Each kind of period as a message names it: "must be a quarter …", "which is a month". */
export const PERIOD_KIND_WORDS: Readonly<Record<PeriodKind, string>> = {
  month: 'a month',
  quarter: 'a quarter',
  'financial-year': 'a financial year',
  'year-to-date': 'a year to date',
  'rolling-12-months': 'a rolling 12-month period',
  'calendar-year': 'a calendar year',
};

function year4(year: number): string {
  return String(year).padStart(4, '0');
}

function monthForms(month: YearMonth): string[] {
  const short = (MONTH_NAMES[month.month - 1] ?? '').slice(0, 3);
  return [formatMonthCode(month), formatMonthName(month), `${short} ${year4(month.year)}`];
}

function financialYearForms(fy: FinancialYear): string[] {
  const written = formatFinancialYear(fy);
  return [
    written,
    `FY${written}`,
    formatFinancialYearSlashed(fy),
    `FY ${written}`,
    `${fy.startYear}-${fy.startYear + 1}`,
  ];
}

function quarterForms(q: FinancialQuarter): string[] {
  const year = formatFinancialYear(q.financialYear);
  return [
    formatQuarterShort(q),
    `${year}-Q${q.quarter}`,
    `Q${q.quarter} ${year}`,
    `${year}Q${q.quarter}`,
    formatQuarterLong(q),
    `FY${year} Q${q.quarter}`,
    `${formatFinancialYearSlashed(q.financialYear)} Q${q.quarter}`,
  ];
}

function rollingForms(endMonth: YearMonth): string[] {
  const forms = [`R12 ${formatMonthCode(endMonth)}`, `R12 ${formatMonthName(endMonth)}`];
  forms.push(`12 months to ${formatMonthName(endMonth)}`, `rolling 12 months to ${formatMonthName(endMonth)}`);
  const quarter = quarterOfMonth(endMonth);
  const endsQuarter = lastMonthOfQuarter(quarter).month === endMonth.month;
  if (endsQuarter) {
    forms.push(`R12 Quarter ${quarter.quarter} ${formatFinancialYearSlashed(quarter.financialYear)}`);
  }
  return forms;
}

/**
 * Every way parsePeriod reads a period, the usual forms first: the messages show the first of
 * them and the tests prove each one reads back to the same period.
 */
export function periodForms(period: Period): string[] {
  switch (period.kind) {
    case 'month':
      return monthForms(period.month);
    case 'quarter':
      return quarterForms(period.quarter);
    case 'financial-year':
      return financialYearForms(period.financialYear);
    case 'year-to-date': {
      const year = formatFinancialYear(period.financialYear);
      const through = formatMonthCode(period.throughMonth);
      return [`${year} YTD ${through}`, `FY ${year} YTD ${through}`, `YTD ${formatMonthName(period.throughMonth)}`];
    }
    case 'rolling-12-months':
      return rollingForms(period.endMonth);
    case 'calendar-year':
      return [year4(period.year)];
  }
}

/** The period each kind's examples are written for, and how many of its forms a message shows. */
const EXAMPLES: Readonly<Record<PeriodKind, { period: Period; shown: number }>> = {
  month: { period: { kind: 'month', month: { year: 2018, month: 6 } }, shown: 2 },
  quarter: { period: { kind: 'quarter', quarter: { financialYear: { startYear: 2018 }, quarter: 1 } }, shown: 3 },
  'financial-year': { period: { kind: 'financial-year', financialYear: { startYear: 2018 } }, shown: 3 },
  'year-to-date': {
    period: { kind: 'year-to-date', financialYear: { startYear: 2018 }, throughMonth: { year: 2018, month: 6 } },
    shown: 1,
  },
  'rolling-12-months': { period: { kind: 'rolling-12-months', endMonth: { year: 2018, month: 6 } }, shown: 1 },
  'calendar-year': { period: { kind: 'calendar-year', year: 2018 }, shown: 1 },
};

/** "2018-19 Q1", "2018-19-Q1", "Q1 2018-19": the forms a message offers for a kind. */
export function periodExamples(kind: PeriodKind): string[] {
  const example = EXAMPLES[kind];
  return periodForms(example.period).slice(0, example.shown);
}
