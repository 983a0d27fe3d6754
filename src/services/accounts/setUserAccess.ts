import type { ServiceContext } from '../context.js';
import { authorise } from '../authorise.js';
import { changeUser } from './changeUser.js';
import { checkedScope } from './checkedScope.js';
import { requireUser } from './userAccess.js';
import { checkedRole } from './userRules.js';
import type { UserSummary } from './userViews.js';

/**
 * Gives an account a role and a scope together, as one audited change: owners need at least one
 * unit, the other roles none. Its sessions end, so the new access applies from the next sign-in.
 */
export async function setUserAccess(
  ctx: ServiceContext,
  username: string,
  access: { role?: string | undefined; scope: readonly string[] },
  reason?: string,
): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const role = checkedRole(access.role ?? (await requireUser(ctx.store.db, { username })).role);
  const scope = await checkedScope(ctx.store.db, role, access.scope);
  return changeUser(ctx, username, { role, scope }, reason);
}
