import type { IsoDate } from '../calendar/index.js';
import type { OrganisationModel } from '../organisation/index.js';
import type { Actor } from './permissions.js';

/**
 * Whether the actor's scope covers a unit on a day: the unit itself or any unit it belonged to
 * then. An owner scoped to Frontline Policing covers Lambeth while Lambeth is a borough command
 * under it, and an owner scoped to Central South covers Lambeth once that BCU has gone live.
 * Roles without a scope (everyone but owners) are not limited by it.
 */
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
