/**
 * What rebuilding an inspection document needs beyond the read functions of inspectionStore.ts:
 * the programme as loaded, with its approach and mandatory components.
 */
import type { InspectionProgramme } from '../../domain/inspections/index.js';
import type { Executor } from '../schema.js';

/** The programme as loaded with the first report of it, or null when no report of it is held. */
export async function findInspectionProgramme(db: Executor, key: string): Promise<InspectionProgramme | null> {
  const row = await db
    .selectFrom('inspection_programmes')
    .select(['key', 'name', 'year', 'approach', 'mandatory_json'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { name, year, approach } = row;
  return { key: row.key, name, year, approach, mandatoryComponents: JSON.parse(row.mandatory_json) as string[] };
}
