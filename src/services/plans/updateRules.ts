import { parseDueSpec, parseFinancialYear, formatDueSpec } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { findStatus, statusScaleOf } from '../../domain/plans/index.js';
import type { MilestoneUpdateRow, MilestoneWithLeads, PlanRecord, UpdateContent } from '../../store/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { scopeCoversIn } from '../../domain/accounts/index.js';
import type { ServiceContext } from '../context.js';

/** What an owner types into an update, before it is checked. */
export interface UpdateInput {
  readonly statusCode: string;
  readonly narrative: string;
  readonly figures?: readonly string[] | undefined;
  readonly revisedDue?: string | undefined;
  readonly revisionReason?: string | undefined;
}

function invalid(message: string, field: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message, field);
}

/** Checks an update's content against the plan: its status scale, its calendar, sensible lengths. */
export function checkedContent(input: UpdateInput, plan: PlanRecord): UpdateContent {
  const status = findStatus(statusScaleOf(plan), input.statusCode);
  if (status === undefined) {
    const codes = statusScaleOf(plan).map((s) => s.code);
    throw invalid(`Choose a status from the plan's scale (${codes.join(', ')}).`, 'statusCode');
  }
  const narrative = input.narrative.trim();
  if (narrative === '') throw invalid('Say what happened this quarter.', 'narrative');
  if (narrative.length > 5000)
    throw invalid('What happened this quarter must be 5,000 characters or fewer.', 'narrative');
  const figures = (input.figures ?? []).map((figure) => figure.trim()).filter((figure) => figure !== '');
  if (figures.length > 20) throw invalid('List 20 figures or fewer.', 'figures');
  let revisedDue: string | null = null;
  const reason = input.revisionReason?.trim() ?? '';
  if (input.revisedDue !== undefined && input.revisedDue.trim() !== '') {
    const year = parseFinancialYear(plan.firstYear);
    const parsed = parseDueSpec(input.revisedDue, year === null ? {} : { defaultFinancialYear: year });
    if (!parsed.ok)
      throw invalid(
        `Enter the new due date as a quarter or year, for example Quarter 4, 2018-19 (${parsed.error}).`,
        'revisedDue',
      );
    revisedDue = formatDueSpec(parsed.dueSpec);
    if (reason === '') throw invalid('Say why the due date changes.', 'revisionReason');
  }
  if (reason.length > 2000)
    throw invalid('Why the due date changes must be 2,000 characters or fewer.', 'revisionReason');
  return {
    statusCode: status.code,
    narrative,
    figures,
    revisedDue,
    revisionReason: revisedDue === null ? null : reason,
  };
}

/**
 * Owners write only for milestones one of their units leads; other roles with the permission
 * write for all. The caller loads the organisation before its transaction opens: SQLite has one
 * connection, so a read outside the transaction would wait for it forever.
 */
export function assertOwnsMilestone(
  ctx: ServiceContext,
  model: OrganisationModel,
  milestone: MilestoneWithLeads,
): void {
  if (milestone.leads.some((lead) => scopeCoversIn(model, ctx.actor, lead, ctx.today()))) return;
  throw new BluelampProblem(
    'forbidden',
    `Milestone ${milestone.ref} is led by ${milestone.leads.join(' and ')}, which your scope does not cover.`,
  );
}

/** Updates are written only against the published version of a plan, for its open reporting quarter. */
export function assertOpenForUpdates(plan: PlanRecord, quarter: string): void {
  if (plan.state !== 'published') {
    throw new BluelampProblem(
      'conflict',
      `Updates are written against the published version of a plan; this one is ${plan.state}.`,
    );
  }
  if (plan.reportingQuarter !== quarter) {
    throw new BluelampProblem(
      'conflict',
      `The plan is collecting updates for ${plan.reportingQuarter ?? 'no quarter'}, not ${quarter}.`,
      'quarter',
    );
  }
}

export function staleVersion(current: MilestoneUpdateRow | undefined): BluelampProblem {
  return new BluelampProblem(
    'conflict',
    'Someone else changed this update since you opened it. Reload it, then make your change again.',
    'version',
    { currentVersion: current?.version ?? 0, currentState: current?.state ?? null },
  );
}
