import { actorLabel } from '../../domain/accounts/index.js';
import { formatQuarterShort } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkNarrativeText, nextUpdateState, type UpdateState } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findNarrative,
  findPlanRecord,
  insertNarrative,
  isUniqueViolation,
  loadPlanContent,
  updateNarrativeIfVersion,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { quarterFromInput } from './planAccess.js';
import { narrativeView, partOf, staleNarrative, type QuarterNarrativeView } from './quarterNarrativeViews.js';
import { assertOpenForUpdates } from './updateRules.js';

export interface SaveNarrativeInput {
  readonly planId: number;
  /** The chapter or section ("3", "3.1"). */
  readonly nodeRef: string;
  readonly quarter: string;
  readonly narrative: string;
  /** The version the writer last read; 0 to start the quarter's narrative. */
  readonly version: number;
}

/**
 * Writes the performance team's draft of a part's "other progress" for the quarter the plan is
 * collecting. Like an update, every write names the version it was based on.
 */
export async function saveQuarterNarrative(
  ctx: ServiceContext,
  input: SaveNarrativeInput,
): Promise<QuarterNarrativeView> {
  authorise(ctx, 'plans.edit');
  const quarter = formatQuarterShort(quarterFromInput(input.quarter, 'quarter'));
  const checked = checkNarrativeText(input.narrative);
  if (!checked.ok) throw new BluelampProblem('invalid-input', checked.reason, 'narrative');
  const by = actorLabel(ctx.actor);
  const at = new Date().toISOString();
  try {
    return await ctx.store.db.transaction().execute(async (trx) => {
      const plan = await findPlanRecord(trx, input.planId);
      const content = plan === undefined ? undefined : await loadPlanContent(trx, plan.id);
      if (plan === undefined || content === undefined) {
        throw new BluelampProblem('not-found', `There is no plan with id ${input.planId}.`, 'planId');
      }
      const part = partOf(content, input.nodeRef);
      assertOpenForUpdates(plan, quarter);
      const existing = await findNarrative(trx, plan.key, part.ref, quarter);
      let saved;
      if (existing === undefined) {
        if (input.version !== 0) throw staleNarrative(existing);
        saved = await insertNarrative(trx, {
          planKey: plan.key,
          nodeRef: part.ref,
          quarter,
          narrative: checked.text,
          at,
          by,
        });
      } else {
        if (existing.version !== input.version) throw staleNarrative(existing);
        const next = nextUpdateState(existing.state as UpdateState, 'save');
        if (!next.ok) throw new BluelampProblem('conflict', next.reason.replace('update', 'narrative'));
        saved = await updateNarrativeIfVersion(trx, existing.id, input.version, {
          state: next.state,
          narrative: checked.text,
          at,
          by,
        });
        if (saved === undefined) throw staleNarrative(await findNarrative(trx, plan.key, part.ref, quarter));
      }
      await appendAuditRecords(trx, [
        auditRecord(ctx, {
          action: existing === undefined ? 'create' : 'update',
          entityType: 'quarter_narrative',
          entityId: `${plan.key} ${part.ref} ${quarter}`,
          before: existing ?? null,
          after: saved,
        }),
      ]);
      return narrativeView(saved, part);
    });
  } catch (error) {
    // Two first drafts racing: the unique key lets one in; the other hears who won.
    if (isUniqueViolation(error)) throw staleNarrative(undefined);
    throw error;
  }
}
