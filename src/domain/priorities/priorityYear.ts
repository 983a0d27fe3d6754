import { parseFinancialYear, type FinancialYear } from '../calendar/index.js';
import { BluelampProblem } from '../errors.js';

/** A priority year as asked for ("2018-19"), or invalid-input naming the year field. */
export function parseYear(year: string): FinancialYear {
  const parsed = parseFinancialYear(year);
  if (parsed === null)
    throw new BluelampProblem('invalid-input', `"${year}" is not a financial year such as 2018-19.`, 'year');
  return parsed;
}

/** The last day of a financial year: the day a year's boroughs are placed in their BCUs. */
export function yearEndDate(year: string): string {
  return `${parseYear(year).startYear + 1}-03-31`;
}

/** The total of some areas' counts; an area with no count adds nothing. */
export function sumOfAreas(counts: ReadonlyMap<string, number>, codes: readonly string[]): number {
  return codes.reduce((total, code) => total + (counts.get(code) ?? 0), 0);
}
