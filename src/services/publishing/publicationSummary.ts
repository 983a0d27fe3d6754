import type { FinancialQuarter } from '../../domain/calendar/index.js';
import {
  NO_UPDATE_KEY,
  quarterCounts,
  type MilestoneRecord,
  type StatusDefinition,
  type StoredUpdate,
} from '../../domain/plans/index.js';
import { latestPublishedReportRow, type Executor } from '../../store/index.js';

/** A plan a publication is built on, at the version it uses. */
export interface PublicationPlan {
  readonly key: string;
  readonly title: string;
  readonly version: number;
}

/** One plan's milestones of the quarter as the public reads them: each status, "no update" one of its own. */
export interface PublicationCounts {
  readonly plan: PublicationPlan;
  readonly due: number;
  readonly carriedForward: number;
  readonly deliveredEarly: number;
  readonly total: number;
  readonly statuses: readonly { code: string; label: string; symbol: string; count: number }[];
}

/** Whether publishing makes a first version or corrects one, and the version it would create. */
export interface PublicationVersion {
  readonly nextVersion: number;
  readonly corrects: { readonly version: number; readonly publishedAt: string; readonly note: string | null } | null;
}

/**
 * Everything a performance officer reads before a report or pack goes public for ever: what it is,
 * what it is built on, whether it corrects an earlier version, the quarter's counts, the measures
 * it can give no verdict on, and why it cannot be published, if it cannot.
 */
export interface PublicationSummary {
  readonly reportKey: string;
  readonly title: string;
  readonly period: string;
  readonly quarter: string;
  readonly plans: readonly PublicationPlan[];
  readonly publication: PublicationVersion;
  readonly counts: readonly PublicationCounts[];
  /** The sentence each measure with no figures for the period gives in place of a verdict. */
  readonly withoutFigures: readonly { readonly measure: string; readonly sentence: string }[];
  /** Null when it can be published now; otherwise the sentence saying why not. */
  readonly refusal: string | null;
}

/** The quarter's counts of one plan from its records, every milestone due or carried in counted once. */
export function publicationCounts<U extends StoredUpdate>(
  plan: PublicationPlan,
  records: readonly MilestoneRecord<U>[],
  quarter: FinancialQuarter,
  scale: readonly StatusDefinition[],
): PublicationCounts {
  const counted = quarterCounts(records, quarter);
  return {
    plan,
    due: counted.due,
    carriedForward: counted.carriedForward,
    deliveredEarly: counted.deliveredEarly,
    total: counted.total,
    statuses: [
      ...scale.map((s) => ({ code: s.code, label: s.label, symbol: s.symbol, count: counted.counts[s.code] ?? 0 })),
      { code: NO_UPDATE_KEY, label: 'No update', symbol: '', count: counted.counts[NO_UPDATE_KEY] ?? 0 },
    ],
  };
}

/** Which version publishing the report would create, and the one it would correct. */
export async function publicationVersion(db: Executor, reportKey: string): Promise<PublicationVersion> {
  const latest = await latestPublishedReportRow(db, reportKey);
  return {
    nextVersion: (latest?.version ?? 0) + 1,
    corrects: latest === null ? null : { version: latest.version, publishedAt: latest.published_at, note: latest.note },
  };
}
