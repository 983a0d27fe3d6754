import type { Executor } from '../schema.js';

/** The police.uk crime types the taxonomy maps; any other loads as unmapped. */
export async function policeUkCrimeTypes(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select('crime_type')
    .where('source', '=', 'police-uk')
    .execute();
  return new Set(rows.flatMap((row) => (row.crime_type === null ? [] : [row.crime_type])));
}

/** Crime types the taxonomy maps to any of these categories. */
export async function crimeTypesOf(db: Executor, categoryCodes: readonly string[]): Promise<string[]> {
  if (categoryCodes.length === 0) return [];
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select('crime_type')
    .where('source', '=', 'police-uk')
    .where('category_code', 'in', [...categoryCodes])
    .execute();
  return rows.flatMap((row) => (row.crime_type === null ? [] : [row.crime_type]));
}

/** Categories police.uk crime types map to directly, and the whole, in the taxonomy's order. */
export async function policeUkCategories(db: Executor): Promise<{ code: string; name: string }[]> {
  const mapped = await db
    .selectFrom('crime_category_mappings')
    .select('category_code')
    .where('source', '=', 'police-uk')
    .execute();
  const wanted = new Set(['all-crime', ...mapped.map((row) => row.category_code)]);
  const rows = await db.selectFrom('crime_categories').select(['code', 'name']).orderBy('position').execute();
  return rows.filter((row) => wanted.has(row.code));
}
