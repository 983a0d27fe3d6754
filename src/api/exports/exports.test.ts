import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { parseCsv, restoreCsvCell } from '../../ingest/index.js';
import { addUser, saveMilestoneUpdate, signIn, submitMilestoneUpdate } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'harbour kettle violet';
const FORMULA = '=HYPERLINK("http://example.test","Click")';

type Grid = string[][];

async function workbookOf(content: Buffer): Promise<{ notes: Grid; data: Grid; names: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const grid = (index: number): Grid => {
    const rows: Grid = [];
    workbook.worksheets[index]?.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.push(
        values.map((value) => (typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value))),
      );
    });
    return rows;
  };
  return { notes: grid(0), data: grid(1), names: workbook.worksheets.map((sheet) => sheet.name) };
}

/** The CSV's notes above the blank line, and its table (header first) below it. */
function csvOf(content: Buffer): { notes: Grid; table: Grid } {
  const text = content.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows = parseCsv(text).map((record) => record.cells.map(restoreCsvCell));
  const blank = rows.findIndex((cells) => cells.length === 1 && cells[0] === '');
  return { notes: rows.slice(0, blank), table: rows.slice(blank + 1) };
}

const column = (grid: Grid, header: string): string[] => {
  const index = grid[0]?.indexOf(header) ?? -1;
  expect(index, `no column ${header}`).toBeGreaterThanOrEqual(0);
  return grid.slice(1).map((row) => row[index] ?? '');
};

interface Listing {
  milestones: { ref: string; status: { label: string; quarter: string } | null }[];
}

describeWithDemoData('the tracker, review queue and findings as XLSX and CSV', (ctx) => {
  let app: FastifyInstance;
  let auth: { cookies: Record<string, string>; headers: Record<string, string> };
  const get = (url: string, signedIn = false) => app.inject({ method: 'GET', url, ...(signedIn ? auth : {}) });

  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'export.perf', role: 'performance', password: PASSWORD, scope: [] });
    const session = await signIn(ctx(), { username: 'export.perf', password: PASSWORD, client: '127.0.0.1' });
    auth = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
    const draft = await saveMilestoneUpdate(ctx(), {
      planId: 2,
      ref: 'BP18-65',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'on-track',
      narrative: FORMULA,
    });
    await submitMilestoneUpdate(ctx(), { updateId: draft.id, version: draft.version });
  });
  afterAll(async () => {
    await app.close();
  });

  it('writes the tracker workbook with the same milestones, in the same order, as the page for a filter and sort', async () => {
    const query = 'due=2018-19-Q3&sort=due&order=desc';
    const listing = (await get(`/api/plans/2/milestones?${query}`)).json<Listing>();
    expect(listing.milestones.length).toBeGreaterThan(1);
    const response = await get(`/api/plans/2/milestones.xlsx?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const { notes, data, names } = await workbookOf(response.rawPayload);
    expect(names).toEqual(['About these figures', 'Milestones']);
    expect(column(data, 'Ref')).toEqual(listing.milestones.map((m) => m.ref));
    expect(column(data, 'Latest status')).toEqual(listing.milestones.map((m) => m.status?.label ?? 'No update'));
    const said = notes.map((row) => row.join(' ')).join('\n');
    expect(said).toContain('Metropolitan Police Service Business Plan 2018-19');
    expect(said).toContain('due: 2018-19-Q3');
    expect(said).toContain('As at 2026-11-22');
    expect(said).toContain('"No update"');
  });

  it('writes the tracker CSV with "No update", never a blank, for milestones nothing is published on', async () => {
    const listing = (await get('/api/plans/2/milestones?status=none')).json<Listing>();
    expect(listing.milestones.length).toBeGreaterThan(0);
    const { notes, table } = csvOf((await get('/api/plans/2/milestones.csv?status=none')).rawPayload);
    expect(notes[0]).toEqual(['Milestone tracker: Metropolitan Police Service Business Plan 2018-19']);
    expect(column(table, 'Ref')).toEqual(listing.milestones.map((m) => m.ref));
    expect(new Set(column(table, 'Latest status'))).toEqual(new Set(['No update']));
    expect(new Set(column(table, 'Status published for'))).toEqual(new Set(['No update']));
  });

  it('refuses a filter the page would refuse with 400, not a file or a 500', async () => {
    expect((await get('/api/plans/2/milestones.csv?due=someday')).statusCode).toBe(400);
    expect((await get('/api/plans/2/milestones.xlsx?colour=red')).statusCode).toBe(400);
    expect((await get('/api/findings.csv?kind=rumour')).statusCode).toBe(400);
  });

  it('writes the review queue as the page lists it, keeping a narrative that looks like a formula inert', async () => {
    const queue = (await get('/api/review-queue', true)).json<{
      waiting: { milestone: { ref: string }; update: { narrative: string } }[];
      approved: { milestone: { ref: string } }[];
    }>();
    const refs = [...queue.waiting, ...queue.approved].map((item) => item.milestone.ref);
    expect(refs).toContain('BP18-65');
    const csvResponse = await get('/api/review-queue.csv', true);
    const raw = csvResponse.rawPayload.toString('utf8');
    expect(raw).toContain(`"'=HYPERLINK(""http://example.test"",""Click"")"`);
    const { table } = csvOf(csvResponse.rawPayload);
    expect(column(table, 'Ref')).toEqual(refs);
    expect(column(table, 'Narrative')).toContain(FORMULA);
    const { data } = await workbookOf((await get('/api/review-queue.xlsx', true)).rawPayload);
    expect(column(data, 'Ref')).toEqual(refs);
    // Read back as text: exceljs would give an object with a formula had the cell been one.
    expect(column(data, 'Narrative')).toContain(FORMULA);
    expect((await get('/api/review-queue.csv')).statusCode).toBe(401);
  });

  it('writes the findings tracker with the same findings as the page for a filter, in both formats', async () => {
    const query = 'kind=recommendation&on=2019-06-30';
    const list = (await get(`/api/findings?${query}`)).json<{ findings: { ref: string; overdue: boolean }[] }>();
    expect(list.findings.length).toBeGreaterThan(0);
    const refs = list.findings.map((f) => f.ref);
    const { table, notes } = csvOf((await get(`/api/findings.csv?${query}`)).rawPayload);
    expect(column(table, 'Ref')).toEqual(refs);
    expect(column(table, 'Overdue on 2019-06-30')).toEqual(list.findings.map((f) => (f.overdue ? 'Yes' : 'No')));
    expect(notes.map((row) => row.join(' ')).join('\n')).toContain('kind: recommendation');
    const { data } = await workbookOf((await get(`/api/findings.xlsx?${query}`)).rawPayload);
    expect(column(data, 'Ref')).toEqual(refs);
    expect(new Set(column(data, 'Kind'))).toEqual(new Set(['Recommendation']));
  });
});
