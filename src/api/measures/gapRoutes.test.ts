import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { GROUP_GAP_FIXTURE as F } from '../../../test/support/groupGapFixtures.js';
import { importObservations } from '../../services/measures/importObservations.js';
import { buildServer } from '../server.js';
import type { groupGapsResponse } from './gapRoutes.js';

// The server these tests build checks every answer against its response schema.
describeWithDemoData('gaps between groups over HTTP', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer(ctx());
    await importObservations(ctx(), {
      fileName: F.fileName,
      format: 'csv',
      content: Buffer.from(F.csv),
      source: F.source,
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (query: string) => app.inject({ method: 'GET', url: `/api/measures/${F.measure}/gaps?${query}` });

  it('answers every group, its gap to the reference and whether it narrowed', async () => {
    const answer = await get(`group=ethnicity&reference=White&area=sutton&period=${F.later}&against=${F.earlier}`);
    expect(answer.statusCode).toBe(200);
    const body = answer.json<z.infer<typeof groupGapsResponse>>();
    expect(body.groups.map((g) => [g.group, g.change?.outcome ?? null])).toEqual([
      ['White', null],
      ['Black', 'narrowed'],
      ['Asian', 'no-clear-change'],
      ['Other', 'not-tested'],
    ]);
    expect(body.period).toMatchObject({ label: 'R12 Quarter 4 2013/14', source: F.source, synthetic: false });
  });

  it('refuses bad input with 400 and names what is missing with 404', async () => {
    expect((await get('reference=White')).statusCode).toBe(400);
    expect((await get('group=ethnicity&period=soon')).statusCode).toBe(400);
    expect((await get('group=ethnicity&colour=blue')).statusCode).toBe(400);
    const noReference = await get(`group=ethnicity&area=sutton&reference=Mixed`);
    expect(noReference.statusCode).toBe(404);
    const problem = noReference.json<{ detail: string; field: string }>();
    expect(problem.field).toBe('reference');
    expect(problem.detail).toContain('no figure for the reference group "Mixed"');
    const noMeasure = await app.inject({ method: 'GET', url: '/api/measures/no-such/gaps?group=ethnicity' });
    expect(noMeasure.statusCode).toBe(404);
  });

  it('serves the template for results by group as a CSV download', async () => {
    const answer = await app.inject({ method: 'GET', url: '/api/observation-template/by-group' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.body).toContain('ethnicity: Asian,1824,2400,2400,1.3');
  });
});
