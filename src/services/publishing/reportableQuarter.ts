import { BluelampProblem } from '../../domain/errors.js';
import { quarterReportRefusal } from '../../domain/plans/index.js';
import { findPlanRecord, findPlanVersions } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { findPlanId } from '../plans/findPlanId.js';
import { quarterFromInput } from '../plans/planAccess.js';

/**
 * Refuses a quarterly report that would freeze something untrue for ever: of a draft or a
 * superseded plan version, of a quarter outside the plan's period, or of a quarter whose updates
 * have not been published. The preview asks the same, so it never shows what cannot be published.
 */
export async function checkReportableQuarter(
  ctx: ServiceContext,
  input: { readonly plan: string; readonly quarter: string },
): Promise<void> {
  const quarter = quarterFromInput(input.quarter, 'quarter');
  const plan = await findPlanRecord(ctx.store.db, await findPlanId(ctx, input.plan));
  if (plan === undefined) throw new BluelampProblem('not-found', `There is no plan "${input.plan}".`, 'plan');
  if (plan.state === 'draft') {
    throw new BluelampProblem(
      'conflict',
      `${plan.title} is still a draft: publish the plan before its reports.`,
      'plan',
    );
  }
  const current = (await findPlanVersions(ctx.store.db, plan.key)).find((p) => p.state === 'published');
  if (current === undefined || current.id !== plan.id) {
    throw new BluelampProblem(
      'conflict',
      `Version ${plan.version} of ${plan.key} is superseded${current === undefined ? '' : ` by version ${current.version}`}; a report is published from the plan's current published version.`,
      'plan',
    );
  }
  const refusal = quarterReportRefusal(current, quarter);
  if (refusal !== null) {
    throw new BluelampProblem(
      refusal.kind === 'outside-period' ? 'invalid-input' : 'conflict',
      refusal.sentence,
      'quarter',
    );
  }
}
