import { verifyAuditChain, type ChainVerdict } from '../../domain/audit/index.js';
import { listAuditEntries } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Re-computes the whole chain from the stored entries and reports the first broken link. */
export async function verifyAuditTrail(ctx: ServiceContext): Promise<ChainVerdict> {
  authorise(ctx, 'audit.read');
  return verifyAuditChain(await listAuditEntries(ctx.store.db));
}
