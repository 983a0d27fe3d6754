import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { BluelampProblem } from '../../domain/errors.js';
import { getOrgUnit } from '../organisation/getOrgUnit.js';
import { updateOrgUnit } from '../organisation/updateOrgUnit.js';
import { listAuditHistory } from './listAuditHistory.js';
import { verifyAuditTrail } from './verifyAuditTrail.js';

describeWithDemoData('the audit trail', (ctx, dialect) => {
  it('records the demo load and finds the chain intact', async () => {
    const verdict = await verifyAuditTrail(ctx());
    expect(verdict.intact).toBe(true);
    const created = await listAuditHistory(ctx(), { entityType: 'org_unit', entityId: 'CN' });
    expect(created).toMatchObject([
      { action: 'create', actor: 'test', after: { name: 'Central North' }, reason: 'Demo data set loaded' },
    ]);
  });

  it('records who changed what, from what to what, and why', async () => {
    await updateOrgUnit(ctx(), { code: 'S&G', name: 'Strategy and Performance', reason: 'Directorate renamed' });
    const history = await listAuditHistory(ctx(), { entityType: 'org_unit', entityId: 'S&G' });
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      actor: 'test',
      before: { name: 'Strategy and Governance', leadCode: 'S&G' },
      after: { name: 'Strategy and Performance', leadCode: 'S&G' },
      reason: 'Directorate renamed',
    });
    expect((await getOrgUnit(ctx(), { code: 'S&G' })).name).toBe('Strategy and Performance');
    expect((await verifyAuditTrail(ctx())).intact).toBe(true);
  });

  it('writes nothing, to the unit or the trail, when a change is refused', async () => {
    const before = (await listAuditHistory(ctx())).length;
    await expect(updateOrgUnit(ctx(), { code: 'HR', name: '  ' })).rejects.toThrow(BluelampProblem);
    await expect(updateOrgUnit(ctx(), { code: 'NOPE', name: 'X' })).rejects.toThrow(
      'No organisational unit has the code "NOPE".',
    );
    expect((await listAuditHistory(ctx())).length).toBe(before);
    expect((await getOrgUnit(ctx(), { code: 'HR' })).name).toBe('Human Resources and Workforce');
  });

  it('refuses to update or delete an audit entry', async () => {
    const db = ctx().store.db;
    await expect(
      db.updateTable('audit_entries').set({ actor: 'someone' }).where('sequence', '=', 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_entries').where('sequence', '=', 1).execute()).rejects.toThrow(/append-only/);
  });

  it('names the exact entry a database administrator altered by hand', async () => {
    const db = ctx().store.db;
    // Going around the append-only guard, as someone with full database rights could.
    if (dialect === 'postgres')
      await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(db);
    else await sql`drop trigger audit_entries_no_update`.execute(db);
    await db.updateTable('audit_entries').set({ after_json: '{"name":"Forged"}' }).where('sequence', '=', 7).execute();
    const verdict = await verifyAuditTrail(ctx());
    expect(verdict).toMatchObject({
      intact: false,
      sequence: 7,
      problem: expect.stringContaining('changed after it was written') as unknown,
    });
  });
});
