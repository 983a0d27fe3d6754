import type { AuditAnchor } from '../../domain/audit/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  AuditAnchorUnreadableError,
  anchorTrailOnCommit,
  appendAuditRecords,
  auditSealOf,
  readAuditAnchor,
  type AuditSealSettings,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { auditRecord } from './auditRecord.js';
import { examineAuditTrail } from './examineAuditTrail.js';

export interface AnchorResult {
  /** What the anchor said before, or null where there was none (or it could not be read). */
  readonly previous: AuditAnchor | null;
  readonly sequence: number;
  readonly place: string;
}

function previousAnchor(seal: AuditSealSettings): AuditAnchor | null {
  try {
    return readAuditAnchor(seal.anchorFile);
  } catch (error) {
    if (error instanceof AuditAnchorUnreadableError) return null;
    throw error;
  }
}

/**
 * An operator accepts the trail as it now stands — after restoring an older backup, or moving
 * the database — and anchors its head in place of what the anchor said. Only a trail whose every
 * link is sound can be anchored, and the acceptance is itself an entry, with what the anchor
 * said before and why, so no shortening is ever accepted silently.
 */
export async function anchorAuditTrail(ctx: ServiceContext, input: { readonly reason: string }): Promise<AnchorResult> {
  authorise(ctx, 'system.administer');
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 500) {
    throw new BluelampProblem(
      'invalid-input',
      'Say why the trail is accepted as it stands (1 to 500 characters).',
      'reason',
    );
  }
  return ctx.store.db.transaction().execute(async (trx) => {
    const seal = await auditSealOf(trx);
    if (seal.anchorFile === null) {
      throw new BluelampProblem('conflict', 'An in-memory database keeps no anchor: there is nothing to anchor.');
    }
    const verdict = await examineAuditTrail(trx, { againstAnchor: false });
    if (!verdict.intact) {
      throw new BluelampProblem(
        'conflict',
        `The audit trail is broken at entry ${verdict.sequence} (${verdict.problem}), so it was not anchored: only a trail whose every link is sound can be.`,
      );
    }
    const previous = previousAnchor(seal);
    const [entry] = await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'audit_trail',
        entityId: 'anchor',
        before:
          previous === null
            ? null
            : { sequence: previous.sequence, hash: previous.hash, anchoredAt: previous.anchoredAt },
        after: { sequence: verdict.entries, hash: verdict.lastHash },
        reason,
      }),
    ]);
    await anchorTrailOnCommit(trx);
    return { previous, sequence: entry?.sequence ?? verdict.entries, place: seal.anchorFile };
  });
}
