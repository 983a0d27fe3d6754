import { tallyChoices, yearEndDate, type StandingPriority } from '../../domain/priorities/index.js';
import {
  categoryNames,
  listPrioritySets as readPrioritySets,
  listPriorityYears,
  listStandingPriorities,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { priorityBoroughs, priorityYear, type PriorityBorough } from './priorityAccess.js';
import { namedSets, type BoroughPrioritySet } from './priorityViews.js';

export interface PrioritySetList {
  readonly year: string;
  /** Every year that has sets, latest first, for choosing another. */
  readonly years: readonly string[];
  /** Each borough's latest set, in the organisation's order; boroughs with none are listed apart. */
  readonly sets: readonly BoroughPrioritySet[];
  readonly boroughsWithoutSet: readonly PriorityBorough[];
  readonly standing: readonly StandingPriority[];
  /** How many boroughs chose each category, most chosen first. */
  readonly tally: readonly {
    readonly categoryCode: string;
    readonly categoryName: string;
    readonly boroughs: number;
  }[];
}

/** Every borough's priorities for a year: the table the business plan prints, with the standing priorities beside it. */
export async function listPrioritySets(ctx: ServiceContext, input: { year: string }): Promise<PrioritySetList> {
  authorise(ctx, 'priorities.read');
  const db = ctx.store.db;
  const year = priorityYear(input.year);
  const boroughs = await priorityBoroughs(ctx, yearEndDate(year));
  const names = await categoryNames(db);
  const sets = namedSets(await readPrioritySets(db, { year, latestOnly: true }), boroughs, names);
  const withSet = new Set(sets.map((set) => set.boroughCode));
  return {
    year,
    years: await listPriorityYears(db),
    sets,
    boroughsWithoutSet: boroughs.filter((b) => !withSet.has(b.code)),
    standing: await listStandingPriorities(db),
    tally: tallyChoices(sets).map((t) => ({ ...t, categoryName: names.get(t.categoryCode) ?? t.categoryCode })),
  };
}
