import { actorLabel } from '../../domain/accounts/index.js';
import { policeForceName } from '../../domain/crime-data/index.js';
import {
  READING_THREADS,
  SliceReader,
  type PoliceUkSource,
  type SliceProblem,
  type SliceReading,
  unpackRows,
} from '../../ingest/index.js';
import {
  allForceAreas,
  appendAuditRecords,
  heldSliceRows,
  logLoadAttempt,
  policeUkCrimeTypes,
  replaceSlice,
  savePoliceForce,
  type SliceManifest,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import type { PoliceUkImportSummary, PoliceUkProgress, SliceOutcome } from './policeUkViews.js';

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

/** What the manifest and the load log record of a reading. */
function manifestOf(ctx: ServiceContext, reading: SliceReading, at: string, rowsLoaded: number): SliceManifest {
  return {
    fileName: reading.file,
    sizeBytes: reading.sizeBytes,
    sha256: reading.sha256,
    rowsRead: reading.rowsRead,
    rowsLoaded,
    rowsOutOfArea: reading.areaCounts['out-of-area'],
    rowsNoLocation: reading.areaCounts['no-location'],
    rowsUnmappedArea: reading.areaCounts.unmapped,
    problemsJson: JSON.stringify(reading.problems),
    at,
    by: actorLabel(ctx.actor),
  };
}

/**
 * A slice of far fewer rows than the one held is more often a file cut short or a partial export
 * than a real fall; it replaces the held one only when the person loading it says so.
 */
const SMALLEST_SHARE = 0.8;

function shrinkProblem(
  reading: SliceReading,
  held: { rowsLoaded: number; fileName: string } | null,
): SliceProblem | null {
  if (held === null || reading.rowsAggregated >= held.rowsLoaded * SMALLEST_SHARE) return null;
  const rows = (n: number): string => `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'}`;
  const message =
    `the slice held has ${rows(held.rowsLoaded)} (from ${held.fileName}) and this file has ${rows(reading.rowsAggregated)}, ` +
    `under ${SMALLEST_SHARE * 100}% of them, so it may be cut short or partial: the held slice is kept; ` +
    'to replace it anyway, load the file again accepting a smaller slice (--accept-smaller, or acceptSmaller in the API)';
  return { file: reading.file, row: null, column: null, message, fatal: true };
}

/**
 * One slice in one transaction: a crash at any point leaves the slice as it was before. Answers
 * why it was not written, when the file would shrink the slice and that was not accepted.
 */
async function storeSlice(
  ctx: ServiceContext,
  reading: SliceReading,
  at: string,
  acceptSmaller: boolean,
): Promise<SliceProblem | null> {
  const manifest = manifestOf(ctx, reading, at, reading.rowsAggregated);
  // A slice can always be loaded again, so its commit need not wait for the disk (see bulkTransaction).
  return ctx.store.bulkTransaction(async (trx) => {
    const shrink = acceptSmaller ? null : shrinkProblem(reading, await heldSliceRows(trx, reading.slice));
    if (shrink !== null) return shrink;
    await savePoliceForce(trx, {
      code: reading.slice.force,
      name: reading.forceName ?? policeForceName(reading.slice.force),
      fromFile: reading.forceName !== null,
    });
    const { sliceId, replaced } = await replaceSlice(
      trx,
      ctx.store.bulkInsert,
      reading.slice,
      manifest,
      unpackRows(reading.rows),
    );
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
    return null;
  });
}

/** Writes what a reading gave: the slice, or the record of its refusal. */
async function settle(ctx: ServiceContext, given: SliceReading, acceptSmaller: boolean): Promise<SliceOutcome> {
  const at = new Date().toISOString();
  let reading = given;
  if (!reading.fatal) {
    const shrink = await storeSlice(ctx, reading, at, acceptSmaller);
    if (shrink === null) return outcomeOf(reading, 'loaded');
    reading = { ...reading, fatal: true, problems: [...reading.problems, shrink] };
  }
  await logLoadAttempt(ctx.store.db, { ...manifestOf(ctx, reading, at, 0), slice: reading.slice, outcome: 'refused' });
  return outcomeOf(reading, 'refused');
}

/** Slices read but not yet written: a couple for each reading thread, so none waits for work. */
const READ_AHEAD = 2 * READING_THREADS;

export interface PoliceUkLoadOptions {
  readonly onProgress?: (progress: PoliceUkProgress) => void;
  /** Replace a held slice even with under 80% of its rows (a real fall, or a known partial file). */
  readonly acceptSmaller?: boolean;
}

function skippedOutcome(source: { file: string; message: string; failed: boolean }): SliceOutcome {
  const problem = { file: source.file, row: null, column: null, message: source.message, fatal: source.failed };
  return { ...emptyOutcome(source.file), outcome: source.failed ? 'refused' : 'skipped', problems: [problem] };
}

/**
 * Reads slices on the reading threads while the ones before them are written here: the next few
 * are counted while slice N's transaction runs. Outcomes keep the order the files came in. Forces
 * with no area set (other forces, for comparison) are stored by local authority, not LSOA.
 */
export async function loadPoliceUkSources(
  ctx: ServiceContext,
  sources: AsyncIterable<PoliceUkSource>,
  options: PoliceUkLoadOptions = {},
): Promise<PoliceUkImportSummary> {
  const { onProgress, acceptSmaller = false } = options;
  const types = await policeUkCrimeTypes(ctx.store.db);
  const areas = await allForceAreas(ctx.store.db);
  const slices: SliceOutcome[] = [];
  const reader = new SliceReader();
  // Slices read but not yet written; a few, so a small slice never leaves a thread idle.
  const ahead: Promise<SliceReading>[] = [];
  const writeNext = async (): Promise<void> => {
    const next = ahead.shift();
    if (next !== undefined) slices.push(await settle(ctx, await next, acceptSmaller));
  };
  try {
    for await (const source of sources) {
      if (source.kind === 'skipped') {
        while (ahead.length > 0) await writeNext();
        slices.push(skippedOutcome(source));
        continue;
      }
      const reading = reader.read(source, {
        knownCrimeTypes: types,
        forceArea: areas.get(source.slice.force) ?? null,
        // The forces this installation serves are those with an area set: theirs keep LSOA detail.
        lsoaDetail: areas.has(source.slice.force),
        onProgress: (bytesRead, rowsRead) =>
          onProgress?.({ file: source.file, bytesRead, expectedBytes: source.expectedBytes, rowsRead }),
      });
      // Awaited later, after the slices before it are written; a failure must not go unheard meanwhile.
      reading.catch(() => undefined);
      ahead.push(reading);
      if (ahead.length > READ_AHEAD) await writeNext();
    }
    while (ahead.length > 0) await writeNext();
  } finally {
    await reader.close();
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
