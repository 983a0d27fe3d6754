import type { Actor } from '../../domain/accounts/index.js';
import type { IsoDate } from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';

/**
 * Whether the actor's scope covers a unit on a day: the unit itself or any unit it belonged to
 * then. An owner scoped to Frontline Policing covers Lambeth while Lambeth is a borough command
 * under it, and an owner scoped to Central South covers Lambeth once that BCU has gone live.
 * Roles without a scope (everyone but owners) are not limited by it.
 */
export async function scopeCovers(ctx: ServiceContext, unitCode: string, on: IsoDate): Promise<boolean> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || actor.role !== 'owner') return actor.kind !== 'public';
  return scopeCoversIn(await loadOrganisationModel(ctx), actor, unitCode, on);
}

/** The same question against an organisation already loaded, for checking many units at once. */
export function scopeCoversIn(model: OrganisationModel, actor: Actor, unitCode: string, on: IsoDate): boolean {
  if (actor.kind !== 'user' || actor.role !== 'owner') return actor.kind !== 'public';
  const seen = new Set<string>();
  let current: string | undefined = unitCode;
  while (current !== undefined && !seen.has(current)) {
    if (actor.scope.includes(current)) return true;
    seen.add(current);
    current = model.parentOn(current, on)?.code;
  }
  return false;
}
