import { sliceLabel, type SliceKey } from '../../domain/crime-data/index.js';
import type { SliceProblem } from '../../ingest/index.js';

/** What became of one file given to the loader. */
export interface SliceOutcome {
  readonly file: string;
  readonly slice: SliceKey | null;
  readonly outcome: 'loaded' | 'refused' | 'skipped';
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  /** Rows placed outside the force's own local authorities, with no location, or in no authority. */
  readonly outOfArea: number;
  readonly noLocation: number;
  readonly unmappedArea: number;
  readonly problems: SliceProblem[];
}

export interface PoliceUkImportSummary {
  readonly slices: SliceOutcome[];
  readonly loaded: number;
  readonly refused: number;
  readonly skipped: number;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
}

export interface PoliceUkProgress {
  /** The file being read, its bytes so far and (where known) in all. */
  readonly file: string;
  readonly bytesRead: number;
  readonly expectedBytes: number;
  readonly rowsRead: number;
}

/** A slice by force, month and layout, or its file when it was never placed. */
export function describeSlice(outcome: SliceOutcome): string {
  return outcome.slice === null ? outcome.file : sliceLabel(outcome.slice);
}
