import type { ServiceContext } from '../context.js';
import type { UserSummary } from './userViews.js';
import { changeUser } from './changeUser.js';
import { checkedSsoEmail } from './userRules.js';

/**
 * Marks an account for single sign-on with the e-mail address the force's identity provider
 * must vouch for (email_verified) before the account is linked to that identity; null takes the
 * mark away. Either way any identity linked before is unlinked, and its sessions end.
 */
export async function setUserSsoEmail(
  ctx: ServiceContext,
  username: string,
  email: string | null,
  reason?: string,
): Promise<UserSummary> {
  return changeUser(ctx, username, { ssoEmail: checkedSsoEmail(email) }, reason);
}
