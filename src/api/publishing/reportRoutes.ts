import { z } from 'zod';
import { REPORT_KINDS } from '../../domain/publishing/index.js';
import {
  getPublishedFile,
  getPublishedReport,
  getReportPublicationSummary,
  listPublishedReports,
  publishBoardPack,
  publishQuarterlyReport,
  type PublishedFileFormat,
  type ServiceContext,
} from '../../services/index.js';
import { limitHeavyDownload } from '../clientLimits.js';
import {
  arrayPage,
  nextCursorOfArray,
  optionalPageQueryFields,
  pageOfWhole,
  textKey,
  type PageKey,
} from '../listPages.js';
import { text } from '../plans/schemas.js';
import { reportFile } from '../reportFile.js';
import { expectedVersion, publicationSummarySchema } from './publicationSummarySchema.js';
import { defineRoute, type FileDownload, type HttpExchange, type RouteDefinition } from '../route.js';

const reportKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: 'must be a report key such as met-business-plan-2018-19-2018-19-q1' });
const reportParams = z.strictObject({ report: reportKey });
const versionParams = reportParams.extend({ version: z.coerce.number().int().positive().max(1_000_000) });
const quarterlyInput = z.strictObject({ plan: text(100).min(1), quarter: text(20).min(1) });

/** Where a published version is read back, the Location of the publishing request's 201. */
const versionAddress = (version: { readonly reportKey: string; readonly version: number }) =>
  `/api/reports/${version.reportKey}/versions/${version.version}`;

const versionSchema = z.object({
  reportKey: z.string(),
  kind: z.enum(REPORT_KINDS),
  version: z.number().int(),
  title: z.string(),
  period: z.string(),
  asAt: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  note: z.string().nullable(),
  sha256: z.string(),
});
const reportSchema = z.object({
  reportKey: z.string(),
  kind: z.enum(REPORT_KINDS),
  title: z.string(),
  period: z.string(),
  versions: z.array(versionSchema).readonly(),
});

/**
 * A published version's PDF or Word file as kept since publication, tagged with its digest; a
 * reader who is not signed in may fetch a limited number a minute.
 */
async function keptFile(
  ctx: ServiceContext,
  http: HttpExchange,
  key: { readonly report: string; readonly version: number },
  format: PublishedFileFormat,
): Promise<FileDownload> {
  limitHeavyDownload(ctx, http);
  const file = await getPublishedFile(ctx, key, format);
  return { ...file, immutable: true };
}

const REPORT_PAGES: PageKey<{ readonly reportKey: string }, [string]> = {
  list: 'reports',
  keyOf: (report) => [report.reportKey],
  shape: textKey,
};

const readRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/reports',
    operationId: 'listPublishedReports',
    summary: 'Every published report with its versions, newest first',
    tag: 'Reports',
    access: 'public',
    keptPerCaller: true,
    query: z.strictObject(optionalPageQueryFields),
    response: z.array(reportSchema).readonly(),
    nextCursor: nextCursorOfArray,
    // Published reports are read whole with their versions; a page is cut from them on the
    // report's key, and the body stays a bare array, so the cursor is only in the Link header.
    handler: async (ctx, { query }) => {
      const reports = await listPublishedReports(ctx);
      if (query.limit === undefined && query.cursor === undefined) return reports;
      return arrayPage(pageOfWhole(reports, query, REPORT_PAGES));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report',
    operationId: 'getPublishedReportVersions',
    summary: 'One published report and its versions, with the note each correction gives',
    tag: 'Reports',
    access: 'public',
    keptPerCaller: true,
    params: reportParams,
    response: reportSchema,
    handler: async (ctx, { params }) => (await listPublishedReports(ctx, { report: params.report }))[0],
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report/versions/:version',
    operationId: 'getPublishedReportData',
    summary: 'One version of a published report: the data it was built from, exactly as published',
    tag: 'Reports',
    access: 'public',
    keptPerCaller: true,
    params: versionParams,
    response: versionSchema.extend({ data: z.unknown() }),
    handler: async (ctx, { params }) => {
      const published = await getPublishedReport(ctx, params);
      return { ...published, html: undefined };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report/versions/:version/html',
    operationId: 'getPublishedReportHtml',
    summary: 'One version of a published report as the HTML frozen when it was published',
    tag: 'Reports',
    access: 'public',
    params: versionParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params }) => reportFile(ctx, { kind: 'published', ...params }, 'html'),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report/versions/:version/pdf',
    operationId: 'getPublishedReportPdf',
    summary: 'One version of a published report as PDF, printed from its frozen HTML once, when it was published',
    tag: 'Reports',
    access: 'public',
    params: versionParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params, http }) => keptFile(ctx, http, params, 'pdf'),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report/versions/:version/docx',
    operationId: 'getPublishedReportDocx',
    summary: 'One version of a quarterly progress report as a Word document, from the data frozen with it',
    tag: 'Reports',
    access: 'public',
    params: versionParams,
    download: true,
    response: z.unknown(),
    handler: (ctx, { params, http }) => keptFile(ctx, http, params, 'docx'),
  }),
];

const writeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/report-previews/quarterly',
    operationId: 'previewQuarterlyReport',
    summary: 'A quarterly progress report as it would be published, for reading before publishing it',
    tag: 'Reports',
    access: 'signed-in',
    query: quarterlyInput.extend({ format: z.enum(['html', 'pdf', 'docx']).default('html') }),
    download: true,
    response: z.unknown(),
    handler: (ctx, { query: { format, ...report } }) =>
      reportFile(ctx, { kind: 'quarterly', ...report, preview: true }, format),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/report-publications/quarterly',
    operationId: 'getReportPublicationSummary',
    summary:
      'What publishing a quarterly report would make public: plan version, first version or correction, counts, missing figures, refusal',
    tag: 'Reports',
    access: 'signed-in',
    keptPerCaller: true,
    query: quarterlyInput,
    response: publicationSummarySchema,
    handler: (ctx, { query }) => getReportPublicationSummary(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/quarterly',
    operationId: 'publishQuarterlyReport',
    summary:
      'Publish a quarterly progress report: freezes it as a new version; publishing again is a correction and needs a note',
    tag: 'Reports',
    access: 'signed-in',
    description:
      'Give expectedVersion, the version the request publishes: a repeat of a request that succeeded is then refused with 409.',
    body: quarterlyInput.extend({ note: text(2000).optional(), expectedVersion }),
    response: versionSchema,
    created: versionAddress,
    handler: (ctx, { body }) => publishQuarterlyReport(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/board-packs',
    operationId: 'publishBoardPack',
    summary:
      "Publish a board meeting's pack: frozen as a new version and public from then on; again, a correction with a note",
    tag: 'Reports',
    access: 'signed-in',
    description:
      'Give expectedVersion, the version the request publishes: a repeat of a request that succeeded is then refused with 409.',
    body: z.strictObject({
      meeting: z.number().int().positive().max(2_147_483_647),
      note: text(2000).optional(),
      expectedVersion,
    }),
    response: versionSchema,
    created: versionAddress,
    handler: (ctx, { body }) => publishBoardPack(ctx, body),
  }),
];

/** The performance team's preview and publishing, and published reports, read by anyone. */
export const reportRoutes: RouteDefinition[] = [...writeRoutes, ...readRoutes];
