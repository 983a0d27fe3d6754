import { BluelampProblem } from '../../domain/errors.js';
import { percentChange, type CountPair } from '../../domain/measures/statistics/index.js';
import {
  changeGap,
  monthsOfSpan,
  noSetInForceSentence,
  priorityChangeSentence,
  yearEndDate,
  type ChangeGap,
  type MonthChoice,
} from '../../domain/priorities/index.js';
import { categoryNames } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import {
  boroughCounts,
  periodsSynthetic,
  priorityBoroughs,
  priorityYear,
  scorecardPeriods,
  type PriorityBorough,
  type ScorecardPeriods,
} from './priorityAccess.js';
import {
  categoryChangeNotes,
  choicesByBorough,
  setsByBorough,
  splitCounts,
  type PrioritySetChangeNote,
} from './datedChoices.js';
import { testedChange, unfiguredChange, type TestedChange } from './priorityViews.js';

export interface CategoryScorecardBorough {
  readonly borough: PriorityBorough;
  /** Whether the set in force chose the category in any of the compared months. */
  readonly chosen: boolean;
  /** How many of the compared months it was chosen in: fewer than all when the set changed within them. */
  readonly chosenMonths: number;
  readonly qualifier: string | null;
  /** The rolling twelve months to the end of the compared months. */
  readonly rolling: number;
  readonly change: TestedChange;
}

export interface GroupChange extends CountPair {
  readonly boroughs: number;
  readonly changePercent: number | null;
}

export interface CategoryScorecard {
  readonly year: string;
  readonly category: { readonly code: string; readonly name: string };
  readonly periods: ScorecardPeriods;
  /** Whether any of the counts read are the demo's generated ones. */
  readonly synthetic: boolean;
  /** False when no counts of the category are held for the compared months: nothing is judged. */
  readonly counted: boolean;
  readonly london: GroupChange;
  readonly chosen: GroupChange;
  readonly others: GroupChange;
  /** The chosen boroughs' change against the others': null when either group is empty. */
  readonly gap: ChangeGap | null;
  readonly sentence: string;
  /** Whether any borough had a set of the year in force in any compared month. */
  readonly inForce: boolean;
  /** The compared months' count, against which a row's chosenMonths reads. */
  readonly months: number;
  /** Boroughs whose set changed within the compared months, and what it meant for the category. */
  readonly changes: readonly PrioritySetChangeNote[];
  /** Chosen boroughs first, then the others, each by name. */
  readonly boroughs: readonly CategoryScorecardBorough[];
}

function group(pairs: readonly CountPair[], boroughs: number): GroupChange {
  const pair = {
    current: pairs.reduce((n, p) => n + p.current, 0),
    previous: pairs.reduce((n, p) => n + p.previous, 0),
  };
  return { ...pair, boroughs, changePercent: percentChange(pair.current, pair.previous) };
}

/** The qualifier a borough gave the category in the last compared month it chose it. */
function lastQualifier(months: readonly MonthChoice[]): string | null {
  return months.filter((m) => m.chosen).at(-1)?.qualifier ?? null;
}

/**
 * A borough's change, or, where no counts are held for it in one of the periods, the period it
 * has none for: a missing count is not a count of nought, and no figure is no verdict.
 */
function boroughChange(
  code: string,
  counts: Record<'current' | 'previous', ReadonlyMap<string, number>>,
  labels: { readonly current: string; readonly previous: string },
): TestedChange {
  const pair = { current: counts.current.get(code) ?? 0, previous: counts.previous.get(code) ?? 0 };
  for (const side of ['current', 'previous'] as const) {
    if (!counts[side].has(code)) return unfiguredChange(pair, labels[side]);
  }
  return testedChange(pair, 'lower-is-better');
}

function scorecardRows(
  boroughs: readonly PriorityBorough[],
  choices: ReadonlyMap<string, readonly MonthChoice[]>,
  counts: Record<'current' | 'previous' | 'rolling', ReadonlyMap<string, number>>,
  periods: { readonly current: { label: string }; readonly previous: { label: string } },
): CategoryScorecardBorough[] {
  const labels = { current: periods.current.label, previous: periods.previous.label };
  return boroughs
    .map((borough) => {
      const months = choices.get(borough.code) ?? [];
      const chosenMonths = months.filter((m) => m.chosen).length;
      return {
        borough,
        chosen: chosenMonths > 0,
        chosenMonths,
        qualifier: lastQualifier(months),
        rolling: counts.rolling.get(borough.code) ?? 0,
        change: boroughChange(borough.code, counts, labels),
      };
    })
    .sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.borough.name.localeCompare(b.borough.name));
}

/**
 * One crime category across London for a priority year: how it moved where boroughs chose it and
 * where they did not, and whether the difference is more than chance — the progress updates'
 * "rose 8% across London but 2% where it is a priority", tested.
 */
