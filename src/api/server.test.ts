import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { addUser } from '../services/index.js';
import { buildServer, jsonNestsDeeperThan, MAX_JSON_DEPTH, trustedProxies } from './server.js';
import { routeTable } from './routes.js';

/** How deeply a parsed JSON value nests arrays and objects, by walking it. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const inner = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  return 1 + Math.max(0, ...inner.map(depthOf));
}

describe('the JSON depth check', () => {
  it('finds the depth that walking the parsed value finds, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, limit) => {
        expect(jsonNestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });

  it('is not fooled by brackets, quotes and backslashes inside strings', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: 'quote \\" [[[', b: [[1]] }), 2)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: 'ends in a backslash \\', b: [] }), 1)).toBe(true);
  });
});

describe('which proxies are trusted to name the client', () => {
  it('takes proxy addresses and ranges, and refuses a hop count or anything else, naming it', () => {
    expect(trustedProxies(undefined)).toBe(false);
    expect(trustedProxies(' ')).toBe(false);
    expect(trustedProxies('10.0.0.0/8, 192.0.2.7,loopback,2001:db8::/32')).toEqual([
      '10.0.0.0/8',
      '192.0.2.7',
      'loopback',
      '2001:db8::/32',
    ]);
    for (const wrong of ['1', 'true', '10.0.0.0/33', '10.0.0.0/8/1', 'proxy.example', '10.0.0.0/8,,']) {
      expect(() => trustedProxies(wrong), wrong).toThrow(/BLUELAMP_TRUST_PROXY names the proxies/);
    }
    expect(() => trustedProxies('1')).toThrow('"1" is not an IP address');
  });
});

describeWithDemoData('the HTTP API', (ctx, dialect) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers the health check with the database in use and the version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: dialect, version: 'test' });
  });

  it('lists 12 BCUs covering 32 boroughs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/organisation/bcus' });
    const body = response.json<{ bcus: { boroughs: unknown[] }[] }>();
    expect(body.bcus).toHaveLength(12);
    expect(body.bcus.flatMap((bcu) => bcu.boroughs)).toHaveLength(32);
  });

  it('answers a date that does not exist with a 400 naming the field', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/organisation/bcus?on=2018-02-30' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: '/problems/invalid-input',
      title: 'The request is not valid',
      status: 400,
      detail: 'query.on must be a real date written YYYY-MM-DD, for example 2018-05-15',
      instance: '/api/organisation/bcus',
      field: 'query.on',
    });
  });

  it('refuses a query field it does not know, naming it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/organisation/boroughs?role=admin' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      field: 'query.role',
      detail: 'query.role is not a field this request accepts.',
    });
  });

  it('answers an unknown unit and an unknown route with a problem 404', async () => {
    const unit = await app.inject({ method: 'GET', url: '/api/organisation/units/NOPE' });
    expect(unit.statusCode).toBe(404);
    expect(unit.json()).toMatchObject({
      type: '/problems/not-found',
      detail: 'No organisational unit has the code "NOPE".',
    });
    const route = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(route.statusCode).toBe(404);
    expect(route.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(route.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'There is no API route at /api/nothing-here.',
      instance: '/api/nothing-here',
    });
  });

  it('answers a path parameter that is too long with a 400', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/organisation/units/${'x'.repeat(65)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'path.code' });
  });

  it('refuses JSON nested 7,000 deep in 14 KB with a 400 at once, and keeps serving everyone', async () => {
    const deep = ['['.repeat(7000) + ']'.repeat(7000), '{"a":'.repeat(2800) + '1' + '}'.repeat(2800)];
    for (const payload of deep) {
      const started = Date.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        status: 400,
        field: 'body',
        detail: `The request body nests arrays and objects more than 64 deep.`,
      });
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('reads a body nested exactly as deep as the limit, leaving its shape to the route', async () => {
    const payload = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ detail: string }>().detail).not.toContain('deep');
  });

  it('believes X-Forwarded-For only from a trusted proxy, and only the entries proxies appended', async () => {
    const proxied = await buildServer(ctx(), { trustProxy: '10.0.0.0/8' });
    await addUser(ctx(), { username: 'behind.proxy', role: 'viewer', password: 'harbour kettle violet' });
    try {
      const clientOf = async (remoteAddress: string, forwardedFor: string, username: string) => {
        await proxied.inject({
          method: 'POST',
          url: '/api/session',
          remoteAddress,
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { username, password: 'not the password' },
        });
        const attempt = await ctx()
          .store.db.selectFrom('sign_in_attempts')
          .select('client')
          .where('username', '=', username)
          .executeTakeFirstOrThrow();
        return attempt.client;
      };
      expect(await clientOf('10.1.2.3', '6.6.6.6, 198.51.100.9', 'proxy.case.one')).toBe('198.51.100.9');
      expect(await clientOf('10.1.2.3', '6.6.6.6, 10.9.9.9', 'proxy.case.two')).toBe('6.6.6.6');
      expect(await clientOf('203.0.113.50', '198.51.100.9', 'proxy.case.three')).toBe('203.0.113.50');
      const secureCookie = async (remoteAddress: string) => {
        const response = await proxied.inject({
          method: 'POST',
          url: '/api/session',
          remoteAddress,
          headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.10' },
          payload: { username: 'behind.proxy', password: 'harbour kettle violet' },
        });
        return response.cookies.find((c) => c.name === 'bluelamp_session')?.secure === true;
      };
      expect(await secureCookie('10.1.2.3')).toBe(true);
      expect(await secureCookie('203.0.113.51')).toBe(false);
    } finally {
      await proxied.close();
    }
  });

  it('describes every route of the route table in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(documented.sort()).toEqual(
      routeTable('test')
        .map((route) => route.operationId)
        .sort(),
    );
    expect(document.paths['/api/organisation/units/{code}']?.get).toMatchObject({
      parameters: expect.arrayContaining([
        expect.objectContaining({ name: 'code', in: 'path', required: true }),
      ]) as unknown,
    });
  });

  it('never answers 500 to hostile input on any route', async () => {
    const hostile = [
      "'; drop table org_units; --",
      '<script>alert(1)</script>',
      '%00',
      '../../etc/passwd',
      'x'.repeat(5000),
    ];
    for (const route of routeTable('test')) {
      for (const value of hostile) {
        const url = route.url.replace(/:(\w+)/g, encodeURIComponent(value));
        const response = await app.inject({ method: route.method, url: `${url}?on=${encodeURIComponent(value)}` });
        expect(response.statusCode, `${route.method} ${url}`).toBeLessThan(500);
      }
    }
    expect(
      (await app.inject({ method: 'GET', url: '/api/organisation/bcus' })).json<{ bcus: unknown[] }>().bcus,
    ).toHaveLength(12);
  });
});
