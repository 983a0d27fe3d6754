import type { IngestProblem } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { summaryOf, type CrimeImportSummary } from './importMpsBoroughSeries.js';
import { readMpsCrimeFile, type MpsFileInput } from './readMpsCrimeFile.js';

/** What loading a file would do, and every problem that stops it, as data. */
export interface MpsFileCheck extends Omit<CrimeImportSummary, 'added' | 'revised' | 'dryRun' | 'syntheticRemoved'> {
  readonly problems: readonly IngestProblem[];
}

/**
 * Checks an MPS recorded-crime file as a load would, writing nothing: every problem of every
 * kind (the file's layout and cells, unknown areas, clashing wards, unmapped category names) is
 * listed in one pass, each with its file, row and column, beside what would load.
 */
export async function checkMpsBoroughFile(ctx: ServiceContext, input: MpsFileInput): Promise<MpsFileCheck> {
  authorise(ctx, 'crime-data.import');
  const reading = await readMpsCrimeFile(ctx, input);
  return { ...summaryOf(reading), problems: reading.problems };
}
