import { listUsers as listUserRecords } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './userViews.js';

/** Every account, with what may be shown of it. */
export async function listUsers(ctx: ServiceContext): Promise<UserSummary[]> {
  authorise(ctx, 'users.manage');
  return (await listUserRecords(ctx.store.db)).map(summariseUser);
}
