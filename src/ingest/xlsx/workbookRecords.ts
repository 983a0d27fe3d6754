import type ExcelJS from 'exceljs';
import { IngestError } from '../ingestError.js';

/** One non-empty row of a sheet or a CSV file as plain text cells, with its 1-based row number. */
export interface SheetRecord {
  row: number;
  cells: string[];
}

function isoText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell's value as the plain text a person sees: rich text joined, a formula's result, a link's text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return value.error;
  return '';
}

function sheetRecords(sheet: ExcelJS.Worksheet): SheetRecord[] {
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
    records.push({ row: rowNumber, cells });
  });
  return records;
}

/** The workbook's sheets by lower-case name, each as its non-empty rows of plain text. */
export async function loadSheets(content: Buffer, file: string): Promise<Map<string, SheetRecord[]>> {
  // Loaded on the first workbook read (in the reading process, see readWorkbookSheets): ExcelJS
  // holds about 28 MB, which a server answering pages should not carry.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    const message = 'is not an Excel workbook (.xlsx) that can be opened; save it as .xlsx and try again';
    throw new IngestError([{ file, row: null, column: null, message }]);
  }
  const sheets = new Map<string, SheetRecord[]>();
  workbook.eachSheet((sheet) => sheets.set(sheet.name.trim().toLowerCase(), sheetRecords(sheet)));
  return sheets;
}
