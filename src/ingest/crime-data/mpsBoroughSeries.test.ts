import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../csv/csvRows.js';
import { IngestError, describeIngestProblem, type IngestProblem } from '../ingestError.js';
import { columnLetter, readMpsBoroughSeries, type MpsReadProgress } from './mpsBoroughSeries.js';
import { streamCsvRecords } from '../csv/csvStream.js';
import { nameKey } from '../../domain/crime-data/index.js';
import { demoOrganisation } from '../../../demo/organisation.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';

const SAMPLE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');

/** The 32 London boroughs as the demo organisation names them. */
const BOROUGHS: ReadonlySet<string> = new Set(
  demoOrganisation()
    .units.filter((unit) => unit.kind === 'borough')
    .map((unit) => unit.name),
);
const options = { knownBoroughs: BOROUGHS };

/** The text in pieces of the given sizes, as a stream delivers it. */
async function* piecesOf(text: string, size = 7): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) {
    yield await Promise.resolve(text.slice(start, start + size));
  }
}

const read = (text: string, size?: number) => readMpsBoroughSeries(piecesOf(text, size), 'crime.csv', options);

async function problemsOf(text: string): Promise<IngestProblem[]> {
  try {
    await read(text);
  } catch (error) {
    if (error instanceof IngestError) return error.problems;
    throw error;
  }
  throw new Error('expected an IngestError');
}

async function messagesOf(text: string): Promise<string[]> {
  try {
    await read(text);
  } catch (error) {
    if (error instanceof IngestError) {
      return error.problems.map(describeIngestProblem);
    }
    throw error;
  }
  throw new Error('expected an IngestError');
}

const HISTORIC_HEADER = 'Borough,Major Category,Minor Category,201509,201510,201511';
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('readMpsBoroughSeries on the London Datastore historic file', () => {
  it('reads 32 boroughs × 33 categories over 108 months, 2008-01 to 2016-12', async () => {
    expect(BOROUGHS.size).toBe(32);
    const series = await readMpsBoroughSeries(createReadStream(SAMPLE), 'historic.csv', options);
    expect(series.vintage).toBe('historic');
    expect(series.months).toHaveLength(108);
    expect(series.months[0]).toBe('2008-01');
    expect(series.months.at(-1)).toBe('2016-12');
    expect(new Set(series.rows.map((row) => row.borough)).size).toBe(32);
    expect(new Set(series.rows.map((row) => `${row.major}|${row.minor}`)).size).toBe(33);
    expect(series.rows).toHaveLength(32 * 33);
    expect(series.rows.every((row) => row.values.length === 108 && row.values.every((v) => v !== null))).toBe(true);
  });

  it('gives the cell a person finds in the file (Westminster, Theft From Shops, 201510: line 1047, 359)', async () => {
    const series = await readMpsBoroughSeries(createReadStream(SAMPLE), 'historic.csv', options);
    const row = series.rows.find((r) => r.borough === 'Westminster' && r.minor === 'Theft From Shops');
    expect(row?.row).toBe(1047);
    expect(row?.major).toBe('Theft and Handling');
    expect(row?.values[series.months.indexOf('2015-10')]).toBe(359);
    const first = series.rows[0]!;
    expect([first.row, first.borough, first.minor, first.values[0]]).toEqual([
      2,
      'Barking and Dagenham',
      'Burglary in a Dwelling',
      82,
    ]);
  });

  it('reads the same from tiny chunks of bytes as from the default ones, and reports progress', async () => {
    const whole = await readMpsBoroughSeries(createReadStream(SAMPLE), 'historic.csv', options);
    const progress: MpsReadProgress[] = [];
    const onProgress = (step: MpsReadProgress): number => progress.push(step);
    const small = createReadStream(SAMPLE, { highWaterMark: 61 });
    const chunked = await readMpsBoroughSeries(small, 'historic.csv', { ...options, onProgress, progressEvery: 100 });
    expect(chunked).toEqual(whole);
    expect(progress.map((step) => step.records)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1057]);
    expect(progress.at(-1)?.characters).toBe(389281);
  });
});

