import fs from 'node:fs';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { WEB_ROOT } from '../../test/support/webServer.js';
import { openDataApiPath, type OpenDataView } from '../domain/publishing/index.js';
import { openDataChanged, publishQuarterlyReport } from '../services/index.js';
import { publicRendererPath } from './publicPages.js';
import { buildServer } from './server.js';

/** Text as React writes it into HTML. */
function inHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] ?? c,
  );
}

/** The part of the page between the opening of the element with `id` and the next element with an id of that kind. */
function tableRegion(html: string, name: string): string {
  const start = html.indexOf(`id="table-${name}"`);
  expect(start, name).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', start));
}

interface QueryState {
  queries: { queryKey: unknown[]; state: { status: string; data: unknown } }[];
}

function embeddedState(html: string): QueryState | null {
  const match = /<script type="application\/json" id="bl-query-state">(.*?)<\/script>/s.exec(html);
  return match?.[1] === undefined ? null : (JSON.parse(match[1]) as QueryState);
}

const built = fs.existsSync(`${WEB_ROOT}/index.html`) && fs.existsSync(publicRendererPath(WEB_ROOT));

describe('public pages drawn on the server', () => {
  // The test command builds first; without a build these tests fail here, by name, rather than skip.
  it('has the web app and its server renderer built (npm run build:web)', () => {
    expect(built).toBe(true);
  });
  describeWithDemoData('public pages drawn on the server', (ctx) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildServer(ctx(), { webRoot: WEB_ROOT });
    });
    afterAll(async () => {
      await app.close();
    });

    const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
    const viewOf = async (path: string) => (await get(openDataApiPath(path))).json<OpenDataView>();

    it('draws a measure page whole: title, heading, sentence, every table row for row, and the data it came from', async () => {
      const path = '/public/measures/burglary';
      const view = await viewOf(path);
      const page = await get(path);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = page.body;
      expect(html).toContain(`<title>${inHtml(view.title)} – Bluelamp</title>`);
      expect(html).toMatch(new RegExp(`<h1 class="govuk-heading-xl bl-public-title">${inHtml(view.title)}</h1>`));
      expect(html).toContain(inHtml(view.lead));
      expect(view.tables.length).toBeGreaterThan(0);
      for (const table of view.tables) {
        const region = tableRegion(html, table.name);
        expect(region).toContain(inHtml(table.caption));
        expect(region.split('<tbody')[1]?.match(/<tr /g)?.length ?? 0).toBe(table.rows.length);
      }
      const state = embeddedState(html);
      const drawnFrom = state?.queries.find((query) => query.queryKey[0] === 'open-data');
      expect(drawnFrom?.queryKey).toEqual(['open-data', path]);
      expect(drawnFrom?.state.data).toEqual(view);
    });

    it('lets the page be cached and revalidated: the same ETag each time, and 304 to a browser that holds it', async () => {
      const first = await get('/public/measures');
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect(first.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
      const again = await get('/public/measures/');
      expect(again.headers.etag).toBe(first.headers.etag);
      const revalidated = await get('/public/measures', { 'if-none-match': String(first.headers.etag) });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.body).toBe('');
    });

    it('sends the page compressed as the browser accepts it: Brotli and gzip decompress to exactly the page, each with a tag of its own', async () => {
      const path = '/public/measures/burglary';
      const plain = await get(path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      const decoders = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync } as const;
      for (const [coding, decode] of Object.entries(decoders)) {
        const page = await get(path, { 'accept-encoding': coding === 'br' ? 'gzip, deflate, br' : 'gzip, br;q=0' });
        expect(page.statusCode).toBe(200);
        expect(page.headers['content-encoding']).toBe(coding);
        expect(page.headers.vary).toBe('Accept-Encoding');
        expect(Number(page.headers['content-length'])).toBe(page.rawPayload.length);
        expect(page.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
        expect(decode(page.rawPayload).equals(plain.rawPayload)).toBe(true);
        expect(page.headers.etag).toBe(String(plain.headers.etag).replace(/"$/, `-${coding}"`));
        const held = await get(path, {
          'accept-encoding': 'gzip, deflate, br',
          'if-none-match': String(page.headers.etag),
        });
        expect(held.statusCode).toBe(coding === 'br' ? 304 : 200);
        if (coding === 'br') {
          expect(held.headers.etag).toBe(page.headers.etag);
          expect(held.headers.vary).toBe('Accept-Encoding');
          expect(held.headers['cache-control']).toBe('public, max-age=300');
          expect(held.body).toBe('');
        }
      }
    });

    it('answers an unknown public page with the page-not-found page and status 404, and gives the browser nothing to hydrate', async () => {
      for (const path of ['/public/measures/no-such-measure', '/public/nothing-here', '/public/plans/NOT%20A%20PLAN']) {
        const page = await get(path);
        expect(page.statusCode, path).toBe(404);
        expect(page.body).toContain('<title>Page not found – Bluelamp</title>');
        expect(page.body).toContain('<h1 class="govuk-heading-xl">Page not found</h1>');
        expect(embeddedState(page.body)).toBeNull();
        expect(page.headers['cache-control']).toBeUndefined();
      }
    });

    it('moves the latest year of local priorities to its own address, as the app does', async () => {
      const page = await get('/public/priorities');
      expect(page.statusCode).toBe(302);
      expect(page.headers.location).toBe((await viewOf('/public/priorities')).path);
    });

    it('draws the cookies page with every cookie the service sets, and the other statements, all linked from the footer', async () => {
      const cookies = (await get('/public/cookies')).body;
      expect(cookies).toContain('<h1 class="govuk-heading-xl">Cookies</h1>');
      for (const name of ['bluelamp_session', 'bluelamp_sso_state']) expect(cookies).toContain(`<code>${name}</code>`);
      for (const [path, title] of [
        ['/public/accessibility', 'Accessibility statement'],
        ['/public/privacy', 'Privacy notice'],
      ]) {
        const page = await get(path ?? '');
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain(`<h1 class="govuk-heading-xl">${title}</h1>`);
        expect(page.body).toMatch(new RegExp(`<a class="govuk-footer__link" href="${path}"[^>]*>`));
      }
    });

    it('draws a page afresh once the open data changes', async () => {
      const drawnBefore = await get('/public/reports', { 'accept-encoding': 'br' });
      const before = zlib.brotliDecompressSync(drawnBefore.rawPayload).toString();
      const report = 'met-business-plan-2018-19-2018-19-q1';
      expect(before).not.toContain(`/public/reports/${report}`);
      await publishQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' });
      await ctx()
        .store.db.transaction()
        .execute((trx) => openDataChanged(trx));
      const after = await get('/public/reports');
      expect(after.body).toContain(`/public/reports/${report}`);
      const compressed = await get('/public/reports', { 'accept-encoding': 'br' });
      expect(zlib.brotliDecompressSync(compressed.rawPayload).toString()).toBe(after.body);
      expect(compressed.headers.etag).not.toBe(drawnBefore.headers.etag);
      expect(embeddedState(after.body)?.queries.find((q) => q.queryKey[0] === 'open-data')?.state.data).toEqual(
        await viewOf('/public/reports'),
      );
    });
  });
});
