import { createHash } from 'node:crypto';
import { actorLabel } from '../../domain/accounts/index.js';
import { PAPER_KIND_LABELS } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkEvidenceFile, EVIDENCE_QUOTA } from '../../domain/plans/index.js';
import { appendAuditRecords, insertStoredPaperFile, listStoredPaperFiles } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting } from './boardAccess.js';
import { checkedPaperKind, paperFilePath } from './meetingPapers.js';

/** A meeting carries no more files than a quarterly update may, so papers cannot fill the database. */
function quotaProblem(held: readonly { sizeBytes: number }[], adding: number): string | null {
  const bytes = held.reduce((total, file) => total + file.sizeBytes, 0);
  if (held.length + 1 > EVIDENCE_QUOTA.files || bytes + adding > EVIDENCE_QUOTA.bytes) {
    return `A meeting's papers may carry at most ${EVIDENCE_QUOTA.files} files and 25 MB; this one has ${held.length}.`;
  }
  return null;
}

/**
 * Attaches a file to a meeting's agenda, minutes or decisions, under the rules evidence files
 * follow: its type known by its content as well as its name, at most 5 MB, a SHA-256 kept.
 */
export async function addMeetingPaperFile(
  ctx: ServiceContext,
  input: { meeting: number; kind: string; fileName: string; content: Uint8Array },
): Promise<{ id: number; path: string; sha256: string }> {
  authorise(ctx, 'board.edit');
  const kind = checkedPaperKind(input.kind);
  const check = checkEvidenceFile(input.fileName, input.content);
  if (!check.ok) throw new BluelampProblem('invalid-input', `The file was not accepted: ${check.reason}`, 'content');
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return ctx.store.db.transaction().execute(async (trx) => {
    const meeting = await findMeeting(trx, input.meeting);
    const problem = quotaProblem(await listStoredPaperFiles(trx, meeting.id), input.content.length);
    if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'content');
    const at = new Date().toISOString();
    const file = { fileName: check.fileName, mediaType: check.mediaType, sha256 };
    const id = await insertStoredPaperFile(trx, {
      meetingId: meeting.id,
      kind,
      ...file,
      content: input.content,
      addedAt: at,
      addedBy: actorLabel(ctx.actor),
    });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'create',
        entityType: 'board_meeting_paper_file',
        entityId: String(id),
        after: { meeting: meeting.id, kind, ...file, sizeBytes: input.content.length },
        reason: `File attached to the ${PAPER_KIND_LABELS[kind].toLowerCase()} of "${meeting.title}"`,
      }),
    ]);
    return { id, path: paperFilePath(meeting.id, id), sha256 };
  });
}
