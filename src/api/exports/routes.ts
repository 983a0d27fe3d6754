import { z } from 'zod';
import {
  EXPORT_FORMATS,
  exportFindings,
  exportMilestones,
  exportReviewQueue,
  type ExportFormat,
} from '../../services/exports/index.js';
import { findingQuery } from '../inspections/routes.js';
import { milestoneQuery } from '../plans/planRoutes.js';
import { planIdParams } from '../plans/schemas.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const FORMAT_WORDS: Record<ExportFormat, string> = { xlsx: 'a workbook (XLSX)', csv: 'CSV' };
const OPERATION: Record<ExportFormat, string> = { xlsx: 'Xlsx', csv: 'Csv' };

/** Each export in both formats: the same rows as the page's JSON route, for the same filters. */
function exportRoutes(format: ExportFormat): RouteDefinition[] {
  const words = FORMAT_WORDS[format];
  return [
    defineRoute({
      method: 'GET',
      url: `/api/plans/:planId/milestones.${format}`,
      operationId: `exportMilestones${OPERATION[format]}`,
      summary: `The milestone tracker's rows for these filters as ${words}, with where the figures come from`,
      tag: 'Plans',
      access: 'public',
      params: planIdParams,
      query: milestoneQuery,
      download: true,
      response: z.unknown(),
      handler: (ctx, { params, query }) => exportMilestones(ctx, { planId: params.planId, ...query }, format),
    }),
    defineRoute({
      method: 'GET',
      url: `/api/review-queue.${format}`,
      operationId: `exportReviewQueue${OPERATION[format]}`,
      summary: `The review queue (updates waiting for review or publication) as ${words}`,
      tag: 'Quarterly updates',
      access: 'signed-in',
      download: true,
      response: z.unknown(),
      handler: (ctx) => exportReviewQueue(ctx, format),
    }),
    defineRoute({
      method: 'GET',
      url: `/api/findings.${format}`,
      operationId: `exportFindings${OPERATION[format]}`,
      summary: `The findings tracker's rows for these filters as ${words}`,
      tag: 'Inspections',
      access: 'public',
      query: findingQuery,
      download: true,
      response: z.unknown(),
      handler: (ctx, { query }) => exportFindings(ctx, { ...query, overdue: query.overdue === 'true' }, format),
    }),
  ];
}

export const exportRouteTable: RouteDefinition[] = EXPORT_FORMATS.flatMap(exportRoutes);
