import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { addUser, signIn } from '../services/index.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

/**
 * Who gets what from every route. Owners are tried with a scope that covers the unit a request
 * touches (Central North) and with one that does not (South West).
 */
const CALLERS = ['anonymous', 'viewer', 'reviewer', 'ownerInScope', 'ownerOutOfScope', 'performance', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Outcomes = Record<Caller, number>;

const everyone = (status: number): Outcomes =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Outcomes;
const signedIn = (status: number): Outcomes => ({ ...everyone(status), anonymous: 401 });
const only = (allowed: readonly Caller[]): Outcomes =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : allowed.includes(c) ? 200 : 403])) as Outcomes;

interface MatrixEntry {
  readonly url: string;
  readonly body?: object;
  readonly expected: Outcomes;
}

const PASSWORD = 'harbour kettle violet';

const MATRIX: Record<string, MatrixEntry> = {
  getHealth: { url: '/api/health', expected: everyone(200) },
  getOpenApiDocument: { url: '/api/openapi.json', expected: everyone(200) },
  listUsers: { url: '/api/users', expected: only(['admin']) },
  addUser: {
    url: '/api/users',
    body: { username: 'made.by.matrix', role: 'viewer' },
    expected: only(['admin']),
  },
  changeUser: {
    url: '/api/users/matrix.signin',
    body: { role: 'viewer', reason: 'Matrix' },
    expected: only(['admin']),
  },
  signIn: { url: '/api/session', body: { username: 'matrix.signin', password: PASSWORD }, expected: everyone(200) },
  getSession: { url: '/api/session', expected: everyone(200) },
  signOut: { url: '/api/session', expected: signedIn(200) },
  signOutEverywhere: { url: '/api/session/sign-out-everywhere', expected: signedIn(200) },
  // Single sign-on is not configured on this server, so both of its routes say so to everyone.
  getSsoStatus: { url: '/api/sso', expected: everyone(200) },
  startSsoSignIn: { url: '/api/sso/sign-in', expected: everyone(404) },
  completeSsoSignIn: { url: '/api/sso/callback?state=x&code=y', expected: everyone(404) },
  getOrganisationOverview: { url: '/api/organisation', expected: everyone(200) },
  listBcus: { url: '/api/organisation/bcus', expected: everyone(200) },
  listBoroughs: { url: '/api/organisation/boroughs', expected: everyone(200) },
  getOrgUnit: { url: '/api/organisation/units/CN', expected: everyone(200) },
  updateOrgUnit: {
    url: '/api/organisation/units/CN',
    body: { reason: 'Authorisation matrix' },
    expected: only(['performance', 'admin']),
  },
  listAuditHistory: { url: '/api/audit?entityType=org_unit&entityId=CN', expected: signedIn(200) },
};

describe('the authorisation matrix', () => {
  it('has an entry for every route in the route table, and none for routes that do not exist', () => {
    const operations = routeTable('test')
      .map((route) => route.operationId)
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });
});

describeWithDemoData('every route for every caller', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
    const accounts: [string, string, string[]][] = [
      ['viewer', 'viewer', []],
      ['reviewer', 'reviewer', []],
      ['ownerInScope', 'owner', ['CN']],
      ['ownerOutOfScope', 'owner', ['SW']],
      ['performance', 'performance', []],
      ['admin', 'admin', []],
      ['matrix.signin', 'viewer', []],
    ];
    for (const [username, role, scope] of accounts) await addUser(ctx(), { username, role, password: PASSWORD, scope });
  });
  afterAll(async () => {
    await app.close();
  });

  /** A fresh session per request, so that signing out in one case cannot spoil the next. */
  async function headersFor(
    caller: Caller,
  ): Promise<{ cookies: Record<string, string>; headers: Record<string, string> }> {
    if (caller === 'anonymous') return { cookies: {}, headers: {} };
    const session = await signIn(ctx(), { username: caller.toLowerCase(), password: PASSWORD, client: '127.0.0.1' });
    return { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  }

  for (const route of routeTable('test')) {
    it(`${route.method} ${route.url} answers each caller as the matrix says`, async () => {
      const entry = MATRIX[route.operationId];
      expect(entry, `no matrix entry for ${route.operationId}`).toBeDefined();
      if (entry === undefined) return;
      const actual: Partial<Outcomes> = {};
      for (const caller of CALLERS) {
        const { cookies, headers } = await headersFor(caller);
        const response = await app.inject({
          method: route.method,
          url: entry.url,
          cookies,
          headers,
          ...(entry.body ? { payload: entry.body } : {}),
        });
        actual[caller] = response.statusCode;
      }
      expect(actual).toEqual(entry.expected);
    });
  }
});

describeWithDemoData('write routes without a session', (ctx) => {
  it('answer 401 or 403, never 2xx or 5xx; signing in without credentials is refused too', async () => {
    const app = await buildServer(ctx());
    try {
      const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
        paths: Record<string, Record<string, unknown>>;
      }>();
      const writes = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((method) => method !== 'get')
          .map((method) => ({ method: method.toUpperCase() as 'POST', url: path.replace(/\{\w+\}/g, 'CN') })),
      );
      expect(writes.length).toBeGreaterThanOrEqual(4);
      for (const write of writes) {
        const response = await app.inject({ ...write, payload: {} });
        const allowed = write.url === '/api/session' && write.method === 'POST' ? [400, 401] : [401, 403];
        expect(allowed, `${write.method} ${write.url} answered ${response.statusCode}`).toContain(response.statusCode);
      }
    } finally {
      await app.close();
    }
  });
});
