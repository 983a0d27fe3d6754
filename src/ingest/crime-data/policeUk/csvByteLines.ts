/**
 * The CSV records of a police.uk file read from its bytes. A plain line (no quote, not the
 * header, not too long, not inside a quoted record) is handed over as bytes with its commas found,
 * and never becomes a string unless its reader asks; every other line takes the careful path of
 * csvLines.ts (`takeLine`), which also joins a quoted field's lines. What it refuses, and where
 * (bytes that are not UTF-8, a line over MAX_LINE_CHARS, a quote never closed), is what
 * `csvLineRecords` refuses: a chunk's records are handed over only once the whole chunk is known
 * to be readable.
 */
import { isUtf8 } from 'node:buffer';
import { CsvSyntaxError } from '../../csv/csvRows.js';
import { MAX_LINE_CHARS, takeLine, tooLong, type CsvLineReaderState, type CsvLineRecord } from './csvLines.js';
import { firstBadUtf8 } from './utf8Bytes.js';

/** The commas of one line: positions `commas[first]` to `commas[first + count - 1]`. */
export interface LineCommas {
  readonly commas: Int32Array;
  readonly first: number;
  readonly count: number;
}

export interface CsvByteSink {
  /** A plain line as bytes; false when it must be read as text and handed to `record` instead. */
  plainLine(bytes: Buffer, start: number, end: number, commas: LineCommas, line: number): boolean;
  record(record: CsvLineRecord): void;
  /** After each chunk's records. */
  chunkDone(): void;
}

const BOM = [0xef, 0xbb, 0xbf];
const COMMA = 44;
const QUOTE = 34;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
/** A plain line's entry in a chunk's list: start, end, first comma, comma count, line number. */
const PLAIN = 5;

function grown(array: Int32Array, length = array.length * 2): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

