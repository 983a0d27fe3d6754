import { BluelampProblem } from '../../domain/errors.js';
import { findStoredBoard, findStoredPaperFile } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting } from './boardAccess.js';
import { papersPermission } from './meetingPapers.js';

export interface MeetingPaperFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

/**
 * A file attached to a meeting's papers. A public board's papers are public, so anyone reads
 * them; an internal board's are for signed-in people only.
 */
export async function getMeetingPaperFile(
  ctx: ServiceContext,
  input: { meeting: number; file: number },
): Promise<MeetingPaperFile> {
  const meeting = await findMeeting(ctx.store.db, input.meeting);
  const board = await findStoredBoard(ctx.store.db, meeting.board);
  authorise(ctx, papersPermission(board?.visibility ?? 'internal'));
  const file = await findStoredPaperFile(ctx.store.db, meeting.id, input.file);
  if (file === undefined) {
    throw new BluelampProblem('not-found', `Meeting ${meeting.id} has no paper file ${input.file}.`, 'file');
  }
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    content: Buffer.from(file.content),
    sha256: file.sha256,
  };
}
