import {
  addMonths,
  compareMonths,
  firstMonthOfFinancialYear,
  formatMonthCode,
  formatPeriod,
  parseFinancialYear,
  periodCode,
  periodMonths,
  samePeriodLastYear,
  type MonthSpan,
  type Period,
  type YearMonth,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { parsePeriodInput } from '../../domain/measures/index.js';
import { crimeMonthsHeld, sumCrimeCountsByArea, type Executor } from '../../store/index.js';
import { categoryAndBelow, countsAreSynthetic } from '../measures/measureValues.js';

/** The months a scorecard compares, and the twelve months its rolling volume covers. */
export interface ScorecardPeriods {
  readonly current: { readonly period: string; readonly label: string; readonly span: MonthSpan };
  readonly previous: { readonly period: string; readonly label: string; readonly span: MonthSpan };
  readonly rolling: { readonly period: string; readonly label: string; readonly span: MonthSpan };
}

function described(period: Period) {
  return { period: periodCode(period), label: formatPeriod(period), span: periodMonths(period) };
}

function monthFromCode(code: string): YearMonth {
  return { year: Number(code.slice(0, 4)), month: Number(code.slice(5, 7)) };
}

export function parseYear(year: string): NonNullable<ReturnType<typeof parseFinancialYear>> {
  const parsed = parseFinancialYear(year);
  if (parsed === null)
    throw new BluelampProblem('invalid-input', `"${year}" is not a financial year such as 2018-19.`, 'year');
  return parsed;
}

/** The last day of a financial year: the day a year's boroughs are placed in their BCUs. */
export function yearEndDate(year: string): string {
  return `${parseYear(year).startYear + 1}-03-31`;
}

/**
 * A priority year is judged on the months of it that have counts, against the same months a year
 * earlier: the year to date while it runs, the whole year once it is over. A period can be asked
 * for instead (a quarter, a year). The rolling twelve months end where the compared months end.
 */
export async function scorecardPeriods(db: Executor, year: string, asked?: string): Promise<ScorecardPeriods> {
  const financialYear = parseYear(year);
  let current: Period;
  if (asked !== undefined) {
    const parsed = parsePeriodInput(asked);
    if (parsed === null) {
      throw new BluelampProblem('invalid-input', `"${asked}" is not a period such as 2018-19 Q1 or 2018-19.`, 'period');
    }
    current = parsed;
  } else {
    const held = await crimeMonthsHeld(db);
    const first = firstMonthOfFinancialYear(financialYear);
    if (held.last === null || compareMonths(monthFromCode(held.last), first) < 0) {
      const through = held.last === null ? 'none are loaded' : `they run to ${held.last}`;
      throw new BluelampProblem('not-found', `No crime counts are loaded for ${year} yet (${through}).`, 'year');
    }
    const last = monthFromCode(held.last);
    current =
      compareMonths(last, addMonths(first, 11)) >= 0
        ? { kind: 'financial-year', financialYear }
        : { kind: 'year-to-date', financialYear, throughMonth: last };
  }
  const end = periodMonths(current).last;
  return {
    current: described(current),
    previous: described(samePeriodLastYear(current)),
    rolling: described({ kind: 'rolling-12-months', endMonth: end }),
  };
}

/** Each borough's count of a category (and every category below it) over each span of months. */
export async function boroughCounts<const T extends readonly MonthSpan[]>(
  db: Executor,
  categoryCode: string,
  spans: T,
): Promise<{ -readonly [K in keyof T]: Map<string, number> }> {
  const categoryCodes = await categoryAndBelow(db, categoryCode);
  const counts = await Promise.all(
    spans.map((span) =>
      sumCrimeCountsByArea(db, {
        categoryCodes,
        firstMonth: formatMonthCode(span.first),
        lastMonth: formatMonthCode(span.last),
      }),
    ),
  );
  return counts as { -readonly [K in keyof T]: Map<string, number> };
}

export function sumOf(counts: ReadonlyMap<string, number>, codes: readonly string[]): number {
  return codes.reduce((total, code) => total + (counts.get(code) ?? 0), 0);
}

/** Whether the demo's generated counts cover any month a scorecard reads, so the page can say so. */
export function periodsSynthetic(db: Executor, periods: ScorecardPeriods): Promise<boolean> {
  return countsAreSynthetic(db, {
    first: formatMonthCode(periods.previous.span.first),
    last: formatMonthCode(periods.current.span.last),
  });
}
