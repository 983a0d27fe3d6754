import { BluelampProblem } from '../../domain/errors.js';
import type { LinkType, NodeDeliverer, NodeKindDefinition } from '../../domain/plans/index.js';
import { nodeDeliverer, type PlanNodeRow } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadVisiblePlan, seesUnpublishedWork } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';

export interface Deliverer {
  readonly type: LinkType;
  readonly planId: number;
  readonly planTitle: string;
  readonly ref: string;
  readonly title: string;
  readonly isMilestone: boolean;
  /** The ancestor the link points at, when it reaches this node through it. */
  readonly through: string | null;
}

/**
 * Only 'direct' is delivered: a milestone or node that names the commitment. 'through-parent'
 * means its chapter is linked but nothing names the commitment itself, which is a gap, not
 * delivery: linking a whole chapter would otherwise make every commitment in it look covered.
 */
export type Coverage = 'direct' | 'through-parent' | 'none';

export interface CoveredNode {
  readonly ref: string;
  readonly title: string;
  readonly path: readonly string[];
  readonly coverage: Coverage;
  readonly delivered: boolean;
  /** Who the plan says delivers it (the force, the oversight body itself, a partner), or null. */
  readonly deliverer: NodeDeliverer | null;
  readonly deliveredBy: readonly Deliverer[];
}

export interface PlanCoverage {
  readonly plan: PlanSummary;
  readonly kind: NodeKindDefinition;
  readonly counts: Readonly<Record<Coverage, number>> & { readonly delivered: number; readonly notDelivered: number };
  /** Refs of what nothing delivers: no explicit link, whether or not its chapter is linked. */
  readonly nothingDelivers: readonly string[];
  /** Refs of what the plan says the oversight body delivers itself. */
  readonly oversightBodyDelivers: readonly string[];
  readonly nodes: readonly CoveredNode[];
}

/** The kind most of the plan's leaves are: its commitments, in a police and crime plan. */
function defaultKind(nodes: readonly PlanNodeRow[]): string | undefined {
  const parents = new Set(nodes.map((node) => node.parent_id));
  const tally = new Map<string, number>();
  for (const node of nodes) if (!parents.has(node.id)) tally.set(node.kind, (tally.get(node.kind) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

async function incomingLinks(
  ctx: ServiceContext,
  planKey: string,
): Promise<(Omit<Deliverer, 'through'> & { target: string })[]> {
  const states = seesUnpublishedWork(ctx) ? ['draft', 'published'] : ['published'];
  const rows = await ctx.store.db
    .selectFrom('plan_links as l')
    .innerJoin('plans as p', 'p.id', 'l.plan_id')
    .leftJoin('plan_nodes as n', 'n.id', 'l.source_node_id')
    .leftJoin('milestones as m', 'm.id', 'l.source_milestone_id')
    .select([
      'l.link_type',
      'l.target_node_ref',
      'p.id as planId',
      'p.title as planTitle',
      'n.ref as nodeRef',
      'n.title as nodeTitle',
      'm.ref as milestoneRef',
      'm.title as milestoneTitle',
    ])
    .where('l.target_plan_key', '=', planKey)
    .where('p.state', 'in', states)
    .orderBy('p.id')
    .orderBy('l.id')
    .execute();
  return rows.map((row) => ({
    type: row.link_type as LinkType,
    planId: row.planId,
    planTitle: row.planTitle,
    ref: row.milestoneRef ?? row.nodeRef ?? '',
    title: row.milestoneTitle ?? row.nodeTitle ?? '',
    isMilestone: row.milestoneRef !== null,
    target: row.target_node_ref,
  }));
}

function deliverer(link: Omit<Deliverer, 'through'> & { target: string }, through: string | null): Deliverer {
  return {
    type: link.type,
    planId: link.planId,
    planTitle: link.planTitle,
    ref: link.ref,
    title: link.title,
    isMilestone: link.isMilestone,
    through,
  };
}

/**
 * For each commitment (or nodes of another kind) of a plan, everything in other plans that names
 * it as what it delivers, and which ones nothing delivers. Links to the chapter above are kept as
 * context but deliver nothing on their own.
 */
export async function getPlanCoverage(
  ctx: ServiceContext,
  input: { planId: number; kind?: string | undefined },
): Promise<PlanCoverage> {
  authorise(ctx, 'plans.read');
  const content = await loadVisiblePlan(ctx, ctx.store.db, input.planId);
  const kindKey = input.kind ?? defaultKind(content.nodes);
  const kind = content.plan.nodeKinds.find((candidate) => candidate.key === kindKey);
  if (kind === undefined) {
    const keys = content.plan.nodeKinds.map((k) => k.key).join(', ');
    throw new BluelampProblem('invalid-input', `kind must be one of this plan's node kinds: ${keys}.`, 'kind');
  }
  const links = await incomingLinks(ctx, content.plan.key);
  const byId = new Map(content.nodes.map((node) => [node.id, node]));
  const ancestors = (node: PlanNodeRow): PlanNodeRow[] => {
    const parent = node.parent_id === null ? undefined : byId.get(node.parent_id);
    return parent === undefined ? [] : [...ancestors(parent), parent];
  };
  const nodes = content.nodes
    .filter((node) => node.kind === kind.key)
    .map((node): CoveredNode => {
      const above = ancestors(node);
      const direct = links.filter((link) => link.target === node.ref).map((link) => deliverer(link, null));
      const inherited = above.flatMap((ancestor) =>
        links.filter((link) => link.target === ancestor.ref).map((link) => deliverer(link, ancestor.title)),
      );
      const coverage: Coverage = direct.length > 0 ? 'direct' : inherited.length > 0 ? 'through-parent' : 'none';
      return {
        ref: node.ref,
        title: node.title,
        path: above.map((a) => a.title),
        coverage,
        delivered: coverage === 'direct',
        deliverer: nodeDeliverer(node) ?? null,
        deliveredBy: [...direct, ...inherited],
      };
    });
  const counts = { direct: 0, 'through-parent': 0, none: 0 };
  for (const node of nodes) counts[node.coverage] += 1;
  return {
    plan: planSummary(content.plan),
    kind,
    counts: { ...counts, delivered: counts.direct, notDelivered: counts['through-parent'] + counts.none },
    nothingDelivers: nodes.filter((node) => !node.delivered).map((node) => node.ref),
    oversightBodyDelivers: nodes.filter((node) => node.deliverer?.kind === 'oversight-body').map((node) => node.ref),
    nodes,
  };
}