export async function getCategoryScorecard(
  ctx: ServiceContext,
  input: CategoryScorecardInput,
): Promise<CategoryScorecard> {
  authorise(ctx, 'priorities.read');
  return buildCategoryScorecard(ctx, input);
}

export interface CategoryScorecardInput {
  readonly year: string;
  readonly category: string;
  readonly period?: string | undefined;
}

/** The scorecard itself, for the use cases that show it (the scorecard, the tile map). */
export async function buildCategoryScorecard(
  ctx: ServiceContext,
  input: CategoryScorecardInput,
): Promise<CategoryScorecard> {
  const db = ctx.store.db;
  const year = priorityYear(input.year);
  const names = await categoryNames(db);
  const name = names.get(input.category);
  if (name === undefined)
    throw new BluelampProblem('not-found', `"${input.category}" is not a crime category.`, 'category');
  const periods = await scorecardPeriods(db, year, input.period);
  const boroughs = await priorityBoroughs(ctx, yearEndDate(year));
  const sets = await setsByBorough(db, year);
  const choices = choicesByBorough(
    sets,
    boroughs.map((b) => b.code),
    input.category,
    periods.current.span,
  );
  const [current, previous, rolling] = await boroughCounts(db, input.category, [
    periods.current.span,
    periods.previous.span,
    periods.rolling.span,
  ]);
  const split = await splitCounts(
    db,
    input.category,
    { current: periods.current.span, previous: periods.previous.span },
    choices,
  );
  const rows = scorecardRows(boroughs, choices, { current, previous, rolling }, periods);
  const groups = groupsOf(rows, choices, split, { current, previous });
  const { london, chosen, others } = groups;
  const inForce = [...choices.values()].some((months) => months.some((m) => m.version !== null));
  const counted = london.current + london.previous > 0;
  const gap = counted && chosen.boroughs > 0 && others.boroughs > 0 ? changeGap(chosen, others) : null;
  const category = { code: input.category, name };
  const sentence = !inForce
    ? noSetInForceSentence(`${year} local priorities`, periods.current.label, firstAgreed(sets))
    : !counted
      ? `No counts of ${name.toLowerCase()} by borough are loaded for ${periods.current.label}, so this priority cannot be judged yet.`
      : judgedSentence(name, year, groups, gap);
  const months = monthsOfSpan(periods.current.span);
  return {
    year,
    category,
    periods,
    synthetic: await periodsSynthetic(db, periods),
    counted,
    london,
    chosen,
    others,
    gap,
    sentence,
    inForce,
    months: months.length,
    changes: boroughs.flatMap((b) => categoryChangeNotes(b, sets.get(b.code) ?? [], category, months)),
    boroughs: rows,
  };
}

/** The earliest day any borough's set of the year was agreed, or null when none is recorded. */
function firstAgreed(sets: ReadonlyMap<string, readonly { agreedOn: string }[]>): string | null {
  const dates = [...sets.values()].flat().map((s) => s.agreedOn);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

interface Groups {
  readonly london: GroupChange;
  readonly chosen: GroupChange;
  readonly others: GroupChange;
}

/** London, and the months each borough chose the category against the months it did not. */
function groupsOf(
  rows: readonly CategoryScorecardBorough[],
  choices: ReadonlyMap<string, readonly MonthChoice[]>,
  split: ReadonlyMap<string, { chosen: CountPair; others: CountPair }>,
  counts: { current: ReadonlyMap<string, number>; previous: ReadonlyMap<string, number> },
): Groups {
  const chosenCount = rows.filter((r) => r.chosen).length;
  const othersCount = rows.filter((r) => r.chosenMonths < (choices.get(r.borough.code)?.length ?? 0)).length;
  const pairs = rows.map((r) => ({
    current: counts.current.get(r.borough.code) ?? 0,
    previous: counts.previous.get(r.borough.code) ?? 0,
  }));
  return {
    london: group(pairs, rows.length),
    chosen: group(
      [...split.values()].map((s) => s.chosen),
      chosenCount,
    ),
    others: group(
      [...split.values()].map((s) => s.others),
      othersCount,
    ),
  };
}

function judgedSentence(name: string, year: string, groups: Groups, gap: ChangeGap | null): string {
  const { london, chosen, others } = groups;
  return priorityChangeSentence({
    categoryName: name,
    chosenBy: chosen.boroughs,
    year,
    polarity: 'lower-is-better',
    london: london.changePercent,
    chosen: chosen.boroughs === 0 ? null : chosen.changePercent,
    others: others.boroughs === 0 ? null : others.changePercent,
    test: gap === null ? null : { significant: gap.significant, pValue: gap.pValue },
  });
}
