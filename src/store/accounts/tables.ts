import type { Generated } from 'kysely';

/** The account tables as Kysely sees them (migrations 0003, 0004, 0016 and 0030). */
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  password_hash: string | null;
  oidc_subject: string | null;
  /** The e-mail address the identity provider must vouch for to link this account; null: not for single sign-on. */
  sso_email: string | null;
  /** Where reminders are sent (migration 0020); null: no reminders by e-mail. */
  email: string | null;
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

export interface SignInAttemptTable {
  id: Generated<number>;
  username: string;
  client: string;
  attempted_at: string;
  outcome: 'pending' | 'failed' | 'succeeded';
}

export interface SsoSignInTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
}

/** A personal API token; only the hash of its secret is kept (migration 0030). */
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccountTables {
  users: UserTable;
  user_scopes: UserScopeTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  sso_sign_ins: SsoSignInTable;
  api_tokens: ApiTokenTable;
}
