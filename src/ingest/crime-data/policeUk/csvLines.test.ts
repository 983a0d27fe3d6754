import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../csv/csvRows.js';
import { csvLineRecords, splitQuotedRecord, type CsvLineRecord } from './csvLines.js';

async function readAll(chunks: Buffer[]): Promise<{ records: CsvLineRecord[]; endedWithLineBreak: boolean }> {
  const state = { endedWithLineBreak: true };
  const records: CsvLineRecord[] = [];
  for await (const batch of csvLineRecords(Readable.from(chunks), state, () => undefined)) records.push(...batch);
  return { records, endedWithLineBreak: state.endedWithLineBreak };
}

/** Cuts bytes at the given offsets, as a stream may deliver them: mid-line, mid-quote, mid-character. */
function cut(bytes: Buffer, offsets: number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(from, point));
    from = point;
  }
  return pieces;
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('CSV records from bytes', () => {
  it('are the cells written, however the bytes are cut, with a BOM, CRLF and quoted commas', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('On or near Station Road, Car Park', 'say "hello"', 'Ealing 001A', 'Café', '', '£5'),
    );
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (rows, crlf, offsets) => {
        const newline = crlf ? '\r\n' : '\n';
        const text = rows.map((row) => row.map(quote).join(',')).join(newline) + newline;
        const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
        const { records, endedWithLineBreak } = await readAll(cut(bytes, offsets));
        // A cell that is one empty string on a line of its own reads back as that line; rows are 3 cells here.
        expect(records.map((r) => r.cells)).toEqual(rows);
        expect(endedWithLineBreak).toBe(true);
      }),
    );
  });

  it('count the line each record starts on, a quoted line break included', async () => {
    const text = 'a,b\n1,"two\nlines"\n3,4\n';
    const { records } = await readAll([Buffer.from(text)]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('say when the last line has no line break (a file cut short may look like this)', async () => {
    const { records, endedWithLineBreak } = await readAll([Buffer.from('a,b\n1,2')]);
    expect(records.at(-1)).toEqual({ line: 2, cells: ['1', '2'] });
    expect(endedWithLineBreak).toBe(false);
  });

  it('stop at bytes that are not UTF-8, naming their line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    await expect(readAll([bytes])).rejects.toThrow('Line 3: the file holds bytes that are not UTF-8 text');
  });

  it('refuse a quote that is never closed, and text after a closing quote', async () => {
    await expect(readAll([Buffer.from('a,b\n1,"open\n')])).rejects.toBeInstanceOf(CsvSyntaxError);
    expect(() => splitQuotedRecord('"a"b,c', 7)).toThrow(/text follows the closing quote/);
    expect(() => splitQuotedRecord('a"b,c', 7)).toThrow(/inside an unquoted field/);
  });
});
