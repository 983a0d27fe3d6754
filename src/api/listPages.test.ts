import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { addUser, signIn } from '../services/index.js';
import { insertPublishedReport } from '../store/index.js';
import { buildOpenApiDocument } from './openapi.js';
import { encodeCursor } from './pagination.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

type Entry = Readonly<Record<string, unknown>>;
type Body = Entry | readonly Entry[];

/** Each list that pages on request: its address (with a filter where it takes one), where its entries are, their key. */
const LISTS: readonly { name: string; url: string; field: string | null; key: string }[] = [
  { name: 'findings', url: '/api/findings?kind=recommendation', field: 'findings', key: 'id' },
  { name: 'board meetings', url: '/api/board/meetings', field: 'meetings', key: 'id' },
  { name: 'police.uk slices', url: '/api/police-uk/slices', field: 'slices', key: 'id' },
  { name: 'published reports', url: '/api/reports', field: null, key: 'reportKey' },
];

const entriesOf = (body: Body, field: string | null): readonly Entry[] =>
  field === null ? (body as readonly Entry[]) : ((body as Entry)[field] as Entry[]);

interface Operation {
  readonly parameters: readonly { in: string; name: string }[];
  readonly responses: Record<string, { headers?: Record<string, unknown> }>;
}

describe('the OpenAPI document of the lists that page on request', () => {
  const document = buildOpenApiDocument(routeTable('test'), 'test') as unknown as {
    paths: Record<string, { get: Operation }>;
  };

  it('declares the optional limit and cursor and the Link header of each', () => {
    for (const path of ['/api/findings', '/api/board/meetings', '/api/police-uk/slices', '/api/reports']) {
      const operation = document.paths[path]!.get;
      const named = (name: string) => operation.parameters.find((p) => p.in === 'query' && p.name === name);
      expect(named('limit'), path).toMatchObject({ required: false, schema: { maximum: 200 } });
      expect(named('cursor'), path).toMatchObject({ required: false });
      expect(Object.keys(operation.responses['200']?.headers ?? {}), path).toContain('Link');
    }
  });
});

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;
const LINK = /^<([^>]+)>; rel="next"$/;

describeWithDemoData('the growing lists, whole or a page at a time by cursor', (ctx) => {
  let app: FastifyInstance;
  let caller: { cookies: Record<string, string>; headers: Record<string, string> };
  const get = (url: string): Promise<LightMyRequestResponse> => app.inject({ method: 'GET', url, ...caller });

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'pages.reader', role: 'performance', password: 'lantern orchard pebble' });
    const session = await signIn(ctx(), {
      username: 'pages.reader',
      password: 'lantern orchard pebble',
      client: '10.9.9.8',
    });
    caller = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
    // The demo publishes no reports; five, two published at the same moment, give pages to walk.
    for (const [index, reportKey] of [
      'q-2018-19-Q1',
      'q-2018-19-Q2',
      'q-2018-19-Q3',
      'q-2018-19-Q4',
      'q-2019-20-Q1',
    ].entries())
      await insertPublishedReport(ctx().store.db, {
        report_key: reportKey,
        kind: 'quarterly-progress',
        version: 1,
        title: `Quarterly progress ${reportKey}`,
        period: reportKey.slice(2),
        as_at: '2026-11-01',
        published_at: `2026-11-0${Math.min(index, 3) + 1}T09:00:00.000Z`,
        published_by: 'performance.lead',
        note: null,
        content_sha256: 'a'.repeat(64),
        data_sha256: 'b'.repeat(64),
        content_html: '<p>progress</p>',
        data_json: '{}',
      });
  });
  afterAll(async () => {
    await app.close();
  });

  for (const list of LISTS) {
    it(`walks the ${list.name} in pages of 2 through the same entries as the whole list, none twice`, async () => {
      const whole = await get(list.url);
      expect(whole.statusCode).toBe(200);
      expect(whole.headers.link).toBeUndefined();
      const wholeBody = whole.json<Body>();
      const everything = entriesOf(wholeBody, list.field);
      expect(everything.length, 'the demo data must hold enough to page').toBeGreaterThan(4);
      if (!Array.isArray(wholeBody)) expect(wholeBody).not.toHaveProperty('next');

      const seen: Entry[] = [];
      let url: string | undefined = withQuery(list.url, 'limit=2');
      while (url !== undefined) {
        const answer: LightMyRequestResponse = await get(url);
        expect(answer.statusCode, url).toBe(200);
        const body = answer.json<Body>();
        const page = entriesOf(body, list.field);
        seen.push(...page);
        const link = LINK.exec(String(answer.headers.link ?? ''))?.[1];
        if (link !== undefined) {
          expect(page).toHaveLength(2);
          // The filter travels with the cursor.
          for (const [name, value] of new URL(list.url, 'http://x').searchParams)
            expect(new URL(link, 'http://x').searchParams.get(name)).toBe(value);
        }
        if (!Array.isArray(body)) {
          const next = (body as Entry).next;
          if (link === undefined) expect(next).toBeNull();
          else expect(new URL(link, 'http://x').searchParams.get('cursor')).toBe(next);
        }
        url = link;
      }
      const keys = seen.map((entry) => String(entry[list.key]));
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(everything.map((entry) => String(entry[list.key])).sort());
      expect(seen).toEqual(expect.arrayContaining([...everything]));
    });

    it(`refuses a bad cursor on the ${list.name} with a 400 naming query.cursor`, async () => {
      const foreign = encodeCursor('audit', [3]);
      for (const cursor of [foreign, 'not*a*cursor', 'e30']) {
        const answer = await get(withQuery(list.url, `limit=2&cursor=${cursor}`));
        expect(answer.statusCode, cursor).toBe(400);
        expect(answer.body, cursor).toContain('query.cursor');
      }
      expect((await get(withQuery(list.url, 'limit=201'))).statusCode).toBe(400);
    });
  }

  it('gives the next cursor in the body of an object list, the same as in its Link header', async () => {
    const answer = await get('/api/board/meetings?limit=1');
    const { next } = answer.json<{ next: string }>();
    expect(answer.headers.link).toBe(`</api/board/meetings?limit=1&cursor=${next}>; rel="next"`);
  });

  it('keeps the published reports a bare array when paged, the cursor in the Link header alone', async () => {
    const answer = await get('/api/reports?limit=1');
    expect(Array.isArray(answer.json())).toBe(true);
    expect(answer.json()).toHaveLength(1);
    expect(answer.headers.link).toMatch(/^<\/api\/reports\?limit=1&cursor=[A-Za-z0-9_-]+>; rel="next"$/);
  });
});
