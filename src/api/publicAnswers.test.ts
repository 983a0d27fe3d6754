import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import {
  DEMO_OUTPUT_URLS,
  publishedReportUrls,
  readOutput,
  routePattern,
  ROUTES_WITHOUT_OUTPUT,
  type Output,
} from '../../test/support/demoOutputs.js';
import type { Actor } from '../domain/accounts/index.js';
import { chromiumAvailable } from '../reports/index.js';
import type { ServiceContext } from '../services/context.js';
import {
  addUser,
  approveMilestoneUpdate,
  decideFinding,
  linkFindingMilestone,
  listPlans,
  publishFindingResponse,
  publishQuarter,
  publishQuarterlyReport,
  respondToFinding,
  saveMilestoneUpdate,
  submitMilestoneUpdate,
} from '../services/index.js';
import { listPublicPages } from '../services/publishing/openData/publicPages.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

/**
 * The public reads only what the force published: no answer a signed-out reader can fetch names
 * an account. Named people first do everything that records a name — answer a finding and decide
 * on it, link a milestone, write and approve a quarter's update, publish the quarter, a report and
 * a finding's public summary — and then every public route is read without a session.
 */

const PLAN = 'met-business-plan-2018-19';
const PASSWORD = 'lantern orchard pebble';
const PEOPLE: readonly Actor[] = [
  { kind: 'user', username: 'walk.fp.owner', role: 'owner', scope: ['FP'] },
  { kind: 'user', username: 'walk.hr.owner', role: 'owner', scope: ['HR'] },
  { kind: 'user', username: 'walk.perf', role: 'performance', scope: [] },
];
const [FP_OWNER, HR_OWNER, PERFORMANCE] = PEOPLE as [Actor, Actor, Actor];
const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });

async function answerAndDecide(ctx: ServiceContext): Promise<void> {
  const finding = { inspection: 'peel-2018-19-met', ref: 'PVP-AFI-3' };
  await respondToFinding(as(ctx, FP_OWNER), {
    ...finding,
    state: 'evidence-submitted',
    note: 'Return note for the performance team only: see the intranet page.',
    evidence: [{ title: 'Training log on the intranet', url: 'https://intranet.example/fp/training-log' }],
  });
  await decideFinding(as(ctx, PERFORMANCE), {
    ...finding,
    decision: 'return',
    version: 1,
    note: 'Internal: the log does not show who attended.',
  });
  await linkFindingMilestone(as(ctx, PERFORMANCE), { ...finding, planKey: PLAN, milestoneRef: 'BP18-61' });
  await publishFindingResponse(as(ctx, PERFORMANCE), {
    ...finding,
    summary: 'Frontline officers are being trained in the use of the powers; the force will report progress quarterly.',
    publishedOn: '2019-12-02',
  });
}

async function updateAndPublish(ctx: ServiceContext, planId: number): Promise<string> {
  const draft = await saveMilestoneUpdate(as(ctx, HR_OWNER), {
    planId,
    ref: 'BP18-61',
    quarter: '2018-19 Q2',
    version: 0,
    statusCode: 'on-track',
    narrative: 'The service opened to police staff in July.',
  });
  const submitted = await submitMilestoneUpdate(as(ctx, HR_OWNER), { updateId: draft.id, version: draft.version });
  await approveMilestoneUpdate(as(ctx, PERFORMANCE), { updateId: draft.id, version: submitted.version });
  await publishQuarter(as(ctx, PERFORMANCE), { planId, quarter: '2018-19 Q2' });
  const report = await publishQuarterlyReport(as(ctx, PERFORMANCE), { plan: PLAN, quarter: '2018-19-Q2' });
  return report.reportKey;
}

async function openDataUrls(app: FastifyInstance, pages: readonly string[]): Promise<string[]> {
  const urls: string[] = ['/api/open-data/priorities'];
  for (const page of pages) {
    const url = `/api/open-data${page.slice('/public'.length)}`;
    const view = (await readOutput(app, url, '')).json as { tables?: { name: string }[] } | null;
    urls.push(url, `${url}?download=json`, ...(view?.tables ?? []).map((t) => `${url}?format=csv&table=${t.name}`));
  }
  return urls;
}

