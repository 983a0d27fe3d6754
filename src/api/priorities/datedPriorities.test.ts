import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { recordPrioritySet } from '../../services/index.js';
import { buildServer } from '../server.js';

const NOTE = "Havering's priorities changed on 1 October 2018: robbery counts as a priority from October 2018.";

describeWithDemoData('the priority routes say when a set changed within the months asked for', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await recordPrioritySet(ctx(), {
      boroughCode: 'havering',
      year: '2018-19',
      priorities: [
        { categoryCode: 'burglary', qualifier: null },
        { categoryCode: 'robbery', qualifier: null },
      ],
      agreedBy: 'Havering Council, East Area BCU and MOPAC',
      agreedOn: '2018-10-01',
      source: null,
      reason: 'Robbery rose in Romford town centre',
    });
    app = await buildServer(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };
  const period = encodeURIComponent('FY 2018-19 YTD 2018-12');

  it('gives the change note and the months chosen on the category scorecard and the tile map', async () => {
    const card = await get(`/api/priorities/2018-19/categories/robbery?period=${period}`);
    expect(card.status).toBe(200);
    expect((card.body.changes as { sentence: string }[]).map((c) => c.sentence)).toEqual([NOTE]);
    const havering = (card.body.boroughs as { borough: { code: string }; chosenMonths: number }[]).find(
      (b) => b.borough.code === 'havering',
    );
    expect(havering?.chosenMonths).toBe(3);
    const map = await get(`/api/priorities/2018-19/categories/robbery/tile-map?period=${period}`);
    expect(map.body.changes).toEqual([NOTE]);
  });

  it("keeps Havering's Q1 scorecard on its April set, burglary down 30%, with no change to tell", async () => {
    const card = await get(`/api/priorities/2018-19/boroughs/havering?period=2018-19%20Q1`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ inForce: true, notInForce: null, changes: [], set: { version: 1 } });
    const rows = card.body.priorities as {
      categoryCode: string;
      figures: { change: { current: number; previous: number } };
    }[];
    expect(rows.find((r) => r.categoryCode === 'burglary')?.figures.change).toMatchObject({
      current: 389,
      previous: 556,
    });
    expect(rows.map((r) => r.categoryCode)).not.toContain('robbery');
  });
});
