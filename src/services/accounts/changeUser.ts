import { appendAuditRecords, deleteSessions, setUserScope, updateUser, type UserChanges } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { refuseSsoEmailTaken } from './ssoEmailTaken.js';
import { summariseUser, type UserSummary } from './userViews.js';
import { requireUser } from './userAccess.js';

/**
 * Changes an account (role, scope, disabled or not, password, single sign-on address) as an
 * administrator, ending its sessions; the change is audited. A scope given is taken as checked.
 */
export async function changeUser(
  ctx: ServiceContext,
  username: string,
  changes: UserChanges & { readonly scope?: readonly string[] },
  reason?: string,
): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const before = await requireUser(ctx.store.db, { username });
  return ctx.store.db.transaction().execute(async (trx) => {
    if (changes.ssoEmail !== undefined) await refuseSsoEmailTaken(trx, changes.ssoEmail, before.username);
    const { scope, ...fields } = changes;
    await updateUser(trx, before.id, fields);
    if (scope !== undefined) await setUserScope(trx, before.id, scope);
    // A change takes effect at once: existing sessions end, and the next sign-in sees the new state.
    await deleteSessions(trx, { userId: before.id });
    const after = summariseUser(await requireUser(trx, { id: before.id }));
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'user',
        entityId: before.username,
        before: summariseUser(before),
        after,
        reason,
      }),
    ]);
    return after;
  });
}
