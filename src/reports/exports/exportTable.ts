import type ExcelJS from 'exceljs';

/** One column of an export: its heading, and how it is laid out in a spreadsheet. */
export interface ExportColumn {
  readonly header: string;
  readonly width: number;
  /** Long text (narratives, findings) wraps rather than running across the sheet. */
  readonly wrap: boolean;
}

/**
 * What a page showed, ready to be written as a file: the rows under their columns, and notes that
 * say where the figures come from so that a copy passed on still carries its source.
 */
export interface ExportTable {
  readonly title: string;
  /** The data sheet's name in a workbook (at most 31 characters, as Excel allows). */
  readonly sheetName: string;
  readonly notes: readonly (readonly [string, string])[];
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly string[])[];
}

export const NOTES_SHEET = 'About these figures';

/**
 * The CSV layout: the title and notes first, a blank line, then the table under its header row.
 * Cells are plain text; the caller's CSV writer quotes them and keeps formula-like text inert.
 */
export function exportCsvRows(table: ExportTable): string[][] {
  return [
    [table.title],
    ...table.notes.map(([label, value]) => [label, value]),
    [''],
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => [...row]),
  ];
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/**
 * Text as Excel stores it, so that it reads back the same (as src/ingest/xlsx/writeSheet.ts does;
 * renderers may not import ingest): a character XML cannot hold is written _xHHHH_, and a literal
 * "_xHHHH_" has its underscore escaped so that it is not decoded.
 */
const excelText = (text: string): string =>
  text
    .replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_')
    .replace(NOT_IN_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

function addNotesSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(NOTES_SHEET);
  sheet.columns = [
    { width: 24, style: { alignment: { vertical: 'top' } } },
    { width: 100, style: { alignment: { vertical: 'top', wrapText: true } } },
  ];
  sheet.addRow([excelText(table.title)]).font = { bold: true, size: 14 };
  for (const [label, value] of table.notes) {
    const row = sheet.addRow([excelText(label), excelText(value)]);
    row.getCell(1).font = { bold: true };
  }
}

function addDataSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: { alignment: { vertical: 'top', wrapText: column.wrap } },
  }));
  sheet.getRow(1).font = { bold: true };
  // Every cell is written as text: a cell holding "=1+1" stays those characters, never a formula.
  for (const row of table.rows) sheet.addRow(row.map(excelText));
}

/** The workbook: the notes sheet first, so that whoever opens it reads where the figures come from. */
export async function renderExportXlsx(table: ExportTable): Promise<Buffer> {
  // Loaded on the first workbook asked for: ExcelJS holds about 28 MB, and most servers rarely write one.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Bluelamp';
  addNotesSheet(workbook, table);
  addDataSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
