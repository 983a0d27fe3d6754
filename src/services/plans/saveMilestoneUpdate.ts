import { formatQuarterShort } from '../../domain/calendar/index.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { nextUpdateState } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findMilestoneByRef,
  findPlanRecord,
  findUpdate,
  insertUpdate,
  isUniqueViolation,
  updateIfVersion,
  type MilestoneUpdateRow,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { quarterFromInput } from './planAccess.js';
import {
  assertOpenForUpdates,
  assertOwnsMilestone,
  checkedContent,
  staleVersion,
  type UpdateInput,
} from './updateRules.js';
import { updateView, type UpdateView } from './updateViews.js';

export interface SaveUpdateInput extends UpdateInput {
  readonly planId: number;
  readonly ref: string;
  readonly quarter: string;
  /** The version the writer last read; 0 to start the quarter's update. */
  readonly version: number;
}

/**
 * Writes the owner's draft of a milestone's quarterly update. Every write names the version it
 * was based on, so two people editing at once cannot overwrite each other: the second gets a
 * conflict with the current version and loses nothing they can't re-apply.
 */
export async function saveMilestoneUpdate(ctx: ServiceContext, input: SaveUpdateInput): Promise<UpdateView> {
  authorise(ctx, 'milestone-updates.write');
  const quarter = formatQuarterShort(quarterFromInput(input.quarter, 'quarter'));
  const by = actorLabel(ctx.actor);
  const at = new Date().toISOString();
  try {
    const model = await loadOrganisationModel(ctx);
    return await ctx.store.db.transaction().execute(async (trx) => {
      const plan = await findPlanRecord(trx, input.planId);
      if (plan === undefined) throw new BluelampProblem('not-found', `There is no plan with id ${input.planId}.`);
      const milestone = await findMilestoneByRef(trx, plan.id, input.ref);
      if (milestone === undefined)
        throw new BluelampProblem('not-found', `Plan ${plan.key} has no milestone ${input.ref}.`);
      assertOpenForUpdates(plan, quarter);
      assertOwnsMilestone(ctx, model, milestone);
      const content = checkedContent(input, plan);
      const existing = await findUpdate(trx, milestone.id, quarter);
      let saved: MilestoneUpdateRow | undefined;
      if (existing === undefined) {
        if (input.version !== 0) throw staleVersion(existing);
        saved = await insertUpdate(trx, { milestoneId: milestone.id, quarter, state: 'draft', content, at, by });
      } else {
        if (existing.version !== input.version) throw staleVersion(existing);
        const next = nextUpdateState(existing.state as never, 'save');
        if (!next.ok) throw new BluelampProblem('conflict', next.reason);
        saved = await updateIfVersion(trx, existing.id, input.version, { state: next.state, content, at, by });
        if (saved === undefined) throw staleVersion(await findUpdate(trx, milestone.id, quarter));
      }
      await appendAuditRecords(trx, [
        auditRecord(ctx, {
          action: existing === undefined ? 'create' : 'update',
          entityType: 'milestone_update',
          entityId: `${plan.key} ${milestone.ref} ${quarter}`,
          before: existing ?? null,
          after: saved,
        }),
      ]);
      return updateView(saved, plan, [], true);
    });
  } catch (error) {
    // Two first drafts racing: the database's unique key lets one in; the other hears who won.
    if (isUniqueViolation(error)) throw staleVersion(undefined);
    throw error;
  }
}
