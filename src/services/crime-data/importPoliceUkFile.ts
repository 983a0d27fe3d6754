import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sliceOfFileName } from '../../domain/crime-data/index.js';
import { IngestError, policeUkSources, type PoliceUkSource } from '../../ingest/index.js';
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

/** The archive's entries named after the uploaded file, never the temporary copy's path (the manifest keeps the name). */
async function* renamed(
  sources: AsyncGenerator<PoliceUkSource>,
  from: string,
  to: string,
): AsyncGenerator<PoliceUkSource> {
  for await (const source of sources)
    yield source.file.startsWith(from) ? { ...source, file: `${to}${source.file.slice(from.length)}` } : source;
}

/**
 * An uploaded archive is read as the command line reads one, from a private temporary copy (the
 * zip reader needs a file to seek in); each slice in it loads or is refused on its own.
 */
async function importUploadedArchive(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer; acceptSmaller?: boolean },
): Promise<PoliceUkImportSummary> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'bluelamp-police-uk-'));
  try {
    const archive = path.join(folder, 'upload.zip');
    await fs.writeFile(archive, input.content, { mode: 0o600 });
    const sources = renamed(policeUkSources([archive]), archive, path.basename(input.fileName));
    return await loadPoliceUkSources(ctx, sources, { acceptSmaller: input.acceptSmaller });
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

/**
 * Loads one police.uk CSV sent whole (an upload), named as police.uk names its files, refused with
 * every problem when fatal; or a police.uk archive (.zip), slice by slice.
 */
export async function importPoliceUkFile(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer; acceptSmaller?: boolean },
): Promise<PoliceUkImportSummary> {
  authorise(ctx, 'crime-data.import');
  if (input.fileName.toLowerCase().endsWith('.zip')) return importUploadedArchive(ctx, input);
  const sources = uploadedSource(input.fileName, input.content);
  const summary = await loadPoliceUkSources(ctx, sources, { acceptSmaller: input.acceptSmaller });
  const refused = summary.slices.flatMap((s) => (s.outcome === 'refused' ? s.problems.filter((p) => p.fatal) : []));
  if (refused.length > 0) throw refusedFile(new IngestError(refused));
  return summary;
}
