import { yearEndDate } from '../../domain/priorities/index.js';
import { categoryNames, listPrioritySets as readPrioritySets } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { priorityBoroughs, priorityYear } from './priorityAccess.js';
import { namedSets, type BoroughPrioritySet } from './priorityViews.js';

/** Every version of one borough's set for a year, oldest first, so in-year changes can be read with their reasons. */
export async function getPrioritySetHistory(
  ctx: ServiceContext,
  input: { year: string; borough: string },
): Promise<BoroughPrioritySet[]> {
  authorise(ctx, 'priorities.read');
  const year = priorityYear(input.year);
  const boroughs = await priorityBoroughs(ctx, yearEndDate(year));
  const sets = await readPrioritySets(ctx.store.db, {
    year,
    boroughCode: input.borough,
    latestOnly: false,
  });
  return namedSets(sets, boroughs, await categoryNames(ctx.store.db));
}
