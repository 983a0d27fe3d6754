import type { AuditEntry } from '../../domain/audit/index.js';
import { listAuditEntries, type AuditQuery } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Every recorded change, oldest first; for one entity when the query names it. */
export async function listAuditHistory(ctx: ServiceContext, query: AuditQuery = {}): Promise<AuditEntry[]> {
  authorise(ctx, 'audit.read');
  return listAuditEntries(ctx.store.db, query);
}
