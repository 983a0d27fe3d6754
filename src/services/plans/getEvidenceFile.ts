import { BluelampProblem } from '../../domain/errors.js';
import { findEvidenceFile, findMilestoneById, findUpdateById } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { unpublishedReader } from './updateVisibility.js';

export interface EvidenceFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/**
 * An uploaded evidence file, for signed-in people only: evidence is working papers, not
 * publication. The evidence of an unpublished update is only for those who may read that update;
 * to anyone else it is not found, so counting through ids learns nothing of other units' drafts.
 */
export async function getEvidenceFile(ctx: ServiceContext, input: { evidenceId: number }): Promise<EvidenceFile> {
  authorise(ctx, 'evidence.read');
  const db = ctx.store.db;
  const notFound = new BluelampProblem(
    'not-found',
    `There is no evidence file with id ${input.evidenceId}.`,
    'evidenceId',
  );
  const row = await findEvidenceFile(db, input.evidenceId);
  if (row?.content == null || row.file_name === null || row.media_type === null) throw notFound;
  const update = await findUpdateById(db, row.update_id);
  if (update?.state !== 'published') {
    const milestone = update === undefined ? undefined : await findMilestoneById(db, update.milestone_id);
    const reads = unpublishedReader(ctx, await loadOrganisationModel(ctx));
    if (milestone === undefined || !reads(milestone.leads)) throw notFound;
  }
  return { fileName: row.file_name, mediaType: row.media_type, content: Buffer.from(row.content) };
}
