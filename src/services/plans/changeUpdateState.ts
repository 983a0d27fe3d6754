import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { nextUpdateState, type UpdateAction, type UpdateState } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findMilestoneById,
  findPlanRecord,
  findUpdateById,
  updateIfVersion,
  type UpdateChanges,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { assertOpenForUpdates, assertOwnsMilestone, staleVersion } from './updateRules.js';
import { updateView, type UpdateView } from './updateViews.js';

export interface StateChangeInput {
  readonly updateId: number;
  readonly version: number;
  readonly comment?: string | undefined;
}

const REASONS: Partial<Record<UpdateAction, string>> = {
  submit: 'Submitted for review',
  approve: 'Approved',
  return: 'Returned to its owner',
};

/**
 * Moves an update along its workflow, at the version the caller read. The permission check is
 * the calling use case's; this adds the owner's scope for submissions.
 */
export async function changeUpdateState(
  ctx: ServiceContext,
  action: 'submit' | 'approve' | 'return',
  input: StateChangeInput,
): Promise<UpdateView> {
  const comment = input.comment?.trim() ?? '';
  if (action === 'return' && comment === '') {
    throw new BluelampProblem('invalid-input', 'comment must tell the owner what to change.', 'comment');
  }
  if (comment.length > 2000)
    throw new BluelampProblem('invalid-input', 'comment must be at most 2,000 characters.', 'comment');
  const model = await loadOrganisationModel(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    const current = await findUpdateById(trx, input.updateId);
    const milestone = current === undefined ? undefined : await findMilestoneById(trx, current.milestone_id);
    const plan = milestone === undefined ? undefined : await findPlanRecord(trx, milestone.plan_id);
    if (current === undefined || milestone === undefined || plan === undefined) {
      throw new BluelampProblem('not-found', `There is no update with id ${input.updateId}.`, 'updateId');
    }
    if (action === 'submit') assertOwnsMilestone(ctx, model, milestone);
    if (current.version !== input.version) throw staleVersion(current);
    const next = nextUpdateState(current.state as UpdateState, action);
    if (!next.ok) throw new BluelampProblem('conflict', next.reason);
    assertOpenForUpdates(plan, current.quarter);
    const by = actorLabel(ctx.actor);
    const changes: UpdateChanges = {
      state: next.state,
      ...(action === 'submit'
        ? { submittedBy: by }
        : { reviewedBy: by, reviewComment: comment === '' ? null : comment }),
    };
    const saved = await updateIfVersion(trx, current.id, input.version, {
      ...changes,
      at: new Date().toISOString(),
      by,
    });
    if (saved === undefined) throw staleVersion(await findUpdateById(trx, current.id));
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'milestone_update',
        entityId: `${plan.key} ${milestone.ref} ${current.quarter}`,
        before: { state: current.state, version: current.version },
        after: { state: saved.state, version: saved.version },
        reason: comment === '' ? REASONS[action] : `${REASONS[action] ?? action}: ${comment}`,
      }),
    ]);
    return updateView(saved, plan, [], true);
  });
}
