import { formatDueSpec, formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  type StatusDefinition,
  buildMilestoneRecords,
  statusScaleOf,
  type MilestoneRecord,
} from '../../domain/plans/index.js';
import { listEvidence, listUpdatesOfPlan } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { resolveLinks, type LinkView } from './linkTargets.js';
import { loadVisiblePlan, seesUnpublishedWork } from './planAccess.js';
import { milestoneSummary, planSummary, type MilestoneSummary, type PlanSummary } from './planViews.js';
import { updateView, type UpdateView } from './updateViews.js';
import { unpublishedReader } from './updateVisibility.js';

export interface RelatedMilestone {
  readonly ref: string;
  readonly title: string;
  readonly status: string | null;
}

export interface MilestoneDetail {
  readonly plan: PlanSummary;
  readonly statuses: readonly StatusDefinition[];
  readonly milestone: MilestoneSummary & {
    readonly text: string;
    readonly path: readonly { readonly ref: string; readonly kind: string; readonly title: string }[];
    readonly programmeLabel: string | null;
    readonly dependsOn: readonly RelatedMilestone[];
    readonly neededBy: readonly RelatedMilestone[];
    readonly links: readonly LinkView[];
    readonly revisions: readonly { quarter: string; from: string; to: string; reason: string | null }[];
  };
  /** Every update the caller may see, newest quarter first. */
  readonly updates: readonly UpdateView[];
}

function related(record: MilestoneRecord): RelatedMilestone {
  return { ref: record.ref, title: record.title, status: record.latest?.status.label ?? null };
}

/** One milestone with its whole history: every quarter's update, every change of due date. */
export async function getMilestone(
  ctx: ServiceContext,
  input: { planId: number; ref: string },
): Promise<MilestoneDetail> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const content = await loadVisiblePlan(ctx, db, input.planId);
  const model = await loadOrganisationModel(ctx);
  const internal = seesUnpublishedWork(ctx);
  const row = content.milestones.find((candidate) => candidate.ref === input.ref);
  const readsDrafts = row !== undefined && unpublishedReader(ctx, model)(content.leads.get(row.id) ?? []);
  const records = buildMilestoneRecords(content, await listUpdatesOfPlan(db, content.plan.key), readsDrafts);
  const record = records.find((candidate) => candidate.ref === input.ref);
  if (record === undefined) {
    throw new BluelampProblem('not-found', `Plan ${content.plan.key} has no milestone ${input.ref}.`, 'ref');
  }
  const links = await resolveLinks(
    ctx,
    db,
    content.links.filter((link) => link.source_milestone_id === record.id),
  );
  const evidence = internal
    ? await listEvidence(
        db,
        record.updates.map((u) => u.id),
      )
    : [];
  return {
    plan: planSummary(content.plan),
    statuses: statusScaleOf(content.plan),
    milestone: {
      ...milestoneSummary(record, model),
      text: record.text,
      path: record.nodePath.map(({ ref, kind, title }) => ({ ref, kind, title })),
      programmeLabel: content.plan.programmes.find((p) => p.code === record.programme)?.label ?? null,
      dependsOn: records.filter((other) => record.dependsOn.includes(other.id)).map(related),
      neededBy: records.filter((other) => other.dependsOn.includes(record.id)).map(related),
      links: [...links.values()],
      revisions: record.revisions.map((revision) => ({
        quarter: formatQuarterShort(revision.quarter),
        from: formatDueSpec(revision.from),
        to: formatDueSpec(revision.to),
        reason: revision.reason,
      })),
    },
    updates: [...record.updates].reverse().map((row) => updateView(row, content.plan, evidence, internal)),
  };
}
