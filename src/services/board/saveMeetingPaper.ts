import { actorLabel } from '../../domain/accounts/index.js';
import { PAPER_KIND_LABELS } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, listStoredPapers, saveStoredPaper } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting } from './boardAccess.js';
import { checkedPaperKind, meetingPapers, type MeetingPaperView } from './meetingPapers.js';

const MAX_PAPER_CHARACTERS = 20_000;

/** Writes a meeting's agenda, minutes or decisions; empty text clears it. The old text goes to the audit trail. */
export async function saveMeetingPaper(
  ctx: ServiceContext,
  input: { meeting: number; kind: string; text: string },
): Promise<{ papers: MeetingPaperView[] }> {
  authorise(ctx, 'board.edit');
  const kind = checkedPaperKind(input.kind);
  const text = input.text.trim();
  if (text.length > MAX_PAPER_CHARACTERS) {
    throw new BluelampProblem('invalid-input', 'text must be at most 20,000 characters.', 'text');
  }
  return ctx.store.db.transaction().execute(async (trx) => {
    const meeting = await findMeeting(trx, input.meeting);
    const before = (await listStoredPapers(trx, meeting.id)).find((p) => p.kind === kind)?.text ?? '';
    const at = new Date().toISOString();
    await saveStoredPaper(trx, meeting.id, { kind, text, at, by: actorLabel(ctx.actor) });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'board_meeting_paper',
        entityId: `${meeting.id}/${kind}`,
        before: { text: before },
        after: { text },
        reason: `${PAPER_KIND_LABELS[kind]} of "${meeting.title}" written`,
      }),
    ]);
    return { papers: await meetingPapers(trx, meeting.id) };
  });
}
