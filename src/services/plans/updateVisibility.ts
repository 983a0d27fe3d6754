import { scopeCoversIn, unpublishedUpdateReach } from '../../domain/accounts/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import type { ServiceContext } from '../context.js';

/**
 * Whether the caller reads the unpublished updates (and their evidence) of a milestone led by
 * these units. Published updates are everyone's; what is still being written or reviewed is for
 * the people doing that, never for every signed-in account.
 */
export type UnpublishedReader = (leads: readonly string[]) => boolean;

export function unpublishedReader(ctx: ServiceContext, model: OrganisationModel): UnpublishedReader {
  const reach = unpublishedUpdateReach(ctx.actor);
  if (reach !== 'own-units') return () => reach === 'all';
  const today = ctx.today();
  return (leads) => leads.some((lead) => scopeCoversIn(model, ctx.actor, lead, today));
}
