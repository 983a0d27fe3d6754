import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../csv/csvRows.js';
import { describeIngestProblem } from '../ingestError.js';
import { columnLetter, readMpsBoroughSeries, type MpsReadProgress } from './mpsBoroughSeries.js';
import { streamCsvRecords } from '../csv/csvStream.js';
import { nameKey } from '../../domain/crime-data/index.js';
import { demoOrganisation } from '../../../demo/organisation.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';

const HISTORIC = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');
const RECENT = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Recent_24_months.csv');

/** The 32 London boroughs as the demo organisation names them. */
const BOROUGHS: readonly string[] = demoOrganisation()
  .units.filter((unit) => unit.kind === 'borough')
  .map((unit) => unit.name);

/** The text in pieces of the given sizes, as a stream delivers it. */
async function* piecesOf(text: string, size = 7): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) {
    yield await Promise.resolve(text.slice(start, start + size));
  }
}

const read = (text: string, size?: number) => readMpsBoroughSeries(piecesOf(text, size), 'crime.csv');

async function messagesOf(text: string): Promise<string[]> {
  return (await read(text)).problems.map(describeIngestProblem);
}

const HISTORIC_HEADER = 'Borough,Major Category,Minor Category,201509,201510,201511';
const WARD_HEADER = 'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202311,202312';
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('readMpsBoroughSeries on the London Datastore borough files', () => {
  it('reads the historic file: 32 boroughs × 33 categories over 108 months, 2008-01 to 2016-12', async () => {
    const series = await readMpsBoroughSeries(createReadStream(HISTORIC), 'historic.csv');
    expect(series.problems).toEqual([]);
    expect([series.level, series.categoryColumns]).toEqual(['borough', 'category']);
    expect(series.months).toHaveLength(108);
    expect([series.months[0], series.months.at(-1)]).toEqual(['2008-01', '2016-12']);
    expect(new Set(series.rows.map((row) => row.area)).size).toBe(32);
    expect(new Set(series.rows.map((row) => `${row.major}|${row.minor}`)).size).toBe(33);
    expect(series.rows).toHaveLength(32 * 33);
    expect(series.rows.every((row) => row.values.length === 108 && row.values.every((v) => v !== null))).toBe(true);
  });

  it('reads the 2019 file, whose header is the same word for word, with the airports as a 33rd area', async () => {
    const series = await readMpsBoroughSeries(createReadStream(RECENT), 'recent.csv');
    expect(series.problems).toEqual([]);
    expect([series.level, series.categoryColumns]).toEqual(['borough', 'category']);
    expect([series.months[0], series.months.at(-1), series.months.length]).toEqual(['2017-01', '2018-12', 24]);
    expect(series.rows).toHaveLength(1050);
    const airports = series.rows.filter((row) => row.area === 'London Heathrow and London City Airports');
    expect(airports).toHaveLength(27);
    expect(series.rows.some((row) => row.minor === 'Burglary - Residential')).toBe(true);
  });

  it('gives the cell a person finds in the file (Westminster, Theft From Shops, 201510: line 1047, 359)', async () => {
    const series = await readMpsBoroughSeries(createReadStream(HISTORIC), 'historic.csv');
    const row = series.rows.find((r) => r.area === 'Westminster' && r.minor === 'Theft From Shops');
    expect(row?.row).toBe(1047);
    expect(row?.major).toBe('Theft and Handling');
    expect(row?.values[series.months.indexOf('2015-10')]).toBe(359);
    const first = series.rows[0]!;
    expect([first.row, first.area, first.ward, first.minor, first.values[0]]).toEqual([
      2,
      'Barking and Dagenham',
      null,
      'Burglary in a Dwelling',
      82,
    ]);
  });

  it('reads the same from tiny chunks of bytes as from the default ones, and reports progress', async () => {
    const whole = await readMpsBoroughSeries(createReadStream(HISTORIC), 'historic.csv');
    const progress: MpsReadProgress[] = [];
    const onProgress = (step: MpsReadProgress): number => progress.push(step);
    const small = createReadStream(HISTORIC, { highWaterMark: 61 });
    const chunked = await readMpsBoroughSeries(small, 'historic.csv', { onProgress, progressEvery: 100 });
    expect(chunked).toEqual(whole);
    expect(progress.map((step) => step.records)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1057]);
    expect(progress.at(-1)?.characters).toBe(389281);
  });
});

