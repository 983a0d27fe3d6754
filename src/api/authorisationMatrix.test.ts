import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowedFor,
  CALLERS,
  everyone,
  signedIn,
  type Caller,
  type MatrixEntry,
  type Outcomes,
} from '../../test/support/authorisationOutcomes.js';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { samplePdf } from '../../test/support/evidenceSamples.js';
import { BOARD_MATRIX } from '../../test/support/boardMatrix.js';
import { BOARDS_MATRIX } from '../../test/support/boardsMatrix.js';
import { CRIME_DATA_MATRIX } from '../../test/support/crimeDataMatrix.js';
import { FINDING_MATRIX } from '../../test/support/findingMatrix.js';
import { REPORT_MATRIX } from '../../test/support/reportMatrix.js';
import { OPEN_DATA_MATRIX } from '../../test/support/openDataMatrix.js';
import { COVERAGE_MATRIX } from '../../test/support/coverageMatrix.js';
import { WORK_MATRIX } from '../../test/support/workMatrix.js';
import { GROUP_GAP_MATRIX } from '../../test/support/groupGapMatrix.js';
import { RESOURCE_MATRIX } from '../../test/support/resourceMatrix.js';
import { NEIGHBOURHOOD_MATRIX } from '../../test/support/neighbourhoodMatrix.js';
import { AIM_MATRIX } from '../../test/support/aimMatrix.js';
import { RISK_MATRIX } from '../../test/support/riskMatrix.js';
import { NARRATIVE_MATRIX } from '../../test/support/narrativeMatrix.js';
import { MATRIX_PLAN, MATRIX_PLAN_HEADER } from '../../test/support/matrixPlan.js';
import { DEMO_ELIGIBLE_CATEGORIES, DEMO_STANDING_PRIORITIES } from '../../demo/priorities.js';
import { addUser, signIn } from '../services/index.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

/**
 * Who gets what from every route. Owners are tried with a scope that covers the unit a request
 * touches (Central North) and with one that does not (South West).
 */
const PASSWORD = 'harbour kettle violet';

