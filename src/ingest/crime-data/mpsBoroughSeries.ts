/**
 * The London Datastore's MPS recorded-crime files, borough and ward level: one row per area (and
 * ward) × major × minor category, one column per month (YYYYMM). mpsLayout.ts reads the header.
 *
 * The file is read as a stream, record by record, so only the current record is held as text.
 * Reading never stops at a problem: every problem of the file is collected, each with its row
 * (the line the record starts on; the header is row 1) and column, and returned beside the rows
 * that could be read, so that the caller can add what only it can check (which areas the force
 * has, which category names the taxonomy maps) and refuse the file once with all of them.
 */
import { nameKey } from '../../domain/crime-data/index.js';
import { CsvSyntaxError, restoreCsvCell, type CsvRecord } from '../csv/csvRows.js';
import { streamCsvRecords, type TextSource } from '../csv/csvStream.js';
import type { IngestProblem } from '../ingestError.js';
import { readMpsLayout, type MpsCategoryColumns, type MpsLayout, type MpsLevel } from './mpsLayout.js';

export { columnLetter, type MpsCategoryColumns, type MpsLevel } from './mpsLayout.js';

/** A ward as a ward file gives it: its name and its ONS code (E05…). */
export interface MpsWardReference {
  readonly name: string;
  readonly code: string;
}

export interface MpsSeriesRow {
  /** The line of the file the row starts on (the header is row 1). */
  readonly row: number;
  /** The borough, or another area of the force, as the file writes it. */
  readonly area: string;
  /** The ward of a ward file's row; null in a borough file. */
  readonly ward: MpsWardReference | null;
  readonly major: string;
  readonly minor: string;
  /** One value per month, in the order of `months`; null where the cell is empty. */
  readonly values: (number | null)[];
}

export interface MpsBoroughSeries {
  /** Null when the header is too broken for any row to be read. */
  readonly level: MpsLevel | null;
  readonly categoryColumns: MpsCategoryColumns | null;
  /** 'YYYY-MM', in the order of the file's columns. */
  readonly months: string[];
  /** The rows that could be read; a row with a problem that leaves it unreadable is not here. */
  readonly rows: MpsSeriesRow[];
  /** Every problem found, in the order of the file. */
  readonly problems: IngestProblem[];
  /** What the columns are called in problems: "Borough", "MinorText", "WardCode"… */
  readonly columns: {
    readonly area: string;
    readonly major: string;
    readonly minor: string;
    readonly wardName: string;
    readonly wardCode: string;
  };
}

export interface MpsReadProgress {
  /** Records read so far, the header included. */
  records: number;
  /** Characters of text read so far. */
  characters: number;
}

export interface ReadMpsBoroughSeriesOptions {
  /** Told how far the reading has gone, every `progressEvery` records and once at the end. */
  onProgress?: (progress: MpsReadProgress) => void;
  /** 500 unless given. */
  progressEvery?: number;
}

export type MpsSource = TextSource;

/** An ONS ward code: E05 and six digits. */
const WARD_CODE = /^E05\d{6}$/;

/** Maps nested four deep, for the row each area × ward × major × minor was first seen on. */
type Seen = Map<number, Map<number, Map<number, Map<number, number>>>>;

function within<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = make();
    map.set(key, inner);
  }
  return inner;
}

class RowReader {
  private readonly seen: Seen = new Map();
  /** A number for each name as compared (and each ward code), so that a row's key is four numbers. */
  private readonly ids = new Map<string, number>();
  private readonly validCodes = new Map<string, boolean>();
  /**
   * A file repeats a few hundred names over thousands of rows, so each is read once: the text of a
   * cell as written, the name as compared, and each ward. Every row then shares one string per
   * name, which keeps the rows small and the look-ups that follow quick.
   */
  private readonly texts = new Map<string, string>();
  private readonly codes = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly wards = new Map<string, Map<string, MpsWardReference>>();

  constructor(
    private readonly file: string,
    private readonly layout: MpsLayout,
    private readonly problems: IngestProblem[],
  ) {}

  read(record: CsvRecord): MpsSeriesRow | null {
    const { layout } = this;
    if (record.cells.length !== layout.width) {
      const message = `has ${record.cells.length} cells where the header has ${layout.width} columns`;
      this.problem(record, null, message);
      return null;
    }
    const area = this.textCell(record, layout.area);
    const major = this.textCell(record, layout.major);
    const minor = this.textCell(record, layout.minor);
    const ward = layout.ward === null ? null : this.wardOf(record, layout.ward);
    const values: (number | null)[] = [];
    for (const { index } of layout.months) values.push(this.valueCell(record, index));
    if (area === '' || major === '' || minor === '' || ward === undefined) return null;
    const earlier = this.firstSeen(record.row, [area, ward?.code ?? '', major, minor]);
    if (earlier !== record.row) {
      const place = [area, ward?.name, major, minor].filter((part) => part !== undefined).join(' / ');
      this.problem(record, null, `repeats ${place}, already given in row ${earlier}`);
      return null;
    }
    return { row: record.row, area, ward, major, minor, values };
  }

