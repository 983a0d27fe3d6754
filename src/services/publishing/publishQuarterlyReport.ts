import { BluelampProblem } from '../../domain/errors.js';
import {
  quarterlyReportKey,
  type PublishedReportVersion,
  type QuarterlyReport,
} from '../../domain/publishing/index.js';
import { renderQuarterlyHtml } from '../../reports/index.js';
import { findPlanVersions } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { assembleQuarterlyReport, type QuarterlyReportInput } from './buildQuarterlyReport.js';
import { publishReportSnapshot } from './reportVersions.js';

/** The report as it would be published, for the performance team to read before they publish. */
export async function previewQuarterlyReport(
  ctx: ServiceContext,
  input: QuarterlyReportInput,
): Promise<QuarterlyReport> {
  authorise(ctx, 'reports.publish');
  return assembleQuarterlyReport(ctx, input);
}

/**
 * Publishes a plan's quarterly progress report: freezes the HTML and the data it shows as a new
 * version under the report's stable key. A second publication is a correction and needs a note.
 */
export async function publishQuarterlyReport(
  ctx: ServiceContext,
  input: QuarterlyReportInput & { readonly note?: string | null | undefined },
): Promise<PublishedReportVersion> {
  authorise(ctx, 'reports.publish');
  const report = await assembleQuarterlyReport(ctx, input);
  const versions = await findPlanVersions(ctx.store.db, report.plan.key);
  if (versions.find((plan) => plan.version === report.plan.version)?.state === 'draft') {
    throw new BluelampProblem(
      'conflict',
      `${report.plan.title} is still a draft: publish the plan before its reports.`,
      'plan',
    );
  }
  return publishReportSnapshot(ctx, {
    reportKey: quarterlyReportKey(report.plan.key, report.quarter.code),
    kind: 'quarterly-progress',
    title: `${report.plan.title}: progress update`,
    period: report.quarter.title,
    asAt: report.asAt,
    html: renderQuarterlyHtml(report),
    data: report,
    note: input.note ?? null,
  });
}
