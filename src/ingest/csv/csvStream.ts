/**
 * CSV records read from a stream a chunk at a time: only the record being read is held as text,
 * so a file of any size streams through.
 */
import { CsvSyntaxError, type CsvRecord } from './csvRows.js';

/** Text as it arrives: a Node stream of strings or bytes, or any async iterable of text. */
export type TextSource = AsyncIterable<string> | NodeJS.ReadableStream;

/**
 * Splits CSV text that arrives in pieces into records, as parseCsv would split the whole text:
 * quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and a lone CR end a
 * record; a final line break does not make an extra record.
 */
class CsvRecordSplitter {
  private cells: string[] = [];
  private field = '';
  private state: 'start' | 'plain' | 'quoted' | 'after-quote' = 'start';
  private open = false;
  private skipLf = false;
  private quotedCr = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private ready: CsvRecord[] = [];

  /** Takes the next piece of text and returns the records it completes. */
  push(text: string): CsvRecord[] {
    const breaks = new LineBreaks(text);
    let index = 0;
    while (index < text.length) {
      if (this.skipLf) {
        this.skipLf = false;
        if (text[index] === '\n') {
          index += 1;
          continue;
        }
      }
      const next = this.state === 'start' && !this.open ? this.plainLine(text, index, breaks) : -1;
      if (next !== -1) index = next;
      else index = this.state === 'quoted' ? this.quoted(text, index) : this.unquoted(text, index);
    }
    return this.take();
  }

  /**
   * Most records are one line without a quote: such a line, when it ends within this piece of
   * text, is split natively, which is what makes a large file quick to read. Answers where the
   * next record starts, or -1 to leave the line to the walk below.
   */
  private plainLine(text: string, index: number, breaks: LineBreaks): number {
    const stop = breaks.next(index);
    if (stop === -1) return -1;
    const line = text.slice(index, stop);
    if (line.includes('"')) return -1;
    this.ready.push({ row: this.line, cells: line.split(',') });
    this.line += 1;
    this.recordLine = this.line;
    if (text[stop] === '\r') {
      if (stop + 1 === text.length) this.skipLf = true;
      else if (text[stop + 1] === '\n') return stop + 2;
    }
    return stop + 1;
  }

  /** The record the text ends in, if any; throws when a quoted field is never closed. */
  end(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new CsvSyntaxError(this.quoteLine, 'a quoted field is never closed (a " is missing)');
    }
    if (this.open) this.endRecord();
    return this.take();
  }

  private take(): CsvRecord[] {
    const records = this.ready;
    this.ready = [];
    return records;
  }

  private quoted(text: string, index: number): number {
    const close = text.indexOf('"', index);
    const stop = close === -1 ? text.length : close;
    for (let at = index; at < stop; at += 1) {
      const char = text[at];
      if (char === '\r' || (char === '\n' && !this.quotedCr)) this.line += 1;
      this.quotedCr = char === '\r';
    }
    this.field += text.slice(index, stop);
    if (close === -1) return stop;
    this.quotedCr = false;
    this.state = 'after-quote';
    return close + 1;
  }

  private unquoted(text: string, index: number): number {
    const char = text[index];
    if (this.state === 'after-quote' && char === '"') {
      this.field += '"';
      this.state = 'quoted';
      return index + 1;
    }
    if (char === ',' || char === '\r' || char === '\n') return this.delimiter(char, index);
    if (this.state === 'after-quote') {
      const detail = 'text follows the closing quote of a field; a quote inside a field is written ""';
      throw new CsvSyntaxError(this.line, detail);
    }
    this.open = true;
    if (this.state === 'start' && char === '"') {
      this.state = 'quoted';
      this.quoteLine = this.line;
      return index + 1;
    }
    let stop = index;
    while (stop < text.length && text[stop] !== ',' && text[stop] !== '\r' && text[stop] !== '\n') stop += 1;
    this.field += text.slice(index, stop);
    this.state = 'plain';
    return stop;
  }

  private delimiter(char: string, index: number): number {
    if (char === ',') {
      this.open = true;
      this.cells.push(this.field);
      this.field = '';
      this.state = 'start';
      return index + 1;
    }
    this.endRecord();
    this.line += 1;
    this.recordLine = this.line;
    this.skipLf = char === '\r';
    return index + 1;
  }

  private endRecord(): void {
    this.cells.push(this.field);
    this.ready.push({ row: this.recordLine, cells: this.cells });
    this.cells = [];
    this.field = '';
    this.state = 'start';
    this.open = false;
  }
}

/** Where the next line break (CR or LF) of a piece of text is, each found once however often asked. */
class LineBreaks {
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  /** The index of the first CR or LF at or after `from`, or -1 when there is none. */
  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.lf === -1) return this.cr;
    return this.cr === -1 ? this.lf : Math.min(this.lf, this.cr);
  }
}

/** The text of a stream of strings or bytes (UTF-8), without a leading byte order mark. */
async function* textOf(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text !== '') {
      first = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * The CSV records of a stream, one at a time, each with the line it starts on. Throws a
 * CsvSyntaxError naming the line when a quoted field is malformed or never closed.
 */
export async function* streamCsvRecords(
  source: TextSource,
  onText?: (characters: number) => void,
): AsyncGenerator<CsvRecord> {
  const splitter = new CsvRecordSplitter();
  for await (const text of textOf(source)) {
    onText?.(text.length);
    yield* splitter.push(text);
  }
  yield* splitter.end();
}
