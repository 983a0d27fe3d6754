import type { Transaction } from 'kysely';
import {
  DEMO_ELIGIBLE_CATEGORIES,
  DEMO_PRIORITY_SOURCE,
  DEMO_PRIORITY_YEAR,
  DEMO_STANDING_PRIORITIES,
  demoChoices,
} from '../../../demo/priorities.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { checkPrioritySet, type PrioritySet } from '../../domain/priorities/index.js';
import {
  appendAuditRecords,
  categoryNames,
  insertPrioritySet,
  listOrgUnits,
  replaceEligibleCategories,
  replaceStandingPriorities,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

/** The 2018-19 borough local priorities, checked as any recorded set is, with the catalogue they are chosen from. */
export async function loadDemoPriorities(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ prioritySets: number }> {
  await replaceEligibleCategories(trx, DEMO_ELIGIBLE_CATEGORIES);
  await replaceStandingPriorities(trx, DEMO_STANDING_PRIORITIES);
  const names = await categoryNames(trx);
  const boroughs = (await listOrgUnits(trx)).filter((unit) => unit.kind === 'borough');
  const catalogue = {
    boroughs: new Map(boroughs.map((b) => [b.code, b.name])),
    eligible: new Map(DEMO_ELIGIBLE_CATEGORIES.map((code) => [code, names.get(code) ?? code])),
  };
  const sets: PrioritySet[] = boroughs.map((borough) => ({
    boroughCode: borough.code,
    year: DEMO_PRIORITY_YEAR,
    version: 1,
    priorities: demoChoices(borough.code),
    agreedBy: `${borough.name} Council, its BCU and MOPAC`,
    agreedOn: '2018-04-01',
    source: DEMO_PRIORITY_SOURCE,
    reason: null,
    recordedAt: new Date().toISOString(),
    recordedBy: actorLabel(ctx.actor),
  }));
  for (const set of sets) {
    const problems = checkPrioritySet(set, catalogue, 0);
    if (problems.length > 0) {
      throw new Error(
        `Demo priorities for ${set.boroughCode}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      );
    }
    await insertPrioritySet(trx, set);
  }
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'priority_sets',
      entityId: DEMO_PRIORITY_YEAR,
      after: {
        sets: sets.length,
        eligible: DEMO_ELIGIBLE_CATEGORIES,
        standing: DEMO_STANDING_PRIORITIES.map((s) => s.code),
      },
      reason: 'Demo data set loaded',
    }),
  ]);
  return { prioritySets: sets.length };
}
