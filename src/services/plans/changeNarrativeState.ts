import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { nextUpdateState, type UpdateState } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findNarrativeById,
  findPlanVersions,
  loadPlanContent,
  updateNarrativeIfVersion,
  type NarrativeChanges,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import { narrativeView, partOf, staleNarrative, type QuarterNarrativeView } from './quarterNarrativeViews.js';
import { assertOpenForUpdates } from './updateRules.js';

export interface NarrativeStateInput {
  readonly narrativeId: number;
  readonly version: number;
  readonly comment?: string | undefined;
}

const REASONS = { submit: 'Submitted for review', approve: 'Approved', return: 'Returned to its writer' } as const;

/** Moves a narrative along the update workflow at the version the caller read; the caller checks the permission. */
export async function changeNarrativeState(
  ctx: ServiceContext,
  action: 'submit' | 'approve' | 'return',
  input: NarrativeStateInput,
): Promise<QuarterNarrativeView> {
  const comment = input.comment?.trim() ?? '';
  if (action === 'return' && comment === '') {
    throw new BluelampProblem('invalid-input', 'comment must tell the writer what to change.', 'comment');
  }
  if (comment.length > 2000)
    throw new BluelampProblem('invalid-input', 'comment must be at most 2,000 characters.', 'comment');
  return ctx.store.db.transaction().execute(async (trx) => {
    const current = await findNarrativeById(trx, input.narrativeId);
    // The version collecting the quarter is the published one; the rest are history or drafts.
    const versions = current === undefined ? [] : await findPlanVersions(trx, current.plan_key);
    const plan = versions.find((version) => version.state === 'published') ?? versions.at(-1);
    const content = plan === undefined ? undefined : await loadPlanContent(trx, plan.id);
    if (current === undefined || plan === undefined || content === undefined) {
      throw new BluelampProblem('not-found', `There is no narrative with id ${input.narrativeId}.`, 'narrativeId');
    }
    if (current.version !== input.version) throw staleNarrative(current);
    const next = nextUpdateState(current.state as UpdateState, action);
    if (!next.ok) throw new BluelampProblem('conflict', next.reason.replace('update', 'narrative'));
    assertOpenForUpdates(plan, current.quarter);
    const by = actorLabel(ctx.actor);
    const changes: NarrativeChanges =
      action === 'submit'
        ? { state: next.state, submittedBy: by }
        : { state: next.state, reviewedBy: by, reviewComment: comment === '' ? null : comment };
    const saved = await updateNarrativeIfVersion(trx, current.id, input.version, {
      ...changes,
      at: new Date().toISOString(),
      by,
    });
    if (saved === undefined) throw staleNarrative(await findNarrativeById(trx, current.id));
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'quarter_narrative',
        entityId: `${plan.key} ${current.node_ref} ${current.quarter}`,
        before: { state: current.state, version: current.version },
        after: { state: saved.state, version: saved.version },
        reason: comment === '' ? REASONS[action] : `${REASONS[action]}: ${comment}`,
      }),
    ]);
    return narrativeView(saved, partOf(content, current.node_ref));
  });
}
