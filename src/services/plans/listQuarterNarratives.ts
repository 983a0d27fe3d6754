import { unpublishedUpdateReach } from '../../domain/accounts/index.js';
import { formatQuarterShort } from '../../domain/calendar/index.js';
import { narrativeParts, type PlanPart } from '../../domain/plans/index.js';
import { listNarrativesOfPlan } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadVisiblePlan, quarterFromInput } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';
import { narrativeView, type QuarterNarrativeView } from './quarterNarrativeViews.js';

export interface QuarterNarrativeListing {
  readonly plan: PlanSummary;
  readonly quarter: string;
  /** Every chapter and section, each with its narrative for the quarter if the caller may read one. */
  readonly parts: readonly { readonly part: PlanPart; readonly narrative: QuarterNarrativeView | null }[];
}

/**
 * A quarter's "other progress" on each part of a plan. Published narratives are everyone's; one
 * still being written or reviewed is for the performance team and reviewers, as updates are.
 */
export async function listQuarterNarratives(
  ctx: ServiceContext,
  input: { planId: number; quarter: string },
): Promise<QuarterNarrativeListing> {
  authorise(ctx, 'plans.read');
  const quarter = formatQuarterShort(quarterFromInput(input.quarter, 'quarter'));
  const content = await loadVisiblePlan(ctx, ctx.store.db, input.planId);
  const seesUnpublished = unpublishedUpdateReach(ctx.actor) === 'all';
  const rows = (await listNarrativesOfPlan(ctx.store.db, content.plan.key)).filter(
    (row) => row.quarter === quarter && (seesUnpublished || row.state === 'published'),
  );
  return {
    plan: planSummary(content.plan),
    quarter,
    parts: narrativeParts(content.nodes).map((part) => {
      const row = rows.find((candidate) => candidate.node_ref === part.ref);
      return { part, narrative: row === undefined ? null : narrativeView(row, part) };
    }),
  };
}
