import { decide, type Actor, type Permission } from '../../domain/accounts/index.js';
import { parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { boardWork } from './boardWork.js';
import { findingWork } from './findingWork.js';
import { planWork } from './planWork.js';
import { compareWork, type WorkItem } from './workItem.js';

export type { WorkItem, WorkKind, WorkUrgency } from './workItem.js';

function may(actor: Actor, permission: Permission): boolean {
  return decide(actor, permission) === 'allowed';
}

/**
 * Who does what in the cycle. Owners write updates and answer findings for their units; the
 * performance team (and admins, who hold the same powers) decide, publish and keep the board's
 * actions log, so the owners' own work is not repeated on their page. Reviewers from the oversight
 * body read what waits for review, to challenge it.
 */
function dutiesOf(actor: Actor) {
  const isOwner = actor.kind === 'user' && actor.role === 'owner';
  const runsCycle = !isOwner && may(actor, 'milestone-updates.publish');
  const isReviewer = actor.kind === 'user' && actor.role === 'reviewer';
  return {
    plans: { writes: isOwner, reviews: runsCycle || isReviewer, publishes: runsCycle },
    findings: { responds: isOwner, decides: runsCycle && may(actor, 'inspections.edit') },
    keepsLog: runsCycle && may(actor, 'board.edit'),
  };
}

/**
 * What needs the signed-in person on a day: updates to write or rewrite, updates waiting for
 * review, findings to answer or decide, board actions and quarters ready to publish, most urgent
 * first. Deadlines of updates follow each plan's reporting rule.
 */
export async function listWorkFor(ctx: ServiceContext, on: string): Promise<WorkItem[]> {
  // Internal working papers: every signed-in role reads them, the public never does.
  authorise(ctx, 'evidence.read');
  const day = parseIsoDate(on);
  if (day === null)
    throw new BluelampProblem('invalid-input', `on must be a date such as 2018-10-05, not "${on}".`, 'on');
  const db = ctx.store.db;
  const actor = ctx.actor;
  const duties = dutiesOf(actor);
  const model = await loadOrganisationModel(ctx);
  const items = [
    ...(await planWork(db, { actor, model, duties: duties.plans, on: day })),
    ...(await findingWork(db, { actor, model, duties: duties.findings, on: day })),
    ...(await boardWork(db, { actor, model, keepsLog: duties.keepsLog, on: day })),
  ];
  return items.sort(compareWork);
}
