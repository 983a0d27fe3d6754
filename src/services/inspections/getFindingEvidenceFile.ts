import { BluelampProblem } from '../../domain/errors.js';
import { findFindingEvidenceFile } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface FindingEvidenceFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

/**
 * A file given as evidence for a finding. Like the moves and notes it came with, it is a working
 * paper: for signed-in people, who all read a finding's history, and never for the public.
 */
export async function getFindingEvidenceFile(
  ctx: ServiceContext,
  input: { evidenceId: number },
): Promise<FindingEvidenceFile> {
  authorise(ctx, 'evidence.read');
  const row = await findFindingEvidenceFile(ctx.store.db, input.evidenceId);
  if (row?.content == null || row.file_name === null || row.media_type === null || row.sha256 === null) {
    throw new BluelampProblem(
      'not-found',
      `There is no finding evidence file with id ${input.evidenceId}.`,
      'evidenceId',
    );
  }
  return { fileName: row.file_name, mediaType: row.media_type, content: Buffer.from(row.content), sha256: row.sha256 };
}
