import type ExcelJS from 'exceljs';

/** How a table sheet is laid out: its name, header, column widths and which columns wrap. */
export interface SheetLayout {
  readonly name: string;
  readonly columns: readonly string[];
  readonly widths: readonly number[];
  readonly wrap: readonly string[];
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/**
 * Text as Excel stores it, so that it reads back the same: a character XML cannot hold is written
 * _xHHHH_, and a literal "_xHHHH_" gets its underscore escaped (_x005F_) so it is not decoded.
 */
const excelText = (text: string): string =>
  text
    .replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_')
    .replace(NOT_IN_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/** A sheet with a bold, frozen header row, set column widths, and wrapped text where it runs long. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  rows: readonly (readonly string[])[],
): void {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((header, index) => ({
    header,
    width: layout.widths[index] ?? 16,
    style: { alignment: { vertical: 'top', wrapText: layout.wrap.includes(header) } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of rows) sheet.addRow(cells.map(excelText));
}
