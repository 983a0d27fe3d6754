import { formatMonthCode, listMonths, parsePeriodCode, type Period } from '../calendar/index.js';

/** A total over a period from monthly values, and whether every month of it was there. */
export interface PeriodTotal {
  readonly value: number;
  readonly months: number;
  readonly missing: readonly string[];
}

/** Adds up monthly values ("2015-04" → count) over a period; months with no value are listed, not guessed. */
export function sumOverPeriod(monthly: ReadonlyMap<string, number>, period: Period): PeriodTotal {
  let value = 0;
  const missing: string[] = [];
  const months = listMonths(period).map(formatMonthCode);
  for (const month of months) {
    const count = monthly.get(month);
    if (count === undefined) missing.push(month);
    else value += count;
  }
  return { value, months: months.length, missing };
}

/**
 * Reads a period as people type it: a period code ("FY 2015-16", "2015-16 Q1", "R12 2016-03",
 * "2016-03") or a bare financial year ("2015-16").
 */
export function parsePeriodInput(text: string): Period | null {
  const trimmed = text.trim();
  const direct = parsePeriodCode(trimmed);
  if (direct !== null && !(direct.kind === 'month' && /^\d{4}-\d{2}$/.test(trimmed) && isFinancialYearText(trimmed))) {
    return direct;
  }
  return parsePeriodCode(`FY ${trimmed}`) ?? direct;
}

/** "2015-16" is a financial year, never month 16; "2015-06" is June, never a year. */
function isFinancialYearText(text: string): boolean {
  const [start = '', end = ''] = text.split('-');
  return (Number(start) + 1) % 100 === Number(end);
}
