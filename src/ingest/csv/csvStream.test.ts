import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csvRows.js';
import { streamCsvRecords } from './csvStream.js';

/** The text in pieces of the sizes given, over and over, as a stream delivers it. */
async function* piecesOf(text: string, sizes: readonly number[]): AsyncGenerator<string> {
  let start = 0;
  for (let turn = 0; start < text.length; turn += 1) {
    const size = sizes[turn % sizes.length] ?? 1;
    yield await Promise.resolve(text.slice(start, start + size));
    start += size;
  }
}

type Outcome = { records: CsvRecord[] } | { error: number };

async function streamed(text: string, sizes: readonly number[]): Promise<Outcome> {
  const records: CsvRecord[] = [];
  try {
    for await (const record of streamCsvRecords(piecesOf(text, sizes))) records.push(record);
    return { records };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { error: error.line };
    throw error;
  }
}

function whole(text: string): Outcome {
  try {
    return { records: parseCsv(text) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { error: error.line };
    throw error;
  }
}

describe('streamCsvRecords', () => {
  it('reads any text as parseCsv reads it whole, records and line numbers, whatever the pieces it comes in', async () => {
    const text = fc
      .array(fc.constantFrom('a', 'b7', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', '12'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    const sizes = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(text, sizes, async (csv, cuts) => {
        expect(await streamed(csv, cuts)).toEqual(whole(csv));
        expect(await streamed(csv, [csv.length + 1])).toEqual(whole(csv));
      }),
      { numRuns: 400 },
    );
  });

  it('splits plain lines with every kind of line end, a line end cut between two pieces included', async () => {
    const text = 'a,b\r\nc,d\re\nf,\r\n,g';
    for (const size of [1, 2, 4, 5, 100]) {
      expect(await streamed(text, [size])).toEqual({
        records: [
          { row: 1, cells: ['a', 'b'] },
          { row: 2, cells: ['c', 'd'] },
          { row: 3, cells: ['e'] },
          { row: 4, cells: ['f', ''] },
          { row: 5, cells: ['', 'g'] },
        ],
      });
    }
  });
});
