import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

type Caller = { cookies: Record<string, string>; headers: Record<string, string> };

describeWithDemoData('boards and meeting papers over HTTP', (ctx) => {
  let app: FastifyInstance;
  let performance: Caller;
  let viewer: Caller;
  beforeAll(async () => {
    app = await buildServer(ctx());
    const callers: Caller[] = [];
    for (const [username, role] of [
      ['boards.secretary', 'performance'],
      ['boards.reader', 'viewer'],
    ] as const) {
      await addUser(ctx(), { username, role, password: 'harbour kettle violet' });
      const session = await signIn(ctx(), { username, password: 'harbour kettle violet', client: '10.1.1.3' });
      callers.push({ cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } });
    }
    [performance, viewer] = callers as [Caller, Caller];
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the boards, adds one and edits it, and meetings of the new board are then taken', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/boards', ...viewer });
    expect(list.json<{ boards: { key: string }[] }>().boards.map((b) => b.key)).toContain('audit-panel');
    const board = {
      key: 'safer-neighbourhood-board',
      name: 'Safer Neighbourhood Board',
      owner: 'partnership',
      visibility: 'public',
    };
    const added = await app.inject({ method: 'POST', url: '/api/boards', ...performance, payload: board });
    expect(added.statusCode).toBe(201);
    expect(added.headers.location).toBe('/api/boards/safer-neighbourhood-board');
    expect(added.json()).toMatchObject({ ownerLabel: 'Partnership', reports: [], reviewsRisks: false });
    const edited = await app.inject({
      method: 'PUT',
      url: '/api/boards/safer-neighbourhood-board',
      ...performance,
      payload: {
        name: 'Safer Neighbourhood Board (Westminster)',
        owner: 'partnership',
        visibility: 'public',
        reviewsRisks: true,
      },
    });
    expect(edited.json()).toMatchObject({ name: 'Safer Neighbourhood Board (Westminster)', reviewsRisks: true });
    const meeting = await app.inject({
      method: 'POST',
      url: '/api/board/meetings',
      ...performance,
      payload: { board: 'safer-neighbourhood-board', date: '2019-02-01', title: 'Westminster SNB' },
    });
    expect(meeting.statusCode).toBe(201);
  });

  it('answers 400 to a bad board, a bad key or a field it does not know, and 404 to a board or meeting that is not there', async () => {
    const cases = [
      { method: 'GET', url: '/api/board/meetings?board=Audit%20Panel' },
      { method: 'GET', url: '/api/board/meetings?board=cabinet' },
      { method: 'POST', url: '/api/boards', payload: { key: 'x', name: 'X', owner: 'force', visibility: 'internal' } },
      {
        method: 'POST',
        url: '/api/boards',
        payload: { key: 'new-board', name: 'X', owner: 'mayor', visibility: 'internal' },
      },
      { method: 'POST', url: '/api/board/meetings/1/papers/memo', payload: { text: 'x' } },
      { method: 'POST', url: '/api/board/meetings/1/papers/agenda', payload: { text: 'x', extra: 1 } },
    ] as const;
    for (const request of cases) {
      const answer = await app.inject({ ...request, ...performance });
      expect([request.url, answer.statusCode]).toEqual([request.url, 400]);
    }
    const missing = [
      { method: 'PUT', url: '/api/boards/nobody', payload: { name: 'N', owner: 'force', visibility: 'internal' } },
      { method: 'POST', url: '/api/board/meetings/9999/papers/agenda', payload: { text: 'x' } },
      { method: 'GET', url: '/api/board/meetings/1/papers/files/9999' },
      { method: 'GET', url: '/api/open-data/board-papers/9999' },
    ] as const;
    for (const request of missing) {
      const answer = await app.inject({ ...request, ...performance });
      expect([request.url, answer.statusCode]).toEqual([request.url, 404]);
    }
  });

  it('writes and attaches papers; a public board’s are public, an internal board’s are not', async () => {
    const meetings = (await app.inject({ method: 'GET', url: '/api/board/meetings', ...viewer })).json<{
      meetings: { id: number; board: string }[];
    }>().meetings;
    const pcc = meetings.find((m) => m.board === 'police-and-crime-committee')?.id;
    const panel = meetings.find((m) => m.board === 'audit-panel')?.id;
    const pdf = samplePdf('Minutes');
    const files: Record<string, string> = {};
    for (const id of [pcc, panel]) {
      const saved = await app.inject({
        method: 'POST',
        url: `/api/board/meetings/${id}/papers/minutes`,
        ...performance,
        payload: { text: 'Minutes agreed.' },
      });
      expect(saved.json<{ papers: { text: string }[] }>().papers[1]?.text).toBe('Minutes agreed.');
      const attached = await app.inject({
        method: 'POST',
        url: `/api/board/meetings/${id}/papers/minutes/files`,
        ...performance,
        payload: { fileName: 'minutes.pdf', contentBase64: pdf.toString('base64') },
      });
      files[String(id)] = attached.json<{ path: string }>().path;
    }
    const publicFile = await app.inject({ method: 'GET', url: files[String(pcc)] ?? '' });
    expect(publicFile.statusCode).toBe(200);
    expect(publicFile.headers['content-type']).toContain('application/pdf');
    expect(publicFile.rawPayload.equals(pdf)).toBe(true);
    expect((await app.inject({ method: 'GET', url: files[String(panel)] ?? '' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: files[String(panel)] ?? '', ...viewer })).statusCode).toBe(200);
    const page = await app.inject({ method: 'GET', url: `/api/open-data/board-papers/${pcc}` });
    expect(page.json<{ tables: { rows: { text: string }[] }[] }>().tables[0]?.rows[1]?.text).toBe('Minutes agreed.');
    expect((await app.inject({ method: 'GET', url: `/api/open-data/board-papers/${panel}` })).statusCode).toBe(404);
    const meeting = await app.inject({ method: 'GET', url: `/api/board/meetings/${panel}`, ...viewer });
    expect(meeting.json()).toMatchObject({
      boardVisibility: 'internal',
      papers: [{ kind: 'agenda' }, { kind: 'minutes' }, { kind: 'decisions' }],
    });
  });

  it('refuses an attached file whose bytes are not what its name says', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/board/meetings/1/papers/agenda/files',
      ...performance,
      payload: { fileName: 'agenda.pdf', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('not a .pdf file');
  });
});
