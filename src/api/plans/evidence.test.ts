import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { addUser, saveMilestoneUpdate, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('evidence files over HTTP', (ctx) => {
  let app: FastifyInstance;
  let owner: { cookies: Record<string, string>; headers: Record<string, string> };
  let updateId: number;
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'fin.owner', role: 'owner', password: PASSWORD, scope: ['FIN'] });
    const session = await signIn(ctx(), { username: 'fin.owner', password: PASSWORD, client: '10.1.1.1' });
    owner = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
    const update = await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-72',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'delivered',
      narrative: 'The annual accounts were published.',
    });
    updateId = update.id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores an uploaded PDF with its checksum and serves it only as a sandboxed download to signed-in people', async () => {
    const content = samplePdf('the annual accounts');
    const added = await app.inject({
      method: 'POST',
      url: `/api/updates/${updateId}/evidence`,
      ...owner,
      payload: {
        kind: 'file',
        title: 'Accounts',
        fileName: 'accounts 2017-18.pdf',
        contentBase64: content.toString('base64'),
      },
    });
    expect(added.statusCode).toBe(201);
    const evidence = added.json<{ id: number; sha256: string; sizeBytes: number; mediaType: string }>();
    expect(added.headers.location).toBe(`/api/evidence/${evidence.id}`);
    expect(evidence).toMatchObject({ sizeBytes: content.length, mediaType: 'application/pdf' });
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);

    const download = await app.inject({ method: 'GET', url: `/api/evidence/${evidence.id}`, ...owner });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="accounts 2017-18.pdf"; filename*=UTF-8''accounts%202017-18.pdf`,
    );
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const anonymous = await app.inject({ method: 'GET', url: `/api/evidence/${evidence.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses HTML disguised as a PDF and a javascript: link, with 400 and the reason', async () => {
    const disguised = await app.inject({
      method: 'POST',
      url: `/api/updates/${updateId}/evidence`,
      ...owner,
      payload: {
        kind: 'file',
        title: 'x',
        fileName: 'x.pdf',
        contentBase64: Buffer.from('%PDF-1.4\n<html><script>1</script></html>').toString('base64'),
      },
    });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json<{ detail: string }>().detail).toBe("The file's content is not a .pdf file.");
    const link = await app.inject({
      method: 'POST',
      url: `/api/updates/${updateId}/evidence`,
      ...owner,
      payload: { kind: 'link', title: 'x', url: 'javascript:alert(1)' },
    });
    expect(link.statusCode).toBe(400);
  });

  it('takes ten files for one update and refuses the eleventh, naming the limits; links still fit', async () => {
    const fresh = await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-73',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: 'Budget monitoring continues.',
    });
    const upload = (n: number) =>
      app.inject({
        method: 'POST',
        url: `/api/updates/${fresh.id}/evidence`,
        ...owner,
        payload: {
          kind: 'file',
          title: `Monitoring report ${n}`,
          fileName: `monitoring-${n}.pdf`,
          contentBase64: samplePdf(`report ${n}`).toString('base64'),
        },
      });
    const taken = await Promise.all(Array.from({ length: 10 }, (_, n) => upload(n + 1)));
    expect(taken.map((response) => response.statusCode)).toEqual(Array.from({ length: 10 }, () => 201));
    const eleventh = await upload(11);
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json<{ detail: string }>().detail).toMatch(
      /^An update may carry at most 10 files and 25 MB of evidence; this one already has 10 files/,
    );
    const link = await app.inject({
      method: 'POST',
      url: `/api/updates/${fresh.id}/evidence`,
      ...owner,
      payload: { kind: 'link', title: 'Budget page', url: 'https://intranet.example/budget' },
    });
    expect(link.statusCode).toBe(201);
  });

  it('lets only as many of a burst of uploads in as the quota has room for', async () => {
    const fresh = await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-71',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: 'Savings on track.',
    });
    const burst = await Promise.all(
      Array.from({ length: 14 }, (_, n) =>
        app.inject({
          method: 'POST',
          url: `/api/updates/${fresh.id}/evidence`,
          ...owner,
          payload: {
            kind: 'file',
            title: `Savings ${n}`,
            fileName: `savings-${n}.pdf`,
            contentBase64: samplePdf(`savings ${n}`).toString('base64'),
          },
        }),
      ),
    );
    expect(burst.filter((response) => response.statusCode === 201)).toHaveLength(10);
    expect(burst.filter((response) => response.statusCode === 409)).toHaveLength(4);
  });
});
