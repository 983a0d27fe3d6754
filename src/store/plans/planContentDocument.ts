import {
  DELIVERER_KINDS,
  type DelivererKind,
  type LinkType,
  type MilestoneDocument,
  type NodeDeliverer,
  type PlanDocument,
  type PlanLinkDocument,
  type PlanNodeDocument,
} from '../../domain/plans/index.js';
import type { PlanContent, PlanLinkRow, PlanNodeRow } from './planStore.js';

/** Who delivers a stored node, as its document said; undefined for rows from before migration 0028. */
export function nodeDeliverer(row: Pick<PlanNodeRow, 'deliverer_kind' | 'deliverer_name'>): NodeDeliverer | undefined {
  const kind = row.deliverer_kind;
  if (kind === null || !(DELIVERER_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as DelivererKind, name: row.deliverer_name ?? undefined };
}

function linksOf(rows: readonly PlanLinkRow[]): PlanLinkDocument[] | undefined {
  if (rows.length === 0) return undefined;
  return rows.map((row) => ({
    type: row.link_type as LinkType,
    planKey: row.target_plan_key,
    nodeRef: row.target_node_ref,
  }));
}

/** A stored plan version as the nested document it was made from: what exports write and new versions copy. */
export function planContentDocument(content: PlanContent): PlanDocument {
  const milestoneRefs = new Map(content.milestones.map((m) => [m.id, m.ref]));
  const milestonesByNode = new Map<number, MilestoneDocument[]>();
  for (const row of content.milestones) {
    const dependsOn = (content.dependencies.get(row.id) ?? []).map((id) => milestoneRefs.get(id) ?? '');
    const milestone: MilestoneDocument = {
      ref: row.ref,
      title: row.title,
      text: row.text,
      due: row.due,
      leads: content.leads.get(row.id) ?? [],
      programme: row.programme ?? undefined,
      quantity: row.quantity ?? undefined,
      dependsOn: dependsOn.length === 0 ? undefined : dependsOn,
      links: linksOf(content.links.filter((link) => link.source_milestone_id === row.id)),
    };
    milestonesByNode.set(row.node_id, [...(milestonesByNode.get(row.node_id) ?? []), milestone]);
  }
  const build = (parentId: number | null): PlanNodeDocument[] =>
    content.nodes
      .filter((node) => node.parent_id === parentId)
      .map((node) => ({
        ref: node.ref,
        kind: node.kind,
        title: node.title,
        text: node.text ?? undefined,
        note: node.note ?? undefined,
        deliverer: nodeDeliverer(node),
        children: build(node.id),
        milestones: milestonesByNode.get(node.id) ?? [],
        links: linksOf(content.links.filter((link) => link.source_node_id === node.id)),
      }));
  const plan = content.plan;
  return {
    key: plan.key,
    title: plan.title,
    kind: plan.kind,
    owner: plan.owner,
    firstYear: plan.firstYear,
    lastYear: plan.lastYear,
    summary: plan.summary ?? undefined,
    nodeKinds: plan.nodeKinds,
    statuses: plan.statuses,
    programmes: plan.programmes,
    nodes: build(null),
  };
}
