import { appendAuditRecords, type Executor } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

/** A force's list setting replaced whole, in one transaction with its audit record. */
export async function replaceForceList(
  ctx: ServiceContext,
  setting: {
    force: string;
    entityType: string;
    values: string[];
    read: (db: Executor, force: string) => Promise<string[]>;
    save: (db: Executor, force: string, values: readonly string[]) => Promise<void>;
  },
): Promise<void> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await setting.read(trx, setting.force);
    await setting.save(trx, setting.force, setting.values);
    const entry = { action: 'update' as const, entityType: setting.entityType, entityId: setting.force };
    await appendAuditRecords(trx, [
      auditRecord(ctx, { ...entry, before: { values: before }, after: { values: setting.values } }),
    ]);
  });
}
