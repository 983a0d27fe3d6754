import type { ServiceContext } from '../context.js';
import type { UserSummary } from './userViews.js';
import { changeUser } from './changeUser.js';

/** Lets a disabled account sign in again, with the role, scope and password it had. */
export async function enableUser(ctx: ServiceContext, username: string, reason?: string): Promise<UserSummary> {
  return changeUser(ctx, username, { disabled: false }, reason);
}
