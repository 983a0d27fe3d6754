import { AGGREGATE_DIMENSIONS, type PoliceUkLayout, type SliceKey } from '../../domain/crime-data/index.js';
import type { Executor } from '../schema.js';
import type { BulkInsert } from '../bulkInsert.js';

/** Where each layout's aggregates live and what their count is called. */
export const AGGREGATE_TABLES = {
  street: { table: 'street_crime_counts', count: 'crimes' },
  outcomes: { table: 'crime_outcome_counts', count: 'outcomes' },
  'stop-and-search': { table: 'stop_search_counts', count: 'searches' },
} as const satisfies Record<PoliceUkLayout, { table: string; count: string }>;

export interface SliceManifest {
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsOutOfArea: number;
  readonly rowsNoLocation: number;
  readonly rowsUnmappedArea: number;
  readonly problemsJson: string;
  readonly at: string;
  readonly by: string;
}

export interface SliceAggregateRow {
  readonly values: readonly string[];
  readonly count: number;
}

/** Records a force the first time a file of it arrives; a name read from a file wins over a guess. */
export async function savePoliceForce(
  db: Executor,
  force: { code: string; name: string; fromFile: boolean },
): Promise<void> {
  const held = await db.selectFrom('police_forces').select(['name']).where('code', '=', force.code).executeTakeFirst();
  if (held === undefined) await db.insertInto('police_forces').values({ code: force.code, name: force.name }).execute();
  else if (force.fromFile && held.name !== force.name)
    await db.updateTable('police_forces').set({ name: force.name }).where('code', '=', force.code).execute();
}

/** What a slice holds now, if anything: the rows its last load counted in, and from which file. */
export async function heldSliceRows(
  db: Executor,
  slice: SliceKey,
): Promise<{ rowsLoaded: number; fileName: string } | null> {
  const held = await db
    .selectFrom('police_uk_slices')
    .select(['rows_loaded', 'file_name'])
    .where('force_code', '=', slice.force)
    .where('month', '=', slice.month)
    .where('layout', '=', slice.layout)
    .executeTakeFirst();
  return held === undefined ? null : { rowsLoaded: held.rows_loaded, fileName: held.file_name };
}

/**
 * Replaces what a slice holds with new aggregates and its manifest. Call inside a transaction:
 * the old rows go and the new arrive together or not at all.
 */
export async function replaceSlice(
  db: Executor,
  bulkInsert: BulkInsert,
  slice: SliceKey,
  manifest: SliceManifest,
  rows: Iterable<SliceAggregateRow>,
): Promise<{ sliceId: number; replaced: boolean }> {
  const { table, count } = AGGREGATE_TABLES[slice.layout];
  const fields = {
    file_name: manifest.fileName,
    size_bytes: manifest.sizeBytes,
    sha256: manifest.sha256,
    rows_read: manifest.rowsRead,
    rows_loaded: manifest.rowsLoaded,
    rows_out_of_area: manifest.rowsOutOfArea,
    rows_no_location: manifest.rowsNoLocation,
    rows_unmapped_area: manifest.rowsUnmappedArea,
    problems_json: manifest.problemsJson,
    loaded_at: manifest.at,
    loaded_by: manifest.by,
  };
  const held = await db
    .selectFrom('police_uk_slices')
    .select('id')
    .where('force_code', '=', slice.force)
    .where('month', '=', slice.month)
    .where('layout', '=', slice.layout)
    .executeTakeFirst();
  let sliceId: number;
  if (held === undefined) {
    const inserted = await db
      .insertInto('police_uk_slices')
      .values({ force_code: slice.force, month: slice.month, layout: slice.layout, ...fields })
      .returning('id')
      .executeTakeFirstOrThrow();
    sliceId = inserted.id;
  } else {
    sliceId = held.id;
    await db.deleteFrom(table).where('slice_id', '=', sliceId).execute();
    await db.updateTable('police_uk_slices').set(fields).where('id', '=', sliceId).execute();
  }
  const columns = [
    { name: 'slice_id', type: 'integer' as const },
    ...AGGREGATE_DIMENSIONS[slice.layout].map((name) => ({ name, type: 'text' as const })),
    { name: count, type: 'integer' as const },
  ];
  await bulkInsert(
    db,
    table,
    columns,
    (function* () {
      for (const row of rows) yield [sliceId, ...row.values, row.count];
    })(),
  );
  return { sliceId, replaced: held !== undefined };
}

