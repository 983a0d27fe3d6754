import { listPlanRecords } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { seesUnpublishedWork } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';

export interface PlanListing {
  readonly plans: readonly (PlanSummary & { readonly nodes: number; readonly milestones: number })[];
}

/**
 * The plans the caller may see: each plan's published version and any draft after it, or with
 * `allVersions` the superseded versions too. An inspection's action plan gains a version with
 * every action, so the history is asked for, not shown by default.
 */
export async function listPlans(ctx: ServiceContext, options: { allVersions?: boolean } = {}): Promise<PlanListing> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const records = (await listPlanRecords(db)).filter(
    (plan) =>
      (plan.state !== 'draft' || seesUnpublishedWork(ctx)) &&
      (plan.state !== 'superseded' || options.allVersions === true),
  );
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
