import { categoryNames, listEligibleCategoryCodes } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface PriorityCategoryChoice {
  readonly code: string;
  readonly name: string;
  readonly eligible: boolean;
}

/**
 * Every crime category in the taxonomy's order, each marked whether boroughs may choose it now:
 * what a form that edits the eligible list needs to offer, which the catalogue alone does not say.
 */
export async function listPriorityCategoryChoices(
  ctx: ServiceContext,
): Promise<{ categories: PriorityCategoryChoice[] }> {
  authorise(ctx, 'priorities.read');
  const names = await categoryNames(ctx.store.db);
  const eligible = new Set(await listEligibleCategoryCodes(ctx.store.db));
  return { categories: [...names].map(([code, name]) => ({ code, name, eligible: eligible.has(code) })) };
}
