import { BluelampProblem } from '../../domain/errors.js';
import type { RiskFields } from '../../domain/risks/index.js';
import { findMilestoneByRef, findPlanVersions, type Executor } from '../../store/index.js';
import { findFinding } from '../inspections/findingAccess.js';

/** Every milestone and finding a risk names must exist, so a link never points at nothing. */
export async function checkRiskLinks(db: Executor, fields: RiskFields): Promise<void> {
  for (const link of fields.milestones) {
    const versions = await findPlanVersions(db, link.plan);
    const latest = versions.at(-1);
    if (latest === undefined) throw new BluelampProblem('not-found', `There is no plan "${link.plan}".`, 'milestones');
    if ((await findMilestoneByRef(db, latest.id, link.ref)) === undefined) {
      throw new BluelampProblem('not-found', `Plan "${link.plan}" has no milestone "${link.ref}".`, 'milestones');
    }
  }
  for (const link of fields.findings) {
    try {
      await findFinding(db, link);
    } catch (error) {
      if (error instanceof BluelampProblem) throw new BluelampProblem(error.kind, error.message, 'findings');
      throw error;
    }
  }
}
