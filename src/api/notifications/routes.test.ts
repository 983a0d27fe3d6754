import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

type Caller = { cookies: Record<string, string>; headers: Record<string, string> };
const PASSWORD = 'harbour kettle violet';

describeWithDemoData('reminder settings and the calendar feed over HTTP', (ctx) => {
  let app: FastifyInstance;
  let owner: Caller;
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), {
      username: 'feed.owner',
      role: 'owner',
      password: PASSWORD,
      scope: ['FP'],
      email: 'fp@example.org',
    });
    const session = await signIn(ctx(), { username: 'feed.owner', password: PASSWORD, client: '10.1.1.3' });
    owner = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps the reminders a person turns off, and their choice of one message a day', async () => {
    const saved = await app.inject({
      method: 'POST',
      url: '/api/account/notifications',
      ...owner,
      payload: { digest: false, kinds: ['due-today', 'overdue'] },
    });
    expect(saved.statusCode).toBe(200);
    const read = (await app.inject({ method: 'GET', url: '/api/account/notifications', ...owner })).json<{
      email: string;
      digest: boolean;
      kinds: { kind: string; on: boolean }[];
    }>();
    expect(read.email).toBe('fp@example.org');
    expect(read.digest).toBe(false);
    expect(read.kinds.filter((k) => k.on).map((k) => k.kind)).toEqual(['due-today', 'overdue']);
  });

  it('refuses a kind of reminder that does not exist with 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/account/notifications',
      ...owner,
      payload: { digest: true, kinds: ['weekly'] },
    });
    expect(response.statusCode).toBe(400);
  });

  it("serves the person's deadlines as iCalendar at the address made, and stops the old address when remade", async () => {
    const made = (await app.inject({ method: 'POST', url: '/api/account/calendar-feed', ...owner })).json<{
      path: string;
    }>();
    const feed = await app.inject({ method: 'GET', url: made.path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.body).toContain('BEGIN:VEVENT');
    expect(feed.body).toMatch(/SUMMARY:BP18-\d+/);
    for (const line of feed.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const remade = (await app.inject({ method: 'POST', url: '/api/account/calendar-feed', ...owner })).json<{
      path: string;
    }>();
    expect(remade.path).not.toBe(made.path);
    expect((await app.inject({ method: 'GET', url: made.path })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: remade.path })).statusCode).toBe(200);
  });

  it('answers 400 to an address that is not a feed address at all', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/calendar/short.ics' })).statusCode).toBe(400);
  });
});
