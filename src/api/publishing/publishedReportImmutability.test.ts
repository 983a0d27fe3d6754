import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { routeTable } from '../routes.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const KEY = 'met-business-plan-2018-19-2018-19-q1';

/** Path parameters as a caller aiming at the published report would fill them. */
const PARAMS: Record<string, string> = {
  report: KEY,
  version: '1',
  planId: '2',
  ref: 'BP18-05',
  quarter: '2018-19 Q1',
};

/** Bodies that try to overwrite a report's parts, in the shapes the write routes take. */
const ATTEMPTS: Record<string, unknown>[] = [
  {},
  { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' },
  { title: 'Rewritten', html: '<p>Rewritten</p>', note: 'Rewritten', version: 1, reportKey: KEY },
];

describeWithDemoData('a published report', (ctx) => {
  let app: FastifyInstance;
  let headers: { cookies: Record<string, string>; headers: Record<string, string> };

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'immutability.admin', role: 'admin', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'immutability.admin', password: PASSWORD, client: '127.0.0.1' });
    headers = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  const frozen = () => ctx().store.db.selectFrom('published_reports').selectAll().where('version', '=', 1).execute();

  it('cannot be changed through any route of the API, only superseded by a new version', async () => {
    const published = await app.inject({
      method: 'POST',
      url: '/api/reports/quarterly',
      payload: { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' },
      ...headers,
    });
    expect(published.statusCode).toBe(201);
    expect(published.headers.location).toBe(
      `/api/reports/${published.json<{ reportKey: string }>().reportKey}/versions/1`,
    );
    const before = await frozen();
    expect(before).toHaveLength(1);

    // Signing out would leave the rest of the attempts unauthenticated, and so proving nothing.
    const writes = routeTable('test').filter(
      (route) => route.method !== 'GET' && !route.url.startsWith('/api/session'),
    );
    expect(writes.length).toBeGreaterThan(30);
    for (const route of writes) {
      const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(PARAMS[name] ?? 'x'));
      for (const payload of ATTEMPTS) {
        const response = await app.inject({ method: route.method, url, payload, ...headers });
        expect(response.statusCode, `${route.method} ${url}`).not.toBe(401);
        expect(response.statusCode, `${route.method} ${url}`).toBeLessThan(500);
      }
    }
    expect(await frozen()).toEqual(before);
  });

  it('has no route that updates or deletes one: every other method on its addresses is not found', async () => {
    const reportRoutes = routeTable('test').filter((route) => route.url.startsWith('/api/reports'));
    expect(reportRoutes.filter((route) => route.method !== 'GET').map((route) => route.url)).toEqual([
      '/api/reports/quarterly',
      '/api/reports/board-packs',
    ]);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of [
        `/api/reports/${KEY}`,
        `/api/reports/${KEY}/versions/1`,
        `/api/reports/${KEY}/versions/1/html`,
      ]) {
        const response = await app.inject({ method, url, payload: { title: 'Rewritten' }, ...headers });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    }
  });

  it('is also given as its frozen data and as a Word document rendered from that data', async () => {
    const data = await app.inject({ method: 'GET', url: `/api/reports/${KEY}/versions/1` });
    expect(data.json()).toMatchObject({ version: 1, data: { quarter: { code: '2018-19 Q1' } } });
    expect(data.json()).not.toHaveProperty('html');
    const docx = await app.inject({ method: 'GET', url: `/api/reports/${KEY}/versions/1/docx` });
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is served as frozen, inline, cacheable for ever and unable to run script', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/reports/${KEY}/versions/1/html` });
    const [row] = await frozen();
    expect(response.body).toBe(row?.content_html);
    expect(response.headers['content-disposition']).toMatch(/^inline;/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-security-policy']).toBe(
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
  });
});
