import type { IsoDate } from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { isOverdueOn, buildMilestoneRecords, type MilestoneRecord } from '../../domain/plans/index.js';
import {
  findPlanVersions,
  listUpdatesOfPlan,
  loadPlanContent,
  type Executor,
  type StoredFindingLink,
} from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { seesUnpublishedWork } from '../plans/planAccess.js';
import { milestoneSummary, type MilestoneSummary } from '../plans/planViews.js';

/** A milestone acting on a finding, as it stands in its plan's latest published version. */
export interface LinkedMilestone {
  readonly findingId: number;
  readonly relation: 'action' | 'addresses';
  readonly planKey: string;
  /** Null when the plan or the milestone is no longer in a published version. */
  readonly planId: number | null;
  readonly planTitle: string | null;
  readonly milestoneRef: string;
  readonly milestone: MilestoneSummary | null;
  /** Past its deadline on the day asked about and not delivered or withdrawn. */
  readonly overdue: boolean;
  readonly closed: boolean;
}

interface PlanRecords {
  readonly id: number;
  readonly title: string;
  readonly records: ReadonlyMap<string, MilestoneRecord>;
}

async function recordsOfPlan(
  ctx: ServiceContext,
  db: Executor,
  planKey: string,
  refs: ReadonlySet<string>,
): Promise<PlanRecords | null> {
  const published = (await findPlanVersions(db, planKey)).filter((v) => v.state === 'published').at(-1);
  const content = published === undefined ? undefined : await loadPlanContent(db, published.id);
  if (published === undefined || content === undefined) return null;
  const updates = (await listUpdatesOfPlan(db, planKey)).filter((u) => refs.has(u.milestone_ref));
  // Only the linked milestones are judged: a business plan holds ninety, a finding links to one or two.
  const linked = { ...content, milestones: content.milestones.filter((m) => refs.has(m.ref)) };
  const records = buildMilestoneRecords(linked, updates, seesUnpublishedWork(ctx));
  return { id: published.id, title: published.title, records: new Map(records.map((r) => [r.ref, r])) };
}

/** Each link with its milestone's status, due date and whether it is overdue on the day. */
export async function linkedMilestones(
  ctx: ServiceContext,
  db: Executor,
  model: OrganisationModel,
  links: readonly StoredFindingLink[],
  on: IsoDate,
): Promise<LinkedMilestone[]> {
  const plans = new Map<string, PlanRecords | null>();
  for (const key of new Set(links.map((link) => link.planKey))) {
    const refs = new Set(links.filter((link) => link.planKey === key).map((link) => link.milestoneRef));
    plans.set(key, await recordsOfPlan(ctx, db, key, refs));
  }
  return links.map((link) => {
    const plan = plans.get(link.planKey) ?? null;
    const record = plan?.records.get(link.milestoneRef);
    const category = record?.latest?.status.category;
    return {
      findingId: link.findingId,
      relation: link.relation,
      planKey: link.planKey,
      planId: plan?.id ?? null,
      planTitle: plan?.title ?? null,
      milestoneRef: link.milestoneRef,
      milestone: record === undefined ? null : milestoneSummary(record, model),
      overdue: record !== undefined && isOverdueOn(record.timeline, on),
      closed: category === 'delivered' || category === 'withdrawn',
    };
  });
}
