import type { Generated } from 'kysely';

/** The audit trail as Kysely sees it (migration 0002). */
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

export interface AuditTables {
  audit_entries: AuditEntryTable;
}
