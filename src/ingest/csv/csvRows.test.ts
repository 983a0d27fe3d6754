import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, parseCsv, protectCsvCell, restoreCsvCell } from './csvRows.js';

const cellsOf = (text: string): string[][] => parseCsv(text).map((record) => record.cells);

describe('parseCsv', () => {
  it('reads a police.uk-style row whose quoted Location cell holds commas', () => {
    const text =
      'Crime ID,Month,Location,Crime type\n' + 'abc123,2019-01,"On or near Cheapside, Bread Street, EC2",Burglary\n';
    expect(cellsOf(text)).toEqual([
      ['Crime ID', 'Month', 'Location', 'Crime type'],
      ['abc123', '2019-01', 'On or near Cheapside, Bread Street, EC2', 'Burglary'],
    ]);
  });

  it('turns a doubled quote inside a quoted field into one quote', () => {
    expect(cellsOf('"She said ""stop"", twice",x')).toEqual([['She said "stop", twice', 'x']]);
  });

  it('keeps a line break inside quotes and numbers each record by the line it starts on', () => {
    const records = parseCsv('Ref,Text\r\n1,"first line\r\nsecond line"\r\n2,plain\r\n');
    expect(records).toEqual([
      { row: 1, cells: ['Ref', 'Text'] },
      { row: 2, cells: ['1', 'first line\r\nsecond line'] },
      { row: 4, cells: ['2', 'plain'] },
    ]);
  });

  it('reads LF and CRLF line ends alike and ignores one trailing line break', () => {
    expect(cellsOf('a,b\nc,d\n')).toEqual(cellsOf('a,b\r\nc,d\r\n'));
    expect(cellsOf('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('drops a UTF-8 byte order mark so the first header is not misnamed', () => {
    expect(cellsOf('\uFEFFType,Ref\n')).toEqual([['Type', 'Ref']]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(cellsOf('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reads an empty text as no records and a blank middle line as one empty cell', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a\n\nb\n')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['b'] },
    ]);
  });

  it('names the line where an unterminated quoted field starts', () => {
    const text = 'Ref,Text\n1,ok\n2,"never closed\nstill going\n';
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(/^Line 3: a quoted field is never closed/);
  });

  it('rejects text after a closing quote rather than guessing what was meant', () => {
    expect(() => parseCsv('a,"b"c\n')).toThrow(/Line 1: text follows the closing quote/);
  });
});

describe('formatCsv', () => {
  it('quotes cells with commas, quotes, line breaks and leading or trailing spaces only', () => {
    expect(formatCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', 'end ']])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded","end "\r\n',
    );
  });

  it('puts an apostrophe before formula-like cells so a spreadsheet shows them as text', () => {
    expect(formatCsv([['=HYPERLINK("http://evil","x")', '+1', '-2+3', '-cmd|x', '@SUM(A1)', 'safe']])).toBe(
      `"'=HYPERLINK(""http://evil"",""x"")",'+1,'-2+3,'-cmd|x,'@SUM(A1),safe\r\n`,
    );
  });

  it('writes negative numbers as numbers, so spreadsheets and pandas read the column as numeric', () => {
    expect(formatCsv([['-29.9', '-2', '-.5', '-1e5', '12']])).toBe('-29.9,-2,-.5,-1e5,12\r\n');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(protectCsvCell(String(value))).toBe(String(value));
      }),
    );
  });

  it('writes a row with a single empty cell as "" so it is not taken for a blank line', () => {
    expect(formatCsv([['a'], [''], ['b']])).toBe('a\r\n""\r\nb\r\n');
  });

  it('takes the protective apostrophe off again, and only that one', () => {
    for (const cell of ['=1+1', "'=1+1", "''-x", "'quoted", 'plain', "'", '']) {
      expect(restoreCsvCell(protectCsvCell(cell))).toBe(cell);
    }
    expect(restoreCsvCell("'quoted")).toBe("'quoted");
  });
});

describe('formatCsv and parseCsv together', () => {
  const anyCell = fc.string({ unit: 'grapheme', maxLength: 12 });
  const trickyCell = fc.stringMatching(/^[ a,"\r\n=+\-@'\t]{0,8}$/);
  const grid = fc.array(fc.array(fc.oneof(anyCell, trickyCell), { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('round-trips any grid of strings once the protective apostrophes are taken off', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const back = parseCsv(formatCsv(rows)).map((record) => record.cells.map(restoreCsvCell));
        expect(back).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips grids with no formula-like cells exactly, with no restoring at all', () => {
    const plainCell = fc.oneof(anyCell, trickyCell).filter((cell) => !/^'*[=+\-@\t\r]/.test(cell));
    const plainGrid = fc.array(fc.array(plainCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(plainGrid, (rows) => {
        expect(cellsOf(formatCsv(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('numbers each record by the line it starts on, counting line breaks inside quoted cells', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const records = parseCsv(formatCsv(rows));
        let line = 1;
        records.forEach((record, index) => {
          expect(record.row).toBe(line);
          line += 1 + (rows[index] ?? []).join(',').split(/\r\n|\r|\n/).length - 1;
        });
      }),
    );
  });
});
