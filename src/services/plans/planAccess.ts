import { requireQuarter, type FinancialQuarter } from '../../domain/calendar/index.js';
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

/** A quarter as every command and route reads one (parsePeriod), naming the field when it cannot. */
export function quarterFromInput(text: string, field: string): FinancialQuarter {
  return requireQuarter(text, field);
}
