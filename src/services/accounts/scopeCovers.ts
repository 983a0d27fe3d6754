import { scopeCoversIn } from '../../domain/accounts/index.js';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';

/** Whether the acting user's scope covers a unit on a day, against the organisation as stored. */
export async function scopeCovers(ctx: ServiceContext, unitCode: string, on: IsoDate): Promise<boolean> {
  const actor = ctx.actor;
  // Only owners are limited by a scope: the others need not wait for the organisation to load.
  if (actor.kind !== 'user' || actor.role !== 'owner') return actor.kind !== 'public';
  return scopeCoversIn(await loadOrganisationModel(ctx), actor, unitCode, on);
}
