import {
  isMpsVintage,
  MPS_VINTAGES,
  nameKey,
  type CrimeSourceKey,
  type CrimeTaxonomy,
  type MpsNameMapping,
} from '../../domain/crime-data/index.js';
import type { Selectable } from 'kysely';
import type { Executor } from '../schema.js';
import type { CrimeCategoryMappingTable } from './tables.js';

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

/** Every category at or below a taxonomy code: a measure of burglary counts both kinds of burglary. */
export async function categoryAndBelow(db: Executor, code: string): Promise<string[]> {
  const rows = await db.selectFrom('crime_categories').select(['code', 'parent_code']).execute();
  const found = [code];
  for (let i = 0; i < found.length; i += 1) {
    for (const row of rows) if (row.parent_code === found[i] && !found.includes(row.code)) found.push(row.code);
  }
  return found;
}

/** Every crime category's name by code, in the taxonomy's order. */
export async function categoryNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('crime_categories').select(['code', 'name']).orderBy('position').execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function isCrimeCategory(db: Executor, code: string): Promise<boolean> {
  const row = await db.selectFrom('crime_categories').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

/** A source's mappings: the taxonomy category of each source key. */
export async function categoryMappings(db: Executor, source: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select(['source_key', 'category_code'])
    .where('source', '=', source)
    .execute();
  return new Map(rows.map((row) => [row.source_key, row.category_code]));
}

export interface CategoryMapping {
  readonly source: string;
  readonly sourceKey: string;
  readonly major: string | null;
  readonly minor: string | null;
  readonly crimeType: string | null;
  readonly categoryCode: string;
}

/** Adds a source name's mapping, or points the one held at another category; returns the row it replaced. */
export async function saveCategoryMapping(
  db: Executor,
  mapping: CategoryMapping,
): Promise<Selectable<CrimeCategoryMappingTable> | undefined> {
  const before = await db
    .selectFrom('crime_category_mappings')
    .selectAll()
    .where('source', '=', mapping.source)
    .where('source_key', '=', mapping.sourceKey)
    .executeTakeFirst();
  if (before === undefined) {
    await db
      .insertInto('crime_category_mappings')
      .values({
        source: mapping.source,
        source_key: mapping.sourceKey,
        major: mapping.major,
        minor: mapping.minor,
        crime_type: mapping.crimeType,
        category_code: mapping.categoryCode,
      })
      .execute();
  } else {
    await db
      .updateTable('crime_category_mappings')
      .set({ category_code: mapping.categoryCode })
      .where('id', '=', before.id)
      .execute();
  }
  return before;
}

/** Every MPS vintage's mappings, for looking a file's names up across vintages (mpsCategoryNames.ts). */
export async function mpsCategoryMappings(db: Executor): Promise<MpsNameMapping[]> {
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select(['source', 'major', 'minor', 'category_code'])
    .where('source', 'in', [...MPS_VINTAGES])
    .execute();
  return rows.flatMap((row) =>
    isMpsVintage(row.source) && row.major !== null && row.minor !== null
      ? [{ source: row.source, major: row.major, minor: row.minor, categoryCode: row.category_code }]
      : [],
  );
}

/** A mapping as listed: the source's names, and the category's code and name. */
export interface ListedCategoryMapping extends CategoryMapping {
  readonly categoryName: string;
}

/** Every mapping of every source, sources and names in order. */
export async function listCategoryMappings(db: Executor): Promise<ListedCategoryMapping[]> {
  const rows = await db
    .selectFrom('crime_category_mappings as m')
    .leftJoin('crime_categories as c', 'c.code', 'm.category_code')
    .select(['m.source', 'm.source_key', 'm.major', 'm.minor', 'm.crime_type', 'm.category_code', 'c.name'])
    .orderBy('m.source')
    .orderBy('m.source_key')
    .execute();
  return rows.map((row) => ({
    source: row.source,
    sourceKey: row.source_key,
    major: row.major,
    minor: row.minor,
    crimeType: row.crime_type,
    categoryCode: row.category_code,
    categoryName: row.name ?? row.category_code,
  }));
}

/** The mappings held for one MPS pair of names in any vintage, or for one police.uk crime type. */
export async function findCategoryMappings(
  db: Executor,
  query: { sources: readonly string[]; sourceKey: string },
): Promise<Selectable<CrimeCategoryMappingTable>[]> {
  return db
    .selectFrom('crime_category_mappings')
    .selectAll()
    .where('source', 'in', [...query.sources])
    .where('source_key', '=', query.sourceKey)
    .orderBy('id')
    .execute();
}
