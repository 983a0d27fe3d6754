import type { Role } from '../../domain/accounts/index.js';
import type { UserRecord } from '../../store/index.js';

/** What may be shown of a user: never the password hash nor the identity's subject. */
export interface UserSummary {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly scope: string[];
  readonly createdAt: string;
  /** The address the identity provider must vouch for to link the account; null: no single sign-on. */
  readonly ssoEmail: string | null;
  /** Whether an identity has been linked, so later single sign-ons find the account by it. */
  readonly ssoLinked: boolean;
  /** Where reminders are sent; null: no reminders by e-mail. */
  readonly email: string | null;
}

export function summariseUser(user: UserRecord): UserSummary {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled,
    scope: user.scope,
    createdAt: user.createdAt,
    ssoEmail: user.ssoEmail,
    ssoLinked: user.oidcSubject !== null,
    email: user.email,
  };
}
