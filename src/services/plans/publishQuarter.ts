import { addQuarters, formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findPlanRecord,
  listUpdatesOfPlan,
  setPlanState,
  updateIfVersion,
} from '../../store/index.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { quarterFromInput } from './planAccess.js';

export interface PublishedQuarter {
  readonly quarter: string;
  readonly published: number;
  /** Drafts and returned updates that were not ready; they stay unpublished. */
  readonly leftUnpublished: number;
  readonly nextReportingQuarter: string;
}

/**
 * Publishes a quarter's approved updates all at once, the way the progress report goes out, and
 * opens the next quarter for updates. Nothing waiting for review may be left behind.
 */
export async function publishQuarter(
  ctx: ServiceContext,
  input: { planId: number; quarter: string },
): Promise<PublishedQuarter> {
  authorise(ctx, 'milestone-updates.publish');
  const quarter = quarterFromInput(input.quarter, 'quarter');
  const code = formatQuarterShort(quarter);
  return ctx.store.db.transaction().execute(async (trx) => {
    const plan = await findPlanRecord(trx, input.planId);
    if (plan === undefined) throw new BluelampProblem('not-found', `There is no plan with id ${input.planId}.`);
    if (plan.state !== 'published' || plan.reportingQuarter !== code) {
      throw new BluelampProblem(
        'conflict',
        `This plan version is not collecting updates for ${code}; it is ${plan.state}, open for ${plan.reportingQuarter ?? 'no quarter'}.`,
        'quarter',
      );
    }
    const updates = (await listUpdatesOfPlan(trx, plan.key)).filter((update) => update.quarter === code);
    const waiting = updates.filter((update) => update.state === 'submitted').length;
    if (waiting > 0) {
      throw new BluelampProblem(
        'conflict',
        `${waiting} ${waiting === 1 ? 'update is' : 'updates are'} still waiting for review; approve or return them first.`,
      );
    }
    const at = new Date().toISOString();
    const by = actorLabel(ctx.actor);
    const approved = updates.filter((update) => update.state === 'approved');
    for (const update of approved) {
      const saved = await updateIfVersion(trx, update.id, update.version, {
        state: 'published',
        publishedAt: at,
        at,
        by,
      });
      if (saved === undefined)
        throw new BluelampProblem('conflict', 'An update changed while the quarter was being published; try again.');
    }
    const next = formatQuarterShort(addQuarters(quarter, 1));
    await setPlanState(trx, plan.id, { reportingQuarter: next });
    const result = {
      quarter: code,
      published: approved.length,
      leftUnpublished: updates.length - approved.length,
      nextReportingQuarter: next,
    };
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'plan',
        entityId: `${plan.key} v${plan.version}`,
        before: { reportingQuarter: code },
        after: result,
        reason: `Quarter ${code} published`,
      }),
    ]);
    return result;
  });
}
