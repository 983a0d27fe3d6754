/**
 * The header of an MPS recorded-crime file from the London Datastore, which says which of its
 * layouts a file has. Columns are found by name (any case, spacing or punctuation, any order):
 *
 * - borough files to early 2019: `Borough,Major Category,Minor Category,YYYYMM…` — the historic
 *   file (2008–2016 names) and the 2019 "most recent 24 months" file (renamed minor categories,
 *   and the airports area) share this header word for word;
 * - borough files since 2019: `MajorText,MinorText,LookUp_BoroughName|BoroughName,YYYYMM…`
 *   (some intermediate files say "Major Class" and "Minor Class");
 * - ward files since 2019: the same with `WardName,WardCode` before the borough column.
 *
 * Which vintage of category names a file uses is not decided here: two vintages share one header,
 * so only the names in the rows can tell them apart (see the crime-data service).
 */
import type { IngestProblem } from '../ingestError.js';

/** Whether a file's rows are boroughs (and the force's other areas) or wards within them. */
export type MpsLevel = 'borough' | 'ward';

/** The words the header uses for the category columns: "Major Category", "MajorText" or "Major Class". */
export type MpsCategoryColumns = 'category' | 'text' | 'class';

export interface MpsMonthColumn {
  readonly index: number;
  /** 'YYYY-MM' */
  readonly month: string;
}

export interface MpsLayout {
  readonly level: MpsLevel;
  readonly categoryColumns: MpsCategoryColumns;
  /** How many cells every row must have. */
  readonly width: number;
  readonly area: number;
  readonly major: number;
  readonly minor: number;
  /** The ward name and ONS code columns of a ward file; null in a borough file. */
  readonly ward: { readonly name: number; readonly code: number } | null;
  /** The good month columns, in the file's order. */
  readonly months: readonly MpsMonthColumn[];
  /** The header's names, or the spreadsheet letter where a name is empty: what problems call a column. */
  readonly columnNames: readonly string[];
}

const headerKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The names each identifying column goes by, compared as headerKey compares them. */
const IDENTITY = {
  area: { label: 'Borough', names: ['Borough', 'LookUp_BoroughName', 'BoroughName'] },
  major: { label: 'major category', names: ['Major Category', 'MajorText', 'Major Class', 'Major Class Description'] },
  minor: { label: 'minor category', names: ['Minor Category', 'MinorText', 'Minor Class', 'Minor Class Description'] },
  wardName: { label: 'ward name', names: ['WardName'] },
  wardCode: { label: 'ward code', names: ['WardCode'] },
} as const;

type Identity = keyof typeof IDENTITY;
const IDENTITIES = Object.keys(IDENTITY) as Identity[];
const REQUIRED: readonly Identity[] = ['area', 'major', 'minor'];

const identityOf = (name: string): Identity | undefined =>
  IDENTITIES.find((id) => IDENTITY[id].names.some((known) => headerKey(known) === headerKey(name)));

/** "A", "B", … "Z", "AA": the spreadsheet letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}

function monthOf(name: string): string | null {
  const match = /^(\d{4})(\d{2})$/.exec(name);
  if (match === null) return null;
  const [, year = '', month = ''] = match;
  const number = Number(month);
  return number >= 1 && number <= 12 ? `${year}-${month}` : null;
}

function categoryColumnsOf(majorName: string): MpsCategoryColumns {
  const key = headerKey(majorName);
  if (key === 'majorcategory') return 'category';
  return key === 'majortext' ? 'text' : 'class';
}

interface HeaderScan {
  readonly found: Partial<Record<Identity, number>>;
  readonly months: MpsMonthColumn[];
}

function scanHeader(
  file: string,
  cells: readonly string[],
  columnNames: readonly string[],
  problems: IngestProblem[],
): HeaderScan {
  const found: Partial<Record<Identity, number>> = {};
  const months: MpsMonthColumn[] = [];
  const seenMonths = new Map<string, string>();
  columnNames.forEach((column, index) => {
    const at = { file, row: 1, column };
    const identity = identityOf(column);
    if (identity !== undefined) {
      if (found[identity] === undefined) found[identity] = index;
      else problems.push({ ...at, message: `is a second ${IDENTITY[identity].label} column` });
      return;
    }
    const month = monthOf(column);
    const earlier = month === null ? undefined : seenMonths.get(month);
    if (month === null) {
      const what = (cells[index] ?? '').trim() === '' ? 'has no name' : `"${column}" is not a month`;
      problems.push({ ...at, message: `${what}: month columns are named YYYYMM, such as 201604` });
    } else if (earlier !== undefined) problems.push({ ...at, message: `repeats the month column ${earlier}` });
    else {
      seenMonths.set(month, column);
      months.push({ index, month });
    }
  });
  return { found, months };
}

function missingColumns(file: string, { found, months }: HeaderScan, problems: IngestProblem[]): void {
  for (const id of REQUIRED) {
    if (found[id] !== undefined) continue;
    const message =
      `has no ${IDENTITY[id].label} column (one named ${IDENTITY[id].names.join(', ')}; ` +
      'case, spaces and punctuation do not matter)';
    problems.push({ file, row: 1, column: null, message });
  }
  if ((found.wardName === undefined) !== (found.wardCode === undefined)) {
    const message =
      'has a WardName or a WardCode column without the other: a ward file names each ward and gives its ONS code';
    problems.push({ file, row: 1, column: null, message });
  }
  if (months.length === 0) {
    problems.push({ file, row: 1, column: null, message: 'has no month columns (named YYYYMM, such as 201604)' });
  }
}

/**
 * The layout a header row describes, adding what is wrong with it to problems: a missing borough,
 * major or minor column, a ward name without a ward code (or the reverse), a column that is
 * neither of these nor a YYYYMM month, a repeated month or identifying column. Null when the
 * rows could not be read at all.
 */
export function readMpsLayout(file: string, cells: readonly string[], problems: IngestProblem[]): MpsLayout | null {
  const columnNames = cells.map((cell, index) => (cell.trim() === '' ? columnLetter(index) : cell.trim()));
  const scan = scanHeader(file, cells, columnNames, problems);
  missingColumns(file, scan, problems);
  const { area, major, minor, wardName, wardCode } = scan.found;
  if (area === undefined || major === undefined || minor === undefined) return null;
  const ward = wardName === undefined || wardCode === undefined ? null : { name: wardName, code: wardCode };
  return {
    level: ward === null ? 'borough' : 'ward',
    categoryColumns: categoryColumnsOf(columnNames[major] ?? ''),
    width: cells.length,
    area,
    major,
    minor,
    ward,
    months: scan.months,
    columnNames,
  };
}
