import { BluelampProblem } from '../../domain/errors.js';
import { findEvidenceFile } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface EvidenceFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** An uploaded evidence file, for signed-in people only: evidence is working papers, not publication. */
export async function getEvidenceFile(ctx: ServiceContext, input: { evidenceId: number }): Promise<EvidenceFile> {
  authorise(ctx, 'evidence.read');
  const row = await findEvidenceFile(ctx.store.db, input.evidenceId);
  if (row?.content == null || row.file_name === null || row.media_type === null) {
    throw new BluelampProblem('not-found', `There is no evidence file with id ${input.evidenceId}.`, 'evidenceId');
  }
  return { fileName: row.file_name, mediaType: row.media_type, content: Buffer.from(row.content) };
}
