import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { OpenDataView } from '../../domain/publishing/index.js';
import { chromiumAvailable } from '../../reports/index.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

// The suite raises the download limit for tests that read every file; these test the limits themselves.
process.env.BLUELAMP_DOWNLOADS_PER_MINUTE = '30';
process.env.BLUELAMP_PDF_PRINTING = '1';
process.env.BLUELAMP_PDF_QUEUE = '1';

const PASSWORD = 'granite willow beacon';
const digestTag = (body: Buffer) => `"${createHash('sha256').update(body).digest('hex')}"`;

describeWithDemoData('heavy downloads and public caching', (ctx) => {
  let app: FastifyInstance;
  let cookies: Record<string, string>;
  let csvUrl: string;

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'limits.perf', role: 'performance', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'limits.perf', password: PASSWORD, client: '127.0.0.1' });
    cookies = { bluelamp_session: session.token };
    const plans = await app.inject({ method: 'GET', url: '/api/open-data/plans', remoteAddress: '192.0.2.1' });
    csvUrl = `/api/open-data/plans?format=csv&table=${plans.json<OpenDataView>().tables[0]?.name}`;
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, remoteAddress, headers });

  it('tags open data, JSON with its data version and CSV with a digest of the body, lets it be cached five minutes, and answers 304 when it is held', async () => {
    for (const url of ['/api/open-data/plans', '/api/open-data/measures/burglary?download=json', csvUrl]) {
      const first = await get(url, '192.0.2.10');
      expect(first.statusCode, url).toBe(200);
      // JSON is tagged with the data version it was made from (publicDataCache.ts), a CSV table with its digest.
      if (url === csvUrl) expect(first.headers.etag, url).toBe(digestTag(first.rawPayload));
      else expect(first.headers.etag, url).toMatch(/^"test\.[0-9a-z]+-[0-9a-z]+\.\d{4}-\d{2}-\d{2}"$/);
      expect(first.headers['cache-control'], url).toBe('public, max-age=300');
      const held = await get(url, '192.0.2.10', { 'if-none-match': `"stale", ${first.headers.etag}` });
      expect(held.statusCode, url).toBe(304);
      expect(held.rawPayload, url).toHaveLength(0);
      expect(held.headers.etag, url).toBe(first.headers.etag);
      const stale = await get(url, '192.0.2.10', { 'if-none-match': '"an older body"' });
      expect(stale.statusCode, url).toBe(200);
      expect(stale.rawPayload.equals(first.rawPayload), url).toBe(true);
    }
    const missing = await get('/api/open-data/measures/no-such-measure', '192.0.2.10', { 'if-none-match': '*' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it('serves one address 30 heavy files a minute without a session, then 429 with Retry-After, whatever it forwards', async () => {
    for (let n = 0; n < 30; n++) expect((await get(csvUrl, '203.0.113.5')).statusCode).toBe(200);
    const refused = await get(csvUrl, '203.0.113.5');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.json()).toMatchObject({
      type: '/problems/rate-limited',
      status: 429,
      detail: expect.stringMatching(/30 files/) as unknown,
    });
    // BLUELAMP_TRUST_PROXY is unset, so a forwarded address the client writes itself changes nothing.
    expect((await get(csvUrl, '203.0.113.5', { 'x-forwarded-for': '198.51.100.7' })).statusCode).toBe(429);
    expect((await get('/api/reports/no-such-report/versions/1/docx', '203.0.113.5')).statusCode).toBe(429);
    expect((await get('/api/open-data/plans', '203.0.113.5')).statusCode).toBe(200);
    expect((await get(csvUrl, '203.0.113.6')).statusCode).toBe(200);
    const signedIn = await app.inject({ method: 'GET', url: csvUrl, remoteAddress: '203.0.113.5', cookies });
    expect(signedIn.statusCode).toBe(200);
  });

  it.runIf(chromiumAvailable())(
    'prints PDFs a few at a time with a short queue, and answers 503 with Retry-After beyond it',
    async () => {
      const url = '/api/report-previews/quarterly?plan=met-business-plan-2018-19&quarter=2018-19-Q1&format=pdf';
      const answers = await Promise.all(
        [1, 2, 3, 4].map(() => app.inject({ method: 'GET', url, remoteAddress: '192.0.2.20', cookies })),
      );
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses).toEqual([200, 200, 503, 503]);
      for (const busy of answers.filter((answer) => answer.statusCode === 503)) {
        expect(busy.headers['retry-after']).toBe('10');
        expect(busy.json()).toMatchObject({
          detail: expect.stringMatching(/Try again in 10 seconds/) as unknown,
        });
      }
      const printed = answers.find((answer) => answer.statusCode === 200);
      expect(printed?.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    },
    120_000,
  );
});
