import { Readable } from 'node:stream';
import { sliceOfFileName } from '../../domain/crime-data/index.js';
import { IngestError, type PoliceUkSource } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import { refusedFile } from '../refusedFile.js';
import type { ServiceContext } from '../context.js';
import { loadPoliceUkSources } from './loadPoliceUkSources.js';
import type { PoliceUkImportSummary } from './policeUkViews.js';

async function* uploadedSource(fileName: string, content: Buffer): AsyncGenerator<PoliceUkSource> {
  const slice = sliceOfFileName(fileName);
  if (slice === null) {
    const message = 'the name does not say force, month and layout (such as 2018-04-metropolitan-street.csv)';
    yield { kind: 'skipped', file: fileName, message, failed: true };
    return;
  }
  yield Promise.resolve({
    kind: 'entry' as const,
    file: fileName,
    slice,
    expectedBytes: content.length,
    locator: null,
    open: () => Promise.resolve(Readable.from([content])),
  });
}

/** Loads one police.uk CSV sent whole (an upload), named as police.uk names its files; refused with every problem when fatal. */
export async function importPoliceUkFile(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer; acceptSmaller?: boolean },
): Promise<PoliceUkImportSummary> {
  authorise(ctx, 'crime-data.import');
  const sources = uploadedSource(input.fileName, input.content);
  const summary = await loadPoliceUkSources(ctx, sources, { acceptSmaller: input.acceptSmaller });
  const refused = summary.slices.flatMap((s) => (s.outcome === 'refused' ? s.problems.filter((p) => p.fatal) : []));
  if (refused.length > 0) throw refusedFile(new IngestError(refused));
  return summary;
}
