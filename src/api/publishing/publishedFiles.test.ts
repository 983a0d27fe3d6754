import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { chromiumAvailable } from '../../reports/index.js';
import { addUser, signIn } from '../../services/index.js';
import { insertPublishedReportFile } from '../../store/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'copper meadow lantern';
const KEY = 'met-business-plan-2018-19-2018-19-q1';
const printed = chromiumAvailable();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeWithDemoData('published report files', (ctx, dialect) => {
  let app: FastifyInstance;
  let session: { cookies: Record<string, string>; headers: Record<string, string> };
  const files = (reportKey: string) =>
    ctx()
      .store.db.selectFrom('published_report_files')
      .select(['format', 'content', 'content_sha256', 'version'])
      .where('report_key', '=', reportKey)
      .orderBy('format')
      .execute();

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'files.perf', role: 'performance', password: PASSWORD, scope: [] });
    const signedIn = await signIn(ctx(), { username: 'files.perf', password: PASSWORD, client: '127.0.0.1' });
    session = { cookies: { bluelamp_session: signedIn.token }, headers: { 'x-csrf-token': signedIn.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  it('renders the Word file and, with Chromium, the PDF when a quarterly report is published, with their digests', async () => {
    const published = await app.inject({
      method: 'POST',
      url: '/api/reports/quarterly',
      payload: { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' },
      ...session,
    });
    expect(published.statusCode).toBe(201);
    const kept = await files(KEY);
    expect(kept.map((file) => file.format)).toEqual(printed ? ['docx', 'pdf'] : ['docx']);
    for (const file of kept) expect(file.content_sha256).toBe(sha256(Buffer.from(file.content)));
  }, 180_000);

  it('serves the kept bytes under their digest, and 304 to a reader who holds them', async () => {
    const [docx] = await files(KEY);
    const first = await app.inject({ method: 'GET', url: `/api/reports/${KEY}/versions/1/docx` });
    expect(first.statusCode).toBe(200);
    expect(first.rawPayload.equals(Buffer.from(docx?.content ?? []))).toBe(true);
    expect(first.headers.etag).toBe(`"${docx?.content_sha256}"`);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await app.inject({
      method: 'GET',
      url: `/api/reports/${KEY}/versions/1/docx`,
      headers: { 'if-none-match': first.headers.etag ?? '' },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload).toHaveLength(0);
    if (printed) {
      const pdf = await app.inject({ method: 'GET', url: `/api/reports/${KEY}/versions/1/pdf` });
      const kept = (await files(KEY)).find((file) => file.format === 'pdf');
      expect(pdf.rawPayload.equals(Buffer.from(kept?.content ?? []))).toBe(true);
      expect(pdf.headers.etag).toBe(`"${kept?.content_sha256}"`);
    }
  });

  it('renders a version published before files were kept once, at its first download, then serves that copy', async () => {
    const row = await ctx()
      .store.db.selectFrom('published_reports')
      .select(['kind', 'version', 'title', 'period', 'as_at', 'published_at', 'published_by', 'note'])
      .select(['content_html', 'content_sha256', 'data_json', 'data_sha256'])
      .where('report_key', '=', KEY)
      .executeTakeFirstOrThrow();
    const legacy = 'legacy-quarterly-report-2018-19-q1';
    await ctx()
      .store.db.insertInto('published_reports')
      .values({ ...row, report_key: legacy })
      .execute();
    expect(await files(legacy)).toEqual([]);
    const [first, second] = await Promise.all([
      app.inject({ method: 'GET', url: `/api/reports/${legacy}/versions/1/docx` }),
      app.inject({ method: 'GET', url: `/api/reports/${legacy}/versions/1/docx` }),
    ]);
    const kept = await files(legacy);
    expect(kept.map((file) => file.format)).toEqual(['docx']);
    expect(first?.rawPayload.equals(Buffer.from(kept[0]?.content ?? []))).toBe(true);
    expect(second?.statusCode, second?.body.slice(0, 300)).toBe(200);
    expect(second?.headers.etag).toBe(first?.headers.etag);
    const third = await app.inject({ method: 'GET', url: `/api/reports/${legacy}/versions/1/docx` });
    expect(third.rawPayload.equals(first?.rawPayload ?? Buffer.alloc(0))).toBe(true);
  }, 120_000);

  it('keeps the first of two renderings stored at once, and hands the second caller that one', async () => {
    const [held] = await files(KEY);
    if (held === undefined) throw new Error('the quarterly report has no kept file');
    const second = await insertPublishedReportFile(ctx().store.db, {
      report_key: KEY,
      version: held.version,
      format: held.format as 'pdf' | 'docx',
      content: Buffer.from('a second rendering'),
      content_sha256: sha256(Buffer.from('a second rendering')),
      rendered_at: new Date().toISOString(),
    });
    expect(second.content_sha256).toBe(held.content_sha256);
    expect(second.content.equals(Buffer.from(held.content))).toBe(true);
  });

  it('keeps a published board pack as PDF only, and answers 404 for its Word file', async () => {
    const published = await app.inject({
      method: 'POST',
      url: '/api/reports/board-packs',
      payload: { meeting: 1 },
      ...session,
    });
    expect(published.statusCode).toBe(201);
    const key = published.json<{ reportKey: string }>().reportKey;
    expect((await files(key)).map((file) => file.format)).toEqual(printed ? ['pdf'] : []);
    const docx = await app.inject({ method: 'GET', url: `/api/reports/${key}/versions/1/docx` });
    expect(docx.statusCode).toBe(404);
    expect(await files(key)).toHaveLength(printed ? 1 : 0);
  }, 180_000);

  it('refuses to change or delete a kept file, and on PostgreSQL to truncate them', async () => {
    const db = ctx().store.db;
    await expect(
      db
        .updateTable('published_report_files')
        .set({ content: Buffer.from('forged') })
        .execute(),
    ).rejects.toThrow(/published report files cannot change/);
    await expect(db.deleteFrom('published_report_files').execute()).rejects.toThrow(
      /published report files cannot change/,
    );
    if (dialect === 'postgres') {
      await expect(sql`truncate published_report_files`.execute(db)).rejects.toThrow(
        'published_report_files is append-only: it cannot be truncated',
      );
    }
    expect((await files(KEY)).length).toBeGreaterThan(0);
  });
});
