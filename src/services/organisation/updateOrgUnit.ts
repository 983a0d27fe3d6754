import { BluelampProblem } from '../../domain/errors.js';
import type { OrgUnit } from '../../domain/organisation/index.js';
import { appendAuditRecords, findOrgUnit, updateOrgUnitDetails } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface OrgUnitChanges {
  readonly code: string;
  readonly name?: string | undefined;
  /** A new lead code; an empty string removes it. */
  readonly leadCode?: string | undefined;
  readonly reason?: string | undefined;
}

function checked(changes: OrgUnitChanges, current: OrgUnit): { name: string; leadCode: string | null } {
  const name = changes.name?.trim() ?? current.name;
  if (name === '' || name.length > 200) {
    throw new BluelampProblem('invalid-input', 'A unit name must have between 1 and 200 characters.', 'name');
  }
  const lead = changes.leadCode === undefined ? current.leadCode : changes.leadCode.trim();
  if (lead !== null && lead.length > 20) {
    throw new BluelampProblem('invalid-input', 'A lead code must have at most 20 characters.', 'leadCode');
  }
  return { name, leadCode: lead === '' ? null : lead };
}

/** Renames a unit or changes its lead code, recording before, after and why in the audit trail. */
export async function updateOrgUnit(ctx: ServiceContext, changes: OrgUnitChanges): Promise<OrgUnit> {
  authorise(ctx, 'organisation.edit');
  return ctx.store.db.transaction().execute(async (trx) => {
    const before = await findOrgUnit(trx, changes.code);
    if (before === undefined) {
      throw new BluelampProblem('not-found', `No organisational unit has the code "${changes.code}".`, 'code');
    }
    const next = checked(changes, before);
    const after: OrgUnit = { ...before, ...next };
    if (after.name === before.name && after.leadCode === before.leadCode) return before;
    await updateOrgUnitDetails(trx, before.code, next);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'org_unit',
        entityId: before.code,
        before,
        after,
        reason: changes.reason,
      }),
    ]);
    return after;
  });
}
