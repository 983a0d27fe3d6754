import { formatCsv } from '../../ingest/index.js';
import { exportCsvRows, renderExportXlsx, type ExportColumn, type ExportTable } from '../../reports/exports/index.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A column of an export: its layout, and the cell it gives each row. The CSV and XLSX files share it. */
export interface Column<T> extends ExportColumn {
  readonly cell: (item: T) => string;
}

export const column = <T>(header: string, width: number, cell: (item: T) => string, wrap = false): Column<T> => ({
  header,
  width,
  wrap,
  cell,
});

/** The rows of a table, one per item, cell by cell as the columns say. */
export function rowsOf<T>(columns: readonly Column<T>[], items: readonly T[]): string[][] {
  return items.map((item) => columns.map((c) => c.cell(item)));
}

/** What every export says of a milestone that has no published update: never blank, never "no change". */
export const NO_UPDATE = 'No update';

export const NO_UPDATE_NOTE = `A milestone with nothing published for it says "${NO_UPDATE}". That is not "no change": nothing has been reported.`;

/** Filters as a reader would write them ("due: 2018-19 Q1; lead: HR"), or a sentence saying there are none. */
export function filterWords(filters: Readonly<Record<string, string | boolean | undefined>>): string {
  const given = Object.entries(filters).filter((entry): entry is [string, string | boolean] => entry[1] !== undefined);
  if (given.length === 0) return 'None: every row the page lists';
  return given.map(([key, value]) => `${key}: ${String(value)}`).join('; ');
}

export interface ExportFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** The file for a table: a workbook, or CSV with a byte-order mark so that spreadsheets read it as UTF-8. */
export async function exportFile(table: ExportTable, baseName: string, format: ExportFormat): Promise<ExportFile> {
  if (format === 'xlsx') {
    return {
      fileName: `${baseName}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: await renderExportXlsx(table),
    };
  }
  return {
    fileName: `${baseName}.csv`,
    mediaType: 'text/csv; charset=utf-8',
    content: Buffer.from(`\ufeff${formatCsv(exportCsvRows(table))}`, 'utf8'),
  };
}
