import { z } from 'zod';
import { exportPlan, getPlanCoverageCsv, getPlanTemplate, importPlanFile } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { planHeader, planIdParams, text } from './schemas.js';

const format = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

const planFile = z.strictObject({
  fileName: text(255),
  format: z.enum(['csv', 'xlsx']),
  contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(14_000_000),
  header: planHeader.optional().describe("For CSV files, which hold only the plan's items: the plan's own details"),
});

export const planFileRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/export',
    operationId: 'exportPlan',
    summary: 'A plan version as a CSV or XLSX spreadsheet',
    tag: 'Plans',
    access: 'public',
    params: planIdParams,
    query: format,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params, query }) => exportPlan(ctx, { planId: params.planId, format: query.format }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/coverage.csv',
    operationId: 'getPlanCoverageCsv',
    summary: "The coverage of a plan's commitments as CSV: what delivers each, and those nothing delivers",
    tag: 'Plans',
    access: 'public',
    params: planIdParams,
    query: z.strictObject({ kind: z.string().max(60).optional() }),
    download: true,
    response: z.unknown(),
    handler: (ctx, { params, query }) => getPlanCoverageCsv(ctx, { planId: params.planId, kind: query.kind }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plan-template',
    operationId: 'getPlanTemplate',
    summary: 'An empty plan spreadsheet with example rows, to fill in and import',
    tag: 'Plans',
    access: 'public',
    query: format,
    download: true,
    response: z.unknown(),
    handler: (ctx, { query }) => getPlanTemplate(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/import',
    operationId: 'importPlanFile',
    summary: 'Import a plan from a CSV or XLSX file as a new draft version; problems name the row and column',
    tag: 'Plans',
    access: 'signed-in',
    body: planFile,
    bodyLimit: 16 * 1024 * 1024,
    response: z.object({
      id: z.number().int(),
      key: z.string(),
      version: z.number().int(),
      nodes: z.number().int(),
      milestones: z.number().int(),
    }),
    created: (result) => `/api/plans/${result.id}`,
    handler: (ctx, { body }) =>
      importPlanFile(ctx, {
        fileName: body.fileName,
        format: body.format,
        content: Buffer.from(body.contentBase64, 'base64'),
        header: body.header,
      }),
  }),
];
