import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { businessPlan2018 } from '../../../demo/plans/businessPlan2018.js';
import type { MilestoneDocument, PlanDocument, PlanNodeDocument } from '../../domain/plans/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';

interface Changed {
  ref: string;
  due: string;
  dueQuarter: string | null;
}

interface SummaryBody {
  plan: { id: number; version: number; state: string };
  supersedes: { id: number; version: number } | null;
  refusal: string | null;
  nodes: { kind: string; count: number }[];
  milestones: number;
  byQuarter: { quarter: string | null; count: number }[];
  leads: { code: string; name: string; milestones: number }[];
  changes: { added: Changed[]; removed: Changed[]; moved: { ref: string; from: Changed; to: Changed }[] } | null;
}

const ADDED: MilestoneDocument = {
  ref: 'BP18-91',
  title: 'Review the Specialist Crime Hubs',
  text: 'Review how the first Specialist Crime Hubs have worked and report to the Management Board.',
  due: 'Quarter 4, 2018-19',
  leads: ['FP'],
};

/** Version 2 of the Business Plan: BP18-01 dropped, BP18-02 moved from Quarter 3 to Quarter 4, BP18-91 new. */
function revisedBusinessPlan(): PlanDocument {
  const revise = (node: PlanNodeDocument): PlanNodeDocument => {
    const milestones = (node.milestones ?? [])
      .filter((m) => m.ref !== 'BP18-01')
      .map((m) => (m.ref === 'BP18-02' ? { ...m, due: 'Quarter 4, 2018-19' } : m));
    const holdsHubs = node.milestones?.some((m) => m.ref === 'BP18-02') === true;
    return {
      ...node,
      ...(node.milestones === undefined ? {} : { milestones: holdsHubs ? [...milestones, ADDED] : milestones }),
      ...(node.children === undefined ? {} : { children: node.children.map(revise) }),
    };
  };
  return { ...businessPlan2018, nodes: businessPlan2018.nodes.map(revise) };
}

describeWithDemoData('checking and publishing a plan version through the API', (ctx) => {
  let app: FastifyInstance;
  let auth: { cookies: Record<string, string>; headers: Record<string, string> };
  let draftId = 0;
  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, ...auth, ...(payload === undefined ? {} : { payload }) });
  const summaryOf = async (planId: number) =>
    (await call('GET', `/api/plans/${planId}/publication-summary`)).json<SummaryBody>();
  const messageOf = (response: { json: () => unknown }) => (response.json() as { detail: string }).detail;

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'plan.perf', role: 'performance', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'plan.perf', password: PASSWORD, client: '127.0.0.1' });
    auth = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
    const imported = await call('POST', '/api/plans', revisedBusinessPlan());
    expect(imported.statusCode).toBe(201);
    draftId = imported.json<{ id: number }>().id;
  });
  afterAll(async () => {
    await app.close();
  });

  it("summarises a first version's contents, with nothing superseded: plan 3 has objectives and no milestones", async () => {
    const summary = await summaryOf(3);
    expect(summary).toMatchObject({ plan: { id: 3, version: 1, state: 'draft' }, supersedes: null, refusal: null });
    expect(summary.changes).toBeNull();
    const plan = (await call('GET', '/api/plans/3')).json<{ counts: { kind: string; count: number }[] }>();
    expect(summary.nodes.map((n) => [n.kind, n.count])).toEqual(plan.counts.map((c) => [c.kind, c.count]));
    expect(summary.nodes.some((n) => n.count > 0)).toBe(true);
    expect(summary).toMatchObject({ milestones: 0, byQuarter: [], leads: [] });
  });

  it('counts every milestone of a new draft once by the quarter it falls due, earliest first, and by lead', async () => {
    const summary = await summaryOf(draftId);
    expect(summary.byQuarter.reduce((sum, q) => sum + q.count, 0)).toBe(summary.milestones);
    const dated = summary.byQuarter.map((q) => q.quarter).filter((q) => q !== null);
    expect(dated).toEqual([...dated].sort());
    expect(new Set(dated).size).toBe(dated.length);
    const byLead = summary.leads.map((l) => l.milestones);
    expect(byLead).toEqual([...byLead].sort((a, b) => b - a));
    expect(summary.leads.find((l) => l.code === 'FP')?.name).not.toBe('FP');
  });

  it('compares a new draft with the published version it supersedes: milestones added, removed and moved', async () => {
    const summary = await summaryOf(draftId);
    expect(summary).toMatchObject({ plan: { version: 2, state: 'draft' }, supersedes: { id: 2, version: 1 } });
    expect(summary.refusal).toBeNull();
    expect(summary.milestones).toBe(90);
    expect(summary.changes?.added).toEqual([expect.objectContaining({ ref: 'BP18-91', dueQuarter: '2018-19 Q4' })]);
    expect(summary.changes?.removed).toEqual([expect.objectContaining({ ref: 'BP18-01', dueQuarter: '2018-19 Q2' })]);
    const moved = summary.changes?.moved ?? [];
    expect(moved.map((m) => [m.ref, m.from.dueQuarter, m.to.dueQuarter, m.to.due])).toEqual([
      ['BP18-02', '2018-19 Q3', '2018-19 Q4', 'Quarter 4, 2018-19'],
    ]);
  });

  it('refuses with 409 a request naming another version than the draft, and publishes nothing', async () => {
    const wrong = await call('POST', `/api/plans/${draftId}/publish`, { version: 1 });
    expect(wrong.statusCode).toBe(409);
    expect(messageOf(wrong)).toBe(
      `Plan ${draftId} is version 2 of Metropolitan Police Service Business Plan 2018-19, not version 1. Nothing was published.`,
    );
    expect((await summaryOf(draftId)).plan.state).toBe('draft');
    expect((await summaryOf(2)).plan.state).toBe('published');
  });

  it('publishes the version it names once: a repeat, and a request for the superseded version, are refused with 409', async () => {
    const published = await call('POST', `/api/plans/${draftId}/publish`, { version: 2, publishedOn: '2018-10-01' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ version: 2, state: 'published', reportingQuarter: '2018-19 Q2' });
    const again = await call('POST', `/api/plans/${draftId}/publish`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(messageOf(again)).toContain(
      'Version 2 of Metropolitan Police Service Business Plan 2018-19 is already published, since 2018-10-01.',
    );
    const bare = await call('POST', `/api/plans/${draftId}/publish`, {});
    expect(bare.statusCode).toBe(409);
    const old = await call('POST', '/api/plans/2/publish', { version: 1 });
    expect(old.statusCode).toBe(409);
    expect(messageOf(old)).toContain('has been published and superseded by a later version');
    const versions = (await call('GET', '/api/plans?versions=all')).json<{
      plans: { key: string; version: number; state: string }[];
    }>();
    expect(
      versions.plans.filter((p) => p.key === 'met-business-plan-2018-19').map((p) => [p.version, p.state]),
    ).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    const after = await summaryOf(draftId);
    expect(after.refusal).toContain('is already published');
    expect(after.changes).toBeNull();
  });

  it('answers 404 for a plan that does not exist and 400 for a version that is not a number', async () => {
    expect((await call('GET', '/api/plans/999/publication-summary')).statusCode).toBe(404);
    expect((await call('POST', '/api/plans/3/publish', { version: 'one' })).statusCode).toBe(400);
  });
});
