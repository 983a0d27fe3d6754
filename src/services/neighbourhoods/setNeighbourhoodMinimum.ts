import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { DEFAULT_MINIMUM, minimumProblems } from '../../domain/neighbourhoods/index.js';
import { appendAuditRecords, currentMinimum, insertMinimum } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import type { NeighbourhoodMinimumSetting } from './getNeighbourhoodMinimum.js';

/**
 * Sets the minimum DWOs and PCSOs per ward that compliance is judged against. Every setting is
 * kept and audited with its reason; setting the minimum already in force changes nothing.
 */
export async function setNeighbourhoodMinimum(
  ctx: ServiceContext,
  input: { dwo: number; pcso: number; reason?: string | undefined },
): Promise<NeighbourhoodMinimumSetting> {
  authorise(ctx, 'neighbourhoods.edit');
  const [problem] = minimumProblems(input);
  if (problem !== undefined)
    throw new BluelampProblem('invalid-input', `The minimum ${problem.field} ${problem.message}.`, problem.field);
  return ctx.store.db.transaction().execute(async (trx) => {
    const stored = await currentMinimum(trx);
    const before = stored ?? { ...DEFAULT_MINIMUM, setAt: null, setBy: null, reason: null };
    if (stored !== undefined && stored.dwo === input.dwo && stored.pcso === input.pcso)
      return { ...stored, isDefault: false };
    const next = {
      dwo: input.dwo,
      pcso: input.pcso,
      setAt: new Date().toISOString(),
      setBy: actorLabel(ctx.actor),
      reason: input.reason?.trim() === '' ? null : (input.reason?.trim() ?? null),
    };
    await insertMinimum(trx, next);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'neighbourhood_minimum',
        entityId: 'ward',
        before: { dwo: before.dwo, pcso: before.pcso },
        after: { dwo: next.dwo, pcso: next.pcso },
        reason: next.reason,
      }),
    ]);
    return { ...next, isDefault: false };
  });
}
