import type { ChainVerdict } from '../../domain/audit/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { examineAuditTrail } from './examineAuditTrail.js';

/**
 * Re-computes the whole chain from the stored entries, checks it reaches the head anchored
 * outside the database, and reports the first entry that does not fit.
 */
export async function verifyAuditTrail(ctx: ServiceContext): Promise<ChainVerdict> {
  authorise(ctx, 'audit.read');
  return examineAuditTrail(ctx.store.db, { againstAnchor: true });
}
