import { formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  buildMilestoneRecords,
  findStatus,
  milestonesOfQuarter,
  tallyReasons,
  type ReportingReason,
  NO_UPDATE_KEY,
  statusScaleOf,
  type QuarterMilestone,
} from '../../domain/plans/index.js';
import { findPlanRecord, listUpdatesOfPlan, loadPlanContent, type PlanUpdateRow } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { quarterFromInput } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';

export interface SummaryMilestone {
  readonly ref: string;
  readonly title: string;
  readonly reason: ReportingReason;
  readonly leads: readonly string[];
  /** The state of its update for the quarter, or null when nobody has written one. */
  readonly updateState: string | null;
  readonly status: { readonly code: string; readonly label: string; readonly symbol: string } | null;
  /** Who last wrote the update: the people the performance team chases for a draft. */
  readonly lastWrittenBy: string | null;
}

export interface PublicCount {
  readonly code: string;
  readonly label: string;
  readonly symbol: string;
  readonly count: number;
}

export interface QuarterPublicationSummary {
  readonly plan: PlanSummary;
  readonly quarter: string;
  /** Null when the quarter can be published now; otherwise the sentence saying why not. */
  readonly refusal: string | null;
  readonly due: number;
  readonly carriedForward: number;
  /** Closed in the quarter though due in a later one: on the report, not due in it. */
  readonly deliveredEarly: number;
  readonly total: number;
  /** Milestones with an update for the quarter in any state. */
  readonly updated: number;
  readonly approved: readonly SummaryMilestone[];
  readonly waiting: readonly SummaryMilestone[];
  readonly drafts: readonly SummaryMilestone[];
  readonly missing: readonly SummaryMilestone[];
  /** What the public will read once the quarter is published: every status, "no update" included. */
  readonly publicCounts: readonly PublicCount[];
}

type Scale = ReturnType<typeof statusScaleOf>;

function summaryMilestone(entry: QuarterMilestone<PlanUpdateRow>, scale: Scale, model: OrganisationModel) {
  const { record, reason, update } = entry;
  const status = update === undefined ? undefined : findStatus(scale, update.status_code);
  return {
    ref: record.ref,
    title: record.title,
    reason,
    leads: record.leads.map((code) => model.unit(code)?.name ?? code),
    updateState: update?.state ?? null,
    status: status === undefined ? null : { code: status.code, label: status.label, symbol: status.symbol },
    lastWrittenBy: update?.updated_by ?? null,
  };
}

/** Which statuses the public will count: an approved or published update's, and "no update" for the rest. */
function publicCounts(milestones: readonly SummaryMilestone[], scale: Scale): PublicCount[] {
  const goesOut = (m: SummaryMilestone) => m.updateState === 'approved' || m.updateState === 'published';
  const countOf = (code: string) =>
    milestones.filter((m) => (goesOut(m) ? m.status?.code : NO_UPDATE_KEY) === code).length;
  return [
    ...scale.map((s) => ({ code: s.code, label: s.label, symbol: s.symbol, count: countOf(s.code) })),
    { code: NO_UPDATE_KEY, label: 'No update', symbol: '', count: countOf(NO_UPDATE_KEY) },
  ];
}

function refusalOf(plan: PlanSummary, quarter: string, waiting: number): string | null {
  if (plan.state !== 'published' || plan.reportingQuarter !== quarter) {
    return `${plan.title} is not collecting updates for ${quarter}; it is ${plan.state}, open for ${plan.reportingQuarter ?? 'no quarter'}.`;
  }
  if (waiting > 0) {
    return `${waiting} ${waiting === 1 ? 'update is' : 'updates are'} still waiting for review; approve or return them first.`;
  }
  return null;
}

/**
 * What publishing a quarter would put on the public record, for the performance team to read
 * before they publish: the milestones due and carried forward, which have approved updates, which
 * have drafts nobody submitted, and which have nothing, with the counts the public will see.
 */
export async function getQuarterPublicationSummary(
  ctx: ServiceContext,
  input: { planId: number; quarter: string },
): Promise<QuarterPublicationSummary> {
  authorise(ctx, 'milestone-updates.publish');
  const quarter = quarterFromInput(input.quarter, 'quarter');
  const code = formatQuarterShort(quarter);
  const db = ctx.store.db;
  const plan = await findPlanRecord(db, input.planId);
  const content = plan === undefined ? undefined : await loadPlanContent(db, plan.id);
  if (plan === undefined || content === undefined) {
    throw new BluelampProblem('not-found', `There is no plan with id ${input.planId}.`, 'planId');
  }
  const scale = statusScaleOf(content.plan);
  const model = await loadOrganisationModel(ctx);
  const records = buildMilestoneRecords(content, await listUpdatesOfPlan(db, plan.key), true);
  const milestones = milestonesOfQuarter(records, quarter).map((entry) => summaryMilestone(entry, scale, model));
  const inState = (...states: (string | null)[]) => milestones.filter((m) => states.includes(m.updateState));
  const waiting = inState('submitted');
  const tally = tallyReasons(milestones.map((m) => m.reason));
  const summary = planSummary(plan);
  return {
    plan: summary,
    quarter: code,
    refusal: refusalOf(summary, code, waiting.length),
    due: tally.due,
    carriedForward: tally.carriedForward,
    deliveredEarly: tally.deliveredEarly,
    total: tally.total,
    updated: milestones.length - inState(null).length,
    approved: inState('approved', 'published'),
    waiting,
    drafts: inState('draft', 'returned'),
    missing: inState(null),
    publicCounts: publicCounts(milestones, scale),
  };
}
