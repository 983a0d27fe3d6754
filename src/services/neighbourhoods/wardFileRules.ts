import { IngestError, type IngestProblem } from '../../ingest/index.js';

/** A row of a ward file names a borough the force does not have: said of its Borough column. */
export function unknownBoroughProblem(file: string, row: { row: number; borough: string }): IngestProblem {
  return { file, row: row.row, column: 'Borough', message: `"${row.borough}" is not one of the force's boroughs` };
}

/** The rows a ward file was read into, or its problems thrown: a file with no rows is refused too. */
export function rowsOrRefuse<T>(sheet: { rows: T[]; problems: IngestProblem[] }, file: string, noRows: string): T[] {
  if (sheet.problems.length > 0) throw new IngestError(sheet.problems);
  if (sheet.rows.length === 0) throw new IngestError([{ file, row: null, column: null, message: noRows }]);
  return sheet.rows;
}
