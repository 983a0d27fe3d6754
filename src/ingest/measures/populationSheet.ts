import { CsvSyntaxError, parseCsv } from '../csv/csvRows.js';
import { IngestError, type IngestProblem } from '../ingestError.js';

/** One row of a population file: an area's residents in a year (mid-year estimate). */
export interface PopulationRow {
  readonly row: number;
  readonly area: string;
  readonly year: number;
  readonly population: number;
  /** Set when the file has an "Ethnic group" column: the people of that group only. */
  readonly ethnicGroup: string | null;
}

const COLUMNS = ['Area', 'Year', 'Population'] as const;
const key = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Populations by area and year from CSV (Area, Year, Population, and optionally Ethnic group);
 * every problem by row and column.
 */
export function readPopulationCsv(text: string, file: string): { rows: PopulationRow[]; problems: IngestProblem[] } {
  let records;
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new IngestError([{ file, row: error.line, column: null, message: error.detail }]);
    throw error;
  }
  const [header, ...rest] = records;
  const index = new Map(
    COLUMNS.map((name) => [name, header?.cells.findIndex((cell) => key(cell) === key(name)) ?? -1]),
  );
  const missing = COLUMNS.filter((name) => (index.get(name) ?? -1) < 0);
  if (header === undefined || missing.length > 0) {
    throw new IngestError(
      missing.map((column) => ({ file, row: 1, column, message: `the ${column} column is missing` })),
    );
  }
  const ethnicColumn = header.cells.findIndex((cell) => key(cell) === key('Ethnic group'));
  const problems: IngestProblem[] = [];
  const rows: PopulationRow[] = [];
  for (const record of rest) {
    const cell = (name: (typeof COLUMNS)[number]): string => record.cells[index.get(name) ?? -1]?.trim() ?? '';
    const year = Number(cell('Year'));
    const population = Number(cell('Population').replace(/,/g, ''));
    if (!/^\d{4}$/.test(cell('Year')))
      problems.push({ file, row: record.row, column: 'Year', message: `"${cell('Year')}" is not a year such as 2017` });
    if (!Number.isInteger(population) || population <= 0) {
      problems.push({
        file,
        row: record.row,
        column: 'Population',
        message: `"${cell('Population')}" is not a whole number of people`,
      });
    }
    if (cell('Area') === '') problems.push({ file, row: record.row, column: 'Area', message: 'is empty' });
    else {
      const group = ethnicColumn < 0 ? null : (record.cells[ethnicColumn]?.trim() ?? '');
      if (group === '') problems.push({ file, row: record.row, column: 'Ethnic group', message: 'is empty' });
      else rows.push({ row: record.row, area: cell('Area'), year, population, ethnicGroup: group });
    }
  }
  return { rows, problems };
}
