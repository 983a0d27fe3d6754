/**
 * An inspection report as a file: one .xlsx workbook with a sheet per table (and a Read me sheet
 * first), or a set of CSV files with one table each, told apart by their names.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { addTableSheet, type SheetLayout } from '../xlsx/writeSheet.js';
import type { InspectionDocument } from '../../domain/inspections/index.js';
import { CsvSyntaxError, formatCsv, parseCsv, restoreCsvCell } from '../csv/csvRows.js';
import type { IngestProblem } from '../ingestError.js';
import { loadSheets } from '../xlsx/workbookRecords.js';
import { comparatorRows } from './comparatorsTable.js';
import { findingRows } from './findingsTable.js';
import {
  INSPECTION_TABLES,
  TABLE_LAYOUTS,
  tableOfFileName,
  tableOfSheet,
  type InspectionTable,
} from './inspectionLayout.js';
import { inspectionSheetRows } from './inspectionSheet.js';
import { readInspectionTables, type InspectionTablesResult } from './inspectionTables.js';
import { judgmentRows } from './judgmentsTable.js';
import { READ_ME_COLUMNS, READ_ME_ROWS } from './readMe.js';
import type { TableSource } from './tableRows.js';

export { inspectionTemplate } from './inspectionTemplate.js';

/** Tables a report cannot do without; the most similar group is optional. */
const REQUIRED_TABLES: readonly InspectionTable[] = ['inspection', 'judgments', 'findings'];

function noSources(): Record<InspectionTable, TableSource | null> {
  return { inspection: null, judgments: null, findings: null, mostSimilarGroup: null };
}

/** Reads a report from an .xlsx workbook; sheets other than the four tables (Read me among them) are ignored. */
export async function readInspectionWorkbook(content: Buffer, fileName: string): Promise<InspectionTablesResult> {
  const sheets = await loadSheets(content, fileName);
  const sources = noSources();
  const problems: IngestProblem[] = [];
  for (const [name, records] of sheets) {
    const table = tableOfSheet(name);
    if (table === null) continue;
    const { sheet } = TABLE_LAYOUTS[table];
    if (sources[table] !== null) {
      problems.push({ file: fileName, row: null, column: null, message: `has two sheets for the ${sheet} table` });
    }
    sources[table] = { file: fileName, sheet, records };
  }
  for (const table of REQUIRED_TABLES.filter((required) => sources[required] === null)) {
    const { sheet, columns } = TABLE_LAYOUTS[table];
    const message = `has no sheet named "${sheet}" (the columns ${columns.join(', ')})`;
    problems.push({ file: fileName, row: null, column: null, message });
  }
  return readInspectionTables(sources, problems);
}

const CSV_NAMES = INSPECTION_TABLES.map((table) => TABLE_LAYOUTS[table].fileName).join(', ');

function csvSource(file: { fileName: string; content: Buffer }, problems: IngestProblem[]): TableSource | null {
  try {
    const records = parseCsv(file.content.toString('utf8')).map(({ row, cells }) => ({
      row,
      cells: cells.map(restoreCsvCell),
    }));
    return { file: file.fileName, sheet: null, records };
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ file: file.fileName, row: error.line, column: null, message: error.detail });
    return null;
  }
}

/** Reads a report from its CSV files, each recognised by a name holding its table's word ("peel-findings.csv"). */
export function readInspectionCsvFiles(
  files: readonly { fileName: string; content: Buffer }[],
): InspectionTablesResult {
  const sources = noSources();
  const given = new Map<InspectionTable, string>();
  const problems: IngestProblem[] = [];
  for (const file of files) {
    const table = path.extname(file.fileName).toLowerCase() === '.csv' ? tableOfFileName(file.fileName) : null;
    const at = { file: file.fileName, row: null, column: null };
    if (table === null) {
      problems.push({ ...at, message: `is not one of the report's CSV files; name them ${CSV_NAMES}` });
      continue;
    }
    const earlier = given.get(table);
    if (earlier !== undefined) {
      const message = `holds the ${TABLE_LAYOUTS[table].sheet} table, and so does ${earlier}; give one file for each table`;
      problems.push({ ...at, message });
      continue;
    }
    given.set(table, file.fileName);
    sources[table] = csvSource(file, problems);
  }
  for (const table of REQUIRED_TABLES.filter((required) => !given.has(required))) {
    const { fileName, sheet } = TABLE_LAYOUTS[table];
    const message = `not given; the ${sheet} table is needed, as a CSV file with "${table}" in its name`;
    problems.push({ file: fileName, row: null, column: null, message });
  }
  return readInspectionTables(sources, problems);
}

/** Each table's rows, header row first, in the order the tables are written. */
function tableRows(document: InspectionDocument): Record<InspectionTable, string[][]> {
  return {
    inspection: inspectionSheetRows(document),
    judgments: judgmentRows(document.pillars),
    findings: findingRows(document.findings),
    mostSimilarGroup: comparatorRows(document.mostSimilarGroup ?? []),
  };
}

/** A sheet whose first row (of those given) is its header. */
function addSheet(
  workbook: ExcelJS.Workbook,
  layout: Omit<SheetLayout, 'columns'>,
  rows: readonly (readonly string[])[],
): void {
  const [columns = [], ...data] = rows;
  addTableSheet(workbook, { ...layout, columns }, data);
}

/** The report as an .xlsx workbook that readInspectionWorkbook reads back to the same document. */
export async function writeInspectionWorkbook(document: InspectionDocument): Promise<Buffer> {
  // Loaded on the first workbook written: ExcelJS holds about 28 MB and most servers rarely write one.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const readMe = { name: 'Read me', widths: [20, 24, 100], wrap: ['What to write'] };
  addSheet(workbook, readMe, [[...READ_ME_COLUMNS], ...READ_ME_ROWS]);
  const rows = tableRows(document);
  for (const table of INSPECTION_TABLES) {
    const { sheet, widths, wrap } = TABLE_LAYOUTS[table];
    addSheet(workbook, { name: sheet, widths, wrap }, rows[table]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The report as its four CSV files, which readInspectionCsvFiles reads back to the same document.
 * Each starts with a byte-order mark so that Excel opens it as UTF-8.
 */
export function writeInspectionCsvFiles(document: InspectionDocument): { fileName: string; content: Buffer }[] {
  const rows = tableRows(document);
  return INSPECTION_TABLES.map((table) => ({
    fileName: TABLE_LAYOUTS[table].fileName,
    content: Buffer.from(`\ufeff${formatCsv(rows[table])}`, 'utf8'),
  }));
}
