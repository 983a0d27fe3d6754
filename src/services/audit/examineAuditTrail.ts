import { AuditChainVerifier, type ChainVerdict } from '../../domain/audit/index.js';
import {
  AuditAnchorUnreadableError,
  auditEntriesInOrder,
  auditSealOf,
  readAuditAnchor,
  type Executor,
} from '../../store/index.js';
import { BluelampProblem } from '../../domain/errors.js';

/**
 * Re-computes the chain a batch at a time with this process's audit key and, unless told not
 * to, checks it against the anchor kept outside the database. The callers authorise.
 */
export async function examineAuditTrail(db: Executor, options: { againstAnchor: boolean }): Promise<ChainVerdict> {
  const seal = await auditSealOf(db);
  let anchor = null;
  if (options.againstAnchor) {
    try {
      anchor = readAuditAnchor(seal.anchorFile);
    } catch (error) {
      if (error instanceof AuditAnchorUnreadableError) throw new BluelampProblem('unavailable', error.message);
      throw error;
    }
  }
  const verifier = new AuditChainVerifier({ key: seal.key, anchor });
  for await (const entry of auditEntriesInOrder(db)) {
    if (!verifier.add(entry)) break;
  }
  return verifier.verdict();
}
