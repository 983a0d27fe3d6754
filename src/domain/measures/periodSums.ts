import { formatMonthCode, listMonths, type Period } from '../calendar/index.js';

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
