import { BluelampProblem } from '../../domain/errors.js';
import { buildMilestoneRecords, type MilestoneRecord } from '../../domain/plans/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { findPlanVersions, loadPlanContent, type PlanContent } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { planSummary, type PlanSummary } from './planViews.js';
import { planPublicationRefusal } from './publishPlan.js';
import { changedMilestone, dueOrder, planVersionChanges, type PlanVersionChanges } from './planVersionChanges.js';

export interface PlanPublicationSummary {
  readonly plan: PlanSummary;
  /** The published version this one would supersede; null for a plan's first version. */
  readonly supersedes: PlanSummary | null;
  /** Null when the version can be published now; otherwise the sentence saying why not. */
  readonly refusal: string | null;
  /** How many nodes of each kind (themes, commitments, ...) become public, in the plan's order of kinds. */
  readonly nodes: readonly {
    readonly kind: string;
    readonly label: string;
    readonly plural: string;
    readonly count: number;
  }[];
  readonly milestones: number;
  /** Milestones by the quarter they fall due, earliest first; a null quarter holds the ongoing ones. */
  readonly byQuarter: readonly { readonly quarter: string | null; readonly count: number }[];
  /** The units that lead milestones, most milestones first. */
  readonly leads: readonly { readonly code: string; readonly name: string; readonly milestones: number }[];
  /** Null when nothing is superseded, so there is nothing to compare with. */
  readonly changes: PlanVersionChanges | null;
}

function quarterCounts(records: readonly MilestoneRecord[]): PlanPublicationSummary['byQuarter'] {
  const counts = new Map<string | null, { order: number; count: number }>();
  for (const record of records) {
    const quarter = changedMilestone(record).dueQuarter;
    const known = counts.get(quarter);
    counts.set(quarter, { order: dueOrder(record), count: (known?.count ?? 0) + 1 });
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([quarter, { count }]) => ({ quarter, count }));
}

function leadCounts(records: readonly MilestoneRecord[], model: OrganisationModel): PlanPublicationSummary['leads'] {
  const counts = new Map<string, number>();
  for (const code of records.flatMap((record) => record.leads)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, milestones]) => ({ code, name: model.unit(code)?.name ?? code, milestones }))
    .sort((a, b) => b.milestones - a.milestones || a.name.localeCompare(b.name));
}

/** The plan as printed: updates are left out, since the draft has none and the comparison is of plans. */
const printed = (content: PlanContent) => buildMilestoneRecords(content, [], false);

/**
 * What publishing a draft plan version would put in front of the public and every owner, for the
 * performance team to read before they publish: what it holds, what it changes against the
 * version it supersedes, and anything that would stop it being published.
 */
export async function getPlanPublicationSummary(
  ctx: ServiceContext,
  input: { planId: number },
): Promise<PlanPublicationSummary> {
  authorise(ctx, 'plans.edit');
  const db = ctx.store.db;
  const content = await loadPlanContent(db, input.planId);
  if (content === undefined)
    throw new BluelampProblem('not-found', `There is no plan with id ${input.planId}.`, 'planId');
  const plan = content.plan;
  const published = (await findPlanVersions(db, plan.key)).filter((other) => other.state === 'published').at(-1);
  const superseded = published === undefined || published.id === plan.id ? undefined : published;
  const previous = superseded === undefined ? undefined : await loadPlanContent(db, superseded.id);
  const records = printed(content);
  return {
    plan: planSummary(plan),
    supersedes: superseded === undefined || plan.state !== 'draft' ? null : planSummary(superseded),
    refusal: planPublicationRefusal(plan),
    nodes: plan.nodeKinds.map((kind) => ({
      kind: kind.key,
      label: kind.label,
      plural: kind.plural,
      count: content.nodes.filter((node) => node.kind === kind.key).length,
    })),
    milestones: records.length,
    byQuarter: quarterCounts(records),
    leads: leadCounts(records, await loadOrganisationModel(ctx)),
    changes: previous === undefined || plan.state !== 'draft' ? null : planVersionChanges(printed(previous), records),
  };
}
