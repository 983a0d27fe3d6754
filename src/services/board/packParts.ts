import {
  formatQuarterShort,
  parseQuarter,
  quarterEnd,
  type FinancialQuarter,
  type IsoDate,
} from '../../domain/calendar/index.js';
import type { PackFinding, PackMeasure, PackPlan, PackStatus } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { measureKind } from '../../domain/measures/index.js';
import { FINDING_KIND_LABELS, FINDING_STATE_LABELS } from '../../domain/inspections/index.js';
import { isOverdueOn, type StatusDefinition } from '../../domain/plans/index.js';
import { listUpdatesOfPlan, type PlanUpdateRow } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { listFindings } from '../inspections/listFindings.js';
import { compareMeasure } from '../measures/compareMeasure.js';
import { comparisonSource } from '../publishing/reportFigures.js';
import { missingPeriod } from '../publishing/noFigures.js';
import { listMeasures } from '../measures/listMeasures.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { listPlans } from '../plans/listPlans.js';
import { buildMilestoneRecords, statusScaleOf } from '../../domain/plans/index.js';
import { loadVisiblePlan } from '../plans/planAccess.js';
import { milestoneSummary } from '../plans/planViews.js';
import { packQuarterCounts, withoutQuarterUpdate } from './packQuarterCounts.js';

/** The plans a board tracks: business plans and inspection action plans. */
const TRACKED_KINDS: readonly string[] = ['business-plan', 'action-plan'];

const AREA = 'London';

/**
 * What the board knew at the meeting: published updates for quarters that had ended before it.
 * (A later update does not rewrite an earlier pack.)
 */
function knownAt(updates: readonly PlanUpdateRow[], date: IsoDate): PlanUpdateRow[] {
  return updates.filter((update) => {
    const quarter = parseQuarter(update.quarter);
    return update.state === 'published' && quarter !== null && quarterEnd(quarter) < date;
  });
}

/** The tracked plans current at the meeting, each with its milestones as the board knew them then. */
export async function trackedPlanRecords(ctx: ServiceContext, date: IsoDate) {
  const db = ctx.store.db;
  const listed = (await listPlans(ctx)).plans.filter(
    (plan) =>
      plan.state === 'published' &&
      TRACKED_KINDS.includes(plan.kind) &&
      (plan.publishedOn === null || plan.publishedOn <= date),
  );
  const found = [];
  for (const summary of listed) {
    const content = await loadVisiblePlan(ctx, db, summary.id);
    const updates = knownAt(await listUpdatesOfPlan(db, content.plan.key), date);
    found.push({ summary, content, records: buildMilestoneRecords(content, updates, false) });
  }
  return found;
}

/**
 * The published business plans and action plans current at the meeting (published on or before
 * its date), each milestone with its latest status as at the meeting, delayed or overdue, and
 * whether it went without an update for the reviewed quarter; each plan with that quarter's counts.
 */
export async function trackedPlans(
  ctx: ServiceContext,
  date: IsoDate,
  quarter: FinancialQuarter,
): Promise<{ plans: PackPlan[]; scale: StatusDefinition[] }> {
  const model = await loadOrganisationModel(ctx);
  const plans: PackPlan[] = [];
  const scale = new Map<string, StatusDefinition>();
  for (const { summary, content, records } of await trackedPlanRecords(ctx, date)) {
    for (const status of statusScaleOf(content.plan)) if (!scale.has(status.code)) scale.set(status.code, status);
    const unreported = withoutQuarterUpdate(records, quarter);
    const milestones = records.map((record) => {
      const view = milestoneSummary(record, model);
      const status: (PackStatus & { quarter: string }) | null = view.status;
      return {
        planKey: summary.key,
        ref: view.ref,
        title: view.title,
        section: view.section?.title ?? null,
        due: view.currentDue,
        deadline: view.deadline,
        leads: view.leads.map((lead) => lead.name),
        status: status === null ? null : { ...status },
        delayed: record.latest?.status.category === 'delayed',
        overdue: isOverdueOn(record.timeline, date),
        noUpdateForQuarter: unreported.has(record),
      };
    });
    const quarterCounts = packQuarterCounts(records, quarter, statusScaleOf(content.plan));
    plans.push({ key: summary.key, title: summary.title, version: summary.version, milestones, quarterCounts });
  }
  return { plans, scale: [...scale.values()] };
}

export interface MeasureExceptions {
  readonly deteriorations: PackMeasure[];
  /** How many measures had figures for both periods and were tested. */
  readonly compared: number;
  readonly withoutFigures: { name: string; period: string }[];
}

/**
 * Every measure with values for London in the quarter, compared with a year before: the
 * significant deteriorations, how many measures were tested, and which had no figures to test.
 */
export async function measureDeteriorations(
  ctx: ServiceContext,
  quarter: FinancialQuarter,
): Promise<MeasureExceptions> {
  const period = formatQuarterShort(quarter);
  const found: PackMeasure[] = [];
  const withoutFigures: { name: string; period: string }[] = [];
  let compared = 0;
  for (const measure of (await listMeasures(ctx)).measures) {
    // Finance and workforce figures describe resources; they are not judged better or worse.
    if (measureKind(measure) !== 'performance') continue;
    let comparison;
    try {
      comparison = await compareMeasure(ctx, { measure: measure.code, area: AREA, period });
    } catch (error) {
      // No figure is no verdict: the measure is named as having none, never counted as unchanged.
      if (error instanceof BluelampProblem && (error.kind === 'not-found' || error.kind === 'invalid-input')) {
        withoutFigures.push({ name: measure.name, period: missingPeriod(error, quarter) });
        continue;
      }
      throw error;
    }
    compared += 1;
    const { judgement } = comparison;
    if (judgement.tone !== 'negative' || judgement.verdictLabel === null) continue;
    const source = await comparisonSource(ctx, comparison, quarter);
    found.push({
      code: comparison.measure.code,
      name: comparison.measure.name,
      area: comparison.area.name,
      current: { label: comparison.current.label, value: comparison.current.value },
      previous: { label: comparison.previous.label, value: comparison.previous.value },
      // A survey percentage moves in points, which its sentence gives; a percentage of a percentage would mislead.
      changePercent: judgement.proportions === null ? comparison.changePercent : null,
      verdict: judgement.verdictLabel,
      sentence: judgement.sentence,
      source: source.text,
      synthetic: source.synthetic,
      attributions: source.attributions,
    });
  }
  return { deteriorations: found, compared, withoutFigures };
}

/** Inspection findings past their due day and not closed, on the meeting's date. */
export async function overdueFindings(ctx: ServiceContext, date: IsoDate): Promise<PackFinding[]> {
  const { findings } = await listFindings(ctx, { overdue: true, on: date });
  return findings.map((f) => ({
    inspection: f.inspectionKey,
    ref: f.ref,
    kind: FINDING_KIND_LABELS[f.kind],
    text: f.text,
    owner: f.owner,
    dueOn: f.dueOn ?? date,
    state: FINDING_STATE_LABELS[f.state],
  }));
}
