import { pageOfAuditEntries, type AuditFilter, type AuditPage } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/**
 * Up to `limit` of the changes a filter matches, newest first, starting after the change
 * numbered `before` when given (the last one the caller has seen).
 */
export async function listAuditPage(
  ctx: ServiceContext,
  filter: AuditFilter,
  page: { readonly before?: number | undefined; readonly limit: number },
): Promise<AuditPage> {
  authorise(ctx, 'audit.read');
  return pageOfAuditEntries(ctx.store.db, filter, page);
}
