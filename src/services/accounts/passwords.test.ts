import { expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import type { ServiceContext } from '../context.js';
import { addUser } from './addUser.js';
import { changeOwnPassword } from './changeOwnPassword.js';
import { disableUser } from './disableUser.js';
import { enableUser } from './enableUser.js';
import { resetUserPassword } from './resetUserPassword.js';
import { resolveSession, type Session } from './resolveSession.js';
import { setUserSsoEmail } from './setUserSsoEmail.js';
import { signIn } from './signIn.js';

const PASSWORD = 'harbour kettle violet';
const NEW_PASSWORD = 'lantern orchard pebble';

describeOnBothDatabases('passwords, re-enabling and single sign-on marks', (store) => {
  const ctx = () => testContext(store());
  const as = (session: Session): ServiceContext => ({ ...ctx(), actor: { kind: 'user', ...session.user } });
  const tokenOf = async (username: string, password: string, client: string) =>
    (await signIn(ctx(), { username, password, client })).token;
  const sessionOf = async (username: string, password: string, client: string) =>
    (await resolveSession(ctx(), await tokenOf(username, password, client)))!;

  it('changes its own password with the current one, ending the other sessions but not this one', async () => {
    await addUser(ctx(), { username: 'changer', role: 'viewer', password: PASSWORD });
    const hereToken = await tokenOf('changer', PASSWORD, '10.1.0.1');
    const here = (await resolveSession(ctx(), hereToken))!;
    const elsewhere = await tokenOf('changer', PASSWORD, '10.1.0.2');
    const changed = await changeOwnPassword(as(here), here, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      client: '10.1.0.1',
    });
    expect(changed.otherSessionsEnded).toBe(1);
    expect(await resolveSession(ctx(), elsewhere)).toBeNull();
    expect(await resolveSession(ctx(), hereToken)).toMatchObject({ id: here.id });
    await expect(signIn(ctx(), { username: 'changer', password: PASSWORD, client: '10.1.0.3' })).rejects.toThrow(
      'not right',
    );
    await expect(
      signIn(ctx(), { username: 'changer', password: NEW_PASSWORD, client: '10.1.0.3' }),
    ).resolves.toMatchObject({ user: { username: 'changer' } });
    const history = await listAuditHistory(ctx(), { entityType: 'user', entityId: 'changer' });
    expect(history.map((entry) => entry.reason)).toEqual([null, 'Password changed by its owner']);
    expect(JSON.stringify(history)).not.toMatch(/argon2|lantern|harbour/);
  });

  it('counts a wrong current password as a failed sign-in, and checks the new one against the policy', async () => {
    await addUser(ctx(), { username: 'forgetful', role: 'viewer', password: PASSWORD });
    const session = await sessionOf('forgetful', PASSWORD, '10.2.0.1');
    const change = (currentPassword: string, newPassword: string) =>
      changeOwnPassword(as(session), session, { currentPassword, newPassword, client: '10.2.0.1' });
    await expect(change(PASSWORD, 'password1234')).rejects.toThrow(/too common/);
    await expect(change(PASSWORD, PASSWORD)).rejects.toThrow(/must differ/);
    for (let guess = 0; guess < 5; guess++) {
      await expect(change(`guessing ${guess} again`, NEW_PASSWORD)).rejects.toThrow(
        'The current password is not right.',
      );
    }
    await expect(change(PASSWORD, NEW_PASSWORD)).rejects.toThrow(/Too many failed sign-in attempts/);
    await expect(signIn(ctx(), { username: 'forgetful', password: PASSWORD, client: '10.2.0.9' })).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
  });

  it("will not change someone else's password through a session that is not the caller's", async () => {
    await addUser(ctx(), { username: 'victim', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'intruder', role: 'viewer', password: PASSWORD });
    const victim = await sessionOf('victim', PASSWORD, '10.3.0.1');
    const intruder = await sessionOf('intruder', PASSWORD, '10.3.0.2');
    await expect(
      changeOwnPassword(as(intruder), victim, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, client: 'x' }),
    ).rejects.toThrow(/Sign in to change your password/);
  });

  it('lets an administrator set a new password, made here when none is given, forgetting failed sign-ins', async () => {
    await addUser(ctx(), { username: 'locked.out', role: 'owner', password: PASSWORD });
    const token = await tokenOf('locked.out', PASSWORD, '10.4.0.1');
    const session = (await resolveSession(ctx(), token))!;
    for (let guess = 0; guess < 5; guess++) {
      await expect(
        signIn(ctx(), { username: 'locked.out', password: `wrong ${guess} guess`, client: '10.4.0.2' }),
      ).rejects.toThrow('not right');
    }
    const owner: ServiceContext = { ...ctx(), actor: { kind: 'user', ...session.user } };
    await expect(resetUserPassword(owner, { username: 'locked.out' })).rejects.toThrow(
      'Your role does not allow this.',
    );
    const reset = await resetUserPassword(ctx(), { username: 'Locked.Out', reason: 'Forgot it' });
    expect(reset.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await resolveSession(ctx(), token)).toBeNull();
    await expect(
      signIn(ctx(), { username: 'locked.out', password: reset.generatedPassword!, client: '10.4.0.2' }),
    ).resolves.toMatchObject({ user: { username: 'locked.out' } });
    const chosen = await resetUserPassword(ctx(), { username: 'locked.out', password: NEW_PASSWORD });
    expect(chosen.generatedPassword).toBeNull();
    await expect(resetUserPassword(ctx(), { username: 'locked.out', password: 'short' })).rejects.toThrow(
      /at least 12/,
    );
    await expect(resetUserPassword(ctx(), { username: 'nobody.here' })).rejects.toThrow('No user has the name');
    await expect(
      signIn(ctx(), { username: 'locked.out', password: NEW_PASSWORD, client: '10.4.0.3' }),
    ).resolves.toBeDefined();
  });

  it('re-enables a disabled account with the password and role it had', async () => {
    await addUser(ctx(), { username: 'returner', role: 'reviewer', password: PASSWORD });
    await disableUser(ctx(), 'returner', 'On leave');
    await expect(signIn(ctx(), { username: 'returner', password: PASSWORD, client: '10.5.0.1' })).rejects.toThrow(
      'not right',
    );
    expect(await enableUser(ctx(), 'returner', 'Back from leave')).toMatchObject({ disabled: false, role: 'reviewer' });
    await expect(
      signIn(ctx(), { username: 'returner', password: PASSWORD, client: '10.5.0.1' }),
    ).resolves.toMatchObject({ user: { username: 'returner', role: 'reviewer' } });
    const history = await listAuditHistory(ctx(), { entityType: 'user', entityId: 'returner' });
    expect(history.map((entry) => entry.reason)).toEqual([null, 'On leave', 'Back from leave']);
  });

  it('marks an account for single sign-on with one address, held by no other account', async () => {
    const marked = await addUser(ctx(), {
      username: 'sso.person',
      role: 'viewer',
      ssoEmail: ' SSO.Person@Force.Example ',
    });
    expect(marked).toMatchObject({ ssoEmail: 'sso.person@force.example', ssoLinked: false });
    await addUser(ctx(), { username: 'other.person', role: 'viewer' });
    await expect(setUserSsoEmail(ctx(), 'other.person', 'sso.person@force.example')).rejects.toThrow(
      'The account "sso.person" is already marked for single sign-on as sso.person@force.example.',
    );
    await expect(
      addUser(ctx(), { username: 'third.person', role: 'viewer', ssoEmail: 'sso.person@force.example' }),
    ).rejects.toThrow(/already marked/);
    await expect(setUserSsoEmail(ctx(), 'other.person', 'not an address')).rejects.toThrow(/is not an e-mail address/);
    expect(await setUserSsoEmail(ctx(), 'sso.person', null)).toMatchObject({ ssoEmail: null });
    expect(await setUserSsoEmail(ctx(), 'other.person', 'sso.person@force.example')).toMatchObject({
      ssoEmail: 'sso.person@force.example',
    });
  });
});
