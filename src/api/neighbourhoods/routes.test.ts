import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { countRows } from '../../store/index.js';
import { buildServer } from '../server.js';

const POSTS = 'Borough,Ward,Ward code,Role,Establishment,Actual,As at';
const ABSTRACTIONS = 'Borough,Ward,Role,Date,Hours,Reason,Note';
const base64 = (...lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64');

describeWithDemoData('checking and loading ward files over HTTP', (ctx) => {
  let app: FastifyInstance;
  const sessions: Record<string, { cookies: Record<string, string>; headers: Record<string, string> }> = {};
  beforeAll(async () => {
    app = await buildServer(ctx());
    for (const role of ['performance', 'viewer'] as const) {
      await addUser(ctx(), { username: `ward-${role}`, role, password: 'harbour kettle violet' });
      const session = await signIn(ctx(), {
        username: `ward-${role}`,
        password: 'harbour kettle violet',
        client: '10.1.1.3',
      });
      sessions[role] = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (url: string, contentBase64: string, role = 'performance') =>
    app.inject({ method: 'POST', url, ...sessions[role], payload: { fileName: 'posts.csv', contentBase64 } });

  it('checks a posts file, answering the problems of its cells and of its boroughs in one pass, and writes nothing', async () => {
    const before = await countRows(ctx().store.db, 'ward_posts');
    const bad = await post(
      '/api/neighbourhoods/posts/check',
      base64(
        POSTS,
        'Camden,Camden ward 1,,PCSO,1,0,2018-12-31',
        'Atlantis,Harbour,,DWO,2,2,2018-12-31',
        'Camden,Camden ward 2,,DWO,two,2,2018-12-31',
      ),
    );
    expect(bad.statusCode).toBe(200);
    const refused = bad.json<{
      rows: number;
      problems: { file: string; row: number; column: string; problem: string }[];
    }>();
    expect(refused.rows).toBe(0);
    expect(refused.problems.map((p) => [p.file, p.row, p.column])).toEqual([
      ['posts.csv', 3, 'Borough'],
      ['posts.csv', 4, 'Establishment'],
    ]);
    expect(refused.problems[0]?.problem).toBe('"Atlantis" is not one of the force\'s boroughs');
    const good = await post(
      '/api/neighbourhoods/posts/check',
      base64(POSTS, 'Camden,Camden ward 1,,PCSO,1,0,2018-12-31'),
    );
    expect(good.json()).toEqual({ fileName: 'posts.csv', rows: 1, problems: [] });
    expect(await countRows(ctx().store.db, 'ward_posts')).toBe(before);
  });

  it('says an abstractions file already loaded would count twice, before a second load is tried', async () => {
    const file = base64(ABSTRACTIONS, 'Camden,Camden ward 1,DWO,2018-12-03,7.5,Court,');
    const first = await post('/api/neighbourhoods/abstractions/check', file);
    expect(first.json()).toMatchObject({ rows: 1, problems: [] });
    expect((await post('/api/neighbourhoods/abstractions', file)).statusCode).toBe(200);
    const again = await post('/api/neighbourhoods/abstractions/check', file);
    const twice = again.json<{
      rows: number;
      problems: { row: number | null; column: string | null; problem: string }[];
    }>();
    expect(twice.problems.map((p) => [p.row, p.column])).toEqual([[null, null]]);
    expect(twice.problems[0]?.problem).toContain('loading them again would count them twice');
  });

  it('refuses a check to a viewer and a file that is not base64', async () => {
    const file = base64(POSTS, 'Camden,Camden ward 1,,PCSO,1,0,2018-12-31');
    expect((await post('/api/neighbourhoods/posts/check', file, 'viewer')).statusCode).toBe(403);
    expect((await post('/api/neighbourhoods/abstractions/check', file, 'viewer')).statusCode).toBe(403);
    expect((await post('/api/neighbourhoods/posts/check', 'not base64!')).statusCode).toBe(400);
  });
});
