import { BluelampProblem } from '../../domain/errors.js';
import { normalisedAreaName, type OrgUnit } from '../../domain/organisation/index.js';
import { appendAuditRecords, findOrgUnit, updateOrgUnitDetails } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface OrgUnitChanges {
  readonly code: string;
  readonly name?: string | undefined;
  /** A new lead code; an empty string removes it. */
  readonly leadCode?: string | undefined;
  /** The other names data files give the unit, replacing those held; an empty list removes them. */
  readonly aliases?: readonly string[] | undefined;
  /** Whether the unit's counts are part of the force's total. */
  readonly inForceTotal?: boolean | undefined;
  readonly reason?: string | undefined;
}

interface Details {
  readonly name: string;
  readonly leadCode: string | null;
  readonly aliases: readonly string[];
  readonly inForceTotal: boolean;
}

function checkedAliases(given: readonly string[] | undefined, current: OrgUnit): readonly string[] {
  if (given === undefined) return current.aliases ?? [];
  const aliases = given.map((alias) => alias.trim());
  if (aliases.some((alias) => alias === '' || alias.length > 200)) {
    throw new BluelampProblem('invalid-input', 'Each alias must have between 1 and 200 characters.', 'aliases');
  }
  const keys = aliases.map(normalisedAreaName);
  if (new Set(keys).size !== keys.length) {
    throw new BluelampProblem('invalid-input', 'The aliases repeat a name.', 'aliases');
  }
  return aliases;
}

function checked(changes: OrgUnitChanges, current: OrgUnit): Details {
  const name = changes.name?.trim() ?? current.name;
  if (name === '' || name.length > 200) {
    throw new BluelampProblem('invalid-input', 'A unit name must have between 1 and 200 characters.', 'name');
  }
  const lead = changes.leadCode === undefined ? current.leadCode : changes.leadCode.trim();
  if (lead !== null && lead.length > 20) {
    throw new BluelampProblem('invalid-input', 'A lead code must have at most 20 characters.', 'leadCode');
  }
  return {
    name,
    leadCode: lead === '' ? null : lead,
    aliases: checkedAliases(changes.aliases, current),
    inForceTotal: changes.inForceTotal ?? current.inForceTotal === true,
  };
}

const sameDetails = (unit: OrgUnit, next: Details): boolean =>
  unit.name === next.name &&
  unit.leadCode === next.leadCode &&
  JSON.stringify(unit.aliases ?? []) === JSON.stringify(next.aliases) &&
  (unit.inForceTotal === true) === next.inForceTotal;

/**
 * Renames a unit, changes its lead code, the other names data files give it or whether it counts
 * in the force total, recording before, after and why in the audit trail.
 */
export async function updateOrgUnit(ctx: ServiceContext, changes: OrgUnitChanges): Promise<OrgUnit> {
  authorise(ctx, 'organisation.edit');
  return ctx.store.db.transaction().execute(async (trx) => {
    const before = await findOrgUnit(trx, changes.code);
    if (before === undefined) {
      throw new BluelampProblem('not-found', `No organisational unit has the code "${changes.code}".`, 'code');
    }
    const next = checked(changes, before);
    if (sameDetails(before, next)) return before;
    await updateOrgUnitDetails(trx, before.code, next);
    const after = (await findOrgUnit(trx, before.code)) ?? before;
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
