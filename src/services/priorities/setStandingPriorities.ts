import { BluelampProblem } from '../../domain/errors.js';
import { checkStandingPriorities, type StandingPriority } from '../../domain/priorities/index.js';
import {
  appendAuditRecords,
  categoryNames,
  listMeasureDefinitions,
  listStandingPriorities,
  replaceStandingPriorities,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { getPriorityCatalogue, type PriorityCatalogueView } from './getPriorityCatalogue.js';

/** Replaces the standing priorities (anti-social behaviour, the mandatory high-harm crimes). */
export async function setStandingPriorities(
  ctx: ServiceContext,
  input: { standing: readonly StandingPriority[]; reason?: string | undefined },
): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.edit');
  const names = await categoryNames(ctx.store.db);
  const measures = await listMeasureDefinitions(ctx.store.db);
  const problems = checkStandingPriorities(input.standing, {
    categories: new Set(names.keys()),
    measures: new Set(measures.map((m) => m.code)),
  });
  const first = problems[0];
  if (first !== undefined) {
    throw new BluelampProblem('invalid-input', problems.map((p) => `${p.field}: ${p.message}`).join('; '), first.field);
  }
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await listStandingPriorities(trx);
    await replaceStandingPriorities(trx, input.standing);
    const change = { action: 'update' as const, entityType: 'standing_priorities', entityId: 'all' };
    await appendAuditRecords(trx, [
      auditRecord(ctx, { ...change, before, after: input.standing, reason: input.reason }),
    ]);
  });
  return getPriorityCatalogue(ctx);
}
