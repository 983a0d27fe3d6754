import type { Actor } from '../../domain/accounts/index.js';
import { scopeCoversIn } from '../../domain/accounts/index.js';
import {
  DEFAULT_REPORTING_RULE,
  formatQuarterLong,
  parseQuarter,
  reportingDeadlines,
  type IsoDate,
  type ReportingRule,
} from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { buildMilestoneRecords, milestonesOfQuarter, type MilestoneRecord } from '../../domain/plans/index.js';
import {
  listPlanRecords,
  listReportingRules,
  listUpdatesOfPlan,
  loadPlanContent,
  type Executor,
  type PlanRecord,
  type PlanUpdateRow,
} from '../../store/index.js';
import { urgencyOf, type WorkItem, type WorkKind } from './workItem.js';

/** What the person does in the quarterly cycle, which decides the plan work they are shown. */
export interface PlanDuties {
  /** Owners write the updates of the milestones their units lead. */
  readonly writes: boolean;
  /** The performance team decides on submitted updates; the oversight body's reviewers read and challenge them. */
  readonly reviews: boolean;
  readonly publishes: boolean;
}

interface PlanScope {
  readonly plan: PlanRecord;
  readonly rule: ReportingRule;
  readonly records: readonly MilestoneRecord<PlanUpdateRow>[];
}

function milestonePath(plan: PlanRecord, ref: string): string {
  return `/plans/${plan.id}/milestones/${encodeURIComponent(ref)}`;
}

function updateItem(
  kind: WorkKind,
  scope: PlanScope,
  found: { readonly record: MilestoneRecord; readonly quarter: string; readonly deadline: IsoDate },
  on: IsoDate,
  comment: string | null = null,
): WorkItem {
  const { plan } = scope;
  const quarter = parseQuarter(found.quarter);
  const quarterWords = quarter === null ? found.quarter : formatQuarterLong(quarter);
  return {
    kind,
    key: `update:${plan.key}:${found.record.ref}:${found.quarter}`,
    title: `${found.record.ref} ${found.record.title} — update for ${quarterWords}`,
    deadline: found.deadline,
    urgency: urgencyOf(found.deadline, on),
    path: milestonePath(plan, found.record.ref),
    comment,
  };
}

/** The owner's updates of the open quarter not yet submitted (none written counts), and those returned to them. */
function updatesToWrite(scope: PlanScope, actor: Actor, model: OrganisationModel, on: IsoDate): WorkItem[] {
  const quarter = parseQuarter(scope.plan.reportingQuarter ?? '');
  if (quarter === null) return [];
  const code = scope.plan.reportingQuarter ?? '';
  const deadline = reportingDeadlines(quarter, scope.rule).updatesDue;
  const items: WorkItem[] = [];
  for (const { record, update } of milestonesOfQuarter(scope.records, quarter)) {
    if (!record.leads.some((lead) => scopeCoversIn(model, actor, lead, on))) continue;
    const found = { record, quarter: code, deadline };
    if (update === undefined || update.state === 'draft') items.push(updateItem('update-to-write', scope, found, on));
    if (update?.state === 'returned') {
      items.push(updateItem('update-returned', scope, found, on, update.review_comment));
    }
  }
  return items;
}

/** Submitted updates of any quarter, due for review by that quarter's review day. */
function updatesToReview(scope: PlanScope, on: IsoDate): WorkItem[] {
  return scope.records.flatMap((record) =>
    record.updates
      .filter((update) => update.state === 'submitted')
      .flatMap((update) => {
        const quarter = parseQuarter(update.quarter);
        if (quarter === null) return [];
        const deadline = reportingDeadlines(quarter, scope.rule).reviewDue;
        return [updateItem('update-to-review', scope, { record, quarter: update.quarter, deadline }, on)];
      }),
  );
}

/** The open quarter, once every milestone it reports on has an approved update. */
function quarterToPublish(scope: PlanScope, on: IsoDate): WorkItem[] {
  const quarter = parseQuarter(scope.plan.reportingQuarter ?? '');
  if (quarter === null) return [];
  const milestones = milestonesOfQuarter(scope.records, quarter);
  if (milestones.length === 0 || milestones.some(({ update }) => update?.state !== 'approved')) return [];
  const code = scope.plan.reportingQuarter ?? '';
  const deadline = reportingDeadlines(quarter, scope.rule).publishBy;
  return [
    {
      kind: 'quarter-to-publish',
      key: `quarter:${scope.plan.key}:${code}`,
      title: `${scope.plan.title} — ${formatQuarterLong(quarter)}: all ${milestones.length} updates approved`,
      deadline,
      urgency: urgencyOf(deadline, on),
      path: `/plans/${scope.plan.id}/quarters/${encodeURIComponent(code)}/publish`,
      comment: null,
    },
  ];
}

/** Everything in the published plans' quarterly cycles that needs the person. */
export async function planWork(
  db: Executor,
  input: {
    readonly actor: Actor;
    readonly model: OrganisationModel;
    readonly duties: PlanDuties;
    readonly on: IsoDate;
  },
): Promise<WorkItem[]> {
  const { actor, model, duties, on } = input;
  if (!duties.writes && !duties.reviews && !duties.publishes) return [];
  const rules = await listReportingRules(db);
  const items: WorkItem[] = [];
  for (const plan of (await listPlanRecords(db)).filter((p) => p.state === 'published')) {
    const content = await loadPlanContent(db, plan.id);
    if (content === undefined) continue;
    const records = buildMilestoneRecords(content, await listUpdatesOfPlan(db, plan.key), true);
    const scope = { plan, rule: rules.get(plan.key) ?? DEFAULT_REPORTING_RULE, records };
    if (duties.writes) items.push(...updatesToWrite(scope, actor, model, on));
    if (duties.reviews) items.push(...updatesToReview(scope, on));
    if (duties.publishes) items.push(...quarterToPublish(scope, on));
  }
  return items;
}
