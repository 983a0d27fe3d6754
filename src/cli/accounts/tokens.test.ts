import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { buildServer } from '../../api/server.js';
import { addUser, listAuditHistory, signIn, type ServiceContext } from '../../services/index.js';
import { openServiceContext } from '../../services/system/openServiceContext.js';
import { readTable } from '../../store/index.js';

/**
 * Personal API tokens end to end: made at the command line, then used by a tool over HTTP as
 * Power BI or a Python script would, with nothing but the Authorization header.
 */
const PASSWORD = 'harbour kettle violet';
const TRACKER = '/api/plans/2/milestones';
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

interface Made {
  token: { id: number; username: string; name: string; expiresAt: string; state: string };
  secret: string;
}

describeCliWithDemoData('personal API tokens made with bluelamp tokens', (use) => {
  let ctx: ServiceContext;
  let app: FastifyInstance;

  async function make(...extra: string[]): Promise<Made> {
    use();
    const answer = await run(
      'tokens',
      'create',
      '--user',
      'analyst.tokens',
      '--name',
      'Power BI tracker',
      '--json',
      ...extra,
    );
    expect(answer.err).toBe('');
    return JSON.parse(answer.out) as Made;
  }

  async function cookieOf(username: string) {
    const session = await signIn(ctx, { username, password: PASSWORD, client: '10.1.2.3' });
    return { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  }

  beforeAll(async () => {
    use();
    ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL, actor: { kind: 'system', label: 'test' } });
    for (const [username, role] of [
      ['analyst.tokens', 'viewer'],
      ['other.analyst', 'viewer'],
      ['tokens.admin', 'admin'],
    ] as const) {
      await addUser(ctx, { username, role, password: PASSWORD });
    }
    app = await buildServer(ctx);
  });
  afterAll(async () => {
    await app.close();
    await ctx.store.close();
  });

  it('makes a token that reads the Business Plan tracker with a Bearer header alone, as its user', async () => {
    const made = await make();
    expect(made.secret).toMatch(/^blp_[A-Za-z0-9_-]{43}$/);
    expect(made.token).toMatchObject({ username: 'analyst.tokens', name: 'Power BI tracker', state: 'active' });
    const days = (Date.parse(made.token.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    const tracker = await app.inject({ method: 'GET', url: TRACKER, headers: bearer(made.secret) });
    expect(tracker.statusCode).toBe(200);
    expect(JSON.stringify(tracker.json())).toContain('BP18-05');
    const session = await app.inject({ method: 'GET', url: '/api/session', headers: bearer(made.secret) });
    expect(session.json<{ user: { username: string; role: string } }>().user).toMatchObject({
      username: 'analyst.tokens',
      role: 'viewer',
    });
  });

  it('refuses any change made with a token, 403 saying tokens are read-only, even with a CSRF header', async () => {
    const made = await make();
    const write = await app.inject({
      method: 'POST',
      url: '/api/plans/3/publish',
      headers: { ...bearer(made.secret), 'x-csrf-token': 'anything' },
      payload: {},
    });
    expect(write.statusCode).toBe(403);
    expect(write.body).toContain('read-only');
    // The person's own cookie does not lend the token a way round: the token decides.
    const { cookies } = await cookieOf('analyst.tokens');
    const both = await app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      cookies,
      headers: bearer(made.secret),
    });
    expect(both.statusCode).toBe(403);
  });

  it('answers 401 to a revoked token, an expired one and one never issued', async () => {
    const revoked = await make();
    use();
    const revoking = await run('tokens', 'revoke', String(revoked.token.id), '--reason', 'Laptop lost');
    expect(revoking.out).toBe(`Revoked API token ${revoked.token.id} ("Power BI tracker") of analyst.tokens.`);
    const expired = await make('--expires-in-days', '1');
    await ctx.store.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.token.id)
      .execute();
    const forged = `blp_${'A'.repeat(43)}`;
    for (const secret of [revoked.secret, expired.secret, forged, 'not-a-token']) {
      const answer = await app.inject({ method: 'GET', url: TRACKER, headers: bearer(secret) });
      expect(answer.statusCode, secret).toBe(401);
      expect(answer.headers['www-authenticate'], secret).toBe('Bearer error="invalid_token"');
    }
    const listed = await run('tokens', 'list', '--user', 'analyst.tokens');
    expect(listed.out).toMatch(new RegExp(`${revoked.token.id}\\s+Power BI tracker\\s+revoked`));
    expect(listed.out).toMatch(new RegExp(`${expired.token.id}\\s+Power BI tracker\\s+expired`));
  });

  it('keeps the SHA-256 hash of the secret and never the secret, and lists tokens without either', async () => {
    const made = await make();
    const rows = await readTable(ctx.store.db, 'api_tokens');
    const row = rows.find((r) => r.id === made.token.id);
    expect(row?.token_hash).toBe(createHash('sha256').update(made.secret).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(made.secret.slice(4));

    use();
    const cli = await run('tokens', 'list', '--user', 'analyst.tokens', '--json');
    const http = await app.inject({ method: 'GET', url: '/api/account/tokens', ...(await cookieOf('analyst.tokens')) });
    expect(http.statusCode).toBe(200);
    const listings: { id: number }[][] = [
      JSON.parse(cli.out) as { id: number }[],
      http.json<{ tokens: { id: number }[] }>().tokens,
    ];
    for (const listing of listings) {
      expect(listing.map((token) => token.id)).toContain(made.token.id);
      expect(JSON.stringify(listing)).not.toContain(made.secret.slice(4));
      expect(JSON.stringify(listing)).not.toContain(String(row?.token_hash));
    }
  });

  it('records making and revoking a token in the audit trail, naming whose it is and never the secret', async () => {
    const made = await make();
    use();
    await run('tokens', 'revoke', String(made.token.id), '--reason', 'No longer needed');
    const history = await listAuditHistory(ctx, { entityType: 'api-token', entityId: String(made.token.id) });
    expect(history.map((entry) => [entry.action, entry.actor, entry.reason])).toEqual([
      ['create', expect.stringMatching(/^cli:/), null],
      ['update', expect.stringMatching(/^cli:/), 'No longer needed'],
    ]);
    expect(history[0]?.after).toMatchObject({ username: 'analyst.tokens', name: 'Power BI tracker', revokedAt: null });
    expect((history[1]?.after as { revokedAt: unknown }).revokedAt).toEqual(expect.stringMatching(/^\d{4}-/));
    expect(JSON.stringify(history)).not.toContain(made.secret.slice(4));
  });

  it('lets a person make and revoke their own tokens signed in, not with a token, nor revoke another’s', async () => {
    const own = await cookieOf('analyst.tokens');
    const created = await app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      ...own,
      payload: { name: 'R script' },
    });
    expect(created.statusCode).toBe(200);
    const made = created.json<Made>();
    expect(made.token.username).toBe('analyst.tokens');

    const withToken = await app.inject({ method: 'GET', url: '/api/account/tokens', headers: bearer(made.secret) });
    expect(withToken.statusCode).toBe(403);
    const other = await cookieOf('other.analyst');
    const url = `/api/account/tokens/${String(made.token.id)}`;
    expect((await app.inject({ method: 'DELETE', url, ...other })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url, ...own })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url, ...own })).statusCode).toBe(409);

    const second = (await make()).token.id;
    const admin = await cookieOf('tokens.admin');
    const byAdmin = await app.inject({ method: 'DELETE', url: `/api/account/tokens/${String(second)}`, ...admin });
    expect(byAdmin.json<Made>().token).toMatchObject({ username: 'analyst.tokens', state: 'revoked' });
  });

  it('refuses a token longer than a year, or for nobody, with a sentence saying what is allowed', async () => {
    use();
    const tooLong = await run(
      'tokens',
      'create',
      '--user',
      'analyst.tokens',
      '--name',
      'x',
      '--expires-in-days',
      '400',
    );
    expect(tooLong.code).not.toBe(0);
    expect(tooLong.err).toContain('from 1 to 365');
    const nobody = await run('tokens', 'create', '--user', 'no.such.person', '--name', 'x');
    expect(nobody.err).toContain('No user has the name "no.such.person"');
  });
});
