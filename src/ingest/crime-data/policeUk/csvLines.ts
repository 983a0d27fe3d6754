/**
 * CSV records from a stream of bytes, built for police.uk's millions of plain lines: a line with
 * no quote is split natively; a quoted line is walked; a quoted field with a line break joins the
 * lines it spans. Bytes that are not UTF-8 stop the read with the line they are on.
 */

import { CsvSyntaxError } from '../../csv/csvRows.js';

const MAX_RECORD_LINES = 50;

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

/** Where, in a chunk that failed to decode, the first byte that is not UTF-8 lies. */
function lineOfBadBytes(chunk: Buffer, linesBefore: number): number {
  const text = chunk.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  const before = bad === -1 ? text : text.slice(0, bad);
  let lines = 0;
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) lines += 1;
  return linesBefore + lines;
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
  for await (const chunk of bytes) {
    onChunk(chunk);
    let text: string;
    try {
      text = carry + decoder.decode(chunk, { stream: true });
    } catch {
      const lines = carry.split('\n').length - 1;
      throw new CsvSyntaxError(lineOfBadBytes(chunk, line + lines), 'the file holds bytes that are not UTF-8 text');
    }
    const batch: CsvLineRecord[] = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      pending = takeLine(text.slice(start, end), line, pending, batch);
      line += 1;
      start = newline + 1;
    }
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
function takeLine(
  text: string,
  line: number,
  pending: { text: string; line: number } | null,
  batch: CsvLineRecord[],
): { text: string; line: number } | null {
  const record = pending === null ? { text, line } : { text: `${pending.text}\n${text}`, line: pending.line };
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
