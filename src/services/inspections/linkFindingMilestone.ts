import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { actionPlanKey } from '../../domain/inspections/index.js';
import {
  appendAuditRecords,
  findMilestoneByRef,
  findPlanVersions,
  insertFindingLink,
  isUniqueViolation,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';

export interface FindingLinkInput {
  readonly inspection: string;
  readonly ref: string;
  readonly planKey: string;
  readonly milestoneRef: string;
}

/**
 * Links a finding to a milestone of another plan that already addresses it, such as a business
 * plan's review of domestic violence protection notices. The milestone must exist in the plan's
 * latest version; the link is by plan key and ref, so it holds across later versions.
 */
export async function linkFindingMilestone(
  ctx: ServiceContext,
  input: FindingLinkInput,
): Promise<{ linked: FindingLinkInput }> {
  authorise(ctx, 'inspections.edit');
  const at = new Date().toISOString();
  try {
    return await ctx.store.db.transaction().execute((trx) => writeFindingLink(ctx, trx, input, at));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem(
        'conflict',
        `${input.ref} is already linked to ${input.planKey} ${input.milestoneRef}.`,
      );
    }
    throw error;
  }
}

/** The link inside a caller's transaction, as of a moment. */
export async function writeFindingLink(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: FindingLinkInput,
  at: string,
): Promise<{ linked: FindingLinkInput }> {
  const { inspection, finding } = await findFinding(trx, input);
  if (input.planKey === actionPlanKey(inspection.key)) {
    throw new BluelampProblem(
      'invalid-input',
      "The action plan's milestones are this inspection's actions already; add an action instead.",
      'planKey',
    );
  }
  const latest = (await findPlanVersions(trx, input.planKey)).at(-1);
  if (latest === undefined) throw new BluelampProblem('not-found', `There is no plan "${input.planKey}".`, 'planKey');
  if ((await findMilestoneByRef(trx, latest.id, input.milestoneRef)) === undefined) {
    throw new BluelampProblem('not-found', `${latest.title} has no milestone "${input.milestoneRef}".`, 'milestoneRef');
  }
  await insertFindingLink(trx, {
    findingId: finding.id,
    relation: 'addresses',
    planKey: input.planKey,
    milestoneRef: input.milestoneRef,
    linkedAt: at,
    linkedBy: actorLabel(ctx.actor),
  });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'finding-link',
      entityId: `${inspection.key} ${finding.ref} → ${input.planKey} ${input.milestoneRef}`,
      after: input,
    }),
  ]);
  return { linked: input };
}
