import { describe, expect, it } from 'vitest';
import { rowXml, workbookOfPieces, zipBomb } from '../../../test/support/hostileWorkbooks.js';
import { IngestError } from '../ingestError.js';
import { readPlanCsv, readPlanXlsx } from '../plans/planSheet.js';
import { readWorkbookSheets } from './readWorkbookSheets.js';
import { PLAN_WORKBOOK_LIMITS } from './workbookLimits.js';

async function problemsOf(reading: Promise<unknown>): Promise<IngestError> {
  const error: unknown = await reading.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof IngestError)) throw new Error(`expected the file to be refused, got ${String(error)}`);
  return error;
}

function* rows(count: number, from = 1): Generator<string> {
  for (let row = from; row < from + count; row += 1) yield rowXml(row, ['Milestone', `M${row}`, 'A milestone']);
}

describe('reading a workbook within limits', () => {
  it('refuses a small workbook whose sheet unpacks to 100 MB, naming the file and the 50 MB limit', async () => {
    const bomb = await zipBomb(100);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await problemsOf(readPlanXlsx(bomb, 'bomb.xlsx'));
    expect(refused.problems).toEqual([
      {
        file: 'bomb.xlsx',
        row: null,
        column: null,
        message:
          'unpacks to 100 MB, more than the 50 MB a workbook may unpack to; remove pictures and unused sheets, or split it',
      },
    ]);
  });

  it('refuses a workbook under the size limit whose sheet is packed as tightly as a zip bomb', async () => {
    const refused = await problemsOf(readPlanXlsx(await zipBomb(20), 'tight.xlsx'));
    expect(refused.message).toMatch(
      /^tight\.xlsx: is packed as zip bombs are \(its part xl\/worksheets\/sheet1\.xml unpacks to [\d,]+ times its packed size; at most 200 is accepted\)/,
    );
  });

  it('refuses a sheet of more rows than the 20,000 limit, naming the sheet, before any row is built', async () => {
    const header = rowXml(1, ['Type', 'Ref', 'Title']);
    const content = await workbookOfPieces('Items', [header, ...rows(20_000, 2)]);
    const refused = await problemsOf(readPlanXlsx(content, 'long.xlsx'));
    expect(refused.message).toBe('long.xlsx: the sheet "Items" has more rows than the 20,000 a sheet may have');
  });

  it('refuses a sheet whose declared dimension is past the row limit without counting its rows', async () => {
    const content = await workbookOfPieces('Items', rows(3), 'A1:C25000');
    const refused = await problemsOf(readPlanXlsx(content, 'declared.xlsx'));
    expect(refused.message).toBe(
      'declared.xlsx: the sheet "Items" declares 25,000 rows, more than the 20,000 a sheet may have',
    );
  });

  it('reads a sheet of exactly the row limit', async () => {
    const sheets = await readWorkbookSheets(
      await workbookOfPieces('Items', rows(20_000)),
      'full.xlsx',
      PLAN_WORKBOOK_LIMITS,
    );
    expect(sheets.get('items')).toHaveLength(20_000);
    expect(sheets.get('items')?.[19_999]).toEqual({ row: 20_000, cells: ['Milestone', 'M20000', 'A milestone'] });
  });

  function wideSheet(rowCount: number): Promise<Buffer> {
    const cells = Array.from(
      { length: 200 },
      (_, column) => `<c r="${String.fromCharCode(65 + (column % 26))}1"><v>1</v></c>`,
    ).join('');
    return workbookOfPieces(
      'Items',
      (function* () {
        for (let row = 1; row <= rowCount; row += 1) yield `<row r="${row}">${cells}</row>`;
      })(),
    );
  }

  it('refuses a workbook that needs more memory than its reader has as too large, never as a crash', async () => {
    const limits = { ...PLAN_WORKBOOK_LIMITS, maxReadingHeapMb: 64 };
    const refused = await problemsOf(readWorkbookSheets(await wideSheet(2_000), 'huge.xlsx', limits));
    expect(refused.message).toMatch(
      /^huge\.xlsx: the workbook is too large to read \(it needed more than 64 MB of memory\)/,
    );
  });

  // On a worker thread this sheet ended the whole process with V8's fatal out-of-memory, on Node 20 and 24 alike.
  it('refuses a sheet that exhausts its reader as too large and reads the next workbook on a fresh reader', async () => {
    const limits = { ...PLAN_WORKBOOK_LIMITS, maxReadingHeapMb: 64 };
    const refused = await problemsOf(readWorkbookSheets(await wideSheet(8_000), 'wider.xlsx', limits));
    expect(refused.message).toMatch(/^wider\.xlsx: the workbook is too large to read \(it needed more than 64 MB/);
    const next = await readWorkbookSheets(await workbookOfPieces('Items', rows(3)), 'next.xlsx', limits);
    expect(next.get('items')?.map((record) => record.cells[1])).toEqual(['M1', 'M2', 'M3']);
  });

  it('lists the first 100 problems of 150,000 bad rows and counts the rest, without overflowing the stack', async () => {
    const lines = ['Type,Ref,Parent ref,Title,Text,Due,Leads'];
    for (let row = 2; row <= 150_001; row += 1)
      lines.push(`Milestone,M${row},NOWHERE,A milestone,Text,Quarter 1 2019-20,CN`);
    const header = {
      key: 'k',
      title: 'T',
      kind: 'delivery-plan' as const,
      owner: 'O',
      firstYear: '2019-20',
      lastYear: '2019-20',
    };
    const refused = await problemsOf(Promise.resolve().then(() => readPlanCsv(lines.join('\n'), 'bad.csv', header)));
    expect(refused.problems).toHaveLength(101);
    expect(refused.problems[0]).toMatchObject({ file: 'bad.csv', row: 2, column: 'Parent ref' });
    expect(refused.problems[100]).toEqual({
      file: 'bad.csv',
      row: null,
      column: null,
      message: 'and 149,900 more problems, not listed; fix these and try again to see the rest',
    });
    expect(refused.message).toMatch(/ \(and 149,999 more problems\)$/);
  });
});
