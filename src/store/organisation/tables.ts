import type { Generated } from 'kysely';

/** The organisation tables as Kysely sees them (migration 0001; aliases and the force total, 0014). */
export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  kind: string;
  name: string;
  lead_code: string | null;
  gss_code: string | null;
  go_live: string | null;
  pathfinder: number;
  sort_order: number;
  /** Other names of the unit in data files, as a JSON array of strings (migration 0014). */
  aliases: Generated<string>;
  /** 1 when the unit's counts make up the force total (migration 0014). */
  in_force_total: Generated<number>;
}

export interface OrgMembershipTable {
  id: Generated<number>;
  unit_id: number;
  parent_id: number;
  valid_from: string | null;
  valid_to: string | null;
}

export interface OrganisationTables {
  org_units: OrgUnitTable;
  org_memberships: OrgMembershipTable;
}
