import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, deleteAddressingLink } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';
import type { FindingLinkInput } from './linkFindingMilestone.js';

/** Removes a link to a milestone that addresses the finding; an action's link stays with the action. */
export async function unlinkFindingMilestone(
  ctx: ServiceContext,
  input: FindingLinkInput,
): Promise<{ unlinked: FindingLinkInput }> {
  authorise(ctx, 'inspections.edit');
  return ctx.store.db.transaction().execute(async (trx) => {
    const { inspection, finding } = await findFinding(trx, input);
    if (!(await deleteAddressingLink(trx, finding.id, input.planKey, input.milestoneRef))) {
      throw new BluelampProblem('not-found', `${input.ref} is not linked to ${input.planKey} ${input.milestoneRef}.`);
    }
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'delete',
        entityType: 'finding-link',
        entityId: `${inspection.key} ${finding.ref} → ${input.planKey} ${input.milestoneRef}`,
        before: input,
      }),
    ]);
    return { unlinked: input };
  });
}
