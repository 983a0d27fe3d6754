import { createHash } from 'node:crypto';
import type { AreaStatus, SliceKey } from '../../../domain/crime-data/index.js';
import { CsvSyntaxError } from '../../csv/csvRows.js';
import { ByteRowCounter } from './byteRowCounter.js';
import { readCsvBytes } from './csvByteLines.js';
import { csvLineRecords, type CsvLineReaderState, type CsvLineRecord } from './csvLines.js';
import { SliceAggregator, type PackedRows, type SliceContext, type SliceProblem } from './sliceAggregate.js';

/** What reading one police.uk file gave: its aggregates, or the fatal problems that refuse it. */
export interface SliceReading {
  readonly slice: SliceKey;
  readonly file: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  /** "Falls within" of the first row, where the layout has it. */
  readonly forceName: string | null;
  readonly rowsRead: number;
  /** Records counted into the aggregates (rows read when nothing is fatal). */
  readonly rowsAggregated: number;
  readonly rows: PackedRows;
  readonly problems: SliceProblem[];
  readonly fatal: boolean;
  readonly areaCounts: Readonly<Record<AreaStatus, number>>;
}

export interface SliceReadOptions extends Omit<SliceContext, 'file' | 'slice'> {
  /** Called after each batch of records with the bytes read so far, for progress bars. */
  readonly onProgress?: (bytesRead: number, rowsRead: number) => void;
}

/**
 * An empty file, or one whose last line has no line break: police.uk ends every line with one, so
 * a last line without it was cut short, even when what is left of it still has every field.
 */
function noteHowItEnds(aggregator: SliceAggregator, lastLine: number, endedWithLineBreak: boolean): void {
  if (lastLine === 0) aggregator.note(null, null, 'the file is empty: it has no header and no rows', true);
  else if (!endedWithLineBreak)
    aggregator.note(
      lastLine,
      null,
      'the file ends part-way through this line (it has no line break, as every police.uk line does): it looks cut short',
      true,
    );
}

type SliceInput = { readonly file: string; readonly slice: SliceKey; readonly bytes: AsyncIterable<Buffer> };

/**
 * How often progress is told, in bytes read: a reading thread posts each report to the main
 * thread, and an archive's entries inflate in chunks of 16 KB — a report for each measured 8% of
 * the thread's time on a national year.
 */
const PROGRESS_EVERY_BYTES = 1 << 20;

/** The line of the last record read: a file cut off ends on it. */
interface LinesSeen {
  last: number;
}

/**
 * How a file's records reach the aggregator: `record` takes one read as text; `onChunk` sees
 * every chunk of bytes as read. It resolves once the file is read to its end.
 */
type RecordReader = (
  aggregator: SliceAggregator,
  state: CsvLineReaderState,
  seen: LinesSeen,
  onChunk: (chunk: Buffer) => void,
  record: (found: CsvLineRecord) => void,
  afterChunk: () => void,
) => Promise<void>;

/** The byte reader: plain lines are counted from their bytes, the rest read as text. */
const fromBytes =
  (bytes: AsyncIterable<Buffer>): RecordReader =>
  (aggregator, state, seen, onChunk, record, afterChunk) => {
    const counter = new ByteRowCounter(aggregator);
    return readCsvBytes(bytes, state, onChunk, {
      plainLine(data, start, end, commas, line) {
        seen.last = line;
        return counter.count(data, start, end, commas, line);
      },
      record,
      chunkDone: afterChunk,
    });
  };

/**
 * Every line read as text and split into cells: slower, and the reference the byte reader is
 * checked against (readPoliceUkSlice.property.test.ts), since each step of it is plain to see.
 */
const asText =
  (bytes: AsyncIterable<Buffer>): RecordReader =>
  async (_aggregator, state, _seen, onChunk, record, afterChunk) => {
    for await (const batch of csvLineRecords(bytes, state, onChunk)) {
      batch.forEach(record);
      afterChunk();
    }
  };

/** Reads one police.uk CSV (a file, or an entry streamed out of an archive) into its slice's aggregates. */
export function readPoliceUkSlice(input: SliceInput, options: SliceReadOptions): Promise<SliceReading> {
  return readSlice(input, options, fromBytes(input.bytes));
}

/** The same reading with every line made text: see `asText`. */
export function readPoliceUkSliceAsText(input: SliceInput, options: SliceReadOptions): Promise<SliceReading> {
  return readSlice(input, options, asText(input.bytes));
}

async function readSlice(input: SliceInput, options: SliceReadOptions, read: RecordReader): Promise<SliceReading> {
  const aggregator = new SliceAggregator({ ...options, file: input.file, slice: input.slice });
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const state: CsvLineReaderState = { endedWithLineBreak: true };
  let unreadable = false;
  const seen: LinesSeen = { last: 0 };
  const record = (found: CsvLineRecord): void => {
    seen.last = found.line;
    if (found.line === 1) aggregator.header(found);
    else if (found.cells.length === 1 && found.cells[0] === '')
      aggregator.note(found.line, null, 'an empty line was skipped', false);
    else aggregator.add(found);
  };
  let reported = 0;
  const report = (): void => {
    reported = sizeBytes;
    options.onProgress?.(sizeBytes, aggregator.rowsRead);
  };
  const onChunk = (chunk: Buffer): void => {
    hash.update(chunk);
    sizeBytes += chunk.length;
  };
  try {
    await read(aggregator, state, seen, onChunk, record, () => {
      if (sizeBytes - reported >= PROGRESS_EVERY_BYTES) report();
    });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    aggregator.note(error.line, null, error.detail, true);
    unreadable = true;
  }
  if (reported !== sizeBytes) report();
  // A file that could not be read to its end has said what is wrong; these would only mislead.
  if (!unreadable) noteHowItEnds(aggregator, seen.last, state.endedWithLineBreak);
  const rows = aggregator.finish();
  return {
    slice: input.slice,
    file: input.file,
    sizeBytes,
    sha256: hash.digest('hex'),
    forceName: aggregator.forceName,
    rowsRead: aggregator.rowsRead,
    rowsAggregated: rows.counts.reduce((sum, count) => sum + count, 0),
    rows,
    problems: aggregator.problems,
    fatal: aggregator.fatal,
    areaCounts: aggregator.areaCounts,
  };
}
