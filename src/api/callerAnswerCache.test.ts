import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../test/support/demoContext.js';
import { createDemoTestDatabase } from '../../test/support/demoTemplate.js';
import { DIALECTS, type TestDatabase } from '../../test/support/testStores.js';
import { createApiToken, revokeApiToken, saveMilestoneUpdate } from '../services/index.js';
import { migrateToLatest, openStore, type Store } from '../store/index.js';
import { buildServer } from './server.js';
import { signedInAs } from '../../test/support/signedIn.js';

const MILESTONE = '/api/plans/2/milestones/BP18-65';
const UPDATE = `${MILESTONE}/updates/2018-19%20Q2`;
/** BP18-65 is led by HR and Central North: the owner scoped to CN writes it, the one scoped to SW does not see its drafts. */
const CALLERS = [
  ['reviewer', 'reviewer', []],
  ['owner-cn', 'owner', ['CN']],
  ['owner-sw', 'owner', ['SW']],
  ['admin-two', 'admin', []],
] as const;
type Caller = (typeof CALLERS)[number][0];

/** Counts the queries that read or write milestone updates: each build of BP18-65's page makes some. */
function countingUpdateQueries(): { plugin: KyselyPlugin; count: () => number } {
  let count = 0;
  return {
    plugin: {
      transformQuery(args) {
        if (JSON.stringify(args.node).includes('"milestone_updates"')) count += 1;
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    },
    count: () => count,
  };
}

for (const dialect of DIALECTS) {
  describe(`internal answers kept per caller, by two servers on one database (${dialect})`, () => {
    let database: TestDatabase | undefined;
    const stores: Store[] = [];
    const servers: FastifyInstance[] = [];
    const sessions = new Map<Caller, { cookies: Record<string, string>; headers: Record<string, string> }>();
    const counter = countingUpdateQueries();
    const ctx = () => testContext(stores[0] as Store);

    beforeAll(async () => {
      database = await createDemoTestDatabase(dialect);
      for (let i = 0; i < 2; i += 1) {
        const store = await openStore(database.config);
        await migrateToLatest(store);
        stores.push(store);
      }
      const counted = { ...(stores[0] as Store), db: (stores[0] as Store).db.withPlugin(counter.plugin) };
      servers.push(await buildServer(testContext(counted)), await buildServer(testContext(stores[1] as Store)));
      for (const [username, role, scope] of CALLERS) {
        sessions.set(username, await signedInAs(ctx(), { username, role, scope }));
      }
      await saveMilestoneUpdate(ctx(), {
        planId: 2,
        ref: 'BP18-65',
        quarter: '2018-19 Q2',
        version: 0,
        statusCode: 'on-track',
        narrative: 'Draft: the pilot has not started yet.',
      });
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      for (const store of stores) await store.close();
      await database?.drop();
    });

    const call = (server: number, caller: Caller | null, options: InjectOptions) => {
      const app = servers[server];
      if (app === undefined) throw new Error('The servers are not built yet.');
      const session = caller === null ? undefined : sessions.get(caller);
      const headers = { ...(options.headers ?? {}), ...(session?.headers ?? {}) };
      return app.inject({ method: 'GET', ...options, cookies: session?.cookies ?? {}, headers });
    };
    const read = (server: number, caller: Caller | null, url: string) => call(server, caller, { url });
    const touchSomeData = () => sql`update measures set name = name where code = 'burglary'`.execute(ctx().store.db);

    it('shows a write made through the API on the very next read, on this server and on the other', async () => {
      for (const server of [0, 0, 1]) expect((await read(server, 'reviewer', MILESTONE)).body).toContain('not started');
      const written = await call(0, 'owner-cn', {
        method: 'PUT',
        url: UPDATE,
        payload: { version: 1, statusCode: 'on-track', narrative: 'Pilot running in Camden and Islington.' },
      });
      expect(written.statusCode).toBe(200);
      for (const server of [0, 1]) {
        const again = await read(server, 'reviewer', MILESTONE);
        expect(again.body).toContain('Pilot running in Camden and Islington.');
        expect(again.body).not.toContain('not started');
      }
    });

    it("gives each caller their own answer: an owner outside the milestone's units never sees the draft a reviewer was shown", async () => {
      expect((await read(0, 'reviewer', MILESTONE)).body).toContain('Pilot running');
      expect((await read(0, 'reviewer', MILESTONE)).body).toContain('Pilot running');
      const outside = await read(0, 'owner-sw', MILESTONE);
      expect(outside.statusCode).toBe(200);
      expect(outside.body).not.toContain('Pilot running');
      expect((await read(0, null, MILESTONE)).body).not.toContain('Pilot running');
    });

    it('refuses a person whose role was taken away on their next read (403)', async () => {
      expect((await read(0, 'admin-two', '/api/users')).statusCode).toBe(200);
      expect((await read(0, 'admin-two', '/api/users')).statusCode).toBe(200);
      // Straight to the table, as setUserRole (which also ends the person's sessions) would not show:
      // the session lives on, and only the version tells the kept answer is no longer theirs.
      await sql`update users set role = 'viewer' where username = 'admin-two'`.execute(ctx().store.db);
      expect((await read(0, 'admin-two', '/api/users')).statusCode).toBe(403);
      expect((await read(1, 'admin-two', '/api/users')).statusCode).toBe(403);
    });

    it('refuses a signed-out session and a revoked token (401) where their answer was kept', async () => {
      const { token, secret } = await createApiToken(ctx(), { username: 'owner-cn', name: 'Kept answers' });
      const byToken = { url: '/api/my-work', headers: { authorization: `Bearer ${secret}` } };
      for (let i = 0; i < 2; i += 1) {
        expect((await read(0, 'owner-cn', '/api/my-work')).statusCode).toBe(200);
        expect((await call(0, null, byToken)).statusCode).toBe(200);
      }
      expect((await call(0, 'owner-cn', { method: 'DELETE', url: '/api/session' })).statusCode).toBeLessThan(300);
      expect((await read(0, 'owner-cn', '/api/my-work')).statusCode).toBe(401);
      await revokeApiToken(ctx(), token.id);
      expect((await call(0, null, byToken)).statusCode).toBe(401);
    });

    it('answers a browser from memory in the coding it accepts, the same JSON the route made', async () => {
      const tracker = '/api/plans/2/milestones';
      const made = await read(0, 'reviewer', tracker);
      expect(made.statusCode).toBe(200);
      const asked = (acceptEncoding: string) =>
        call(0, 'reviewer', { url: tracker, headers: { 'accept-encoding': acceptEncoding } });
      const brotli = await asked('gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toContain('Accept-Encoding');
      expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(made.body);
      expect(brotli.rawPayload.length).toBeLessThan(made.rawPayload.length / 4);
      const gzip = await asked('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString()).toBe(made.body);
      const refused = await asked('br;q=0, gzip;q=0');
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body).toBe(made.body);
    });

    it('leaves a versioned answer, whose ETag a later write names, as it was made', async () => {
      const finding = '/api/findings/peel-2018-19-met/PVP-AFI-3';
      const made = await read(0, 'reviewer', finding);
      expect(made.statusCode).toBe(200);
      expect(made.headers.etag).toBeDefined();
      const again = await call(0, 'reviewer', { url: finding, headers: { 'accept-encoding': 'br' } });
      expect(again.headers['content-encoding']).toBeUndefined();
      expect(again.headers.etag).toBe(made.headers.etag);
      expect(again.body).toBe(made.body);
    });

    it('builds an answer once when many ask for it at the same moment', async () => {
      await touchSomeData();
      const before = counter.count();
      expect((await read(0, 'reviewer', MILESTONE)).statusCode).toBe(200);
      const oneBuild = counter.count() - before;
      expect(oneBuild).toBeGreaterThan(0);

      await touchSomeData();
      const start = counter.count();
      const answers = await Promise.all(Array.from({ length: 16 }, () => read(0, 'reviewer', MILESTONE)));
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
      expect(answers.every((answer) => answer.statusCode === 200)).toBe(true);
      expect(counter.count() - start).toBe(oneBuild);
    });
  });
}