/** How many of the bytes make whole characters: a character the end cuts off waits for the next chunk. */
function wholeCharacters(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

class CsvByteReader {
  private carry: Buffer = Buffer.alloc(0);
  private line = 1;
  private pending: { text: string; line: number } | null = null;
  private startChecked = false;
  private commas = new Int32Array(1 << 14);
  private plain = new Int32Array(PLAIN << 10);
  private readonly careful: CsvLineRecord[] = [];
  /** For each careful record, how many plain lines of the chunk come before it. */
  private readonly carefulAfter: number[] = [];
  private readonly commasOfLine = { commas: this.commas, first: 0, count: 0 };

  constructor(private readonly sink: CsvByteSink) {}

  chunk(chunk: Buffer): void {
    let data = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    if (!this.startChecked) {
      // The decoder csvLineRecords uses drops a byte order mark at the start of the file.
      if (data.length < 3 && data.every((byte, at) => byte === BOM[at])) {
        this.carry = data;
        return;
      }
      this.startChecked = true;
      if (data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2]) data = data.subarray(3);
    }
    const lines = data.lastIndexOf(LINE_FEED) + 1;
    this.checkUtf8(data, lines);
    const plainCount = this.scan(data, lines);
    const tail = data.subarray(lines);
    if (tail.length > MAX_LINE_CHARS) {
      const text = tail.toString('utf8', 0, wholeCharacters(tail));
      if (text.length > MAX_LINE_CHARS) throw tooLong(this.line, text.slice(0, MAX_LINE_CHARS));
    }
    // A copy: the chunk's buffer may be reused by the stream once handed back.
    this.carry = Buffer.from(tail);
    this.handOver(data, plainCount);
  }

  end(state: CsvLineReaderState): void {
    const tail = this.carry;
    if (!isUtf8(tail))
      throw new CsvSyntaxError(this.line, 'the file ends in the middle of a character that is not UTF-8 text');
    state.endedWithLineBreak = tail.length === 0;
    if (tail.length > 0) this.pending = takeLine(tail.toString('utf8'), this.line, this.pending, this.careful);
    if (this.careful.length > 0) this.carefulAfter.push(0);
    if (this.pending !== null)
      throw new CsvSyntaxError(this.pending.line, 'a quoted field is never closed (a " is missing)');
    this.handOver(tail, 0);
  }

  /** Refuses the chunk, at the line of its first byte that is not UTF-8, before any of it is counted. */
  private checkUtf8(data: Buffer, lines: number): void {
    if (isUtf8(data.subarray(0, lines)) && firstBadUtf8(data.subarray(lines)) === -1) return;
    const bad = firstBadUtf8(data);
    let where = this.line;
    for (let at = data.indexOf(LINE_FEED); at !== -1 && at < bad; at = data.indexOf(LINE_FEED, at + 1)) where += 1;
    throw new CsvSyntaxError(where, 'the file holds bytes that are not UTF-8 text');
  }

  /** Finds the lines of `data[0, lines)` and their commas; returns how many are plain. */
  private scan(data: Buffer, lines: number): number {
    let commas = this.commas;
    let commaCount = 0;
    let plainCount = 0;
    let lineStart = 0;
    let lineCommas = 0;
    let quoted = false;
    for (let at = 0; at < lines; at++) {
      const byte = data[at] as number;
      if (byte > COMMA) continue;
      if (byte === COMMA) {
        if (commaCount === commas.length) commas = this.commas = grown(commas);
        commas[commaCount++] = at;
      } else if (byte === QUOTE) quoted = true;
      else if (byte === LINE_FEED) {
        const end = at > lineStart && data[at - 1] === CARRIAGE_RETURN ? at - 1 : at;
        if (
          !quoted &&
          this.pending === null &&
          this.line !== 1 &&
          end > lineStart &&
          end - lineStart <= MAX_LINE_CHARS
        ) {
          if ((plainCount + 1) * PLAIN > this.plain.length) this.plain = grown(this.plain);
          const entry = plainCount * PLAIN;
          this.plain[entry] = lineStart;
          this.plain[entry + 1] = end;
          this.plain[entry + 2] = lineCommas;
          this.plain[entry + 3] = commaCount;
          this.plain[entry + 4] = this.line;
          plainCount += 1;
        } else this.carefully(data, lineStart, end, plainCount);
        this.line += 1;
        lineStart = at + 1;
        lineCommas = commaCount;
        quoted = false;
      }
    }
    return plainCount;
  }

  /** Reads a line as text, the way csvLineRecords does; what it completes follows the plain lines so far. */
  private carefully(data: Buffer, start: number, end: number, plainCount: number): void {
    const text = data.toString('utf8', start, end);
    if (text.length > MAX_LINE_CHARS) throw tooLong(this.line, text.slice(0, MAX_LINE_CHARS));
    const before = this.careful.length;
    this.pending = takeLine(text, this.line, this.pending, this.careful);
    if (this.careful.length > before) this.carefulAfter.push(plainCount);
  }

  private handOver(data: Buffer, plainCount: number): void {
    const { plain, sink, careful, carefulAfter } = this;
    const line = this.commasOfLine;
    line.commas = this.commas;
    let next = 0;
    for (let index = 0; ; index++) {
      while (next < careful.length && carefulAfter[next] === index) {
        sink.record(careful[next] as CsvLineRecord);
        next += 1;
      }
      if (index === plainCount) break;
      const entry = index * PLAIN;
      const start = plain[entry] as number;
      const end = plain[entry + 1] as number;
      line.first = plain[entry + 2] as number;
      line.count = (plain[entry + 3] as number) - line.first;
      const lineNumber = plain[entry + 4] as number;
      if (!sink.plainLine(data, start, end, line, lineNumber))
        sink.record({ line: lineNumber, cells: data.toString('utf8', start, end).split(',') });
    }
    careful.length = 0;
    carefulAfter.length = 0;
    sink.chunkDone();
  }
}

/** Reads the byte stream to its end, handing every record to the sink. */
export async function readCsvBytes(
  bytes: AsyncIterable<Buffer>,
  state: CsvLineReaderState,
  onChunk: (chunk: Buffer) => void,
  sink: CsvByteSink,
): Promise<void> {
  const reader = new CsvByteReader(sink);
  for await (const chunk of bytes) {
    onChunk(chunk);
    reader.chunk(chunk);
  }
  reader.end(state);
}
