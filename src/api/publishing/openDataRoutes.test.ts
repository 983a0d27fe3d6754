import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { openDataApiPath, tableGrid, type OpenDataView } from '../../domain/publishing/index.js';
import { parseCsv, restoreCsvCell } from '../../ingest/index.js';
import { listPublicPages } from '../../services/index.js';
import { buildServer } from '../server.js';

describeWithDemoData('the open-data API', (ctx) => {
  let app: FastifyInstance;
  let pages: string[];
  beforeAll(async () => {
    app = await buildServer(ctx());
    pages = await listPublicPages(ctx());
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('serves every public page, each table as CSV cell for cell, and the page as a JSON download', async () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const api = openDataApiPath(path);
      const page = await get(api);
      expect(page.statusCode, path).toBe(200);
      const view = page.json<OpenDataView>();
      expect(view.path).toBe(path);
      const download = await get(`${api}?download=json`);
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="bluelamp-[a-z0-9-]+\.json"/);
      expect(download.json()).toEqual(view);
      for (const table of view.tables) {
        const csv = await get(`${api}?format=csv&table=${table.name}`);
        expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(csv.headers['content-disposition']).toContain(`-${table.name}.csv"`);
        const cells = parseCsv(csv.body).map((record) => record.cells.map(restoreCsvCell));
        expect(cells, `${path} ${table.name}`).toEqual(tableGrid(table));
      }
    }
  });

  it('moves /public/priorities to the latest year’s own address', async () => {
    const latest = (await get('/api/open-data/priorities')).json<OpenDataView>();
    expect(latest.path).toBe('/public/priorities/2018-19');
    expect((await get('/api/open-data/priorities/2018-19')).json()).toEqual(latest);
  });

  it('answers 400 for an unknown table or a malformed address, 404 for what does not exist', async () => {
    const unknownTable = await get('/api/open-data/measures/burglary?format=csv&table=years');
    expect(unknownTable.statusCode).toBe(400);
    expect(unknownTable.json()).toMatchObject({ field: 'query.table' });
    expect((await get('/api/open-data/measures/burglary?format=csv')).statusCode).toBe(400);
    expect((await get('/api/open-data/measures/burglary?format=xml')).statusCode).toBe(400);
    expect((await get('/api/open-data/measures/burglary?colour=red')).statusCode).toBe(400);
    expect((await get('/api/open-data/plans/met-business-plan-2018-19/progress/Q1')).statusCode).toBe(400);
    expect((await get('/api/open-data/priorities/2018')).statusCode).toBe(400);
    for (const url of [
      '/api/open-data/plans/no-such-plan',
      '/api/open-data/plans/policing-london-business-plan-2011-14',
      '/api/open-data/plans/met-business-plan-2018-19/progress/2018-19-Q4',
      '/api/open-data/measures/no-such-measure',
      '/api/open-data/priorities/2010-11',
      '/api/open-data/priorities/2018-19/categories/no-such-crime',
      '/api/open-data/inspections/no-such-inspection',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('answers hostile addresses with a 4xx and a plain message', async () => {
    for (const hostile of [
      "'; drop table plans; --",
      '<script>alert(1)</script>',
      '%00',
      'x'.repeat(300),
      '..%2F..%2Fetc',
    ]) {
      for (const url of [
        `/api/open-data/plans/${encodeURIComponent(hostile)}`,
        `/api/open-data/measures/burglary?format=csv&table=${encodeURIComponent(hostile)}`,
        `/api/open-data/inspections/${encodeURIComponent(hostile)}`,
      ]) {
        const response = await get(url);
        expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, url).toBeLessThan(500);
        expect(response.body).not.toMatch(/select|stack|node_modules/i);
      }
    }
  });
});
