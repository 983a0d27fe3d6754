import { BluelampProblem } from '../../domain/errors.js';
import type { Polarity } from '../../domain/measures/index.js';
import type { MonthSpan } from '../../domain/calendar/index.js';
import { percentChange, type CountPair } from '../../domain/measures/statistics/index.js';
import {
  changeGap,
  monthlyChoices,
  monthsOfSpan,
  noSetInForceSentence,
  setInForce,
  sumOfAreas,
  yearEndDate,
  type ChangeGap,
  type MonthChoice,
  type PrioritySet,
} from '../../domain/priorities/index.js';
import { categoryNames, listPrioritySets, type Executor } from '../../store/index.js';
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
import { categoryChangeNotes, type PrioritySetChangeNote } from './datedChoices.js';
import { namedSets, testedChange, type BoroughPrioritySet, type TestedChange } from './priorityViews.js';
import { standingRows, type StandingPriorityRow } from './standingRows.js';

export type { StandingFigure, StandingPriorityRow } from './standingRows.js';

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
  /** The compared months the set in force chose it in; its figures (and London's) cover those months only. */
  readonly chosenMonths: number;
  readonly figures: CategoryFigures;
}

export interface BoroughScorecard {
  readonly year: string;
  /** The set in force in the last compared month; the first set when none was in force by then. */
  readonly set: BoroughPrioritySet;
  readonly versions: number;
  /** Whether any of the year's sets was in force in any compared month. */
  readonly inForce: boolean;
  /** Said when no set was in force in the compared months, null otherwise. */
  readonly notInForce: string | null;
  readonly months: number;
  /** When the set changed within the compared months, and what changed. */
  readonly changes: readonly PrioritySetChangeNote[];
  readonly periods: ScorecardPeriods;
  /** Whether any of the counts read are the demo's generated ones. */
  readonly synthetic: boolean;
  readonly priorities: readonly BoroughPriorityRow[];
  readonly standing: readonly StandingPriorityRow[];
}

/** Counts of the compared months and their year-earlier pairs, only the months given as chosen when some were not. */
async function comparedCounts(
  db: Executor,
  categoryCode: string,
  periods: ScorecardPeriods,
  chosen: readonly MonthChoice[] | null,
): Promise<[Map<string, number>, Map<string, number>]> {
  if (chosen === null || chosen.every((m) => m.chosen)) {
    return boroughCounts(db, categoryCode, [periods.current.span, periods.previous.span]);
  }
  const single = (span: MonthSpan) =>
    monthsOfSpan(span)
      .filter((_, index) => chosen[index]?.chosen === true)
      .map((month) => ({ first: month, last: month }));
  const add = (maps: Map<string, number>[]) => {
    const total = new Map<string, number>();
    for (const map of maps) for (const [code, n] of map) total.set(code, (total.get(code) ?? 0) + n);
    return total;
  };
  const [current, previous] = await Promise.all([
    boroughCounts(db, categoryCode, single(periods.current.span)),
    boroughCounts(db, categoryCode, single(periods.previous.span)),
  ]);
  return [add(current), add(previous)];
}

