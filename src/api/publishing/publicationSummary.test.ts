import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const PLAN = 'met-business-plan-2018-19';
const REPORT_SUMMARY = `/api/report-publications/quarterly?plan=${PLAN}&quarter=`;
const PACK_SUMMARY = '/api/board/meetings/1/pack-publication';

interface Summary {
  reportKey: string;
  title: string;
  period: string;
  quarter: string;
  plans: { key: string; version: number }[];
  publication: { nextVersion: number; corrects: { version: number; note: string | null } | null };
  counts: {
    plan: { key: string };
    due: number;
    carriedForward: number;
    total: number;
    statuses: { code: string; count: number }[];
  }[];
  withoutFigures: { measure: string; sentence: string }[];
  refusal: string | null;
}

describeWithDemoData('what publishing a report or a board pack would make public, and refusing a repeat', (ctx) => {
  let app: FastifyInstance;
  let auth: { cookies: Record<string, string>; headers: Record<string, string> };
  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, ...auth, ...(payload === undefined ? {} : { payload }) });
  const summaryOf = async (url: string) => {
    const answer = await call('GET', url);
    expect(answer.statusCode).toBe(200);
    return answer.json<Summary>();
  };
  const messageOf = (answer: Awaited<ReturnType<typeof call>>) => answer.json<{ detail: string }>().detail;

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'summary.perf', role: 'performance', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'summary.perf', password: PASSWORD, client: '127.0.0.1' });
    auth = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it("summarises a first report: its title, period, plan version and the quarter's counts with 'no update' among them", async () => {
    const summary = await summaryOf(`${REPORT_SUMMARY}2018-19-Q1`);
    expect(summary).toMatchObject({
      reportKey: `${PLAN}-2018-19-q1`,
      title: 'Metropolitan Police Service Business Plan 2018-19: progress update',
      quarter: '2018-19 Q1',
      plans: [{ key: PLAN, version: 1 }],
      publication: { nextVersion: 1, corrects: null },
      refusal: null,
    });
    expect(summary.period).toContain('Quarter 1 (April to June 2018)');
    const [counts] = summary.counts;
    expect(counts?.total).toBe((counts?.due ?? 0) + (counts?.carriedForward ?? 0));
    expect(counts?.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(counts?.total);
    expect(counts?.statuses.map((s) => s.code)).toContain('none');
    for (const missing of summary.withoutFigures) expect(missing.sentence).toContain('no figures for');
  });

  it('names the reason a report would be refused: a quarter outside the plan, or one not yet published', async () => {
    const outside = await summaryOf(`${REPORT_SUMMARY}2019-20-Q1`);
    expect(outside.refusal).toBe(`${PLAN} covers 2018-19; 2019-20 Q1 is outside it.`);
    expect(outside.withoutFigures).toEqual([]);
    const open = await summaryOf(`${REPORT_SUMMARY}2018-19-Q3`);
    expect(open.refusal).toContain('2018-19 Q3 of met-business-plan-2018-19 has not been published yet');
    expect((await call('GET', `${REPORT_SUMMARY}spring`)).statusCode).toBe(400);
    const unknown = await call('GET', '/api/report-publications/quarterly?plan=no-such-plan&quarter=2018-19-Q1');
    expect(unknown.statusCode).toBe(404);
  });

  it('publishes the version a report request names once: the same request again is a 409, never version 2', async () => {
    const body = { plan: PLAN, quarter: '2018-19-Q1', expectedVersion: 1 };
    expect((await call('POST', '/api/reports/quarterly', body)).json()).toMatchObject({ version: 1 });
    const again = await call('POST', '/api/reports/quarterly', body);
    expect(again.statusCode).toBe(409);
    expect(messageOf(again)).toContain('Version 1 of this report is already published');
    const withNote = await call('POST', '/api/reports/quarterly', { ...body, note: 'Pressed twice.' });
    expect(withNote.statusCode).toBe(409);
    const versions = await call('GET', `/api/reports/${PLAN}-2018-19-q1`);
    expect(versions.json<{ versions: unknown[] }>().versions).toHaveLength(1);
    const after = await summaryOf(`${REPORT_SUMMARY}2018-19-Q1`);
    expect(after.publication).toMatchObject({ nextVersion: 2, corrects: { version: 1, note: null } });
    const ahead = await call('POST', '/api/reports/quarterly', { ...body, expectedVersion: 5, note: 'Skip.' });
    expect(ahead.statusCode).toBe(409);
    expect(messageOf(ahead)).toContain('next version is 2, not 5');
  });

  it("summarises a board pack: its meeting, the plans it is built on, each plan's quarter counts", async () => {
    const summary = await summaryOf(PACK_SUMMARY);
    expect(summary).toMatchObject({
      reportKey: 'performance-group-2018-07-25-meeting-1',
      title: 'Performance Group: Quarter 1 review: board pack',
      period: 'Performance Group, 25 July 2018',
      quarter: '2018-19 Q1',
      publication: { nextVersion: 1, corrects: null },
      refusal: null,
    });
    expect(summary.plans.map((p) => p.key)).toContain(PLAN);
    const business = summary.counts.find((c) => c.plan.key === PLAN);
    expect(business?.statuses.reduce((sum, s) => sum + s.count, 0)).toBe(business?.total);
    for (const missing of summary.withoutFigures) expect(missing.sentence).toContain('no figures for');
    expect((await call('GET', '/api/board/meetings/999/pack-publication')).statusCode).toBe(404);
  });

  it('publishes the board pack version a request names once, and refuses the repeat with 409', async () => {
    const body = { meeting: 1, expectedVersion: 1 };
    expect((await call('POST', '/api/reports/board-packs', body)).statusCode).toBe(201);
    const again = await call('POST', '/api/reports/board-packs', body);
    expect(again.statusCode).toBe(409);
    expect(messageOf(again)).toContain('Version 1 of this report is already published');
    expect((await summaryOf(PACK_SUMMARY)).publication).toMatchObject({ nextVersion: 2, corrects: { version: 1 } });
  });
});
