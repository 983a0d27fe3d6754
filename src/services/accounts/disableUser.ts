import type { ServiceContext } from '../context.js';
import type { UserSummary } from './userViews.js';
import { changeUser } from './changeUser.js';

/** Stops an account signing in, ending its sessions; the account and its history stay. */
export async function disableUser(ctx: ServiceContext, username: string, reason?: string): Promise<UserSummary> {
  return changeUser(ctx, username, { disabled: true }, reason);
}
