import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { BluelampProblem } from '../../domain/errors.js';
import { getOrgUnit } from '../organisation/getOrgUnit.js';
import { updateOrgUnit } from '../organisation/updateOrgUnit.js';
import { listAuditHistory } from './listAuditHistory.js';
import { anchorAuditTrail } from './anchorAuditTrail.js';
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

  it('anchors the head outside the database, and moves the anchor with each change', async () => {
    const before = await verifyAuditTrail(ctx());
    expect(before).toMatchObject({ intact: true, anchor: { sequence: before.entries } });
    await updateOrgUnit(ctx(), { code: 'HR', name: 'People', reason: 'Renamed' });
    expect(await verifyAuditTrail(ctx())).toMatchObject({ intact: true, anchor: { sequence: before.entries + 1 } });
  });

  it('fails once the newest 20 entries are deleted around the guard, until an administrator accepts the trail on the record', async () => {
    const db = ctx().store.db;
    const { entries } = await verifyAuditTrail(ctx());
    if (dialect === 'postgres')
      await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(db);
    else await sql`drop trigger audit_entries_no_delete`.execute(db);
    await db
      .deleteFrom('audit_entries')
      .where('sequence', '>', entries - 20)
      .execute();
    expect(await verifyAuditTrail(ctx())).toMatchObject({
      intact: false,
      brokenAt: null,
      sequence: entries - 19,
      problem: expect.stringContaining(
        `the trail ends at entry ${entries - 20}, but the anchor written outside the database`,
      ) as unknown,
    });
    // A later change takes the first free number; it does not paper over the gap.
    await updateOrgUnit(ctx(), { code: 'HR', name: 'Human Resources', reason: 'Renamed back' });
    expect(await verifyAuditTrail(ctx())).toMatchObject({ intact: false, sequence: entries - 18 });

    await expect(anchorAuditTrail(ctx(), { reason: ' ' })).rejects.toThrow(/Say why/);
    const accepted = await anchorAuditTrail(ctx(), { reason: 'Restored from the 02:00 backup after the disk failed' });
    expect(accepted).toMatchObject({ previous: { sequence: entries }, sequence: entries - 18 });
    expect(await verifyAuditTrail(ctx())).toMatchObject({ intact: true, anchor: { sequence: entries - 18 } });
    const [record] = await listAuditHistory(ctx(), { entityType: 'audit_trail' });
    expect(record).toMatchObject({
      action: 'update',
      before: { sequence: entries },
      after: { sequence: entries - 19 },
      reason: 'Restored from the 02:00 backup after the disk failed',
    });
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