async function categoryFigures(
  db: Executor,
  query: {
    categoryCode: string;
    borough: string;
    all: readonly string[];
    periods: ScorecardPeriods;
    polarity: Polarity;
    chosen: readonly MonthChoice[] | null;
  },
): Promise<CategoryFigures> {
  const { periods, borough } = query;
  const [current, previous] = await comparedCounts(db, query.categoryCode, periods, query.chosen);
  const [rolling] = await boroughCounts(db, query.categoryCode, [periods.rolling.span]);
  const here: CountPair = { current: current.get(borough) ?? 0, previous: previous.get(borough) ?? 0 };
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

/** Every category chosen in any compared month: the last set's first, in its order, then those dropped before it. */
function categoriesChosen(versions: readonly PrioritySet[], months: ReturnType<typeof monthsOfSpan>) {
  const inForce = months.map((m) => setInForce(versions, m)).filter((s): s is PrioritySet => s !== null);
  const seen = new Map<string, string | null>();
  for (const set of inForce.reverse()) {
    for (const p of set.priorities) if (!seen.has(p.categoryCode)) seen.set(p.categoryCode, p.qualifier);
  }
  return [...seen].map(([categoryCode, qualifier]) => ({ categoryCode, qualifier }));
}

/**
 * A borough's scorecard for a priority year: each chosen priority with its rolling volume, its
 * change tested exactly, and London's change beside it; then anti-social behaviour and the
 * mandatory high-harm crimes with every figure the loaded sources give (see standingRows).
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
  const stored = await listPrioritySets(db, { year, boroughCode: input.borough, latestOnly: false });
  const versions = namedSets(stored, boroughs, names);
  const first = versions[0];
  if (first === undefined) {
    throw new BluelampProblem(
      'not-found',
      `No local priorities are recorded for "${input.borough}" in ${year}.`,
      'borough',
    );
  }
  const periods = await scorecardPeriods(db, year, input.period);
  const months = monthsOfSpan(periods.current.span);
  const set = setInForce(versions, periods.current.span.last) ?? first;
  const inForce = months.some((m) => setInForce(versions, m) !== null);
  const query = { borough: input.borough, all: boroughs.map((b) => b.code), periods };
  const priorities = await priorityRows(db, { stored, names, months, ...query });
  const changes = boroughChanges(set.borough, stored, priorities, months);
  const notInForce = inForce
    ? null
    : noSetInForceSentence(`${set.borough.name}'s ${year} local priorities`, periods.current.label, first.agreedOn);
  const standing = await standingRows(ctx, names, {
    borough: { code: set.borough.code, name: set.borough.name },
    londonCodes: query.all,
    periods,
  });
  const synthetic = await periodsSynthetic(db, periods);
  return {
    year,
    set,
    versions: versions.length,
    inForce,
    notInForce,
    months: months.length,
    changes,
    periods,
    synthetic,
    priorities,
    standing,
  };
}

/**
 * The borough's set changes within the compared months, one note for each priority a change added
 * or dropped, or one saying the priorities stayed when only a qualifier or the wording changed.
 */
function boroughChanges(
  borough: { readonly code: string; readonly name: string },
  stored: readonly PrioritySet[],
  rows: readonly BoroughPriorityRow[],
  months: ReturnType<typeof monthsOfSpan>,
): PrioritySetChangeNote[] {
  const notes = rows.flatMap((row) =>
    categoryChangeNotes(borough, stored, { code: row.categoryCode, name: row.categoryName }, months),
  );
  const moved = notes.filter((note) => !note.sentence.endsWith('stays a priority.'));
  const byVersion = new Map<number, PrioritySetChangeNote>();
  for (const note of notes) if (!byVersion.has(note.version)) byVersion.set(note.version, note);
  const stayed = [...byVersion.values()].filter((note) => !moved.some((m) => m.version === note.version));
  return [...moved, ...stayed].sort((a, b) => a.version - b.version);
}

/** Each category chosen in any compared month, its figures over the months it was chosen. */
async function priorityRows(
  db: Executor,
  query: {
    stored: readonly PrioritySet[];
    names: ReadonlyMap<string, string>;
    months: ReturnType<typeof monthsOfSpan>;
    borough: string;
    all: readonly string[];
    periods: ScorecardPeriods;
  },
): Promise<BoroughPriorityRow[]> {
  const { stored, names, months, ...figureQuery } = query;
  const rows: BoroughPriorityRow[] = [];
  for (const choice of categoriesChosen(stored, months)) {
    const chosen = monthlyChoices(stored, choice.categoryCode, months);
    const figures = await categoryFigures(db, {
      ...figureQuery,
      categoryCode: choice.categoryCode,
      polarity: 'lower-is-better',
      chosen,
    });
    const categoryName = names.get(choice.categoryCode) ?? choice.categoryCode;
    rows.push({ ...choice, categoryName, chosenMonths: chosen.filter((m) => m.chosen).length, figures });
  }
  return rows;
}
