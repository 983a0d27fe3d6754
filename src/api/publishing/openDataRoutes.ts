import { z } from 'zod';
import type { OpenDataView } from '../../domain/publishing/index.js';
import {
  buildAllProgressView,
  buildHomeView,
  buildInspectionsView,
  buildInspectionView,
  buildMeasuresView,
  buildMeasureView,
  buildPlansView,
  buildPlanView,
  buildPrioritiesView,
  buildPriorityCategoryView,
  buildProgressView,
  buildQuarterProgressView,
  buildReportsView,
  buildReportView,
  openDataCsvFile,
  openDataJsonFile,
  type ServiceContext,
} from '../../services/index.js';
import { limitHeavyDownload } from '../clientLimits.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';
import { openDataParams, openDataQuery, openDataViewShape } from './openDataSchemas.js';

const TAG = 'Open data';

export interface OpenDataPageRoute<P> {
  readonly operationId: string;
  /** The page's path after /public (and the API's after /api/open-data): '' for the home page. */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodType<P>;
  readonly build: (ctx: ServiceContext, params: P) => Promise<OpenDataView>;
}

/**
 * One public page's API: GET /api/open-data/<path> answers the page's view as JSON;
 * ?download=json the same as a JSON file; ?format=csv&table=<name> one of its tables as CSV.
 * A new public page needs only its view builder and one of these.
 */
export function openDataRoute<P>(page: OpenDataPageRoute<P>): RouteDefinition {
  return defineRoute<P, z.infer<typeof openDataQuery>, unknown, OpenDataView | FileDownload>({
    method: 'GET',
    url: `/api/open-data${page.path}`,
    operationId: page.operationId,
    summary: page.summary,
    description:
      `The public page /public${page.path} as data: its tables, chart and notes. ` +
      'Add ?format=csv&table=<name> for one table as CSV, or ?download=json for the whole page as a JSON file. ' +
      'Every answer carries a strong ETag (304 to a matching If-None-Match) and may be cached for five minutes.',
    tag: TAG,
    access: 'public',
    ...(page.params === undefined ? {} : { params: page.params }),
    query: openDataQuery,
    // The JSON is the view; a file goes out as a download (download: 'on-request').
    response: openDataViewShape,
    download: 'on-request',
    publicData: true,
    handler: async (ctx, { params, query, http }): Promise<OpenDataView | FileDownload> => {
      if (query.format === 'csv') limitHeavyDownload(ctx, http);
      const view = await page.build(ctx, params);
      if (query.format === 'csv') return openDataCsvFile(view, query.table ?? '');
      if (query.download === 'json') return openDataJsonFile(view);
      return view;
    },
  });
}

const { plan, quarter, year, slug } = openDataParams;

export const openDataRoutes: RouteDefinition[] = [
  openDataRoute({
    operationId: 'getOpenDataHome',
    path: '',
    summary: 'The public site’s home page: its sections and the latest published progress on each plan',
    build: (ctx) => buildHomeView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataPlans',
    path: '/plans',
    summary: 'The published plans (never drafts)',
    build: (ctx) => buildPlansView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataPlan',
    path: '/plans/:plan',
    summary: 'A published plan’s tree: its parts and milestones with due dates and leads',
    params: z.strictObject({ plan }),
    build: (ctx, params) => buildPlanView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataPlanProgress',
    path: '/plans/:plan/progress',
    summary: 'The quarters a plan has published updates for, counted by status',
    params: z.strictObject({ plan }),
    build: (ctx, params) => buildProgressView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataQuarterProgress',
    path: '/plans/:plan/progress/:quarter',
    summary: 'One published quarter: every milestone due or carried forward, with its published status and narrative',
    params: z.strictObject({ plan, quarter }),
    build: (ctx, params) => buildQuarterProgressView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataProgress',
    path: '/progress',
    summary: 'Every published quarter of every published plan, its updates counted by status',
    build: (ctx) => buildAllProgressView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataMeasures',
    path: '/measures',
    summary: 'Every measure with London’s latest tested change and its verdict',
    build: (ctx) => buildMeasuresView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataMeasure',
    path: '/measures/:measure',
    summary: 'One measure: its verdict sentence, its monthly control chart and the figures behind it',
    params: z.strictObject({ measure: slug }),
    build: (ctx, params) => buildMeasureView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataLatestPriorities',
    path: '/priorities',
    summary: 'The latest year’s local priorities (the view names its own year’s address)',
    build: (ctx) => buildPrioritiesView(ctx, {}),
  }),
  openDataRoute({
    operationId: 'getOpenDataPriorities',
    path: '/priorities/:year',
    summary: 'Every borough’s local priorities for a year, and the London tile map of the crime most chose',
    params: z.strictObject({ year }),
    build: (ctx, params) => buildPrioritiesView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataPriorityCategory',
    path: '/priorities/:year/categories/:category',
    summary: 'One crime across London on the tile map, the boroughs that chose it against the others',
    params: z.strictObject({ year, category: slug }),
    build: (ctx, params) => buildPriorityCategoryView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataInspections',
    path: '/inspections',
    summary: 'Every inspection report, with its findings counted and how many are closed or overdue',
    build: (ctx) => buildInspectionsView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataInspection',
    path: '/inspections/:inspection',
    summary: 'An inspection’s grades, and every finding with the force’s response and whether it is overdue',
    params: z.strictObject({ inspection: slug }),
    build: (ctx, params) => buildInspectionView(ctx, params),
  }),
  openDataRoute({
    operationId: 'getOpenDataReports',
    path: '/reports',
    summary: 'Every published report (quarterly progress reports, board packs) with its latest version',
    build: (ctx) => buildReportsView(ctx),
  }),
  openDataRoute({
    operationId: 'getOpenDataReport',
    path: '/reports/:report',
    summary: 'One published report: every version, its correction note, and where to read it as published',
    params: z.strictObject({
      report: z
        .string()
        .max(200)
        .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a report key' }),
    }),
    build: (ctx, params) => buildReportView(ctx, params),
  }),
];
