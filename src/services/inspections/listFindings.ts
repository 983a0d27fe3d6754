import { FINDING_KINDS, FINDING_STATES, type FindingKind, type FindingState } from '../../domain/inspections/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { parseIsoDate } from '../../domain/calendar/index.js';
import { listStoredFindings, type StoredFinding } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface FindingFilter {
  readonly inspection?: string | undefined;
  readonly kind?: string | undefined;
  readonly component?: string | undefined;
  readonly owner?: string | undefined;
  readonly state?: string | undefined;
  /** Only findings past their due day and not closed, on this day (default today). */
  readonly overdue?: boolean | undefined;
  readonly on?: string | undefined;
}

export interface FindingView extends StoredFinding {
  readonly overdue: boolean;
}

function checked<T extends string>(value: string | undefined, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BluelampProblem('invalid-input', `${field} must be one of ${allowed.join(', ')}, not "${value}".`, field);
  }
  return value as T;
}

/** The findings tracker's question: findings by inspection, kind, component, owner and state, or those overdue. */
export async function listFindings(
  ctx: ServiceContext,
  filter: FindingFilter,
): Promise<{ on: string; findings: FindingView[] }> {
  authorise(ctx, 'inspections.read');
  const kind = checked<FindingKind>(filter.kind, FINDING_KINDS, 'kind');
  const state = checked<FindingState>(filter.state, FINDING_STATES, 'state');
  const on = filter.on ?? ctx.today();
  if (parseIsoDate(on) === null)
    throw new BluelampProblem('invalid-input', `on must be a date such as 2020-03-31, not "${on}".`, 'on');
  const findings = (await listStoredFindings(ctx.store.db))
    .map((f) => ({ ...f, overdue: f.dueOn !== null && f.dueOn < on && f.state !== 'closed' }))
    .filter(
      (f) =>
        (filter.inspection === undefined || f.inspectionKey === filter.inspection) &&
        (kind === undefined || f.kind === kind) &&
        (filter.component === undefined || f.component === filter.component) &&
        (filter.owner === undefined || f.owner === filter.owner) &&
        (state === undefined || f.state === state) &&
        (filter.overdue !== true || f.overdue),
    );
  return { on, findings };
}
