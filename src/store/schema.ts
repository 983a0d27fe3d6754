import type { Generated, Kysely, Transaction } from 'kysely';

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

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  password_hash: string | null;
  oidc_subject: string | null;
  disabled: number;
  created_at: string;
}

export interface UserScopeTable {
  id: Generated<number>;
  user_id: number;
  org_unit_id: number;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SignInFailureTable {
  id: Generated<number>;
  username: string;
  client: string;
  failed_at: string;
}

export interface SsoSignInTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
}

export interface DatabaseSchema {
  sso_sign_ins: SsoSignInTable;
  users: UserTable;
  user_scopes: UserScopeTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit_entries: AuditEntryTable;
  org_units: OrgUnitTable;
  org_memberships: OrgMembershipTable;
}

/** Anything queries run on: the database itself or an open transaction. */
export type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
