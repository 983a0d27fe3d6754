import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, listAuditHistory, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

type Caller = { cookies: Record<string, string>; headers: Record<string, string> };
const PASSWORD = 'harbour kettle violet';

describeWithDemoData('what needs me and the reporting calendar over HTTP', (ctx) => {
  let app: FastifyInstance;
  let performance: Caller;
  let hrOwner: Caller;
  beforeAll(async () => {
    app = await buildServer(ctx());
    const callers: Caller[] = [];
    for (const [username, role, scope] of [
      ['work.performance', 'performance', []],
      ['work.hr', 'owner', ['HR']],
    ] as const) {
      await addUser(ctx(), { username, role, password: PASSWORD, scope: [...scope] });
      const session = await signIn(ctx(), { username, password: PASSWORD, client: '10.1.1.3' });
      callers.push({ cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } });
    }
    [performance, hrOwner] = callers as [Caller, Caller];
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the owner’s Quarter 2 updates with their deadline, judged against the day asked about', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/my-work?on=2018-10-05', ...hrOwner });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ on: string; items: { key: string; deadline: string; urgency: string }[] }>();
    expect(body.on).toBe('2018-10-05');
    expect(body.items.find((i) => i.key === 'update:met-business-plan-2018-19:BP18-61:2018-19 Q2')).toMatchObject({
      deadline: '2018-10-12',
      urgency: 'due-soon',
    });
  });

  it('judges against today when no day is given, and refuses a day that is not a date with 400', async () => {
    const today = await app.inject({ method: 'GET', url: '/api/my-work', ...hrOwner });
    expect(today.json<{ on: string }>().on).toBe(ctx().today());
    for (const on of ['2018-02-30', 'yesterday', '']) {
      const refused = await app.inject({ method: 'GET', url: `/api/my-work?on=${on}`, ...hrOwner });
      expect(refused.statusCode).toBe(400);
    }
    const extra = await app.inject({ method: 'GET', url: '/api/my-work?on=2018-10-05&who=admin', ...hrOwner });
    expect(extra.statusCode).toBe(400);
  });

  it('gives each quarter of the plan’s year its days under the default rule', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/plans/2/reporting-calendar' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      isDefault: boolean;
      reporting: { label: string; updatesDue: string } | null;
      quarters: { quarter: string; updatesDue: string; reviewDue: string; publishBy: string }[];
    }>();
    expect(body.isDefault).toBe(true);
    expect(body.reporting).toMatchObject({ label: 'Quarter 2, 2018-19', updatesDue: '2018-10-12' });
    expect(body.quarters.map((q) => q.quarter)).toEqual(['2018-19 Q1', '2018-19 Q2', '2018-19 Q3', '2018-19 Q4']);
    expect(body.quarters[1]).toMatchObject({
      updatesDue: '2018-10-12',
      reviewDue: '2018-10-19',
      publishBy: '2018-10-26',
    });
  });

  it('refuses a rule whose reviews come before the updates, and keeps a sensible one for every version', async () => {
    const url = '/api/plans/2/reporting-calendar';
    const backwards = await app.inject({
      method: 'PUT',
      url,
      ...performance,
      payload: { updatesDueAfter: 10, reviewDueAfter: 5, publishAfter: 20 },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<{ detail: string }>().detail).toMatch(/Reviews cannot be due before the updates/);
    for (const payload of [{ updatesDueAfter: 0, reviewDueAfter: 5, publishAfter: 20 }, { updatesDueAfter: 5 }]) {
      expect((await app.inject({ method: 'PUT', url, ...performance, payload })).statusCode).toBe(400);
    }
    const saved = await app.inject({
      method: 'PUT',
      url,
      ...performance,
      payload: { updatesDueAfter: 5, reviewDueAfter: 10, publishAfter: 15 },
    });
    expect(saved.statusCode).toBe(200);
    const calendar = await app.inject({ method: 'GET', url });
    expect(calendar.json()).toMatchObject({ isDefault: false, reporting: { updatesDue: '2018-10-05' } });
    const work = await app.inject({ method: 'GET', url: '/api/my-work?on=2018-10-05', ...hrOwner });
    const item = work
      .json<{ items: { key: string; urgency: string }[] }>()
      .items.find((i) => i.key.includes('BP18-61'));
    expect(item?.urgency).toBe('due-today');
    const trail = await listAuditHistory(ctx(), { entityType: 'reporting_rule' });
    expect(trail.at(-1)).toMatchObject({ entityId: 'met-business-plan-2018-19', actor: 'user:work.performance' });
  });
});
