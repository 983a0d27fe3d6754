import type { Transaction } from 'kysely';
import { businessPlan2011 } from '../../../demo/plans/businessPlan2011.js';
import { businessPlan2018 } from '../../../demo/plans/businessPlan2018.js';
import { mopacDelivery2017 } from '../../../demo/plans/mopacDelivery2017.js';
import { policeAndCrimePlan2017 } from '../../../demo/plans/policeAndCrimePlan2017.js';
import { progress2018Q1 } from '../../../demo/plans/progress2018Q1.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { addQuarters, formatQuarterShort, parseQuarter } from '../../domain/calendar/index.js';
import type { PlanDocument } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findMilestoneByRef,
  insertUpdate,
  setPlanState,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import { insertCheckedPlan } from '../plans/importPlan.js';
import { loadDemoNarratives } from './loadDemoNarratives.js';

/**
 * The demo's plans and when each was published. The sources give the months (the Police and
 * Crime Plan in March 2017, the Business Plan in mid-2018, after its first quarter had ended);
 * the days are ours. The 2011-14 plan survives only as a draft, so it stays one.
 */
const DEMO_PLANS: { document: PlanDocument; publishedOn: string | null }[] = [
  { document: policeAndCrimePlan2017, publishedOn: '2017-03-31' },
  { document: businessPlan2018, publishedOn: '2018-07-02' },
  { document: businessPlan2011, publishedOn: null },
  { document: mopacDelivery2017, publishedOn: '2017-06-30' },
];

async function loadProgress(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  planIds: Map<string, number>,
): Promise<number> {
  const at = new Date().toISOString();
  const by = actorLabel(ctx.actor);
  for (const update of progress2018Q1) {
    const planId = planIds.get(update.planKey);
    const milestone = planId === undefined ? undefined : await findMilestoneByRef(trx, planId, update.milestoneRef);
    if (milestone === undefined) throw new Error(`Demo progress names an unknown milestone ${update.milestoneRef}`);
    const row = await insertUpdate(trx, {
      milestoneId: milestone.id,
      quarter: update.quarter,
      state: 'published',
      content: {
        statusCode: update.status,
        narrative: update.narrative,
        figures: update.figures ?? [],
        revisedDue: update.revisedDue ?? null,
        revisionReason: update.revisionReason ?? null,
      },
      at,
      by,
    });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'create',
        entityType: 'milestone_update',
        entityId: `${update.planKey} ${update.milestoneRef} ${update.quarter}`,
        after: row,
        reason: 'Demo data set loaded',
      }),
    ]);
  }
  return progress2018Q1.length;
}

/** Loads the demo plans, publishes those that were published, and the Q1 2018-19 progress update. */
export async function loadDemoPlans(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ plans: number; milestones: number; updates: number }> {
  const planIds = new Map<string, number>();
  let milestones = 0;
  for (const { document, publishedOn } of DEMO_PLANS) {
    const imported = await insertCheckedPlan(ctx, trx, document);
    planIds.set(document.key, imported.id);
    milestones += imported.milestones;
    if (publishedOn !== null) {
      await setPlanState(trx, imported.id, { state: 'published', publishedOn, reportingQuarter: null });
    }
  }
  const updates = await loadProgress(ctx, trx, planIds);
  await loadDemoNarratives(ctx, trx);
  // Quarter 1 has been reported; the cycle stands open for Quarter 2.
  const reported = new Set(progress2018Q1.map((update) => `${update.planKey}|${update.quarter}`));
  for (const entry of reported) {
    const [key = '', quarter = ''] = entry.split('|');
    const next = parseQuarter(quarter);
    const planId = planIds.get(key);
    if (next === null || planId === undefined) continue;
    await setPlanState(trx, planId, { reportingQuarter: formatQuarterShort(addQuarters(next, 1)) });
  }
  return { plans: DEMO_PLANS.length, milestones, updates };
}
