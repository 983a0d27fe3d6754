/**
 * One table of an inspection file, whichever kind of file holds it: a header row naming the
 * columns, in any order, and the rows under it. Columns we do not know are left alone, so a team
 * can keep its own notes beside the data.
 */
import type { IngestProblem } from '../ingestError.js';
import type { SheetRecord } from '../xlsx/workbookRecords.js';
import { cellText } from './inspectionCells.js';

export interface TableSource {
  /** The CSV file, or the workbook the sheet is in. */
  readonly file: string;
  /** The sheet, for a workbook: its columns are then named with it, "Due (Findings sheet)". */
  readonly sheet: string | null;
  readonly records: readonly SheetRecord[];
}

/** Where a value came from, as a person finds it: the file, the row (header row 1) and the column. */
export interface InspectionLocation {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
}

export interface TableRow {
  readonly row: number;
  /** The cell under a column, as text with no space around it; blank when the file lacks the column. */
  get(column: string): string;
}

export function locationIn(source: TableSource, row: number | null, column: string | null): InspectionLocation {
  const named = column === null || source.sheet === null ? column : `${column} (${source.sheet} sheet)`;
  return { file: source.file, row, column: named };
}

/** Adds a problem found in a table, naming its place. */
export type Report = (row: number | null, column: string | null, message: string) => void;

export function reporterFor(source: TableSource, problems: IngestProblem[]): Report {
  return (row, column, message) => problems.push({ ...locationIn(source, row, column), message });
}

const sameName = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

function columnsOf(header: SheetRecord, columns: readonly string[], report: Report): Map<string, number> {
  const indexOf = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const column = columns.find((known) => sameName(known, cellText(cell)));
    if (column === undefined) return;
    if (indexOf.has(column)) report(header.row, column, `the column "${column}" appears twice`);
    else indexOf.set(column, index);
  });
  return indexOf;
}

/**
 * The rows under a table's header row, blank rows skipped. A missing required column is
 * reported once, on the header row; which rows need a value is for the caller to say.
 */
export function readTableRows(
  source: TableSource,
  layout: { readonly columns: readonly string[]; readonly requiredColumns: readonly string[] },
  report: Report,
): TableRow[] {
  const [header, ...data] = source.records.filter((record) => record.cells.some((cell) => cellText(cell) !== ''));
  if (header === undefined) {
    report(null, null, `is empty; its first row names the columns (${layout.columns.join(', ')})`);
    return [];
  }
  const indexOf = columnsOf(header, layout.columns, report);
  for (const column of layout.requiredColumns.filter((required) => !indexOf.has(required))) {
    report(header.row, column, `the column "${column}" is missing; the columns are ${layout.columns.join(', ')}`);
  }
  return data.map((record) => ({
    row: record.row,
    get: (column) => {
      const index = indexOf.get(column);
      return index === undefined ? '' : cellText(record.cells[index] ?? '');
    },
  }));
}
