import {
  AGGREGATE_DIMENSIONS,
  areaStatus,
  localAuthorityOfLsoa,
  londonMonthOf,
  POLICE_UK_LAYOUTS,
  type AreaStatus,
  type SliceKey,
} from '../../../domain/crime-data/index.js';
import type { CsvLineRecord } from './csvLines.js';
import { TupleCounts } from './tupleCounts.js';

/** Something found in a file: fatal ones stop its slice from loading; the others are reported. */
export interface SliceProblem {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
  readonly fatal: boolean;
}

/** One aggregate row: its dimension values in the layout's order, and how many records had them. */
export interface AggregateRow {
  readonly values: readonly string[];
  readonly count: number;
}

export interface SliceContext {
  readonly slice: SliceKey;
  readonly file: string;
  /** Crime types the taxonomy maps; others still load, and are reported as unmapped. */
  readonly knownCrimeTypes: ReadonlySet<string>;
  /** Local authorities the force polices, when configured. */
  readonly forceArea: ReadonlySet<string> | null;
  /**
   * Whether street and outcome rows keep their LSOA (the default). Without it they are counted by
   * local authority alone: every comparison and page reads that grain, and a national year of
   * other forces' files then stores thousands of rows where it would store millions.
   */
  readonly lsoaDetail?: boolean;
}

const PROBLEMS_KEPT = 50;
/** How much of a header a message quotes: a header of thousands of columns is summed up, not repeated. */
const QUOTED_HEADER_CHARS = 300;

function shortened(text: string): string {
  return text.length <= QUOTED_HEADER_CHARS ? text : `${text.slice(0, QUOTED_HEADER_CHARS)}…`;
}
/**
 * Each distinct value is stored once, and a row is counted by its values' numbers: a national
 * month's largest slice then takes megabytes, not the hundreds its raw keys would.
 */
export class ValueDictionary {
  private readonly numbers = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.numbers.set(value, number);
      this.values.push(value);
    }
    return number;
  }
}

/**
 * A slice's aggregate rows as numbers: each row's values are indexes into one dictionary. It
 * crosses from a reading thread to the writing one without copying (the arrays are transferred).
 */
export interface PackedRows {
  readonly width: number;
  readonly dictionary: readonly string[];
  readonly ids: Int32Array;
  readonly counts: Int32Array;
}

export function* unpackRows(rows: PackedRows): Generator<AggregateRow> {
  for (let row = 0; row < rows.counts.length; row++) {
    const values: string[] = [];
    for (let column = 0; column < rows.width; column++)
      values.push(rows.dictionary[rows.ids[row * rows.width + column] ?? 0] ?? '');
    yield { values, count: rows.counts[row] ?? 0 };
  }
}

/** Counts a slice's records by its layout's dimensions, noting every problem on the way. */
export class SliceAggregator {
  readonly counts: TupleCounts;
  readonly dictionary = new ValueDictionary();
  /** The row being counted, as dictionary numbers in the layout's aggregate order. */
  readonly tuple: Int32Array;
  readonly problems: SliceProblem[] = [];
  readonly areaCounts: Record<AreaStatus, number> = { 'in-area': 0, 'out-of-area': 0, 'no-location': 0, unmapped: 0 };
  /** Crime types the taxonomy does not map: the line each first appears on, and how many rows. */
  readonly unmappedCrimeTypes = new Map<string, { line: number; rows: number }>();
  forceName: string | null = null;
  rowsRead = 0;
  private problemsDropped = 0;
  private readonly width: number;

  constructor(readonly context: SliceContext) {
    this.width = POLICE_UK_LAYOUTS[context.slice.layout].length;
    const dimensions = AGGREGATE_DIMENSIONS[context.slice.layout].length;
    this.counts = new TupleCounts(dimensions);
    this.tuple = new Int32Array(dimensions);
  }

  get fatal(): boolean {
    return this.problems.some((p) => p.fatal);
  }

  note(row: number | null, column: string | null, message: string, fatal: boolean): void {
    if (this.problems.length >= PROBLEMS_KEPT && !(fatal && !this.fatal)) {
      this.problemsDropped += 1;
      return;
    }
    this.problems.push({ file: this.context.file, row, column, message, fatal });
  }