describe('readMpsBoroughSeries layouts', () => {
  it('reads the current borough layout by column name, in any order and any case', async () => {
    const text = lines(
      'MajorText,MinorText,LookUp_BoroughName,201904,201905',
      'BURGLARY,RES BURGLARY OF A HOME,Camden,120,131',
    );
    expect(await read(text)).toEqual({
      level: 'borough',
      categoryColumns: 'text',
      months: ['2019-04', '2019-05'],
      rows: [
        { row: 2, area: 'Camden', ward: null, major: 'BURGLARY', minor: 'RES BURGLARY OF A HOME', values: [120, 131] },
      ],
      problems: [],
      columns: {
        area: 'LookUp_BoroughName',
        major: 'MajorText',
        minor: 'MinorText',
        wardName: 'WardName',
        wardCode: 'WardCode',
      },
    });
    const classes = await read(lines('201905,minor class,BoroughName,Major Class', '7,Rape,Sutton,Sexual Offences'));
    expect(classes.categoryColumns).toBe('class');
    expect(classes.rows[0]).toMatchObject({ area: 'Sutton', major: 'Sexual Offences', minor: 'Rape', values: [7] });
  });

  it('reads a ward file: each row names its ward and ONS code, and its borough or other area', async () => {
    const text = lines(
      WARD_HEADER,
      'THEFT,SHOPLIFTING,Camden Town,E05013652,Camden,40,38',
      'THEFT,SHOPLIFTING,Heathrow Villages,e05013570,Aviation Security (SO18),5,9',
      'THEFT,SHOPLIFTING,Heathrow Villages,E05013570,Hillingdon,2,1',
    );
    const series = await read(text);
    expect(series.problems).toEqual([]);
    expect([series.level, series.categoryColumns]).toEqual(['ward', 'text']);
    expect(series.rows.map((row) => [row.area, row.ward])).toEqual([
      ['Camden', { name: 'Camden Town', code: 'E05013652' }],
      ['Aviation Security (SO18)', { name: 'Heathrow Villages', code: 'E05013570' }],
      ['Hillingdon', { name: 'Heathrow Villages', code: 'E05013570' }],
    ]);
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
    expect((await readMpsBoroughSeries(bytes, 'crime.csv')).rows).toHaveLength(2);
  });

  it('keeps each area as the file writes it (trimmed): which areas the force has is not for the reader to say', async () => {
    const text = lines(
      HISTORIC_HEADER,
      ' barking  &  dagenham ,Burglary,Burglary in a Dwelling,1,2,3',
      'Atlantis,Robbery,Rape,1,2,3',
    );
    const series = await read(text);
    expect(series.problems).toEqual([]);
    expect(series.rows.map((row) => row.area)).toEqual(['barking  &  dagenham', 'Atlantis']);
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
      'crime.csv, row 1: has no Borough column (one named Borough, LookUp_BoroughName, BoroughName; ' +
        'case, spaces and punctuation do not matter)',
    );
    expect(messages[3]).toMatch(/^crime\.csv, row 1: has no minor category column/);
  });

  it('names a ward name column without a ward code column', async () => {
    const messages = await messagesOf(
      lines('MajorText,MinorText,WardName,BoroughName,202401', 'THEFT,SHOPLIFTING,Camden Town,Camden,4'),
    );
    expect(messages).toEqual([
      'crime.csv, row 1: has a WardName or a WardCode column without the other: a ward file names each ward and gives its ONS code',
    ]);
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

  it('names an empty name, a ward code that is not an ONS ward code, and a row of the wrong width', async () => {
    const text = lines(
      WARD_HEADER,
      'THEFT,,Camden Town,E05013652,Camden,1,2',
      'THEFT,SHOPLIFTING,Camden Town,E09000007,Camden,1,2',
      'THEFT,OTHER THEFT,,E05013652,Camden,1,2',
      'THEFT,BICYCLE THEFT,Camden Town,E05013652,Camden,1',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 2, column MinorText: is empty',
      'crime.csv, row 3, column WardCode: "E09000007" is not an ONS ward code (E05 and six digits, such as E05013570)',
      'crime.csv, row 4, column WardName: is empty',
      'crime.csv, row 5: has 6 cells where the header has 7 columns',
    ]);
  });

  it('names an area × ward × major × minor row given twice, however it is spelt', async () => {
    const text = lines(
      HISTORIC_HEADER,
      'Hammersmith and Fulham,Fraud or Forgery,Other Fraud & Forgery,1,2,3',
      'Hammersmith & Fulham,fraud or forgery,Other Fraud and Forgery,1,2,3',
    );
    expect(await messagesOf(text)).toEqual([
      'crime.csv, row 3: repeats Hammersmith & Fulham / fraud or forgery / Other Fraud and Forgery, already given in row 2',
    ]);
    const wards = lines(
      WARD_HEADER,
      'THEFT,SHOPLIFTING,Heathrow Villages,E05013570,Hillingdon,2,1',
      'THEFT,SHOPLIFTING,Heathrow Villages,E05013570,Aviation Security (SO18),5,9',
      'THEFT,SHOPLIFTING,Heathrow Villages,E05013570,HILLINGDON,2,1',
    );
    expect(await messagesOf(wards)).toEqual([
      'crime.csv, row 4: repeats HILLINGDON / Heathrow Villages / THEFT / SHOPLIFTING, already given in row 2',
    ]);
  });

  it('lists every problem of a file, in the order of the file, and keeps the rows it could read', async () => {
    const text = lines(
      'Borough,Major Category,Minor Category,201601,Sum',
      'Camden,Robbery,Personal Property,1,2',
      'Camden,,Personal Property,1,2',
      'Camden,Robbery,Business Property,x,2',
    );
    const series = await read(text);
    expect(series.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'Sum'],
      [3, 'Major Category'],
      [4, '201601'],
    ]);
    expect(series.rows.map((row) => row.row)).toEqual([2, 4]);
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
  const name = fc
    .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'B', ' ', ',', '"', '-', '=', '&', '\n', 'é') })
    .filter((text) => text.trim() === text && text !== '');
  const monthCode = fc
    .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}${String(month).padStart(2, '0')}`);
  const wardCode = fc.integer({ min: 0, max: 999_999 }).map((n) => `E05${String(n).padStart(6, '0')}`);
  const file = fc.record({
    layout: fc.constantFrom('historic', 'current', 'class', 'ward'),
    months: fc.uniqueArray(monthCode, { minLength: 1, maxLength: 6 }),
    keys: fc.uniqueArray(fc.tuple(fc.constantFrom(...BOROUGHS), wardCode, name, name), {
      maxLength: 8,
      selector: ([area, ward, major, minor]) => [nameKey(area), ward, nameKey(major), nameKey(minor)].join('|'),
    }),
    seed: fc.array(fc.option(fc.nat({ max: 100_000 }), { nil: null }), { minLength: 48, maxLength: 48 }),
    order: fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
    chunk: fc.integer({ min: 1, max: 64 }),
  });
  const IDENTITY_COLUMNS = {
    historic: ['Borough', 'Major Category', 'Minor Category'],
    current: ['LookUp_BoroughName', 'MajorText', 'MinorText'],
    class: ['Borough', 'Major Class', 'Minor Class'],
    ward: ['BoroughName', 'MajorText', 'MinorText', 'WardName', 'WardCode'],
  } as const;

  it('reads back what formatCsv wrote, in every layout, in any column order', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ layout, months, keys, seed, order, chunk }) => {
        const ward = layout === 'ward';
        const rows = keys.map(([area, code, major, minor], r) => ({
          area,
          ward: ward ? { name: `Ward ${code}`, code } : null,
          major,
          minor,
          values: months.map((_, m) => seed[(r * 6 + m) % seed.length] ?? null),
        }));
        const identity = IDENTITY_COLUMNS[layout];
        const columns = [...identity, ...months];
        const permutation = columns.map((_, index) => index);
        permutation.sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0) || a - b);
        const grid = [
          columns,
          ...rows.map((row) => [
            row.area,
            row.major,
            row.minor,
            ...(row.ward === null ? [] : [row.ward.name, row.ward.code]),
            ...row.values.map((v) => (v === null ? '' : String(v))),
          ]),
        ].map((cells) => permutation.map((index) => cells[index] ?? ''));
        const series = await readMpsBoroughSeries(piecesOf(formatCsv(grid), chunk), 'generated.csv');
        expect(series.problems).toEqual([]);
        const monthOrder = permutation
          .filter((index) => index >= identity.length)
          .map((index) => index - identity.length);
        expect(series.level).toBe(ward ? 'ward' : 'borough');
        expect(series.months).toEqual(monthOrder.map((m) => `${months[m]!.slice(0, 4)}-${months[m]!.slice(4)}`));
        expect(
          series.rows.map(({ area, ward: w, major, minor, values }) => ({ area, ward: w, major, minor, values })),
        ).toEqual(rows.map((row) => ({ ...row, values: monthOrder.map((m) => row.values[m]) })));
        const lineNumbers = series.rows.map((row) => row.row);
        expect(lineNumbers.every((line, index) => line > (lineNumbers[index - 1] ?? 1))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
