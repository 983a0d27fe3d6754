/** The public pages' data, as GET /api/open-data/… answers it (see src/domain/publishing/openData.ts). */
export type OpenDataValue = string | number | null;

export interface OpenDataLink {
  path: string;
  label: string;
  description?: string;
}

export interface OpenDataColumn {
  key: string;
  label: string;
  numeric?: boolean;
  long?: boolean;
}

export interface OpenDataTable {
  name: string;
  caption: string;
  columns: OpenDataColumn[];
  rows: Record<string, OpenDataValue>[];
  rowLinks?: Record<string, string>[];
}

export interface OpenDataChart {
  title: string;
  description: string;
  table: string;
  categoryColumn: string;
  seriesColumns: string[];
  unit: string;
}

export interface OpenDataSvg {
  title: string;
  caption: string;
  markup: string;
  table: string;
}

export interface OpenDataView {
  path: string;
  title: string;
  lead: string;
  highlights: string[];
  warnings: string[];
  notes: string[];
  trail: OpenDataLink[];
  links: OpenDataLink[];
  tables: OpenDataTable[];
  chart: OpenDataChart | null;
  svg: OpenDataSvg | null;
}

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
