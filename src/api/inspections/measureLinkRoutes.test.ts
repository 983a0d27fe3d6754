import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const FINDING = '/api/findings/peel-2018-19-met';

describeWithDemoData('the measures a finding names, over HTTP', (ctx) => {
  let app: FastifyInstance;
  let session: { cookies: Record<string, string>; headers: Record<string, string> };
  const send = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, ...session, ...(payload === undefined ? {} : { payload }) });

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'perf.measures', role: 'performance', password: PASSWORD });
    const signedIn = await signIn(ctx(), { username: 'perf.measures', password: PASSWORD, client: '10.1.1.3' });
    session = { cookies: { bluelamp_session: signedIn.token }, headers: { 'x-csrf-token': signedIn.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('links and unlinks a measure, answering 409 for a second link and 404 for a second unlink', async () => {
    const linked = await send('POST', `${FINDING}/TWF-AFI-4/measures`, { measure: 'crime-total' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toEqual({
      linked: { inspection: 'peel-2018-19-met', ref: 'TWF-AFI-4', measure: 'crime-total' },
    });
    expect((await send('POST', `${FINDING}/TWF-AFI-4/measures`, { measure: 'crime-total' })).statusCode).toBe(409);
    const page = await app.inject({ method: 'GET', url: `${FINDING}/TWF-AFI-4` });
    expect(page.statusCode).toBe(200);
    expect(page.json<{ measures: { code: string; source: string }[] }>().measures).toEqual([
      expect.objectContaining({ code: 'crime-total', source: 'Metropolitan Police Service recorded crime' }),
    ]);
    expect((await send('DELETE', `${FINDING}/TWF-AFI-4/measures/crime-total`)).statusCode).toBe(200);
    expect((await send('DELETE', `${FINDING}/TWF-AFI-4/measures/crime-total`)).statusCode).toBe(404);
  });

  it('answers 400 for a malformed measure code or a stray field, and 404 for an unknown measure or finding', async () => {
    const malformed = await send('POST', `${FINDING}/TWF-AFI-4/measures`, { measure: 'Vetting Backlog!' });
    expect(malformed.statusCode).toBe(400);
    expect((await send('POST', `${FINDING}/TWF-AFI-4/measures`, { measure: 'crime-total', extra: 1 })).statusCode).toBe(
      400,
    );
    expect((await send('POST', `${FINDING}/TWF-AFI-4/measures`, {})).statusCode).toBe(400);
    const unknown = await send('POST', `${FINDING}/TWF-AFI-4/measures`, { measure: 'no-such-measure' });
    expect(unknown.statusCode).toBe(404);
    expect((await send('POST', `${FINDING}/NOPE-1/measures`, { measure: 'crime-total' })).statusCode).toBe(404);
  });

  it('lists each finding’s figures in the readiness answer', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/inspections/peel-2018-19-met/readiness?on=2020-10-01',
    });
    const body = answer.json<{ components: { findingFigures: { findingRef: string; figuresLabel: string }[] }[] }>();
    const figures = body.components.flatMap((c) => c.findingFigures);
    expect(figures.find((f) => f.findingRef === 'ELB-CoC-1')?.figuresLabel).toBe('No figures yet');
    expect(figures.find((f) => f.findingRef === 'TWF-AFI-4')?.figuresLabel).toBe('No measures named');
  });
});
