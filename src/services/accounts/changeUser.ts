import type { Role } from '../../domain/accounts/index.js';
import { appendAuditRecords, deleteSessions, updateUser } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './userViews.js';
import { requireUser } from './userAccess.js';

/** Changes an account's role or disables it, ending its sessions; the change is audited. */
export async function changeUser(
  ctx: ServiceContext,
  username: string,
  changes: { role?: Role; disabled?: boolean },
  reason?: string,
): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const before = await requireUser(ctx.store.db, { username });
  return ctx.store.db.transaction().execute(async (trx) => {
    await updateUser(trx, before.id, changes);
    // A changed role or a disabled account takes effect at once: existing sessions end.
    await deleteSessions(trx, { userId: before.id });
    const after = summariseUser(await requireUser(trx, { id: before.id }));
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'user',
        entityId: username,
        before: summariseUser(before),
        after,
        reason,
      }),
    ]);
    return after;
  });
}
