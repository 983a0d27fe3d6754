import type { Transaction } from 'kysely';
import { parseQuarter } from '../../domain/calendar/index.js';
import { buildMilestoneRecords, milestonesOfQuarter } from '../../domain/plans/index.js';
import {
  appendAuditRecords,
  findUser,
  insertUser,
  listOrgUnits,
  listPlanRecords,
  listUpdatesOfPlan,
  loadPlanContent,
  setUserScope,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: 'owner' | 'reviewer' | 'performance';
  readonly scope: readonly string[];
  readonly email: string;
}

/** The lead units of the milestones the open quarter (Quarter 2 of 2018-19) reports on, in the plans collecting updates. */
async function quarterLeads(trx: Transaction<DatabaseSchema>): Promise<Set<string>> {
  const quarter = parseQuarter('2018-19 Q2');
  const leads = new Set<string>();
  if (quarter === null) return leads;
  // Only plans collecting updates: a plan with no quarter open (the demo's MOPAC delivery plan) asks no one for one.
  const collecting = (await listPlanRecords(trx)).filter((p) => p.state === 'published' && p.reportingQuarter !== null);
  for (const plan of collecting) {
    const content = await loadPlanContent(trx, plan.id);
    if (content === undefined) continue;
    const records = buildMilestoneRecords(content, await listUpdatesOfPlan(trx, plan.key), true);
    for (const { record } of milestonesOfQuarter(records, quarter)) for (const lead of record.leads) leads.add(lead);
  }
  return leads;
}

async function restoreScope(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  id: number,
  account: DemoAccount,
): Promise<void> {
  await setUserScope(trx, id, account.scope);
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'user',
      entityId: account.username,
      before: { scope: [] },
      after: { scope: account.scope },
      reason: 'Demo data set loaded',
    }),
  ]);
}

function slug(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Accounts for the demo's reminders: an owner for each unit leading Quarter 2 milestones, a
 * reviewer and a member of the performance team. They are named for their roles, not people,
 * their addresses are at example.org (a domain reserved for examples), and they have neither a
 * password nor a single sign-on address, so no one can sign in as them. Accounts already there
 * (after a reset) are kept as they are.
 */
export async function loadDemoAccounts(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ accounts: number }> {
  const leads = await quarterLeads(trx);
  const units = (await listOrgUnits(trx)).filter((unit) => leads.has(unit.code));
  const accounts: DemoAccount[] = [
    ...units.map((unit) => ({
      username: `demo.owner.${slug(unit.code)}`,
      displayName: `${unit.name} milestone owner`,
      role: 'owner' as const,
      scope: [unit.code],
      email: `${slug(unit.code)}.owner@example.org`,
    })),
    {
      username: 'demo.reviewer',
      displayName: 'Oversight body reviewer',
      role: 'reviewer',
      scope: [],
      email: 'reviewer@example.org',
    },
    {
      username: 'demo.performance',
      displayName: 'Force performance team',
      role: 'performance',
      scope: [],
      email: 'performance@example.org',
    },
  ];
  let added = 0;
  for (const account of accounts) {
    const existing = await findUser(trx, { username: account.username });
    if (existing !== undefined) {
      // A reset removes the units, and with them the scopes: give the owner back the unit, now new.
      if (existing.scope.length === 0 && account.scope.length > 0) await restoreScope(ctx, trx, existing.id, account);
      continue;
    }
    const id = await insertUser(trx, {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      passwordHash: null,
      ssoEmail: null,
      email: account.email,
      createdAt: new Date().toISOString(),
    });
    await setUserScope(trx, id, account.scope);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'create',
        entityType: 'user',
        entityId: account.username,
        after: { ...account, signIn: 'none: a demo account for reminders' },
        reason: 'Demo data set loaded',
      }),
    ]);
    added += 1;
  }
  return { accounts: added };
}
