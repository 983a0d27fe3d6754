import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { changedFields, checkRiskFields, riskFieldsOf, type RiskFields } from '../../domain/risks/index.js';
import { appendAuditRecords, updateRisk } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkRiskLinks } from './riskLinks.js';
import { findRisk } from './riskViews.js';

export interface RiskEdit {
  readonly ref: string;
  /** The version the editor read; a later change by someone else refuses this one (409). */
  readonly expectedVersion: number;
  readonly fields: RiskFields;
  readonly reason?: string | undefined;
}

export function staleVersion(ref: string, current: number): BluelampProblem {
  return new BluelampProblem(
    'conflict',
    `Risk ${ref} was changed by someone else since you read it (it is now at version ${current}). Reload it and make your change again.`,
    'expectedVersion',
    { currentVersion: current },
  );
}

/** Replaces a risk's fields with a new version, keeping the old one in its history. */
export async function editRisk(
  ctx: ServiceContext,
  input: RiskEdit,
): Promise<{ ref: string; version: number; changed: string[] }> {
  authorise(ctx, 'board.edit');
  checkRiskFields(input.fields);
  return ctx.store.db.transaction().execute(async (trx) => {
    const risk = await findRisk(trx, input.ref);
    if (risk.version !== input.expectedVersion) throw staleVersion(risk.ref, risk.version);
    const changed = changedFields(risk, input.fields);
    if (changed.length === 0) return { ref: risk.ref, version: risk.version, changed };
    await checkRiskLinks(trx, input.fields);
    const at = new Date().toISOString();
    if (!(await updateRisk(trx, risk, 'edited', input.fields, at, actorLabel(ctx.actor)))) {
      throw staleVersion(risk.ref, risk.version + 1);
    }
    const before = riskFieldsOf(risk);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'risk',
        entityId: risk.ref,
        before,
        after: input.fields,
        reason: input.reason,
      }),
    ]);
    return { ref: risk.ref, version: risk.version + 1, changed };
  });
}
