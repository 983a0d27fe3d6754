import { parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { Transaction } from 'kysely';
import {
  appendAuditRecords,
  findPlanRecord,
  findPlanVersions,
  setPlanState,
  type DatabaseSchema,
  type PlanRecord,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { firstReportingQuarter, planSummary, type PlanSummary } from './planViews.js';

/**
 * Publishes a draft version: it becomes the plan everyone sees and the one reported against;
 * the version it replaces is kept, marked superseded. Published versions never change.
 */
export async function publishPlan(
  ctx: ServiceContext,
  input: { planId: number; publishedOn?: string | undefined; version?: number | undefined },
): Promise<PlanSummary> {
  authorise(ctx, 'plans.edit');
  const publishedOn = input.publishedOn ?? ctx.today();
  if (parseIsoDate(publishedOn) === null) {
    throw new BluelampProblem('invalid-input', 'publishedOn must be a date written YYYY-MM-DD.', 'publishedOn');
  }
  return ctx.store.db.transaction().execute((trx) => publishDraft(ctx, trx, input.planId, publishedOn, input.version));
}

/**
 * Why a plan version cannot be published, or null when it can. A request names the version it
 * means to publish, so a repeated or out-of-date one is refused rather than acting on another.
 */
export function planPublicationRefusal(plan: PlanRecord, version?: number): string | null {
  if (version !== undefined && version !== plan.version) {
    return `Plan ${plan.id} is version ${plan.version} of ${plan.title}, not version ${version}.`;
  }
  if (plan.state === 'published') {
    return `Version ${plan.version} of ${plan.title} is already published${plan.publishedOn === null ? '' : `, since ${plan.publishedOn}`}.`;
  }
  if (plan.state === 'superseded') {
    return `Version ${plan.version} of ${plan.title} has been published and superseded by a later version.`;
  }
  return null;
}

/**
 * Publishing inside a caller's transaction: an inspection's action plan is published as each
 * action is added, together with the link from its finding.
 */
export async function publishDraft(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  planId: number,
  publishedOn: string,
  version?: number,
): Promise<PlanSummary> {
  const plan = await findPlanRecord(trx, planId);
  if (plan === undefined) throw new BluelampProblem('not-found', `There is no plan with id ${planId}.`, 'planId');
  const refusal = planPublicationRefusal(plan, version);
  if (refusal !== null) {
    throw new BluelampProblem(
      'conflict',
      `${refusal} Nothing was published.`,
      version === undefined ? 'planId' : 'version',
    );
  }
  const previous = (await findPlanVersions(trx, plan.key)).filter((other) => other.state === 'published');
  for (const old of previous) await setPlanState(trx, old.id, { state: 'superseded' });
  const reportingQuarter = previous.at(-1)?.reportingQuarter ?? firstReportingQuarter(plan);
  await setPlanState(trx, plan.id, { state: 'published', publishedOn, reportingQuarter });
  const after = { ...plan, state: 'published' as const, publishedOn, reportingQuarter };
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'plan',
      entityId: `${plan.key} v${plan.version}`,
      before: { state: plan.state },
      after: { state: 'published', publishedOn, reportingQuarter, superseded: previous.map((p) => p.version) },
      reason: 'Plan published',
    }),
  ]);
  return planSummary(after);
}
