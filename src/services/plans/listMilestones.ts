import { compareDates, dueDeadline, parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import {
  isDueByAndOpen,
  isOverdueOn,
  reportingReason,
  tallyReasons,
  type QuarterTally,
  STATUS_CATEGORIES,
  type ProgrammeDefinition,
  type StatusDefinition,
  buildMilestoneRecords,
  statusScaleOf,
  type MilestoneRecord,
} from '../../domain/plans/index.js';
import { listUpdatesOfPlan } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadVisiblePlan, quarterFromInput } from './planAccess.js';
import { milestoneSummary, planSummary, type MilestoneSummary, type PlanSummary } from './planViews.js';

export const MILESTONE_SORTS = ['plan', 'ref', 'title', 'due', 'status', 'slip'] as const;
export type MilestoneSort = (typeof MILESTONE_SORTS)[number];

/** The tracker's questions; every filter given must hold. */
export interface MilestoneFilters {
  readonly planId: number;
  /**
   * Due in this quarter ("2018-19 Q1") as its progress report counts it: not one closed in an
   * earlier quarter (delivered early), so the tracker and the report give the same number.
   */
  readonly due?: string | undefined;
  /** Due by the end of this quarter and not delivered or withdrawn by then. */
  readonly dueBy?: string | undefined;
  /** On this quarter's progress report: due in it, or carried forward from before. */
  readonly reporting?: string | undefined;
  /** Past its deadline on this date and not closed by then. */
  readonly overdueOn?: string | undefined;
  readonly slipped?: boolean | undefined;
  /** A status code, or "none" for milestones nothing has been published on. */
  readonly status?: string | undefined;
  /** Led by this unit or by a unit within it. */
  readonly lead?: string | undefined;
  /** Led by this BCU or one of its boroughs. */
  readonly bcu?: string | undefined;
  readonly programme?: string | undefined;
  /** Only milestones with something for the author to look at. */
  readonly flagged?: boolean | undefined;
  readonly overdueAtPublication?: boolean | undefined;
  /** Words to find in the ref, title or text. */
  readonly text?: string | undefined;
  readonly sort?: MilestoneSort | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
}

export interface MilestoneListing {
  readonly plan: PlanSummary;
  readonly statuses: readonly StatusDefinition[];
  readonly programmes: readonly ProgrammeDefinition[];
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** With a reporting quarter: its milestones counted by why the report lists them, as the report counts them. */
  readonly reporting: QuarterTally | null;
  readonly milestones: readonly (MilestoneSummary & {
    readonly carriedForward: boolean;
    readonly deliveredEarly: boolean;
  })[];
}

type Test = (record: MilestoneRecord) => boolean;

function ledWithin(model: OrganisationModel, unitCode: string, on: string): Test {
  const within = (code: string): boolean => {
    const seen = new Set<string>();
    for (let current: string | undefined = code; current !== undefined && !seen.has(current);) {
      if (current === unitCode) return true;
      seen.add(current);
      current = model.parentOn(current, on)?.code;
    }
    return false;
  };
  return (record) => record.leads.some(within);
}

function unitFilter(model: OrganisationModel, code: string, field: 'lead' | 'bcu', on: string): Test {
  const unit = model.unit(code);
  if (unit === undefined || (field === 'bcu' && unit.kind !== 'bcu')) {
    const what = field === 'bcu' ? 'a BCU' : 'an organisational unit';
    throw new BluelampProblem('invalid-input', `${field} "${code}" is not the code of ${what}.`, field);
  }
  return ledWithin(model, code, on);
}

function dateFilter(text: string): Test {
  if (parseIsoDate(text) === null) {
    throw new BluelampProblem('invalid-input', 'overdueOn must be a real date written YYYY-MM-DD.', 'overdueOn');
  }
  return (record) => isOverdueOn(record.timeline, text);
}

