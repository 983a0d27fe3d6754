import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addDays } from '../../domain/calendar/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

interface HistoryAnswer {
  entries: { sequence: number; actor: string; entityType: string; entityId: string; occurredAt: string }[];
  total: number;
  page: number;
  pageSize: number;
}

describeWithDemoData('the audit history over HTTP, a page at a time', (ctx) => {
  let app: FastifyInstance;
  let caller: { cookies: Record<string, string>; headers: Record<string, string> };
  const read = async (query: string) => {
    const answer = await app.inject({ method: 'GET', url: `/api/audit?${query}`, ...caller });
    return { status: answer.statusCode, body: answer.json<HistoryAnswer>() };
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

  it('gives the newest changes first, pages that neither overlap nor skip, and the count of all', async () => {
    const first = await read('pageSize=2');
    const second = await read('pageSize=2&page=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(first.body.total).toBeGreaterThan(4);
    const sequences = [...first.body.entries, ...second.body.entries].map((e) => e.sequence);
    expect(sequences).toHaveLength(4);
    expect([...sequences].sort((a, b) => b - a)).toEqual(sequences);
    expect(new Set(sequences).size).toBe(4);
    // The newest change of all is the sign-in's account or the last account added.
    const everything = await read('pageSize=200');
    expect(first.body.entries[0]?.sequence).toBe(Math.max(...everything.body.entries.map((e) => e.sequence)));
  });

  it('narrows to one kind of record, one person and a span of days, counting only what matches', async () => {
    const users = await read('entityType=user&pageSize=200');
    const names = users.body.entries.map((e) => e.entityId);
    expect(names).toEqual(expect.arrayContaining(['history.one', 'history.two', 'history.three']));
    expect(users.body.total).toBe(users.body.entries.length);
    expect(users.body.entries.every((e) => e.entityType === 'user')).toBe(true);

    const actor = users.body.entries[0]!.actor;
    const byActor = await read(`actor=${encodeURIComponent(actor)}&pageSize=200`);
    expect(byActor.body.entries.every((e) => e.actor === actor)).toBe(true);
    expect((await read('actor=nobody.at.all')).body).toMatchObject({ total: 0, entries: [] });

    const today = users.body.entries[0]!.occurredAt.slice(0, 10);
    expect((await read(`entityType=user&from=${today}&to=${today}`)).body.total).toBe(users.body.total);
    expect((await read(`entityType=user&from=${addDays(today, 1)}`)).body.total).toBe(0);
    expect((await read(`entityType=user&to=${addDays(today, -1)}`)).body.total).toBe(0);
  });

  it('answers a page past the end with no entries, and refuses nonsense with a 400', async () => {
    expect((await read('pageSize=200&page=100000')).body.entries).toEqual([]);
    for (const query of ['page=0', 'pageSize=201', 'pageSize=x', 'from=2018-02-30', 'colour=blue'])
      expect((await read(query)).status, query).toBe(400);
  });
});
