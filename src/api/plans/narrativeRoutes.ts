import { z } from 'zod';
import { NARRATIVE_MAX_LENGTH, UPDATE_STATES } from '../../domain/plans/index.js';
import {
  approveQuarterNarrative,
  listQuarterNarratives,
  returnQuarterNarrative,
  saveQuarterNarrative,
  submitQuarterNarrative,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { planSummary, quarterParams, stateChangeBody, text } from './schemas.js';

const part = z.object({ ref: z.string(), title: z.string(), kind: z.enum(['chapter', 'section']) });

export const narrativeView = z.object({
  id: z.number().int(),
  planKey: z.string(),
  part,
  quarter: z.string(),
  state: z.enum(UPDATE_STATES),
  narrative: z.string(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  submittedBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

const narrativeParams = quarterParams.extend({ nodeRef: z.string().min(1).max(64) });
const narrativeIdParams = z.strictObject({ narrativeId: z.coerce.number().int().positive() });
const narrativeBody = z.strictObject({
  narrative: text(NARRATIVE_MAX_LENGTH),
  version: z.number().int().min(0),
});

/** Each write answers the narrative with its ETag, so the next write can send it back as If-Match. */
const narrativeTag = (narrative: { readonly id: number; readonly version: number }) => ({
  id: `narrative/${narrative.id}`,
  version: narrative.version,
});

function stateChange(
  action: 'submit' | 'approve' | 'return',
  summary: string,
  run: typeof submitQuarterNarrative,
): RouteDefinition {
  return defineRoute({
    method: 'POST',
    url: `/api/narratives/:narrativeId/${action}`,
    operationId: `${action}QuarterNarrative`,
    summary,
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: narrativeIdParams,
    body: stateChangeBody,
    response: narrativeView,
    etag: (result: { readonly id: number; readonly version: number }) => narrativeTag(result),
    ifMatch: { versionField: 'version', idOf: (params: { narrativeId: number }) => `narrative/${params.narrativeId}` },
    handler: (ctx, { params, body }) => run(ctx, { narrativeId: params.narrativeId, ...body }),
  });
}

export const narrativeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/quarters/:quarter/narratives',
    operationId: 'listQuarterNarratives',
    summary: "Each chapter's and section's other progress for the quarter",
    description: 'Published narratives are public; drafts and those under review only for the performance team.',
    tag: 'Quarterly updates',
    access: 'public',
    keptPerCaller: true,
    params: quarterParams,
    response: z.object({
      plan: planSummary,
      quarter: z.string(),
      parts: z.array(z.object({ part, narrative: narrativeView.nullable() })),
    }),
    handler: (ctx, { params }) => listQuarterNarratives(ctx, params),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/quarters/:quarter/narratives/:nodeRef',
    operationId: 'saveQuarterNarrative',
    summary: "Write the draft of a chapter's or section's other progress, at the version last read (0 for a new one)",
    description: 'A write based on an older version is refused with 409 and the current version.',
    tag: 'Quarterly updates',
    access: 'signed-in',
    params: narrativeParams,
    body: narrativeBody,
    response: narrativeView,
    etag: (result: { readonly id: number; readonly version: number }) => narrativeTag(result),
    // The path names the milestone and quarter, not the narrative, so only the version is checked.
    ifMatch: { versionField: 'version' },
    handler: (ctx, { params, body }) => saveQuarterNarrative(ctx, { ...params, ...body }),
  }),
  stateChange('submit', 'Hand a draft narrative in for review', submitQuarterNarrative),
  stateChange('approve', 'Approve a submitted narrative for publication with its quarter', approveQuarterNarrative),
  stateChange('return', 'Send a narrative back to its writer with a comment', returnQuarterNarrative),
];
