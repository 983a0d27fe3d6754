import { formatQuarterShort, type FinancialQuarter } from '../../domain/calendar/index.js';
import type { PackQuarterCounts } from '../../domain/board/index.js';
import {
  NO_UPDATE_KEY,
  milestonesOfQuarter,
  quarterCounts,
  type MilestoneRecord,
  type StatusDefinition,
  type StoredUpdate,
} from '../../domain/plans/index.js';

/** What the pack calls a milestone on the quarter's update that nobody reported on. */
export const NO_UPDATE_LABEL = 'No update';

/**
 * A plan's milestones on the reviewed quarter's update, counted by the status the board reads:
 * each published status of the scale, in the scale's order, then "No update" for the rest, so
 * the counts add up to every milestone due (and carried forward) rather than to those reported on.
 */
export function packQuarterCounts<U extends StoredUpdate>(
  records: readonly MilestoneRecord<U>[],
  quarter: FinancialQuarter,
  scale: readonly StatusDefinition[],
): PackQuarterCounts {
  const counted = quarterCounts(records, quarter);
  const statuses = scale
    .map((status) => ({ label: status.label, symbol: status.symbol, count: counted.counts[status.code] ?? 0 }))
    .filter((status) => status.count > 0);
  statuses.push({ label: NO_UPDATE_LABEL, symbol: '–', count: counted.counts[NO_UPDATE_KEY] ?? 0 });
  return {
    quarter: formatQuarterShort(quarter),
    due: counted.due,
    carriedForward: counted.carriedForward,
    total: counted.total,
    statuses,
  };
}

/** The records on the quarter's update with no published update for it. */
export function withoutQuarterUpdate<U extends StoredUpdate>(
  records: readonly MilestoneRecord<U>[],
  quarter: FinancialQuarter,
): Set<MilestoneRecord<U>> {
  return new Set(
    milestonesOfQuarter(records, quarter)
      .filter(({ update }) => update?.state !== 'published')
      .map(({ record }) => record),
  );
}
