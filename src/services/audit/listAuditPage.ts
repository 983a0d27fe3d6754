import { pageOfAuditEntries, type AuditFilter, type AuditPage } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Page `page` (from 1) of the changes a filter matches, newest first, `pageSize` to a page. */
export async function listAuditPage(
  ctx: ServiceContext,
  filter: AuditFilter,
  { page, pageSize }: { readonly page: number; readonly pageSize: number },
): Promise<AuditPage> {
  authorise(ctx, 'audit.read');
  return pageOfAuditEntries(ctx.store.db, filter, { offset: (page - 1) * pageSize, limit: pageSize });
}
