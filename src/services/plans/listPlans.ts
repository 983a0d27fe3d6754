import { listPlanRecords } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { seesUnpublishedWork } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';

export interface PlanListing {
  readonly plans: readonly (PlanSummary & { readonly nodes: number; readonly milestones: number })[];
}

/** Every plan version the caller may see: the public sees published and superseded ones. */
export async function listPlans(ctx: ServiceContext): Promise<PlanListing> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const records = (await listPlanRecords(db)).filter((plan) => plan.state !== 'draft' || seesUnpublishedWork(ctx));
  const nodeCounts = await db
    .selectFrom('plan_nodes')
    .select(['plan_id', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('plan_id')
    .execute();
  const milestoneCounts = await db
    .selectFrom('milestones')
    .select(['plan_id', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('plan_id')
    .execute();
  const countOf = (rows: { plan_id: number; count: number }[], id: number): number =>
    rows.find((row) => row.plan_id === id)?.count ?? 0;
  return {
    plans: records.map((plan) => ({
      ...planSummary(plan),
      nodes: countOf(nodeCounts, plan.id),
      milestones: countOf(milestoneCounts, plan.id),
    })),
  };
}