function tests(filters: MilestoneFilters, model: OrganisationModel, today: string): Test[] {
  const f = filters;
  const text = f.text?.trim().toLowerCase();
  const candidates: (Test | null)[] = [
    f.due === undefined
      ? null
      : (
          (q) => (r: MilestoneRecord) =>
            reportingReason(r.timeline, q) === 'due'
        )(quarterFromInput(f.due, 'due')),
    f.dueBy === undefined
      ? null
      : (
          (q) => (r: MilestoneRecord) =>
            isDueByAndOpen(r.timeline, q)
        )(quarterFromInput(f.dueBy, 'dueBy')),
    f.reporting === undefined
      ? null
      : (
          (q) => (r: MilestoneRecord) =>
            reportingReason(r.timeline, q) !== null
        )(quarterFromInput(f.reporting, 'reporting')),
    f.overdueOn === undefined ? null : dateFilter(f.overdueOn),
    f.slipped === undefined ? null : (r) => (r.slip !== null) === f.slipped,
    f.status === undefined ? null : (r) => (r.latest?.status.code ?? 'none') === f.status,
    f.lead === undefined ? null : unitFilter(model, f.lead, 'lead', today),
    f.bcu === undefined ? null : unitFilter(model, f.bcu, 'bcu', today),
    f.programme === undefined ? null : (r) => r.programme === f.programme,
    f.flagged === undefined ? null : (r) => (r.monthsOutsideDue.length > 0 || r.overdueAtPublication) === f.flagged,
    f.overdueAtPublication === undefined ? null : (r) => r.overdueAtPublication === f.overdueAtPublication,
    text === undefined || text === '' ? null : (r) => `${r.ref} ${r.title} ${r.text}`.toLowerCase().includes(text),
  ];
  return candidates.filter((test) => test !== null);
}

function comparator(sort: MilestoneSort): (a: MilestoneRecord, b: MilestoneRecord) => number {
  // Ongoing ("From …") milestones have no deadline and sort last.
  const deadline = (r: MilestoneRecord): string => dueDeadline(r.currentDue) ?? '9999-12-31';
  const statusRank = (r: MilestoneRecord): number =>
    r.latest === null ? STATUS_CATEGORIES.length : STATUS_CATEGORIES.indexOf(r.latest.status.category);
  switch (sort) {
    case 'plan':
      return (a, b) => a.position - b.position;
    case 'ref':
      return (a, b) => a.ref.localeCompare(b.ref, 'en-GB', { numeric: true });
    case 'title':
      return (a, b) => a.title.localeCompare(b.title, 'en-GB');
    case 'due':
      return (a, b) => compareDates(deadline(a), deadline(b)) || a.position - b.position;
    case 'status':
      return (a, b) => statusRank(a) - statusRank(b) || a.position - b.position;
    case 'slip':
      return (a, b) => (b.slip?.days ?? 0) - (a.slip?.days ?? 0) || a.position - b.position;
  }
}

/** The milestone tracker: a plan's milestones filtered by the questions a performance team asks. */
export async function listMilestones(ctx: ServiceContext, filters: MilestoneFilters): Promise<MilestoneListing> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const content = await loadVisiblePlan(ctx, db, filters.planId);
  const model = await loadOrganisationModel(ctx);
  const records = buildMilestoneRecords(content, await listUpdatesOfPlan(db, content.plan.key), false);
  const checks = tests(filters, model, ctx.today());
  const chosen = records.filter((record) => checks.every((test) => test(record)));
  const ordered = [...chosen].sort(comparator(filters.sort ?? 'plan'));
  if (filters.order === 'desc') ordered.reverse();
  const reportingQuarter = filters.reporting === undefined ? null : quarterFromInput(filters.reporting, 'reporting');
  const reasonOf =
    reportingQuarter === null ? null : (record: MilestoneRecord) => reportingReason(record.timeline, reportingQuarter);
  const byStatus: Record<string, number> = {};
  for (const record of chosen) {
    const code = record.latest?.status.code ?? 'none';
    byStatus[code] = (byStatus[code] ?? 0) + 1;
  }
  return {
    plan: planSummary(content.plan),
    statuses: statusScaleOf(content.plan),
    programmes: content.plan.programmes,
    total: chosen.length,
    byStatus,
    // The reporting filter keeps only records with a reason, so nothing is dropped here.
    reporting: reasonOf === null ? null : tallyReasons(chosen.flatMap((record) => reasonOf(record) ?? [])),
    milestones: ordered.map((record) => ({
      ...milestoneSummary(record, model),
      carriedForward: reasonOf?.(record) === 'carried-forward',
      deliveredEarly: reasonOf?.(record) === 'delivered-early',
    })),
  };
}
