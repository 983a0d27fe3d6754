import { BluelampProblem } from '../../domain/errors.js';
import { findOrgUnit } from '../../store/index.js';
import { scopeProblem } from './userRules.js';

/** A scope for a role: fitting it (owners at least one unit, others none) and naming only units that exist. */
export async function checkedScope(
  db: Parameters<typeof findOrgUnit>[0],
  role: string,
  scope: readonly string[],
): Promise<string[]> {
  const codes = [...new Set(scope.map((code) => code.trim()))];
  const problem = scopeProblem(role, codes);
  if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'scope');
  for (const code of codes) {
    if ((await findOrgUnit(db, code)) === undefined) {
      throw new BluelampProblem('invalid-input', `No organisational unit has the code "${code}".`, 'scope');
    }
  }
  return codes;
}
