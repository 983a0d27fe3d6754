import type { Executor } from '../schema.js';

/** A measure linked to a finding to show whether its problem is being fixed. */
export interface StoredFindingMeasure {
  readonly findingId: number;
  readonly measureCode: string;
  readonly linkedAt: string;
  readonly linkedBy: string;
}

export async function insertFindingMeasure(db: Executor, link: StoredFindingMeasure): Promise<void> {
  await db
    .insertInto('finding_measures')
    .values({
      finding_id: link.findingId,
      measure_code: link.measureCode,
      linked_at: link.linkedAt,
      linked_by: link.linkedBy,
    })
    .execute();
}

/** True when there was a link to remove. */
export async function deleteFindingMeasure(db: Executor, findingId: number, measureCode: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('finding_measures')
    .where('finding_id', '=', findingId)
    .where('measure_code', '=', measureCode)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** The measures linked to these findings, in the order they were linked. */
export async function listFindingMeasures(
  db: Executor,
  findingIds: readonly number[],
): Promise<StoredFindingMeasure[]> {
  if (findingIds.length === 0) return [];
  const rows = await db
    .selectFrom('finding_measures')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    findingId: row.finding_id,
    measureCode: row.measure_code,
    linkedAt: row.linked_at,
    linkedBy: row.linked_by,
  }));
}
