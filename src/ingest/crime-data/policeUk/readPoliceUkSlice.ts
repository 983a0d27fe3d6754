import { createHash } from 'node:crypto';
import type { AreaStatus, SliceKey } from '../../../domain/crime-data/index.js';
import { CsvSyntaxError } from '../../csv/csvRows.js';
import { csvLineRecords, type CsvLineReaderState } from './csvLines.js';
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

/** Reads one police.uk CSV (a file, or an entry streamed out of an archive) into its slice's aggregates. */
export async function readPoliceUkSlice(
  input: { readonly file: string; readonly slice: SliceKey; readonly bytes: AsyncIterable<Buffer> },
  options: SliceReadOptions,
): Promise<SliceReading> {
  const aggregator = new SliceAggregator({ ...options, file: input.file, slice: input.slice });
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const state: CsvLineReaderState = { endedWithLineBreak: true };
  let lastLine = 0;
  let unreadable = false;
  try {
    for await (const batch of csvLineRecords(input.bytes, state, (chunk) => {
      hash.update(chunk);
      sizeBytes += chunk.length;
    })) {
      for (const record of batch) {
        lastLine = record.line;
        if (record.line === 1) aggregator.header(record);
        else if (record.cells.length === 1 && record.cells[0] === '')
          aggregator.note(record.line, null, 'an empty line was skipped', false);
        else aggregator.add(record);
      }
      options.onProgress?.(sizeBytes, aggregator.rowsRead);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    aggregator.note(error.line, null, error.detail, true);
    unreadable = true;
  }
  // A file that could not be read to its end has said what is wrong; these would only mislead.
  if (!unreadable) noteHowItEnds(aggregator, lastLine, state.endedWithLineBreak);
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
