import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import yazl from 'yazl';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const SEARCH =
  'Person search,2018-04-03T09:00:00+00:00,False,,50.7,-2.4,Male,over 34,White - English,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Community resolution,False,False';

async function archive(): Promise<string> {
  const zip = new yazl.ZipFile();
  const lines = [POLICE_UK_LAYOUTS['stop-and-search'].join(','), SEARCH, SEARCH, SEARCH];
  zip.addBuffer(Buffer.from(lines.map((line) => `${line}\n`).join('')), '2018-04/2018-04-dorset-stop-and-search.csv');
  zip.addBuffer(Buffer.from('Borough,Count\nA,1\n'), '2018-04/2018-04-dorset-street.csv');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('base64');
}

describeWithCrimeDataBasics('uploading a police.uk archive', (ctx) => {
  let app: FastifyInstance;
  let loader: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'zip-loader', role: 'performance', password: 'harbour kettle violet' });
    const session = await signIn(ctx(), {
      username: 'zip-loader',
      password: 'harbour kettle violet',
      client: '10.1.1.4',
    });
    loader = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads each slice of the archive on its own, naming entries after the uploaded file and never a server path', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/crime-data/police-uk',
      ...loader,
      payload: { fileName: 'police-uk-2018-04.zip', contentBase64: await archive() },
    });
    expect(answer.statusCode).toBe(200);
    const body = answer.json<{
      loaded: number;
      refused: number;
      slices: { file: string; outcome: string; rowsLoaded: number; problems: { file: string; row: number | null }[] }[];
    }>();
    expect(body).toMatchObject({ loaded: 1, refused: 1 });
    expect(body.slices.map((s) => [s.file, s.outcome, s.rowsLoaded])).toEqual([
      ['police-uk-2018-04.zip:2018-04/2018-04-dorset-stop-and-search.csv', 'loaded', 3],
      ['police-uk-2018-04.zip:2018-04/2018-04-dorset-street.csv', 'refused', 0],
    ]);
    expect(body.slices[1]?.problems[0]?.file).toBe('police-uk-2018-04.zip:2018-04/2018-04-dorset-street.csv');
    expect(answer.body).not.toContain(os.tmpdir());
    const manifest = await app.inject({ method: 'GET', url: '/api/police-uk/slices?force=dorset', ...loader });
    expect(manifest.json<{ slices: { fileName: string }[] }>().slices.map((s) => s.fileName)).toEqual([
      'police-uk-2018-04.zip:2018-04/2018-04-dorset-stop-and-search.csv',
    ]);
  });
});
