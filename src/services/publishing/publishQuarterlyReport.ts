import {
  quarterlyReportKey,
  type PublishedReportVersion,
  type QuarterlyReport,
} from '../../domain/publishing/index.js';
import { renderQuarterlyHtml } from '../../reports/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { assembleQuarterlyReport, type QuarterlyReportInput } from './buildQuarterlyReport.js';
import { keepPublishedFiles } from './publishedFiles.js';
import { publishReportSnapshot } from './reportVersions.js';
import { checkReportableQuarter } from './reportableQuarter.js';

/** The report as it would be published, for the performance team to read before they publish. */
export async function previewQuarterlyReport(
  ctx: ServiceContext,
  input: QuarterlyReportInput,
): Promise<QuarterlyReport> {
  authorise(ctx, 'reports.publish');
  await checkReportableQuarter(ctx, input);
  return assembleQuarterlyReport(ctx, input);
}

/**
 * Publishes a plan's quarterly progress report: freezes the HTML and the data it shows as a new
 * version under the report's stable key. A second publication is a correction and needs a note.
 * Only a published quarter of the plan's period, on its current version, can be reported. A
 * request naming the version it expects to create is refused with 409 once that version exists.
 */
export async function publishQuarterlyReport(
  ctx: ServiceContext,
  input: QuarterlyReportInput & {
    readonly note?: string | null | undefined;
    readonly expectedVersion?: number | undefined;
  },
): Promise<PublishedReportVersion> {
  authorise(ctx, 'reports.publish');
  await checkReportableQuarter(ctx, input);
  const report = await assembleQuarterlyReport(ctx, input);
  const published = await publishReportSnapshot(ctx, {
    reportKey: quarterlyReportKey(report.plan.key, report.quarter.code),
    kind: 'quarterly-progress',
    title: `${report.plan.title}: progress update`,
    period: report.quarter.title,
    asAt: report.asAt,
    html: await renderQuarterlyHtml(report),
    data: report,
    note: input.note ?? null,
    expectedVersion: input.expectedVersion,
  });
  return keepPublishedFiles(ctx, published);
}
