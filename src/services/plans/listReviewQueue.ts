import { buildMilestoneRecords } from '../../domain/plans/index.js';
import { listPlanRecords, listUpdatesOfPlan, loadPlanContent } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { milestoneSummary, planSummary, type MilestoneSummary, type PlanSummary } from './planViews.js';
import { updateView, type UpdateView } from './updateViews.js';

export interface ReviewItem {
  readonly plan: PlanSummary;
  readonly milestone: MilestoneSummary;
  readonly update: UpdateView;
}

export interface ReviewQueue {
  /** Submitted updates waiting for a decision, oldest first. */
  readonly waiting: readonly ReviewItem[];
  /** Approved updates that go out when their quarter is published. */
  readonly approved: readonly ReviewItem[];
}

/** The performance team's queue: every update of an open quarter that needs a decision or is ready to publish. */
export async function listReviewQueue(ctx: ServiceContext): Promise<ReviewQueue> {
  authorise(ctx, 'milestone-updates.review');
  const db = ctx.store.db;
  const model = await loadOrganisationModel(ctx);
  const items: ReviewItem[] = [];
  for (const plan of (await listPlanRecords(db)).filter((p) => p.state === 'published')) {
    const content = await loadPlanContent(db, plan.id);
    if (content === undefined) continue;
    const updates = await listUpdatesOfPlan(db, plan.key);
    for (const record of buildMilestoneRecords(content, updates, true)) {
      for (const row of record.updates) {
        if (row.state !== 'submitted' && row.state !== 'approved') continue;
        items.push({
          plan: planSummary(plan),
          milestone: milestoneSummary(record, model),
          update: updateView(row, plan, [], true),
        });
      }
    }
  }
  const byAge = (a: ReviewItem, b: ReviewItem): number => a.update.updatedAt.localeCompare(b.update.updatedAt);
  return {
    waiting: items.filter((item) => item.update.state === 'submitted').sort(byAge),
    approved: items.filter((item) => item.update.state === 'approved').sort(byAge),
  };
}
