import { createHash } from 'node:crypto';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkEvidenceFile, evidenceQuotaProblem, isEvidenceUrl } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  claimEvidenceTotals,
  findMilestoneById,
  findUpdateById,
  insertEvidence,
  type Executor,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { assertOwnsMilestone } from './updateRules.js';
import { evidenceView, type EvidenceView } from './updateViews.js';

export type EvidenceInput =
  | { readonly kind: 'link'; readonly title: string; readonly url: string }
  | { readonly kind: 'file'; readonly title: string; readonly fileName: string; readonly content: Buffer };

function invalid(message: string, field: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message, field);
}

function evidenceValues(input: EvidenceInput) {
  if (input.kind === 'link') {
    if (!isEvidenceUrl(input.url)) throw invalid('url must be a web address starting http:// or https://.', 'url');
    return {
      kind: 'link',
      url: input.url,
      file_name: null,
      media_type: null,
      size_bytes: null,
      sha256: null,
      content: null,
    };
  }
  const check = checkEvidenceFile(input.fileName, input.content);
  if (!check.ok) throw invalid(check.reason, 'content');
  return {
    kind: 'file',
    url: null,
    file_name: check.fileName,
    media_type: check.mediaType,
    size_bytes: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    content: input.content,
  };
}

async function assertWithinQuota(db: Executor, updateId: number, adding: number): Promise<void> {
  const problem = evidenceQuotaProblem(await claimEvidenceTotals(db, updateId), adding);
  if (problem !== null) throw new BluelampProblem('conflict', problem, 'content');
}

/** Attaches a link or a file to an update its owner is still working on; published evidence never changes. */
export async function addUpdateEvidence(
  ctx: ServiceContext,
  input: EvidenceInput & { readonly updateId: number },
): Promise<EvidenceView> {
  authorise(ctx, 'milestone-updates.write');
  const title = input.title.trim();
  if (title === '' || title.length > 200) throw invalid('title must have between 1 and 200 characters.', 'title');
  const values = evidenceValues(input);
  const model = await loadOrganisationModel(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    const update = await findUpdateById(trx, input.updateId);
    const milestone = update === undefined ? undefined : await findMilestoneById(trx, update.milestone_id);
    if (update === undefined || milestone === undefined) {
      throw new BluelampProblem('not-found', `There is no update with id ${input.updateId}.`, 'updateId');
    }
    assertOwnsMilestone(ctx, model, milestone);
    if (update.state !== 'draft' && update.state !== 'returned') {
      throw new BluelampProblem(
        'conflict',
        `Evidence can be added while an update is a draft or returned; this one is ${update.state}.`,
      );
    }
    if (values.kind === 'file') await assertWithinQuota(trx, update.id, values.size_bytes ?? 0);
    const row = await insertEvidence(trx, {
      update_id: update.id,
      title,
      ...values,
      added_at: new Date().toISOString(),
      added_by: actorLabel(ctx.actor),
    });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'create',
        entityType: 'update_evidence',
        entityId: String(row.id),
        after: { ...row, updateId: update.id, milestone: milestone.ref, quarter: update.quarter },
      }),
    ]);
    return evidenceView(row);
  });
}
