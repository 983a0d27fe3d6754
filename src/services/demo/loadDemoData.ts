import { demoOrganisation } from '../../../demo/organisation.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  findMembershipProblems,
  OrganisationModel,
  type Membership,
  type OrgUnit,
} from '../../domain/organisation/index.js';
import {
  appendAuditRecords,
  countOrgUnits,
  countPermanentRecords,
  deleteOrganisation,
  insertOrganisation,
  listOrgUnits,
  listPlanRecords,
  deleteAllPlans,
  deleteAllMeasures,
  deleteAllPoliceUkData,
  deleteAllPriorities,
  deleteAllInspections,
  deleteAllBoardMeetings,
  type DatabaseSchema,
  deleteAllNeighbourhoods,
} from '../../store/index.js';
import { loadDemoCrimeData, type DemoCrimeDataResult } from './loadDemoCrimeData.js';
import { loadDemoMeasures } from './loadDemoMeasures.js';
import { loadDemoPlans } from './loadDemoPlans.js';
import { loadDemoPoliceUk } from './loadDemoPoliceUk.js';
import { loadDemoPriorities } from './loadDemoPriorities.js';
import { loadDemoInspections } from './loadDemoInspections.js';
import { loadDemoBoard } from './loadDemoBoard.js';
import { loadDemoRisks } from './loadDemoRisks.js';
import { loadDemoAccounts } from './loadDemoAccounts.js';
import type { Transaction } from 'kysely';
import { loadDemoNeighbourhoods } from './loadDemoNeighbourhoods.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface DemoLoadResult extends DemoCrimeDataResult {
  readonly units: number;
  readonly memberships: number;
  readonly plans: number;
  readonly milestones: number;
  readonly updates: number;
  readonly measures: number;
  readonly observations: number;
  readonly forceSettings: number;
  readonly prioritySets: number;
  readonly inspections: number;
  readonly findingActions: number;
  readonly boardMeetings: number;
  readonly boardActions: number;
  readonly wards: number;
  readonly wardPosts: number;
  readonly abstractions: number;
}

const DEMO_REASON = 'Demo data set loaded';

function membershipId(m: Membership): string {
  return `${m.unitCode} in ${m.parentCode} from ${m.validFrom ?? 'the start'}`;
}

function creations(ctx: ServiceContext, units: readonly OrgUnit[], memberships: readonly Membership[]) {
  return [
    ...units.map((unit) =>
      auditRecord(ctx, {
        action: 'create',
        entityType: 'org_unit',
        entityId: unit.code,
        after: unit,
        reason: DEMO_REASON,
      }),
    ),
    ...memberships.map((m) =>
      auditRecord(ctx, {
        action: 'create',
        entityType: 'org_membership',
        entityId: membershipId(m),
        after: m,
        reason: DEMO_REASON,
      }),
    ),
  ];
}

/** A reset (or a failed load) removes every part of the data set, recording each plan and unit it removes. */
async function removeEverything(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  reason = 'Demo reset',
): Promise<void> {
  const removed = await listOrgUnits(trx);
  const plans = await listPlanRecords(trx);
  await deleteAllBoardMeetings(trx);
  await deleteAllPlans(trx);
  await deleteAllPriorities(trx);
  await deleteAllInspections(trx);
  await deleteAllPoliceUkData(trx);
  await deleteAllMeasures(trx);
  await deleteAllNeighbourhoods(trx);
  await deleteOrganisation(trx);
  await appendAuditRecords(trx, [
    ...plans.map((plan) =>
      auditRecord(ctx, {
        action: 'delete',
        entityType: 'plan',
        entityId: `${plan.key} v${plan.version}`,
        before: plan,
        reason,
      }),
    ),
    ...removed.map((unit) =>
      auditRecord(ctx, {
        action: 'delete',
        entityType: 'org_unit',
        entityId: unit.code,
        before: unit,
        reason,
      }),
    ),
  ]);
}

/**
 * Loads the demo data set into an empty database, in three steps. The organisation, measures and
 * crime taxonomy go first, in one transaction with their audit entries. The real crime files then
 * load through their own import use cases, which commit as they go. Everything that cannot be
 * deleted once written (published updates and reports) comes last, in one more transaction. Should
 * the second or third step fail, the first is removed again, so the database is left empty rather
 * than half a demo. A database that already holds data is left alone unless the caller asks for a
 * reset; a reset records every unit it removes (the audit trail itself is never removed).
 */
export async function loadDemoData(ctx: ServiceContext, options: { reset?: boolean } = {}): Promise<DemoLoadResult> {
  authorise(ctx, 'system.administer');
  const { units, memberships } = demoOrganisation();
  const problems = findMembershipProblems(units, memberships);
  if (problems.length > 0) {
    throw new Error(
      `The demo organisation is inconsistent: ${problems.map((p) => `${p.unitCode} ${p.message}`).join('; ')}`,
    );
  }
  const base = await ctx.store.db.transaction().execute(async (trx) => {
    if ((await countOrgUnits(trx)) > 0) {
      if (options.reset !== true) {
        throw new BluelampProblem(
          'conflict',
          'This database already holds data, so the demo was not loaded. Use --reset to replace everything with the demo data.',
        );
      }
      await refuseResetOfPermanentRecords(trx);
      await removeEverything(ctx, trx);
    }
    await insertOrganisation(trx, units, memberships);
    await appendAuditRecords(trx, creations(ctx, units, memberships));
    return { ...(await loadDemoMeasures(ctx, trx)), ...(await loadDemoPoliceUk(trx)) };
  });
  const rest = await undoneOnFailure(ctx, async () => {
    const crime = await loadDemoCrimeData(ctx);
    const documents = await ctx.store.db.transaction().execute(async (trx) => {
      const plans = await loadDemoPlans(ctx, trx);
      const priorities = await loadDemoPriorities(ctx, trx);
      const wards = await loadDemoNeighbourhoods(ctx, trx);
      const inspections = await loadDemoInspections(ctx, trx, new OrganisationModel(units, memberships));
      const board = await loadDemoBoard(ctx, trx);
      const risks = await loadDemoRisks(ctx, trx);
      // Role accounts (no sign-in) that the reminders can be shown with.
      await loadDemoAccounts(ctx, trx);
      return { ...plans, ...priorities, ...wards, ...inspections, ...board, ...risks };
    });
    return { ...crime, ...documents };
  });
  const organisation = { units: units.length + rest.wards, memberships: memberships.length + rest.wards };
  return { ...base, ...rest, ...organisation };
}

/**
 * Published updates and reports are permanent, so a database that holds any cannot be reset: the
 * demo then belongs in a new database. Checked first, so the refusal changes nothing.
 */
async function refuseResetOfPermanentRecords(trx: Transaction<DatabaseSchema>): Promise<void> {
  const { publishedUpdates, publishedReports } = await countPermanentRecords(trx);
  if (publishedUpdates + publishedReports === 0) return;
  throw new BluelampProblem(
    'conflict',
    `This database holds ${publishedUpdates} published updates and ${publishedReports} published reports, ` +
      'which are permanent, so it cannot be reset. Load the demo into a new database instead ' +
      '(for example DATABASE_URL=sqlite:./var/demo.db bluelamp demo).',
  );
}

/** Runs the later steps of the load; if any fails, removes what the earlier ones committed and says why. */
async function undoneOnFailure<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await ctx.store.db.transaction().execute((trx) => removeEverything(ctx, trx, 'Demo load failed'));
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The demo did not load whole, so what it had loaded was removed again: ${reason}`, {
      cause: error,
    });
  }
}
