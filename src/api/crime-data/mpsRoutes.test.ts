import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { wardFixture, wardFixtureWithProblems } from '../../../test/support/mpsCrimeFixtures.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

describeWithCrimeDataBasics('MPS files and the taxonomy mappings over HTTP', (ctx) => {
  let app: FastifyInstance;
  let analyst: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'loader', role: 'performance', password: 'harbour kettle violet' });
    const session = await signIn(ctx(), { username: 'loader', password: 'harbour kettle violet', client: '10.1.1.2' });
    analyst = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  const check = (text: string, more: Record<string, unknown> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/crime-data/mps-borough/check',
      ...analyst,
      payload: { fileName: 'wards.csv', contentBase64: Buffer.from(text).toString('base64'), ...more },
    });

  it('checks a ward file, answering every problem as data and writing nothing', async () => {
    const bad = await check(wardFixtureWithProblems());
    expect(bad.statusCode).toBe(200);
    const body = bad.json<{
      level: string;
      problems: { file: string; row: number; column: string | null; problem: string }[];
    }>();
    expect(body.level).toBe('ward');
    expect(body.problems.map((p) => [p.row, p.column])).toEqual([
      [6, '202406'],
      [7, 'LookUp_BoroughName'],
      [8, 'MinorText'],
      [9, 'WardCode'],
      [10, 'WardCode'],
      [11, null],
    ]);
    const good = await check(wardFixture(), { wardBoundariesFrom: '2022-05-05' });
    expect(good.json()).toMatchObject({
      problems: [],
      areas: { others: ['Heathrow and London City airports'], wards: 6, wardsCreated: 6 },
      wardBoundariesFrom: '2022-05-05',
    });
    const counts = await ctx().store.db.selectFrom('crime_counts').select('id').limit(1).execute();
    expect(counts).toEqual([]);
  });

  it('loads a ward file, answering which areas it loaded, and maps a name in every vintage that has it', async () => {
    const loaded = await app.inject({
      method: 'POST',
      url: '/api/crime-data/mps-borough',
      ...analyst,
      payload: { fileName: 'wards.csv', contentBase64: Buffer.from(wardFixture()).toString('base64') },
    });
    expect(loaded.statusCode).toBe(200);
    expect(loaded.json()).toMatchObject({
      level: 'ward',
      areas: {
        boroughs: ['Camden', 'Hillingdon', 'Newham'],
        others: ['Heathrow and London City airports'],
        wardsCreated: 6,
      },
      wardBoundariesFrom: '2022-05-05',
    });
    const mapped = await app.inject({
      method: 'PUT',
      url: '/api/crime-categories/mappings',
      ...analyst,
      payload: {
        source: 'mps-recent',
        major: 'Sexual Offences',
        minor: 'Rape',
        categoryCode: 'rape',
        reason: 'Unchanged',
      },
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json<{ sources: string[] }>().sources.sort()).toEqual(['mps-historic', 'mps-recent']);
  });

  it('refuses a boundary day that is not a date, and a caller who is not signed in', async () => {
    const badDate = await check(wardFixture(), { wardBoundariesFrom: '2022-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ detail: string }>().detail).toContain('wardBoundariesFrom');
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/crime-data/mps-borough/check',
      payload: { fileName: 'x.csv', contentBase64: '' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists the mappings to anyone', async () => {
    const listed = await app.inject({ method: 'GET', url: '/api/crime-categories/mappings' });
    expect(listed.statusCode).toBe(200);
    const { mappings } = listed.json<{ mappings: { minor: string | null; categoryName: string }[] }>();
    expect(mappings.find((m) => m.minor === 'RES BURGLARY OF A HOME')?.categoryName).toBe('Residential burglary');
  });

  it('changes the names a unit goes by and whether it is in the force total', async () => {
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/organisation/units/airports',
      ...analyst,
      payload: { aliases: ['Aviation Security (SO18)'], inForceTotal: true, reason: 'Current files only' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      code: 'airports',
      aliases: ['Aviation Security (SO18)'],
      inForceTotal: true,
    });
    const unit = await app.inject({ method: 'GET', url: '/api/organisation/units/airports' });
    expect(unit.json()).toMatchObject({ kind: 'airports', aliases: ['Aviation Security (SO18)'], inForceTotal: true });
    const refused = await app.inject({
      method: 'PATCH',
      url: '/api/organisation/units/airports',
      ...analyst,
      payload: { aliases: [''] },
    });
    expect(refused.statusCode).toBe(400);
  });
});
