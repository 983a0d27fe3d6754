import { Readable } from 'node:stream';
import { actorLabel } from '../../domain/accounts/index.js';
import { policeForceName, sliceLabel, sliceOfFileName, type SliceKey } from '../../domain/crime-data/index.js';
import {
  IngestError,
  policeUkSources,
  readPoliceUkSlice,
  type PoliceUkEntry,
  type PoliceUkSource,
  type SliceProblem,
  type SliceReading,
} from '../../ingest/index.js';
import { appendAuditRecords, logLoadAttempt, replaceSlice, savePoliceForce, type Executor } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import { refusedFile } from '../measures/ingestMessage.js';
import type { ServiceContext } from '../context.js';

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

async function knownCrimeTypes(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select('crime_type')
    .where('source', '=', 'police-uk')
    .execute();
  return new Set(rows.flatMap((row) => (row.crime_type === null ? [] : [row.crime_type])));
}

async function forceAreas(db: Executor): Promise<Map<string, Set<string>>> {
  const areas = new Map<string, Set<string>>();
  for (const row of await db.selectFrom('police_force_areas').select(['force_code', 'local_authority']).execute()) {
    const held = areas.get(row.force_code) ?? new Set<string>();
    held.add(row.local_authority);
    areas.set(row.force_code, held);
  }
  return areas;
}

function outcomeOf(reading: SliceReading, outcome: SliceOutcome['outcome']): SliceOutcome {
  return {
    file: reading.file,
    slice: reading.slice,
    outcome,
    rowsRead: reading.rowsRead,
    rowsLoaded: outcome === 'loaded' ? reading.rowsAggregated : 0,
    outOfArea: reading.areaCounts['out-of-area'],
    noLocation: reading.areaCounts['no-location'],
    unmappedArea: reading.areaCounts.unmapped,
    problems: reading.problems,
  };
}

/** One slice in one transaction: a crash at any point leaves the slice as it was before. */
async function storeSlice(ctx: ServiceContext, reading: SliceReading, at: string): Promise<void> {
  const manifest = {
    fileName: reading.file,
    sizeBytes: reading.sizeBytes,
    sha256: reading.sha256,
    rowsRead: reading.rowsRead,
    rowsLoaded: reading.rowsAggregated,
    problemsJson: JSON.stringify(reading.problems),
    at,
    by: actorLabel(ctx.actor),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await savePoliceForce(trx, {
      code: reading.slice.force,
      name: reading.forceName ?? policeForceName(reading.slice.force),
      fromFile: reading.forceName !== null,
    });
    const { sliceId, replaced } = await replaceSlice(trx, ctx.store.bulkInsert, reading.slice, manifest, reading.rows);
    await logLoadAttempt(trx, { ...manifest, slice: reading.slice, outcome: 'loaded' });
    const after = { ...reading.slice, file: reading.file, sha256: reading.sha256, rowsLoaded: reading.rowsAggregated };
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: replaced ? 'update' : 'create',
        entityType: 'police_uk_slice',
        entityId: String(sliceId),
        after,
      }),
    ]);
  });
}

async function loadEntry(
  ctx: ServiceContext,
  entry: PoliceUkEntry,
  options: { types: Set<string>; areas: Map<string, Set<string>>; onProgress?: (p: PoliceUkProgress) => void },
): Promise<SliceOutcome> {
  const reading = await readPoliceUkSlice(
    { file: entry.file, slice: entry.slice, bytes: await entry.open() },
    {
      knownCrimeTypes: options.types,
      forceArea: options.areas.get(entry.slice.force) ?? null,
      onProgress: (bytesRead, rowsRead) =>
        options.onProgress?.({ file: entry.file, bytesRead, expectedBytes: entry.expectedBytes, rowsRead }),
    },
  );
  const at = new Date().toISOString();
  if (reading.fatal) {
    await logLoadAttempt(ctx.store.db, {
      fileName: reading.file,
      sizeBytes: reading.sizeBytes,
      sha256: reading.sha256,
      rowsRead: reading.rowsRead,
      rowsLoaded: 0,
      problemsJson: JSON.stringify(reading.problems),
      at,
      by: actorLabel(ctx.actor),
      slice: reading.slice,
      outcome: 'refused',
    });
    return outcomeOf(reading, 'refused');
  }
  await storeSlice(ctx, reading, at);
  return outcomeOf(reading, 'loaded');
}

/**
 * Loads police.uk files — single CSVs, month folders, or the archive streamed as it is — slice by
 * slice. Each slice (force × month × layout) replaces what was held for it in one transaction;
 * a slice with fatal problems is refused and the others still load.
 */
export async function importPoliceUk(
  ctx: ServiceContext,
  input: { paths: readonly string[]; onProgress?: (progress: PoliceUkProgress) => void },
): Promise<PoliceUkImportSummary> {
  authorise(ctx, 'crime-data.import');
  return loadSources(ctx, policeUkSources(input.paths), input.onProgress);
}

/** Loads one police.uk CSV sent whole (an upload), named as police.uk names its files; refused with every problem when fatal. */
export async function importPoliceUkFile(
  ctx: ServiceContext,
  input: { fileName: string; content: Buffer },
): Promise<PoliceUkImportSummary> {
  authorise(ctx, 'crime-data.import');
  const summary = await loadSources(ctx, uploadedSource(input.fileName, input.content));
  const refused = summary.slices.flatMap((s) => (s.outcome === 'refused' ? s.problems.filter((p) => p.fatal) : []));
  if (refused.length > 0) throw refusedFile(new IngestError(refused));
  return summary;
}

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
    open: () => Promise.resolve(Readable.from([content])),
  });
}

async function loadSources(
  ctx: ServiceContext,
  sources: AsyncIterable<PoliceUkSource>,
  onProgress?: (progress: PoliceUkProgress) => void,
): Promise<PoliceUkImportSummary> {
  const types = await knownCrimeTypes(ctx.store.db);
  const areas = await forceAreas(ctx.store.db);
  const slices: SliceOutcome[] = [];
  for await (const source of sources) {
    if (source.kind === 'skipped') {
      const problem = { file: source.file, row: null, column: null, message: source.message, fatal: source.failed };
      slices.push({
        ...emptyOutcome(source.file),
        outcome: source.failed ? 'refused' : 'skipped',
        problems: [problem],
      });
      continue;
    }
    slices.push(await loadEntry(ctx, source, { types, areas, onProgress }));
  }
  const count = (outcome: SliceOutcome['outcome']): number => slices.filter((s) => s.outcome === outcome).length;
  return {
    slices,
    loaded: count('loaded'),
    refused: count('refused'),
    skipped: count('skipped'),
    rowsRead: slices.reduce((sum, s) => sum + s.rowsRead, 0),
    rowsLoaded: slices.reduce((sum, s) => sum + s.rowsLoaded, 0),
  };
}

function emptyOutcome(file: string): SliceOutcome {
  return {
    file,
    slice: null,
    outcome: 'skipped',
    rowsRead: 0,
    rowsLoaded: 0,
    outOfArea: 0,
    noLocation: 0,
    unmappedArea: 0,
    problems: [],
  };
}

export function describeSlice(outcome: SliceOutcome): string {
  return outcome.slice === null ? outcome.file : sliceLabel(outcome.slice);
}

/** How much there is to read, for a progress bar's estimate. */
export { policeUkBytes } from '../../ingest/index.js';
