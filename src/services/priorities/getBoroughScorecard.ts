import { BluelampProblem } from '../../domain/errors.js';
import type { Polarity } from '../../domain/measures/index.js';
import { percentChange } from '../../domain/measures/statistics/index.js';
import {
  changeGap,
  sumOfAreas,
  yearEndDate,
  type ChangeGap,
  type StandingPriority,
} from '../../domain/priorities/index.js';
import { categoryNames, listPrioritySets, listStandingPriorities, type Executor } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import {
  boroughCounts,
  periodsSynthetic,
  priorityBoroughs,
  priorityYear,
  scorecardPeriods,
  type ScorecardPeriods,
} from './priorityAccess.js';
import { namedSets, testedChange, type BoroughPrioritySet, type TestedChange } from './priorityViews.js';
import { standingMeasureFigures, type StandingMeasureFigures } from './standingMeasureFigures.js';

/** A category's figures in one borough: its rolling volume, its change, and London's beside it. */
export interface CategoryFigures {
  readonly counted: boolean;
  readonly rolling: number;
  readonly change: TestedChange;
  readonly london: { readonly current: number; readonly previous: number; readonly changePercent: number | null };
  /** The borough's change against the rest of London's. */
  readonly againstLondon: ChangeGap | null;
}

export interface BoroughPriorityRow {
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly qualifier: string | null;
  readonly figures: CategoryFigures;
}

export interface StandingPriorityRow extends StandingPriority {
  /** Counted from the crime categories by borough, where the standing priority names a category. */
  readonly figures: CategoryFigures | null;
  /** From its measure's values, where it names a measure instead. */
  readonly measureFigures: StandingMeasureFigures | null;
}

export interface BoroughScorecard {
  readonly year: string;
  readonly set: BoroughPrioritySet;
  readonly versions: number;
  readonly periods: ScorecardPeriods;
  /** Whether any of the counts read are the demo's generated ones. */
  readonly synthetic: boolean;
  readonly priorities: readonly BoroughPriorityRow[];
  readonly standing: readonly StandingPriorityRow[];
}

async function categoryFigures(
  db: Executor,
  query: {
    categoryCode: string;
    borough: string;
    all: readonly string[];
    periods: ScorecardPeriods;
    polarity: Polarity;
  },
): Promise<CategoryFigures> {
  const { periods, borough } = query;
  const [current, previous, rolling] = await boroughCounts(db, query.categoryCode, [
    periods.current.span,
    periods.previous.span,
    periods.rolling.span,
  ]);
  const here = { current: current.get(borough) ?? 0, previous: previous.get(borough) ?? 0 };
  const london = { current: sumOfAreas(current, query.all), previous: sumOfAreas(previous, query.all) };
  const rest = { current: london.current - here.current, previous: london.previous - here.previous };
  return {
    counted: london.current + london.previous > 0,
    rolling: rolling.get(borough) ?? 0,
    change: testedChange(here, query.polarity),
    london: { ...london, changePercent: percentChange(london.current, london.previous) },
    againstLondon: changeGap(here, rest),
  };
}

/**
 * A borough's scorecard for a priority year: each chosen priority with its rolling volume, its
 * change tested exactly, and London's change beside it; then anti-social behaviour and the
 * mandatory high-harm crimes with their volume and, where measured, repeat victimisation.
 */
export async function getBoroughScorecard(
  ctx: ServiceContext,
  input: { year: string; borough: string; period?: string | undefined },
): Promise<BoroughScorecard> {
  authorise(ctx, 'priorities.read');
  const db = ctx.store.db;
  const year = priorityYear(input.year);
  const boroughs = await priorityBoroughs(ctx, yearEndDate(year));
  const names = await categoryNames(db);
  const versions = namedSets(
    await listPrioritySets(db, { year, boroughCode: input.borough, latestOnly: false }),
    boroughs,
    names,
  );
  const set = versions[versions.length - 1];
  if (set === undefined) {
    throw new BluelampProblem(
      'not-found',
      `No local priorities are recorded for "${input.borough}" in ${year}.`,
      'borough',
    );
  }
  const periods = await scorecardPeriods(db, year, input.period);
  const query = { borough: input.borough, all: boroughs.map((b) => b.code), periods };
  const priorities: BoroughPriorityRow[] = [];
  for (const choice of set.priorities) {
    const figures = await categoryFigures(db, {
      ...query,
      categoryCode: choice.categoryCode,
      polarity: 'lower-is-better',
    });
    priorities.push({ ...choice, figures });
  }
  const standing: StandingPriorityRow[] = [];
  for (const item of await listStandingPriorities(db)) {
    const figures =
      item.categoryCode === null
        ? null
        : await categoryFigures(db, { ...query, categoryCode: item.categoryCode, polarity: item.polarity });
    const measureFigures = await standingMeasureFigures(ctx, item, { borough: input.borough, periods });
    standing.push({ ...item, figures, measureFigures });
  }
  const synthetic = await periodsSynthetic(db, periods);
  return { year, set, versions: versions.length, periods, synthetic, priorities, standing };
}