const publicGetRoutes = () => routeTable('test').filter((route) => route.method === 'GET' && route.access === 'public');

describeWithDemoData('what the public reads', (ctx) => {
  let app: FastifyInstance;
  let urls: string[];
  const answers = new Map<string, Output>();
  let usernames: string[];

  beforeAll(async () => {
    for (const person of PEOPLE) {
      if (person.kind !== 'user') continue;
      await addUser(ctx(), { username: person.username, role: person.role, password: PASSWORD, scope: person.scope });
    }
    const planId = (await listPlans(ctx())).plans.find((p) => p.key === PLAN)?.id ?? -1;
    await answerAndDecide(ctx());
    const reportKey = await updateAndPublish(ctx(), planId);
    app = await buildServer(ctx());
    const printed = chromiumAvailable();
    const publicPaths = publicGetRoutes().map((route) => routePattern(route.url));
    urls = [
      ...DEMO_OUTPUT_URLS,
      '/api/findings/peel-2018-19-met/PVP-AFI-3',
      '/api/findings/peel-2018-19-met/ELB-PRIOR-2',
      `/api/plans/${planId}/milestones/BP18-61`,
      `/api/plans/${planId}/milestones?due=2018-19-Q2`,
      ...publishedReportUrls(reportKey, ['html', 'pdf', 'docx']),
      ...(await openDataUrls(app, await listPublicPages(ctx()))),
    ]
      .filter((url) => publicPaths.some((pattern) => pattern.test(new URL(url, 'http://x').pathname)))
      .filter((url) => printed || !/[/.=]pdf\b/.test(url));
    for (const url of urls) answers.set(url, await readOutput(app, url, ''));
    const rows = await ctx().store.db.selectFrom('users').select('username').execute();
    usernames = rows.map((row) => row.username);
  }, 600_000);

  afterAll(async () => {
    await app.close();
  });

  it('reads every public GET route of the demo without a session, each answering 200', () => {
    const read = urls.map((url) => new URL(url, 'http://x').pathname);
    const unprinted = chromiumAvailable() ? [] : ['getPublishedReportPdf', 'getBoardPackPdf'];
    const unread = publicGetRoutes()
      .filter((route) => !(route.operationId in ROUTES_WITHOUT_OUTPUT) && !unprinted.includes(route.operationId))
      .filter((route) => !read.some((path) => routePattern(route.url).test(path)))
      .map((route) => route.operationId);
    expect(unread).toEqual([]);
    const failed = [...answers].filter(([, answer]) => answer.status !== 200).map(([url, a]) => `${url} ${a.status}`);
    expect(failed).toEqual([]);
  });

  it('names no account anywhere in a public answer, after named people answered, decided and published', () => {
    expect(usernames).toEqual(expect.arrayContaining(['walk.fp.owner', 'walk.hr.owner', 'walk.perf']));
    const leaks = [...answers].flatMap(([url, answer]) =>
      usernames.filter((name) => answer.text.includes(name)).map((name) => `${url} names ${name}`),
    );
    expect(leaks).toEqual([]);
  });

  it("shows the public a finding's published summary and date, and none of its notes, evidence or moves", () => {
    const page = answers.get('/api/findings/peel-2018-19-met/PVP-AFI-3');
    expect(page?.json).toMatchObject({
      publicResponse: {
        summary:
          'Frontline officers are being trained in the use of the powers; the force will report progress quarterly.',
        publishedOn: '2019-12-02',
      },
      history: [],
      evidence: [],
    });
    expect(page?.text).not.toMatch(/intranet|Return note|Internal:/);
  });

  it('gives the performance team, not a sign-in name, as who published a report', () => {
    const reports = answers.get('/api/reports')?.json as { versions: { publishedBy: string }[] }[];
    const publishers = new Set(reports.flatMap((report) => report.versions.map((v) => v.publishedBy)));
    expect([...publishers]).toEqual(['the performance team']);
  });
});
