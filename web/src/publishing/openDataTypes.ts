/** The public pages' data, as GET /api/open-data/… answers it: one shape for every public page. */
import type { ResponseOf } from '../shared/apiTypes.js';

export type OpenDataView = ResponseOf<'getOpenDataHome'>;
export type OpenDataLink = OpenDataView['links'][number];
export type OpenDataTable = OpenDataView['tables'][number];
export type OpenDataColumn = OpenDataTable['columns'][number];
export type OpenDataValue = OpenDataTable['rows'][number][string];
export type OpenDataChart = NonNullable<OpenDataView['chart']>;
export type OpenDataSvg = NonNullable<OpenDataView['svg']>;

/** "/public/plans/x" → "/api/open-data/plans/x". */
export function openDataApiPath(publicPath: string): string {
  return `/api/open-data${publicPath.replace(/^\/public/, '').replace(/\/+$/, '')}`;
}

export function csvDownloadUrl(view: OpenDataView, table: string): string {
  return `${openDataApiPath(view.path)}?format=csv&table=${encodeURIComponent(table)}`;
}

export function jsonDownloadUrl(view: OpenDataView): string {
  return `${openDataApiPath(view.path)}?download=json`;
}

/** A cell as the page shows it: numbers with every digit the data holds, grouped in thousands. */
export function cellWords(value: OpenDataValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return value.toLocaleString('en-GB', { maximumFractionDigits: 20 });
  return value;
}
