import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { PEEL_SOURCE, resourceMeasures, resourceObservations } from '../../../demo/measures/resources.js';
import { demoMeasures } from '../../../demo/measures.js';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { insertMeasureDefinitions, listMeasureDefinitions, upsertObservations } from '../../store/index.js';
import { buildServer } from '../server.js';
import type { resourcesResponse } from './resourceRoutes.js';

type Resources = z.infer<typeof resourcesResponse>;
const PLAN = 'Met Business Plan 2018-19';

it('files every demo resource figure under a measure the demo defines', () => {
  const codes = new Set(demoMeasures.map((m) => m.code));
  expect(resourceObservations.filter((o) => !codes.has(o.measureCode))).toEqual([]);
  expect(resourceMeasures.every((m) => m.kind === 'finance' || m.kind === 'workforce')).toBe(true);
});

// The demo's resource measures and figures, with one performance measure beside them, on a fresh database.
describeOnBothDatabases('the force resources over HTTP', (store) => {
  let app: FastifyInstance;
  const ctx = () => testContext(store());
  beforeAll(async () => {
    const crimeTotal = demoMeasures.filter((m) => m.code === 'crime-total');
    const officerShares = demoMeasures.filter(
      (m) => m.code === 'female-officers-share' || m.code === 'bame-officers-share',
    );
    await insertMeasureDefinitions(store().db, [...crimeTotal, ...resourceMeasures, ...officerShares]);
    await upsertObservations(store().db, resourceObservations, '2026-11-22T09:00:00Z');
    app = await buildServer(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  const get = async (url: string) => {
    const answer = await app.inject({ method: 'GET', url });
    expect(answer.statusCode).toBe(200);
    return answer.json<Resources>();
  };

  it('stores each measure kind and reads it back, performance where none was given', async () => {
    const kinds = new Map((await listMeasureDefinitions(ctx().store.db)).map((m) => [m.code, m.kind]));
    expect(kinds.get('revenue-budget')).toBe('finance');
    expect(kinds.get('police-officers-fte')).toBe('workforce');
    expect(kinds.get('crime-total')).toBe('performance');
  });

  it('reads a measure written without a kind, as every measure before migration 0024 was, as performance', async () => {
    await store()
      .db.insertInto('measures')
      .values({
        code: 'older-measure',
        name: 'Older measure',
        definition: 'Written before kinds existed.',
        unit: 'count',
        unit_words: 'offences',
        polarity: 'lower-is-better',
        frequency: 'monthly',
        source: 'Test',
        area_kinds_json: '["force"]',
        breakdowns_json: '[]',
        target_json: null,
        crime_category: null,
        aims_json: '[]',
        position: 999,
      })
      .execute();
    const older = (await listMeasureDefinitions(store().db)).find((m) => m.code === 'older-measure');
    expect(older?.kind).toBe('performance');
    const { finance, workforce } = await get('/api/resources');
    expect([...finance, ...workforce].some((f) => f.measureCode === 'older-measure')).toBe(false);
  });

  it("gives the business plan's budget, savings, capital and reserves in pounds with their years and source", async () => {
    const { finance } = await get('/api/resources');
    const figure = (code: string, period: string) =>
      finance.find((f) => f.measureCode === code && f.period === period && f.source === PLAN);
    expect(figure('revenue-budget', 'FY 2018-19')).toMatchObject({
      value: 3_331_000_000,
      unit: 'pounds',
      periodLabel: '2018-19',
      status: 'final',
      asAt: '2018-06-30',
      synthetic: false,
    });
    expect(figure('savings-required', 'FY 2019-20 to FY 2022-23')).toMatchObject({
      value: 250_000_000,
      periodLabel: '2019-20 to 2022-23',
    });
    expect(figure('savings-delivered', 'FY 2012-13 to FY 2018-19')?.value).toBe(720_000_000);
    expect(figure('capital-programme', 'FY 2018-19 to FY 2021-22')?.value).toBe(1_240_000_000);
    expect(figure('reserves', 'FY 2014-15')?.value).toBe(420_000_000);
    expect(figure('reserves', 'FY 2022-23')).toMatchObject({ value: 64_000_000, status: 'provisional' });
    expect(finance.some((f) => f.measureCode === 'crime-total')).toBe(false);
  });

  it('gives headcounts and full-time equivalents, and the workforce beside London by ethnicity', async () => {
    const { workforce } = await get('/api/resources');
    const value = (code: string, source: string, period = 'FY 2018-19') =>
      workforce.find(
        (f) => f.measureCode === code && f.source === source && f.period === period && f.areaCode === 'MPS',
      )?.value;
    const headcounts = ['police-officers', 'pcsos', 'police-staff', 'special-constables'].map((c) => value(c, PLAN));
    expect(headcounts).toEqual([30_000, 1_300, 8_500, 2_200]);
    expect(value('police-officers-fte', PEEL_SOURCE)).toBe(30_435);
    expect(value('police-officers-fte', PEEL_SOURCE, 'FY 2013-14')).toBe(30_932);
    expect(value('workforce-bame-share', PEEL_SOURCE)).toBe(18.4);
    expect(value('population-bame-share', PEEL_SOURCE)).toBe(40.2);
  });

  it("gives only an inspection report's figures when asked by its source line", async () => {
    const { finance, workforce } = await get(`/api/resources?source=${encodeURIComponent(PEEL_SOURCE)}`);
    const all = [...finance, ...workforce];
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((f) => f.source === PEEL_SOURCE && f.asAt === '2019-09-01')).toBe(true);
  });

  it('refuses a question it does not know with 400, not 500', async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/resources?area=London' });
    expect(answer.statusCode).toBe(400);
  });
});
