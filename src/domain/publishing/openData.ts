/**
 * The public transparency site's pages as data. Every public page is one OpenDataView: the web
 * page renders it, the JSON download is it, and each CSV download is one of its tables, cell for
 * cell. Because the page, the JSON and the CSV are read from the same value, "the open data is
 * exactly what the page shows" holds by construction rather than by care.
 */

/** What a table cell may hold: text, a number (shown with its digits, never rounded by the page) or nothing. */
export type OpenDataValue = string | number | null;

export interface OpenDataLink {
  /** A public path, such as /public/plans/met-business-plan-2018-19. */
  readonly path: string;
  readonly label: string;
  /** A sentence saying what is there, for lists of links. */
  readonly description?: string;
}

export interface OpenDataColumn {
  /** The JSON key of the column in each row; also the CSV header's meaning. */
  readonly key: string;
  /** The column heading on the page and in the CSV. */
  readonly label: string;
  /** Numbers are right-aligned on the page. */
  readonly numeric?: boolean;
  /** Sentences rather than words (a narrative): the page gives the column room to read. */
  readonly long?: boolean;
}

export interface OpenDataTable {
  /** Lower-case words joined by hyphens; names the CSV download (?table=name). */
  readonly name: string;
  readonly caption: string;
  readonly columns: readonly OpenDataColumn[];
  /** One object per row, keyed by column key, every column present. */
  readonly rows: readonly Readonly<Record<string, OpenDataValue>>[];
  /**
   * For each row (same order, same length as rows), the public paths some of its cells link to,
   * by column key. Links are how a page reaches the next one; they are not part of the data.
   */
  readonly rowLinks?: readonly Readonly<Record<string, string>>[];
}

/** A chart drawn from one of the view's tables: its table is the chart's alternative, always shown. */
export interface OpenDataChart {
  readonly title: string;
  /** What the chart shows, in a sentence, for people who do not see it. */
  readonly description: string;
  readonly table: string;
  /** The column whose cells are the horizontal axis. */
  readonly categoryColumn: string;
  /** The numeric columns drawn as lines. */
  readonly seriesColumns: readonly string[];
  /** The vertical axis's name ("offences per month"). */
  readonly unit: string;
}

/** A picture the server drew (the London tile map), with the table that says everything it shows. */
export interface OpenDataSvg {
  readonly title: string;
  readonly caption: string;
  readonly markup: string;
  readonly table: string;
}

export interface OpenDataView {
  /** The page's stable address: /public/…; the API serves it at /api/open-data/… */
  readonly path: string;
  readonly title: string;
  /** A short paragraph saying what the page is. */
  readonly lead: string;
  /** Sentences that carry the page's message (a verdict, a judgment), shown prominently. */
  readonly highlights: readonly string[];
  /** Cautions the reader must not miss (synthetic demo figures). */
  readonly warnings: readonly string[];
  /** "As at" and source notes. */
  readonly notes: readonly string[];
  /** The pages above this one, home first (breadcrumbs). */
  readonly trail: readonly OpenDataLink[];
  /** Related public pages. */
  readonly links: readonly OpenDataLink[];
  readonly tables: readonly OpenDataTable[];
  readonly chart: OpenDataChart | null;
  readonly svg: OpenDataSvg | null;
}

const PUBLIC_ROOT = '/public';
const OPEN_DATA_API_ROOT = '/api/open-data';

/** "/public/plans/x" → "/api/open-data/plans/x"; "/public" → "/api/open-data". */
export function openDataApiPath(publicPath: string): string {
  if (publicPath !== PUBLIC_ROOT && !publicPath.startsWith(`${PUBLIC_ROOT}/`)) {
    throw new Error(`${publicPath} is not a public path`);
  }
  return `${OPEN_DATA_API_ROOT}${publicPath.slice(PUBLIC_ROOT.length)}`;
}

/** A cell as text, the way the CSV writes it: numbers with all their digits, nothing as empty. */
export function cellText(value: OpenDataValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value;
}

/** The table as a grid of text: the column headings, then each row's cells in column order. */
export function tableGrid(table: OpenDataTable): string[][] {
  return [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => table.columns.map((column) => cellText(row[column.key] ?? null))),
  ];
}

/** The named table of a view, or undefined. */
export function findTable(view: OpenDataView, name: string): OpenDataTable | undefined {
  return view.tables.find((table) => table.name === name);
}

/**
 * The file name a download of the page (or of one of its tables) gets: the path's words joined
 * by hyphens, so that /public/plans/x/progress/2018-19-Q1 gives plans-x-progress-2018-19-q1.csv.
 */
export function openDataFileName(publicPath: string, extension: 'csv' | 'json', table?: string): string {
  const words = publicPath
    .slice(PUBLIC_ROOT.length)
    .toLowerCase()
    .split('/')
    .map((part) => part.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '');
  const base = ['bluelamp', ...(words.length === 0 ? ['home'] : words), ...(table === undefined ? [] : [table])];
  return `${base.join('-')}.${extension}`;
}

/** The problems that would make a view lie about itself: rows missing a column, links out of step, charts of nothing. */
export function openDataProblems(view: OpenDataView): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const table of view.tables) {
    if (names.has(table.name)) problems.push(`two tables are named ${table.name}`);
    names.add(table.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(table.name)) problems.push(`table name ${table.name} is not a slug`);
    const keys = table.columns.map((column) => column.key);
    table.rows.forEach((row, index) => {
      const extra = Object.keys(row).filter((key) => !keys.includes(key));
      const missing = keys.filter((key) => !(key in row));
      if (extra.length + missing.length > 0) problems.push(`${table.name} row ${index + 1} does not match its columns`);
    });
    if (table.rowLinks !== undefined && table.rowLinks.length !== table.rows.length) {
      problems.push(`${table.name} has ${table.rowLinks.length} link rows for ${table.rows.length} rows`);
    }
  }
  const drawnFrom = [view.chart?.table, view.svg?.table].filter((name) => name !== undefined);
  for (const name of drawnFrom) if (!names.has(name)) problems.push(`a picture is drawn from a missing table ${name}`);
  return problems;
}

/** Builds a table from rows with their links side by side, so the two cannot fall out of step. */
export function openDataTable(
  table: Omit<OpenDataTable, 'rows' | 'rowLinks'>,
  rows: readonly { readonly cells: Readonly<Record<string, OpenDataValue>>; readonly links?: Record<string, string> }[],
): OpenDataTable {
  const hasLinks = rows.some((row) => row.links !== undefined);
  return {
    ...table,
    rows: rows.map((row) => row.cells),
    ...(hasLinks ? { rowLinks: rows.map((row) => row.links ?? {}) } : {}),
  };
}

/** Rounds a figure to the digits the page shows, so the page and the files carry the same number. */
export function shownFigure(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A view with the optional parts empty unless given. */
export function openDataView(
  view: Pick<OpenDataView, 'path' | 'title' | 'lead' | 'tables'> & Partial<OpenDataView>,
): OpenDataView {
  return {
    highlights: [],
    warnings: [],
    notes: [],
    trail: [],
    links: [],
    chart: null,
    svg: null,
    ...view,
  };
}
