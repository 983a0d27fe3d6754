import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { parsePeriod, type PeriodKind } from '../../domain/calendar/index.js';
import { findPlanId, SCORECARD_PERIOD_KINDS } from '../../services/index.js';
import { buildServer } from '../server.js';

const FIRST_QUARTER = ['2018-19 Q1', '2018-19-Q1', 'Q1 2018-19', '2018-19Q1', 'Quarter 1, 2018-19', 'FY2018-19 Q1'];

/** The parser's own refusal, which a 400 must repeat after the field's name. */
function refusal(text: string, accept: readonly PeriodKind[]): string {
  const reading = parsePeriod(text, { accept });
  if (reading.ok) throw new Error(`"${text}" was expected to be refused`);
  return reading.problem.message;
}

describeWithDemoData('every route reads a period the same way', (ctx) => {
  let app: FastifyInstance;
  let planId: number;
  beforeAll(async () => {
    app = await buildServer(ctx());
    planId = await findPlanId(ctx(), 'met-business-plan-2018-19');
  });
  afterAll(async () => {
    await app.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
  };

  it('answers the scorecard, the milestone list and the comparison for the quarter whichever way it is written', async () => {
    const dueIn = async (due: string) => {
      const listed = await get(`/api/plans/${planId}/milestones?due=${encodeURIComponent(due)}`);
      expect(listed.status, due).toBe(200);
      return (listed.body.milestones as { ref: string }[]).map((m) => m.ref);
    };
    const expected = await dueIn('2018-19 Q1');
    expect(expected.length).toBeGreaterThan(0);
    for (const form of FIRST_QUARTER) {
      const period = encodeURIComponent(form);
      const card = await get(`/api/priorities/2018-19/categories/burglary?period=${period}`);
      expect(card.status, form).toBe(200);
      expect(card.body.periods, form).toMatchObject({ current: { period: '2018-19 Q1' } });
      expect(await dueIn(form), form).toEqual(expected);
      const compared = await get(`/api/measures/burglary/compare?area=London&period=${period}`);
      expect(compared.status, form).toBe(200);
      expect(compared.body.current, form).toMatchObject({ period: '2018-19 Q1' });
    }
  });

  it('takes the year in the path as FY2018-19 and answers with the year as the sets are kept', async () => {
    const list = await get('/api/priorities/FY2018-19');
    expect(list.status).toBe(200);
    expect(list.body.year).toBe('2018-19');
  });

  it("refuses with a 400 whose message is the parser's own, after the field's name", async () => {
    const cases: [string, string, string, readonly PeriodKind[]][] = [
      [`/api/plans/${planId}/milestones?due=2018-06`, 'query.due', '2018-06', ['quarter']],
      [
        '/api/priorities/2018-19/categories/burglary?period=R12%202018-06',
        'query.period',
        'R12 2018-06',
        SCORECARD_PERIOD_KINDS,
      ],
      ['/api/priorities/2018-20', 'path.year', '2018-20', ['financial-year']],
      [
        '/api/measures/burglary/compare?area=London&period=2018-19%20Q5',
        'query.period',
        '2018-19 Q5',
        ['month', 'quarter', 'financial-year', 'year-to-date', 'rolling-12-months', 'calendar-year'],
      ],
    ];
    for (const [url, field, text, accept] of cases) {
      const answer = await get(url);
      expect(answer.status, url).toBe(400);
      expect(answer.body, url).toMatchObject({ status: 400, field, detail: `${field} ${refusal(text, accept)}` });
    }
    expect((await get(`/api/plans/${planId}/milestones?due=2018-06`)).body).toMatchObject({
      detail:
        'query.due must be a quarter such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19, not "2018-06", which is a month',
    });
  });
});
