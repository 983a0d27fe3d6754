import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { POLICE_UK_LAYOUTS, sliceOfFileName } from '../../../domain/crime-data/index.js';
import { readPoliceUkSlice } from './readPoliceUkSlice.js';
import { unpackRows } from './sliceAggregate.js';

const STREET_HEADER = POLICE_UK_LAYOUTS.street.join(',');
const SEARCH_HEADER = POLICE_UK_LAYOUTS['stop-and-search'].join(',');
const CUT_SHORT =
  'the file ends part-way through this line (it has no line break, as every police.uk line does): it looks cut short';
const KNOWN = new Set(['Burglary', 'Anti-social behaviour', 'Violence and sexual offences']);

function streetRow(fields: {
  month?: string;
  lsoa?: string;
  name?: string;
  type?: string;
  outcome?: string;
  location?: string;
}): string {
  const {
    month = '2018-04',
    lsoa = 'E01000001',
    name = 'City of London 001A',
    type = 'Burglary',
    outcome = 'Under investigation',
  } = fields;
  const location = fields.location ?? 'On or near Cheapside';
  return `abc,${month},City of London Police,City of London Police,-0.09,51.51,${location},${lsoa},${name},${type},${outcome},`;
}

async function read(file: string, content: string | Buffer, forceArea: ReadonlySet<string> | null = null) {
  const slice = sliceOfFileName(file);
  if (slice === null) throw new Error(file);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return readPoliceUkSlice({ file, slice, bytes: Readable.from([bytes]) }, { knownCrimeTypes: KNOWN, forceArea });
}

