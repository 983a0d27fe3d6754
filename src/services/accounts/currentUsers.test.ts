import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from './addUser.js';
import { findCurrentUser } from './currentUsers.js';

describeWithDemoData('the user a request acts as, read once per version of the internal data', (ctx) => {
  const idOf = async (username: string) =>
    (await sql<{ id: number }>`select id from users where username = ${username}`.execute(ctx().store.db)).rows[0]
      ?.id ?? 0;

  it('reads a user once while nothing changes', async () => {
    await addUser(ctx(), { username: 'kept.reader', role: 'reviewer' });
    const id = await idOf('kept.reader');
    const first = await findCurrentUser(ctx(), id);
    expect(first?.role).toBe('reviewer');
    expect(await findCurrentUser(ctx(), id)).toBe(first);
  });

  it('reads the user afresh after any change to their role, their units or whether they are disabled', async () => {
    await addUser(ctx(), { username: 'changing.owner', role: 'owner', scope: ['CN'] });
    const id = await idOf('changing.owner');
    expect((await findCurrentUser(ctx(), id))?.scope).toEqual(['CN']);
    // Straight to the tables, as any write would: only the version tells what was kept is old.
    await sql`delete from user_scopes where user_id = ${id}`.execute(ctx().store.db);
    expect((await findCurrentUser(ctx(), id))?.scope).toEqual([]);
    await sql`update users set role = 'viewer' where id = ${id}`.execute(ctx().store.db);
    expect((await findCurrentUser(ctx(), id))?.role).toBe('viewer');
    await sql`update users set disabled = 1 where id = ${id}`.execute(ctx().store.db);
    expect((await findCurrentUser(ctx(), id))?.disabled).toBe(true);
  });

  it('says so when the user is not there', async () => {
    expect(await findCurrentUser(ctx(), 987_654)).toBeUndefined();
  });
});
