import type { MonthSpan, YearMonth } from '../../domain/calendar/index.js';
import type { CountPair } from '../../domain/measures/statistics/index.js';
import {
  monthlyChoices,
  monthsOfSpan,
  setChangeSentence,
  setChangesWithin,
  splitByChoice,
  type MonthChoice,
  type PrioritySet,
} from '../../domain/priorities/index.js';
import { listPrioritySets, type Executor } from '../../store/index.js';
import { boroughCounts } from './priorityAccess.js';

/** A change of a borough's set inside the compared months, told for the category or borough on the page. */
export interface PrioritySetChangeNote {
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly version: number;
  readonly agreedOn: string;
  /** The first month the new set counts for, "2018-10". */
  readonly fromMonth: string;
  readonly sentence: string;
}

/** Every version of each borough's sets for a year, oldest first. */
export async function setsByBorough(
  db: Executor,
  year: string,
  boroughCode?: string,
): Promise<Map<string, PrioritySet[]>> {
  const query = boroughCode === undefined ? { year, latestOnly: false } : { year, boroughCode, latestOnly: false };
  const grouped = new Map<string, PrioritySet[]>();
  for (const set of await listPrioritySets(db, query)) {
    grouped.set(set.boroughCode, [...(grouped.get(set.boroughCode) ?? []), set]);
  }
  return grouped;
}

const monthCode = (month: YearMonth) => `${month.year}-${String(month.month).padStart(2, '0')}`;

/** The notes for one borough's changes, saying what each meant for a category. */
export function categoryChangeNotes(
  borough: { readonly code: string; readonly name: string },
  sets: readonly PrioritySet[],
  category: { readonly code: string; readonly name: string },
  months: readonly YearMonth[],
): PrioritySetChangeNote[] {
  return setChangesWithin(sets, months).map((change) => {
    const chooses = (version: number | null) =>
      sets.find((s) => s.version === version)?.priorities.some((p) => p.categoryCode === category.code) === true;
    return {
      boroughCode: borough.code,
      boroughName: borough.name,
      version: change.version,
      agreedOn: change.agreedOn,
      fromMonth: monthCode(change.fromMonth),
      sentence: setChangeSentence(borough.name, change, {
        name: category.name,
        before: chooses(change.previousVersion),
        after: chooses(change.version),
      }),
    };
  });
}

/** Whether a borough's choice of a category held the same in every compared month. */
export function uniformChoice(choices: readonly MonthChoice[]): boolean {
  return choices.every((c) => c.chosen === choices[0]?.chosen);
}

/** Each borough's choice of a category month by month over a span. */
export function choicesByBorough(
  sets: ReadonlyMap<string, readonly PrioritySet[]>,
  codes: readonly string[],
  categoryCode: string,
  span: MonthSpan,
): Map<string, MonthChoice[]> {
  const months = monthsOfSpan(span);
  return new Map(codes.map((code) => [code, monthlyChoices(sets.get(code) ?? [], categoryCode, months)]));
}

/**
 * Each borough's counts split by the months its set chose the category. Months are read one by
 * one only when some borough's choice changed inside the span; otherwise the span's totals are the
 * same thing, read once.
 */
export async function splitCounts(
  db: Executor,
  categoryCode: string,
  spans: { readonly current: MonthSpan; readonly previous: MonthSpan },
  choices: ReadonlyMap<string, readonly MonthChoice[]>,
): Promise<Map<string, { chosen: CountPair; others: CountPair }>> {
  const split = new Map<string, { chosen: CountPair; others: CountPair }>();
  if ([...choices.values()].every(uniformChoice)) {
    const [current, previous] = await boroughCounts(db, categoryCode, [spans.current, spans.previous]);
    for (const [code, months] of choices) {
      const pair = { current: current.get(code) ?? 0, previous: previous.get(code) ?? 0 };
      const none = { current: 0, previous: 0 };
      split.set(code, months[0]?.chosen === true ? { chosen: pair, others: none } : { chosen: none, others: pair });
    }
    return split;
  }
  const single = (span: MonthSpan) => monthsOfSpan(span).map((month) => ({ first: month, last: month }));
  const [current, previous] = await Promise.all([
    boroughCounts(db, categoryCode, single(spans.current)),
    boroughCounts(db, categoryCode, single(spans.previous)),
  ]);
  for (const [code, months] of choices) {
    split.set(
      code,
      splitByChoice(
        months,
        current.map((counts) => counts.get(code) ?? 0),
        previous.map((counts) => counts.get(code) ?? 0),
      ),
    );
  }
  return split;
}
