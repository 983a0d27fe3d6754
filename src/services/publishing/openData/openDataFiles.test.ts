import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataView, tableGrid, type OpenDataTable, type OpenDataValue } from '../../../domain/publishing/index.js';
import { parseCsv, restoreCsvCell } from '../../../ingest/index.js';
import { openDataCsvFile, openDataCsvText, openDataJsonFile } from './openDataFiles.js';

const value: fc.Arbitrary<OpenDataValue> = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '=1+1',
    '+44 20',
    '-3',
    '@SUM(A1)',
    '\tx',
    "'=already",
    'a,b',
    'say "hi"',
    'two\r\nlines',
    ' spaced ',
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);

const table: fc.Arbitrary<OpenDataTable> = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 5 })
  .chain((keys) =>
    fc.record({
      name: fc.constant('figures'),
      caption: fc.constant('Figures'),
      columns: fc.constant(keys.map((key) => ({ key, label: `Column ${key}` }))),
      rows: fc.array(fc.record(Object.fromEntries(keys.map((key) => [key, value]))), { maxLength: 12 }),
    }),
  );

const viewOf = (t: OpenDataTable) =>
  openDataView({ path: '/public/measures/burglary', title: 'T', lead: 'L', tables: [t] });

describe('open data as CSV', () => {
  it('round-trips through the CSV reader to exactly the cells the page shows', () => {
    fc.assert(
      fc.property(table, (t) => {
        const read = parseCsv(openDataCsvText(viewOf(t), t.name)).map((record) => record.cells.map(restoreCsvCell));
        expect(read).toEqual(tableGrid(t));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps formula-like text inert for spreadsheets and writes negative numbers as numbers', () => {
    const t: OpenDataTable = {
      name: 'figures',
      caption: 'Figures',
      columns: [{ key: 'a', label: 'A' }],
      rows: [{ a: '=HYPERLINK("http://evil")' }, { a: '@cmd' }, { a: '-3 officers' }, { a: -29.9 }],
    };
    const lines = openDataCsvText(viewOf(t), 'figures').split('\r\n');
    expect(lines.slice(1, 5)).toEqual([`"'=HYPERLINK(""http://evil"")"`, "'@cmd", "'-3 officers", '-29.9']);
  });

  it('names its file from the page and the table, and refuses a table the page does not have', () => {
    const file = openDataCsvFile(viewOf({ name: 'months', caption: 'M', columns: [], rows: [] }), 'months');
    expect(file).toMatchObject({
      fileName: 'bluelamp-measures-burglary-months.csv',
      mediaType: 'text/csv; charset=utf-8',
    });
    expect(() => openDataCsvText(viewOf({ name: 'months', caption: 'M', columns: [], rows: [] }), 'years')).toThrow(
      /query.table must name a table of this page \(months\)/,
    );
  });

  it('gives the whole page as JSON, the view itself', () => {
    const view = viewOf({ name: 'months', caption: 'M', columns: [{ key: 'a', label: 'A' }], rows: [{ a: 1 }] });
    const file = openDataJsonFile(view);
    expect(file.fileName).toBe('bluelamp-measures-burglary.json');
    expect(JSON.parse(file.content.toString('utf8'))).toEqual(view);
  });
});
