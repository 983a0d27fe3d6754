import {
  rollUpProgress,
  type Progress,
  type RollUpNode,
  buildMilestoneRecords,
  statusScaleOf,
  type MilestoneRecord,
} from '../../domain/plans/index.js';
import { findPlanVersions, listUpdatesOfPlan, type PlanContent } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { resolveLinks, type LinkView } from './linkTargets.js';
import { loadVisiblePlan, seesUnpublishedWork } from './planAccess.js';
import { milestoneSummary, planSummary, type MilestoneSummary, type PlanSummary } from './planViews.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';

export interface PlanNodeView {
  readonly ref: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly title: string;
  readonly text: string | null;
  readonly note: string | null;
  readonly progress: Progress;
  readonly links: readonly LinkView[];
  readonly milestones: readonly MilestoneSummary[];
  readonly children: readonly PlanNodeView[];
}

export interface PlanDetail {
  readonly plan: PlanSummary & { readonly summary: string | null };
  readonly nodeKinds: PlanContent['plan']['nodeKinds'];
  readonly statuses: PlanContent['plan']['statuses'];
  readonly programmes: PlanContent['plan']['programmes'];
  readonly versions: readonly { readonly id: number; readonly version: number; readonly state: string }[];
  readonly progress: Progress;
  /** How many nodes of each kind the plan holds, in the order of its node kinds. */
  readonly counts: readonly {
    readonly kind: string;
    readonly label: string;
    readonly plural: string;
    readonly count: number;
  }[];
  readonly nodes: readonly PlanNodeView[];
}

interface TreeInput {
  readonly content: PlanContent;
  readonly records: readonly MilestoneRecord[];
  readonly links: ReadonlyMap<number, LinkView>;
  readonly model: OrganisationModel;
}

function buildTree(input: TreeInput): { nodes: PlanNodeView[]; progress: Progress } {
  const { content, records, links, model } = input;
  const kindLabel = new Map(content.plan.nodeKinds.map((kind) => [kind.key, kind.label]));
  const recordsOf = (nodeId: number): MilestoneRecord[] =>
    records.filter((record) => record.nodePath.at(-1)?.id === nodeId);
  const rollUpNode = (id: number | null): RollUpNode[] =>
    content.nodes
      .filter((node) => node.parent_id === id)
      .map((node) => ({
        id: node.id,
        children: rollUpNode(node.id),
        milestoneStatuses: recordsOf(node.id).map((record) => record.latest?.status.code ?? null),
      }));
  const roots = rollUpNode(null);
  const progress = rollUpProgress(roots);
  const empty: Progress = { milestones: 0, byStatus: {} };
  const view = (id: number | null): PlanNodeView[] =>
    content.nodes
      .filter((node) => node.parent_id === id)
      .map((node) => ({
        ref: node.ref,
        kind: node.kind,
        kindLabel: kindLabel.get(node.kind) ?? node.kind,
        title: node.title,
        text: node.text,
        note: node.note,
        progress: progress.get(node.id) ?? empty,
        links: content.links
          .filter((link) => link.source_node_id === node.id)
          .flatMap((link) => links.get(link.id) ?? []),
        milestones: recordsOf(node.id).map((record) => milestoneSummary(record, model)),
        children: view(node.id),
      }));
  const overall = rollUpProgress([{ id: 0, children: roots, milestoneStatuses: [] }]).get(0) ?? empty;
  return { nodes: view(null), progress: overall };
}

/** A plan version as a tree, each node with the progress of every milestone beneath it. */
export async function getPlan(ctx: ServiceContext, input: { planId: number }): Promise<PlanDetail> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const content = await loadVisiblePlan(ctx, db, input.planId);
  const updates = await listUpdatesOfPlan(db, content.plan.key);
  const records = buildMilestoneRecords(content, updates, false);
  const links = await resolveLinks(ctx, db, content.links);
  const tree = buildTree({ content, records, links, model: await loadOrganisationModel(ctx) });
  const versions = (await findPlanVersions(db, content.plan.key))
    .filter((plan) => plan.state !== 'draft' || seesUnpublishedWork(ctx))
    .map((plan) => ({ id: plan.id, version: plan.version, state: plan.state }));
  return {
    plan: { ...planSummary(content.plan), summary: content.plan.summary },
    nodeKinds: content.plan.nodeKinds,
    statuses: statusScaleOf(content.plan),
    programmes: content.plan.programmes,
    versions,
    progress: tree.progress,
    counts: content.plan.nodeKinds.map((kind) => ({
      kind: kind.key,
      label: kind.label,
      plural: kind.plural,
      count: content.nodes.filter((node) => node.kind === kind.key).length,
    })),
    nodes: tree.nodes,
  };
}
