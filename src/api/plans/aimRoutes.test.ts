import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoMeasures, demoObservations } from '../../../demo/measures.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listPlans } from '../../services/plans/listPlans.js';
import { buildServer } from '../server.js';

it("files every demo figure under a measure the demo defines, and links every framework measure to one of the plan's aims", () => {
  const codes = new Set(demoMeasures.map((m) => m.code));
  expect(demoObservations.filter((o) => !codes.has(o.measureCode)).map((o) => o.measureCode)).toEqual([]);
  const refs = demoMeasures.flatMap((m) => m.aims.filter((a) => a.planKey === 'police-and-crime-plan-2017-21'));
  expect(refs.filter((a) => !/^(A1|[a-z-]+-aim-[1-5])$/.test(a.nodeRef))).toEqual([]);
  expect(demoObservations.filter((o) => o.synthetic && o.source !== 'Synthetic demonstration figures')).toEqual([]);
});

describeWithDemoData("a plan's aims over HTTP", (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers the Police and Crime Plan's 21 aims, a 404 for a plan that does not exist and a 400 for an id that is not one", async () => {
    const plan = (await listPlans(ctx())).plans.find((p) => p.key === 'police-and-crime-plan-2017-21');
    const answer = await app.inject({ method: 'GET', url: `/api/plans/${plan?.id ?? 0}/aims` });
    expect(answer.statusCode).toBe(200);
    const body = answer.json<{ aims: { measures: unknown[] }[] }>();
    expect(body.aims).toHaveLength(21);
    expect(body.aims.every((aim) => aim.measures.length > 0)).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/plans/999999/aims' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/plans/police/aims' })).statusCode).toBe(400);
  });
});