const MATRIX: Record<string, MatrixEntry> = {
  getHealth: { url: '/api/health', expected: everyone(200) },
  getReadiness: { url: '/api/ready', expected: everyone(200) },
  getOpenApiDocument: { url: '/api/openapi.json', expected: everyone(200) },
  listUsers: { url: '/api/users', expected: allowedFor(['admin']) },
  addUser: {
    url: '/api/users',
    body: { username: 'made.by.matrix', role: 'viewer' },
    expected: allowedFor(['admin']),
  },
  changeUser: {
    url: '/api/users/matrix.signin',
    body: { role: 'viewer', reason: 'Matrix' },
    expected: allowedFor(['admin']),
  },
  // Setting the password it already has keeps matrix.signin signing in for the other rows.
  resetUserPassword: {
    url: '/api/users/matrix.signin/password',
    body: { password: PASSWORD, reason: 'Matrix' },
    expected: allowedFor(['admin']),
  },
  signIn: { url: '/api/session', body: { username: 'matrix.signin', password: PASSWORD }, expected: everyone(200) },
  // Every signed-in caller proves their current password and reaches the rule that the new one must differ.
  changeOwnPassword: {
    url: '/api/session/password',
    body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    expected: signedIn(400),
  },
  getSession: { url: '/api/session', expected: everyone(200) },
  signOut: { url: '/api/session', expected: signedIn(200) },
  signOutEverywhere: { url: '/api/session/sign-out-everywhere', expected: signedIn(200) },
  // Everyone signed in keeps their own API tokens; no token has number 999999, so revoking it is not found.
  listApiTokens: { url: '/api/account/tokens', expected: signedIn(200) },
  createApiToken: { url: '/api/account/tokens', body: { name: 'Matrix' }, expected: signedIn(200) },
  revokeApiToken: { url: '/api/account/tokens/999999', expected: signedIn(404) },
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
    expected: allowedFor(['performance', 'admin']),
  },
  // The trail names every account and its role (more in authorisationMatrixReads.test.ts).
  listAuditHistory: { url: '/api/audit?entityType=user', expected: allowedFor(['performance', 'admin']) },
  // Demo plan ids: 1 the Police and Crime Plan, 2 the Business Plan 2018-19, 3 the 2011-14 draft.
  listPlans: { url: '/api/plans', expected: everyone(200) },
  // A lead no unit has: callers who may import get past the permission check to the plan's own 400.
  importPlan: {
    url: '/api/plans',
    body: MATRIX_PLAN,
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  getPlan: { url: '/api/plans/2', expected: everyone(200) },
  // The second caller allowed to publish finds the plan already published.
  publishPlan: {
    url: '/api/plans/3/publish',
    body: {},
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  // Read before or after plan 3 is published, the summary answers; a published plan's says why it cannot be again.
  getPlanPublicationSummary: {
    url: '/api/plans/3/publication-summary',
    expected: allowedFor(['performance', 'admin']),
  },
  getPlanCoverage: { url: '/api/plans/1/coverage', expected: everyone(200) },
  listMilestones: { url: '/api/plans/2/milestones?due=2018-19-Q1', expected: everyone(200) },
  getMilestone: { url: '/api/plans/2/milestones/BP18-05', expected: everyone(200) },
  // BP18-65 is led by HR and Central North. Each allowed caller writes at the version it read
  // first, so after the first write the others are told they are stale (409), not forbidden.
  saveMilestoneUpdate: {
    url: '/api/plans/2/milestones/BP18-65/updates/2018-19%20Q2',
    body: { version: 0, statusCode: 'on-track', narrative: 'Pilot running in Camden and Islington.' },
    expected: { ...allowedFor(['ownerInScope', 'performance', 'admin']), performance: 409, admin: 409 },
  },
  submitMilestoneUpdate: {
    url: '/api/updates/7/submit',
    body: { version: 1 },
    expected: { ...allowedFor(['ownerInScope', 'performance', 'admin']), performance: 409, admin: 409 },
  },
  approveMilestoneUpdate: {
    url: '/api/updates/7/approve',
    body: { version: 2 },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  returnMilestoneUpdate: {
    url: '/api/updates/7/return',
    body: { version: 3, comment: 'Say how many constables are in the pilot.' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  getQuarterPublicationSummary: {
    url: '/api/plans/2/quarters/2018-19-Q2/publication-summary',
    expected: allowedFor(['performance', 'admin']),
  },
  publishQuarter: {
    url: '/api/plans/2/quarters/2018-19%20Q2/publish',
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  listMyUpdatesDue: {
    url: '/api/my/updates-due',
    expected: allowedFor(['ownerInScope', 'ownerOutOfScope', 'performance', 'admin']),
  },
  listReviewQueue: { url: '/api/review-queue', expected: allowedFor(['performance', 'admin']) },
  addUpdateEvidence: {
    url: '/api/updates/7/evidence',
    body: {
      kind: 'file',
      title: 'Pilot report',
      fileName: 'pilot.pdf',
      contentBase64: samplePdf('pilot').toString('base64'),
    },
    expected: allowedFor(['ownerInScope', 'performance', 'admin']),
  },
  // Evidence 1 is on the returned update 7: to those who may not read the update, it does not exist.
  getEvidenceFile: { url: '/api/evidence/1', expected: { ...signedIn(200), viewer: 404, ownerOutOfScope: 404 } },
  listMeasures: { url: '/api/measures', expected: everyone(200) },
  // The second caller allowed to define it finds the code taken.
  defineMeasure: {
    url: '/api/measures',
    body: {
      code: 'antisocial-behaviour-calls',
      name: 'Anti-social behaviour calls',
      definition: 'Calls to the police about anti-social behaviour.',
      unit: 'count',
      unitWords: 'calls',
      polarity: 'lower-is-better',
      frequency: 'monthly',
      source: 'MPS calls data',
      areaKinds: ['borough'],
      breakdowns: [],
      target: null,
      crimeCategory: null,
      aims: [],
    },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  listMeasureObservations: { url: '/api/measures/crime-total/observations?area=London', expected: everyone(200) },
  setEligibleCategories: {
    url: '/api/priorities/eligible-categories',
    body: { categories: [...DEMO_ELIGIBLE_CATEGORIES], reason: 'Authorisation matrix' },
    expected: allowedFor(['reviewer', 'performance', 'admin']),
  },
  setStandingPriorities: {
    url: '/api/priorities/standing',
    body: { standing: DEMO_STANDING_PRIORITIES, reason: 'Authorisation matrix' },
    expected: allowedFor(['reviewer', 'performance', 'admin']),
  },
  listPriorityCategoryChoices: { url: '/api/priorities/catalogue/categories', expected: everyone(200) },
  listPrioritySets: { url: '/api/priorities/2018-19', expected: everyone(200) },
  recordPrioritySet: {
    url: '/api/priorities/2018-19/sets',
    body: {
      borough: 'camden',
      priorities: [{ categoryCode: 'burglary' }, { categoryCode: 'theft-person', qualifier: 'snatch' }],
      agreedBy: 'Camden Council, Central North BCU and MOPAC',
      agreedOn: '2018-10-01',
      reason: 'Authorisation matrix',
    },
    expected: allowedFor(['reviewer', 'performance', 'admin']),
  },
  getPrioritySetHistory: { url: '/api/priorities/2018-19/boroughs/camden/history', expected: everyone(200) },
  getBoroughScorecard: { url: '/api/priorities/2018-19/boroughs/havering', expected: everyone(200) },
  getEvidencePack: { url: '/api/priorities/2018-19/boroughs/havering/evidence', expected: everyone(200) },
  getCategoryScorecard: { url: '/api/priorities/2018-19/categories/burglary', expected: everyone(200) },
  getPriorityTileMap: { url: '/api/priorities/2018-19/categories/burglary/tile-map', expected: everyone(200) },
  getPriorityTileMapSvg: { url: '/api/priorities/2018-19/categories/burglary/tile-map.svg', expected: everyone(200) },
  exportPlan: { url: '/api/plans/2/export?format=csv', expected: everyone(200) },
  getPlanTemplate: { url: '/api/plan-template?format=xlsx', expected: everyone(200) },
  ...NEIGHBOURHOOD_MATRIX,
  ...AIM_MATRIX,
  ...RISK_MATRIX,
  ...NARRATIVE_MATRIX,
  getInspectionTemplate: { url: '/api/inspection-template', expected: everyone(200) },
  exportInspection: { url: '/api/inspections/peel-2018-19-met/export', expected: everyone(200) },
  // A findings file with no other tables: callers who may load reports get past the permission check to its 400.
  importInspectionFile: {
    url: '/api/inspections/import',
    body: { format: 'csv', files: [{ fileName: 'findings.csv', contentBase64: '' }] },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  // Owners out of scope are allowed too: their list is simply empty of the units they do not cover.
  listMyFindings: {
    url: '/api/findings/mine?on=2020-10-01',
    expected: allowedFor(['ownerInScope', 'ownerOutOfScope', 'performance', 'admin']),
  },
  // INV-AFI-4 has no owning unit, so no owner may answer for it. The first caller allowed moves
  // it; the second finds it there already (400).
  respondToFinding: {
    url: '/api/findings/peel-2018-19-met/INV-AFI-4/response',
    body: { state: 'in-progress' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 400 },
  },
  // The first caller allowed closes TPF-AFI-3 at version 0; the second, deciding on that version too, is stale.
  decideFinding: {
    url: '/api/findings/peel-2018-19-met/TPF-AFI-3/decision',
    body: { decision: 'close', version: 0, evidence: [{ title: 'Matrix evidence' }] },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  // Finding evidence is internal: the public must sign in; the demo's finding evidence is links, so no file 1.
  getFindingEvidenceFile: { url: '/api/finding-evidence/1', expected: signedIn(404) },
  // Each allowed caller adds an action of their own (A1, then A2).
  addFindingAction: {
    url: '/api/findings/peel-2018-19-met/INV-AFI-3/actions',
    body: { title: 'Matrix action', text: 'Do it.', due: 'Quarter 1, 2020-21', leads: ['FP'] },
    expected: allowedFor(['performance', 'admin']),
  },
  linkFindingMilestone: {
    url: '/api/findings/peel-2018-19-met/INV-AFI-1/links',
    body: { planKey: 'met-business-plan-2018-19', milestoneRef: 'BP18-05' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  // The demo's own link: the first caller allowed removes it, the second finds it gone.
  unlinkFindingMilestone: {
    url: '/api/findings/peel-2018-19-met/PVP-AFI-2/links/met-business-plan-2018-19/BP18-32',
    expected: { ...allowedFor(['performance', 'admin']), admin: 404 },
  },
  // An empty CSV: callers who may import get past the permission check to the file's own 400.
  importPlanFile: {
    url: '/api/plans/import',
    body: { fileName: 'empty.csv', format: 'csv', contentBase64: '', header: MATRIX_PLAN_HEADER },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
  ...CRIME_DATA_MATRIX,
  ...BOARD_MATRIX,
  ...BOARDS_MATRIX,
  ...FINDING_MATRIX,
  ...REPORT_MATRIX,
  ...OPEN_DATA_MATRIX,
  ...COVERAGE_MATRIX,
  ...WORK_MATRIX,
  ...RESOURCE_MATRIX,
  ...GROUP_GAP_MATRIX,
  // The public transparency site's pages: everyone reads them, and sees only what is published.
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

  type Credentials = { cookies: Record<string, string>; headers: Record<string, string> };
  const sessions = new Map<Caller, Credentials>();

  /**
   * One session per caller, signed in afresh after any route of sessions or accounts (signing
   * out, changing a password or a role), so that one case cannot spoil the next. Signing in for
   * every request cost a password check each: a thousand of them.
   */
  async function headersFor(caller: Caller): Promise<Credentials> {
    if (caller === 'anonymous') return { cookies: {}, headers: {} };
    const held = sessions.get(caller);
    if (held !== undefined) return held;
    const session = await signIn(ctx(), { username: caller.toLowerCase(), password: PASSWORD, client: '127.0.0.1' });
    const credentials = {
      cookies: { bluelamp_session: session.token },
      headers: { 'x-csrf-token': session.csrfToken },
    };
    sessions.set(caller, credentials);
    return credentials;
  }

  const touchesSessions = (url: string): boolean => url.startsWith('/api/session') || url.startsWith('/api/users');

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
        if (touchesSessions(entry.url)) sessions.clear();
      }
      // A create answers an allowed caller 201 rather than 200 (see RouteDefinition.created).
      const allowed = route.created === undefined ? 200 : 201;
      const expected = Object.fromEntries(
        Object.entries(entry.expected).map(([caller, status]) => [caller, status === 200 ? allowed : status]),
      );
      expect(actual).toEqual(expected);
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
