import type { Membership, OrgUnit, OrgUnitKind } from '../../domain/organisation/index.js';
import type { Selectable } from 'kysely';
import type { Executor } from '../schema.js';
import { bumpDataVersion, readDataVersion, type DataVersion } from '../system/dataVersions.js';
import type { OrgUnitTable } from './tables.js';

type OrgUnitRow = Selectable<Omit<OrgUnitTable, 'id'>>;

/**
 * The data version every write to units or memberships raises, in its own transaction, so that a
 * server holding the organisation in memory sees another server's change on its next read.
 */
const ORGANISATION_SCOPE = 'organisation';

export function readOrganisationVersion(db: Executor): Promise<DataVersion> {
  return readDataVersion(db, ORGANISATION_SCOPE);
}

/** For writes that reach the organisation's tables other than through this file (a restore). */
export function bumpOrganisationVersion(trx: Executor): Promise<void> {
  return bumpDataVersion(trx, ORGANISATION_SCOPE);
}

const UNIT_COLUMNS = [
  'code',
  'kind',
  'name',
  'lead_code',
  'gss_code',
  'go_live',
  'pathfinder',
  'sort_order',
  'aliases',
  'in_force_total',
] as const;

function aliasesOf(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
}

/** A unit as the domain sees it; aliases and the force-total mark appear only where a unit has them. */
function toOrgUnit(row: OrgUnitRow): OrgUnit {
  const aliases = aliasesOf(row.aliases);
  return {
    code: row.code,
    kind: row.kind as OrgUnitKind,
    name: row.name,
    leadCode: row.lead_code,
    gssCode: row.gss_code,
    goLive: row.go_live,
    pathfinder: row.pathfinder === 1,
    sortOrder: row.sort_order,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(row.in_force_total === 1 ? { inForceTotal: true } : {}),
  };
}

/** Every unit, or only units of the given kinds (a force's hundreds of wards are rarely wanted). */
export async function listOrgUnits(db: Executor, kinds?: readonly OrgUnitKind[]): Promise<OrgUnit[]> {
  let query = db.selectFrom('org_units').select(UNIT_COLUMNS);
  if (kinds !== undefined) query = query.where('kind', 'in', [...kinds]);
  const rows = await query.orderBy('id').execute();
  return rows.map(toOrgUnit);
}

/** Every membership, or only those of units of the given kinds. */
export async function listMemberships(db: Executor, unitKinds?: readonly OrgUnitKind[]): Promise<Membership[]> {
  let query = db
    .selectFrom('org_memberships as m')
    .innerJoin('org_units as unit', 'unit.id', 'm.unit_id')
    .innerJoin('org_units as parent', 'parent.id', 'm.parent_id')
    .select([
      'unit.code as unitCode',
      'parent.code as parentCode',
      'm.valid_from as validFrom',
      'm.valid_to as validTo',
    ]);
  if (unitKinds !== undefined) query = query.where('unit.kind', 'in', [...unitKinds]);
  return query.orderBy('m.id').execute();
}

export async function countOrgUnits(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('org_units')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** Adds units and their memberships; the caller supplies the transaction so that both land or neither. */
export async function insertOrganisation(
  db: Executor,
  units: readonly OrgUnit[],
  memberships: readonly Membership[],
): Promise<void> {
  if (units.length > 0 || memberships.length > 0) await bumpOrganisationVersion(db);
  if (units.length > 0) {
    await db
      .insertInto('org_units')
      .values(
        units.map((unit) => ({
          code: unit.code,
          kind: unit.kind,
          name: unit.name,
          lead_code: unit.leadCode,
          gss_code: unit.gssCode,
          go_live: unit.goLive,
          pathfinder: unit.pathfinder ? 1 : 0,
          sort_order: unit.sortOrder,
          aliases: JSON.stringify(unit.aliases ?? []),
          in_force_total: unit.inForceTotal === true ? 1 : 0,
        })),
      )
      .execute();
  }
  if (memberships.length === 0) return;
  const ids = new Map(
    (await db.selectFrom('org_units').select(['id', 'code']).execute()).map((row) => [row.code, row.id]),
  );
  const idOf = (code: string): number => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`No organisational unit has the code "${code}".`);
    return id;
  };
  await db
    .insertInto('org_memberships')
    .values(
      memberships.map((m) => ({
        unit_id: idOf(m.unitCode),
        parent_id: idOf(m.parentCode),
        valid_from: m.validFrom,
        valid_to: m.validTo,
      })),
    )
    .execute();
}

export async function deleteOrganisation(db: Executor): Promise<void> {
  await bumpOrganisationVersion(db);
  await db.deleteFrom('org_memberships').execute();
  await db.deleteFrom('org_units').execute();
}

export async function findOrgUnit(db: Executor, code: string): Promise<OrgUnit | undefined> {
  const row = await db.selectFrom('org_units').select(UNIT_COLUMNS).where('code', '=', code).executeTakeFirst();
  return row === undefined ? undefined : toOrgUnit(row);
}

export async function updateOrgUnitDetails(
  db: Executor,
  code: string,
  changes: { name: string; leadCode: string | null; aliases: readonly string[]; inForceTotal: boolean },
): Promise<void> {
  await bumpOrganisationVersion(db);
  await db
    .updateTable('org_units')
    .set({
      name: changes.name,
      lead_code: changes.leadCode,
      aliases: JSON.stringify(changes.aliases),
      in_force_total: changes.inForceTotal ? 1 : 0,
    })
    .where('code', '=', code)
    .execute();
}
