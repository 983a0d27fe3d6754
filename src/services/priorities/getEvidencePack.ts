import {
  addMonths,
  firstMonthOfFinancialYear,
  formatMonthCode,
  formatMonthName,
  requireFinancialYear,
  type MonthSpan,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  boroughStanding,
  chartSummary,
  yearEndDate,
  type BoroughStanding,
  type ChartSummary,
} from '../../domain/priorities/index.js';
import {
  categoryAndBelow,
  categoryNames,
  countsAreSynthetic,
  latestPopulations,
  listEligibleCategoryCodes,
  listPrioritySets,
  sumCrimeCounts,
  type Executor,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { boroughCounts, priorityBoroughs, priorityYear, type PriorityBorough } from './priorityAccess.js';
import { testedChange, type TestedChange } from './priorityViews.js';

export interface EvidenceCategory extends ChartSummary {
  readonly code: string;
  readonly name: string;
  /** Whether the borough has this category in its set for the year. */
  readonly chosen: boolean;
  readonly counted: boolean;
  /** The last twelve months against the twelve before them. */
  readonly change: TestedChange;
  readonly standing: BoroughStanding;
}

export interface EvidencePack {
  readonly year: string;
  readonly borough: PriorityBorough;
  readonly months: { readonly first: string; readonly last: string; readonly label: string };
  readonly synthetic: boolean;
  readonly categories: readonly EvidenceCategory[];
}

function monthCodes(span: MonthSpan): string[] {
  const codes: string[] = [];
  for (let month = span.first; formatMonthCode(month) <= formatMonthCode(span.last); month = addMonths(month, 1)) {
    codes.push(formatMonthCode(month));
  }
  return codes;
}

interface EvidenceQuery {
  readonly borough: string;
  readonly all: readonly string[];
  readonly window: MonthSpan;
  readonly populations: ReadonlyMap<string, number>;
}

async function evidenceFor(db: Executor, code: string, query: EvidenceQuery) {
  const categoryCodes = await categoryAndBelow(db, code);
  const span = { firstMonth: formatMonthCode(query.window.first), lastMonth: formatMonthCode(query.window.last) };
  const monthly = await sumCrimeCounts(db, { areaCodes: [query.borough], categoryCodes, ...span });
  const series = monthCodes(query.window).map((month) => ({ month, count: monthly.get(month) ?? 0 }));
  const lastYear = { first: addMonths(query.window.last, -11), last: query.window.last };
  const yearBefore = { first: addMonths(query.window.last, -23), last: addMonths(query.window.last, -12) };
  const [recent, earlier] = await boroughCounts(db, code, [lastYear, yearBefore]);
  const london = query.all.reduce((sum, b) => sum + (recent.get(b) ?? 0) + (earlier.get(b) ?? 0), 0);
  return {
    ...chartSummary(series),
    counted: london > 0,
    change: testedChange(
      { current: recent.get(query.borough) ?? 0, previous: earlier.get(query.borough) ?? 0 },
      'lower-is-better',
    ),
    standing: boroughStanding(query.borough, recent, query.all, query.populations),
  };
}

/**
 * The evidence a borough weighs when choosing its priorities: for every category boroughs may
 * choose, three years of monthly counts before the priority year with their control limits, the
 * rolling twelve-month trend, the last year against the one before, and where the borough stands
 * in London.
 */
export async function getEvidencePack(
  ctx: ServiceContext,
  input: { year: string; borough: string },
): Promise<EvidencePack> {
  authorise(ctx, 'priorities.read');
  const db = ctx.store.db;
  const year = priorityYear(input.year);
  const boroughs = await priorityBoroughs(ctx, yearEndDate(year));
  const borough = boroughs.find((b) => b.code === input.borough);
  if (borough === undefined) throw new BluelampProblem('not-found', `"${input.borough}" is not a borough.`, 'borough');
  const start = firstMonthOfFinancialYear(requireFinancialYear(year, 'year'));
  const window = { first: addMonths(start, -36), last: addMonths(start, -1) };
  const all = boroughs.map((b) => b.code);
  const residents = await latestPopulations(db, all, window.last.year);
  const query = {
    borough: input.borough,
    all,
    window,
    populations: new Map([...residents].map(([code, p]) => [code, p.population])),
  };
  const names = await categoryNames(db);
  const [set] = await listPrioritySets(db, { year, boroughCode: input.borough, latestOnly: true });
  const chosen = new Set(set?.priorities.map((p) => p.categoryCode) ?? []);
  const categories: EvidenceCategory[] = [];
  for (const code of await listEligibleCategoryCodes(db)) {
    categories.push({
      code,
      name: names.get(code) ?? code,
      chosen: chosen.has(code),
      ...(await evidenceFor(db, code, query)),
    });
  }
  const months = { first: formatMonthCode(window.first), last: formatMonthCode(window.last) };
  return {
    year,
    borough,
    months: { ...months, label: `${formatMonthName(window.first)} to ${formatMonthName(window.last)}` },
    synthetic: await countsAreSynthetic(db, months),
    categories,
  };
}
