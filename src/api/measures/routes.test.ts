import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';
import type { z } from 'zod';
import type { measureComparison, measureObservations, measureSeries, observationImport } from './schemas.js';

/*
 * Every answer these tests receive is checked against its route's response schema by the server
 * the tests build (BLUELAMP_VALIDATE_RESPONSES), so a field the schema leaves out or gets wrong
 * turns the answer into a 500 and the test fails on its status.
 */

const PLAN = 'Met Business Plan 2018-19';
const csvBase64 = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`).toString('base64');

describeWithDemoData('measure figures by source and vintage over HTTP', (ctx) => {
  let app: FastifyInstance;
  let analyst: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'figures', role: 'performance', password: 'harbour kettle violet' });
    const session = await signIn(ctx(), { username: 'figures', password: 'harbour kettle violet', client: '10.1.1.2' });
    analyst = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  const compare = async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/measures/crime-total/compare?area=London&period=2017-18',
    });
    expect(answer.statusCode).toBe(200);
    return answer.json<z.infer<typeof measureComparison>>();
  };

  it('answers a comparison with the data and the published figures side by side, labelled, with the difference', async () => {
    const result = await compare();
    const data = result.sources.find((s) => s.source.kind === 'data');
    const plan = result.sources.find((s) => s.source.name === PLAN);
    expect(data?.source.label).toBe('Data: recorded crime counts loaded into Bluelamp');
    expect(data?.current.files.some((file) => file.startsWith('MPS_Borough_Level_Crime'))).toBe(true);
    expect(plan).toMatchObject({
      source: { kind: 'published', label: `Published: ${PLAN}`, synthetic: false },
      current: { value: 827_225, asAt: '2018-06-30' },
      previous: { value: 777_458, asAt: '2018-06-30' },
    });
    const headline = result.sources.find((s) => s.headline);
    expect(headline?.source.name).toBe(result.headline.name);
    expect(plan?.differenceFromHeadline).toEqual({
      current: 827_225 - (headline?.current.value ?? 0),
      previous: 777_458 - (headline?.previous.value ?? 0),
    });
  });

  it('loads an older vintage beside the newer figure, says so, and the comparison still shows the newer', async () => {
    const upload = await app.inject({
      method: 'POST',
      url: '/api/measures/observations',
      ...analyst,
      payload: {
        fileName: 'plan-draft.csv',
        format: 'csv',
        contentBase64: csvBase64('Measure,Area,Period,Value', 'crime-total,London,2017-18,826000'),
        source: PLAN,
        asAt: '2018-04-30',
      },
    });
    expect(upload.statusCode).toBe(200);
    expect(upload.json<z.infer<typeof observationImport>>()).toMatchObject({
      rows: 1,
      added: 0,
      earlierVintages: 1,
      earlier: [{ row: 2, asAt: '2018-04-30', value: 826_000, newer: { asAt: '2018-06-30', value: 827_225 } }],
      dryRun: false,
    });
    const plan = (await compare()).sources.find((s) => s.source.name === PLAN);
    expect(plan?.current).toMatchObject({ value: 827_225, asAt: '2018-06-30', earlierVintages: 1 });

    const listed = await app.inject({ method: 'GET', url: '/api/measures/crime-total/observations?area=London' });
    expect(listed.statusCode).toBe(200);
    const vintages = listed
      .json<z.infer<typeof measureObservations>>()
      .observations.filter((o) => o.period === 'FY 2017-18');
    expect(vintages.map((o) => [o.value, o.source, o.asAt, o.standing])).toEqual([
      [827_225, PLAN, '2018-06-30', 'shown'],
      [826_000, PLAN, '2018-04-30', 'earlier-vintage'],
    ]);
    expect(vintages[1]?.loadedFrom).toBe('plan-draft.csv');
  });

  it("answers the series with the data's files and each published year beside the data's own figure", async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/measures/crime-total/series?area=London' });
    expect(answer.statusCode).toBe(200);
    const series = answer.json<z.infer<typeof measureSeries>>();
    expect(series.data?.files.length).toBeGreaterThan(0);
    const year = series.years.find((y) => y.label === '2017-18');
    const published = series.published.find((p) => p.period === 'FY 2017-18' && p.source === PLAN);
    expect(published).toMatchObject({ value: 827_225, asAt: '2018-06-30', earlierVintages: 1 });
    expect(published?.data).toBe(year?.value ?? null);
    expect(published?.difference).toBe(year === undefined ? null : 827_225 - year.value);
  });

  it('refuses an import with a bad as-at date or format with a 400 naming the field', async () => {
    const payload = {
      fileName: 'x.csv',
      format: 'csv',
      contentBase64: csvBase64('Measure,Area,Period,Value', 'crime-total,London,2017-18,1'),
    };
    const badDate = await app.inject({
      method: 'POST',
      url: '/api/measures/observations',
      ...analyst,
      payload: { ...payload, asAt: '2018-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ detail: string }>().detail).toContain('body.asAt');
    const badFormat = await app.inject({
      method: 'POST',
      url: '/api/measures/observations',
      ...analyst,
      payload: { ...payload, format: 'ods' },
    });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json<{ detail: string }>().detail).toContain('body.format');
  });
});
