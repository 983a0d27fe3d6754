import type { Role } from '../../domain/accounts/index.js';
import type { UserRecord } from '../../store/index.js';

/** What may be shown of a user: never the password hash. */
export interface UserSummary {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly scope: string[];
  readonly createdAt: string;
}

export function summariseUser(user: UserRecord): UserSummary {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled,
    scope: user.scope,
    createdAt: user.createdAt,
  };
}
