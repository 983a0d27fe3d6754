import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import { addUser, signIn } from '../../services/index.js';
import { readTable } from '../../store/backup/tableRows.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const FINDING = '/api/findings/peel-2018-19-met';

interface Session {
  cookies: Record<string, string>;
  headers: Record<string, string>;
}

interface EvidenceView {
  id: number;
  kind: string;
  title: string;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  download: string | null;
}

describeWithDemoData('files given as evidence for a finding, over HTTP', (ctx) => {
  let app: FastifyInstance;
  const sessions: Record<string, Session> = {};
  const sessionOf = async (username: string, role: 'owner' | 'viewer', scope?: string[]) => {
    await addUser(ctx(), { username, role, password: PASSWORD, ...(scope === undefined ? {} : { scope }) });
    const session = await signIn(ctx(), { username, password: PASSWORD, client: '10.1.1.2' });
    return { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  };
  const respond = (ref: string, evidence: unknown[], as: Session = sessions.owner!) =>
    app.inject({
      method: 'POST',
      url: `${FINDING}/${ref}/response`,
      ...as,
      payload: { state: 'evidence-submitted', evidence },
    });
  const pdfItem = (title: string, fileName = `${title}.pdf`) => ({
    title,
    fileName,
    contentBase64: samplePdf(title).toString('base64'),
  });

  beforeAll(async () => {
    app = await buildServer(ctx());
    sessions.owner = await sessionOf('fp.evidence', 'owner', ['FP']);
    sessions.viewer = await sessionOf('evidence.viewer', 'viewer');
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps a PDF given with a response, lists it with its download address and serves the same bytes as a safe download', async () => {
    const content = samplePdf('domestic abuse training plan');
    const answer = await respond('PVP-AFI-2', [
      { title: 'Training plan', fileName: 'training plan.pdf', contentBase64: content.toString('base64') },
      { title: 'Intranet page', url: 'https://intranet.example/training' },
    ]);
    expect(answer.statusCode).toBe(200);

    const page = await app.inject({ method: 'GET', url: `${FINDING}/PVP-AFI-2`, ...sessions.owner });
    const evidence = page.json<{ evidence: EvidenceView[] }>().evidence;
    const file = evidence.find((item) => item.title === 'Training plan');
    expect(file).toMatchObject({
      kind: 'file',
      fileName: 'training plan.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      download: `/api/finding-evidence/${file?.id}`,
    });
    expect(evidence.find((item) => item.title === 'Intranet page')).toMatchObject({ kind: 'link', download: null });

    const download = await app.inject({ method: 'GET', url: file?.download ?? '', ...sessions.owner });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="training plan.pdf"; filename*=UTF-8''training%20plan.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');

    // Anyone signed in reads a finding's history, so they may read its files; the public never.
    const viewer = await app.inject({ method: 'GET', url: file?.download ?? '', ...sessions.viewer });
    expect(viewer.statusCode).toBe(200);
    const anonymous = await app.inject({ method: 'GET', url: file?.download ?? '' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.rawPayload.includes(content)).toBe(false);
    const publicPage = await app.inject({ method: 'GET', url: `${FINDING}/PVP-AFI-2` });
    expect(publicPage.json<{ evidence: unknown[] }>().evidence).toEqual([]);

    // A link has no file to download.
    const link = evidence.find((item) => item.kind === 'link');
    const noFile = await app.inject({ method: 'GET', url: `/api/finding-evidence/${link?.id}`, ...sessions.owner });
    expect(noFile.statusCode).toBe(404);
  });

  it('carries the file in a backup, as base64 with its digest', async () => {
    const rows = await readTable(ctx().store.db, 'finding_evidence');
    const row = rows.find((r) => r.file_name === 'training plan.pdf');
    const content = samplePdf('domestic abuse training plan');
    expect(row?.content).toEqual({ $base64: content.toString('base64') });
    expect(row?.size_bytes).toBe(content.length);
    expect(row?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses HTML disguised as a PDF with 400 naming the evidence item, and keeps nothing', async () => {
    const before = (await readTable(ctx().store.db, 'finding_evidence')).length;
    const disguised = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>');
    const answer = await respond('INV-AFI-1', [
      { title: 'Audit', fileName: 'audit.pdf', contentBase64: disguised.toString('base64') },
    ]);
    expect(answer.statusCode).toBe(400);
    const problem = answer.json<{ detail: string; field: string }>();
    expect(problem.field).toBe('evidence[0].content');
    expect(problem.detail).toContain("The file's content is not a .pdf file.");
    expect((await readTable(ctx().store.db, 'finding_evidence')).length).toBe(before);
  });

  it('answers 400, never 500, to a file without its content, a file with a web address, or content not in base64', async () => {
    const cases: [unknown, string][] = [
      [{ title: 'x', fileName: 'x.pdf' }, 'body.evidence.0.contentBase64'],
      [{ ...pdfItem('x'), url: 'https://example.org/x' }, 'body.evidence.0.url'],
      [{ title: 'x', fileName: 'x.pdf', contentBase64: 'not base64!' }, 'body.evidence.0.contentBase64'],
    ];
    for (const [item, field] of cases) {
      const answer = await respond('INV-AFI-1', [item]);
      expect(answer.statusCode, field).toBe(400);
      expect(answer.json<{ field: string }>().field).toBe(field);
    }
  });

  it('refuses more than 10 files in one move, as an update may carry no more', async () => {
    const files = Array.from({ length: 11 }, (_, i) => pdfItem(`Part ${i + 1}`));
    const answer = await respond('INV-AFI-1', files);
    expect(answer.statusCode).toBe(400);
    expect(answer.json<{ detail: string; field: string }>()).toMatchObject({
      field: 'evidence',
      detail: expect.stringContaining('at most 10 files and 25 MB') as unknown,
    });
  });
});
