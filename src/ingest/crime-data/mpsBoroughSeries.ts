/**
 * The London Datastore "MPS Borough Level Crime" files: one row per borough × major × minor
 * category, one column per month (YYYYMM). Two vintages of layout are read:
 *
 * - historic (to 2016): `Borough,Major Category,Minor Category,200801,…`
 * - recent: `MajorText,MinorText,LookUp_BoroughName,201004,…`, or `Borough,Major Class,Minor Class,…`
 *
 * Columns are found by name (any case, any order). The file is read as a stream, record by
 * record, so only the current record is held as text. Every problem in the file is collected and
 * thrown as one IngestError, each with its row (the line the record starts on; the header is
 * row 1) and column.
 */
import { nameKey } from '../../domain/crime-data/index.js';
import { CsvSyntaxError, restoreCsvCell, type CsvRecord } from '../csv/csvRows.js';
import { streamCsvRecords, type TextSource } from '../csv/csvStream.js';
import { IngestError, type IngestProblem } from '../ingestError.js';

export type MpsVintage = 'historic' | 'recent';

export interface MpsBoroughSeriesRow {
  /** The line of the file the row starts on (the header is row 1). */
  row: number;
  /** The borough as knownBoroughs spells it. */
  borough: string;
  major: string;
  minor: string;
  /** One value per month, in the order of `months`; null where the cell is empty. */
  values: (number | null)[];
}

export interface MpsBoroughSeries {
  vintage: MpsVintage;
  /** 'YYYY-MM', in the order of the file's columns. */
  months: string[];
  rows: MpsBoroughSeriesRow[];
}

export interface MpsReadProgress {
  /** Records read so far, the header included. */
  records: number;
  /** Characters of text read so far. */
  characters: number;
}

export interface ReadMpsBoroughSeriesOptions {
  /** The borough names rows may carry; matched ignoring case, spacing and "&" against "and". */
  knownBoroughs: ReadonlySet<string>;
  /** Told how far the reading has gone, every `progressEvery` records and once at the end. */
  onProgress?: (progress: MpsReadProgress) => void;
  /** 500 unless given. */
  progressEvery?: number;
}

export type MpsSource = TextSource;

// ---- The header ----

interface Layout {
  vintage: MpsVintage;
  width: number;
  borough: number;
  major: number;
  minor: number;
  /** Column index and 'YYYY-MM' of each good month column. */
  months: { index: number; month: string; name: string }[];
}

const headerKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The names each identifying column goes by, compared as headerKey compares them. */
const IDENTITY = {
  borough: { label: 'Borough', names: ['Borough', 'LookUp_BoroughName', 'Borough Name'] },
  major: { label: 'major category', names: ['Major Category', 'MajorText', 'Major Class', 'Major Class Description'] },
  minor: { label: 'minor category', names: ['Minor Category', 'MinorText', 'Minor Class', 'Minor Class Description'] },
} as const;

type Identity = keyof typeof IDENTITY;

/** "A", "B", … "Z", "AA": the spreadsheet letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}

function monthOf(name: string): string | null {
  const match = /^(\d{4})(\d{2})$/.exec(name);
  if (match === null) return null;
  const [, year = '', month = ''] = match;
  const number = Number(month);
  return number >= 1 && number <= 12 ? `${year}-${month}` : null;
}

function readHeader(file: string, cells: readonly string[], problems: IngestProblem[]): Layout | null {
  const found: Partial<Record<Identity, number>> = {};
  const months: Layout['months'] = [];
  const seenMonths = new Map<string, string>();
  cells.forEach((cell, index) => {
    const name = cell.trim();
    const column = name === '' ? columnLetter(index) : name;
    const at = { file, row: 1, column };
    const identity = (Object.keys(IDENTITY) as Identity[]).find((id) =>
      IDENTITY[id].names.some((known) => headerKey(known) === headerKey(name)),
    );
    if (identity !== undefined) {
      if (found[identity] === undefined) found[identity] = index;
      else problems.push({ ...at, message: `is a second ${IDENTITY[identity].label} column` });
      return;
    }
    const month = monthOf(name);
    const earlier = month === null ? undefined : seenMonths.get(month);
    if (month === null) {
      const what = name === '' ? 'has no name' : `"${name}" is not a month`;
      problems.push({ ...at, message: `${what}: month columns are named YYYYMM, such as 201604` });
    } else if (earlier !== undefined) problems.push({ ...at, message: `repeats the month column ${earlier}` });
    else {
      seenMonths.set(month, name);
      months.push({ index, month, name });
    }
  });
  return layoutOf(file, cells, found, months, problems);
}

function layoutOf(
  file: string,
  cells: readonly string[],
  found: Partial<Record<Identity, number>>,
  months: Layout['months'],
  problems: IngestProblem[],
): Layout | null {
  const { borough, major, minor } = found;
  const accepted = (id: Identity): string => IDENTITY[id].names.join(', ');
  for (const id of Object.keys(IDENTITY) as Identity[]) {
    if (found[id] !== undefined) continue;
    const message =
      `has no ${IDENTITY[id].label} column (one named ${accepted(id)}; ` +
      'case, spaces and punctuation do not matter)';
    problems.push({ file, row: 1, column: null, message });
  }
  if (months.length === 0) {
    problems.push({ file, row: 1, column: null, message: 'has no month columns (named YYYYMM, such as 201604)' });
  }
  if (borough === undefined || major === undefined || minor === undefined) return null;
  const vintage = headerKey(cells[major] ?? '') === 'majorcategory' ? 'historic' : 'recent';
  return { vintage, width: cells.length, borough, major, minor, months };
}

// ---- The rows ----

interface RowReader {
  readonly file: string;
  readonly layout: Layout;
  readonly boroughs: ReadonlyMap<string, string>;
  readonly header: readonly string[];
  /** The row each borough × major × minor key was first seen on. */
  readonly seen: Map<string, number>;
  readonly problems: IngestProblem[];
}

