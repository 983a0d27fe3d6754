import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { DEMO_ELIGIBLE_CATEGORIES, DEMO_STANDING_PRIORITIES } from '../../demo/priorities.js';
import { addUser, listAuditHistory, signIn } from '../services/index.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

const HOSTILE = [
  "'; drop table org_units; --",
  '" or 1=1 --',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '\u0000\u202e\ud83d\ude93',
  'x'.repeat(300),
];

/** Every text field of every route with a body, and a valid body to put the hostile text into. */
const BODIES: { method: 'POST' | 'PATCH' | 'PUT'; url: string; valid: Record<string, unknown>; fields: string[] }[] = [
  {
    method: 'POST',
    url: '/api/session',
    valid: { username: 'fuzz.admin', password: 'wrong' },
    fields: ['username', 'password'],
  },
  {
    method: 'POST',
    url: '/api/users',
    valid: { username: 'fuzzed', displayName: 'F', role: 'viewer' },
    fields: ['username', 'displayName', 'role'],
  },
  {
    method: 'PATCH',
    url: '/api/users/fuzz.target',
    valid: { role: 'viewer', reason: 'r' },
    fields: ['role', 'reason', 'ssoEmail'],
  },
  {
    method: 'POST',
    url: '/api/users/fuzz.target/password',
    valid: { password: 'harbour kettle violet', reason: 'r' },
    fields: ['password', 'reason'],
  },
  {
    method: 'POST',
    url: '/api/session/password',
    valid: { currentPassword: 'not the password', newPassword: 'lantern orchard pebble' },
    fields: ['currentPassword', 'newPassword'],
  },
  {
    method: 'PATCH',
    url: '/api/organisation/units/CN',
    valid: { name: 'Central North', reason: 'r' },
    fields: ['name', 'leadCode', 'reason'],
  },
  {
    method: 'PUT',
    url: '/api/plans/2/milestones/BP18-01/updates/2018-19%20Q2',
    valid: { version: 0, statusCode: 'on-track', narrative: 'n' },
    fields: ['statusCode', 'narrative', 'revisedDue', 'revisionReason'],
  },
  {
    method: 'POST',
    url: '/api/reports/board-packs',
    valid: { meeting: 2, note: 'n' },
    fields: ['meeting', 'note'],
  },
  {
    method: 'POST',
    url: '/api/reports/quarterly',
    valid: { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1', note: 'n' },
    fields: ['plan', 'quarter', 'note'],
  },
  {
    method: 'POST',
    url: '/api/plans/2/publish',
    valid: {},
    fields: ['publishedOn'],
  },
  {
    method: 'POST',
    url: '/api/crime-data/police-uk',
    valid: { fileName: '2018-04-kent-street.csv', contentBase64: '' },
    fields: ['fileName', 'contentBase64'],
  },
  {
    method: 'PUT',
    url: '/api/police-uk/forces/city-of-london/area',
    valid: { localAuthorities: ['City of London'] },
    fields: ['localAuthorities'],
  },
  {
    method: 'PUT',
    url: '/api/neighbourhoods/minimum',
    valid: { dwo: 2, pcso: 1, reason: 'r' },
    fields: ['dwo', 'pcso', 'reason'],
  },
  {
    method: 'POST',
    url: '/api/neighbourhoods/posts',
    valid: { fileName: 'posts.csv', contentBase64: '' },
    fields: ['fileName', 'contentBase64'],
  },
  {
    method: 'POST',
    url: '/api/neighbourhoods/abstractions',
    valid: { fileName: 'abstractions.csv', contentBase64: '' },
    fields: ['fileName', 'contentBase64'],
  },
  {
    method: 'POST',
    url: '/api/findings/peel-2018-19-met/TPF-AFI-1/response',
    valid: { state: 'in-progress', note: 'n', evidence: [{ title: 't', url: 'https://example.org/e' }] },
    fields: ['state', 'note', 'evidence'],
  },
  {
    method: 'POST',
    url: '/api/findings/peel-2018-19-met/TPF-AFI-2/decision',
    valid: { decision: 'close', note: 'n', evidence: [{ title: 't' }] },
    fields: ['decision', 'note', 'evidence'],
  },
  {
    method: 'POST',
    url: '/api/findings/peel-2018-19-met/MCD-AFI-1/actions',
    valid: { title: 't', text: 'x', due: 'Quarter 1, 2020-21', leads: ['FP'] },
    fields: ['title', 'text', 'due', 'leads'],
  },
  {
    method: 'POST',
    url: '/api/findings/peel-2018-19-met/INV-AFI-2/links',
    valid: { planKey: 'met-business-plan-2018-19', milestoneRef: 'BP18-05' },
    fields: ['planKey', 'milestoneRef'],
  },
  {
    method: 'POST',
    url: '/api/inspections/import',
    valid: { format: 'xlsx', fileName: 'report.xlsx', contentBase64: '' },
    fields: ['format', 'fileName', 'contentBase64'],
  },
  {
    method: 'PUT',
    url: '/api/priorities/eligible-categories',
    valid: { categories: [...DEMO_ELIGIBLE_CATEGORIES], reason: 'r' },
    fields: ['categories', 'reason'],
  },
  {
    method: 'PUT',
    url: '/api/priorities/standing',
    valid: { standing: DEMO_STANDING_PRIORITIES, reason: 'r' },
    fields: ['standing', 'reason'],
  },
  {
    method: 'POST',
    url: '/api/priorities/2018-19/sets',
    valid: {
      borough: 'camden',
      priorities: [{ categoryCode: 'burglary', qualifier: 'q' }],
      agreedBy: 'a',
      agreedOn: '2018-10-01',
      reason: 'r',
    },
    fields: ['borough', 'priorities', 'agreedBy', 'agreedOn', 'source', 'reason'],
  },
  {
    method: 'PUT',
    url: '/api/police-uk/forces/metropolitan/most-similar-group',
    valid: { peers: [] },
    fields: ['peers'],
  },
  {
    method: 'POST',
    url: '/api/board/meetings',
    valid: {
      board: 'performance-group',
      date: '2019-01-23',
      title: 't',
      quarter: '2018-19 Q3',
      attendees: [{ name: 'n', role: 'r', attendance: 'attended' }],
    },
    fields: ['board', 'date', 'title', 'quarter', 'attendees'],
  },
  {
    method: 'POST',
    url: '/api/board/meetings/3/actions',
    valid: { text: 't', owner: 'o', due: '2019-01-31' },
    fields: ['text', 'owner', 'due'],
  },
  {
    method: 'POST',
    url: '/api/board/meetings/3/actions/5/status',
    valid: { status: 'in-progress', note: 'n' },
    fields: ['status', 'note'],
  },
];

describeWithDemoData('hostile text in every field', (ctx) => {
  let app: FastifyInstance;
  let admin: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'fuzz.admin', role: 'admin', password: 'harbour kettle violet' });
    await addUser(ctx(), { username: 'fuzz.target', role: 'viewer' });
    const session = await signIn(ctx(), {
      username: 'fuzz.admin',
      password: 'harbour kettle violet',
      client: '10.9.9.9',
    });
    admin = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('gets a 4xx with a plain message from the public and writes nothing', async () => {
    const before = (await listAuditHistory(ctx())).length;
    for (const { method, url, valid, fields } of BODIES) {
      for (const field of fields) {
        for (const text of HOSTILE) {
          const response = await app.inject({ method, url, payload: { ...valid, [field]: text } });
          expect(response.statusCode, `${method} ${url} ${field}`).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, `${method} ${url} ${field}`).toBeLessThan(500);
          expect(response.json<{ detail: string }>().detail).not.toMatch(/select|insert|stack|node_modules/i);
        }
      }
    }
    expect((await listAuditHistory(ctx())).length).toBe(before);
  });

  it('answers a body nested 7,000 deep with a 400 on every route that takes one, signed in or not', async () => {
    const payloads = ['['.repeat(7000) + ']'.repeat(7000), '{"a":'.repeat(2800) + '1' + '}'.repeat(2800)];
    const writes = routeTable('test').filter((route) => route.body !== undefined);
    expect(writes.length).toBeGreaterThan(20);
    const started = Date.now();
    for (const route of writes) {
      const url = route.url.replace(/:(\w+)/g, 'x');
      for (const payload of payloads) {
        for (const caller of [{ cookies: {}, headers: {} }, admin]) {
          const response = await app.inject({
            method: route.method,
            url,
            cookies: caller.cookies,
            headers: { ...caller.headers, 'content-type': 'application/json' },
            payload,
          });
          expect(response.statusCode, `${route.method} ${url}`).toBe(400);
          expect(response.json<{ detail: string }>().detail).toMatch(/more than 64 deep/);
        }
      }
    }
    expect(Date.now() - started).toBeLessThan(writes.length * 4 * 250);
  });

  // Over 700 requests, some rendering reports and some hashing passwords: more than the default 30 seconds on a busy machine.
  it('never gets a 5xx when signed in, and text that is accepted is stored exactly as sent', async () => {
    for (const { method, url, valid, fields } of BODIES.slice(1)) {
      for (const field of fields) {
        for (const text of HOSTILE) {
          const response = await app.inject({ method, url, ...admin, payload: { ...valid, [field]: text } });
          expect(response.statusCode, `${method} ${url} ${field} ${text.slice(0, 20)}`).toBeLessThan(500);
        }
      }
    }
    const cn = await app.inject({
      method: 'PATCH',
      url: '/api/organisation/units/CN',
      ...admin,
      payload: { name: HOSTILE[0] },
    });
    expect(cn.json()).toMatchObject({ name: HOSTILE[0] });
    const bcus = await app.inject({ method: 'GET', url: '/api/organisation/bcus' });
    expect(bcus.json<{ bcus: { code: string; name: string }[] }>().bcus.find((b) => b.code === 'CN')?.name).toBe(
      HOSTILE[0],
    );
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  }, 90_000);
});
