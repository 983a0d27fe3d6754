import { BluelampProblem } from '../../domain/errors.js';
import { POLICE_FORCES } from '../../domain/crime-data/index.js';
import { listPoliceForces } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

async function knownForceCodes(ctx: ServiceContext): Promise<Set<string>> {
  const loaded = await listPoliceForces(ctx.store.db);
  return new Set([...POLICE_FORCES, ...loaded].map((f) => f.code));
}

/** Refuses codes police.uk does not know, naming the field they came in. */
export async function checkForces(ctx: ServiceContext, codes: readonly string[], field: string): Promise<void> {
  const known = await knownForceCodes(ctx);
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new BluelampProblem('invalid-input', `Not a police force police.uk knows: ${unknown.join(', ')}.`, field);
}