function columnName(reader: RowReader, index: number): string {
  const name = reader.header[index]?.trim() ?? '';
  return name === '' ? columnLetter(index) : name;
}

function textCell(reader: RowReader, record: CsvRecord, index: number): string {
  const text = restoreCsvCell(record.cells[index] ?? '').trim();
  if (text === '') {
    reader.problems.push({
      file: reader.file,
      row: record.row,
      column: columnName(reader, index),
      message: 'is empty',
    });
  }
  return text;
}

function valueCell(reader: RowReader, record: CsvRecord, index: number): number | null {
  const text = (record.cells[index] ?? '').trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  const message = `"${text}" is not a count of crimes (a whole number, or empty where there is none)`;
  reader.problems.push({ file: reader.file, row: record.row, column: columnName(reader, index), message });
  return null;
}

function readRow(reader: RowReader, record: CsvRecord): MpsBoroughSeriesRow | null {
  const { file, layout, problems } = reader;
  if (record.cells.length !== layout.width) {
    const message = `has ${record.cells.length} cells where the header has ${layout.width} columns`;
    problems.push({ file, row: record.row, column: null, message });
    return null;
  }
  const given = textCell(reader, record, layout.borough);
  const major = textCell(reader, record, layout.major);
  const minor = textCell(reader, record, layout.minor);
  const borough = reader.boroughs.get(nameKey(given));
  if (given !== '' && borough === undefined) {
    const column = columnName(reader, layout.borough);
    problems.push({ file, row: record.row, column, message: `"${given}" is not a known borough` });
  }
  const values = layout.months.map(({ index }) => valueCell(reader, record, index));
  if (borough === undefined || major === '' || minor === '') return null;
  const key = [borough, major, minor].map(nameKey).join('\u0000');
  const earlier = reader.seen.get(key);
  if (earlier !== undefined) {
    const message = `repeats ${borough} / ${major} / ${minor}, already given in row ${earlier}`;
    problems.push({ file, row: record.row, column: null, message });
    return null;
  }
  reader.seen.set(key, record.row);
  return { row: record.row, borough, major, minor, values };
}

const isBlank = (record: CsvRecord): boolean => record.cells.every((cell) => cell.trim() === '');

/**
 * Reads an MPS borough-level crime file from a stream (a Node Readable, or any async iterable of
 * text). Throws one IngestError listing every problem: a header without the borough, major or
 * minor column, a column that is not a YYYYMM month, a cell that is not a whole number, a borough
 * not in knownBoroughs, a borough × major × minor row given twice, malformed CSV. Empty cells are
 * null; blank lines are skipped; a UTF-8 byte order mark and CRLF line ends are accepted.
 */
export async function readMpsBoroughSeries(
  source: MpsSource,
  fileName: string,
  options: ReadMpsBoroughSeriesOptions,
): Promise<MpsBoroughSeries> {
  const problems: IngestProblem[] = [];
  const boroughs = new Map([...options.knownBoroughs].map((name) => [nameKey(name), name]));
  const every = Math.max(1, options.progressEvery ?? 500);
  const progress: MpsReadProgress = { records: 0, characters: 0 };
  const rows: MpsBoroughSeriesRow[] = [];
  let reader: RowReader | null = null;
  try {
    for await (const record of streamCsvRecords(source, (count) => (progress.characters += count))) {
      progress.records += 1;
      if (progress.records % every === 0) options.onProgress?.({ ...progress });
      if (reader === null) {
        const layout = readHeader(fileName, record.cells, problems);
        if (layout === null) break;
        reader = { file: fileName, layout, boroughs, header: record.cells, seen: new Map(), problems };
      } else if (!isBlank(record)) {
        const row = readRow(reader, record);
        if (row !== null) rows.push(row);
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ file: fileName, row: error.line, column: null, message: error.detail });
  }
  options.onProgress?.({ ...progress });
  if (reader === null && problems.length === 0) {
    problems.push({ file: fileName, row: null, column: null, message: 'is empty: it has no header row' });
  }
  if (problems.length > 0 || reader === null) throw new IngestError(problems);
  return { vintage: reader.layout.vintage, months: reader.layout.months.map(({ month }) => month), rows };
}
