import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';

const risk = {
  ref: 'HT-1',
  title: 'Radios fail before their replacement',
  owner: 'Chief Digital Officer',
  cause: 'Airwave radios are old.',
  consequence: 'Officers cannot call for help.',
  inherent: { likelihood: 3, impact: 5 },
  residual: { likelihood: 2, impact: 5 },
  treatment: 'treat',
  controls: ['Spare radios held at each BCU'],
  actions: [],
  boards: ['audit-panel'],
  milestones: [],
  findings: [],
  scoreNote: null,
};

describeWithDemoData('the risk register over HTTP', (ctx) => {
  let app: FastifyInstance;
  let session: { cookies: Record<string, string>; headers: Record<string, string> };
  const send = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: unknown) =>
    app.inject({ method, url, ...session, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'perf.risks', role: 'performance', password: PASSWORD });
    const signedIn = await signIn(ctx(), { username: 'perf.risks', password: PASSWORD, client: '10.1.1.9' });
    session = { cookies: { bluelamp_session: signedIn.token }, headers: { 'x-csrf-token': signedIn.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the register with its heat map, and serves the heat map as an SVG with a title and description', async () => {
    const listed = await send('GET', '/api/risks?board=audit-panel');
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ risks: { ref: string }[] }>().risks.map((r) => r.ref)).toContain('SR-1');
    const svg = await send('GET', '/api/risks/heat-map.svg?board=audit-panel');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/<title id="risk-heat-map-title">Risk heat map/);
    expect(svg.body).toMatch(/<desc id="risk-heat-map-desc">4 risks by residual score/);
    expect(svg.body).toContain('SR-1');
  });

  it('adds, edits at the version read and answers 409 for a stale edit', async () => {
    expect((await send('POST', '/api/risks', risk)).statusCode).toBe(201);
    const duplicate = await send('POST', '/api/risks', risk);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ type: '/problems/conflict', field: 'ref' });
    const { ref, ...fields } = risk;
    expect(ref).toBe('HT-1');
    const edit = { expectedVersion: 1, fields: { ...fields, owner: 'Director of Digital Policing' } };
    const edited = await send('PUT', '/api/risks/HT-1', edit);
    expect(edited.json()).toEqual({ ref: 'HT-1', version: 2, changed: ['owner'] });
    const stale = await send('PUT', '/api/risks/HT-1', edit);
    expect(stale.statusCode).toBe(409);
    // The problem says it is about a version and which one stands now, so a client can reload.
    expect(stale.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(stale.json()).toMatchObject({
      type: '/problems/version-conflict',
      title: 'Changed by someone else',
      field: 'expectedVersion',
      details: { currentVersion: 2 },
      instance: '/api/risks/HT-1',
    });
    const page = await send('GET', '/api/risks/HT-1');
    expect(page.json<{ history: { version: number }[] }>().history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('answers 400, never 500, for malformed input', async () => {
    const bad = [
      { ...risk, ref: 'no spaces' },
      { ...risk, ref: 'HT-2', inherent: { likelihood: 6, impact: 1 } },
      { ...risk, ref: 'HT-2', inherent: { likelihood: 2.5, impact: 1 } },
      { ...risk, ref: 'HT-2', treatment: 'ignore' },
      { ...risk, ref: 'HT-2', boards: [] },
      { ...risk, ref: 'HT-2', boards: ['Audit Panel'] },
      { ...risk, ref: 'HT-2', residual: { likelihood: 5, impact: 5 } },
      { ...risk, ref: 'HT-2', actions: [{ text: 'x', owner: 'y', dueOn: '2019-02-30' }] },
      { ...risk, ref: 'HT-2', extra: true },
      [risk],
    ];
    for (const body of bad) expect((await send('POST', '/api/risks', body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await send('GET', '/api/risks?rating=severe')).statusCode).toBe(400);
    expect((await send('GET', '/api/risks/not%20a%20ref')).statusCode).toBe(400);
    expect((await send('GET', '/api/risks/XX-9')).statusCode).toBe(404);
    const review = { expectedVersion: 1, meeting: 'one', residual: { likelihood: 1, impact: 1 }, note: 'n' };
    expect((await send('POST', '/api/risks/SR-1/reviews', review)).statusCode).toBe(400);
    expect((await send('PUT', '/api/risks/SR-1', { expectedVersion: 0, fields: {} })).statusCode).toBe(400);
  });

  it('refuses the public', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/risks' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/risks/heat-map.svg' })).statusCode).toBe(401);
  });
});
