import {
  addMonths,
  compareMonths,
  firstMonthOfFinancialYear,
  formatFinancialYear,
  formatMonthCode,
  formatPeriod,
  parseMonthCode,
  periodCode,
  periodMonths,
  requireFinancialYear,
  requirePeriod,
  samePeriodLastYear,
  type MonthSpan,
  type Period,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { PriorityCatalogue } from '../../domain/priorities/index.js';
import {
  categoryAndBelow,
  categoryNames,
  countsAreSynthetic,
  crimeMonthsHeld,
  listEligibleCategoryCodes,
  sumCrimeCountsByArea,
  type Executor,
} from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { loadBoroughModel } from '../organisation/loadOrganisationModel.js';

export interface PriorityBorough {
  readonly code: string;
  readonly name: string;
  readonly gssCode: string | null;
  readonly bcu: { readonly code: string; readonly name: string } | null;
}

/** The boroughs in the organisation's order, each with its BCU on the last day of the year. */
export async function priorityBoroughs(ctx: ServiceContext, onDate: string): Promise<PriorityBorough[]> {
  const model = await loadBoroughModel(ctx);
  return model.unitsOfKind('borough').map((borough) => {
    const bcu = model.bcuOfBoroughOn(borough.code, onDate);
    return {
      code: borough.code,
      name: borough.name,
      gssCode: borough.gssCode,
      bcu: bcu === null ? null : { code: bcu.code, name: bcu.name },
    };
  });
}

/** What a priority set is checked against. */
export async function loadPriorityCatalogue(ctx: ServiceContext, onDate: string): Promise<PriorityCatalogue> {
  const names = await categoryNames(ctx.store.db);
  const eligible = await listEligibleCategoryCodes(ctx.store.db);
  const boroughs = await priorityBoroughs(ctx, onDate);
  return {
    boroughs: new Map(boroughs.map((b) => [b.code, b.name])),
    eligible: new Map(eligible.map((code) => [code, names.get(code) ?? code])),
  };
}

/**
 * The periods a scorecard can be asked to judge: months of a priority year, from one month to the
 * whole year. A rolling twelve months is already its volume column, and a calendar year would
 * straddle two priority years.
 */
export const SCORECARD_PERIOD_KINDS = ['month', 'quarter', 'financial-year', 'year-to-date'] as const;

/** A priority year however it is written ("2018-19", "FY2018-19", "2018/19") as sets are kept: "2018-19". */
export function priorityYear(text: string): string {
  return formatFinancialYear(requireFinancialYear(text, 'year'));
}

/** The months a scorecard compares, and the twelve months its rolling volume covers. */
export interface ScorecardPeriods {
  readonly current: { readonly period: string; readonly label: string; readonly span: MonthSpan };
  readonly previous: { readonly period: string; readonly label: string; readonly span: MonthSpan };
  readonly rolling: { readonly period: string; readonly label: string; readonly span: MonthSpan };
}

function described(period: Period) {
  return { period: periodCode(period), label: formatPeriod(period), span: periodMonths(period) };
}

/**
 * A priority year is judged on the months of it that have counts, against the same months a year
 * earlier: the year to date while it runs, the whole year once it is over. A period can be asked
 * for instead (a quarter, a year). The rolling twelve months end where the compared months end.
 */
export async function scorecardPeriods(db: Executor, year: string, asked?: string): Promise<ScorecardPeriods> {
  const financialYear = requireFinancialYear(year, 'year');
  let current: Period;
  if (asked !== undefined) {
    current = requirePeriod(asked, 'period', SCORECARD_PERIOD_KINDS);
  } else {
    const held = await crimeMonthsHeld(db);
    const first = firstMonthOfFinancialYear(financialYear);
    if (held.last === null || compareMonths(parseMonthCode(held.last) ?? first, first) < 0) {
      const through = held.last === null ? 'none are loaded' : `they run to ${held.last}`;
      throw new BluelampProblem('not-found', `No crime counts are loaded for ${year} yet (${through}).`, 'year');
    }
    const last = parseMonthCode(held.last) ?? first;
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

/** Whether the demo's generated counts cover any month a scorecard reads, so the page can say so. */
export function periodsSynthetic(db: Executor, periods: ScorecardPeriods): Promise<boolean> {
  return countsAreSynthetic(db, {
    first: formatMonthCode(periods.previous.span.first),
    last: formatMonthCode(periods.current.span.last),
  });
}
