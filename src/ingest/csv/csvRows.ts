/**
 * CSV as RFC 4180 writes it, and as spreadsheets save it: quoted fields may hold commas, doubled
 * quotes and line breaks; lines end in CRLF or LF; a UTF-8 byte order mark may lead the file.
 */

/** One record and the line of the file it starts on (1-based), for error messages. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A file that is not well-formed CSV, with the line where the trouble starts. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';

  constructor(
    readonly line: number,
    /** What is wrong, without the line number. */
    readonly detail: string,
  ) {
    super(`Line ${line}: ${detail}`);
  }
}

interface Cursor {
  readonly text: string;
  index: number;
  line: number;
}

/** Moves past a line break at the cursor (CRLF, LF or a lone CR) and reports whether there was one. */
function skipLineBreak(cursor: Cursor): boolean {
  const char = cursor.text[cursor.index];
  if (char === '\r') {
    cursor.index += cursor.text[cursor.index + 1] === '\n' ? 2 : 1;
  } else if (char === '\n') {
    cursor.index += 1;
  } else {
    return false;
  }
  cursor.line += 1;
  return true;
}

function readQuotedField(cursor: Cursor): string {
  const startLine = cursor.line;
  let value = '';
  cursor.index += 1;
  for (;;) {
    const next = cursor.text.indexOf('"', cursor.index);
    if (next === -1) {
      throw new CsvSyntaxError(startLine, 'a quoted field is never closed (a " is missing)');
    }
    const chunk = cursor.text.slice(cursor.index, next);
    cursor.line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
    value += chunk;
    cursor.index = next + 1;
    if (cursor.text[cursor.index] !== '"') break;
    value += '"';
    cursor.index += 1;
  }
  const after = cursor.text[cursor.index];
  if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
    throw new CsvSyntaxError(
      cursor.line,
      'text follows the closing quote of a field; a quote inside a field is written ""',
    );
  }
  return value;
}

function readPlainField(cursor: Cursor): string {
  const start = cursor.index;
  const text = cursor.text;
  while (cursor.index < text.length) {
    const char = text[cursor.index];
    if (char === ',' || char === '\r' || char === '\n') break;
    cursor.index += 1;
  }
  return text.slice(start, cursor.index);
}

/** Reads one record starting at the cursor, leaving the cursor after its line break. */
function readRecord(cursor: Cursor): string[] {
  const cells: string[] = [];
  for (;;) {
    cells.push(cursor.text[cursor.index] === '"' ? readQuotedField(cursor) : readPlainField(cursor));
    if (cursor.text[cursor.index] === ',') {
      cursor.index += 1;
      continue;
    }
    skipLineBreak(cursor);
    return cells;
  }
}

/**
 * Every record of a CSV text, each with the line it starts on. A final line break does not make
 * an extra record; a blank line in the middle is a record with one empty cell. Throws a
 * CsvSyntaxError naming the line when a quoted field is never closed.
 */
export function parseCsv(text: string): CsvRecord[] {
  const cursor: Cursor = { text: text.startsWith('\uFEFF') ? text.slice(1) : text, index: 0, line: 1 };
  const records: CsvRecord[] = [];
  while (cursor.index < cursor.text.length) {
    const row = cursor.line;
    records.push({ row, cells: readRecord(cursor) });
  }
  return records;
}

/**
 * A cell a spreadsheet would run as a formula when it opens the file (= + - @, and tab or CR,
 * which some spreadsheets skip before looking). Cells that already start with apostrophes before
 * such a character are included, so that the prefix can always be taken off again exactly.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

/** A negative number is data, not a formula: spreadsheets and pandas must read it as a number. */
const PLAIN_NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as written to a CSV file: a leading apostrophe keeps a formula-like text inert. */
export function protectCsvCell(cell: string): string {
  return FORMULA_LIKE.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes protectCsvCell: the text the person meant, with the safety apostrophe taken off. */
export function restoreCsvCell(cell: string): string {
  return PROTECTED.test(cell) ? cell.slice(1) : cell;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function formatCell(cell: string): string {
  const safe = protectCsvCell(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * CSV text for a grid of cells, CRLF line ends, safe to open in a spreadsheet: fields are quoted
 * when they hold a comma, a quote, a line break or leading or trailing space, and formula-like
 * cells get a leading apostrophe (see protectCsvCell; parseCsv keeps it, restoreCsvCell takes it off).
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells) => (cells.length === 1 && cells[0] === '' ? '""' : cells.map(formatCell).join(',')))
    .map((line) => `${line}\r\n`)
    .join('');
}
