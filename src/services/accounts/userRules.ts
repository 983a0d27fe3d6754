import { isRole, type Role } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';

export function checkedRole(role: string): Role {
  if (!isRole(role))
    throw new BluelampProblem(
      'invalid-input',
      `"${role}" is not a role: use admin, performance, owner, reviewer or viewer.`,
      'role',
    );
  return role;
}

/** User names are kept in lower case, so "A.Smith" and "a.smith" are one account. */
export function normalisedUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The e-mail address an account is marked for single sign-on with, in lower case, or null to
 * take the mark away. Only the shape is checked: the identity provider vouches for the rest.
 */
export function checkedSsoEmail(email: string | null): string | null {
  if (email === null) return null;
  const address = email.trim().toLowerCase();
  if (address.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw new BluelampProblem(
      'invalid-input',
      `"${email}" is not an e-mail address; write it as the identity provider knows it, e.g. a.smith@force.police.uk.`,
      'ssoEmail',
    );
  }
  return address;
}

/**
 * Only owners are limited by a scope, so an owner needs at least one unit and the other roles
 * have none: a scope on another role would do nothing, and mislead whoever reads the account.
 */
export function scopeProblem(role: string, scope: readonly string[]): string | null {
  if (role === 'owner' && scope.length === 0) {
    return 'Choose at least one unit: an owner updates for the units in their scope.';
  }
  if (role !== 'owner' && scope.length > 0) {
    return 'Only owners have a scope: choose no units for this role.';
  }
  return null;
}
