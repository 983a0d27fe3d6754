import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('signing in over HTTP', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'analyst', role: 'reviewer', password: PASSWORD });
  });
  afterAll(async () => {
    await app.close();
  });

  const signIn = (payload: unknown) => app.inject({ method: 'POST', url: '/api/session', payload: payload as object });

  it('sets an HttpOnly, SameSite session cookie and returns the CSRF token', async () => {
    const response = await signIn({ username: 'analyst', password: PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'bluelamp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json<{ user: { username: string; role: string }; csrfToken: string }>();
    expect(body.user).toMatchObject({ username: 'analyst', role: 'reviewer' });
    const me = await app.inject({ method: 'GET', url: '/api/session', cookies: { bluelamp_session: cookie!.value } });
    expect(me.json()).toMatchObject({ user: { username: 'analyst' }, csrfToken: body.csrfToken });
  });

  it('signs out only with the CSRF token, and the cookie no longer works afterwards', async () => {
    const response = await signIn({ username: 'analyst', password: PASSWORD });
    const cookies = { bluelamp_session: response.cookies.find((c) => c.name === 'bluelamp_session')!.value };
    const { csrfToken } = response.json<{ csrfToken: string }>();
    const forged = await app.inject({ method: 'DELETE', url: '/api/session', cookies });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({
      type: '/problems/forbidden',
      detail: expect.stringContaining('x-csrf-token') as unknown,
    });
    const wrongToken = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      cookies,
      headers: { 'x-csrf-token': 'guess' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/session', cookies })).json()).toEqual({
      user: null,
      csrfToken: null,
    });
  });

  it('answers a wrong password with a plain 401, and a tampered or missing cookie as nobody signed in', async () => {
    const wrong = await signIn({ username: 'analyst', password: 'not the right one' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      type: '/problems/unauthenticated',
      title: 'Not signed in',
      status: 401,
      detail: 'The user name or password is not right.',
      instance: '/api/session',
    });
    const attempts: Record<string, string>[] = [
      { bluelamp_session: 'A'.repeat(43) },
      { bluelamp_session: "'; drop table sessions; --" },
      {},
    ];
    for (const cookies of attempts) {
      const response = await app.inject({ method: 'GET', url: '/api/session', cookies });
      expect(response.json()).toEqual({ user: null, csrfToken: null });
    }
  });

  it('refuses a forged role, a missing field and an oversized body with a 4xx naming the problem', async () => {
    const forged = await signIn({ username: 'analyst', password: PASSWORD, role: 'admin' });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ field: 'body.role' });
    expect((await signIn({ username: 'analyst' })).json()).toMatchObject({ status: 400, field: 'body.password' });
    const huge = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'analyst', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({
      type: '/problems/too-large',
      status: 413,
      detail: 'The request body is too large.',
    });
  });

  it('lets people change their own password, and an administrator reset one and re-enable an account', async () => {
    await addUser(ctx(), { username: 'http.admin', role: 'admin', password: PASSWORD });
    await addUser(ctx(), { username: 'http.person', role: 'viewer', password: PASSWORD });
    const sessionOf = async (username: string, password: string) => {
      const response = await signIn({ username, password });
      expect(response.statusCode, username).toBe(200);
      return {
        cookies: { bluelamp_session: response.cookies.find((c) => c.name === 'bluelamp_session')!.value },
        headers: { 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken },
      };
    };
    const person = await sessionOf('http.person', PASSWORD);
    const other = await sessionOf('http.person', PASSWORD);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/session/password',
      ...person,
      payload: { currentPassword: PASSWORD, newPassword: 'lantern orchard pebble' },
    });
    expect(changed.json()).toMatchObject({ user: { username: 'http.person' }, otherSessionsEnded: 1 });
    expect((await app.inject({ method: 'GET', url: '/api/session', ...person })).json()).toMatchObject({
      user: { username: 'http.person' },
    });
    expect((await app.inject({ method: 'GET', url: '/api/session', ...other })).json()).toMatchObject({ user: null });

    const admin = await sessionOf('http.admin', PASSWORD);
    const reset = await app.inject({ method: 'POST', url: '/api/users/http.person/password', ...admin, payload: {} });
    const { generatedPassword } = reset.json<{ generatedPassword: string }>();
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await app.inject({ method: 'GET', url: '/api/session', ...person })).json()).toMatchObject({ user: null });
    await sessionOf('http.person', generatedPassword);

    const change = (payload: object) =>
      app.inject({ method: 'PATCH', url: '/api/users/http.person', ...admin, payload });
    expect((await change({ disabled: true, reason: 'Left' })).json()).toMatchObject({ disabled: true });
    expect((await signIn({ username: 'http.person', password: generatedPassword })).statusCode).toBe(401);
    expect((await change({ disabled: false, reason: 'Came back' })).json()).toMatchObject({ disabled: false });
    await sessionOf('http.person', generatedPassword);
    expect((await change({ ssoEmail: 'HTTP.Person@Force.Example' })).json()).toMatchObject({
      ssoEmail: 'http.person@force.example',
      ssoLinked: false,
    });
    expect((await change({ ssoEmail: 'nonsense' })).json()).toMatchObject({ status: 400, field: 'ssoEmail' });
  });

  it('slows guessing down with a 429 after repeated failures', async () => {
    await addUser(ctx(), { username: 'guessed', role: 'viewer', password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++)
      await signIn({ username: 'guessed', password: `wrong guess ${attempt}` });
    const blocked = await signIn({ username: 'guessed', password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
