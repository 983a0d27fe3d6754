import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findMeasureDefinition,
  insertFindingMeasure,
  isUniqueViolation,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';

export interface FindingMeasureInput {
  readonly inspection: string;
  readonly ref: string;
  /** The measure's code ("vetting-backlog"). */
  readonly measure: string;
}

/**
 * Names a measure that shows whether a finding's problem is fixed, such as the vetting backlog
 * for the vetting cause of concern, so readiness can say whether the figure moved as well as
 * whether the actions are done.
 */
export async function linkFindingMeasure(
  ctx: ServiceContext,
  input: FindingMeasureInput,
): Promise<{ linked: FindingMeasureInput }> {
  authorise(ctx, 'inspections.edit');
  const at = new Date().toISOString();
  try {
    return await ctx.store.db.transaction().execute((trx) => writeFindingMeasure(ctx, trx, input, at));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem('conflict', `${input.ref} already names the measure "${input.measure}".`);
    }
    throw error;
  }
}

/** The link inside a caller's transaction (the demo's), as of a moment. */
export async function writeFindingMeasure(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: FindingMeasureInput,
  at: string,
): Promise<{ linked: FindingMeasureInput }> {
  const { inspection, finding } = await findFinding(trx, input);
  if ((await findMeasureDefinition(trx, input.measure)) === undefined) {
    throw new BluelampProblem('not-found', `There is no measure "${input.measure}".`, 'measure');
  }
  await insertFindingMeasure(trx, {
    findingId: finding.id,
    measureCode: input.measure,
    linkedAt: at,
    linkedBy: actorLabel(ctx.actor),
  });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'finding-measure',
      entityId: `${inspection.key} ${finding.ref} → ${input.measure}`,
      after: input,
    }),
  ]);
  return { linked: input };
}