  /** The row an area × ward code × major × minor (names as compared) was first given on: this one, or an earlier. */
  private firstSeen(row: number, [area, wardCode, major, minor]: [string, string, string, string]): number {
    const id = (text: string): number => within(this.ids, text, () => this.ids.size + 1);
    const byWard = within(this.seen, id(this.nameKey(area)), () => new Map<number, Map<number, Map<number, number>>>());
    const byMajor = within(byWard, id(wardCode), () => new Map<number, Map<number, number>>());
    const byMinor = within(byMajor, id(this.nameKey(major)), () => new Map<number, number>());
    return within(byMinor, id(this.nameKey(minor)), () => row);
  }

  private nameKey(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = nameKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  private problem(record: CsvRecord, index: number | null, message: string): void {
    const column = index === null ? null : (this.layout.columnNames[index] ?? null);
    this.problems.push({ file: this.file, row: record.row, column, message });
  }

  private textCell(record: CsvRecord, index: number, upperCase = false): string {
    const cell = record.cells[index] ?? '';
    const texts = upperCase ? this.codes : this.texts;
    let text = texts.get(cell);
    if (text === undefined) {
      text = restoreCsvCell(cell).trim();
      if (upperCase) text = text.toUpperCase();
      texts.set(cell, text);
    }
    if (text === '') this.problem(record, index, 'is empty');
    return text;
  }

  /** The row's ward; undefined when its name or code is missing or the code is not an ONS ward code. */
  private wardOf(record: CsvRecord, columns: NonNullable<MpsLayout['ward']>): MpsWardReference | undefined {
    const name = this.textCell(record, columns.name);
    const code = this.textCell(record, columns.code, true);
    const valid = within(this.validCodes, code, () => WARD_CODE.test(code));
    if (code !== '' && !valid) {
      this.problem(record, columns.code, `"${code}" is not an ONS ward code (E05 and six digits, such as E05013570)`);
      return undefined;
    }
    if (name === '' || code === '') return undefined;
    let named = this.wards.get(code);
    if (named === undefined) {
      named = new Map();
      this.wards.set(code, named);
    }
    let ward = named.get(name);
    if (ward === undefined) {
      ward = { name, code };
      named.set(name, ward);
    }
    return ward;
  }

  private valueCell(record: CsvRecord, index: number): number | null {
    const cell = record.cells[index] ?? '';
    const count = wholeNumber(cell);
    if (count !== null) return count;
    const text = cell.trim();
    if (text === '') return null;
    this.problem(record, index, `"${text}" is not a count of crimes (a whole number, or empty where there is none)`);
    return null;
  }
}

/** The value of a cell of digits (at most 15, so it stays exact), or null for anything else. */
function wholeNumber(cell: string): number | null {
  if (cell.length === 0 || cell.length > 15) return null;
  let value = 0;
  for (let at = 0; at < cell.length; at += 1) {
    const digit = cell.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value;
}

const isBlank = (record: CsvRecord): boolean => record.cells.every((cell) => cell.trim() === '');

function columnsOf(layout: MpsLayout | null): MpsBoroughSeries['columns'] {
  const name = (index: number | undefined, fallback: string): string =>
    index === undefined ? fallback : (layout?.columnNames[index] ?? fallback);
  return {
    area: name(layout?.area, 'Borough'),
    major: name(layout?.major, 'Major Category'),
    minor: name(layout?.minor, 'Minor Category'),
    wardName: name(layout?.ward?.name, 'WardName'),
    wardCode: name(layout?.ward?.code, 'WardCode'),
  };
}

/**
 * Reads an MPS recorded-crime file (any of its layouts) from a stream: a Node Readable, or any
 * async iterable of text. Never throws for what is in the file: problems come back beside the
 * rows — a header without the borough, major or minor column, a column that is not a YYYYMM
 * month, a cell that is not a whole number, an empty name, a ward code that is not an ONS code,
 * an area × ward × major × minor row given twice, malformed CSV. Empty cells are null; blank lines
 * are skipped; a UTF-8 byte order mark and CRLF line ends are accepted.
 */
export async function readMpsBoroughSeries(
  source: MpsSource,
  fileName: string,
  options: ReadMpsBoroughSeriesOptions = {},
): Promise<MpsBoroughSeries> {
  const problems: IngestProblem[] = [];
  const every = Math.max(1, options.progressEvery ?? 500);
  const progress: MpsReadProgress = { records: 0, characters: 0 };
  const rows: MpsSeriesRow[] = [];
  let layout: MpsLayout | null = null;
  let reader: RowReader | null = null;
  let headerRead = false;
  try {
    for await (const record of streamCsvRecords(source, (count) => (progress.characters += count))) {
      progress.records += 1;
      if (progress.records % every === 0) options.onProgress?.({ ...progress });
      if (!headerRead) {
        headerRead = true;
        layout = readMpsLayout(fileName, record.cells, problems);
        if (layout === null) break;
        reader = new RowReader(fileName, layout, problems);
      } else if (reader !== null && !isBlank(record)) {
        const row = reader.read(record);
        if (row !== null) rows.push(row);
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ file: fileName, row: error.line, column: null, message: error.detail });
  }
  options.onProgress?.({ ...progress });
  if (!headerRead && problems.length === 0) {
    problems.push({ file: fileName, row: null, column: null, message: 'is empty: it has no header row' });
  }
  return {
    level: layout?.level ?? null,
    categoryColumns: layout?.categoryColumns ?? null,
    months: layout?.months.map(({ month }) => month) ?? [],
    rows,
    problems,
    columns: columnsOf(layout),
  };
}
