import { verifyAuditChain, type ChainVerdict } from '../../domain/audit/index.js';
import { listAuditEntries } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

/** Re-computes the whole chain from the stored entries and reports the first broken link. */
export async function verifyAuditTrail(ctx: ServiceContext): Promise<ChainVerdict> {
  return verifyAuditChain(await listAuditEntries(ctx.store.db));
}
