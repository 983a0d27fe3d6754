import { addQuarters, formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findPlanRecord,
  listNarrativesOfPlan,
  listUpdatesOfPlan,
  setPlanState,
  updateIfVersion,
  updateNarrativeIfVersion,
  type Executor,
  type QuarterNarrativeRow,
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
  /** Chapter and section narratives ("other progress") published with the updates. */
  readonly narrativesPublished: number;
  readonly nextReportingQuarter: string;
}

/** Nothing submitted may be left behind unreviewed when the quarter goes out. */
function assertNothingWaiting(items: readonly { readonly state: string }[]): void {
  const waiting = items.filter((item) => item.state === 'submitted').length;
  if (waiting === 0) return;
  throw new BluelampProblem(
    'conflict',
    `${waiting} ${waiting === 1 ? 'update or narrative is' : 'updates or narratives are'} still waiting for review; approve or return them first.`,
  );
}

/** Publishes the quarter's approved narratives; drafts and returned ones stay behind, as updates do. */
async function publishApprovedNarratives(
  trx: Executor,
  narratives: readonly QuarterNarrativeRow[],
  at: string,
  by: string,
): Promise<number> {
  const approved = narratives.filter((narrative) => narrative.state === 'approved');
  for (const narrative of approved) {
    const saved = await updateNarrativeIfVersion(trx, narrative.id, narrative.version, {
      state: 'published',
      publishedAt: at,
      at,
      by,
    });
    if (saved === undefined)
      throw new BluelampProblem('conflict', 'A narrative changed while the quarter was being published; try again.');
  }
  return approved.length;
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
    const narratives = (await listNarrativesOfPlan(trx, plan.key)).filter((n) => n.quarter === code);
    assertNothingWaiting([...updates, ...narratives]);
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
    const published = await publishApprovedNarratives(trx, narratives, at, by);
    const next = formatQuarterShort(addQuarters(quarter, 1));
    await setPlanState(trx, plan.id, { reportingQuarter: next });
    const result = {
      quarter: code,
      published: approved.length,
      leftUnpublished: updates.length - approved.length,
      narrativesPublished: published,
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
