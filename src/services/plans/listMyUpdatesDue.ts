import { parseQuarter } from '../../domain/calendar/index.js';
import {
  reportingReason,
  type ReportingReason,
  type UpdateState,
  buildMilestoneRecords,
} from '../../domain/plans/index.js';
import { listPlanRecords, listUpdatesOfPlan, loadPlanContent } from '../../store/index.js';
import { scopeCoversIn } from '../../domain/accounts/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { milestoneSummary, planSummary, type MilestoneSummary, type PlanSummary } from './planViews.js';

export interface UpdateDue {
  readonly milestone: MilestoneSummary;
  /** Due in the quarter, or carried forward from an earlier one. */
  readonly reason: ReportingReason;
  /** The quarter's update so far, if one has been started. */
  readonly update: { readonly id: number; readonly state: UpdateState; readonly version: number } | null;
}

export interface UpdatesDue {
  readonly plans: {
    readonly plan: PlanSummary;
    readonly quarter: string;
    readonly items: UpdateDue[];
  }[];
}

/**
 * The updates the caller has to write this quarter: for an owner, the milestones their units
 * lead on each published plan's current list; for the performance team, the whole list.
 */
export async function listMyUpdatesDue(ctx: ServiceContext): Promise<UpdatesDue> {
  authorise(ctx, 'milestone-updates.write');
  const db = ctx.store.db;
  const model = await loadOrganisationModel(ctx);
  const today = ctx.today();
  const open = (await listPlanRecords(db)).filter(
    (plan) => plan.state === 'published' && plan.reportingQuarter !== null,
  );
  const plans = [];
  for (const plan of open) {
    const quarter = parseQuarter(plan.reportingQuarter ?? '');
    const content = await loadPlanContent(db, plan.id);
    if (quarter === null || content === undefined) continue;
    const updates = await listUpdatesOfPlan(db, plan.key);
    const items: UpdateDue[] = [];
    for (const record of buildMilestoneRecords(content, updates, true)) {
      const reason = reportingReason(record.timeline, quarter);
      if (reason === null || !record.leads.some((lead) => scopeCoversIn(model, ctx.actor, lead, today))) continue;
      const current = record.updates.find((update) => update.quarter === plan.reportingQuarter);
      items.push({
        milestone: milestoneSummary(record, model),
        reason,
        update:
          current === undefined
            ? null
            : { id: current.id, state: current.state as UpdateState, version: current.version },
      });
    }
    plans.push({ plan: planSummary(plan), quarter: plan.reportingQuarter ?? '', items });
  }
  return { plans };
}
