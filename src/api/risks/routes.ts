import { z } from 'zod';
import { addRisk, editRisk, getRisk, listRisks, renderRiskHeatMap, reviewRisk } from '../../services/index.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';
import {
  editRiskBody,
  newRiskBody,
  register,
  registerQuery,
  reviewBody,
  riskPage,
  riskParams,
  riskWritten,
} from './schemas.js';

const TAG = 'Risks';

/** A risk's ETag names it by its reference; writes check If-Match against the risk in the path. */
const riskTag = (ref: string, version: number) => ({ id: `risk/${ref}`, version });
const riskIfMatch = { versionField: 'expectedVersion', idOf: (params: { ref: string }) => `risk/${params.ref}` };
const riskAddress = (ref: string) => `/api/risks/${encodeURIComponent(ref)}`;

/** The strategic risk register: read by anyone signed in, written by the performance team. */
export const riskRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/risks',
    operationId: 'listRisks',
    summary: 'The risk register, highest residual score first, with its heat map',
    tag: TAG,
    access: 'signed-in',
    keptPerCaller: true,
    query: registerQuery,
    response: register,
    handler: (ctx, { query }) => listRisks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/risks/heat-map.svg',
    operationId: 'getRiskHeatMapSvg',
    summary: 'The residual heat map as an SVG file, for pages, downloads and board packs',
    tag: TAG,
    access: 'signed-in',
    query: registerQuery,
    download: true,
    response: z.unknown().describe('image/svg+xml'),
    handler: async (ctx, { query }): Promise<FileDownload> => {
      const { fileName, svg } = await renderRiskHeatMap(ctx, query);
      return { fileName, mediaType: 'image/svg+xml', content: Buffer.from(svg), inline: true };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/risks',
    operationId: 'addRisk',
    summary: 'Put a new risk on the register',
    tag: TAG,
    access: 'signed-in',
    body: newRiskBody,
    response: riskWritten,
    created: (result) => riskAddress(result.ref),
    etag: (result) => riskTag(result.ref, result.version),
    handler: (ctx, { body }) => addRisk(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/risks/:ref',
    operationId: 'getRisk',
    summary: 'A risk with its board reviews and every change made to it',
    tag: TAG,
    access: 'signed-in',
    keptPerCaller: true,
    params: riskParams,
    response: riskPage,
    etag: (result) => riskTag(result.risk.ref, result.risk.version),
    handler: (ctx, { params }) => getRisk(ctx, params),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/risks/:ref',
    operationId: 'editRisk',
    summary: 'Change a risk; refused (409) if someone changed it since you read it',
    tag: TAG,
    access: 'signed-in',
    params: riskParams,
    body: editRiskBody,
    response: riskWritten,
    ifMatch: riskIfMatch,
    etag: (result) => riskTag(result.ref, result.version),
    handler: (ctx, { params, body }) => editRisk(ctx, { ref: params.ref, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/risks/:ref/reviews',
    operationId: 'reviewRisk',
    summary: 'Record a board’s review of a risk at one of its meetings, with the residual scores agreed',
    tag: TAG,
    access: 'signed-in',
    params: riskParams,
    body: reviewBody,
    response: riskWritten,
    ifMatch: riskIfMatch,
    etag: (result) => riskTag(result.ref, result.version),
    created: (result) => riskAddress(result.ref),
    handler: (ctx, { params, body }) => reviewRisk(ctx, { ref: params.ref, ...body }),
  }),
];
