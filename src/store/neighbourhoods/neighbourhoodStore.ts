import type { IsoDate } from '../../domain/calendar/index.js';
import type {
  Abstraction,
  AbstractionReason,
  NeighbourhoodMinimum,
  WardPost,
  WardRole,
} from '../../domain/neighbourhoods/index.js';
import type { Executor } from '../schema.js';

const BATCH = 200;

export interface NeighbourhoodImport {
  readonly kind: 'posts' | 'abstractions';
  readonly fileName: string;
  readonly sha256: string;
  readonly rowsRead: number;
  readonly synthetic: boolean;
  readonly loadedAt: string;
  readonly loadedBy: string;
}

export async function insertNeighbourhoodImport(db: Executor, record: NeighbourhoodImport): Promise<number> {
  const row = await db
    .insertInto('neighbourhood_imports')
    .values({
      kind: record.kind,
      file_name: record.fileName,
      sha256: record.sha256,
      rows_read: record.rowsRead,
      synthetic: record.synthetic ? 1 : 0,
      loaded_at: record.loadedAt,
      loaded_by: record.loadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The earlier load of the same content, if there was one. */
export async function findNeighbourhoodImport(
  db: Executor,
  kind: NeighbourhoodImport['kind'],
  sha256: string,
): Promise<{ fileName: string; loadedAt: string } | undefined> {
  const row = await db
    .selectFrom('neighbourhood_imports')
    .select(['file_name', 'loaded_at'])
    .where('kind', '=', kind)
    .where('sha256', '=', sha256)
    .orderBy('id')
    .executeTakeFirst();
  return row === undefined ? undefined : { fileName: row.file_name, loadedAt: row.loaded_at };
}

/** The posts in force: every as-at date's current figures, on or before a day when one is given. */
export async function listWardPosts(db: Executor, query: { on?: IsoDate } = {}): Promise<WardPost[]> {
  let select = db
    .selectFrom('ward_posts')
    .select(['ward_code', 'role', 'as_at', 'establishment', 'actual', 'synthetic'])
    .where('superseded_at', 'is', null);
  if (query.on !== undefined) select = select.where('as_at', '<=', query.on);
  const rows = await select.orderBy('id').execute();
  return rows.map((row) => ({
    wardCode: row.ward_code,
    role: row.role as WardRole,
    asAt: row.as_at,
    establishment: row.establishment,
    actual: row.actual,
    synthetic: row.synthetic === 1,
  }));
}

const postKey = (p: { wardCode: string; role: string; asAt: string }): string =>
  `${p.wardCode}\u0000${p.role}\u0000${p.asAt}`;

/**
 * Stores posts. Figures for a ward, role and day already held are superseded when they differ
 * (the old row stays, marked) and left alone when they are the same.
 */
export async function upsertWardPosts(
  db: Executor,
  posts: readonly WardPost[],
  importId: number,
  loadedAt: string,
): Promise<{ added: number; revised: number; unchanged: number }> {
  const held = new Map<string, { id: number; establishment: number; actual: number }>();
  const codes = [...new Set(posts.map((p) => p.wardCode))];
  for (let start = 0; start < codes.length; start += BATCH) {
    const rows = await db
      .selectFrom('ward_posts')
      .select(['id', 'ward_code', 'role', 'as_at', 'establishment', 'actual'])
      .where('superseded_at', 'is', null)
      .where('ward_code', 'in', codes.slice(start, start + BATCH))
      .execute();
    for (const row of rows) held.set(postKey({ wardCode: row.ward_code, role: row.role, asAt: row.as_at }), row);
  }
  const fresh: WardPost[] = [];
  const superseded: number[] = [];
  let unchanged = 0;
  for (const post of posts) {
    const current = held.get(postKey(post));
    if (current !== undefined && current.establishment === post.establishment && current.actual === post.actual) {
      unchanged += 1;
      continue;
    }
    if (current !== undefined) superseded.push(current.id);
    fresh.push(post);
  }
  for (let start = 0; start < superseded.length; start += BATCH) {
    await db
      .updateTable('ward_posts')
      .set({ superseded_at: loadedAt })
      .where('id', 'in', superseded.slice(start, start + BATCH))
      .execute();
  }
  for (let start = 0; start < fresh.length; start += BATCH) {
    await db
      .insertInto('ward_posts')
      .values(
        fresh.slice(start, start + BATCH).map((p) => ({
          ward_code: p.wardCode,
          role: p.role,
          as_at: p.asAt,
          establishment: p.establishment,
          actual: p.actual,
          synthetic: p.synthetic ? 1 : 0,
          import_id: importId,
          superseded_at: null,
        })),
      )
      .execute();
  }
  return { added: fresh.length - superseded.length, revised: superseded.length, unchanged };
}

export async function insertAbstractions(
  db: Executor,
  abstractions: readonly Abstraction[],
  importId: number,
): Promise<void> {
  for (let start = 0; start < abstractions.length; start += BATCH) {
    await db
      .insertInto('ward_abstractions')
      .values(
        abstractions.slice(start, start + BATCH).map((a) => ({
          ward_code: a.wardCode,
          role: a.role,
          date: a.date,
          hours: a.hours,
          reason: a.reason,
          note: a.note,
          synthetic: a.synthetic ? 1 : 0,
          import_id: importId,
        })),
      )
      .execute();
  }
}

/** Abstractions dated within a period, both ends included. */
export async function listAbstractions(db: Executor, period: { from: IsoDate; to: IsoDate }): Promise<Abstraction[]> {
  const rows = await db
    .selectFrom('ward_abstractions')
    .select(['ward_code', 'role', 'date', 'hours', 'reason', 'note', 'synthetic'])
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    wardCode: row.ward_code,
    role: row.role as WardRole,
    date: row.date,
    hours: row.hours,
    reason: row.reason as AbstractionReason,
    note: row.note,
    synthetic: row.synthetic === 1,
  }));
}

/** The first and last days any abstraction is recorded for, or null when none is. */
export async function abstractionDates(db: Executor): Promise<{ first: IsoDate; last: IsoDate } | null> {
  const row = await db
    .selectFrom('ward_abstractions')
    .select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')])
    .executeTakeFirst();
  return row?.first == null || row.last == null ? null : { first: row.first, last: row.last };
}

export interface StoredMinimum extends NeighbourhoodMinimum {
  readonly setAt: string;
  readonly setBy: string;
  readonly reason: string | null;
}

/** The minimum in force: the one set last. */
export async function currentMinimum(db: Executor): Promise<StoredMinimum | undefined> {
  const row = await db
    .selectFrom('neighbourhood_minimums')
    .select(['dwo', 'pcso', 'set_at', 'set_by', 'reason'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { dwo: row.dwo, pcso: row.pcso, setAt: row.set_at, setBy: row.set_by, reason: row.reason };
}

export async function insertMinimum(db: Executor, minimum: StoredMinimum): Promise<void> {
  await db
    .insertInto('neighbourhood_minimums')
    .values({
      dwo: minimum.dwo,
      pcso: minimum.pcso,
      set_at: minimum.setAt,
      set_by: minimum.setBy,
      reason: minimum.reason,
    })
    .execute();
}

/** Removes every neighbourhood figure: only the demo reset does this, before the wards themselves go. */
export async function deleteAllNeighbourhoods(db: Executor): Promise<void> {
  for (const table of ['ward_abstractions', 'ward_posts', 'neighbourhood_imports', 'neighbourhood_minimums'] as const)
    await db.deleteFrom(table).execute();
}
