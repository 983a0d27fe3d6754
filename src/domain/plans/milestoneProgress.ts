import {
  addQuarters,
  compareDates,
  compareQuarters,
  dayNumber,
  dueDeadline,
  dueQuarter,
  isDueInQuarter,
  quarterIndex,
  quarterStart,
  type DueSpec,
  type FinancialQuarter,
  type IsoDate,
} from '../calendar/index.js';
import type { StatusCategory } from './planDocument.js';
import { closesMilestone } from './statusScale.js';

/** One quarter's report on a milestone, as far as the tracker's questions need it. */
export interface ReportedProgress {
  readonly quarter: FinancialQuarter;
  readonly statusCode: string;
  readonly category: StatusCategory;
  /** A new due spec the update asked for, with its reason. */
  readonly revisedDue: DueSpec | null;
  readonly revisionReason: string | null;
}

/** A milestone's plan-given due date and the reports made on it, oldest quarter first. */
export interface MilestoneTimeline {
  readonly originalDue: DueSpec;
  readonly reports: readonly ReportedProgress[];
}

export interface DueRevision {
  readonly quarter: FinancialQuarter;
  readonly from: DueSpec;
  readonly to: DueSpec;
  readonly reason: string | null;
}

/** How far a milestone's deadline has moved from the one the plan gave it. */
export interface Slip {
  readonly quarters: number;
  readonly days: number;
}

function sortedReports(timeline: MilestoneTimeline): readonly ReportedProgress[] {
  return [...timeline.reports].sort((a, b) => compareQuarters(a.quarter, b.quarter));
}

/** Every change of due date, in the order the reports made them. */
export function dueRevisions(timeline: MilestoneTimeline): DueRevision[] {
  const revisions: DueRevision[] = [];
  let current = timeline.originalDue;
  for (const report of sortedReports(timeline)) {
    if (report.revisedDue === null) continue;
    revisions.push({ quarter: report.quarter, from: current, to: report.revisedDue, reason: report.revisionReason });
    current = report.revisedDue;
  }
  return revisions;
}

export function currentDue(timeline: MilestoneTimeline): DueSpec {
  return dueRevisions(timeline).at(-1)?.to ?? timeline.originalDue;
}

export function latestReport(timeline: MilestoneTimeline): ReportedProgress | null {
  return sortedReports(timeline).at(-1) ?? null;
}

/** The quarter whose report closed the milestone (delivered or withdrawn), if any has. */
export function closedInQuarter(timeline: MilestoneTimeline): FinancialQuarter | null {
  const closing = sortedReports(timeline).find((report) => closesMilestone(report.category));
  return closing?.quarter ?? null;
}

/** The slip from the plan's deadline to the current one; null when the deadline has not moved later. */
export function slipOf(timeline: MilestoneTimeline): Slip | null {
  const original = dueDeadline(timeline.originalDue);
  const current = dueDeadline(currentDue(timeline));
  if (original === null || current === null || compareDates(current, original) <= 0) return null;
  const from = dueQuarter(timeline.originalDue);
  const to = dueQuarter(currentDue(timeline));
  const quarters = from === null || to === null ? 0 : quarterIndex(to) - quarterIndex(from);
  return { quarters, days: dayNumber(current) - dayNumber(original) };
}

/**
 * Whether a quarter's progress report lists the milestone, and why. "delivered-early" is a
 * milestone closed in a quarter before the one it is due: it is reported where it happened but
 * was not due there, so counting it as due would overstate what the quarter had to deliver. A
 * milestone withdrawn early is listed the same way, since it was not due either.
 */
export const REPORTING_REASONS = ['due', 'carried-forward', 'delivered-early'] as const;
export type ReportingReason = (typeof REPORTING_REASONS)[number];

/**
 * A quarter's list holds the milestones due in it and, carried forward, every earlier one not
 * yet closed. A milestone closed in an earlier quarter drops off; one closed in this quarter
 * stays on to be reported as such.
 */
export function reportingReason(timeline: MilestoneTimeline, quarter: FinancialQuarter): ReportingReason | null {
  const closed = closedInQuarter(timeline);
  if (closed !== null && compareQuarters(closed, quarter) < 0) return null;
  const due = currentDue(timeline);
  if (isDueInQuarter(timeline.originalDue, quarter) || isDueInQuarter(due, quarter)) return 'due';
  const start = quarterStart(quarter);
  const passed = (spec: DueSpec): boolean => {
    const deadline = dueDeadline(spec);
    return deadline !== null && compareDates(deadline, start) < 0;
  };
  if (passed(timeline.originalDue) || passed(due)) return 'carried-forward';
  // Delivered (or withdrawn) early: reported in the quarter it happened.
  return closed !== null && compareQuarters(closed, quarter) === 0 ? 'delivered-early' : null;
}

/**
 * Past its current deadline on the date without having been closed by then. A report closes a
 * milestone from the start of the quarter it covers.
 */
export function isOverdueOn(timeline: MilestoneTimeline, date: IsoDate): boolean {
  const deadline = dueDeadline(currentDue(timeline));
  if (deadline === null || compareDates(date, deadline) <= 0) return false;
  const closed = closedInQuarter(timeline);
  return closed === null || compareDates(quarterStart(closed), date) > 0;
}

/** Due no later than the end of the quarter and not delivered or withdrawn in any report up to it. */
export function isDueByAndOpen(timeline: MilestoneTimeline, quarter: FinancialQuarter): boolean {
  const deadline = dueDeadline(currentDue(timeline));
  if (deadline === null || compareDates(deadline, quarterStart(addQuarters(quarter, 1))) >= 0) return false;
  const closed = closedInQuarter(timeline);
  return closed === null || compareQuarters(closed, quarter) > 0;
}

/** Already past its plan deadline on the day the plan was published. */
export function wasOverdueAtPublication(originalDue: DueSpec, publishedOn: IsoDate | null): boolean {
  const deadline = dueDeadline(originalDue);
  return publishedOn !== null && deadline !== null && compareDates(deadline, publishedOn) < 0;
}
