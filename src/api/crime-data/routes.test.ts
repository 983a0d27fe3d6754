import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const FILE = '2018-06-city-of-london-stop-and-search.csv';

describeWithDemoData('police.uk over HTTP', (ctx) => {
  let app: FastifyInstance;
  let analyst: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'loader', role: 'performance', password: 'harbour kettle violet' });
    const session = await signIn(ctx(), { username: 'loader', password: 'harbour kettle violet', client: '10.1.1.1' });
    analyst = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads an uploaded file into its slice, and the manifest and scrutiny show it', async () => {
    const content = fs.readFileSync(sharedDataFile('police-uk', FILE));
    const upload = await app.inject({
      method: 'POST',
      url: '/api/crime-data/police-uk',
      ...analyst,
      payload: { fileName: FILE, contentBase64: content.toString('base64') },
    });
    expect(upload.statusCode).toBe(200);
    const rows = content.toString('utf8').trim().split('\n').length - 1;
    expect(upload.json()).toMatchObject({ loaded: 1, rowsLoaded: rows });
    // The demo holds the City's nine months of street and stop-and-search files; the upload replaces one of them.
    const slices = await app.inject({ method: 'GET', url: '/api/police-uk/slices?force=city-of-london', ...analyst });
    const held = slices.json<{ slices: { month: string; layout: string; rowsLoaded: number; fileName: string }[] }>();
    expect(held.slices).toHaveLength(18);
    expect(held.slices.filter((s) => s.month === '2018-06' && s.layout === 'stop-and-search')).toEqual([
      expect.objectContaining({ fileName: FILE, rowsLoaded: rows }),
    ]);
    const view = await app.inject({
      method: 'GET',
      url: '/api/stop-and-search/city-of-london?from=2018-06&to=2018-06',
    });
    expect(view.json()).toMatchObject({ searches: rows, firstMonth: '2018-06', lastMonth: '2018-06' });
  });

  it('refuses a file named unlike police.uk files, and bad months and forces, with a 4xx naming the field', async () => {
    const badName = await app.inject({
      method: 'POST',
      url: '/api/crime-data/police-uk',
      ...analyst,
      payload: { fileName: 'searches.csv', contentBase64: Buffer.from('Type\n').toString('base64') },
    });
    expect(badName.statusCode).toBe(400);
    expect(badName.json<{ detail: string }>().detail).toContain('does not say force, month and layout');
    const badMonth = await app.inject({ method: 'GET', url: '/api/stop-and-search/metropolitan?from=2018-13' });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json<{ detail: string }>().detail).toContain('query.from');
    const unknown = await app.inject({ method: 'GET', url: '/api/stop-and-search/atlantis' });
    expect(unknown.statusCode).toBe(404);
    const backwards = await app.inject({
      method: 'GET',
      url: '/api/stop-and-search/city-of-london?from=2018-07&to=2018-06',
    });
    expect(backwards.statusCode).toBe(400);
  });
});
