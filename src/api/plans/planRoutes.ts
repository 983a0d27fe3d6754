import { z } from 'zod';
import { DELIVERER_KINDS } from '../../domain/plans/index.js';
import {
  getMilestone,
  getPlan,
  getPlanCoverage,
  getPlanPublicationSummary,
  importPlan,
  listMilestones,
  listPlans,
  MILESTONE_SORTS,
  publishPlan,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { isoDate, periodText } from '../schemas.js';
import {
  linkView,
  milestoneParams,
  milestoneSummary,
  nodeKinds,
  planDocument,
  planIdParams,
  planSummary,
  programmes,
  progress,
  statusDefinitions,
  updateView,
} from './schemas.js';

interface NodeOutput {
  ref: string;
  kind: string;
  kindLabel: string;
  title: string;
  text: string | null;
  note: string | null;
  progress: z.infer<typeof progress>;
  links: z.infer<typeof linkView>[];
  milestones: z.infer<typeof milestoneSummary>[];
  children: NodeOutput[];
}

const nodeView: z.ZodType<NodeOutput> = z
  .lazy(() =>
    z.object({
      ref: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      title: z.string(),
      text: z.string().nullable(),
      note: z.string().nullable(),
      progress,
      links: z.array(linkView),
      milestones: z.array(milestoneSummary),
      children: z.array(nodeView),
    }),
  )
  .meta({ id: 'PlanNode' });

const planDetail = z.object({
  plan: planSummary.extend({ summary: z.string().nullable() }),
  nodeKinds,
  statuses: statusDefinitions,
  programmes,
  versions: z.array(z.object({ id: z.number().int(), version: z.number().int(), state: z.string() })),
  progress,
  counts: z.array(z.object({ kind: z.string(), label: z.string(), plural: z.string(), count: z.number().int() })),
  nodes: z.array(nodeView),
});

const yesNo = z.enum(['true', 'false']).transform((value) => value === 'true');

export const milestoneQuery = z.strictObject({
  due: periodText(['quarter']).optional().describe('Due in this quarter, e.g. 2018-19 Q1 or 2018-19-Q1'),
  dueBy: periodText(['quarter']).optional().describe('Due by the end of this quarter and not delivered'),
  reporting: periodText(['quarter'])
    .optional()
    .describe("On this quarter's progress report, including carried-forward ones"),
  overdueOn: isoDate.optional().describe('Past its deadline on this date and not delivered by then'),
  slipped: yesNo.optional(),
  status: z.string().max(40).optional().describe('A status code, or none'),
  lead: z.string().max(64).optional().describe('Led by this unit or a unit within it'),
  bcu: z.string().max(64).optional(),
  programme: z.string().max(40).optional(),
  flagged: yesNo.optional(),
  overdueAtPublication: yesNo.optional(),
  text: z.string().max(200).optional(),
  sort: z.enum(MILESTONE_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const milestoneListing = z.object({
  plan: planSummary,
  statuses: statusDefinitions,
  programmes,
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  reporting: z
    .object({
      due: z.number().int(),
      carriedForward: z.number().int(),
      deliveredEarly: z.number().int(),
      total: z.number().int(),
    })
    .nullable(),
  milestones: z.array(milestoneSummary.extend({ carriedForward: z.boolean(), deliveredEarly: z.boolean() })),
});

const related = z.object({ ref: z.string(), title: z.string(), status: z.string().nullable() });

const milestoneDetail = z.object({
  plan: planSummary,
  statuses: statusDefinitions,
  milestone: milestoneSummary.extend({
    text: z.string(),
    path: z.array(z.object({ ref: z.string(), kind: z.string(), title: z.string() })),
    programmeLabel: z.string().nullable(),
    dependsOn: z.array(related),
    neededBy: z.array(related),
    links: z.array(linkView),
    revisions: z.array(
      z.object({ quarter: z.string(), from: z.string(), to: z.string(), reason: z.string().nullable() }),
    ),
  }),
  updates: z.array(updateView),
});

const coverage = z.object({
  plan: planSummary,
  kind: z.object({ key: z.string(), label: z.string(), plural: z.string() }),
  counts: z.object({
    direct: z.number().int(),
    'through-parent': z.number().int(),
    none: z.number().int(),
    delivered: z.number().int(),
    notDelivered: z.number().int(),
  }),
  nothingDelivers: z.array(z.string()),
  oversightBodyDelivers: z.array(z.string()),
  nodes: z.array(
    z.object({
      ref: z.string(),
      title: z.string(),
      path: z.array(z.string()),
      coverage: z.enum(['direct', 'through-parent', 'none']),
      delivered: z.boolean(),
      deliverer: z.object({ kind: z.enum(DELIVERER_KINDS), name: z.string().optional() }).nullable(),
      deliveredBy: z.array(
        z.object({
          type: z.enum(['delivers', 'contributes-to']),
          planId: z.number().int(),
          planTitle: z.string(),
          ref: z.string(),
          title: z.string(),
          isMilestone: z.boolean(),
          through: z.string().nullable(),
        }),
      ),
    }),
  ),
});

const imported = z.object({
  id: z.number().int(),
  key: z.string(),
  version: z.number().int(),
  nodes: z.number().int(),
  milestones: z.number().int(),
});

const changedMilestone = z
  .object({
    ref: z.string(),
    title: z.string(),
    due: z.string(),
    dueQuarter: z.string().nullable(),
  })
  .meta({ id: 'ChangedMilestone' });

const planPublicationSummary = z.object({
  plan: planSummary,
  supersedes: planSummary.nullable(),
  refusal: z.string().nullable(),
  nodes: z.array(z.object({ kind: z.string(), label: z.string(), plural: z.string(), count: z.number().int() })),
  milestones: z.number().int(),
  byQuarter: z.array(z.object({ quarter: z.string().nullable(), count: z.number().int() })),
  leads: z.array(z.object({ code: z.string(), name: z.string(), milestones: z.number().int() })),
  changes: z
    .object({
      added: z.array(changedMilestone),
      removed: z.array(changedMilestone),
      moved: z.array(z.object({ ref: z.string(), title: z.string(), from: changedMilestone, to: changedMilestone })),
    })
    .nullable(),
});

export const planRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans',
    operationId: 'listPlans',
    summary: "The plans the caller may see: each one's published version and any later draft, or every version",
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    query: z.strictObject({
      versions: z.enum(['current', 'all']).default('current').describe('all adds the superseded versions'),
    }),
    response: z.object({
      plans: z.array(planSummary.extend({ nodes: z.number().int(), milestones: z.number().int() })),
    }),
    handler: (ctx, { query }) => listPlans(ctx, { allVersions: query.versions === 'all' }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans',
    operationId: 'importPlan',
    summary: 'Store a plan document as a new draft version',
    tag: 'Plans',
    access: 'signed-in',
    body: planDocument,
    bodyLimit: 4 * 1024 * 1024,
    response: imported,
    created: (result) => `/api/plans/${result.id}`,
    handler: (ctx, { body }) => importPlan(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId',
    operationId: 'getPlan',
    summary: 'A plan as a tree, with the progress of the milestones under each node',
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    params: planIdParams,
    response: planDetail,
    handler: (ctx, { params }) => getPlan(ctx, params),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/publish',
    operationId: 'publishPlan',
    summary: 'Publish a draft version; the version it replaces becomes superseded',
    description:
      'The body may name the version being published: a request naming another version, or one for a version already published or superseded (a repeat), is refused with 409.',
    tag: 'Plans',
    access: 'signed-in',
    params: planIdParams,
    body: z.strictObject({
      publishedOn: isoDate.optional(),
      version: z.number().int().min(1).optional().describe('The version the caller means to publish'),
    }),
    response: planSummary,
    handler: (ctx, { params, body }) => publishPlan(ctx, { planId: params.planId, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/publication-summary',
    operationId: 'getPlanPublicationSummary',
    summary:
      'What publishing a draft version would make public: its contents, what it changes against the version it supersedes, and any refusal',
    tag: 'Plans',
    access: 'signed-in',
    keptPerCaller: true,
    params: planIdParams,
    response: planPublicationSummary,
    handler: (ctx, { params }) => getPlanPublicationSummary(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/coverage',
    operationId: 'getPlanCoverage',
    summary: "What in other plans delivers each of this plan's commitments, and what nothing delivers",
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    params: planIdParams,
    query: z.strictObject({ kind: z.string().max(60).optional() }),
    response: coverage,
    handler: (ctx, { params, query }) => getPlanCoverage(ctx, { planId: params.planId, kind: query.kind }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/milestones',
    operationId: 'listMilestones',
    summary: "The milestone tracker: a plan's milestones filtered and sorted",
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    params: planIdParams,
    query: milestoneQuery,
    response: milestoneListing,
    handler: (ctx, { params, query }) => listMilestones(ctx, { planId: params.planId, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/milestones/:ref',
    operationId: 'getMilestone',
    summary: 'One milestone with every update and change of due date',
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    params: milestoneParams,
    response: milestoneDetail,
    handler: (ctx, { params }) => getMilestone(ctx, params),
  }),
];
