import { BluelampProblem } from '../../domain/errors.js';
import { publicSummaryProblem } from '../../domain/inspections/index.js';
import { appendAuditRecords, findFindingPublicSummary, setFindingPublicSummary } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findFinding } from './findingAccess.js';

export interface PublishFindingResponseInput {
  readonly inspection: string;
  readonly ref: string;
  readonly summary: string;
  /** The day it is published (default today); never a day still to come. */
  readonly publishedOn?: string | undefined;
}

export interface PublishedFindingResponse {
  readonly inspection: string;
  readonly ref: string;
  readonly summary: string;
  readonly publishedOn: string;
}

/**
 * The performance team publishes a public summary of the force's response to a finding. It
 * replaces any earlier summary on the public page; the audit trail keeps every one, and who wrote it.
 */
export async function publishFindingResponse(
  ctx: ServiceContext,
  input: PublishFindingResponseInput,
): Promise<PublishedFindingResponse> {
  authorise(ctx, 'inspections.edit');
  const publishedOn = input.publishedOn ?? ctx.today();
  const problem = publicSummaryProblem(input.summary, publishedOn, ctx.today());
  if (problem !== null) {
    throw new BluelampProblem('invalid-input', `The response was not published: ${problem.problem}.`, problem.field);
  }
  const published = { summary: input.summary.trim(), publishedOn };
  return ctx.store.db.transaction().execute(async (trx) => {
    const { finding } = await findFinding(trx, input);
    const before = await findFindingPublicSummary(trx, finding.id);
    await setFindingPublicSummary(trx, finding.id, published);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: before === null ? 'create' : 'update',
        entityType: 'finding_public_response',
        entityId: `${finding.inspectionKey} ${finding.ref}`,
        before,
        after: published,
        reason: 'Public summary of the response published',
      }),
    ]);
    return { inspection: finding.inspectionKey, ref: finding.ref, ...published };
  });
}
