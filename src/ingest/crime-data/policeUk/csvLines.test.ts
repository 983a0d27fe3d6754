import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../csv/csvRows.js';
import { csvLineRecords, MAX_LINE_CHARS, splitQuotedRecord, type CsvLineRecord } from './csvLines.js';
import { cutBytes } from '../../../../test/support/cutBytes.js';

async function readAll(chunks: Buffer[]): Promise<{ records: CsvLineRecord[]; endedWithLineBreak: boolean }> {
  const state = { endedWithLineBreak: true };
  const records: CsvLineRecord[] = [];
  for await (const batch of csvLineRecords(Readable.from(chunks), state, () => undefined)) records.push(...batch);
  return { records, endedWithLineBreak: state.endedWithLineBreak };
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
        const { records, endedWithLineBreak } = await readAll(cutBytes(bytes, offsets));
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

  it('refuse a line over the cap as soon as it passes it, naming its line, however the bytes are cut', async () => {
    const long = 'x,'.repeat(MAX_LINE_CHARS);
    for (const pieces of [[`a,b\n1,2\n${long}\n`], [`a,b\n1,2\n`, long.slice(0, 70_000), long.slice(70_000)]]) {
      const error: unknown = await readAll(pieces.map((p) => Buffer.from(p))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
      expect((error as CsvSyntaxError).detail).toBe(
        "the line is longer than 65,536 characters (32,769 or more columns in its first 65,536), where police.uk's rows are under 1 KB: the file is not read further",
      );
    }
  });

  it('stop reading a line with no end once it passes the cap, not at the end of the stream', async () => {
    let chunksRead = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n');
      for (;;) {
        chunksRead += 1;
        yield await Promise.resolve(Buffer.alloc(16_384, 0x78));
      }
    }
    const records = csvLineRecords(endless(), { endedWithLineBreak: true }, () => undefined);
    await expect(
      (async () => {
        for await (const batch of records) expect(batch).toEqual([{ line: 1, cells: ['a', 'b'] }]);
      })(),
    ).rejects.toThrow(/^Line 2: the line is longer than 65,536 characters \(no comma in its first 65,536\)/);
    expect(chunksRead).toBe(5);
  });

  it('take a line of exactly the cap, and refuse a quoted record whose lines together pass it', async () => {
    const full = 'y'.repeat(MAX_LINE_CHARS);
    expect((await readAll([Buffer.from(`a\n${full}\n`)])).records[1]?.cells).toEqual([full]);
    const half = 'z'.repeat(MAX_LINE_CHARS / 2 + 1);
    await expect(readAll([Buffer.from(`a\n"${half}\n${half}"\n`)])).rejects.toThrow(/^Line 2: the line is longer/);
  });
});

/** Byte sequences no UTF-8 text holds: a stray byte, a continuation alone, an overlong form, a surrogate, a cut character. */
const NOT_UTF8 = [
  [0xff],
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf0, 0x9f],
];

describe('bytes that are not UTF-8', () => {
  it('are blamed on the line they are on, wherever the chunks cut the characters around them', async () => {
    // Characters of one to four bytes, and never a quote or a line break inside a line.
    const text = fc.string({ unit: 'binary', maxLength: 12 }).map((line) => line.replace(/["\n\r]/g, ''));
    const file = fc.array(text, { minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...NOT_UTF8),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (lines, lineSeed, charSeed, bad, offsets) => {
          const target = lineSeed % lines.length;
          const encoded = lines.map((line) => Buffer.from(`${line}\n`));
          const chosen = encoded[target] ?? Buffer.alloc(0);
          // Offsets between characters: any byte but a continuation byte starts one.
          const starts = [...chosen.keys()].filter((at) => ((chosen[at] ?? 0) & 0xc0) !== 0x80);
          const at = starts[charSeed % starts.length] ?? 0;
          encoded[target] = Buffer.concat([chosen.subarray(0, at), Buffer.from(bad), chosen.subarray(at)]);
          const error: unknown = await readAll(cutBytes(Buffer.concat(encoded), offsets)).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect((error as CsvSyntaxError).line).toBe(target + 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('are blamed on the right line when a three-byte character straddles the chunk before them', async () => {
    // "€" is E2 82 AC: the chunk boundary falls inside it, and the bad byte is two lines later.
    const first = Buffer.from('a,b\nx€');
    const pieces = [
      first.subarray(0, first.length - 1),
      Buffer.concat([first.subarray(-1), Buffer.from('\n1\n2,'), Buffer.from([0xff, 0x0a])]),
    ];
    await expect(readAll(pieces)).rejects.toThrow('Line 4: the file holds bytes that are not UTF-8 text');
  });
});
