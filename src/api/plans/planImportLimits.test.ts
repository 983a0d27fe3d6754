import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { rowXml, workbookOfPieces, zipBomb } from '../../../test/support/hostileWorkbooks.js';
import { addUser, signIn } from '../../services/index.js';
import { buildServer } from '../server.js';

const PASSWORD = 'lantern orchard pebble';

describeWithDemoData('plan workbooks too big to import, over HTTP', (ctx) => {
  let app: FastifyInstance;
  let lead: { cookies: Record<string, string>; headers: Record<string, string> };
  beforeAll(async () => {
    app = await buildServer(ctx());
    await addUser(ctx(), { username: 'plan.lead', role: 'performance', password: PASSWORD });
    const session = await signIn(ctx(), { username: 'plan.lead', password: PASSWORD, client: '10.1.1.2' });
    lead = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  async function importWorkbook(fileName: string, content: Buffer): Promise<{ status: number; message: string }> {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/plans/import',
      ...lead,
      payload: { fileName, format: 'xlsx', contentBase64: content.toString('base64') },
    });
    return { status: answer.statusCode, message: answer.json<{ detail: string }>().detail };
  }

  it('refuses a zip-bomb workbook with 400 naming the file and the 50 MB limit, and still answers afterwards', async () => {
    const refused = await importWorkbook('bomb.xlsx', await zipBomb(100));
    expect(refused).toEqual({
      status: 400,
      message:
        'The plan was not imported: bomb.xlsx: unpacks to 100 MB, more than the 50 MB a workbook may unpack to; ' +
        'remove pictures and unused sheets, or split it',
    });
    expect((await app.inject({ method: 'GET', url: '/api/plans' })).statusCode).toBe(200);
  });

  it('refuses a workbook whose Items sheet has more rows than the limit with 400 naming the sheet', async () => {
    const items = function* (): Generator<string> {
      for (let row = 1; row <= 20_001; row += 1) yield rowXml(row, ['Milestone', `M${row}`, 'A milestone']);
    };
    const refused = await importWorkbook('long.xlsx', await workbookOfPieces('Items', items()));
    expect(refused).toEqual({
      status: 400,
      message: 'The plan was not imported: long.xlsx: the sheet "Items" has more rows than the 20,000 a sheet may have',
    });
  });
});
