import { formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { buildMilestoneRecords, statusScaleOf } from '../../domain/plans/index.js';
import { quarterlyReportKey } from '../../domain/publishing/index.js';
import { findPlanRecord, listUpdatesOfPlan, loadPlanContent } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findPlanId } from '../plans/findPlanId.js';
import { quarterFromInput } from '../plans/planAccess.js';
import { assembleQuarterlyReport, type QuarterlyReportInput } from './buildQuarterlyReport.js';
import { publicationCounts, publicationVersion, type PublicationSummary } from './publicationSummary.js';
import { checkReportableQuarter } from './reportableQuarter.js';

/** The sentence a refused publication gives, or null; a plan that does not exist is still a 404. */
async function refusalOf(ctx: ServiceContext, input: QuarterlyReportInput): Promise<string | null> {
  try {
    await checkReportableQuarter(ctx, input);
    return null;
  } catch (error) {
    if (error instanceof BluelampProblem && (error.kind === 'conflict' || error.kind === 'invalid-input')) {
      return error.message;
    }
    throw error;
  }
}

/**
 * What publishing a plan's quarterly report would make public, read before it is published: the
 * report's title and period, the plan version it is built on, whether it is a first version or a
 * correction, the quarter's counts with "no update" among them, the headline measures with no
 * figures, and why it would be refused, if it would. A refused report is not built, so nothing
 * outside the plan's period is ever assembled.
 */
export async function getReportPublicationSummary(
  ctx: ServiceContext,
  input: QuarterlyReportInput,
): Promise<PublicationSummary> {
  authorise(ctx, 'reports.publish');
  const quarter = quarterFromInput(input.quarter, 'quarter');
  const db = ctx.store.db;
  const plan = await findPlanRecord(db, await findPlanId(ctx, input.plan));
  const content = plan === undefined ? undefined : await loadPlanContent(db, plan.id);
  if (plan === undefined || content === undefined) {
    throw new BluelampProblem('not-found', `There is no plan "${input.plan}".`, 'plan');
  }
  const code = formatQuarterShort(quarter);
  const refusal = await refusalOf(ctx, input);
  const report = refusal === null ? await assembleQuarterlyReport(ctx, input) : null;
  const records = buildMilestoneRecords(content, await listUpdatesOfPlan(db, plan.key), false);
  const planView = { key: plan.key, title: plan.title, version: plan.version };
  const reportKey = quarterlyReportKey(plan.key, code);
  return {
    reportKey,
    title: `${plan.title}: progress update`,
    period: report?.quarter.title ?? code,
    quarter: code,
    plans: [planView],
    publication: await publicationVersion(db, reportKey),
    counts: [publicationCounts(planView, records, quarter, statusScaleOf(content.plan))],
    withoutFigures: (report?.headlines ?? [])
      .filter((h) => h.verdict === null)
      .map((h) => ({ measure: h.measure, sentence: h.sentence })),
    refusal,
  };
}
