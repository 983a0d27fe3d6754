import {
  openDataTable,
  openDataView,
  type OpenDataValue,
  type OpenDataView,
} from '../../../domain/publishing/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { findPlanId } from '../../plans/findPlanId.js';
import { getPlan, type PlanNodeView } from '../../plans/getPlan.js';
import { listPlans } from '../../plans/listPlans.js';
import { loadVisiblePlan } from '../../plans/planAccess.js';
import { asPublic, dayWords, HOME, planPath, PLANS, progressPath, quarterWords } from './publicContext.js';

const KIND_WORDS: Readonly<Record<string, string>> = {
  'police-and-crime-plan': 'Police and Crime Plan',
  'business-plan': 'Business plan',
  'action-plan': 'Inspection action plan',
};

function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** /public/plans: every plan's published version, never a draft or a superseded version. */
export async function buildPlansView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const { plans } = await listPlans(asPublic(ctx));
  const published = plans.filter((plan) => plan.state === 'published');
  const table = openDataTable(
    {
      name: 'plans',
      caption: published.length === 1 ? '1 published plan' : `${published.length} published plans`,
      columns: [
        { key: 'plan', label: 'Plan' },
        { key: 'kind', label: 'Kind' },
        { key: 'owner', label: 'Owner' },
        { key: 'period', label: 'Period' },
        { key: 'version', label: 'Version', numeric: true },
        { key: 'publishedOn', label: 'Published on' },
        { key: 'milestones', label: 'Milestones', numeric: true },
      ],
    },
    published.map((plan) => ({
      cells: {
        plan: plan.title,
        kind: kindWords(plan.kind),
        owner: plan.owner,
        period: plan.period,
        version: plan.version,
        publishedOn: dayWords(plan.publishedOn),
        milestones: plan.milestones,
      },
      links: { plan: planPath(plan.key) },
    })),
  );
  return openDataView({
    path: PLANS.path,
    title: 'Published plans',
    lead:
      'The plans the force and its oversight body have published: what they commit to, and the milestones that deliver it. ' +
      'Only published versions appear here; drafts are never shown.',
    trail: [HOME],
    links: published.map((plan) => ({
      path: progressPath(plan.key),
      label: `Progress on ${plan.title}`,
    })),
    tables: [table],
  });
}

interface TreeRow {
  readonly cells: Record<string, OpenDataValue>;
}

function treeRows(
  nodes: readonly PlanNodeView[],
  depth: number,
  textOf: ReadonlyMap<string, string>,
  into: TreeRow[],
): TreeRow[] {
  for (const node of nodes) {
    into.push({
      cells: {
        level: depth,
        kind: node.kindLabel,
        ref: node.ref,
        title: node.title,
        text: node.text,
        due: null,
        leads: null,
        status: null,
      },
    });
    for (const milestone of node.milestones) {
      into.push({
        cells: {
          level: depth + 1,
          kind: 'Milestone',
          ref: milestone.ref,
          title: milestone.title,
          text: textOf.get(milestone.ref) ?? null,
          due: milestone.currentDue,
          leads: milestone.leads.map((lead) => lead.name).join('; '),
          status:
            milestone.status === null
              ? null
              : `${milestone.status.symbol} ${milestone.status.label} (${quarterWords(milestone.status.quarter)})`,
        },
      });
    }
    treeRows(node.children, depth + 1, textOf, into);
  }
  return into;
}

/** /public/plans/:key: the published plan's tree, every part and milestone with its due date and leads. */
export async function buildPlanView(ctx: ServiceContext, input: { plan: string }): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  const planId = await findPlanId(reader, input.plan);
  const detail = await getPlan(reader, { planId });
  const content = await loadVisiblePlan(reader, ctx.store.db, planId);
  const textOf = new Map(content.milestones.map((milestone) => [milestone.ref, milestone.text]));
  const { plan } = detail;
  const rows = treeRows(detail.nodes, 1, textOf, []);
  const milestones = rows.filter((row) => row.cells.kind === 'Milestone').length;
  return openDataView({
    path: planPath(plan.key),
    title: plan.title,
    lead:
      plan.summary ??
      `${kindWords(plan.kind)} of ${plan.owner} for ${plan.period}: its parts and milestones, as published.`,
    notes: [
      `Version ${plan.version}, published${plan.publishedOn === null ? '' : ` on ${dayWords(plan.publishedOn) ?? ''}`}. Owner: ${plan.owner}.`,
      'Each milestone shows its due date now (after any revision published in an update) and the latest status published for it.',
    ],
    trail: [HOME, PLANS],
    links: [{ path: progressPath(plan.key), label: 'Progress by quarter' }],
    tables: [
      openDataTable(
        {
          name: 'plan',
          caption: `${rows.length - milestones} parts and ${milestones} milestones, in the plan's order`,
          columns: [
            { key: 'level', label: 'Level', numeric: true },
            { key: 'kind', label: 'Kind' },
            { key: 'ref', label: 'Ref' },
            { key: 'title', label: 'Title' },
            { key: 'text', label: 'Text', long: true },
            { key: 'due', label: 'Due' },
            { key: 'leads', label: 'Leads' },
            { key: 'status', label: 'Latest published status' },
          ],
        },
        rows,
      ),
    ],
  });
}