describe('readMpsBoroughSeries layouts', () => {
  it('reads the recent vintage by column name, in any order and any case', async () => {
    const text = lines(
      'MajorText,MinorText,LookUp_BoroughName,201904,201905',
      'Burglary,Burglary - Residential,Camden,120,131',
    );
    const series = await read(text);
    expect(series).toEqual({
      vintage: 'recent',
      months: ['2019-04', '2019-05'],
      rows: [{ row: 2, borough: 'Camden', major: 'Burglary', minor: 'Burglary - Residential', values: [120, 131] }],
    });
    const classes = await read(lines('201905,minor class,BOROUGH,Major Class', '7,Rape,Sutton,Sexual Offences'));
    expect(classes.vintage).toBe('recent');
    expect(classes.rows[0]).toMatchObject({ borough: 'Sutton', major: 'Sexual Offences', minor: 'Rape', values: [7] });
  });

  it('accepts a byte order mark, CRLF line ends and quoted fields with commas and quotes', async () => {
    const text =
      '\uFEFFMajorText,MinorText,LookUp_BoroughName,201904\r\n' +
      '"Miscellaneous Crimes Against Society","Disclosure, Obstruction, False or Misleading State",Brent,3\r\n' +
      'Theft,"The ""other"" theft",Brent,"12"\r\n';
    for (const size of [1, 2, 3, 1000]) {
      const series = await read(text, size);
      expect(series.months).toEqual(['2019-04']);
      expect(series.rows.map((row) => [row.row, row.minor, row.values[0]])).toEqual([
        [2, 'Disclosure, Obstruction, False or Misleading State', 3],
        [3, 'The "other" theft', 12],
      ]);
    }
    const bytes = Readable.from([Buffer.from(text, 'utf8')]);
    expect((await readMpsBoroughSeries(bytes, 'crime.csv', options)).rows).toHaveLength(2);
  });

  it('matches boroughs ignoring case, spacing and & against and, and gives the known spelling', async () => {
    const text = lines(
      HISTORIC_HEADER,
      ' barking  &  dagenham ,Burglary,Burglary in a Dwelling,1,2,3',
      'KINGSTON UPON THAMES,Burglary,Burglary in a Dwelling,4,5,6',
    );
    const series = await read(text);
    expect(series.rows.map((row) => row.borough)).toEqual(['Barking and Dagenham', 'Kingston upon Thames']);
  });

  it('reads empty cells as null and skips blank lines', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Camden,Robbery,Personal Property,,4, ',
      '',
      'Camden,Robbery,Business Property,1,,2',
    );
    const series = await read(text);
    expect(series.rows.map((row) => [row.row, row.values])).toEqual([
      [2, [null, 4, null]],
      [4, [1, null, 2]],
    ]);
  });

  it('numbers rows by the line they start on when a quoted field spans lines', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Camden,Robbery,"Personal\nProperty",1,2,3',
      'Camden,Robbery,Business Property,x,2,3',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 4, column 201509: "x" is not a count of crimes (a whole number, or empty where there is none)',
    ]);
  });
});

describe('readMpsBoroughSeries problems', () => {
  it('names a missing borough, major or minor column in the header', async () => {
    const messages = await messagesOf(
      lines('Area,Major Category,Category,201601', 'Camden,Robbery,Personal Property,1'),
    );
    expect(messages).toHaveLength(4);
    expect(messages[0]).toBe(
      'crime.csv, row 1, column Area: "Area" is not a month: month columns are named YYYYMM, such as 201604',
    );
    expect(messages[1]).toMatch(/^crime\.csv, row 1, column Category: "Category" is not a month/);
    expect(messages[2]).toBe(
      'crime.csv, row 1: has no Borough column (one named Borough, LookUp_BoroughName, Borough Name; ' +
        'case, spaces and punctuation do not matter)',
    );
    expect(messages[3]).toMatch(/^crime\.csv, row 1: has no minor category column/);
  });

  it('names each column that is not a YYYYMM month, and a repeated month', async () => {
    const text = lines(
      'Borough,Major Category,Minor Category,201601,Total,201613,201601,',
      'Camden,Robbery,Rape,1,2,3,4,5',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 1, column Total: "Total" is not a month: month columns are named YYYYMM, such as 201604',
      'crime.csv, row 1, column 201613: "201613" is not a month: month columns are named YYYYMM, such as 201604',
      'crime.csv, row 1, column 201601: repeats the month column 201601',
      'crime.csv, row 1, column H: has no name: month columns are named YYYYMM, such as 201604',
    ]);
  });

  it('names the row and month column of a cell that is not a whole number', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Camden,Robbery,Personal Property,1,n/a,3',
      'Camden,Robbery,Business Property,1,2,-4',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 2, column 201510: "n/a" is not a count of crimes (a whole number, or empty where there is none)',
      'crime.csv, row 3, column 201511: "-4" is not a count of crimes (a whole number, or empty where there is none)',
    ]);
  });

  it('names a borough that is not known, an empty category and a row of the wrong width', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Camdem,Robbery,Personal Property,1,2,3',
      'Camden,,Personal Property,1,2,3',
      'Camden,Robbery,Personal Property,1,2',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 2, column Borough: "Camdem" is not a known borough',
      'crime.csv, row 3, column Major Category: is empty',
      'crime.csv, row 4: has 5 cells where the header has 6 columns',
    ]);
  });

  it('names a borough × major × minor row given twice, however it is spelt', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Hammersmith and Fulham,Fraud or Forgery,Other Fraud & Forgery,1,2,3',
      'Hammersmith & Fulham,fraud or forgery,Other Fraud and Forgery,1,2,3',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 3: repeats Hammersmith and Fulham / fraud or forgery / Other Fraud and Forgery, already given in row 2',
    ]);
  });

  it('lists every problem of a file in one IngestError', async () => {
    const text = lines(
      'Borough,Major Category,Minor Category,201601,Sum',
      'Camden,Robbery,Personal Property,1,2',
      'Nowhere,Robbery,Personal Property,1,2',
      'Camden,Robbery,Personal Property,x,2',
    );
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'Sum'],
      [3, 'Borough'],
      [4, '201601'],
      [4, null],
    ]);
    await expect(read(text)).rejects.toThrow('crime.csv, row 1, column Sum: "Sum" is not a month');
    await expect(read(text)).rejects.toThrow('(and 3 more problems)');
  });

  it('reports malformed CSV with the line it starts on, after the problems before it', async () => {
    const text = lines(HISTORIC_HEADER, 'Camden,Robbery,Rape,x,2,3', 'Camden,Robbery,"Personal Property,1,2,3');
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 2, column 201509: "x" is not a count of crimes (a whole number, or empty where there is none)',
      'crime.csv, row 3: a quoted field is never closed (a " is missing)',
    ]);
    const stray = lines(HISTORIC_HEADER, 'Camden,"Robbery"x,Rape,1,2,3');
    expect(await messagesOf(stray)).toEqual([
      'crime.csv, row 2: text follows the closing quote of a field; a quote inside a field is written ""',
    ]);
  });

  it('says so when the file is empty', async () => {
    expect(await messagesOf('')).toEqual(['crime.csv: is empty: it has no header row']);
  });
});

