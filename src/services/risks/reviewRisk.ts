import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkRiskFields, riskFieldsOf, type RiskScores } from '../../domain/risks/index.js';
import {
  appendAuditRecords,
  findStoredMeeting,
  insertRiskReview,
  isUniqueViolation,
  updateRisk,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { staleVersion } from './editRisk.js';
import { findRisk } from './riskViews.js';

export interface RiskReviewInput {
  readonly ref: string;
  readonly expectedVersion: number;
  /** The id of the board meeting that reviewed it. */
  readonly meeting: number;
  /** The residual scores the board agreed at the review; they become the risk's own. */
  readonly residual: RiskScores;
  readonly note: string;
}

/**
 * Records a board's review of a risk at one of its meetings. Only a board that oversees the risk
 * can review it, once per meeting; the residual scores agreed then become the risk's current ones
 * (a new version), so the register and the review never disagree.
 */
export async function reviewRisk(
  ctx: ServiceContext,
  input: RiskReviewInput,
): Promise<{ ref: string; version: number }> {
  authorise(ctx, 'board.edit');
  try {
    return await ctx.store.db
      .transaction()
      .execute((trx) => writeRiskReview(ctx, trx, input, new Date().toISOString()));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem(
        'conflict',
        `Risk ${input.ref} already has a review at meeting ${input.meeting}.`,
        'meeting',
      );
    }
    throw error;
  }
}

export async function writeRiskReview(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: RiskReviewInput,
  at: string,
): Promise<{ ref: string; version: number }> {
  const risk = await findRisk(trx, input.ref);
  if (risk.version !== input.expectedVersion) throw staleVersion(risk.ref, risk.version);
  const meeting = Number.isSafeInteger(input.meeting) ? await findStoredMeeting(trx, input.meeting) : undefined;
  if (meeting === undefined)
    throw new BluelampProblem('not-found', `There is no board meeting ${input.meeting}.`, 'meeting');
  if (!risk.boards.includes(meeting.board)) {
    throw new BluelampProblem(
      'invalid-input',
      `Meeting ${meeting.id} is of the board "${meeting.board}", which does not oversee risk ${risk.ref} (${risk.boards.join(', ')}).`,
      'meeting',
    );
  }
  const before = riskFieldsOf(risk);
  const after = { ...before, residual: input.residual };
  checkRiskFields(after);
  const by = actorLabel(ctx.actor);
  await insertRiskReview(trx, {
    riskId: risk.id,
    meetingId: meeting.id,
    board: meeting.board,
    heldOn: meeting.date,
    residual: input.residual,
    note: input.note,
    recordedAt: at,
    recordedBy: by,
  });
  if (!(await updateRisk(trx, risk, 'reviewed', after, at, by))) throw staleVersion(risk.ref, risk.version + 1);
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'risk',
      entityId: risk.ref,
      before: { residual: risk.residual },
      after: { residual: input.residual, review: { meeting: meeting.id, heldOn: meeting.date, note: input.note } },
      reason: `Reviewed at ${meeting.title}`,
    }),
  ]);
  return { ref: risk.ref, version: risk.version + 1 };
}
