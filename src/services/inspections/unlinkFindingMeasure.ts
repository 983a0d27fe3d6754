import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, deleteFindingMeasure } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';
import type { FindingMeasureInput } from './linkFindingMeasure.js';

/** Stops a finding naming a measure; the measure and its figures stay as they are. */
export async function unlinkFindingMeasure(
  ctx: ServiceContext,
  input: FindingMeasureInput,
): Promise<{ unlinked: FindingMeasureInput }> {
  authorise(ctx, 'inspections.edit');
  return ctx.store.db.transaction().execute(async (trx) => {
    const { inspection, finding } = await findFinding(trx, input);
    if (!(await deleteFindingMeasure(trx, finding.id, input.measure))) {
      throw new BluelampProblem('not-found', `${input.ref} does not name the measure "${input.measure}".`);
    }
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'delete',
        entityType: 'finding-measure',
        entityId: `${inspection.key} ${finding.ref} → ${input.measure}`,
        before: input,
      }),
    ]);
    return { unlinked: input };
  });
}
