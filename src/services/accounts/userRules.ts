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
