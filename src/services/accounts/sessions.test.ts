import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { addUser } from './addUser.js';
import { disableUser } from './disableUser.js';
import { listUsers } from './listUsers.js';
import { resolveSession } from './resolveSession.js';
import { setUserRole } from './setUserRole.js';
import { signIn } from './signIn.js';
import { signOut } from './signOut.js';
import { signOutEverywhere } from './signOutEverywhere.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('accounts and sessions', (ctx) => {
  it('adds a user with a hashed password, an owner scope and an audit entry', async () => {
    const user = await addUser(ctx(), { username: 'Owner.CN', role: 'owner', password: PASSWORD, scope: ['CN'] });
    expect(user).toMatchObject({ username: 'owner.cn', role: 'owner', scope: ['CN'], disabled: false });
    expect(JSON.stringify(await listUsers(ctx()))).not.toContain(PASSWORD);
    const stored = await ctx()
      .store.db.selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'owner.cn')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(await listAuditHistory(ctx(), { entityType: 'user', entityId: 'owner.cn' })).toHaveLength(1);
  });

  it('refuses a weak password, an unknown role, an unknown unit and a taken name, writing nothing', async () => {
    await expect(addUser(ctx(), { username: 'weak', role: 'viewer', password: 'password1234' })).rejects.toThrow(
      /too common/,
    );
    await expect(addUser(ctx(), { username: 'chief', role: 'superuser', password: PASSWORD })).rejects.toThrow(
      /is not a role/,
    );
    await expect(
      addUser(ctx(), { username: 'scoped', role: 'owner', password: PASSWORD, scope: ['XX'] }),
    ).rejects.toThrow(/"XX"/);
    await expect(addUser(ctx(), { username: 'owner.cn', role: 'viewer', password: PASSWORD })).rejects.toThrow(
      /already exists/,
    );
    // The demo's own accounts (demo.…) are there too; of the names tried here, only the first stands.
    const names = (await listUsers(ctx())).map((u) => u.username).filter((name) => !name.startsWith('demo.'));
    expect(names).toEqual(['owner.cn']);
  });

  it('signs in with the right password and keeps the session in the database', async () => {
    const signedIn = await signIn(ctx(), { username: 'OWNER.CN', password: PASSWORD, client: '10.0.0.1' });
    const session = await resolveSession(ctx(), signedIn.token);
    expect(session).toMatchObject({ user: { username: 'owner.cn', role: 'owner' }, csrfToken: signedIn.csrfToken });
    const row = await ctx().store.db.selectFrom('sessions').select('token_hash').executeTakeFirstOrThrow();
    expect(row.token_hash).not.toBe(signedIn.token);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = signIn(ctx(), { username: 'owner.cn', password: 'not the password', client: '10.0.0.2' });
    await expect(wrong).rejects.toThrow('The user name or password is not right.');
    const unknown = signIn(ctx(), { username: 'nobody', password: PASSWORD, client: '10.0.0.2' });
    await expect(unknown).rejects.toThrow('The user name or password is not right.');
  });

  it('stops a user name after five failures, even with the right password', async () => {
    await addUser(ctx(), { username: 'target', role: 'viewer', password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        signIn(ctx(), { username: 'target', password: `guess number ${attempt}!`, client: '10.0.0.3' }),
      ).rejects.toThrow();
    }
    await expect(signIn(ctx(), { username: 'target', password: PASSWORD, client: '10.0.0.4' })).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
  });

  it('ends a session that has been idle too long or has passed its absolute limit', async () => {
    const idle = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.5' });
    const old = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.5' });
    const db = ctx().store.db;
    const sessions = await db.selectFrom('sessions').select(['id', 'csrf_token']).execute();
    const idOf = (csrf: string) => sessions.find((s) => s.csrf_token === csrf)!.id;
    await db
      .updateTable('sessions')
      .set({ last_seen_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', idOf(idle.csrfToken))
      .execute();
    await db
      .updateTable('sessions')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', idOf(old.csrfToken))
      .execute();
    expect(await resolveSession(ctx(), idle.token)).toBeNull();
    expect(await resolveSession(ctx(), old.token)).toBeNull();
    expect(await resolveSession(ctx(), 'a-token-nobody-was-given')).toBeNull();
  });

  it('signs out one session, or every session of the user', async () => {
    const first = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.6' });
    const second = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.7' });
    await signOut(ctx(), (await resolveSession(ctx(), first.token))!);
    expect(await resolveSession(ctx(), first.token)).toBeNull();
    const third = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.8' });
    const open = await ctx().store.db.selectFrom('sessions').select('id').execute();
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(await signOutEverywhere(ctx(), (await resolveSession(ctx(), third.token))!)).toBe(open.length);
    expect(await resolveSession(ctx(), second.token)).toBeNull();
    expect(await ctx().store.db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('ends existing sessions when a role changes or the account is disabled', async () => {
    const signedIn = await signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.9' });
    await setUserRole(ctx(), 'owner.cn', 'reviewer', 'Moved to oversight');
    expect(await resolveSession(ctx(), signedIn.token)).toBeNull();
    await disableUser(ctx(), 'owner.cn', 'Left the force');
    await expect(signIn(ctx(), { username: 'owner.cn', password: PASSWORD, client: '10.0.0.10' })).rejects.toThrow(
      'not right',
    );
    const history = await listAuditHistory(ctx(), { entityType: 'user', entityId: 'owner.cn' });
    expect(history.map((e) => e.reason)).toEqual([null, 'Moved to oversight', 'Left the force']);
  });
});