describe('streamCsvRecords', () => {
  it('splits records as parseCsv does, whatever the chunk boundaries', async () => {
    const text = 'a,"b\r\nc",d\r\n\r\n"e""",f\rg\n';
    for (const size of [1, 2, 3, 5, 100]) {
      const records = [];
      for await (const record of streamCsvRecords(piecesOf(text, size))) records.push(record);
      expect(records).toEqual([
        { row: 1, cells: ['a', 'b\r\nc', 'd'] },
        { row: 3, cells: [''] },
        { row: 4, cells: ['e"', 'f'] },
        { row: 5, cells: ['g'] },
      ]);
    }
  });

  it('names spreadsheet columns by letter', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('readMpsBoroughSeries round trip', () => {
  const boroughNames = [...BOROUGHS];
  const name = fc
    .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'B', ' ', ',', '"', '-', '=', '&', '\n', 'é') })
    .filter((text) => text.trim() === text && text !== '');
  const monthCode = fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}${String(month).padStart(2, '0')}`);
  const file = fc.record({
    vintage: fc.constantFrom('historic', 'recent-text', 'recent-class'),
    months: fc.uniqueArray(monthCode, { minLength: 1, maxLength: 6 }),
    keys: fc.uniqueArray(fc.tuple(fc.constantFrom(...boroughNames), name, name), {
      maxLength: 8,
      selector: ([borough, major, minor]) => [borough, major, minor].map(nameKey).join('|'),
    }),
    seed: fc.array(fc.option(fc.nat({ max: 100_000 }), { nil: null }), { minLength: 48, maxLength: 48 }),
    order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
    chunk: fc.integer({ min: 1, max: 64 }),
  });
  const IDENTITY_COLUMNS = {
    historic: ['Borough', 'Major Category', 'Minor Category'],
    'recent-text': ['LookUp_BoroughName', 'MajorText', 'MinorText'],
    'recent-class': ['Borough', 'Major Class', 'Minor Class'],
  } as const;

  it('reads back what formatCsv wrote, in either vintage, in any column order', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ vintage, months, keys, seed, order, chunk }) => {
        const rows = keys.map(([borough, major, minor], r) => ({
          borough,
          major,
          minor,
          values: months.map((_, m) => seed[(r * 6 + m) % seed.length] ?? null),
        }));
        const columns = [...IDENTITY_COLUMNS[vintage], ...months];
        const permutation = columns.map((_, index) => index);
        permutation.sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0) || a - b);
        const grid = [
          columns,
          ...rows.map((row) => [
            row.borough,
            row.major,
            row.minor,
            ...row.values.map((v) => (v === null ? '' : String(v))),
          ]),
        ].map((cells) => permutation.map((index) => cells[index] ?? ''));
        const text = formatCsv(grid);
        const series = await readMpsBoroughSeries(piecesOf(text, chunk), 'generated.csv', options);
        const monthOrder = permutation.filter((index) => index >= 3).map((index) => index - 3);
        expect(series.vintage).toBe(vintage === 'historic' ? 'historic' : 'recent');
        expect(series.months).toEqual(monthOrder.map((m) => `${months[m]!.slice(0, 4)}-${months[m]!.slice(4)}`));
        expect(series.rows.map(({ borough, major, minor, values }) => ({ borough, major, minor, values }))).toEqual(
          rows.map((row) => ({ ...row, values: monthOrder.map((m) => row.values[m]) })),
        );
        const lineNumbers = series.rows.map((row) => row.row);
        expect(lineNumbers.every((line, index) => line > (lineNumbers[index - 1] ?? 1))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
