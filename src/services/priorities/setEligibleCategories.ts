import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  categoryNames,
  listEligibleCategoryCodes,
  replaceEligibleCategories,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { getPriorityCatalogue, type PriorityCatalogueView } from './getPriorityCatalogue.js';

/** Replaces the categories boroughs may choose; a category already chosen in a set may still be removed from future choice. */
export async function setEligibleCategories(
  ctx: ServiceContext,
  input: { categories: readonly string[]; reason?: string | undefined },
): Promise<PriorityCatalogueView> {
  authorise(ctx, 'priorities.edit');
  const names = await categoryNames(ctx.store.db);
  const unknown = input.categories.filter((code) => !names.has(code));
  if (unknown.length > 0) {
    throw new BluelampProblem('invalid-input', `Not a crime category: ${unknown.join(', ')}.`, 'categories');
  }
  const codes = [...new Set(input.categories)];
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await listEligibleCategoryCodes(trx);
    await replaceEligibleCategories(trx, codes);
    const change = { action: 'update' as const, entityType: 'priority_eligible_categories', entityId: 'all' };
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        ...change,
        before: { categories: before },
        after: { categories: codes },
        reason: input.reason,
      }),
    ]);
  });
  return getPriorityCatalogue(ctx);
}
