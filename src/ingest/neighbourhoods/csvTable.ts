import { isValidDate, makeDate, parseIsoDate, type IsoDate } from '../../domain/calendar/index.js';
import { CsvSyntaxError, parseCsv } from '../csv/csvRows.js';
import { IngestError, type IngestProblem } from '../ingestError.js';

/** One data row of a file, its cells read by column name. */
export interface TableRow {
  readonly row: number;
  cell(column: string): string;
}

const key = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The data rows of a CSV whose first row names the columns, matched loosely ("As at", "as_at",
 * "AS AT"). A file that is not CSV, or lacks a required column, is refused whole: no row can be
 * read without its columns. Blank lines are skipped.
 */
export function readTable(
  text: string,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): TableRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new IngestError([{ file, row: error.line, column: null, message: error.detail }]);
    throw error;
  }
  const [header, ...rest] = records;
  if (header === undefined) throw new IngestError([{ file, row: null, column: null, message: 'the file is empty' }]);
  const index = new Map(
    [...required, ...optional].map((name) => [name, header.cells.findIndex((cell) => key(cell) === key(name))]),
  );
  const missing = required.filter((name) => (index.get(name) ?? -1) < 0);
  if (missing.length > 0) {
    throw new IngestError(
      missing.map((column) => ({ file, row: 1, column, message: `the ${column} column is missing` })),
    );
  }
  return rest
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''))
    .map((record) => ({
      row: record.row,
      cell: (column: string) => record.cells[index.get(column) ?? -1]?.trim() ?? '',
    }));
}

/** Reports problems against a file's rows and collects them, so every one is named at once. */
export class ProblemList {
  readonly problems: IngestProblem[] = [];

  constructor(private readonly file: string) {}

  add(row: number, column: string, message: string): void {
    this.problems.push({ file: this.file, row, column, message });
  }

  /** A non-empty cell, or a problem. */
  text(row: TableRow, column: string): string | null {
    const value = row.cell(column);
    if (value === '') this.add(row.row, column, 'is empty');
    return value === '' ? null : value;
  }

  /** A whole number of posts or people, 0 or more. */
  count(row: TableRow, column: string): number | null {
    const text = row.cell(column);
    const value = Number(text.replace(/,/g, ''));
    if (text === '' || !/^-?[\d,]+$/.test(text) || !Number.isSafeInteger(value)) {
      this.add(row.row, column, text === '' ? 'is empty' : `"${text}" is not a whole number`);
      return null;
    }
    if (value < 0) {
      this.add(row.row, column, `"${text}" is negative; a count of posts is 0 or more`);
      return null;
    }
    return value;
  }

  /** A day written 2018-12-31 or, as UK spreadsheets save it, 31/12/2018. */
  date(row: TableRow, column: string): IsoDate | null {
    const text = row.cell(column);
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    let date: IsoDate | null = parseIsoDate(text);
    if (date === null && uk !== null) {
      const [year, month, day] = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
      date = isValidDate(year, month, day) ? makeDate(year, month, day) : null;
    }
    if (date === null)
      this.add(
        row.row,
        column,
        text === '' ? 'is empty' : `"${text}" is not a real date written 2018-12-31 or 31/12/2018`,
      );
    return date;
  }
}
