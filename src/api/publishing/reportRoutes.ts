import { z } from 'zod';
import { BluelampProblem } from '../../domain/errors.js';
import { REPORT_KINDS, type QuarterlyReport } from '../../domain/publishing/index.js';
import {
  publishedDocx,
  renderQuarterlyDocx,
  renderPublishedBoardPackHtml,
  renderQuarterlyHtml,
} from '../../reports/index.js';
import {
  getPublishedReport,
  listPublishedReports,
  previewQuarterlyReport,
  publishBoardPack,
  publishQuarterlyReport,
} from '../../services/index.js';
import { text } from '../plans/schemas.js';
import { printPdf } from '../pdfPrinting.js';
import { defineRoute, type FileDownload, type RouteDefinition } from '../route.js';

const reportKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: 'must be a report key such as met-business-plan-2018-19-2018-19-q1' });
const reportParams = z.strictObject({ report: reportKey });
const versionParams = reportParams.extend({ version: z.coerce.number().int().positive().max(1_000_000) });
const quarterlyInput = z.strictObject({ plan: text(100).min(1), quarter: text(20).min(1) });

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

function htmlFile(fileName: string, html: string, published: boolean): FileDownload {
  const content = Buffer.from(html, 'utf8');
  return { fileName, mediaType: 'text/html; charset=utf-8', content, inline: true, immutable: published };
}

function pdfFile(fileName: string, content: Buffer, published: boolean): FileDownload {
  return { fileName, mediaType: 'application/pdf', content, immutable: published };
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function previewFile(report: QuarterlyReport, format: 'html' | 'pdf' | 'docx'): Promise<FileDownload> {
  const name = `${report.plan.key}-${report.quarter.code.toLowerCase().replace(' ', '-')}-preview`;
  if (format === 'docx') {
    return { fileName: `${name}.docx`, mediaType: DOCX_TYPE, content: await renderQuarterlyDocx(report) };
  }
  const html = renderQuarterlyHtml(report);
  return format === 'html'
    ? htmlFile(`${name}.html`, html, false)
    : pdfFile(`${name}.pdf`, await printPdf(html), false);
}

const readRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/reports',
    operationId: 'listPublishedReports',
    summary: 'Every published report with its versions, newest first',
    tag: 'Reports',
    access: 'public',
    response: z.array(reportSchema).readonly(),
    handler: (ctx) => listPublishedReports(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report',
    operationId: 'getPublishedReportVersions',
    summary: 'One published report and its versions, with the note each correction gives',
    tag: 'Reports',
    access: 'public',
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
    handler: async (ctx, { params }) => {
      const published = await getPublishedReport(ctx, params);
      return htmlFile(`${params.report}-v${params.version}.html`, published.html, true);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:report/versions/:version/pdf',
    operationId: 'getPublishedReportPdf',
    summary: 'One version of a published report as PDF, printed from its frozen HTML',
    tag: 'Reports',
    access: 'public',
    params: versionParams,
    download: true,
    response: z.unknown(),
    handler: async (ctx, { params }) => {
      const published = await getPublishedReport(ctx, params);
      return pdfFile(`${params.report}-v${params.version}.pdf`, await printPdf(published.html), true);
    },
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
    handler: async (ctx, { params }) => {
      const content = await publishedDocx(await getPublishedReport(ctx, params));
      if (content === null) throw new BluelampProblem('not-found', 'This report is published as HTML and PDF only.');
      return { fileName: `${params.report}-v${params.version}.docx`, mediaType: DOCX_TYPE, content, immutable: true };
    },
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
    handler: async (ctx, { query }) => previewFile(await previewQuarterlyReport(ctx, query), query.format),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/quarterly',
    operationId: 'publishQuarterlyReport',
    summary:
      'Publish a quarterly progress report: freezes it as a new version; publishing again is a correction and needs a note',
    tag: 'Reports',
    access: 'signed-in',
    body: quarterlyInput.extend({ note: text(2000).optional() }),
    response: versionSchema,
    handler: (ctx, { body }) => publishQuarterlyReport(ctx, body, renderQuarterlyHtml),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/board-packs',
    operationId: 'publishBoardPack',
    summary:
      "Publish a board meeting's pack: frozen as a new version and public from then on; again, a correction with a note",
    tag: 'Reports',
    access: 'signed-in',
    body: z.strictObject({ meeting: z.number().int().positive().max(2_147_483_647), note: text(2000).optional() }),
    response: versionSchema,
    handler: (ctx, { body }) => publishBoardPack(ctx, body, renderPublishedBoardPackHtml),
  }),
];

/** The performance team's preview and publishing, and published reports, read by anyone. */
export const reportRoutes: RouteDefinition[] = [...writeRoutes, ...readRoutes];
