import { parseQuarter, type FinancialQuarter } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { loadPlanContent, type Executor, type PlanContent } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

/**
 * Anyone signed in (and the operator) sees drafts and work in progress; the public sees only
 * what has been published.
 */
export function seesUnpublishedWork(ctx: ServiceContext): boolean {
  return ctx.actor.kind !== 'public';
}

/** A plan version the caller may see, or not-found (a draft is not admitted to exist for the public). */
export async function loadVisiblePlan(ctx: ServiceContext, db: Executor, planId: number): Promise<PlanContent> {
  const content = await loadPlanContent(db, planId);
  if (content === undefined || (content.plan.state === 'draft' && !seesUnpublishedWork(ctx))) {
    throw new BluelampProblem('not-found', `There is no plan with id ${planId}.`, 'planId');
  }
  return content;
}

/** Reads "2018-19 Q1", "2018-19-Q1" or "Quarter 1, 2018-19", naming the field when it cannot. */
export function quarterFromInput(text: string, field: string): FinancialQuarter {
  const quarter = parseQuarter(text.replace(/^(\d{4}-\d{2})-(Q[1-4])$/i, '$1 $2'));
  if (quarter === null) {
    throw new BluelampProblem('invalid-input', `${field} must be a quarter such as 2018-19 Q1, not "${text}".`, field);
  }
  return quarter;
}
