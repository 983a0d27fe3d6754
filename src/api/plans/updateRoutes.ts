import { z } from 'zod';
import { REPORTING_REASONS, UPDATE_STATES } from '../../domain/plans/index.js';
import {
  addUpdateEvidence,
  approveMilestoneUpdate,
  getEvidenceFile,
  getQuarterPublicationSummary,
  listMyUpdatesDue,
  listReviewQueue,
  publishQuarter,
  returnMilestoneUpdate,
  saveMilestoneUpdate,
  submitMilestoneUpdate,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import {
  evidenceIdParams,
  evidenceView,
  milestoneSummary,
  planSummary,
  quarterParams,
  stateChangeBody,
  updateBody,
  updateIdParams,
  updateParams,
  updateView,
} from './schemas.js';

const summaryMilestone = z.object({
  ref: z.string(),
  title: z.string(),
  reason: z.enum(REPORTING_REASONS),
  leads: z.array(z.string()),
  updateState: z.enum(UPDATE_STATES).nullable(),
  status: z.object({ code: z.string(), label: z.string(), symbol: z.string() }).nullable(),
  lastWrittenBy: z.string().nullable(),
});

const publicationSummary = z.object({
  plan: planSummary,
  quarter: z.string(),
  refusal: z.string().nullable(),
  due: z.number().int(),
  carriedForward: z.number().int(),
  deliveredEarly: z.number().int(),
  total: z.number().int(),
  updated: z.number().int(),
  approved: z.array(summaryMilestone),
  waiting: z.array(summaryMilestone),
  drafts: z.array(summaryMilestone),
  missing: z.array(summaryMilestone),
  publicCounts: z.array(z.object({ code: z.string(), label: z.string(), symbol: z.string(), count: z.number().int() })),
});

const reviewItem = z.object({ plan: planSummary, milestone: milestoneSummary, update: updateView });

const evidenceBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('link'),
    title: z.string().max(200),
    url: z.string().max(2000, { error: 'must be at most 2,000 characters' }),
  }),
  z.strictObject({
    kind: z.literal('file'),
    title: z.string().max(200),
    fileName: z.string().max(255),
    contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(7_000_000),
  }),
]);

/** Each write answers the update with its ETag, so the next write can send it back as If-Match. */
const updateTag = (update: { readonly id: number; readonly version: number }) => ({
  id: `update/${update.id}`,
  version: update.version,
});

function stateChange(
  action: 'submit' | 'approve' | 'return',
  summary: string,
  run: typeof submitMilestoneUpdate,
): RouteDefinition {
  return defineRoute({
    method: 'POST',
    url: `/api/updates/:updateId/${action}`,
    operationId: `${action}MilestoneUpdate`,
    summary,
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: updateIdParams,
    body: stateChangeBody,
    response: updateView,
    etag: (result: { readonly id: number; readonly version: number }) => updateTag(result),
    ifMatch: { versionField: 'version', idOf: (params: { updateId: number }) => `update/${params.updateId}` },
    handler: (ctx, { params, body }) => run(ctx, { updateId: params.updateId, ...body }),
  });
}

export const updateRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/milestones/:ref/updates/:quarter',
    operationId: 'saveMilestoneUpdate',
    summary: "Write the draft of a milestone's quarterly update, at the version last read (0 for a new one)",
    description: 'A write based on an older version is refused with 409 and the current version.',
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: updateParams,
    body: updateBody,
    response: updateView,
    etag: (result: { readonly id: number; readonly version: number }) => updateTag(result),
    // The path names the milestone and quarter, not the update, so only the version is checked.
    ifMatch: { versionField: 'version' },
    handler: (ctx, { params, body }) => saveMilestoneUpdate(ctx, { ...params, ...body }),
  }),
  stateChange('submit', 'Hand a draft update to the performance team', submitMilestoneUpdate),
  stateChange('approve', 'Approve a submitted update for publication with its quarter', approveMilestoneUpdate),
  stateChange('return', 'Send an update back to its owner with a comment', returnMilestoneUpdate),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/quarters/:quarter/publication-summary',
    operationId: 'getQuarterPublicationSummary',
    summary: 'What publishing a quarter would make public: milestones due, updated, approved, missing, drafts left',
    tag: 'Quarterly updates',
    access: 'signed-in',
    keptPerCaller: true,
    params: quarterParams,
    response: publicationSummary,
    handler: (ctx, { params }) => getQuarterPublicationSummary(ctx, params),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/quarters/:quarter/publish',
    operationId: 'publishQuarter',
    summary: "Publish a quarter's approved updates and open the next quarter",
    description:
      'The quarter named is the one closed: a repeated request, or one naming a quarter the plan is not collecting, is refused with 409.',
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: quarterParams,
    response: z.object({
      quarter: z.string(),
      published: z.number().int(),
      leftUnpublished: z.number().int(),
      narrativesPublished: z.number().int(),
      nextReportingQuarter: z.string(),
    }),
    handler: (ctx, { params }) => publishQuarter(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/my/updates-due',
    operationId: 'listMyUpdatesDue',
    summary: 'The quarterly updates the caller has to write',
    tag: 'Quarterly updates',
    access: 'signed-in',
    keptPerCaller: true,
    response: z.object({
      plans: z.array(
        z.object({
          plan: planSummary,
          quarter: z.string(),
          items: z.array(
            z.object({
              milestone: milestoneSummary,
              reason: z.enum(REPORTING_REASONS),
              update: z
                .object({ id: z.number().int(), state: z.enum(UPDATE_STATES), version: z.number().int() })
                .nullable(),
            }),
          ),
        }),
      ),
    }),
    handler: (ctx) => listMyUpdatesDue(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/review-queue',
    operationId: 'listReviewQueue',
    summary: 'Submitted updates waiting for review, and approved ones waiting for publication',
    tag: 'Quarterly updates',
    access: 'signed-in',
    keptPerCaller: true,
    response: z.object({ waiting: z.array(reviewItem), approved: z.array(reviewItem) }),
    handler: (ctx) => listReviewQueue(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/updates/:updateId/evidence',
    operationId: 'addUpdateEvidence',
    summary: 'Attach a link or a file (PDF, image, Office document, CSV, text; at most 5 MB) to an update',
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: updateIdParams,
    body: evidenceBody,
    bodyLimit: 8 * 1024 * 1024,
    response: evidenceView,
    created: (result: { readonly id: number }) => `/api/evidence/${result.id}`,
    handler: (ctx, { params, body }) =>
      addUpdateEvidence(
        ctx,
        body.kind === 'link'
          ? { updateId: params.updateId, ...body }
          : {
              updateId: params.updateId,
              kind: 'file',
              title: body.title,
              fileName: body.fileName,
              content: Buffer.from(body.contentBase64, 'base64'),
            },
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/evidence/:evidenceId',
    operationId: 'getEvidenceFile',
    summary: 'Download an evidence file',
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: evidenceIdParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => getEvidenceFile(ctx, params),
  }),
];
