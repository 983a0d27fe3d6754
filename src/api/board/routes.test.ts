import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { chromiumAvailable } from '../../reports/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

type Caller = { cookies: Record<string, string>; headers: Record<string, string> };

describeWithDemoData('board meetings over HTTP', (ctx) => {
  let app: FastifyInstance;
  let performance: Caller;
  let viewer: Caller;
  beforeAll(async () => {
    app = await buildServer(ctx());
    const callers: Caller[] = [];
    for (const [username, role] of [
      ['board.secretary', 'performance'],
      ['board.reader', 'viewer'],
    ] as const) {
      await addUser(ctx(), { username, role, password: 'harbour kettle violet' });
      const session = await signIn(ctx(), { username, password: 'harbour kettle violet', client: '10.1.1.2' });
      callers.push({ cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } });
    }
    [performance, viewer] = callers as [Caller, Caller];
  });
  afterAll(async () => {
    await app.close();
  });

  it('records a meeting, raises an action there and records its status, and the meeting page shows them', async () => {
    const meeting = await app.inject({
      method: 'POST',
      url: '/api/board/meetings',
      ...performance,
      payload: {
        board: 'oversight-board',
        date: '2018-12-13',
        title: 'Oversight board: Quarter 2 progress',
        quarter: '2018-19-Q2',
        attendees: [{ name: 'Deputy Mayor (demo)', role: 'Chair', attendance: 'attended' }],
      },
    });
    expect(meeting.statusCode).toBe(201);
    const { id } = meeting.json<{ id: number }>();
    expect(meeting.headers.location).toBe(`/api/board/meetings/${id}`);
    const action = await app.inject({
      method: 'POST',
      url: `/api/board/meetings/${id}/actions`,
      ...performance,
      payload: { text: 'Publish the ward plan', owner: 'Deputy Commissioner (demo)', due: '2019-03-31' },
    });
    const actionId = action.json<{ id: number }>().id;
    const status = await app.inject({
      method: 'POST',
      url: `/api/board/meetings/${id}/actions/${actionId}/status`,
      ...performance,
      payload: { status: 'in-progress', note: 'Drafting.' },
    });
    expect(status.json()).toEqual({ action: actionId, meeting: id, from: 'open', to: 'in-progress' });
    const page = await app.inject({ method: 'GET', url: `/api/board/meetings/${id}`, ...viewer });
    const body = page.json<{ quarter: string; actions: { text: string; status: { label: string } }[] }>();
    expect(body.quarter).toBe('2018-19 Q2');
    // The oversight board's action from its September meeting is carried, still open.
    expect(body.actions.map((a) => [a.text.slice(0, 20), a.status.label])).toEqual([
      ['Share how every ward', 'Open'],
      ['Publish the ward pla', 'In progress'],
    ]);
  });

  it('answers bad input with a 400 naming the field, a missing meeting with a 404, and a viewer writing with a 403', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/board/meetings/abc', ...viewer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ field: string }>().field).toBe('path.meetingId');
    const board = await app.inject({ method: 'GET', url: '/api/board/meetings?board=cabinet', ...viewer });
    expect(board.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/board/meetings/999', ...viewer })).statusCode).toBe(404);
    const write = await app.inject({
      method: 'POST',
      url: '/api/board/meetings/1/actions',
      ...viewer,
      payload: { text: 't', owner: 'o', due: '2019-01-01' },
    });
    expect(write.statusCode).toBe(403);
    const date = await app.inject({
      method: 'POST',
      url: '/api/board/meetings/1/actions',
      ...performance,
      payload: { text: 't', owner: 'o', due: '2019-02-30' },
    });
    expect(date.json<{ field: string }>()).toMatchObject({ field: 'body.due' });
  });

  it('serves the pack as HTML to read in the browser and as a PDF to download, to signed-in people only', async () => {
    const html = await app.inject({ method: 'GET', url: '/api/board/meetings/1/pack.html', ...viewer });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toMatch(
      /^inline; filename="board-pack-2018-07-25-performance-group.html"/,
    );
    expect(html.body).toContain('<h2>1 Exceptions</h2>');
    expect((await app.inject({ method: 'GET', url: '/api/board/meetings/1/pack.html' })).statusCode).toBe(401);
    if (!chromiumAvailable()) return;
    const pdf = await app.inject({ method: 'GET', url: '/api/board/meetings/1/pack.pdf', ...viewer });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toMatch(/^attachment;/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('describes every board route in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/board/'))).toEqual([
      '/api/board/meetings',
      '/api/board/meetings/{meetingId}',
      '/api/board/meetings/{meetingId}/actions',
      '/api/board/meetings/{meetingId}/actions/{actionId}/status',
      '/api/board/meetings/{meetingId}/pack.html',
      '/api/board/meetings/{meetingId}/pack.pdf',
      '/api/board/meetings/{meetingId}/pack-publication',
      '/api/board/meetings/{meetingId}/papers/{kind}',
      '/api/board/meetings/{meetingId}/papers/{kind}/files',
      '/api/board/meetings/{meetingId}/papers/files/{fileId}',
    ]);
  });
});