  /** Checks the header against the layout the file name promises. */
  header(record: CsvLineRecord): void {
    const expected = POLICE_UK_LAYOUTS[this.context.slice.layout];
    const found = record.cells.map((cell) => cell.trim());
    if (found.length === expected.length && found.every((cell, index) => cell === expected[index])) return;
    const layout = `police.uk's ${this.context.slice.layout} layout`;
    const columns =
      found.length === expected.length
        ? ''
        : ` (${found.length.toLocaleString('en-GB')} columns where the layout has ${expected.length})`;
    this.note(
      1,
      null,
      `the header is not ${layout}: expected "${expected.join(',')}", found "${shortened(found.join(','))}"${columns}`,
      true,
    );
  }

  add(record: CsvLineRecord): void {
    this.rowsRead += 1;
    const { cells } = record;
    if (cells.length !== this.width) {
      this.note(record.line, null, `the row has ${cells.length} fields where the header has ${this.width}`, true);
      return;
    }
    if (this.key(record)) this.counts.add(this.tuple);
  }

  /** Puts the record's values in `tuple`; false when the record is not counted. */
  private key(record: CsvLineRecord): boolean {
    const { cells, line } = record;
    const layout = this.context.slice.layout;
    if (layout === 'stop-and-search') return this.stopSearchKey(cells, line);
    if (this.forceName === null) this.forceName = cells[3] ?? null;
    if (cells[1] !== this.context.slice.month) {
      this.note(
        line,
        'Month',
        `the month is "${cells[1] ?? ''}" in a file named for ${this.context.slice.month}`,
        true,
      );
      return false;
    }
    const lsoaCode = (cells[7] ?? '').trim();
    const authority = localAuthorityOfLsoa(cells[8] ?? '');
    this.areaCounts[areaStatus(lsoaCode, authority, this.context.forceArea)] += 1;
    const lsoa = this.context.lsoaDetail === false ? '' : lsoaCode;
    if (layout === 'outcomes') return this.put([lsoa, authority ?? '', cells[9] ?? '']);
    const crimeType = cells[9] ?? '';
    if (!this.context.knownCrimeTypes.has(crimeType)) this.unmappedCrimeType(crimeType, line);
    return this.put([lsoa, authority ?? '', crimeType, cells[10] ?? '']);
  }

  unmappedCrimeType(crimeType: string, line: number): void {
    const held = this.unmappedCrimeTypes.get(crimeType);
    if (held === undefined) this.unmappedCrimeTypes.set(crimeType, { line, rows: 1 });
    else held.rows += 1;
  }

  private put(values: readonly string[]): true {
    values.forEach((value, column) => (this.tuple[column] = this.dictionary.id(value)));
    return true;
  }

  private stopSearchKey(cells: string[], line: number): boolean {
    const month = londonMonthOf(cells[1] ?? '');
    if (month !== this.context.slice.month) {
      const what = month === null ? 'is not a date and time' : `falls in ${month} (London time)`;
      this.note(line, 'Date', `"${cells[1] ?? ''}" ${what} in a file named for ${this.context.slice.month}`, true);
      return false;
    }
    const linked = (cells[13] ?? '').trim().toLowerCase();
    const outcomeLinked = linked === 'true' ? 'true' : linked === 'false' ? 'false' : '';
    const [type = '', , , , , , gender = '', age = '', self = '', officer = '', law = '', object = '', outcome = ''] =
      cells;
    return this.put([type, self, officer, gender, age, law, object, outcome, outcomeLinked]);
  }

  /** The aggregate rows, and a closing note of problems not listed one by one. */
  finish(): PackedRows {
    if (this.problemsDropped > 0)
      this.problems.push({
        file: this.context.file,
        row: null,
        column: null,
        message: `${this.problemsDropped} more problems like these are not listed`,
        fatal: false,
      });
    for (const [crimeType, { line, rows }] of this.unmappedCrimeTypes) {
      const what = `"${crimeType}" is not a crime type the taxonomy maps`;
      this.note(line, 'Crime type', `${what}: ${rows} row${rows === 1 ? '' : 's'} loaded as unmapped`, false);
    }
    const { ids, counts } = this.counts.packed();
    return { width: this.counts.width, dictionary: this.dictionary.values, ids, counts };
  }
}
