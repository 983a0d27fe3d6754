import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { addUser, signIn } from '../services/index.js';
import { readVersionTag, versionTag } from './routeConventions.js';
import { buildServer } from './server.js';

const PASSWORD = 'lantern copper thistle';

const risk = {
  ref: 'ET-1',
  title: 'Body-worn video footage is lost before disclosure',
  owner: 'Director of Digital Policing',
  cause: 'Storage fills faster than it is cleared.',
  consequence: 'Cases fail for want of evidence.',
  inherent: { likelihood: 3, impact: 4 },
  residual: { likelihood: 2, impact: 4 },
  treatment: 'treat',
  controls: ['Weekly storage report'],
  actions: [],
  boards: ['audit-panel'],
  milestones: [],
  findings: [],
  scoreNote: null,
};

describe('version tags', () => {
  it('read back the resource and version they were made from, whatever the identifier holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat({ max: 1e12 }), (id, version) => {
        const tag = versionTag({ id, version });
        expect(tag).toMatch(/^"[\x21\x23-\x7e]*"$/);
        expect(readVersionTag(tag)).toEqual({ id, version });
      }),
    );
  });

  it('refuse weak tags and tags Bluelamp never gave out', () => {
    for (const tag of ['W/"risk%2FA.v1"', '"risk"', 'risk.v1', '"a.v-1"', '"%E0%A4%A.v1"'])
      expect(readVersionTag(tag), tag).toBeNull();
  });
});

describeWithDemoData('creates, ETags and If-Match over HTTP', (ctx) => {
  let app: FastifyInstance;
  let session: { cookies: Record<string, string>; headers: Record<string, string> };
  const send = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      cookies: session.cookies,
      headers: { ...session.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const { ref, ...fields } = risk;

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'perf.etags', role: 'performance', password: PASSWORD });
    const signedIn = await signIn(ctx(), { username: 'perf.etags', password: PASSWORD, client: '10.1.1.19' });
    session = { cookies: { bluelamp_session: signedIn.token }, headers: { 'x-csrf-token': signedIn.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a create with 201 and a Location that reads back what was made, with its ETag', async () => {
    const created = await send('POST', '/api/risks', risk);
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/risks/ET-1');
    const read = await send('GET', created.headers.location!);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ risk: { ref, title: risk.title, version: 1 } });
    expect(read.headers.etag).toBe('"risk%2FET-1.v1"');
    expect(created.headers.etag).toBe(read.headers.etag);
  });

  it('answers a GET of a risk in full even when If-None-Match holds its ETag, which is for If-Match only', async () => {
    const read = await send('GET', '/api/risks/ET-1');
    const again = await send('GET', '/api/risks/ET-1', undefined, { 'if-none-match': read.headers.etag! });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ risk: { ref, title: risk.title, version: 1 } });
    expect(again.headers.etag).toBe(read.headers.etag);
  });

  it('writes with If-Match alone, and answers 412 leaving the risk as it was when the tag is stale', async () => {
    const first = (await send('GET', '/api/risks/ET-1')).headers.etag!;
    const edited = await send(
      'PUT',
      '/api/risks/ET-1',
      { fields: { ...fields, owner: 'Chief Digital Officer' } },
      {
        'if-match': first,
      },
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, changed: ['owner'] });
    expect(edited.headers.etag).toBe('"risk%2FET-1.v2"');

    const stale = await send(
      'PUT',
      '/api/risks/ET-1',
      { fields: { ...fields, owner: 'Nobody' } },
      { 'if-match': first },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({
      type: '/problems/precondition-failed',
      status: 412,
      details: { currentVersion: 2 },
    });
    const after = await send('GET', '/api/risks/ET-1');
    expect(after.json()).toMatchObject({ risk: { owner: 'Chief Digital Officer', version: 2 } });
    expect(after.headers.etag).toBe('"risk%2FET-1.v2"');
  });

  it("refuses another resource's tag, a tag the body contradicts and a made-up tag, writing nothing", async () => {
    const current = (await send('GET', '/api/risks/ET-1')).headers.etag!;
    const body = { fields: { ...fields, owner: 'Nobody' } };
    const attempts = [
      { headers: { 'if-match': '"risk%2FSR-1.v2"' }, body },
      { headers: { 'if-match': current }, body: { ...body, expectedVersion: 1 } },
      { headers: { 'if-match': '"whatever"' }, body },
      { headers: { 'if-match': `W/${current}` }, body },
    ];
    for (const attempt of attempts) {
      const answer = await send('PUT', '/api/risks/ET-1', attempt.body, attempt.headers);
      expect(answer.statusCode, JSON.stringify(attempt)).toBe(412);
    }
    expect((await send('PUT', '/api/risks/ET-1', body, { 'if-match': `${current}, ${current}` })).statusCode).toBe(400);
    expect((await send('GET', '/api/risks/ET-1')).json()).toMatchObject({ risk: { owner: 'Chief Digital Officer' } });
  });

  it('keeps the body version working without If-Match, and with If-Match: * (409 when stale, as before)', async () => {
    const body = { expectedVersion: 1, fields: { ...fields, owner: 'Nobody' } };
    expect((await send('PUT', '/api/risks/ET-1', body)).statusCode).toBe(409);
    expect((await send('PUT', '/api/risks/ET-1', body, { 'if-match': '*' })).statusCode).toBe(409);
    const fresh = await send('PUT', '/api/risks/ET-1', { ...body, expectedVersion: 2 }, { 'if-match': '*' });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).toBe('"risk%2FET-1.v3"');
  });

  it('declares 201 with Location, the Link of paged lists, ETags and If-Match with 412 in the OpenAPI document', async () => {
    const document = (await send('GET', '/api/openapi.json')).json<{
      paths: Record<string, Record<string, { responses: Record<string, { headers?: object }>; parameters: object[] }>>;
    }>();
    expect(document.paths['/api/risks']!.post!.responses['201']!.headers).toHaveProperty('Location');
    expect(document.paths['/api/risks']!.post!.responses['200']).toBeUndefined();
    expect(document.paths['/api/audit']!.get!.responses['200']!.headers).toHaveProperty('Link');
    expect(document.paths['/api/risks/{ref}']!.get!.responses['200']!.headers).toHaveProperty('ETag');
    const put = document.paths['/api/risks/{ref}']!.put!;
    expect(put.responses['412']).toBeDefined();
    expect(put.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header' }));
  });
});
