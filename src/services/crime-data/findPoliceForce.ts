import { BluelampProblem } from '../../domain/errors.js';
import { POLICE_FORCES } from '../../domain/crime-data/index.js';
import { listPoliceForces, type Executor } from '../../store/index.js';

/** A force by its police.uk code: one with data loaded, or one of the 43 with none yet. */
export async function findPoliceForce(db: Executor, code: string): Promise<{ code: string; name: string }> {
  const force = [...(await listPoliceForces(db)), ...POLICE_FORCES].find((f) => f.code === code);
  if (force === undefined)
    throw new BluelampProblem('not-found', `"${code}" is not a police force police.uk publishes data for.`, 'force');
  return force;
}