export interface LoadAttempt extends SliceManifest {
  readonly slice: SliceKey | null;
  readonly outcome: 'loaded' | 'refused' | 'skipped';
}

export async function logLoadAttempt(db: Executor, attempt: LoadAttempt): Promise<void> {
  await db
    .insertInto('police_uk_load_log')
    .values({
      file_name: attempt.fileName,
      force_code: attempt.slice?.force ?? null,
      month: attempt.slice?.month ?? null,
      layout: attempt.slice?.layout ?? null,
      size_bytes: attempt.sizeBytes,
      sha256: attempt.sha256,
      rows_read: attempt.rowsRead,
      rows_loaded: attempt.rowsLoaded,
      outcome: attempt.outcome,
      problems_json: attempt.problemsJson,
      attempted_at: attempt.at,
      attempted_by: attempt.by,
    })
    .execute();
}

export interface StoredSlice extends SliceKey, Omit<SliceManifest, 'at' | 'by'> {
  readonly id: number;
  readonly forceName: string;
  readonly loadedAt: string;
}

/**
 * Slices of the manifest: all of them by force, month and layout, or, given a limit, the page
 * of up to that many after the slice id `afterId`, in id order (a keyset read for cursor pages).
 */
export async function listSlices(
  db: Executor,
  filter: { force?: string; layout?: PoliceUkLayout; afterId?: number; limit?: number } = {},
): Promise<StoredSlice[]> {
  let query = db
    .selectFrom('police_uk_slices as s')
    .innerJoin('police_forces as f', 'f.code', 's.force_code')
    .select([
      's.id',
      's.force_code',
      'f.name as force_name',
      's.month',
      's.layout',
      's.file_name',
      's.size_bytes',
      's.sha256',
      's.rows_read',
      's.rows_loaded',
      's.rows_out_of_area',
      's.rows_no_location',
      's.rows_unmapped_area',
      's.problems_json',
      's.loaded_at',
    ]);
  if (filter.force !== undefined) query = query.where('s.force_code', '=', filter.force);
  if (filter.layout !== undefined) query = query.where('s.layout', '=', filter.layout);
  if (filter.afterId !== undefined) query = query.where('s.id', '>', filter.afterId);
  const ordered =
    filter.limit === undefined
      ? query.orderBy('s.force_code').orderBy('s.month').orderBy('s.layout')
      : query.orderBy('s.id').limit(filter.limit);
  const rows = await ordered.execute();
  return rows.map((row) => ({
    id: row.id,
    force: row.force_code,
    forceName: row.force_name,
    month: row.month,
    layout: row.layout as PoliceUkLayout,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    rowsRead: row.rows_read,
    rowsLoaded: row.rows_loaded,
    rowsOutOfArea: row.rows_out_of_area,
    rowsNoLocation: row.rows_no_location,
    rowsUnmappedArea: row.rows_unmapped_area,
    problemsJson: row.problems_json,
    loadedAt: row.loaded_at,
  }));
}

export async function listPoliceForces(db: Executor): Promise<{ code: string; name: string }[]> {
  return db.selectFrom('police_forces').select(['code', 'name']).orderBy('name').execute();
}

/** Empties every police.uk table, children first (a demo reset). */
export async function deleteAllPoliceUkData(db: Executor): Promise<void> {
  for (const table of [
    'street_crime_counts',
    'crime_outcome_counts',
    'stop_search_counts',
    'police_uk_slices',
    'police_uk_load_log',
    'police_forces',
    'police_force_areas',
    'most_similar_groups',
    'ethnic_populations',
  ] as const)
    await db.deleteFrom(table).execute();
}
