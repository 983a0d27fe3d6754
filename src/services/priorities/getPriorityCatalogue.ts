import type { StandingPriority } from '../../domain/priorities/index.js';
import { categoryNames, listEligibleCategoryCodes, listStandingPriorities } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface PriorityCategoryName {
  readonly code: string;
  readonly name: string;
}

export interface PriorityCatalogueView {
  readonly eligible: readonly PriorityCategoryName[];
  readonly standing: readonly StandingPriority[];
}

/** The categories boroughs may choose from, and the standing priorities every borough has. */
export async function getPriorityCatalogue(ctx: ServiceContext): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.read');
  const names = await categoryNames(ctx.store.db);
  const eligible = await listEligibleCategoryCodes(ctx.store.db);
  return {
    eligible: eligible.map((code) => ({ code, name: names.get(code) ?? code })),
    standing: await listStandingPriorities(ctx.store.db),
  };
}
