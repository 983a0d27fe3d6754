import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addDays } from '../../domain/calendar/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

interface HistoryAnswer {
  entries: { sequence: number; actor: string; entityType: string; entityId: string; occurredAt: string }[];
  total: number;
  newer: number;
  limit: number;
  next: string | null;
}

describeWithDemoData('the audit history over HTTP, a page at a time by cursor', (ctx) => {
  let app: FastifyInstance;
  let caller: { cookies: Record<string, string>; headers: Record<string, string> };
  const read = async (query: string) => {
    const answer = await app.inject({ method: 'GET', url: `/api/audit?${query}`, ...caller });
    return { status: answer.statusCode, body: answer.json<HistoryAnswer>(), link: answer.headers.link };
  };
  /** Follows the Link headers from the first page to the last, as a client would. */
  const readAllPages = async (query: string) => {
    const pages: HistoryAnswer[] = [];
    let url: string | undefined = `/api/audit?${query}`;
    while (url !== undefined) {
      const answer: LightMyRequestResponse = await app.inject({ method: 'GET', url, ...caller });
      expect(answer.statusCode).toBe(200);
      pages.push(answer.json<HistoryAnswer>());
      url = /^<([^>]+)>; rel="next"$/.exec(String(answer.headers.link ?? ''))?.[1];
    }
    return pages;
  };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'history.reader', role: 'performance', password: 'lantern orchard pebble' });
    for (const name of ['history.one', 'history.two', 'history.three'])
      await addUser(ctx(), { username: name, role: 'viewer', password: 'lantern orchard pebble' });
    const session = await signIn(ctx(), {
      username: 'history.reader',
      password: 'lantern orchard pebble',
      client: '10.9.9.9',
    });
    caller = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 50 entries by default with a Link to the next page that keeps the filters', async () => {
    const first = await read('limit=50');
    expect(first.status).toBe(200);
    expect(first.body.total).toBeGreaterThan(50);
    expect(first.body.entries).toHaveLength(50);
    expect(first.body.next).not.toBeNull();
    expect(first.link).toBe(`</api/audit?limit=50&cursor=${first.body.next}>; rel="next"`);
    expect((await read('')).body.entries).toHaveLength(50);

    const filtered = await read('entityType=user&limit=2');
    expect(filtered.link).toBe(`</api/audit?entityType=user&limit=2&cursor=${filtered.body.next}>; rel="next"`);
  });

  it('walks every page newest first with no entry twice and none missed, ending with no Link', async () => {
    const everything = await read('limit=200');
    const pages = await readAllPages('limit=7');
    const sequences = pages.flatMap((page) => page.entries.map((e) => e.sequence));
    expect(pages.length).toBe(Math.ceil(everything.body.total / 7));
    expect(sequences).toHaveLength(everything.body.total);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect([...sequences].sort((a, b) => b - a)).toEqual(sequences);
    expect(sequences.slice(0, everything.body.entries.length)).toEqual(everything.body.entries.map((e) => e.sequence));
    expect(pages.at(-1)?.next).toBeNull();
  });

  it('keeps its place when a change is recorded between pages: nothing repeats', async () => {
    const first = await read('limit=5');
    await addUser(ctx(), { username: 'history.late', role: 'viewer', password: 'lantern orchard pebble' });
    const second = await read(`limit=5&cursor=${first.body.next}`);
    const last = first.body.entries.at(-1)!.sequence;
    expect(second.body.entries.every((e) => e.sequence < last)).toBe(true);
    expect(second.body.entries[0]!.sequence).toBe(last - 1);
    expect(second.body.newer).toBe(first.body.newer + 5 + 1);
  });

  it('narrows to one kind of record, one person and a span of days, counting only what matches', async () => {
    const users = await read('entityType=user&limit=200');
    const names = users.body.entries.map((e) => e.entityId);
    expect(names).toEqual(expect.arrayContaining(['history.one', 'history.two', 'history.three']));
    expect(users.body.total).toBe(users.body.entries.length);
    expect(users.body.entries.every((e) => e.entityType === 'user')).toBe(true);
    expect(users.link).toBeUndefined();

    const actor = users.body.entries[0]!.actor;
    const byActor = await read(`actor=${encodeURIComponent(actor)}&limit=200`);
    expect(byActor.body.entries.every((e) => e.actor === actor)).toBe(true);
    expect((await read('actor=nobody.at.all')).body).toMatchObject({ total: 0, entries: [], next: null });

    // The entries may straddle midnight (a run started late in the day), so count each end's day.
    const newestDay = users.body.entries[0]!.occurredAt.slice(0, 10);
    const oldestDay = users.body.entries.at(-1)!.occurredAt.slice(0, 10);
    const onNewestDay = users.body.entries.filter((e) => e.occurredAt.startsWith(newestDay)).length;
    expect((await read(`entityType=user&from=${newestDay}&to=${newestDay}`)).body.total).toBe(onNewestDay);
    expect((await read(`entityType=user&from=${oldestDay}&to=${newestDay}`)).body.total).toBe(users.body.total);
    expect((await read(`entityType=user&from=${addDays(newestDay, 1)}`)).body.total).toBe(0);
    expect((await read(`entityType=user&to=${addDays(oldestDay, -1)}`)).body.total).toBe(0);
  });

  it('refuses a forged or foreign cursor and other nonsense with a 400 naming the field', async () => {
    const forged = Buffer.from(JSON.stringify(['audit', -3])).toString('base64url');
    const foreign = Buffer.from(JSON.stringify(['findings', 10])).toString('base64url');
    for (const query of [`cursor=${forged}`, `cursor=${foreign}`, 'cursor=not*base64', 'cursor=e30']) {
      const answer = await read(query);
      expect(answer.status, query).toBe(400);
      expect(JSON.stringify(answer.body), query).toContain('query.cursor');
    }
    for (const query of ['limit=0', 'limit=201', 'limit=x', 'page=2', 'from=2018-02-30', 'colour=blue'])
      expect((await read(query)).status, query).toBe(400);
  });
});
