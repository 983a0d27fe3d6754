/** Helpers and arbitraries shared by the milestone progress tests. */
import fc from 'fast-check';
import {
  dateFromDayNumber,
  dayNumber,
  dueDeadline,
  isDueInQuarter,
  parseDueSpec,
  quarterFromIndex,
  quarterIndex,
  quarterOfDate,
  type DueSpec,
  type FinancialQuarter,
  type QuarterNumber,
} from '../../src/domain/calendar/index.js';
import {
  reportingReason,
  type MilestoneTimeline,
  type ReportedProgress,
} from '../../src/domain/plans/milestoneProgress.js';
import type { StatusCategory } from '../../src/domain/plans/planDocument.js';

export const q = (startYear: number, quarter: QuarterNumber): FinancialQuarter => ({
  financialYear: { startYear },
  quarter,
});

export function due(text: string): DueSpec {
  const result = parseDueSpec(text, { defaultFinancialYear: { startYear: 2018 } });
  if (!result.ok) throw new Error(result.error);
  return result.dueSpec;
}

export const CODES: Record<StatusCategory, string> = {
  delivered: 'delivered',
  'on-track': 'on-track',
  delayed: 'some-delay',
  'not-started': 'not-started',
  withdrawn: 'withdrawn',
};

export function report(
  quarter: FinancialQuarter,
  category: StatusCategory,
  revisedDue: DueSpec | null = null,
  revisionReason: string | null = null,
): ReportedProgress {
  return { quarter, statusCode: CODES[category], category, revisedDue, revisionReason };
}

/** What the lists of the given quarters say about the milestone. */
export const listsOf = (t: MilestoneTimeline, ...quarters: FinancialQuarter[]) =>
  quarters.map((x) => reportingReason(t, x));
export const fy2018 = [q(2018, 1), q(2018, 2), q(2018, 3), q(2018, 4)];

export const timeline = (originalDue: DueSpec, ...reports: ReportedProgress[]): MilestoneTimeline => ({
  originalDue,
  reports,
});

// Arbitraries

export const quarterIdx = fc.integer({ min: 2000 * 4, max: 2100 * 4 });
export const quarterArb = quarterIdx.map(quarterFromIndex);

export const inOrBy = fc.constantFrom('in' as const, 'by' as const);
export const month = fc.record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) });
export const day = fc.integer({ min: dayNumber('2000-04-01'), max: dayNumber('2100-03-31') }).map(dateFromDayNumber);

/** Due specs with a deadline, in every shape plans write: quarter, "By" quarter, span, month, date. */
export const deadlineDue: fc.Arbitrary<DueSpec> = fc.oneof(
  fc.record({ mode: inOrBy, anchor: quarterArb.map((quarter) => ({ kind: 'quarter' as const, quarter })) }),
  fc.record({ mode: inOrBy, anchor: month.map((m) => ({ kind: 'month' as const, month: m })) }),
  fc.record({ mode: inOrBy, anchor: day.map((date) => ({ kind: 'date' as const, date })) }),
  fc.tuple(quarterIdx, fc.integer({ min: 1, max: 4 })).map(([from, length]) => ({
    mode: 'in' as const,
    anchor: { kind: 'quarters' as const, from: quarterFromIndex(from), to: quarterFromIndex(from + length) },
  })),
);

export const closingCategory = fc.constantFrom<StatusCategory>('delivered', 'withdrawn');
export const openCategory = fc.constantFrom<StatusCategory>('on-track', 'delayed', 'not-started');

/** The first quarter whose list holds the milestone as due: a "By" milestone only in its deadline quarter. */
export function firstListedQuarter(spec: DueSpec): number {
  const deadline = dueDeadline(spec);
  if (deadline === null) throw new Error('The arbitrary gave a due spec with no deadline.');
  let index = quarterIndex(quarterOfDate(deadline));
  while (isDueInQuarter(spec, quarterFromIndex(index - 1))) index -= 1;
  return index;
}
