import { dueQuarter, formatQuarterShort, quarterIndex } from '../../domain/calendar/index.js';
import type { MilestoneRecord } from '../../domain/plans/index.js';

/** A milestone as the publisher reads it in a list of changes: its due date as printed, and the quarter holding it. */
export interface ChangedMilestone {
  readonly ref: string;
  readonly title: string;
  readonly due: string;
  /** Null for a milestone with no dated deadline (ongoing). */
  readonly dueQuarter: string | null;
}

export interface MovedMilestone {
  readonly ref: string;
  readonly title: string;
  readonly from: ChangedMilestone;
  readonly to: ChangedMilestone;
}

/** What a new version changes against the published one, milestone by milestone (matched on ref). */
export interface PlanVersionChanges {
  readonly added: readonly ChangedMilestone[];
  readonly removed: readonly ChangedMilestone[];
  readonly moved: readonly MovedMilestone[];
}

export function changedMilestone(record: MilestoneRecord): ChangedMilestone {
  const quarter = dueQuarter(record.originalDue);
  return {
    ref: record.ref,
    title: record.title,
    due: record.due,
    dueQuarter: quarter === null ? null : formatQuarterShort(quarter),
  };
}

/** The quarter a milestone falls due, as a number that sorts; ongoing ones after every dated one. */
export function dueOrder(record: MilestoneRecord): number {
  const quarter = dueQuarter(record.originalDue);
  return quarter === null ? Number.MAX_SAFE_INTEGER : quarterIndex(quarter);
}

/**
 * Compares the two versions as each was printed: a due date revised by a later quarterly update
 * is progress against the plan, not a change to it, so it is left out here.
 */
export function planVersionChanges(
  published: readonly MilestoneRecord[],
  draft: readonly MilestoneRecord[],
): PlanVersionChanges {
  const before = new Map(published.map((record) => [record.ref, record]));
  const after = new Set(draft.map((record) => record.ref));
  const moved: MovedMilestone[] = [];
  for (const record of draft) {
    const old = before.get(record.ref);
    if (old === undefined) continue;
    const from = changedMilestone(old);
    const to = changedMilestone(record);
    if (from.dueQuarter !== to.dueQuarter) moved.push({ ref: record.ref, title: record.title, from, to });
  }
  return {
    added: draft.filter((record) => !before.has(record.ref)).map(changedMilestone),
    removed: published.filter((record) => !after.has(record.ref)).map(changedMilestone),
    moved,
  };
}
