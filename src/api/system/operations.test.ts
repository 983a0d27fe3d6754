import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { createTestDatabase, describeOnBothDatabases, DIALECTS } from '../../../test/support/testStores.js';
import { MIGRATIONS, migrateToLatest, openStore } from '../../store/index.js';
import { buildServer } from '../server.js';

const TOKEN = 'operator-token-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describeOnBothDatabases('operating a Bluelamp server', (store, dialect) => {
  let app: FastifyInstance;
  const logLines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    app = await buildServer(testContext(store()), { metricsToken: TOKEN, logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await app.close();
  });

  const scrape = () => app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });

  it('counts request durations by route pattern, method and status, never by URL', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/plans/4242' })).statusCode).toBe(404);
    const response = await scrape();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.body).toMatch(
      /^http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/plans\/:planId",status_code="404"\} 1$/m,
    );
    expect(response.body).not.toContain('4242');
  });

  it('shows the database connections, reminders waiting and data loads, read from the database', async () => {
    const body = (await scrape()).body;
    expect(body).toMatch(/^bluelamp_database_up 1$/m);
    expect(body).toMatch(/^bluelamp_notifications\{result="sending"\} 0$/m);
    expect(body).toMatch(/^bluelamp_notifications\{result="failed"\} 0$/m);
    expect(body).toContain('# TYPE bluelamp_data_loads gauge');
    if (dialect === 'sqlite') {
      expect(body).toMatch(/^bluelamp_database_connections\{state="total"\} 1$/m);
      expect(body).not.toContain('state="idle"');
    } else {
      expect(body).toMatch(/^bluelamp_database_connections\{state="total"\} [1-9]\d*$/m);
      expect(body).toMatch(/^bluelamp_database_connections\{state="waiting"\} 0$/m);
    }
    expect(body).toContain('process_cpu_user_seconds_total');
  });

  it('refuses the metrics without the operator token, or with another one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: TOKEN }]) {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body).not.toContain('http_request_duration_seconds');
    }
  });

  it('keeps the metrics out of the API description', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });

  it('echoes a safe request id and replaces an unsafe or missing one with a new UUID', async () => {
    const echoed = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-7f3a.91:x_2' },
    });
    expect(echoed.headers['x-request-id']).toBe('lb-7f3a.91:x_2');
    const unsafe = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'forged\nlevel=error' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(UUID);
    const long = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a'.repeat(65) } });
    expect(long.headers['x-request-id']).toMatch(UUID);
    const fresh = await app.inject({ method: 'GET', url: '/api/missing' });
    const again = await app.inject({ method: 'GET', url: '/api/missing' });
    expect(fresh.statusCode).toBe(404);
    expect(fresh.headers['x-request-id']).toMatch(UUID);
    expect(again.headers['x-request-id']).not.toBe(fresh.headers['x-request-id']);
  });

  it('logs each request at info with its id, route, status and duration, and no cookie or query', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/plans/77?feedToken=sekrit-query',
      headers: { cookie: 'bluelamp_session=sekrit-cookie', 'x-request-id': 'trace-logged-1' },
    });
    expect(response.statusCode).toBe(404);
    const line = logLines.find((entry) => entry.requestId === 'trace-logged-1' && entry.msg === 'request completed');
    expect(line).toMatchObject({ level: 30, method: 'GET', route: '/api/plans/:planId', status: 404 });
    expect(typeof line?.durationMs).toBe('number');
    expect(JSON.stringify(logLines)).not.toMatch(/sekrit/);
  });

  it('answers the health check as alive and the readiness check as ready on a migrated database', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: dialect, version: 'test' });
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      database: dialect,
      version: 'test',
      migration: Object.keys(MIGRATIONS).at(-1),
      reason: null,
    });
  });
});

describe('a server whose metrics token is not set', () => {
  it('does not serve /metrics at all', async () => {
    const database = await createTestDatabase('sqlite');
    const store = await openStore(database.config);
    const app = await buildServer(testContext(store), { metricsToken: '' });
    try {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer ' } });
      expect(response.statusCode).toBe(404);
    } finally {
      await app.close();
      await store.close();
      await database.drop();
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`readiness when the database is behind or gone (${dialect})`, () => {
    it('answers 503 naming the missing migration, and 503 once the database is closed, while health stays 200', async () => {
      const database = await createTestDatabase(dialect);
      const store = await openStore(database.config);
      const names = Object.keys(MIGRATIONS);
      const missing = names.at(-1) ?? '';
      await migrateToLatest(store, Object.fromEntries(Object.entries(MIGRATIONS).slice(0, -1)));
      const app = await buildServer(testContext(store));
      try {
        const behind = await app.inject({ method: 'GET', url: '/api/ready' });
        expect(behind.statusCode).toBe(503);
        expect(behind.json()).toMatchObject({
          status: 'unavailable',
          migration: names.at(-2),
          reason: `The database lacks migration ${missing}: run "bluelamp db migrate".`,
        });
        await store.close();
        const gone = await app.inject({ method: 'GET', url: '/api/ready' });
        expect(gone.statusCode).toBe(503);
        expect(gone.json()).toMatchObject({ status: 'unavailable', migration: null });
        expect(gone.json<{ reason: string }>().reason).toMatch(/database does not answer a query/);
        expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      } finally {
        await app.close();
        await database.drop();
      }
    });
  });
}