describe('reading a police.uk street file', () => {
  it('counts rows by LSOA, local authority, crime type and outcome, with a BOM and a quoted location holding a comma', async () => {
    const text = [
      STREET_HEADER,
      streetRow({}),
      streetRow({ location: '"On or near Station Road, Car Park"' }),
      streetRow({ lsoa: 'E01000916', name: 'Camden 027B', type: 'Anti-social behaviour', outcome: '' }),
      'def,2018-04,City of London Police,City of London Police,,,No Location,,,Burglary,Under investigation,',
    ].join('\r\n');
    const reading = await read('2018-04-city-of-london-street.csv', `\uFEFF${text}\r\n`, new Set(['City of London']));
    expect(reading.fatal).toBe(false);
    expect(reading.forceName).toBe('City of London Police');
    expect(reading.rowsRead).toBe(4);
    expect([...unpackRows(reading.rows)]).toEqual(
      expect.arrayContaining([
        { values: ['E01000001', 'City of London', 'Burglary', 'Under investigation'], count: 2 },
        { values: ['E01000916', 'Camden', 'Anti-social behaviour', ''], count: 1 },
        { values: ['', '', 'Burglary', 'Under investigation'], count: 1 },
      ]),
    );
    expect(reading.areaCounts).toEqual({ 'in-area': 2, 'out-of-area': 1, 'no-location': 1, unmapped: 0 });
  });

  it('counts rows by local authority alone, still telling areas apart, when LSOA detail is not kept', async () => {
    const text = [
      STREET_HEADER,
      streetRow({}),
      streetRow({ lsoa: 'E01000002', name: 'City of London 001B' }),
      streetRow({ lsoa: 'E01000916', name: 'Camden 027B' }),
      'def,2018-04,City of London Police,City of London Police,,,No Location,,,Burglary,Under investigation,',
    ].join('\n');
    const slice = sliceOfFileName('2018-04-city-of-london-street.csv');
    if (slice === null) throw new Error('the file name names no slice');
    const reading = await readPoliceUkSlice(
      { file: 'street.csv', slice, bytes: Readable.from([Buffer.from(`${text}\n`)]) },
      { knownCrimeTypes: KNOWN, forceArea: new Set(['City of London']), lsoaDetail: false },
    );
    expect([...unpackRows(reading.rows)]).toEqual([
      { values: ['', 'City of London', 'Burglary', 'Under investigation'], count: 2 },
      { values: ['', 'Camden', 'Burglary', 'Under investigation'], count: 1 },
      { values: ['', '', 'Burglary', 'Under investigation'], count: 1 },
    ]);
    expect(reading.areaCounts).toEqual({ 'in-area': 2, 'out-of-area': 1, 'no-location': 1, unmapped: 0 });
  });

  it('refuses a wrong header, naming the columns expected and found', async () => {
    const reading = await read('2018-04-kent-street.csv', 'Borough,Count\nA,1\n');
    expect(reading.fatal).toBe(true);
    expect(reading.problems[0]).toMatchObject({ file: '2018-04-kent-street.csv', row: 1, fatal: true });
    expect(reading.problems[0]?.message).toContain(`expected "${STREET_HEADER}", found "Borough,Count"`);
  });

  it('refuses a file cut short in its last line, naming the line', async () => {
    const text = `${STREET_HEADER}\n${streetRow({})}\n${streetRow({}).slice(0, 40)}`;
    const reading = await read('2018-04-kent-street.csv', text);
    expect(reading.fatal).toBe(true);
    expect(reading.problems.map((p) => p.message)).toContain(CUT_SHORT);
    expect(reading.problems.every((p) => p.row === 3)).toBe(true);
  });

  it('reports a quote the header never closes once, with its line, and not as an empty file', async () => {
    const reading = await read('2018-04-kent-street.csv', `"Crime ID,Month\n${streetRow({})}\n`);
    expect(reading.problems).toEqual([
      expect.objectContaining({ row: 1, message: 'a quoted field is never closed (a " is missing)', fatal: true }),
    ]);
  });

  it('refuses a header of a million columns in a message of a few hundred characters that says how many', async () => {
    const reading = await read('2018-04-kent-street.csv', `${'Column,'.repeat(1_000_000)}End\n${streetRow({})}\n`);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toMatchObject({ row: 1, fatal: true });
    expect(reading.problems[0]?.message).toMatch(/^the line is longer than 65,536 characters \(9,363 or more columns/);
    expect(reading.problems[0]?.message.length).toBeLessThan(300);
  });

  it('quotes no more than the start of a wrong header of thousands of columns, and counts them', async () => {
    const reading = await read('2018-04-kent-street.csv', `${'Column,'.repeat(9_000)}End\n${streetRow({})}\n`);
    const message = reading.problems[0]?.message ?? '';
    expect(message).toContain(`expected "${STREET_HEADER}", found "Column,Column,`);
    expect(message).toMatch(/…" \(9,001 columns where the layout has 12\)$/);
    expect(message.length).toBeLessThan(700);
  });

  it('refuses a line of 200 MB after reading little more than the cap of it, naming the line', async () => {
    let bytesRead = 0;
    async function* file(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${STREET_HEADER}\n${streetRow({})}\n`);
      for (let sent = 0; sent < 200 * 1024 * 1024; sent += 65_536)
        yield await Promise.resolve(Buffer.alloc(65_536, 0x61));
    }
    const reading = await readPoliceUkSlice(
      { file: '2018-04-kent-street.csv', slice: { force: 'kent', month: '2018-04', layout: 'street' }, bytes: file() },
      { knownCrimeTypes: KNOWN, forceArea: null, onProgress: (bytes) => (bytesRead = bytes) },
    );
    expect(reading.fatal).toBe(true);
    expect(reading.problems).toEqual([
      expect.objectContaining({ file: '2018-04-kent-street.csv', row: 3, fatal: true }),
    ]);
    expect(reading.problems[0]?.message).toContain('the line is longer than 65,536 characters');
    expect(reading.sizeBytes).toBeLessThan(4 * 65_536);
    expect(bytesRead).toBeLessThan(4 * 65_536);
  });

  it('refuses a month that differs from the file name', async () => {
    const reading = await read(
      '2018-04-kent-street.csv',
      `${STREET_HEADER}\n${streetRow({})}\n${streetRow({ month: '2018-05' })}\n`,
    );
    expect(reading.fatal).toBe(true);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Month',
        message: 'the month is "2018-05" in a file named for 2018-04',
      }),
    ]);
  });

  it('loads an unknown crime type as unmapped and reports it once with its first line and count', async () => {
    const rows = [streetRow({ type: 'Fly-tipping' }), streetRow({}), streetRow({ type: 'Fly-tipping' })];
    const reading = await read('2018-04-kent-street.csv', `${STREET_HEADER}\n${rows.join('\n')}\n`);
    expect(reading.fatal).toBe(false);
    expect(reading.rowsAggregated).toBe(3);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Crime type',
        message: '"Fly-tipping" is not a crime type the taxonomy maps: 2 rows loaded as unmapped',
        fatal: false,
      }),
    ]);
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${STREET_HEADER}\n${streetRow({})}\n`),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
    ]);
    const reading = await read('2018-04-kent-street.csv', bytes);
    expect(reading.fatal).toBe(true);
    expect(reading.problems[0]).toMatchObject({ row: 3, message: 'the file holds bytes that are not UTF-8 text' });
  });

  it('refuses an empty file, and checksums exactly the bytes it read', async () => {
    const reading = await read('2018-04-kent-street.csv', '');
    expect(reading.fatal).toBe(true);
    expect(reading.problems[0]?.message).toBe('the file is empty: it has no header and no rows');
    expect(reading.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('reading a police.uk stop and search file', () => {
  const search = (date: string, linked = 'True') =>
    `Person search,${date},False,,51.5,-0.1,Male,18-24,White - Any other White background,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,${linked},False`;

  it('takes a late-March UTC time as April in London, and counts by every dimension', async () => {
    const text = [
      SEARCH_HEADER,
      search('2018-03-31T23:00:00+00:00'),
      search('2018-04-10T12:00:00+00:00'),
      search('2018-04-11T12:00:00+00:00', ''),
    ];
    const reading = await read('2018-04-metropolitan-stop-and-search.csv', `${text.join('\n')}\n`);
    expect(reading.fatal).toBe(false);
    expect(reading.forceName).toBeNull();
    const common = [
      'Person search',
      'White - Any other White background',
      'White',
      'Male',
      '18-24',
      'Misuse of Drugs Act 1971 (section 23)',
      'Controlled drugs',
      'Arrest',
    ];
    expect([...unpackRows(reading.rows)]).toEqual([
      { values: [...common, 'true'], count: 2 },
      { values: [...common, ''], count: 1 },
    ]);
  });

  it('refuses a search dated in another month, even by London time', async () => {
    const reading = await read(
      '2018-04-metropolitan-stop-and-search.csv',
      `${SEARCH_HEADER}\n${search('2018-04-30T23:30:00+00:00')}\n`,
    );
    expect(reading.problems[0]).toMatchObject({ row: 2, column: 'Date', fatal: true });
    expect(reading.problems[0]?.message).toContain('falls in 2018-05 (London time)');
  });
  it('refuses a file whose last line has every field but no line break, since police.uk ends every line', async () => {
    // Cut inside the last field: "…,True,Fa" still splits into the header's number of fields.
    const text = `${SEARCH_HEADER}\n${search('2018-04-10T12:00:00+00:00')}\n${search('2018-04-11T12:00:00+00:00')}`;
    const reading = await read('2018-04-metropolitan-stop-and-search.csv', text.slice(0, -3));
    expect(text.slice(0, -3).endsWith(',True,Fa')).toBe(true);
    expect(reading.rowsRead).toBe(2);
    expect(reading.fatal).toBe(true);
    expect(reading.problems).toEqual([expect.objectContaining({ row: 3, message: CUT_SHORT, fatal: true })]);
  });
});

describe('reading a police.uk outcomes file', () => {
  it('counts outcomes by LSOA, local authority and outcome type', async () => {
    const header = POLICE_UK_LAYOUTS.outcomes.join(',');
    const row = (outcome: string) =>
      `abc,2018-04,Kent Police,Kent Police,0.5,51.4,On or near Park Road,E01024000,Dartford 004B,${outcome}`;
    const text = [header, row('Suspect charged'), row('Suspect charged'), row('Offender given a caution'), ''].join(
      '\n',
    );
    const reading = await read('2018-04-kent-outcomes.csv', text);
    expect(reading.fatal).toBe(false);
    expect(reading.forceName).toBe('Kent Police');
    expect([...unpackRows(reading.rows)]).toEqual([
      { values: ['E01024000', 'Dartford', 'Suspect charged'], count: 2 },
      { values: ['E01024000', 'Dartford', 'Offender given a caution'], count: 1 },
    ]);
  });
});
