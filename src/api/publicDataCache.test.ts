import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../test/support/demoContext.js';
import { createDemoTestDatabase } from '../../test/support/demoTemplate.js';
import { DIALECTS, type TestDatabase } from '../../test/support/testStores.js';
import { migrateToLatest, openStore, type Store } from '../store/index.js';
import { PublicAnswerCache } from './publicDataCache.js';
import { buildServer } from './server.js';

const MEASURE = '/api/open-data/measures/burglary';

const answer = (body: string) => ({ body, bytes: body.length, headers: [] });

describe('the cache of public answers', () => {
  it('forgets every answer of an older version once a newer version is asked for', () => {
    const cache = new PublicAnswerCache();
    cache.set('/a', '', answer('old'));
    expect(cache.get('/a', '')?.body).toBe('old');
    expect(cache.get('/a', 'v2')).toBeUndefined();
    cache.set('/b', '', answer('made from the old version while the new one was read'));
    expect(cache.get('/b', 'v2')).toBeUndefined();
  });

  it('keeps within its bounds of answers and bytes, dropping the least recently used first', () => {
    const cache = new PublicAnswerCache(2, 1000);
    cache.get('/a', 'v');
    cache.set('/a', 'v', answer('a'));
    cache.set('/b', 'v', answer('b'));
    cache.get('/a', 'v');
    cache.set('/c', 'v', answer('c'));
    expect([cache.get('/a', 'v')?.body, cache.get('/b', 'v'), cache.get('/c', 'v')?.body]).toEqual([
      'a',
      undefined,
      'c',
    ]);
    cache.set('/big', 'v', answer('x'.repeat(200)));
    expect(cache.get('/big', 'v')).toBeUndefined();
  });
});

for (const dialect of DIALECTS) {
  describe(`public data answered by two servers on one database (${dialect})`, () => {
    let database: TestDatabase | undefined;
    const stores: Store[] = [];
    const servers: FastifyInstance[] = [];
    beforeAll(async () => {
      database = await createDemoTestDatabase(dialect);
      for (let i = 0; i < 2; i += 1) {
        const store = await openStore(database.config);
        await migrateToLatest(store);
        stores.push(store);
        servers.push(await buildServer(testContext(store)));
      }
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      for (const store of stores) await store.close();
      await database?.drop();
    });
    const get = (server: number, url: string, headers: Record<string, string> = {}) => {
      const app = servers[server];
      if (app === undefined) throw new Error('The servers are not built yet.');
      return app.inject({ method: 'GET', url, headers });
    };

    it('tags an answer with its data version, answers 304 to it, and serves the change the other server made at once', async () => {
      const first = await get(1, MEASURE);
      expect(first.statusCode).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"test\.[0-9a-z]+-[0-9a-z]+\.2026-11-22"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect((await get(1, MEASURE, { 'if-none-match': etag })).statusCode).toBe(304);
      expect((await get(1, MEASURE)).body).toBe(first.body);

      await stores[0]?.db
        .updateTable('measures')
        .set({ name: 'Burglary, renamed by the other server' })
        .where('code', '=', 'burglary')
        .execute();

      const changed = await get(1, MEASURE, { 'if-none-match': etag });
      expect(changed.statusCode).toBe(200);
      expect(changed.body).toContain('Burglary, renamed by the other server');
      expect(changed.headers.etag).not.toBe(etag);
      expect((await get(0, MEASURE)).headers.etag).toBe(changed.headers.etag);
    });

    it('still refuses a revoked API token on a public address whose answer it holds', async () => {
      expect((await get(1, MEASURE)).statusCode).toBe(200);
      const refused = await get(1, MEASURE, { authorization: 'Bearer not-a-token-anyone-was-given' });
      expect(refused.statusCode).toBe(401);
    });
  });
}
