import { z } from 'zod';
import { exportInspection, getInspectionTemplate, importInspectionFile } from '../../services/index.js';
import { text } from '../plans/schemas.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { inspectionKey } from './responseSchemas.js';

const base64 = z.base64({ error: 'must be the file encoded as base64' }).max(14_000_000);

const inspectionFile = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('xlsx'), fileName: text(255), contentBase64: base64 }),
  z.strictObject({
    format: z.literal('csv'),
    files: z
      .array(z.strictObject({ fileName: text(255), contentBase64: base64 }))
      .min(1)
      .max(4)
      .describe('inspection.csv, judgments.csv, findings.csv and optionally most-similar-group.csv'),
  }),
]);

const decode = (contentBase64: string) => Buffer.from(contentBase64, 'base64');

/** Inspection reports in and out of spreadsheets. */
export const inspectionFileRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/inspection-template',
    operationId: 'getInspectionTemplate',
    summary: 'A workbook with a small made-up report and a Read me sheet, to fill in and import',
    tag: 'Inspections',
    access: 'public',
    download: true,
    response: z.unknown(),
    handler: (ctx) => getInspectionTemplate(ctx, { format: 'xlsx' }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/inspections/:inspection/export',
    operationId: 'exportInspection',
    summary: 'An inspection report as the workbook it could be imported from',
    tag: 'Inspections',
    access: 'public',
    params: z.strictObject({ inspection: inspectionKey }),
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => exportInspection(ctx, { key: params.inspection, format: 'xlsx' }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/inspections/import',
    operationId: 'importInspectionFile',
    summary:
      'Load an inspection report from a workbook or CSV files, all or nothing; problems name file, row and column',
    tag: 'Inspections',
    access: 'signed-in',
    body: inspectionFile,
    bodyLimit: 16 * 1024 * 1024,
    response: z.object({
      id: z.number().int(),
      key: z.string(),
      pillars: z.number().int(),
      components: z.number().int(),
      findings: z.number().int(),
    }),
    created: (result) => `/api/inspections/${encodeURIComponent(result.key)}`,
    handler: (ctx, { body }) =>
      importInspectionFile(
        ctx,
        body.format === 'xlsx'
          ? { format: 'xlsx', fileName: body.fileName, content: decode(body.contentBase64) }
          : {
              format: 'csv',
              files: body.files.map((f) => ({ fileName: f.fileName, content: decode(f.contentBase64) })),
            },
      ),
  }),
];
