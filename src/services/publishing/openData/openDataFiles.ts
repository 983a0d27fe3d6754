import { BluelampProblem } from '../../../domain/errors.js';
import { findTable, openDataFileName, tableGrid, type OpenDataView } from '../../../domain/publishing/index.js';
import { formatCsv } from '../../../ingest/index.js';

export interface OpenDataFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** One table of a page as CSV text: its column headings, then its cells, safe to open in a spreadsheet. */
export function openDataCsvText(view: OpenDataView, tableName: string): string {
  const table = findTable(view, tableName);
  if (table === undefined) {
    const names = view.tables.map((t) => t.name).join(', ');
    throw new BluelampProblem(
      'invalid-input',
      `query.table must name a table of this page (${names}), not "${tableName}".`,
      'query.table',
    );
  }
  return formatCsv(tableGrid(table));
}

/** One table of a page as a CSV download. */
export function openDataCsvFile(view: OpenDataView, tableName: string): OpenDataFile {
  return {
    fileName: openDataFileName(view.path, 'csv', tableName),
    mediaType: 'text/csv; charset=utf-8',
    content: Buffer.from(openDataCsvText(view, tableName), 'utf8'),
  };
}

/** The whole page as a JSON download: the view itself. */
export function openDataJsonFile(view: OpenDataView): OpenDataFile {
  return {
    fileName: openDataFileName(view.path, 'json'),
    mediaType: 'application/json; charset=utf-8',
    content: Buffer.from(JSON.stringify(view), 'utf8'),
  };
}
