import { BluelampProblem } from '../../domain/errors.js';
import {
  checkPrioritySet,
  yearEndDate,
  type PrioritySet,
  type PrioritySetInput,
} from '../../domain/priorities/index.js';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  appendAuditRecords,
  countPrioritySetVersions,
  insertPrioritySet,
  isUniqueViolation,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadPriorityCatalogue, priorityYear } from './priorityAccess.js';

/**
 * Records a borough's priority set for a year. The first set is version 1; any later set is a new
 * version that must give its reason, and the earlier versions stay as they were. Two people
 * recording at once cannot both take the same version: the database's unique key settles it.
 */
export async function recordPrioritySet(ctx: ServiceContext, given: PrioritySetInput): Promise<PrioritySet> {
  authorise(ctx, 'priorities.edit');
  const input = { ...given, year: priorityYear(given.year) };
  const catalogue = await loadPriorityCatalogue(ctx, yearEndDate(input.year));
  try {
    return await ctx.store.db.transaction().execute(async (trx) => {
      const held = await countPrioritySetVersions(trx, input.boroughCode, input.year);
      const problems = checkPrioritySet(input, catalogue, held);
      const first = problems[0];
      if (first !== undefined) {
        const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
        throw new BluelampProblem('invalid-input', `The priority set was not recorded. ${message}.`, first.field);
      }
      const set: PrioritySet = {
        ...input,
        version: held + 1,
        recordedAt: new Date().toISOString(),
        recordedBy: actorLabel(ctx.actor),
      };
      await insertPrioritySet(trx, set);
      await appendAuditRecords(trx, [
        auditRecord(ctx, {
          action: 'create',
          entityType: 'priority_set',
          entityId: `${set.boroughCode} ${set.year} v${set.version}`,
          after: set,
          reason: set.reason,
        }),
      ]);
      return set;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem(
        'conflict',
        'Someone else recorded a set for this borough and year at the same moment; reload and try again.',
      );
    }
    throw error;
  }
}
