import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const SUMMARY = '/api/plans/2/quarters/2018-19-Q2/publication-summary';

interface SummaryBody {
  quarter: string;
  refusal: string | null;
  due: number;
  carriedForward: number;
  total: number;
  updated: number;
  approved: { ref: string }[];
  drafts: { ref: string; title: string; updateState: string; lastWrittenBy: string }[];
  missing: { ref: string }[];
  publicCounts: { code: string; label: string; count: number }[];
}

type Rows = Record<string, string | number | null>[];

describeWithDemoData('publishing a quarter through the API, and what the public then counts', (ctx) => {
  let app: FastifyInstance;
  let auth: { cookies: Record<string, string>; headers: Record<string, string> };
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, ...auth, ...(payload === undefined ? {} : { payload }) });
  const summary = async () => (await call('GET', SUMMARY)).json<SummaryBody>();

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'quarter.perf', role: 'performance', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'quarter.perf', password: PASSWORD, client: '127.0.0.1' });
    auth = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  async function writeUpdate(ref: string, approve: boolean): Promise<void> {
    const url = `/api/plans/2/milestones/${ref}/updates/2018-19%20Q2`;
    const saved = await call('PUT', url, { version: 0, statusCode: 'on-track', narrative: 'Work under way.' });
    expect(saved.statusCode).toBe(200);
    if (!approve) return;
    const { id, version } = saved.json<{ id: number; version: number }>();
    const submitted = await call('POST', `/api/updates/${id}/submit`, { version });
    const approved = await call('POST', `/api/updates/${id}/approve`, {
      version: submitted.json<{ version: number }>().version,
    });
    expect(approved.statusCode).toBe(200);
  }

  it('summarises what publishing would make public: due, updated, approved, missing, and the drafts by name', async () => {
    const before = await summary();
    // The demo's Business Plan has 21 milestones due in Quarter 2 and none carried into it.
    expect(before).toMatchObject({ due: 21, carriedForward: 0, total: 21 });
    expect(before.missing).toHaveLength(before.total);
    const [first, second, third] = before.missing.map((m) => m.ref);
    await writeUpdate(first ?? '', true);
    await writeUpdate(second ?? '', true);
    await writeUpdate(third ?? '', false);
    const after = await summary();
    expect(after).toMatchObject({ quarter: '2018-19 Q2', refusal: null, updated: 3, total: before.total });
    expect(after.approved.map((m) => m.ref)).toEqual([first, second]);
    expect(after.drafts).toEqual([
      expect.objectContaining({ ref: third, updateState: 'draft', lastWrittenBy: 'user:quarter.perf' }),
    ]);
    expect(after.missing).toHaveLength(before.total - 3);
    const counts = Object.fromEntries(after.publicCounts.map((c) => [c.code, c.count]));
    expect(counts).toMatchObject({ 'on-track': 2, none: before.total - 2 });
    expect(after.publicCounts.reduce((sum, c) => sum + c.count, 0)).toBe(before.total);
  });

  it('publishes the quarter it names once: a repeated request is refused with 409 and never closes the next quarter', async () => {
    const published = await call('POST', '/api/plans/2/quarters/2018-19-Q2/publish');
    expect(published.json()).toMatchObject({ quarter: '2018-19 Q2', published: 2, nextReportingQuarter: '2018-19 Q3' });
    const again = await call('POST', '/api/plans/2/quarters/2018-19-Q2/publish');
    expect(again.statusCode).toBe(409);
    expect(again.json<{ detail: string }>().detail).toContain('open for 2018-19 Q3');
    const plan = await call('GET', '/api/plans/2');
    expect(plan.json<{ plan: { reportingQuarter: string } }>().plan.reportingQuarter).toBe('2018-19 Q3');
    expect((await summary()).refusal).toContain('not collecting updates for 2018-19 Q2');
  });

  it("counts every milestone of the published quarter on the public pages, with 'no update' a status of its own", async () => {
    const { total } = await summary();
    const home = await app.inject({ method: 'GET', url: '/api/open-data' });
    const latest = home
      .json<{ tables: { name: string; rows: Rows }[] }>()
      .tables.find((t) => t.name === 'latest-progress');
    const q2 = latest?.rows.find(
      (row) => String(row.quarter).includes('2018-19') && String(row.plan).includes('Business'),
    );
    expect(q2).toMatchObject({ 'on-track': 2, none: 19, total: 21 });
    expect(total).toBe(21);
    const progress = await app.inject({
      method: 'GET',
      url: '/api/open-data/plans/met-business-plan-2018-19/progress',
    });
    const quarters = progress.json<{ tables: { rows: Rows }[] }>().tables[0]?.rows ?? [];
    expect(quarters.map((row) => row.total)).toHaveLength(2);
    expect(quarters[1]).toMatchObject({ none: total - 2, total });
    const everyPlan = await app.inject({ method: 'GET', url: '/api/open-data/progress' });
    const rows = everyPlan.json<{ tables: { rows: Rows }[] }>().tables[0]?.rows ?? [];
    expect(rows.find((row) => row.total === total && row.none === total - 2)).toBeDefined();
  });

  it('publishes a report only for a published quarter of the plan, naming the plan period when it refuses', async () => {
    const plan = 'met-business-plan-2018-19';
    const outside = await call('POST', '/api/reports/quarterly', { plan, quarter: '2019-20-Q1' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ detail: string }>().detail).toBe(`${plan} covers 2018-19; 2019-20 Q1 is outside it.`);
    const open = await call('POST', '/api/reports/quarterly', { plan, quarter: '2018-19-Q3' });
    expect(open.statusCode).toBe(409);
    expect(open.json<{ detail: string }>().detail).toContain(
      '2018-19 Q3 of met-business-plan-2018-19 has not been published yet',
    );
    const preview = await call('GET', `/api/report-previews/quarterly?plan=${plan}&quarter=2018-19-Q3`);
    expect(preview.statusCode).toBe(409);
    expect(preview.json<{ detail: string }>().detail).toBe(open.json<{ detail: string }>().detail);
    const published = await call('POST', '/api/reports/quarterly', { plan, quarter: '2018-19-Q2' });
    expect(published.statusCode).toBe(201);
    const { total } = await summary();
    const report = await call('GET', '/api/reports/met-business-plan-2018-19-2018-19-q2/versions/1');
    const data = report.json<{ data: { annex: { byChapter: { total: number; counts: Record<string, number> }[] } } }>()
      .data;
    expect(data.annex.byChapter.at(-1)).toMatchObject({ total, counts: { 'on-track': 2, none: total - 2 } });
  });
});
