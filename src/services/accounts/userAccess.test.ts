import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { addUser } from './addUser.js';
import { listUsers } from './listUsers.js';
import { setUserAccess } from './setUserAccess.js';

describeWithDemoData('changing the role and scope of an account together', (ctx) => {
  const scopeOf = async (username: string) => (await listUsers(ctx())).find((u) => u.username === username)?.scope;

  it('gives an owner a new scope, and takes the scope away when they become a viewer', async () => {
    await addUser(ctx(), { username: 'scoped.owner', role: 'owner', scope: ['CN'] });
    await setUserAccess(ctx(), 'scoped.owner', { scope: ['SW', 'CN'] }, 'Covers two units now');
    expect((await scopeOf('scoped.owner'))?.sort()).toEqual(['CN', 'SW']);
    const viewer = await setUserAccess(ctx(), 'scoped.owner', { role: 'viewer', scope: [] });
    expect(viewer).toMatchObject({ role: 'viewer', scope: [] });
    const history = await listAuditHistory(ctx(), { entityType: 'user', entityId: 'scoped.owner' });
    expect(history.some((e) => e.reason === 'Covers two units now')).toBe(true);
  });

  it('refuses an owner with no units, a viewer with units, and a unit that does not exist, naming the scope', async () => {
    await addUser(ctx(), { username: 'strict.owner', role: 'owner', scope: ['CN'] });
    const none = await problemOf(setUserAccess(ctx(), 'strict.owner', { scope: [] }));
    expect([none.field, none.message]).toEqual([
      'scope',
      'Choose at least one unit: an owner updates for the units in their scope.',
    ]);
    const viewer = await problemOf(setUserAccess(ctx(), 'strict.owner', { role: 'viewer', scope: ['CN'] }));
    expect([viewer.field, viewer.message]).toEqual([
      'scope',
      'Only owners have a scope: choose no units for this role.',
    ]);
    expect((await problemOf(setUserAccess(ctx(), 'strict.owner', { scope: ['NOPE'] }))).field).toBe('scope');
    expect((await problemOf(addUser(ctx(), { username: 'no.units', role: 'owner', scope: [] }))).field).toBe('scope');
    expect(await scopeOf('strict.owner')).toEqual(['CN']);
  });
});
