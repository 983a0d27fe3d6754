import { z } from 'zod';
import {
  checkAbstractions,
  checkWardPosts,
  getAbstractionSummary,
  getDeploymentCsv,
  getNeighbourhoodMinimum,
  getWardProfile,
  importAbstractions,
  importWardPosts,
  listBoroughWards,
  listNeighbourhoodCompliance,
  setNeighbourhoodMinimum,
  type WardFileCheck,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { isoDate } from '../schemas.js';
import {
  abstractionResponse,
  boroughText,
  boroughWardsResponse,
  complianceResponse,
  dayQuery,
  minimumSetting,
  uploadBody,
  wardProfileResponse,
  wardFileCheck,
  wardText,
} from './schemas.js';

const TAG = 'Neighbourhoods';

const readRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/compliance',
    operationId: 'listNeighbourhoodCompliance',
    summary: 'Wards meeting the minimum DWOs and PCSOs, and posts short of it, for London, each BCU and each borough',
    tag: TAG,
    access: 'public',
    keptPerCaller: true,
    query: dayQuery,
    response: complianceResponse,
    handler: (ctx, { query }) => listNeighbourhoodCompliance(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/boroughs/:borough/wards',
    operationId: 'listBoroughWards',
    summary:
      "A borough's wards with their DWO and PCSO establishment, actual strength and standing against the minimum",
    tag: TAG,
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ borough: boroughText }),
    query: dayQuery.pick({ on: true }),
    response: boroughWardsResponse,
    handler: (ctx, { params, query }) => listBoroughWards(ctx, { borough: params.borough, on: query.on }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/wards/:ward',
    operationId: 'getWardProfile',
    summary: "A ward's DWO and PCSO posts against the minimum, beside its latest months of recorded crime",
    tag: TAG,
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ ward: wardText }),
    query: dayQuery.pick({ on: true }),
    response: wardProfileResponse,
    handler: (ctx, { params, query }) => getWardProfile(ctx, { ward: params.ward, on: query.on }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/deployment.csv',
    operationId: 'getDeploymentCsv',
    summary: 'The ward deployment table as open data (CSV): one borough, or every ward in London',
    tag: TAG,
    access: 'public',
    query: dayQuery,
    download: true,
    response: z.unknown(),
    handler: (ctx, { query }) => getDeploymentCsv(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/abstractions',
    operationId: 'getAbstractionSummary',
    summary: 'Hours ward officers were taken off their wards, by reason and role, for a period',
    tag: TAG,
    access: 'public',
    keptPerCaller: true,
    query: z.strictObject({
      from: isoDate.optional().describe('First day (default: the first day anything is recorded for)'),
      to: isoDate.optional().describe('Last day (default: the last day anything is recorded for)'),
      borough: boroughText.optional(),
    }),
    response: abstractionResponse,
    handler: (ctx, { query }) => getAbstractionSummary(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/neighbourhoods/minimum',
    operationId: 'getNeighbourhoodMinimum',
    summary: 'The minimum DWOs and PCSOs in post that each ward is judged against',
    tag: TAG,
    access: 'public',
    keptPerCaller: true,
    response: minimumSetting,
    handler: (ctx) => getNeighbourhoodMinimum(ctx),
  }),
];

const writeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'PUT',
    url: '/api/neighbourhoods/minimum',
    operationId: 'setNeighbourhoodMinimum',
    summary: 'Set the minimum DWOs and PCSOs per ward (recorded in the audit trail)',
    tag: TAG,
    access: 'signed-in',
    body: z.strictObject({
      dwo: z.number().int().min(0).max(20),
      pcso: z.number().int().min(0).max(20),
      reason: z.string().max(1000).optional(),
    }),
    response: minimumSetting,
    handler: (ctx, { body }) => setNeighbourhoodMinimum(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/neighbourhoods/posts',
    operationId: 'importWardPosts',
    summary:
      'Load a ward posts CSV (Borough, Ward, Ward code, Role, Establishment, Actual, As at); all or nothing, problems by row and column',
    tag: TAG,
    access: 'signed-in',
    body: uploadBody,
    bodyLimit: 16 * 1024 * 1024,
    response: z.object({
      fileName: z.string(),
      rows: z.number().int(),
      added: z.number().int(),
      revised: z.number().int(),
      unchanged: z.number().int(),
      wardsCreated: z.array(z.object({ code: z.string(), name: z.string(), borough: z.string() })),
      asAt: z.array(z.string()).describe('The days the figures are as at (YYYY-MM-DD)'),
      boroughs: z.array(z.string()).describe('The codes of the boroughs the file gives figures for'),
    }),
    handler: (ctx, { body }) =>
      importWardPosts(ctx, { fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64') }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/neighbourhoods/abstractions',
    operationId: 'importAbstractions',
    summary:
      'Load an abstractions CSV (Borough, Ward, Role, Date, Hours, Reason, Note); all or nothing, the same file never twice',
    tag: TAG,
    access: 'signed-in',
    body: uploadBody,
    bodyLimit: 16 * 1024 * 1024,
    response: z.object({
      fileName: z.string(),
      rows: z.number().int(),
      hours: z.number(),
      firstDate: z.string(),
      lastDate: z.string(),
    }),
    handler: (ctx, { body }) =>
      importAbstractions(ctx, { fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64') }),
  }),
];

/** Checks answer every problem as data (file, row, column) so the web app can list them; nothing is written. */
const checkRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    url: '/api/neighbourhoods/posts/check',
    operationId: 'checkWardPosts',
    summary: 'Check a ward posts CSV as a load would, writing nothing: its rows, and every problem as data',
    tag: TAG,
    access: 'signed-in',
    body: uploadBody,
    bodyLimit: 16 * 1024 * 1024,
    response: wardFileCheck,
    handler: async (ctx, { body }) =>
      wardFileCheckAnswer(
        await checkWardPosts(ctx, { fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64') }),
      ),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/neighbourhoods/abstractions/check',
    operationId: 'checkAbstractions',
    summary: 'Check an abstractions CSV as a load would, writing nothing: its rows, and every problem as data',
    tag: TAG,
    access: 'signed-in',
    body: uploadBody,
    bodyLimit: 16 * 1024 * 1024,
    response: wardFileCheck,
    handler: async (ctx, { body }) =>
      wardFileCheckAnswer(
        await checkAbstractions(ctx, { fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64') }),
      ),
  }),
];

function wardFileCheckAnswer(check: WardFileCheck): z.infer<typeof wardFileCheck> {
  return {
    fileName: check.fileName,
    rows: check.rows,
    problems: check.problems.map((p) => ({ file: p.file, row: p.row, column: p.column, problem: p.message })),
  };
}

export const neighbourhoodRoutes: RouteDefinition[] = [...readRoutes, ...writeRoutes, ...checkRoutes];
