import { BluelampProblem } from '../../domain/errors.js';
import { findPlanVersions } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { seesUnpublishedWork } from './planAccess.js';

/**
 * A plan version named by id ("2") or by key ("met-business-plan-2018-19"): a key means its
 * published version, or for signed-in callers the newest draft when nothing is published yet.
 */
export async function findPlanId(ctx: ServiceContext, reference: string): Promise<number> {
  authorise(ctx, 'plans.read');
  if (/^\d+$/.test(reference)) return Number(reference);
  const versions = await findPlanVersions(ctx.store.db, reference);
  const published = versions.find((plan) => plan.state === 'published');
  const draft = seesUnpublishedWork(ctx) ? versions.filter((plan) => plan.state === 'draft').at(-1) : undefined;
  const chosen = published ?? draft;
  if (chosen === undefined) throw new BluelampProblem('not-found', `There is no plan "${reference}".`, 'plan');
  return chosen.id;
}
