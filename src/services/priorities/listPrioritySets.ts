import { tallyChoices, type PrioritySet, type StandingPriority } from '../../domain/priorities/index.js';
import { listPrioritySets as readPrioritySets, listPriorityYears, listStandingPriorities } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { categoryNames, priorityBoroughs, type PriorityBorough } from './priorityCatalogue.js';
import { yearEndDate } from './priorityPeriods.js';

export interface NamedPriority {
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly qualifier: string | null;
}

export interface BoroughPrioritySet extends Omit<PrioritySet, 'priorities'> {
  readonly borough: PriorityBorough;
  readonly priorities: readonly NamedPriority[];
}

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

/** Names a set's boroughs and categories for people to read. */
export function namedSets(
  sets: readonly PrioritySet[],
  boroughs: readonly PriorityBorough[],
  names: ReadonlyMap<string, string>,
): BoroughPrioritySet[] {
  const byCode = new Map(boroughs.map((b) => [b.code, b]));
  const order = new Map(boroughs.map((b, index) => [b.code, index]));
  return sets
    .map((set) => ({
      ...set,
      borough: byCode.get(set.boroughCode) ?? {
        code: set.boroughCode,
        name: set.boroughCode,
        gssCode: null,
        bcu: null,
      },
      priorities: set.priorities.map((p) => ({ ...p, categoryName: names.get(p.categoryCode) ?? p.categoryCode })),
    }))
    .sort((a, b) => (order.get(a.boroughCode) ?? 0) - (order.get(b.boroughCode) ?? 0) || a.version - b.version);
}

/** Every borough's priorities for a year: the table the business plan prints, with the standing priorities beside it. */
export async function listPrioritySets(ctx: ServiceContext, input: { year: string }): Promise<PrioritySetList> {
  authorise(ctx, 'priorities.read');
  const db = ctx.store.db;
  const boroughs = await priorityBoroughs(ctx, yearEndDate(input.year));
  const names = await categoryNames(db);
  const sets = namedSets(await readPrioritySets(db, { year: input.year, latestOnly: true }), boroughs, names);
  const withSet = new Set(sets.map((set) => set.boroughCode));
  return {
    year: input.year,
    years: await listPriorityYears(db),
    sets,
    boroughsWithoutSet: boroughs.filter((b) => !withSet.has(b.code)),
    standing: await listStandingPriorities(db),
    tally: tallyChoices(sets).map((t) => ({ ...t, categoryName: names.get(t.categoryCode) ?? t.categoryCode })),
  };
}

/** Every version of one borough's set for a year, oldest first, so in-year changes can be read with their reasons. */
export async function getPrioritySetHistory(
  ctx: ServiceContext,
  input: { year: string; borough: string },
): Promise<BoroughPrioritySet[]> {
  authorise(ctx, 'priorities.read');
  const boroughs = await priorityBoroughs(ctx, yearEndDate(input.year));
  const sets = await readPrioritySets(ctx.store.db, {
    year: input.year,
    boroughCode: input.borough,
    latestOnly: false,
  });
  return namedSets(sets, boroughs, await categoryNames(ctx.store.db));
}
