import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  dueDeadline,
  financialYearOfDate,
  formatFinancialYear,
  parseDueSpec,
  parseFinancialYear,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  actionPlanKey,
  emptyActionPlan,
  FINDING_KIND_LABELS,
  needsResponse,
  withAction,
  type NewAction,
} from '../../domain/inspections/index.js';
import type { PlanDocument } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findPlanVersions,
  insertFindingLink,
  listOrgUnits,
  loadPlanContent,
  planContentDocument,
  recordFindingMove,
  type DatabaseSchema,
  type StoredFinding,
  type StoredInspection,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { insertCheckedPlan } from '../plans/importPlan.js';
import { publishDraft } from '../plans/publishPlan.js';
import { findFinding } from './findingAccess.js';

export interface FindingActionInput extends NewAction {
  readonly inspection: string;
  readonly ref: string;
}

export interface FindingActionResult {
  readonly planKey: string;
  readonly planId: number;
  readonly version: number;
  readonly milestoneRef: string;
  readonly findingState: string;
}

function invalid(message: string, field: string): BluelampProblem {
  return new BluelampProblem('invalid-input', message, field);
}

/** The action plan as it stands: its published version, or a new one; a draft in the way is a conflict. */
async function currentActionPlan(
  trx: Transaction<DatabaseSchema>,
  inspection: StoredInspection,
): Promise<PlanDocument> {
  const versions = await findPlanVersions(trx, actionPlanKey(inspection.key));
  if (versions.some((version) => version.state === 'draft')) {
    throw new BluelampProblem(
      'conflict',
      `The action plan ${actionPlanKey(inspection.key)} has a draft version; publish or remove it before adding actions.`,
    );
  }
  const published = versions.filter((version) => version.state === 'published').at(-1);
  const content = published === undefined ? undefined : await loadPlanContent(trx, published.id);
  if (content !== undefined) return planContentDocument(content);
  // The force running Bluelamp owns the plan; its inspections are of itself.
  const force = (await listOrgUnits(trx, ['force']))[0];
  return emptyActionPlan(inspection, force?.name ?? inspection.force);
}

/** The action's fields checked one by one, so a mistake names its field rather than a path in the plan. */
async function checkedAction(trx: Transaction<DatabaseSchema>, input: NewAction, plan: PlanDocument) {
  const title = input.title.trim();
  const text = input.text.trim();
  if (title === '' || title.length > 200) throw invalid('title must name the action in 1 to 200 characters.', 'title');
  if (text === '' || text.length > 4000)
    throw invalid('text must say what will be done (up to 4,000 characters).', 'text');
  const firstYear = parseFinancialYear(plan.firstYear);
  const due = parseDueSpec(input.due, firstYear === null ? {} : { defaultFinancialYear: firstYear });
  if (!due.ok) throw invalid(`due: ${due.error}`, 'due');
  const units = new Set((await listOrgUnits(trx)).map((unit) => unit.code));
  if (input.leads.length === 0) throw invalid('leads must name at least one unit.', 'leads');
  input.leads.forEach((lead, index) => {
    if (!units.has(lead))
      throw invalid(`leads[${index}]: "${lead}" is not the code of an organisational unit.`, `leads[${index}]`);
  });
  const deadline = dueDeadline(due.dueSpec);
  const dueYear = deadline === null ? null : formatFinancialYear(financialYearOfDate(deadline));
  return { action: { title, text, due: input.due.trim(), leads: [...input.leads] }, dueYear };
}

/** A finding answered for the first time is, once it has an action, "action planned". */
async function markActionPlanned(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  finding: StoredFinding,
  ref: string,
  at: string,
) {
  if (finding.state !== 'open' && finding.state !== 'reopened') return finding.state;
  await recordFindingMove(trx, {
    findingId: finding.id,
    from: finding.state,
    to: 'action-planned',
    happenedAt: at,
    actor: actorLabel(ctx.actor),
    note: `Action ${ref} added to the action plan.`,
    evidence: [],
  });
  return 'action-planned';
}

/**
 * Adds an action for a finding: a milestone of the inspection's action plan, under the finding,
 * published at once as a new version of that plan so it enters the quarterly cycle.
 */
export async function addFindingAction(ctx: ServiceContext, input: FindingActionInput): Promise<FindingActionResult> {
  authorise(ctx, 'inspections.edit');
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeFindingAction(ctx, trx, input, at));
}

/** The action inside a caller's transaction, as of a moment: the demo writes its actions as of 2019. */
export async function writeFindingAction(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: FindingActionInput,
  at: string,
): Promise<FindingActionResult> {
  const { inspection, finding } = await findFinding(trx, input);
  if (!needsResponse(finding.kind)) throw invalid(`${finding.ref} is good practice, which needs no action.`, 'ref');
  if (finding.state === 'closed') throw invalid(`${finding.ref} is closed; re-open it before adding actions.`, 'ref');
  const plan = await currentActionPlan(trx, inspection);
  const { action, dueYear } = await checkedAction(trx, input, plan);
  const kindLabel = FINDING_KIND_LABELS[finding.kind];
  const next = withAction(plan, { ...finding, kindLabel }, action, dueYear);
  const stored = await insertCheckedPlan(ctx, trx, next.plan);
  await publishDraft(ctx, trx, stored.id, at.slice(0, 10));
  const link = { findingId: finding.id, relation: 'action' as const, planKey: next.plan.key, milestoneRef: next.ref };
  await insertFindingLink(trx, { ...link, linkedAt: at, linkedBy: actorLabel(ctx.actor) });
  const findingState = await markActionPlanned(ctx, trx, finding, next.ref, at);
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'finding-action',
      entityId: `${inspection.key} ${finding.ref} ${next.ref}`,
      after: { ...action, planKey: next.plan.key, version: stored.version },
    }),
  ]);
  return { planKey: next.plan.key, planId: stored.id, version: stored.version, milestoneRef: next.ref, findingState };
}
