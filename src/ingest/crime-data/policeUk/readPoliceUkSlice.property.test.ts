import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICE_UK_LAYOUTS, type PoliceUkLayout } from '../../../domain/crime-data/index.js';
import { MAX_LINE_CHARS } from './csvLines.js';
import { readPoliceUkSlice, readPoliceUkSliceAsText, type SliceReading } from './readPoliceUkSlice.js';
import { unpackRows } from './sliceAggregate.js';
import { cutBytes } from '../../../../test/support/cutBytes.js';

const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

/** Cell values as police.uk writes them, and the odd ones a broken or hand-edited file holds. */
const plainCell = (usual: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...usual) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', ' ', 'Café', '£5', 'Ynys Môn 001A', '\u00a0Camden 001A', '😀', 'Na\u0308'),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
  );

const cells = {
  month: ['2018-04', '2018-04', '2018-04', '2018-05', ' 2018-04'],
  force: ['Metropolitan Police Service', 'City of London Police'],
  lsoaCode: ['E01000001', 'E01000916', '', ' E01000002 '],
  lsoaName: ['City of London 001A', 'Camden 027B', 'Camden  027C', '', 'Tower Hamlets 001', '001A'],
  crimeType: ['Burglary', 'Anti-social behaviour', 'Shoplifting', 'Violence and sexual offences'],
  outcome: ['Under investigation', 'Unable to prosecute suspect', ''],
  date: ['2018-04-01T00:30:00+00:00', '2018-03-31T23:30:00+00:00', '2018-04-30T23:30:00+00:00', 'yesterday'],
  search: [
    'Person search',
    'Male',
    '18-24',
    'White',
    'Misuse of Drugs Act 1971 (section 23)',
    'Controlled drugs',
    'TRUE',
    ' false',
    'False',
  ],
};

function rowOf(layout: PoliceUkLayout) {
  const anything = plainCell(['x', '-0.09', '51.5', 'On or near Cheapside']);
  const columns = POLICE_UK_LAYOUTS[layout].map((column) => {
    if (column === 'Month') return plainCell(cells.month);
    if (column === 'Falls within' || column === 'Reported by') return plainCell(cells.force);
    if (column === 'LSOA code') return plainCell(cells.lsoaCode);
    if (column === 'LSOA name') return plainCell(cells.lsoaName);
    if (column === 'Crime type' || column === 'Outcome type') return plainCell(cells.crimeType);
    if (column === 'Last outcome category') return plainCell(cells.outcome);
    if (column === 'Date') return plainCell(cells.date);
    if (layout === 'stop-and-search') return plainCell(cells.search);
    return anything;
  });
  return fc.tuple(...columns);
}

/** A line of the file: a row (some cells quoted, some rows a field short or long), or an odd line. */
function lineOf(layout: PoliceUkLayout) {
  const row = fc
    .tuple(rowOf(layout), fc.array(fc.boolean(), { maxLength: 15 }), fc.integer({ min: -1, max: 1 }))
    .map(([values, quoted, extra]) => {
      const fields: string[] = [...values];
      const used = extra === 0 ? fields : extra < 0 ? fields.slice(0, -1) : [...fields, 'more'];
      return used.map((value, at) => (quoted[at] === true || /[",\r\n]/.test(value) ? quote(value) : value)).join(',');
    });
  const odd = fc.constantFrom('', '"never closed', 'a"b,c', '"x"y', '"two\nlines",b', ' ', '"a,b",,');
  return fc.oneof({ weight: 12, arbitrary: row }, { weight: 1, arbitrary: odd });
}

function fileOf(layout: PoliceUkLayout) {
  const header = fc.oneof(
    { weight: 8, arbitrary: fc.constant(POLICE_UK_LAYOUTS[layout].join(',')) },
    { weight: 1, arbitrary: fc.constant(POLICE_UK_LAYOUTS[layout].map(quote).join(',')) },
    { weight: 1, arbitrary: fc.constant('Crime ID,Month') },
  );
  return fc
    .record({
      header,
      lines: fc.array(lineOf(layout), { maxLength: 30 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      lastLineBreak: fc.oneof(
        { weight: 6, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      badByte: fc.option(fc.tuple(fc.nat(), fc.constantFrom(0xff, 0xc3, 0xe2, 0x80)), { freq: 6 }),
      offsets: fc.array(fc.nat(), { maxLength: 8 }),
    })
    .map(({ header, lines, crlf, bom, lastLineBreak, badByte, offsets }) => {
      const newline = crlf ? '\r\n' : '\n';
      const text = [header, ...lines].join(newline) + (lastLineBreak ? newline : '');
      let bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
      if (badByte !== null) {
        const at = badByte[0] % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([badByte[1]]), bytes.subarray(at)]);
      }
      return { bytes, offsets };
    });
}

const FILES: Record<PoliceUkLayout, string> = {
  street: '2018-04-metropolitan-street.csv',
  outcomes: '2018-04-metropolitan-outcomes.csv',
  'stop-and-search': '2018-04-metropolitan-stop-and-search.csv',
};

async function bothWays(
  layout: PoliceUkLayout,
  chunks: Buffer[],
  options: { forceArea: ReadonlySet<string> | null; lsoaDetail: boolean },
): Promise<[SliceReading, SliceReading]> {
  const slice = { force: 'metropolitan', month: '2018-04', layout };
  const settings = { knownCrimeTypes: new Set(['Burglary', 'Shoplifting']), ...options };
  const input = (): { file: string; slice: typeof slice; bytes: Readable } => ({
    file: FILES[layout],
    slice,
    bytes: Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
  });
  return Promise.all([readPoliceUkSlice(input(), settings), readPoliceUkSliceAsText(input(), settings)]);
}

/** Everything a reading says, its rows as values rather than dictionary numbers. */
function said(reading: SliceReading): unknown {
  const { rows, ...rest } = reading;
  return { ...rest, rows: [...unpackRows(rows)] };
}

describe('reading police.uk files from their bytes', () => {
  for (const layout of Object.keys(FILES) as PoliceUkLayout[])
    it(`says what reading every line as text says, for any ${layout} file cut anywhere`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fileOf(layout),
          fc.option(fc.constant(new Set(['Camden'])), { freq: 2 }),
          fc.boolean(),
          async ({ bytes, offsets }, forceArea, lsoaDetail) => {
            const [fast, careful] = await bothWays(layout, cutBytes(bytes, offsets), { forceArea, lsoaDetail });
            expect(said(fast)).toEqual(said(careful));
          },
        ),
        { numRuns: 300 },
      );
    });

  it('refuses a line over the cap as reading it as text does, and reads one of many-byte characters under it', async () => {
    const header = POLICE_UK_LAYOUTS.street.join(',');
    const row = (location: string): string =>
      `x,2018-04,Met,Met,-0.1,51.5,${location},E01000001,Camden 001A,Burglary,Under investigation,`;
    // 30,000 three-byte characters: 90,000 bytes, but 30,000 characters, under the cap.
    const wide = row('€'.repeat(30_000));
    const long = row('a'.repeat(MAX_LINE_CHARS));
    const text = `${header}\n${wide}\n${row('Cheapside')}\n${long}\n`;
    const options = { forceArea: null, lsoaDetail: true };
    for (const size of [1000, 70_000, text.length * 3]) {
      const bytes = Buffer.from(text, 'utf8');
      const chunks = cutBytes(
        bytes,
        Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => (i + 1) * size),
      );
      const [fast, careful] = await bothWays('street', chunks, options);
      expect(said(fast)).toEqual(said(careful));
      expect(fast.problems.map((p) => p.row)).toEqual([4]);
    }
  });
});
