import type { Generated } from 'kysely';

/** The database as Kysely sees it: one interface per table, the same on SQLite and PostgreSQL. */
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
}

export interface OrgMembershipTable {
  id: Generated<number>;
  unit_id: number;
  parent_id: number;
  valid_from: string | null;
  valid_to: string | null;
}

export interface AuditEntryTable {
  id: Generated<number>;
  sequence: number;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  previous_hash: string;
  hash: string;
}

export interface DatabaseSchema {
  audit_entries: AuditEntryTable;
  org_units: OrgUnitTable;
  org_memberships: OrgMembershipTable;
}
