import { CsvSyntaxError, formatCsv, parseCsv } from '../csv/csvRows.js';
import { IngestError, type IngestProblem } from '../ingestError.js';
import { loadSheets, type SheetRecord } from '../xlsx/workbookRecords.js';

/** The observation columns, as the template names them; only the first five are required. */
export const OBSERVATION_COLUMNS = [
  'Measure',
  'Area',
  'Period',
  'Value',
  'Status',
  'Breakdown',
  'Numerator',
  'Denominator',
  'Sample size',
  'Design effect',
  'As at',
] as const;
type Column = (typeof OBSERVATION_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['Measure', 'Area', 'Period', 'Value'];
const NUMERIC: readonly Column[] = ['Value', 'Numerator', 'Denominator', 'Sample size', 'Design effect'];

/** One row as read: text where the service must still check it (measure, area, period), numbers where not. */
export interface ObservationRow {
  readonly row: number;
  readonly measure: string;
  readonly area: string;
  readonly period: string;
  readonly breakdown: string | null;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
  readonly status: 'provisional' | 'final';
  readonly asAt: string | null;
}

const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function headerColumns(file: string, header: SheetRecord, problems: IngestProblem[]): Map<Column, number> {
  const found = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = OBSERVATION_COLUMNS.find((name) => key(name) === key(cell));
    if (column === undefined)
      problems.push({
        file,
        row: header.row,
        column: cell,
        message: `"${cell}" is not a column observations have (${OBSERVATION_COLUMNS.join(', ')})`,
      });
    else found.set(column, index);
  });
  for (const column of REQUIRED) {
    if (!found.has(column))
      problems.push({ file, row: header.row, column, message: `the ${column} column is missing` });
  }
  return found;
}

function numberIn(text: string): number | null | undefined {
  const cleaned = text.replace(/,/g, '').trim();
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

function readRow(
  file: string,
  record: SheetRecord,
  columns: Map<Column, number>,
  problems: IngestProblem[],
): ObservationRow | null {
  const text = (column: Column): string => record.cells[columns.get(column) ?? -1]?.trim() ?? '';
  const problem = (column: Column, message: string): void => {
    problems.push({ file, row: record.row, column, message });
  };
  const numbers = new Map<Column, number | null>();
  for (const column of NUMERIC) {
    const value = numberIn(text(column));
    if (value === undefined) problem(column, `"${text(column)}" is not a number`);
    else numbers.set(column, value);
  }
  for (const column of REQUIRED) if (text(column) === '') problem(column, 'is empty');
  const status = text('Status').toLowerCase();
  if (status !== '' && status !== 'provisional' && status !== 'final')
    problem('Status', 'must be provisional or final');
  const asAt = text('As at');
  if (asAt !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(asAt)) problem('As at', 'must be a date written YYYY-MM-DD');
  const value = numbers.get('Value');
  if (value === null || value === undefined) return null;
  return {
    row: record.row,
    measure: text('Measure'),
    area: text('Area'),
    period: text('Period'),
    breakdown: text('Breakdown') === '' ? null : text('Breakdown'),
    value,
    numerator: numbers.get('Numerator') ?? null,
    denominator: numbers.get('Denominator') ?? null,
    sampleSize: numbers.get('Sample size') ?? null,
    designEffect: numbers.get('Design effect') ?? null,
    status: status === 'provisional' ? 'provisional' : 'final',
    asAt: asAt === '' ? null : asAt,
  };
}

/** The rows that could be read, and the problems of those that could not: the caller adds its own checks before refusing. */
export interface ObservationSheet {
  readonly rows: ObservationRow[];
  readonly problems: IngestProblem[];
}

function readRecords(file: string, records: readonly SheetRecord[]): ObservationSheet {
  const [header, ...rest] = records;
  if (header === undefined) throw new IngestError([{ file, row: null, column: null, message: 'has no rows' }]);
  const problems: IngestProblem[] = [];
  const columns = headerColumns(file, header, problems);
  if (problems.length > 0) throw new IngestError(problems);
  const seen = new Map<string, number>();
  const rows: ObservationRow[] = [];
  for (const record of rest) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    const row = readRow(file, record, columns, problems);
    if (row === null) continue;
    const identity = [row.measure, row.area, row.period, row.breakdown ?? '']
      .map((part) => part.toLowerCase())
      .join('|');
    const earlier = seen.get(identity);
    if (earlier !== undefined)
      problems.push({
        file,
        row: row.row,
        column: 'Measure',
        message: `repeats the measure, area, period and breakdown of row ${earlier}`,
      });
    seen.set(identity, row.row);
    rows.push(row);
  }
  return { rows, problems };
}

/** Observations from a CSV file: one row per measure × area × period × breakdown. */
export function readObservationsCsv(text: string, file: string): ObservationSheet {
  try {
    return readRecords(file, parseCsv(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new IngestError([{ file, row: error.line, column: null, message: error.detail }]);
    throw error;
  }
}

/** Observations from the first sheet of an Excel workbook, laid out as the CSV is. */
export async function readObservationsXlsx(content: Buffer, file: string): Promise<ObservationSheet> {
  const sheets = await loadSheets(content, file);
  const first = [...sheets.values()][0];
  if (first === undefined) throw new IngestError([{ file, row: null, column: null, message: 'has no sheets' }]);
  return readRecords(file, first);
}

/** A template with the columns and two example rows. */
export function observationTemplateCsv(): string {
  return formatCsv([
    [...OBSERVATION_COLUMNS],
    ['public-confidence', 'camden', 'R12 2016-09', '71', 'final', '', '1420', '2000', '2000', '1.2', '2016-10-15'],
    ['victim-satisfaction', 'London', '2016-17 Q2', '74.5', 'provisional', 'ethnicity: Black', '', '', '850', '', ''],
  ]);
}
