import type { ServiceContext } from '../context.js';
import type { UserSummary } from './userViews.js';
import { checkedRole } from './userRules.js';
import { changeUser } from './changeUser.js';

/** Gives an account another role; its sessions end, so the new role applies from the next sign-in. */
export async function setUserRole(
  ctx: ServiceContext,
  username: string,
  role: string,
  reason?: string,
): Promise<UserSummary> {
  return changeUser(ctx, username, { role: checkedRole(role) }, reason);
}
