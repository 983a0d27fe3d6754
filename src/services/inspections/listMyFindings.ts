import { scopeCoversIn } from '../../domain/accounts/index.js';
import { isOutstanding } from '../../domain/inspections/index.js';
import { listStoredFindings } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { checkedDay } from './findingRules.js';
import type { FindingView } from './listFindings.js';

/** Soonest deadline first; findings with no date set go last, as no one can be late with them yet. */
function byDeadline(a: FindingView, b: FindingView): number {
  if (a.dueOn === b.dueOn) return a.ref.localeCompare(b.ref);
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn.localeCompare(b.dueOn);
}

/**
 * The findings still to be answered by whoever asks: for an owner, those owned by a unit their
 * scope covers on the day (a business group covers its units); for the performance team and
 * administrators, who answer for every unit, all of them. Soonest deadline first.
 */
export async function listMyFindings(
  ctx: ServiceContext,
  query: { on?: string | undefined },
): Promise<{ on: string; findings: FindingView[] }> {
  authorise(ctx, 'findings.respond');
  const on = checkedDay(ctx, query.on);
  const model = await loadOrganisationModel(ctx);
  const findings = (await listStoredFindings(ctx.store.db))
    .filter((f) => isOutstanding(f.kind, f.state))
    .filter((f) => f.owner !== null && scopeCoversIn(model, ctx.actor, f.owner, on))
    .map((f) => ({ ...f, overdue: f.dueOn !== null && f.dueOn < on }))
    .sort(byDeadline);
  return { on, findings };
}
