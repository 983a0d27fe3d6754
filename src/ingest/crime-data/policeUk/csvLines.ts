/**
 * CSV records from a stream of bytes, built for police.uk's millions of plain lines: a line with
 * no quote is split natively; a quoted line is walked; a quoted field with a line break joins the
 * lines it spans. Bytes that are not UTF-8, and a line past MAX_LINE_CHARS, stop the read with the
 * line they are on.
 */

import { CsvSyntaxError } from '../../csv/csvRows.js';
import { RecentBytes } from './utf8Bytes.js';

const MAX_RECORD_LINES = 50;

/**
 * The longest line (or quoted record) read, in characters. police.uk rows are under 1 KB; without
 * a cap, a file that is one long line is held whole, and searched again with every chunk.
 */
export const MAX_LINE_CHARS = 65_536;

/** A line over the cap, refused with what it was seen to hold before reading stopped. */
export function tooLong(line: number, text: string): CsvSyntaxError {
  let commas = 0;
  const end = Math.min(text.length, MAX_LINE_CHARS);
  for (let at = text.indexOf(','); at !== -1 && at < end; at = text.indexOf(',', at + 1)) commas += 1;
  const seen = commas === 0 ? 'no comma' : `${(commas + 1).toLocaleString('en-GB')} or more columns`;
  return new CsvSyntaxError(
    line,
    `the line is longer than ${MAX_LINE_CHARS.toLocaleString('en-GB')} characters (${seen} in its first ${MAX_LINE_CHARS.toLocaleString('en-GB')}), where police.uk's rows are under 1 KB: the file is not read further`,
  );
}

export interface CsvLineRecord {
  /** The file line the record starts on (the header is line 1). */
  readonly line: number;
  readonly cells: string[];
}

function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
}

/** Splits one record whose text holds quotes; RFC 4180: "" inside a quoted field is one quote. */
export function splitQuotedRecord(text: string, line: number): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new CsvSyntaxError(line, 'a quoted field is never closed (a " is missing)');
        value += text.slice(from, close);
        if (text[close + 1] === '"') {
          value += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      cells.push(value);
      if (at === text.length) return cells;
      if (text[at] !== ',')
        throw new CsvSyntaxError(
          line,
          'text follows the closing quote of a field; a quote inside a field is written ""',
        );
      at += 1;
      continue;
    }
    const comma = text.indexOf(',', at);
    const end = comma === -1 ? text.length : comma;
    const value = text.slice(at, end);
    if (value.includes('"')) throw new CsvSyntaxError(line, 'a quote appears inside an unquoted field');
    cells.push(value);
    if (comma === -1) return cells;
    at = comma + 1;
  }
}

export interface CsvLineReaderState {
  /** Whether the last record ended with a line break (a file cut off mid-line does not). */
  endedWithLineBreak: boolean;
}

/**
 * Yields the records of a byte stream. `onChunk` sees every chunk of bytes as read (for the
 * checksum and size), whatever happens to the text.
 */
export async function* csvLineRecords(
  bytes: AsyncIterable<Buffer>,
  state: CsvLineReaderState,
  onChunk: (chunk: Buffer) => void,
): AsyncGenerator<CsvLineRecord[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  let line = 1;
  let pending: { text: string; line: number } | null = null;
  const recent = new RecentBytes();
  for await (const chunk of bytes) {
    onChunk(chunk);
    let text: string;
    try {
      text = carry + decoder.decode(chunk, { stream: true });
    } catch {
      // `line` is the line the chunk starts on: the carried text holds no line break.
      const where = line + recent.lineFeedsBeforeBadByte(chunk);
      throw new CsvSyntaxError(where, 'the file holds bytes that are not UTF-8 text');
    }
    recent.keep(chunk);
    const batch: CsvLineRecord[] = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      if (end - start > MAX_LINE_CHARS) throw tooLong(line, text.slice(start, start + MAX_LINE_CHARS));
      pending = takeLine(text.slice(start, end), line, pending, batch);
      line += 1;
      start = newline + 1;
    }
    if (text.length - start > MAX_LINE_CHARS) throw tooLong(line, text.slice(start, start + MAX_LINE_CHARS));
    carry = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  let tail: string;
  try {
    tail = carry + decoder.decode();
  } catch {
    throw new CsvSyntaxError(line, 'the file ends in the middle of a character that is not UTF-8 text');
  }
  state.endedWithLineBreak = tail === '';
  const batch: CsvLineRecord[] = [];
  if (tail !== '') pending = takeLine(tail, line, pending, batch);
  if (pending !== null) throw new CsvSyntaxError(pending.line, 'a quoted field is never closed (a " is missing)');
  if (batch.length > 0) yield batch;
}

/** Adds a line to the batch, or holds it while a quoted field is still open across lines. */
export function takeLine(
  text: string,
  line: number,
  pending: { text: string; line: number } | null,
  batch: CsvLineRecord[],
): { text: string; line: number } | null {
  const record = pending === null ? { text, line } : { text: `${pending.text}\n${text}`, line: pending.line };
  if (record.text.length > MAX_LINE_CHARS) throw tooLong(record.line, record.text);
  if (!record.text.includes('"')) {
    batch.push({ line: record.line, cells: record.text.split(',') });
    return null;
  }
  if (countQuotes(record.text) % 2 === 1) {
    // police.uk fields never run over many lines: a quote still open this far on is a broken file.
    if (line - record.line >= MAX_RECORD_LINES)
      throw new CsvSyntaxError(record.line, 'a quoted field is never closed (a " is missing)');
    return record;
  }
  batch.push({ line: record.line, cells: splitQuotedRecord(record.text, record.line) });
  return null;
}
