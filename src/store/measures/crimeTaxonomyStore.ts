import { nameKey, type CrimeTaxonomy, type CrimeSourceKey } from '../../domain/crime-data/index.js';
import type { Executor } from '../schema.js';

/** The key a source's category names are found by: the names as nameKey compares them. */
export function sourceKey(key: CrimeSourceKey): string {
  const part = (value: string | undefined): string => (value === undefined ? '' : nameKey(value));
  return key.crimeType === undefined ? `${part(key.major)}|${part(key.minor)}` : part(key.crimeType);
}

export async function insertCrimeTaxonomy(db: Executor, taxonomy: CrimeTaxonomy): Promise<void> {
  for (const [position, category] of taxonomy.categories.entries()) {
    await db
      .insertInto('crime_categories')
      .values({ code: category.code, name: category.name, parent_code: category.parentCode, position })
      .execute();
  }
  for (const mapping of taxonomy.mappings) {
    await db
      .insertInto('crime_category_mappings')
      .values({
        source: mapping.source,
        source_key: sourceKey(mapping),
        major: mapping.major ?? null,
        minor: mapping.minor ?? null,
        crime_type: mapping.crimeType ?? null,
        category_code: mapping.categoryCode,
      })
      .execute();
  }
}
