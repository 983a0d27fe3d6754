import { BluelampProblem } from '../../domain/errors.js';
import { percentChange, type CountPair } from '../../domain/measures/statistics/index.js';
import {
  changeGap,
  priorityChangeSentence,
  sumOfAreas,
  yearEndDate,
  type ChangeGap,
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
  type PriorityBorough,
  type ScorecardPeriods,
} from './priorityAccess.js';
import { testedChange, type TestedChange } from './priorityViews.js';

export interface CategoryScorecardBorough {
  readonly borough: PriorityBorough;
  readonly chosen: boolean;
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
  /** Chosen boroughs first, then the others, each by name. */
  readonly boroughs: readonly CategoryScorecardBorough[];
}

function group(
  codes: readonly string[],
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number>,
): GroupChange {
  const pair = { current: sumOfAreas(current, codes), previous: sumOfAreas(previous, codes) };
  return { ...pair, boroughs: codes.length, changePercent: percentChange(pair.current, pair.previous) };
}

/** The boroughs whose latest set for the year chose the category, with the qualifier they gave it. */
async function chosenBy(db: Executor, year: string, category: string): Promise<Map<string, string | null>> {
  const qualifiers = new Map<string, string | null>();
  for (const set of await listPrioritySets(db, { year, latestOnly: true })) {
    const choice = set.priorities.find((p) => p.categoryCode === category);
    if (choice !== undefined) qualifiers.set(set.boroughCode, choice.qualifier);
  }
  return qualifiers;
}

function scorecardRows(
  boroughs: readonly PriorityBorough[],
  qualifiers: ReadonlyMap<string, string | null>,
  counts: Record<'current' | 'previous' | 'rolling', ReadonlyMap<string, number>>,
): CategoryScorecardBorough[] {
  return boroughs
    .map((borough) => ({
      borough,
      chosen: qualifiers.has(borough.code),
      qualifier: qualifiers.get(borough.code) ?? null,
      rolling: counts.rolling.get(borough.code) ?? 0,
      change: testedChange(
        { current: counts.current.get(borough.code) ?? 0, previous: counts.previous.get(borough.code) ?? 0 },
        'lower-is-better',
      ),
    }))
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
  const qualifiers = await chosenBy(db, year, input.category);
  const [current, previous, rolling] = await boroughCounts(db, input.category, [
    periods.current.span,
    periods.previous.span,
    periods.rolling.span,
  ]);
  const all = boroughs.map((b) => b.code);
  const chosenCodes = all.filter((code) => qualifiers.has(code));
  const otherCodes = all.filter((code) => !qualifiers.has(code));
  const [london, chosen, others] = [
    group(all, current, previous),
    group(chosenCodes, current, previous),
    group(otherCodes, current, previous),
  ];
  const counted = london.current + london.previous > 0;
  const gap = counted && chosenCodes.length > 0 && otherCodes.length > 0 ? changeGap(chosen, others) : null;
  const rows = scorecardRows(boroughs, qualifiers, { current, previous, rolling });
  const sentence = counted
    ? priorityChangeSentence({
        categoryName: name,
        chosenBy: chosenCodes.length,
        year,
        polarity: 'lower-is-better',
        london: london.changePercent,
        chosen: chosenCodes.length === 0 ? null : chosen.changePercent,
        others: otherCodes.length === 0 ? null : others.changePercent,
        test: gap === null ? null : { significant: gap.significant, pValue: gap.pValue },
      })
    : `No counts of ${name.toLowerCase()} by borough are loaded for ${periods.current.label}, so this priority cannot be judged yet.`;
  return {
    year,
    category: { code: input.category, name },
    periods,
    synthetic: await periodsSynthetic(db, periods),
    counted,
    london,
    chosen,
    others,
    gap,
    sentence,
    boroughs: rows,
  };
}
