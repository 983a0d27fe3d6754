import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const FILE = '2018-04-dorset-stop-and-search.csv';

function searches(count: number): string {
  const row =
    'Person search,2018-04-03T09:00:00+00:00,False,,50.7,-2.4,Male,over 34,White - English,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Community resolution,False,False';
  const lines = [POLICE_UK_LAYOUTS['stop-and-search'].join(','), ...Array.from({ length: count }, () => row)];
  return Buffer.from(lines.map((line) => `${line}\n`).join('')).toString('base64');
}

describeWithCrimeDataBasics('uploading a police.uk file smaller than its held slice', (ctx) => {
  let app: FastifyInstance;
  let loader: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'loader', role: 'performance', password: 'harbour kettle violet' });
    const session = await signIn(ctx(), { username: 'loader', password: 'harbour kettle violet', client: '10.1.1.2' });
    loader = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/crime-data/police-uk',
      ...loader,
      payload: { fileName: FILE, ...payload },
    });

  it('is refused with both row counts unless acceptSmaller is true, which must be a boolean', async () => {
    expect((await upload({ contentBase64: searches(10) })).statusCode).toBe(200);
    const refused = await upload({ contentBase64: searches(2) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ detail: string }>().detail).toMatch(
      /the slice held has 10 rows \(from 2018-04-dorset-stop-and-search\.csv\) and this file has 2 rows, under 80%/,
    );
    const wrongType = await upload({ contentBase64: searches(2), acceptSmaller: 'yes' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json<{ detail: string }>().detail).toContain('acceptSmaller');
    const accepted = await upload({ contentBase64: searches(2), acceptSmaller: true });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ loaded: 1, rowsLoaded: 2 });
  });
});
