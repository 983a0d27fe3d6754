import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { FindingState, NewEvidenceItem } from '../../domain/inspections/index.js';
import { appendAuditRecords, recordFindingMove, type DatabaseSchema, type StoredFinding } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

export interface FindingMoveResult {
  readonly inspection: string;
  readonly ref: string;
  readonly from: FindingState;
  readonly to: FindingState;
}

interface Move {
  readonly at: string;
  readonly finding: StoredFinding;
  readonly to: FindingState;
  readonly note: string | null;
  readonly evidence: readonly NewEvidenceItem[];
  readonly reason: string;
  readonly seenVersion?: number | undefined;
}

/**
 * The refusal of a move made on an old reading of the finding; with the finding as it now stands
 * when that is known, so a form can say what changed.
 */
export function staleFinding(ref: string, current?: StoredFinding): BluelampProblem {
  return new BluelampProblem(
    'conflict',
    `Finding ${ref} changed while you were working; reload it and try again.`,
    'version',
    current === undefined ? undefined : { currentVersion: current.version, currentState: current.state },
  );
}

/** What the audit trail keeps of the evidence: a file by its name, size and digest, never its bytes. */
function auditedEvidence(evidence: readonly NewEvidenceItem[]) {
  return evidence.map(({ title, url, file }) =>
    file === null
      ? { title, url }
      : { title, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256 },
  );
}

/** Writes the move, or conflict when someone else moved the finding first. */
export async function writeMove(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  move: Move,
): Promise<FindingMoveResult> {
  const { finding } = move;
  const written = await recordFindingMove(trx, {
    findingId: finding.id,
    from: finding.state,
    to: move.to,
    happenedAt: move.at,
    actor: actorLabel(ctx.actor),
    note: move.note,
    evidence: move.evidence,
    seenVersion: move.seenVersion,
  });
  if (!written) throw staleFinding(finding.ref);
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'finding',
      entityId: `${finding.inspectionKey} ${finding.ref}`,
      before: { state: finding.state },
      after: { state: move.to, note: move.note, evidence: auditedEvidence(move.evidence) },
      reason: move.reason,
    }),
  ]);
  return { inspection: finding.inspectionKey, ref: finding.ref, from: finding.state, to: move.to };
}
