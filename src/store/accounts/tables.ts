import type { Generated } from 'kysely';

/** The account tables as Kysely sees them (migrations 0003 and 0004). */
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

export interface AccountTables {
  users: UserTable;
  user_scopes: UserScopeTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  sso_sign_ins: SsoSignInTable;
}
