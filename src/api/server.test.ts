import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { buildServer } from './server.js';
import { routeTable } from './routes.js';

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
    expect(response.json()).toEqual({
      error: {
        status: 400,
        field: 'query.on',
        message: 'query.on must be a real date written YYYY-MM-DD, for example 2018-05-15',
      },
    });
  });

  it('refuses a query field it does not know, naming it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/organisation/boroughs?role=admin' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { field: 'query.role', message: 'query.role is not a field this request accepts.' },
    });
  });

  it('answers an unknown unit and an unknown route with a JSON 404', async () => {
    const unit = await app.inject({ method: 'GET', url: '/api/organisation/units/NOPE' });
    expect(unit.statusCode).toBe(404);
    expect(unit.json()).toMatchObject({ error: { message: 'No organisational unit has the code "NOPE".' } });
    const route = await app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(route.statusCode).toBe(404);
    expect(route.json()).toEqual({ error: { status: 404, message: 'There is no API route at /api/nothing-here.' } });
  });

  it('answers a path parameter that is too long with a 400', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/organisation/units/${'x'.repeat(65)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { field: 'path.code' } });
  });

  it('describes every route of the route table in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    expect(document.openapi).toBe('3.0.3');
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
