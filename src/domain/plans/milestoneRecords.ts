import {
  parseDueSpec,
  parseFinancialYear,
  parseQuarter,
  type DueSpec,
  type FinancialQuarter,
} from '../calendar/index.js';
import {
  currentDue,
  dueRevisions,
  latestReport,
  slipOf,
  wasOverdueAtPublication,
  type DueRevision,
  type MilestoneTimeline,
  type ReportedProgress,
  type Slip,
} from './milestoneProgress.js';
import { dueFinancialYearStart, monthsOutsideDue, type MonthMention } from './monthMentions.js';
import type { StatusDefinition } from './planDocument.js';
import { DEFAULT_STATUSES, findStatus } from './statusScale.js';

/*
 * A plan version as the database holds it, described by shape so that the store's rows fit
 * without the domain knowing the store.
 */
interface StoredPlan {
  readonly key: string;
  readonly firstYear: string;
  readonly publishedOn: string | null;
  readonly statuses: readonly StatusDefinition[];
}

interface StoredPlanContent {
  readonly plan: StoredPlan;
  readonly nodes: readonly {
    readonly id: number;
    readonly parent_id: number | null;
    readonly ref: string;
    readonly kind: string;
    readonly title: string;
  }[];
  readonly milestones: readonly {
    readonly id: number;
    readonly node_id: number;
    readonly ref: string;
    readonly title: string;
    readonly text: string;
    readonly due: string;
    readonly programme: string | null;
    readonly quantity: string | null;
    readonly position: number;
  }[];
  readonly leads: ReadonlyMap<number, readonly string[]>;
  readonly dependencies: ReadonlyMap<number, readonly number[]>;
}

/** A quarterly update of a milestone, as stored. */
export interface StoredUpdate {
  readonly milestone_ref: string;
  readonly quarter: string;
  readonly state: string;
  readonly status_code: string;
  readonly revised_due: string | null;
  readonly revision_reason: string | null;
}

export interface NodeStep {
  readonly id: number;
  readonly ref: string;
  readonly kind: string;
  readonly title: string;
}

/** A milestone with everything the tracker's questions are answered from. */
export interface MilestoneRecord<U extends StoredUpdate = StoredUpdate> {
  readonly id: number;
  readonly ref: string;
  readonly title: string;
  readonly text: string;
  readonly due: string;
  readonly originalDue: DueSpec;
  readonly currentDue: DueSpec;
  readonly nodePath: readonly NodeStep[];
  readonly leads: readonly string[];
  readonly programme: string | null;
  readonly quantity: string | null;
  readonly dependsOn: readonly number[];
  readonly position: number;
  /** The updates the caller may see, oldest quarter first. */
  readonly updates: readonly U[];
  /** Built from published updates only: the record everyone reads the same way. */
  readonly timeline: MilestoneTimeline;
  readonly latest: { readonly quarter: FinancialQuarter; readonly status: StatusDefinition } | null;
  readonly revisions: readonly DueRevision[];
  readonly slip: Slip | null;
  readonly monthsOutsideDue: readonly MonthMention[];
  readonly overdueAtPublication: boolean;
}

function mustParseDue(text: string, plan: StoredPlan): DueSpec {
  const firstYear = parseFinancialYear(plan.firstYear);
  const parsed = parseDueSpec(text, firstYear === null ? {} : { defaultFinancialYear: firstYear });
  // Dues are checked on the way in; one that no longer parses means the calendar changed under us.
  if (!parsed.ok) throw new Error(`Stored due "${text}" of plan ${plan.key} does not parse: ${parsed.error}`);
  return parsed.dueSpec;
}

/** The plan's own status scale, or the default one for a plan that set none. */
export function statusScaleOf(plan: Pick<StoredPlan, 'statuses'>): readonly StatusDefinition[] {
  return plan.statuses.length > 0 ? plan.statuses : DEFAULT_STATUSES;
}

function reportOf(update: StoredUpdate, plan: StoredPlan): ReportedProgress | null {
  const quarter = parseQuarter(update.quarter);
  const status = findStatus(statusScaleOf(plan), update.status_code);
  if (quarter === null || status === undefined) return null;
  return {
    quarter,
    statusCode: status.code,
    category: status.category,
    revisedDue: update.revised_due === null ? null : mustParseDue(update.revised_due, plan),
    revisionReason: update.revision_reason,
  };
}

function nodePaths(content: StoredPlanContent): Map<number, NodeStep[]> {
  const byId = new Map(content.nodes.map((node) => [node.id, node]));
  const paths = new Map<number, NodeStep[]>();
  const pathOf = (id: number): NodeStep[] => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    if (node === undefined) return [];
    const step = { id: node.id, ref: node.ref, kind: node.kind, title: node.title };
    const path = [...(node.parent_id === null ? [] : pathOf(node.parent_id)), step];
    paths.set(id, path);
    return path;
  };
  content.nodes.forEach((node) => pathOf(node.id));
  return paths;
}

/**
 * Joins a plan's milestones with their updates. Statuses, slips and revised dues come from
 * published updates alone; the unpublished ones are passed along only to callers who may see them.
 */
export function buildMilestoneRecords<U extends StoredUpdate>(
  content: StoredPlanContent,
  updates: readonly U[],
  includeUnpublished: boolean,
): MilestoneRecord<U>[] {
  const plan = content.plan;
  const paths = nodePaths(content);
  const updatesOf = new Map<string, U[]>();
  for (const update of updates) {
    if (!includeUnpublished && update.state !== 'published') continue;
    updatesOf.set(update.milestone_ref, [...(updatesOf.get(update.milestone_ref) ?? []), update]);
  }
  return content.milestones.map((row) => {
    const originalDue = mustParseDue(row.due, plan);
    const visible = (updatesOf.get(row.ref) ?? []).sort((a, b) => a.quarter.localeCompare(b.quarter));
    const reports = visible
      .filter((update) => update.state === 'published')
      .map((update) => reportOf(update, plan))
      .filter((report) => report !== null);
    const timeline: MilestoneTimeline = { originalDue, reports };
    const latest = latestReport(timeline);
    const latestStatus = latest === null ? undefined : findStatus(statusScaleOf(plan), latest.statusCode);
    return {
      id: row.id,
      ref: row.ref,
      title: row.title,
      text: row.text,
      due: row.due,
      originalDue,
      currentDue: currentDue(timeline),
      nodePath: paths.get(row.node_id) ?? [],
      leads: content.leads.get(row.id) ?? [],
      programme: row.programme,
      quantity: row.quantity,
      dependsOn: content.dependencies.get(row.id) ?? [],
      position: row.position,
      updates: visible,
      timeline,
      latest: latest === null || latestStatus === undefined ? null : { quarter: latest.quarter, status: latestStatus },
      revisions: dueRevisions(timeline),
      slip: slipOf(timeline),
      monthsOutsideDue: monthsOutsideDue(row.text, originalDue, dueFinancialYearStart(originalDue)),
      overdueAtPublication: wasOverdueAtPublication(originalDue, plan.publishedOn),
    };
  });
}
