import { policeUkSources } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadPoliceUkSources } from './loadPoliceUkSources.js';
import type { PoliceUkImportSummary, PoliceUkProgress } from './policeUkViews.js';

/**
 * Loads police.uk files — single CSVs, month folders, or the archive streamed as it is — slice by
 * slice. Each slice (force × month × layout) replaces what was held for it in one transaction;
 * a slice with fatal problems, or far fewer rows than the one held, is refused and the others still load.
 */
export async function importPoliceUk(
  ctx: ServiceContext,
  input: {
    paths: readonly string[];
    onProgress?: (progress: PoliceUkProgress) => void;
    /** Let a file replace a held slice even with under 80% of its rows (see loadPoliceUkSources). */
    acceptSmaller?: boolean;
  },
): Promise<PoliceUkImportSummary> {
  authorise(ctx, 'crime-data.import');
  const { onProgress, acceptSmaller } = input;
  return loadPoliceUkSources(ctx, policeUkSources(input.paths), { onProgress, acceptSmaller });
}

/** How much there is to read, for a progress bar's estimate. */
export { policeUkBytes } from '../../ingest/index.js';
