import {
  addQuarters,
  compareQuarters,
  formatQuarterShort,
  parseFinancialYear,
  parseQuarter,
  type FinancialQuarter,
} from '../calendar/index.js';
import { reportingReason, type ReportingReason } from './milestoneProgress.js';
import type { MilestoneRecord, StoredUpdate } from './milestoneRecords.js';

/** The count key of a milestone the quarter reports on that has no published update: a status of its own. */
export const NO_UPDATE_KEY = 'none';

/** A quarter's milestones counted by why its report lists them: the one tally every view shares. */
export interface QuarterTally {
  /** Milestones due in the quarter, whether or not anyone reported on them. */
  readonly due: number;
  /** Milestones past their due date and still open, carried into the quarter. */
  readonly carriedForward: number;
  /** Milestones closed in the quarter though due in a later one: reported here, not due here. */
  readonly deliveredEarly: number;
  /** Every milestone on the quarter's report. */
  readonly total: number;
}

/** Tallies reporting reasons; every count of a quarter's due milestones goes through here so none can disagree. */
export function tallyReasons(reasons: Iterable<ReportingReason>): QuarterTally {
  const tally = { due: 0, carriedForward: 0, deliveredEarly: 0, total: 0 };
  for (const reason of reasons) {
    tally.total += 1;
    if (reason === 'due') tally.due += 1;
    else if (reason === 'carried-forward') tally.carriedForward += 1;
    else tally.deliveredEarly += 1;
  }
  return tally;
}

export interface QuarterCounts extends QuarterTally {
  /** Milestones by published status code, with NO_UPDATE_KEY for those nobody reported on. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface QuarterMilestone<U extends StoredUpdate> {
  readonly record: MilestoneRecord<U>;
  readonly reason: ReportingReason;
  /** The milestone's update for the quarter in whatever state the caller may see, if any. */
  readonly update: U | undefined;
}

/** The milestones a quarter's update reports on, each with its own update for that quarter. */
export function milestonesOfQuarter<U extends StoredUpdate>(
  records: readonly MilestoneRecord<U>[],
  quarter: FinancialQuarter,
): QuarterMilestone<U>[] {
  const code = formatQuarterShort(quarter);
  return records.flatMap((record) => {
    const reason = reportingReason(record.timeline, quarter);
    if (reason === null) return [];
    return [{ record, reason, update: record.updates.find((u) => u.quarter === code) }];
  });
}

/**
 * Counts a quarter's milestones by the status the public reads: a published update's status, or
 * "no update" for every other milestone, whether nobody wrote one or it was never approved.
 */
export function quarterCounts<U extends StoredUpdate>(
  records: readonly MilestoneRecord<U>[],
  quarter: FinancialQuarter,
): QuarterCounts {
  const counts: Record<string, number> = {};
  const milestones = milestonesOfQuarter(records, quarter);
  for (const { update } of milestones) {
    const code = update?.state === 'published' ? update.status_code : NO_UPDATE_KEY;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  // The status counts add up to the tally's total: due, carried forward and delivered early.
  return { ...tallyReasons(milestones.map((m) => m.reason)), counts };
}

interface PlanPeriod {
  readonly key: string;
  readonly firstYear: string;
  readonly lastYear: string;
  readonly reportingQuarter: string | null;
}

function periodWords(plan: PlanPeriod): string {
  return plan.firstYear === plan.lastYear ? plan.firstYear : `${plan.firstYear} to ${plan.lastYear}`;
}

/** Whether the quarter falls inside the plan's financial years. */
export function isQuarterInPlanPeriod(plan: PlanPeriod, quarter: FinancialQuarter): boolean {
  const first = parseFinancialYear(plan.firstYear);
  const last = parseFinancialYear(plan.lastYear);
  if (first === null || last === null) return false;
  const start = quarter.financialYear.startYear;
  return start >= first.startYear && start <= last.startYear;
}

/** The plan's quarters that have been published, oldest first: every quarter before the one it collects. */
export function publishedQuartersOf(plan: PlanPeriod): FinancialQuarter[] {
  const first = parseFinancialYear(plan.firstYear);
  const collecting = plan.reportingQuarter === null ? null : parseQuarter(plan.reportingQuarter);
  if (first === null || collecting === null) return [];
  const quarters: FinancialQuarter[] = [];
  for (let q: FinancialQuarter = { financialYear: first, quarter: 1 }; compareQuarters(q, collecting) < 0;) {
    if (isQuarterInPlanPeriod(plan, q)) quarters.push(q);
    q = addQuarters(q, 1);
  }
  return quarters;
}

export type QuarterReportRefusal =
  | { readonly kind: 'outside-period'; readonly sentence: string }
  | { readonly kind: 'not-published'; readonly sentence: string };

/**
 * Why a report of the quarter may not be published from the plan, or null when it may: a report
 * freezes what it shows for ever, so it must be of a quarter the plan covers and has published.
 */
export function quarterReportRefusal(plan: PlanPeriod, quarter: FinancialQuarter): QuarterReportRefusal | null {
  const code = formatQuarterShort(quarter);
  if (!isQuarterInPlanPeriod(plan, quarter)) {
    return { kind: 'outside-period', sentence: `${plan.key} covers ${periodWords(plan)}; ${code} is outside it.` };
  }
  if (!publishedQuartersOf(plan).some((q) => compareQuarters(q, quarter) === 0)) {
    return {
      kind: 'not-published',
      sentence: `${code} of ${plan.key} has not been published yet (the plan is collecting updates for ${plan.reportingQuarter ?? 'no quarter'}); publish the quarter before its report.`,
    };
  }
  return null;
}
