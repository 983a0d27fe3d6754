import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { addUser } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';

/**
 * Guesses fired in parallel through the real HTTP server. Bluelamp sits behind a proxy on the
 * loopback address here, so each test can be its own client by the address the proxy appends.
 */
describeOnBothDatabases('sign-in limits under a parallel burst of requests', (store) => {
  const ctx = () => testContext(store());
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    app = await buildServer(ctx(), { trustProxy: 'loopback' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    await addUser(ctx(), { username: 'target', role: 'admin', password: PASSWORD });
    await addUser(ctx(), { username: 'bystander', role: 'viewer', password: PASSWORD });
  });
  afterAll(async () => {
    await app.close();
  });

  const signIn = async (username: string, password: string, forwardedFor: string): Promise<number> => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ username, password }),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const failedChecks = async (where: { username: string } | { client: string }) => {
    const query = ctx().store.db.selectFrom('sign_in_attempts').select('id').where('outcome', '=', 'failed');
    const rows = await (
      'username' in where ? query.where('username', '=', where.username) : query.where('client', '=', where.client)
    ).execute();
    return rows.length;
  };

  it('checks at most 5 of 100 wrong passwords for one name, and refuses the right one sent with them', async () => {
    const burst = Array.from({ length: 100 }, (_, guess) => signIn('target', `wrong guess ${guess}`, '198.51.100.1'));
    // The right password leaves last, inside the same burst, as an attacker's lucky guess would.
    burst.push(signIn('target', PASSWORD, '198.51.100.1'));
    const statuses = await Promise.all(burst);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 429)).toHaveLength(statuses.length - checked);
    expect(await failedChecks({ username: 'target' })).toBe(checked);
    // The name stays closed to every address, right password or not.
    expect(await signIn('target', PASSWORD, '203.0.113.77')).toBe(429);
  });

  it('checks at most 20 passwords from one address across 100 names at once', async () => {
    const burst = Array.from({ length: 100 }, (_, n) => signIn(`name.${n}`, 'any old guess', '198.51.100.2'));
    burst.push(signIn('bystander', PASSWORD, '198.51.100.2'));
    const statuses = await Promise.all(burst);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeLessThanOrEqual(20);
    expect(statuses.at(-1)).toBe(429);
    expect(await failedChecks({ client: '198.51.100.2' })).toBe(checked);
    expect(await signIn('bystander', PASSWORD, '198.51.100.3')).toBe(200);
  });

  it('counts a client by the address the proxy appended, whatever it put in front of it', async () => {
    const burst = Array.from({ length: 40 }, (_, n) =>
      signIn(`spoofer.${n}`, 'any old guess', `10.${n}.0.1, 192.0.2.${n}, 198.51.100.4`),
    );
    const statuses = await Promise.all(burst);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    const clients = await ctx().store.db.selectFrom('sign_in_attempts').select('client').distinct().execute();
    expect(clients.map((row) => row.client)).not.toContain('10.0.0.1');
  });
});
